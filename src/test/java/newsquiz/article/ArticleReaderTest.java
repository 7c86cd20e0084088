package newsquiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsquiz.testing.EvalSet;
import newsquiz.testing.Models;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private final ArticleReader reader = Models.reader();

    @TestFactory
    Stream<DynamicTest> noiseStaysOutOfTheBodyAndTitlesAreFound() {
        return Stream.concat(EvalSet.load("eval").stream(), EvalSet.load("eval-dev").stream())
                .map(set -> DynamicTest.dynamicTest(set.name(), () -> {
                    Article article = reader.read(set.article());
                    String body = String.join("\n", article.sentences().stream().map(Sentence::text).toList());
                    for (JsonNode noise : set.gold().path("not_article_text")) {
                        String line = noise.asText();
                        String probe = line.length() > 40 ? line.substring(0, 40) : line;
                        assertFalse(body.contains(probe), "noise line kept in the body: " + line);
                    }
                    String goldTitle = set.gold().path("title").asText();
                    assertTrue(article.title().startsWith(goldTitle.substring(0, Math.min(40, goldTitle.length()))),
                            "title was '" + article.title() + "'");
                }));
    }

    @Test
    void sentenceOffsetsPointIntoTheArticleText() throws Exception {
        Article article = reader.read(EvalSet.load("eval").get(0).article());
        for (Sentence s : article.sentences()) {
            assertEquals(s.text(), article.text().substring(s.start(), s.end()));
        }
    }

    @Test
    void sourceListIsParsedAndSplitWhereTheSeparatorWasLost() throws Exception {
        Article article = reader.parse("a.txt", ("Headline of the story\n\nThe minister said the plan would work. Critics disagreed.\n\n"
                + "Sources: DPA, BBCThe Moscow Times, CNN\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("DPA", "BBC", "The Moscow Times", "CNN"), article.sources());
        assertEquals("Headline of the story", article.title());
    }

    @Test
    void wikinewsSourcesUnderTheirHeadingAreTheSourceListNotBodyText() throws Exception {
        Article article = reader.parse("a.txt", ("Fire forces evacuation\n\nA fire forced 400 people from their homes, officials said.\n\n"
                + "Sources\n\n\"Residents evacuated as fire hits plant\" - Orrendale Courier, April 12, 2029\n"
                + "\u201cStatement on the fire\u201d \u2013 Orrendale Fire Service, April 12, 2029\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Orrendale Courier", "Orrendale Fire Service"), article.sources());
        assertEquals(1, article.sentences().size(), article.sentences().toString());
    }

    @Test
    void aLastParagraphCalledSourcesThatIsProseStaysBodyText() throws Exception {
        Article article = reader.parse("a.txt", ("Fire forces evacuation\n\nA fire forced 400 people from their homes, officials said.\n\n"
                + "Sources\n\nTwo firefighters said the gate had been locked.\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), article.sources());
        assertEquals(2, article.sentences().size(), article.sentences().toString());
    }

    @Test
    void datelineGluedToTheFirstSentenceIsNotBodyText() throws Exception {
        Article article = reader.parse("a.txt", ("Storm hits coast\n\nLISBON (Iberia Wire) \u2014 A storm hit the coast on Monday, "
                + "officials said. Power was cut to 4,000 homes.").getBytes(StandardCharsets.UTF_8));
        assertTrue(article.sentences().get(0).text().startsWith("A storm hit"));
        assertTrue(article.noise().stream().anyMatch(n -> n.kind() == NoiseLine.Kind.DATELINE));
    }

    @Test
    void aBylineWithItsReadingTimeIsNoBodyText() throws Exception {
        Article article = reader.parse("a.txt", ("Storm hits coast\n\nBy Jo Smith, Iberia Wire | 4 min read\n\nA storm hit the coast on Monday, "
                + "officials said.").getBytes(StandardCharsets.UTF_8));
        assertEquals("A storm hit the coast on Monday, officials said.", article.sentences().get(0).text());
        assertTrue(article.noise().stream().anyMatch(n -> n.kind() == NoiseLine.Kind.BYLINE && n.text().contains("Iberia Wire")));
    }

    @Test
    void markdownHeadingsAndLinksBecomeTitleSubheadingsAndText() throws Exception {
        String md = "# Council votes to close library\n\nBy Jo Smith\n\nThe council **voted** on Tuesday, "
                + "[the mayor](https://example.org) said. Parents were angry.\n\n## What next\n\nA review starts in May.\n";
        Article article = reader.parse("story.md", md.getBytes(StandardCharsets.UTF_8));
        assertEquals("Council votes to close library", article.title());
        assertEquals("The council voted on Tuesday, the mayor said.", article.sentences().get(0).text());
        assertTrue(article.paragraphs().stream().anyMatch(p -> p.kind() == Paragraph.Kind.SUBHEADING && p.text().equals("What next")));
        assertTrue(article.noise().stream().anyMatch(n -> n.kind() == NoiseLine.Kind.BYLINE));
    }

    @Test
    void thePastedLengthCountsEveryWordOnceAsAChecker() throws Exception {
        // The quiz's length follows the article's (15 questions from 600 words, one per 40 below), as a checker splitting the
        // pasted text on white space counts it: subheadings and timestamps count, a title made from the first sentence once.
        String live = "Harbour fire: live updates\n\n10:42\n\nSmoke is rising over the east quay, the fire service said.\n\n"
                + "What we know\n\nTwo sheds have burned down. Nobody was hurt.\n";
        assertEquals(live.trim().split("\\s+").length, reader.parse("live.txt", live.getBytes(StandardCharsets.UTF_8)).pastedWordCount());
        String untitled = "Smoke is rising over the east quay, the fire service said on Tuesday morning. Two sheds have burned down.\n";
        assertEquals(untitled.trim().split("\\s+").length,
                reader.parse("untitled.txt", untitled.getBytes(StandardCharsets.UTF_8)).pastedWordCount());
    }

    @Test
    void htmlKeepsTheArticleAndDropsScriptsMenusAndFooters() throws Exception {
        String html = "<html><head><title>Page | Site</title><script>var x = 'Do not read me';</script></head><body>"
                + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<article><h1>Port strike ends after ten days</h1><p class='byline'>By Ana Lopes</p>"
                + "<figure><img src='a.jpg'><figcaption>Dockers at the gate on Monday.</figcaption></figure>"
                + "<p>The strike ended on Friday, the union said.</p><h2>Pay deal</h2><p>Workers will get 6 percent more.</p>"
                + "<aside class='related'><p>Related: Another story</p></aside></article>"
                + "<footer><p>Copyright 2024 The Paper</p></footer></body></html>";
        Article article = reader.parse("page.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("Port strike ends after ten days", article.title());
        String body = String.join(" ", article.sentences().stream().map(Sentence::text).toList());
        assertEquals("The strike ended on Friday, the union said. Workers will get 6 percent more.", body);
        assertTrue(article.noise().stream().anyMatch(n -> n.kind() == NoiseLine.Kind.CAPTION));
    }

    @Test
    void hardWrappedLinesAreJoinedIntoParagraphs() throws Exception {
        String text = "Bridge reopens\n\nThe old bridge over the river reopened on Saturday after two years of\n"
                + "repairs that cost the county more than it had planned, officials said on\nMonday.\n";
        Article article = reader.parse("a.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, article.sentences().size());
    }

    @Test
    void badInputIsRefusedWithAOneLineReason(@TempDir Path dir) throws Exception {
        assertEquals("no such file: " + dir.resolve("missing.txt"),
                assertThrows(InvalidArticleException.class, () -> reader.read(dir.resolve("missing.txt"))).getMessage());
        assertMessage("the article is empty", "   \n\t\n".getBytes(StandardCharsets.UTF_8));
        assertMessage("this looks like binary data", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        assertMessage("not valid UTF-8", new byte[] {'H', 'e', 'l', 'l', 'o', ' ', (byte) 0xE9, 't', 'e', '.'});
        assertMessage("no sentences found", "Just a headline\n\nAdvertisement\n".getBytes(StandardCharsets.UTF_8));
        Path big = dir.resolve("big.txt");
        Files.write(big, "word ".repeat(2_100_000).getBytes(StandardCharsets.UTF_8));
        String message = assertThrows(InvalidArticleException.class, () -> reader.read(big)).getMessage();
        assertTrue(message.contains("10.5 MB") && message.contains("up to 1.0 MB"), message);
        assertFalse(message.contains("\n"));
    }

    private void assertMessage(String expected, byte[] bytes) {
        String message = assertThrows(InvalidArticleException.class, () -> reader.parse("x.txt", bytes)).getMessage();
        assertTrue(message.contains(expected), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void theCountersOfANumberedThreadAreNotPartOfItsSentences() throws Exception {
        String text = "Ferry timetable: a reporter's thread\n\n1/3 Thread. The ferry company has cut two sailings a day.\n\n"
                + "2/3 The harbour board says the cut was the company's choice.\n\n3/3 More when I have it.\n\n"
                + "3/4 of the seats were sold, a survey found.";
        Article article = reader.parse("t.txt", text, Article.Format.TEXT);
        List<String> sentences = article.sentences().stream().map(Sentence::text).toList();
        assertTrue(sentences.contains("The harbour board says the cut was the company's choice."), sentences.toString());
        assertTrue(sentences.stream().noneMatch(x -> x.matches("\\d/3.*")), sentences.toString());
        // A fraction opening a paragraph is no counter of the thread: its total is another.
        assertTrue(sentences.contains("3/4 of the seats were sold, a survey found."), sentences.toString());
        for (Sentence sentence : article.sentences()) {
            assertEquals(sentence.text(), article.text().substring(sentence.start(), sentence.end()));
        }
        // Nor in an article that is no thread: one paragraph opening with a fraction is no run of counters.
        Article single = reader.parse("t.txt", "Seats\n\n3/4 of the seats were sold, a survey found.", Article.Format.TEXT);
        assertEquals("3/4 of the seats were sold, a survey found.", single.sentences().get(0).text());
    }
}
