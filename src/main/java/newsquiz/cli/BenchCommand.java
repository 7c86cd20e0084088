package newsquiz.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsquiz.analysis.Analysis;
import newsquiz.analysis.Analyzer;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.generate.QuizGenerator;
import newsquiz.nlp.Nlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Measures analysis and generation against the bare OpenNLP pass (sentences, tokens, tags)
 * over the same text in the same run, and prints ratios rather than absolute times.
 */
@Command(name = "bench", description = "Benchmark analysis and generation against the bare OpenNLP pass.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "articles to measure (default: seeds/*.txt)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--seconds", description = "measuring time per figure (default: ${DEFAULT-VALUE})")
    double seconds = 3;

    @Option(names = "--long-words", description = "size of the long article built from the inputs (default: ${DEFAULT-VALUE})")
    int longWords = 10_000;

    @Override
    public Integer call() throws Exception {
        if (files.isEmpty()) {
            try (var list = Files.list(Path.of("seeds"))) {
                files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
        }
        Nlp nlp = Nlp.load();
        ArticleReader reader = new ArticleReader(nlp);
        Analyzer analyzer = new Analyzer(nlp);
        QuizGenerator generator = new QuizGenerator();
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        System.out.printf(Locale.ROOT, "%-28s %8s %12s %12s %10s %12s%n", "text", "words", "bare w/s", "analyze w/s",
                "analyze/bare", "generate/analyze");
        for (int i = 0; i < texts.size(); i++) {
            report(files.get(i).getFileName().toString(), texts.get(i), nlp, reader, analyzer, generator);
        }
        report("long (" + longWords + " words)", longArticle(texts), nlp, reader, analyzer, generator);
        System.out.println("analyze/bare: whole analysis (reading, tagging, extraction) per bare OpenNLP pass "
                + "(sentence detection + tokens + POS tags, no lemmatizer) over the same text; target <= 2.0");
        return 0;
    }

    private void report(String name, String text, Nlp nlp, ArticleReader reader, Analyzer analyzer, QuizGenerator generator)
            throws Exception {
        Article article = reader.parse(name + ".txt", text.getBytes(StandardCharsets.UTF_8));
        int words = article.wordCount();
        ThrowingRunnable bare = () -> nlp.barePass(article.text());
        ThrowingRunnable analyze = () -> analyzer.analyze(reader.parse(name + ".txt", text, Article.Format.TEXT));
        ThrowingRunnable generate = () -> {
            Analysis fresh = analyzer.analyze(reader.parse(name + ".txt", text, Article.Format.TEXT));
            generator.generate(fresh, "bench", name, "");
        };
        double[] rates = interleaved(bare, analyze, generate);
        System.out.printf(Locale.ROOT, "%-28s %8d %12.0f %12.0f %10.2fx %11.2fx%n", cut(name), words, rates[0] * words,
                rates[1] * words, rates[0] / rates[1], rates[1] / rates[2]);
    }

    /**
     * Warms all tasks up, then runs them in turn, one run each, until the time is spent, and sums each task's own time:
     * this machine's speed drifts by a third within seconds, and runs that alternate this closely all see the same drift.
     * Returns the runs per second of each task.
     */
    private double[] interleaved(ThrowingRunnable... tasks) throws Exception {
        long warmUntil = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < warmUntil) {
            for (ThrowingRunnable t : tasks) {
                t.run();
            }
        }
        long[] spent = new long[tasks.length];
        int runs = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            for (int t = 0; t < tasks.length; t++) {
                long start = System.nanoTime();
                tasks[t].run();
                spent[t] += System.nanoTime() - start;
            }
            runs++;
        } while (System.nanoTime() < end);
        double[] rates = new double[tasks.length];
        for (int t = 0; t < tasks.length; t++) {
            rates[t] = runs / (spent[t] / 1e9);
        }
        return rates;
    }

    /** A long article of distinct paragraphs: the inputs' paragraphs repeated until the size is reached. */
    private String longArticle(List<String> texts) {
        StringBuilder b = new StringBuilder("A long report assembled for the benchmark\n\n");
        int words = 0;
        while (words < longWords) {
            for (String t : texts) {
                for (String paragraph : t.split("\n\\s*\n")) {
                    String p = paragraph.strip();
                    if (p.split("\\s+").length > 12) {
                        b.append(p).append("\n\n");
                        words += p.split("\\s+").length;
                    }
                }
            }
        }
        return b.toString();
    }

    private static String cut(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "\u2026";
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
