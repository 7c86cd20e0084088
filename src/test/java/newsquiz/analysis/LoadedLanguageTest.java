package newsquiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsquiz.article.Article;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

class LoadedLanguageTest {

    private static List<String> loadedWords(String body) throws Exception {
        Article article = Models.reader().parse("test.txt", "Headline for the test\n\n" + body, Article.Format.TEXT);
        return Models.analyzer().analyze(article).loadedWords().stream().map(LoadedWord::word).toList();
    }

    @Test
    void labelsOfASideAreLoaded() throws Exception {
        assertEquals(List.of("criminals", "regime"), loadedWords("\"These criminals serve the regime and nobody else,\" "
                + "the minister said."));
    }

    @Test
    void technicalSensesOfTheSameWordsAreNot() throws Exception {
        // review20: "no applicant with a criminal record" was asked as loaded language.
        assertEquals(List.of(), loadedWords("\"No applicant with a criminal record has been approved, and the tax regime "
                + "is the same for everyone,\" the minister said. She added that a criminal investigation had been opened."));
    }
}
