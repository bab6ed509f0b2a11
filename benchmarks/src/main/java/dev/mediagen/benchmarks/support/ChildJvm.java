package dev.mediagen.benchmarks.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server running in its own JVM, so its threads, heap and allocations never show up in the client's
 * measurements. The child prints {@code LISTENING <port>} once ready and exits when its stdin closes (so it
 * never outlives the parent).
 */
public final class ChildJvm implements AutoCloseable {
    /** The line a child prints when it is ready. */
    public static final String READY = "LISTENING ";

    private final Process process;
    private final int port;

    private ChildJvm(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code mainClass} with the current classpath, extra JVM options and arguments. */
    public static ChildJvm start(Class<?> mainClass, List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(READY)) {
                int port = Integer.parseInt(line.substring(READY.length()).trim());
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // discard
                        }
                    } catch (IOException ignored) {
                        // the child went away
                    }
                }, "bench-child-stdout");
                drain.setDaemon(true);
                drain.start();
                return new ChildJvm(process, port);
            }
        }
        process.destroyForcibly();
        throw new IOException("child " + mainClass.getName() + " exited before it was ready");
    }

    /** Called by a child's main: announces the port and exits the JVM when the parent closes stdin. */
    public static void announceAndWaitForParent(int port, Runnable onExit) {
        System.out.println(READY + port);
        System.out.flush();
        try {
            while (System.in.read() >= 0) {
                // the parent never writes; EOF means it is gone or done
            }
        } catch (IOException ignored) {
            // treat as EOF
        }
        onExit.run();
        System.exit(0);
    }

    /** The child's server port. */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }
}
