package dev.mediagen.examples.campaign;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The live view of the campaign: one line per job (vendor, kind, status, percent or a download bar, elapsed).
 * On a terminal the block is redrawn in place; otherwise each status change is printed as a plain line.
 */
public final class ProgressBoard {
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final PrintStream out;
    private final boolean inPlace;
    private final List<Row> rows = new ArrayList<>();
    private int drawnLines;
    private long lastDraw;

    /** Creates a board writing to {@code out}; {@code inPlace} redraws with ANSI cursor movement. */
    public ProgressBoard(PrintStream out, boolean inPlace) {
        this.out = out;
        this.inPlace = inPlace;
    }

    /** Adds a row for a job and returns it. */
    public synchronized Row add(String vendor, String kind) {
        Row row = new Row(vendor, kind);
        rows.add(row);
        return row;
    }

    /** Draws the final state (on a terminal) regardless of throttling. */
    public synchronized void finish() {
        if (inPlace) {
            draw();
        }
    }

    private synchronized void changed(Row row, boolean statusChanged) {
        if (!inPlace) {
            if (statusChanged) {
                out.println(row.line());
            }
            return;
        }
        long now = System.nanoTime();
        if (statusChanged || now - lastDraw >= REDRAW_NANOS) {
            draw();
            lastDraw = now;
        }
    }

    private void draw() {
        StringBuilder sb = new StringBuilder();
        if (drawnLines > 0) {
            sb.append("\u001b[").append(drawnLines).append('A');
        }
        for (Row row : rows) {
            sb.append("\u001b[2K").append(row.line()).append('\n');
        }
        out.print(sb);
        out.flush();
        drawnLines = rows.size();
    }

    /** One job's line. */
    public final class Row implements StatusSink {
        private final String vendor;
        private final String kind;
        private final long started = System.nanoTime();
        private String jobId = "-";
        private String status = "submitting";
        private double percent = Double.NaN;
        private boolean downloading;
        private long stoppedAt;

        Row(String vendor, String kind) {
            this.vendor = vendor;
            this.kind = kind;
        }

        @Override
        public void submitted(String id) {
            synchronized (ProgressBoard.this) {
                this.jobId = id;
                this.status = "submitted";
            }
            changed(this, true);
        }

        @Override
        public void status(String newStatus, double newPercent) {
            boolean statusChanged;
            synchronized (ProgressBoard.this) {
                statusChanged = !newStatus.equals(status);
                status = newStatus;
                percent = newPercent;
            }
            changed(this, statusChanged);
        }

        /** Reports download progress of the job's files (bytes so far of total, total -1 when unknown). */
        public void downloading(String file, long bytes, long total) {
            boolean first;
            synchronized (ProgressBoard.this) {
                first = !downloading || !status.equals("downloading " + file);
                downloading = true;
                status = "downloading " + file;
                percent = total > 0 ? bytes * 100.0 / total : Double.NaN;
            }
            changed(this, first);
        }

        /** Marks the job done (or failed) with a final word. */
        public void done(String finalStatus) {
            synchronized (ProgressBoard.this) {
                status = finalStatus;
                percent = Double.NaN;
                downloading = false;
                stoppedAt = System.nanoTime();
            }
            changed(this, true);
        }

        String line() {
            long end = stoppedAt == 0 ? System.nanoTime() : stoppedAt;
            double seconds = (end - started) / 1e9;
            String progress;
            if (Double.isNaN(percent)) {
                progress = "";
            } else if (downloading) {
                int filled = (int) Math.round(Math.min(100, percent) / 5);
                progress = "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + (int) percent + "%";
            } else {
                progress = (int) percent + "%";
            }
            return String.format(Locale.ROOT, "%-10s %-16s %-28s %-28s %6.1fs  %s", vendor, kind, truncate(status, 28),
                    progress, seconds, jobId);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "~";
    }
}
