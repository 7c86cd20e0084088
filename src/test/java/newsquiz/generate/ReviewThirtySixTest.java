package newsquiz.generate;

import static newsquiz.generate.InventedArticles.facts;
import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the whole evaluation set showed at stop 36, checked on invented text: a company's chief executive offered as the
 * wrong answer beside "the promoter" the article names as his company, a former manager "at Lilypad" beside Lilypad's
 * founder, "A man" or "A parent" beside a key that already holds the word ("A spokeswoman", "parents' group"),
 * "Suggestions circulating online" offered as someone who said something, and "According to Gatcombe Homes, it had ever
 * bid for the land".
 */
class ReviewThirtySixTest {

    private static String speaker(Facts facts, String start) {
        return facts.speakers.keySet().stream().filter(n -> n.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError(start + " not among " + facts.speakers.keySet()));
    }

    @Test
    void aRoleTheArticleGivesABodyNamesWhoeverSpeaksForIt() throws Exception {
        Facts facts = facts("""
                Ticket prices

                The boss of Gridseat told MPs on Wednesday that the company "does not set a single price", contradicting the promoter of The Larks' reunion tour, who had told the committee an hour earlier that Gridseat's software pushed some seats to 480 pounds.
                Gridseat's managing director, Lorna Vey, said prices had been set by the promoter, Harrowlight Live, and that Gridseat had only supplied the tool.
                Harrowlight's chief executive, Dorian Fusk, said his company set "a face value and a ceiling" for each show.
                """);
        String promoter = speaker(facts, "The promoter");
        assertTrue(facts.mayBeSame(promoter, "Dorian Fusk"), promoter);
        assertFalse(facts.mayBeSame(promoter, "Lorna Vey"), promoter);
    }

    @Test
    void aFormerManagerAtACompanyIsNotAWrongAnswerBesideItsFounder() throws Exception {
        Facts facts = facts("""
                Sun cream test

                Tansy Cosmetics disputed our results. Its founder, Marit Ollerby, said in a video on Tuesday that the cream did not fall short of its label.
                A former quality manager at Tansy, who asked us not to name her, told the magazine that an earlier test had failed.
                A dermatologist, Dr Helen Vasco, said parents should reapply cream every two hours.
                """);
        String manager = speaker(facts, "A former quality manager");
        assertTrue(facts.mayBeSame(manager, "Marit Ollerby"), facts.speakers.toString());
        assertFalse(facts.mayBeSame(manager, "Helen Vasco"), manager);
    }

    @Test
    void aWrongSourceWhoseHeadTheKeyAlreadyHoldsIsLeftOut() {
        assertTrue(QualityFilter.headInside("A man", "a spokeswoman for the council"));
        assertTrue(QualityFilter.headInside("A parent", "a message on the year 4 parents' whatsapp group"));
        assertFalse(QualityFilter.headInside("A passenger who was in the lower car", "posts on scarrowby talkback"));
        assertFalse(QualityFilter.headInside("Gareth Morcombe", "the promoter of the reunion tour"));
    }

    @Test
    void talkNoOneIsNamedForIsNoSpeaker() {
        assertTrue(Facts.hearsay("Suggestions circulating online"));
        assertTrue(Facts.hearsay("A story going round"));
        assertTrue(Facts.hearsay("Claims on social media"));
        assertFalse(Facts.hearsay("Ingleborrow Power Networks"));
        assertFalse(Facts.hearsay("The report"));
        assertFalse(Facts.hearsay("A spokesman for the council"));
    }

    @Test
    void aRejectedClaimIsStatedWithoutTheDenialsEver() throws Exception {
        List<Candidate> all = questions(new DenialTrueFalseQuestions(), """
                Field sale

                A parish councillor said the developer had bid for the field in March.
                Gatcombe Homes begged to differ with the suggestion that it had ever bid for the land.
                """);
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("it had bid for the land")), all.toString());
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("had ever bid")), all.toString());
    }

    @Test
    void aClaimTheArticleWordsOtherwiseIsReportedNotQuoted() throws Exception {
        List<Candidate> all = questions(new AnonymousSourceQuestions(), """
                Power cut

                Around 41,000 homes lost power at 06:50 after a fire at the substation, the network operator, Penwarden Power, said.
                Schools update: two primary schools have closed for the day. Parents say they got the message just after 7 a.m.
                An engineer who asked not to be named said two transformers had reportedly been flagged as faulty last autumn.
                """);
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("\u201cParents got")), all.toString());
        assertTrue(all.stream().filter(c -> c.prompt().startsWith("The article reports: \u201c"))
                .allMatch(c -> c.prompt().contains("transformers had reportedly been flagged")), all.toString());
    }

    @Test
    void aLiveBlogsLabelIsNoPartOfTheEvent() throws Exception {
        List<NarrativeFacts.Fact> events = NarrativeFacts.events(facts("""
                Power cut

                Schools update: Crowdecote Academy and two primary schools have closed for the day.
                """));
        assertTrue(events.stream().anyMatch(e -> e.text().startsWith("Crowdecote Academy and two primary schools")), events.toString());
    }
}
