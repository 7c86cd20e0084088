package newsquiz.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The load benchmark: students answering through the JSON API with realistic pauses and then
 * with none, the plain-JDBC insert baseline and the question page against a bare Javalin handler,
 * all in one run on this machine, with the figures and targets printed at the end.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Benchmark a class answering at once: answers/s and latency against a plain SQLite insert baseline.")
public final class LoadCommand implements Callable<Integer> {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Option(names = "--students", defaultValue = "500", description = "students answering at once (default: ${DEFAULT-VALUE})")
    int students;

    @Option(names = "--warmup-seconds", defaultValue = "15", description = "unreported warm-up without pauses, so the JIT has compiled"
            + " the server's hot paths before anything is measured (default: ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(names = "--realistic-seconds", defaultValue = "60", description = "length of the phase with pauses (default: ${DEFAULT-VALUE})")
    int realisticSeconds;

    @Option(names = "--min-think", defaultValue = "2", description = "shortest pause before an answer, seconds (default: ${DEFAULT-VALUE})")
    double minThink;

    @Option(names = "--max-think", defaultValue = "10", description = "longest pause before an answer, seconds (default: ${DEFAULT-VALUE})")
    double maxThink;

    @Option(names = "--ramp-seconds", defaultValue = "10", description = "students join spread over this time (default: ${DEFAULT-VALUE})")
    double rampSeconds;

    @Option(names = "--burst-seconds", defaultValue = "10", description = "length of one round without pauses (default: ${DEFAULT-VALUE})")
    int burstSeconds;

    @Option(names = "--rounds", defaultValue = "3", description = "rounds without pauses, each between two baseline runs (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--baseline-seconds", defaultValue = "5", description = "one plain JDBC insert baseline run (default: ${DEFAULT-VALUE})")
    int baselineSeconds;

    @Option(names = "--page-seconds", defaultValue = "3", description = "length of one page-rate round (default: ${DEFAULT-VALUE})")
    double pageSeconds;

    @Option(names = "--page-rounds", defaultValue = "3", description = "page-rate rounds per target (default: ${DEFAULT-VALUE})")
    int pageRounds;

    @Option(names = "--page-clients", defaultValue = "16", description = "clients fetching pages at once (default: ${DEFAULT-VALUE})")
    int pageClients;

    @Option(names = "--questions", defaultValue = "20", description = "questions in the made-up quiz (default: ${DEFAULT-VALUE})")
    int questions;

    @Option(names = "--feedback", defaultValue = "immediate", description = "the session's feedback policy (default: ${DEFAULT-VALUE})")
    String feedback;

    @Option(names = "--url", description = "measure this running server instead of starting one (then give --quiz and the teacher password)")
    String url;

    @Option(names = "--quiz", description = "quiz id to run (default: the made-up quiz " + BenchQuiz.ID + ")")
    String quiz;

    @Option(names = "--password", description = "teacher password for creating the session (default: $NEWSQUIZ_TEACHER_PASSWORD,"
            + " or a fresh one for a server started here)")
    String password;

    @Option(names = "--work", description = "folder for the databases and logs (default: a new temporary folder); put it on the disk you deploy on")
    Path work;

    @Option(names = "--server-jvm", defaultValue = "", description = "JVM options for the started servers, e.g. \"-Xmx1g\"")
    String serverJvm;

    @Option(names = "--keep", description = "keep the work folder (databases and server logs) afterwards")
    boolean keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        boolean ownWork = work == null;
        Path dir = ownWork ? Files.createTempDirectory("newsquiz-load-") : Files.createDirectories(work);
        List<String> jvm = serverJvm.isBlank() ? List.of() : Arrays.asList(serverJvm.strip().split("\\s+"));
        String teacherPassword = password != null ? password : System.getenv("NEWSQUIZ_TEACHER_PASSWORD");
        ServerProcess server = null;
        ServerProcess bare = null;
        try {
            String quizId = quiz;
            String base = url;
            if (base == null) {
                if (teacherPassword == null) {
                    byte[] random = new byte[12];
                    new SecureRandom().nextBytes(random);
                    teacherPassword = HexFormat.of().formatHex(random);
                }
                Path quizzes = Files.createDirectories(dir.resolve("quizzes"));
                if (quizId == null) {
                    BenchQuiz.write(quizzes, dir, questions);
                    quizId = BenchQuiz.ID;
                }
                server = ServerProcess.serve(new ServerProcess.ServeOptions(dir.resolve("newsquiz.db"), quizzes,
                        Files.createDirectories(dir.resolve("seeds")), dir, 0, teacherPassword, jvm));
                base = server.url("");
            } else if (quizId == null) {
                throw new IllegalArgumentException("with --url, say which quiz to run with --quiz");
            }
            bare = ServerProcess.bare(dir, jvm);
            out.printf(Locale.ROOT, "newsquiz load: %d students, quiz %s, server %s%s, work folder %s (%d cores, Java %s)%n",
                    students, quizId, base, server == null ? "" : " (pid " + server.pid() + ")", dir,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            out.flush();

            String loadBefore = loadAverage();
            LoadReport report = measure(out, new ApiClient(base, teacherPassword), base, quizId, dir, bare);
            report.print(out);
            // Other work on the machine takes cores and disk from both the app and the baseline: say how busy it was.
            out.println("load average (1, 5, 15 min) before: " + loadBefore + ", after: " + loadAverage());
            return report.allMet() ? 0 : 2;
        } finally {
            if (bare != null) {
                bare.close();
            }
            if (server != null) {
                server.close();
            }
            if (ownWork && !keep) {
                deleteTree(dir);
            } else {
                out.println("work folder kept: " + dir);
            }
            out.flush();
        }
    }

    private LoadReport measure(PrintWriter out, ApiClient setup, String base, String quizId, Path dir, ServerProcess bare)
            throws Exception {
        if (warmupSeconds > 0) {
            progress(out, "warming up for " + warmupSeconds + " s (not measured)");
            LoadPhase warmUp = new LoadPhase("Warmup", Math.min(students, 100), Duration.ofSeconds(warmupSeconds), Duration.ZERO,
                    Duration.ZERO, Duration.ZERO, true);
            new StudentLoad(new ApiClient(base, null), session(setup, quizId)).run(warmUp);
        }
        LoadPhase realistic = new LoadPhase("Realistic", students, Duration.ofSeconds(realisticSeconds),
                Duration.ofMillis((long) (rampSeconds * 1000)), Duration.ofMillis((long) (minThink * 1000)),
                Duration.ofMillis((long) (maxThink * 1000)), true);
        progress(out, "measuring students with realistic pauses, " + realisticSeconds + " s");
        PhaseResult paced = new StudentLoad(new ApiClient(base, null), session(setup, quizId)).run(realistic);

        // The disk's fsync rate drifts on a shared machine, so rounds without pauses alternate with baseline runs and
        // each round is compared with the baseline runs just before and after it.
        Path baselineDb = dir.resolve("baseline.db");
        List<InsertBaseline.Result> baselines = new ArrayList<>();
        List<PhaseResult> bursts = new ArrayList<>();
        LoadPhase burst = new LoadPhase("Burst", students, Duration.ofSeconds(burstSeconds), Duration.ZERO, Duration.ZERO,
                Duration.ZERO, true);
        for (int round = 1; round <= rounds; round++) {
            progress(out, "measuring the insert baseline, " + baselineSeconds + " s");
            baselines.add(InsertBaseline.run(baselineDb, Duration.ofSeconds(baselineSeconds)));
            progress(out, "measuring students without pauses, round " + round + " of " + rounds + ", " + burstSeconds + " s");
            bursts.add(new StudentLoad(new ApiClient(base, null), session(setup, quizId)).run(burst));
        }
        progress(out, "measuring the insert baseline, " + baselineSeconds + " s");
        baselines.add(InsertBaseline.run(baselineDb, Duration.ofSeconds(baselineSeconds)));

        progress(out, "measuring the question page against a bare Javalin handler");
        PageRate.Comparison pages = pages(base, quizId, bare);
        return new LoadReport(paced, bursts, baselines, pages, pageClients, pageSeconds);
    }

    private String session(ApiClient api, String quizId) throws IOException, InterruptedException {
        ApiClient.Reply reply = api.createSession(quizId, feedback, true);
        if (reply.status() != 201) {
            throw new IllegalStateException("could not create a class session (" + reply.status() + "): " + reply.body()
                    + (reply.status() == 401 ? " (give the teacher password with --password or NEWSQUIZ_TEACHER_PASSWORD)" : ""));
        }
        return reply.json().get("code").asText();
    }

    /** Starts a self-study attempt the way a browser does, then fetches its first question page with that browser's cookies. */
    private PageRate.Comparison pages(String base, String quizId, ServerProcess bare) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(home.body());
        if (!csrf.find()) {
            throw new IllegalStateException("the home page has no form token (" + home.statusCode() + ")");
        }
        HttpResponse<String> started = browser.send(HttpRequest.newBuilder(URI.create(base + "/study/" + quizId + "/start"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        String question = started.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("starting the quiz did not redirect (" + started.statusCode() + ")"));
        String cookieHeader = cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest page = HttpRequest.newBuilder(URI.create(base + question)).header("Cookie", cookieHeader)
                .timeout(Duration.ofSeconds(30)).build();
        HttpRequest yardstick = HttpRequest.newBuilder(URI.create(bare.url("/"))).timeout(Duration.ofSeconds(30)).build();
        Duration round = Duration.ofMillis((long) (pageSeconds * 1000));
        return new PageRate(pageClients).compare(new PageRate.Target("question page", page, b -> b.contains("Question 1")),
                new PageRate.Target("bare Javalin handler", yardstick, b -> b.contains("<p>ok</p>")), round, round, pageRounds);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void progress(PrintWriter out, String what) {
        out.println("  " + what + " ...");
        out.flush();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
