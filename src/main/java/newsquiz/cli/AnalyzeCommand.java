package newsquiz.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsquiz.analysis.Analysis;
import newsquiz.analysis.Analyzer;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.article.InvalidArticleException;
import newsquiz.nlp.Nlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", description = "Show who said what in an article (.txt, .md or .html).")
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the article")
    Path file;

    @Option(names = "--json", description = "print the analysis as JSON (the contract in DESIGN.md)")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        Nlp nlp = Nlp.load();
        Article article;
        try {
            article = new ArticleReader(nlp).read(file);
        } catch (InvalidArticleException e) {
            spec.commandLine().getErr().println("newsquiz: " + e.getMessage());
            return 2;
        }
        Analysis analysis = new Analyzer(nlp).analyze(article);
        if (json) {
            out.println(AnalysisReport.json(analysis));
        } else {
            out.print(AnalysisReport.text(analysis));
        }
        out.flush();
        return 0;
    }
}
