package newsquiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.article.Article;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

/** Minutes of a meeting (eval-blind25 wethercote): a list of those present, numbered paragraphs, people called by role. */
class MinutesTest {
    private static final String MINUTES = """
            Riverside Primary School: Minutes of the Full Governing Body

            Present: Mrs Agnes Pollard (Chair), Mr Tobias Mensah-Clarke (Headteacher), Mrs Ruth Dimmock, Mr Ewan Hartley
            In attendance: Ms Delia Fenwick (Clerk)

            2.1 The Chair said she had added this item because of a post on the parents' Facebook page, which claimed that the governors had agreed to sell the field.

            2.2 The Chair said that the governing body had never discussed selling the field. She asked the Clerk to confirm this. The Clerk confirmed that the field did not appear in any minutes since 2019.

            2.3 The Headteacher said the field was not the governors' to sell. He said it belongs to the county council. "I would lie down in front of the diggers myself," he said.

            2.4 Mr Hartley said the people seen on the field were drainage engineers.

            2.5 Governors agreed that the post was untrue.

            3.1 A letter from parents claimed that the school had lost seven teachers in a year. The Headteacher said that figure was incorrect: three teachers had left in 2025.
            """;

    private static Analysis analysis() throws Exception {
        Article article = Models.reader().parse("minutes.txt", MINUTES, Article.Format.TEXT);
        return Models.analyzer().analyze(article);
    }

    private static Attribution containing(List<Attribution> all, String words) {
        return all.stream().filter(a -> a.content().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing says " + words + " in " + all));
    }

    @Test
    void peopleCalledByTheRoleTheListOfThosePresentGivesThemAreNamed() throws Exception {
        // review25 WET q01: "the Chair" was keyed as an unnamed source; q06: "he said" went to the Clerk, who is "Ms".
        var all = analysis().attributions();
        Attribution chair = containing(all, "never discussed selling");
        assertEquals("Chair Agnes Pollard", chair.source());
        assertTrue(!chair.anonymous(), chair.toString());
        assertEquals("Clerk Delia Fenwick", containing(all, "did not appear in any minutes").source());
        assertEquals("Headteacher Tobias Mensah-Clarke", containing(all, "lie down in front of the diggers").source());
        assertEquals("Headteacher Tobias Mensah-Clarke", containing(all, "belongs to the county council").source());
        assertEquals("Ewan Hartley", containing(all, "drainage engineers").source(), "the last name of the list stops at its line");
    }

    @Test
    void aParagraphNumberIsNoFigureAndThatFigureKeepsItsThat() throws Exception {
        Analysis analysis = analysis();
        assertTrue(analysis.figures().stream().noneMatch(f -> f.value().matches("\\d\\.\\d")), analysis.figures().toString());
        assertEquals("that figure was incorrect: three teachers had left in 2025",
                containing(analysis.attributions(), "three teachers").content());
    }

    @Test
    void aVerdictOnThePostJudgesWhatThePostSaidNotTheStatementBeforeIt() throws Exception {
        // review25 WET q08: "Governors agreed that the post was untrue" was taken to judge the engineers statement before it.
        var labels = analysis().labels();
        assertTrue(labels.stream().noneMatch(l -> l.claim().contains("drainage engineers")), labels.toString());
    }
}
