package dev.mediagen.testkit;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Real, small media files for simulated results: a PNG that opens, a WAV that plays, an MP4 container. */
public final class MediaFiles {
    private MediaFiles() {
    }

    /** A PNG image of the given size with a gradient derived from {@code seed}. */
    public static byte[] png(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Color from = Color.getHSBColor((seed % 360) / 360f, 0.6f, 0.95f);
            Color to = Color.getHSBColor(((seed + 120) % 360) / 360f, 0.7f, 0.6f);
            g.setPaint(new GradientPaint(0, 0, from, width, height, to));
            g.fillRect(0, 0, width, height);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A mono 16-bit 8 kHz PCM WAV of a sine tone. */
    public static byte[] wav(double seconds, double frequencyHz) {
        int sampleRate = 8000;
        int samples = (int) Math.round(seconds * sampleRate);
        int dataBytes = samples * 2;
        ByteBuffer buffer = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + dataBytes)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(dataBytes);
        for (int i = 0; i < samples; i++) {
            double envelope = Math.min(1.0, Math.min(i, samples - i) / (sampleRate * 0.05));
            buffer.putShort((short) (Math.sin(2 * Math.PI * frequencyHz * i / sampleRate) * 8000 * envelope));
        }
        return buffer.array();
    }

    /**
     * A minimal ISO-BMFF (MP4) file: {@code ftyp}, an empty {@code moov} header box and a small {@code mdat}.
     * It is a well-formed container that type detection recognises as video/mp4, not a playable movie.
     */
    public static byte[] mp4(int seed) {
        ByteBuffer buffer = ByteBuffer.allocate(24 + 8 + 8 + 64).order(ByteOrder.BIG_ENDIAN);
        buffer.putInt(24).put("ftyp".getBytes(StandardCharsets.US_ASCII)).put("isom".getBytes(StandardCharsets.US_ASCII))
                .putInt(512).put("isom".getBytes(StandardCharsets.US_ASCII)).put("mp41".getBytes(StandardCharsets.US_ASCII));
        buffer.putInt(8).put("free".getBytes(StandardCharsets.US_ASCII));
        buffer.putInt(8 + 64).put("mdat".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 64; i++) {
            buffer.put((byte) (seed + i));
        }
        return buffer.array();
    }

    /** The content type of a file recognised by its first bytes, or {@code application/octet-stream}. */
    public static String sniff(byte[] head) {
        if (head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "image/png";
        }
        if (head.length >= 12 && startsWith(head, 0, "RIFF") && startsWith(head, 8, "WAVE")) {
            return "audio/wav";
        }
        if (head.length >= 8 && startsWith(head, 4, "ftyp")) {
            return "video/mp4";
        }
        if (head.length >= 3 && startsWith(head, 0, "ID3")) {
            return "audio/mpeg";
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }

    private static boolean startsWith(byte[] data, int offset, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.US_ASCII);
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (data[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
