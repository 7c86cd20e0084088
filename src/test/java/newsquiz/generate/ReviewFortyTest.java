package newsquiz.generate;

import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What eval-blind38 showed at stop 40: a denial given in a plain "said" and positive words is the speaker's own account,
 * never a thing asked as "rejected"; and the claim it answers is found when the claimant's cue has a place before "that".
 */
class ReviewFortyTest {

    private static String evalArticle(String path) throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources", path));
    }

    @Test
    void anAccountGivenInAnswerIsNoThingRejected() throws Exception {
        // The eval article itself: it asked "Who rejected the ringers' log book for 2019 records only a frayed rope and a
        // sticking trapdoor?", a broken question whose key was the churchwarden.
        List<Candidate> all = questions(new DenialQuestions(), evalArticle("eval-blind38/sulwen-tower-appeal-parish-magazine.txt"));
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Who rejected the ringers")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals(
                "Who denied the allegation that the ringers had warned about the louvres as far back as 2019?")
                && c.key().equals("Churchwarden Osbert Tredinnick")), all.toString());
    }

    @Test
    void theHeadOfTheStudioIsNoWrongAnswerBesideItsSpokesperson() throws Exception {
        // The eval article itself: "Studio head Ulrika Ethelbrand" was offered as the wrong answer beside "A Lanternfold
        // spokesperson", though the article calls Lanternfold Games "the studio behind the 2024 hit Skyreach".
        List<Candidate> all = questions(new DenialQuestions(), evalArticle("eval-blind38/lanternfold-layoffs-games-news-site.txt"));
        List<Candidate> spokesperson = all.stream().filter(c -> c.key().equals("A Lanternfold spokesperson")).toList();
        assertTrue(!spokesperson.isEmpty(), all.toString());
        assertTrue(spokesperson.stream().noneMatch(c -> c.distractors().contains("Ulrika Ethelbrand")), spokesperson.toString());
    }

    @Test
    void aShortLastClauseThatMakesThePointIsKept() {
        // eval-blind38: the claim the regional organiser denied was asked without "before the candidate saw it", its point.
        String claim = "the leaflet had reportedly been written at the party's regional office and sent to the printer before the "
                + "candidate saw it";
        assertEquals(claim, Phrasing.wholeClauses(claim, 20));
        String longer = "the leaflet had reportedly been written at the party's regional office in the old town and sent to the "
                + "printer before the candidate saw it";
        assertEquals("the leaflet had reportedly been written at the party's regional office in the old town and sent to the "
                + "printer", Phrasing.wholeClauses(longer, 20));
    }

    @Test
    void aSecondPartyAnsweringTheSameClaimIsAskedBesidesTheFirst() throws Exception {
        // The eval article itself: the diocesan adviser denied the letter's claim straight after the vicar, in its words and
        // with no joining word; she had no question, since "Who denied the report …?" of that claim is the vicar's.
        List<Candidate> all = questions(new DenialQuestions(), evalArticle("eval-blind38/sulwen-tower-appeal-parish-magazine.txt"));
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Besides Alarik Yarcombe, who denied the report that the parochial "
                + "church council planned to sell the two oldest bells to a private collector?")
                && c.key().equals("Hillevi Lapworth-Gale") && !c.distractors().contains("Alarik Yarcombe")), all.toString());
    }
}
