package newsquiz.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server in a JVM of its own, started from this JVM's class path (the shaded jar, or the test
 * class path under Maven): the load generator measures it without sharing a heap with it, and the
 * crash tests can kill it with SIGKILL. Its output goes to a log file, read for the port.
 */
public final class ServerProcess implements AutoCloseable {
    /** Javalin's own start line, and the app's "Open http://localhost:PORT/" line. */
    private static final Pattern LISTENING = Pattern.compile("(?:Listening on|listening on|Open) https?://[^\\s/]+:(\\d+)/");
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** What {@code newsquiz serve} needs, and the teacher password it is given through its environment. */
    public record ServeOptions(Path db, Path quizzes, Path seeds, Path workDir, int port, String teacherPassword, List<String> jvmArgs) {
        public ServeOptions {
            jvmArgs = List.copyOf(jvmArgs);
        }

        public ServeOptions withPort(int newPort) {
            return new ServeOptions(db, quizzes, seeds, workDir, newPort, teacherPassword, jvmArgs);
        }
    }

    /** Starts {@code newsquiz serve} on 127.0.0.1 and waits until it listens. */
    public static ServerProcess serve(ServeOptions options) {
        List<String> args = List.of("newsquiz.cli.Main", "serve", "--host", "127.0.0.1", "--port", String.valueOf(options.port()),
                "--db", options.db().toAbsolutePath().toString(), "--quizzes", options.quizzes().toAbsolutePath().toString(),
                "--seeds", options.seeds().toAbsolutePath().toString());
        Map<String, String> env = options.teacherPassword() == null ? Map.of()
                : Map.of("NEWSQUIZ_TEACHER_PASSWORD", options.teacherPassword());
        return start(args, env, options.jvmArgs(), options.workDir(), "serve");
    }

    /** Starts a Javalin app with one trivial handler ({@link BareServer}), the yardstick for page rendering. */
    public static ServerProcess bare(Path workDir, List<String> jvmArgs) {
        return start(List.of(BareServer.class.getName()), Map.of(), jvmArgs, workDir, "bare");
    }

    /**
     * Starts the main class and waits for its port. If the process ends first (a refused
     * database, say), throws {@link Exited} with its exit code and output.
     */
    public static ServerProcess start(List<String> mainAndArgs, Map<String, String> env, List<String> jvmArgs, Path workDir, String name) {
        try {
            Files.createDirectories(workDir);
            Path log = Files.createTempFile(workDir, name + "-", ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.add("-cp");
            command.add(absoluteClassPath());
            command.addAll(mainAndArgs);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(env);
            Process process = builder.start();
            return new ServerProcess(process, log, awaitPort(process, log));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + name + " server: " + e.getMessage(), e);
        }
    }

    private static int awaitPort(Process process, Path log) throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            if (!process.isAlive()) {
                throw new Exited(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            }
            sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not start within " + STARTUP.toSeconds() + " s:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Everything the server printed so far. */
    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed; like pulling the plug on the process. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: the server's shutdown hook stops Jetty and closes the database. */
    public void stop() {
        process.destroy();
        if (!waitFor()) {
            kill();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    private boolean waitFor() {
        try {
            return process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server", e);
        }
    }

    /** The server process ended before it listened; {@code output} says why. */
    public static final class Exited extends RuntimeException {
        private final int exitCode;
        private final String output;

        Exited(int exitCode, String output) {
            super("the server exited with code " + exitCode + " before listening:\n" + output);
            this.exitCode = exitCode;
            this.output = output;
        }

        public int exitCode() {
            return exitCode;
        }

        public String output() {
            return output;
        }
    }

    /**
     * The class path with every entry made absolute: the server starts in its own work folder, where
     * "target/newsquiz.jar" of "java -jar target/newsquiz.jar load" would not be found.
     */
    static String absoluteClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(entry.isEmpty() ? entry : Path.of(entry).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
