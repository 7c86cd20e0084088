package newsquiz.cli;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The newsquiz command line: serve (the default), analyze, generate, export, bench. */
@Command(name = "newsquiz", mixinStandardHelpOptions = true, version = "newsquiz 0.1.0",
        description = "Turns news articles into comprehension and source-evaluation quizzes.",
        subcommands = {ServeCommand.class, AnalyzeCommand.class, GenerateCommand.class, BenchCommand.class, ExportCommand.class, newsquiz.bench.LoadCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        // No command, or only serve's options (java -jar newsquiz.jar --port 8080), means serve.
        if (args.length == 0 || args[0].startsWith("--") && !List.of("--help", "--version").contains(args[0])) {
            args = Stream.concat(Stream.of("serve"), Arrays.stream(args)).toArray(String[]::new);
        }
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("newsquiz: " + oneLine(e));
            return 1;
        });
        return cli.execute(args);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").strip();
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
