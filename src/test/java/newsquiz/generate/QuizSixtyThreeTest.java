package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import newsquiz.quiz.Question;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

/**
 * Tuned at stop 63.
 * <ul>
 * <li>"The other choices are what the article gives to other sources, such as Walther Nickless, …" when Nickless's words
 * had been dropped from the choices: once wrong choices are dropped, the explanation no longer names whose the rest are
 * (review83 rathbury q05, scorton q07).</li>
 * <li>"According to Wickstone Couriers, Wickstone Couriers' last vehicle purchase …": a name ending in "s" takes the
 * apostrophe alone, and the statement says "its" as the article did.</li>
 * </ul>
 * Tuned on eval-blind84 and 85 after they were measured at the frozen code (5ebbc38):
 * <ul>
 * <li>"The article reports that the nest had been in the tree since April. Why should a careful reader treat this claim with
 * extra care?" beside "Who said that the nest had been in the tree since April?": the first says the source is unnamed, and
 * the one unnamed choice answers the second (review84 fenby q06, larchby q07).</li>
 * <li>"Who said that the claim was twaddle, and that Holmby Buses asked for a stop in 2031?" never says which claim: the
 * reason alone is asked, unless it opens on a pronoun only the verdict placed (review84 ketterly q05).</li>
 * <li>"Councillor Bogdana Farrar said the stop was for the buyers of 60 new flats. The council said the claim was twaddle:
 * …": a councillor and nothing more may be on the other side from the council; only its leader's or a cabinet member's
 * claim is its own (ketterly gains "Who denied the claim that the stop was for the buyers of 60 new flats …?").</li>
 * <li>"Vokes also said the bleach had come from an unlabelled tub. The salon's supplier, Yarford Hair Supplies, took umbrage
 * at the suggestion, saying every tub it sells carries its label": "the suggestion" before ", saying" points back as "that
 * suggestion" does (westhide had no denial question at all).</li>
 * <li>"According to Mardock Chess Club, Mardock Chess Club, the oldest in the city, will play …": a claim opening on its
 * source's name and an aside is not asked as true or false (review85 mardock q01).</li>
 * <li>An unnamed source's forecast denied soon after ("officers would be paid a bonus of 5 crowns for every ticket") had no
 * "why take care" question, for want of two wrong reasons: that it is the writer's own opinion is still plainly wrong
 * (24 older quizzes had no unnamed-source question at all; 20 of them had such a source).</li>
 * <li>"a librarian at the central branch who did not wish to be named", "who did not want her name used": a name kept back
 * in other words (hazelbury, penmorrow).</li>
 * <li>"Who said this? “Three of my hives have lost half their foragers”" offered the Hive Health Unit: a person's words in
 * the first person singular leave only people to choose from, when there are two (review84 ketterly q08, review83
 * rathbury q12).</li>
 * </ul>
 */
class QuizSixtyThreeTest {

    @Test
    void anExplanationNamingTheWrongChoicesSourcesForgetsThemWhenChoicesAreDropped() {
        String named = "The article says: “…”" + AttributionQuestions.OTHER_SOURCES_NAMED + "Walther Nickless and Omari Pidcock.";
        assertEquals("The article says: “…” The other choices come from other sources.",
                AttributionQuestions.withoutSourcesNamed(named));
        assertEquals("The article says: “…” So it was X.", AttributionQuestions.withoutSourcesNamed("The article says: “…” So it was X."));
    }

    @Test
    void aNameEndingInSIsNotRepeatedAfterAccordingTo() throws Exception {
        List<String> prompts = InventedArticles.questions(new TrueFalseNotGivenQuestions(), "Vans sold\n\n"
                + "A delivery driver, who asked not to be named, told Tincture that the vans had been sold to Wickstone Couriers. "
                + "Wickstone Couriers said its last vehicle purchase was in 2029, from a dealer. The chain said 40 patients "
                + "would lose deliveries. Pharmacist Omari Pidcock said the vans were old.").stream().map(Candidate::prompt).toList();
        assertFalse(prompts.stream().anyMatch(p -> p.contains("Wickstone Couriers, Wickstone Couriers")), prompts.toString());
        assertTrue(prompts.stream().anyMatch(p -> p.contains("According to Wickstone Couriers, its last vehicle purchase")), prompts.toString());
    }

    @Test
    void aClaimWhoseSourceIsUnnamedIsNotAlsoAskedWhoSaidIt() throws Exception {
        for (String name : List.of("fenby-allotments-asian-hornet-nest", "larchby-brownie-guide-units-close-leaders")) {
            List<String> prompts = quizPrompts("eval-blind84/" + name + ".txt");
            for (String p : prompts) {
                var why = java.util.regex.Pattern.compile("^The article reports that (.+)\\. Why should").matcher(p);
                if (why.find()) {
                    assertFalse(prompts.contains("Who said that " + why.group(1) + "?"), name + ": " + prompts);
                }
            }
        }
    }

    @Test
    void aVerdictOnAClaimItDoesNotNameGivesWayToItsReason() throws Exception {
        Facts facts = InventedArticles.facts("Fountain moved\n\nCouncillor Bogdana Farrar said the stop was for the buyers of 60 "
                + "new flats on Fridley Street. The council said the claim was twaddle: Holmby Buses asked for a stop in the square "
                + "in 2031, before the flats were planned. Adelina Hirst said the fountain had stood there since 1887.");
        assertEquals(Optional.of("Who said that Holmby Buses asked for a stop in the square in 2031, before the flats were planned?"),
                reworded(facts, "Who said that the claim was twaddle: Holmby Buses asked for a stop in the square in 2031, before the "
                        + "flats were planned?"));
        assertFalse(reworded(facts, "Who said that the story was a tall tale: its second phase will be called Fennythorne?")
                .orElse("").startsWith("Who said that its"));
    }

    /** The stems of the quiz generated for an article among the test resources. */
    private static List<String> quizPrompts(String resource) throws Exception {
        Path path = Path.of("src/test/resources", resource);
        var article = Models.reader().parse(path.toString(), Files.readAllBytes(path));
        return new QuizGenerator().generate(Models.analyzer().analyze(article), "t", "a.txt", "0").questions().stream()
                .map(Question::prompt).toList();
    }

    private static Optional<String> reworded(Facts facts, String prompt) {
        Candidate c = new Candidate("denial", newsquiz.quiz.Skill.SOURCE_EVALUATION, newsquiz.quiz.QuestionType.SINGLE_CHOICE,
                newsquiz.quiz.Difficulty.MEDIUM, prompt, "The council", List.of("Adelina Hirst", "Bogdana Farrar"), "The article says.",
                List.of(1), "deny-account:1", 60);
        return QualityFilter.check(c, facts).map(Candidate::prompt);
    }

    @Test
    void aCouncilMayDenyACouncillorsClaim() throws Exception {
        List<String> prompts = quizPrompts("eval-blind84/ketterly-drinking-fountain-moved-bus-stop.txt");
        assertTrue(prompts.stream().anyMatch(p -> p.contains("denied the claim that the stop was for the buyers of 60 new flats")),
                prompts.toString());
    }

    @Test
    void theSuggestionBeforeSayingPointsBack() throws Exception {
        List<String> prompts = InventedArticles.questions(new DenialQuestions(), "Salon shut\n\nThe salon will close for a week, the "
                + "council said. Tracey Vokes said the bleach had come from an unlabelled tub. The salon's supplier, Yarford Hair "
                + "Supplies, took umbrage at the suggestion, saying every tub it sells carries its label and a batch number. Nancy "
                + "Urwin said she would be back the day it reopens.").stream().map(Candidate::prompt).toList();
        assertTrue(prompts.contains("Who denied the claim that the bleach had come from an unlabelled tub?"), prompts.toString());
    }

    @Test
    void aClaimOpeningOnItsSourcesNameAndAnAsideIsNotRestated() throws Exception {
        List<String> prompts = InventedArticles.questions(new TrueFalseNotGivenQuestions(), "Club moves\n\nMardock Chess Club, the "
                + "oldest in the city, will play its home matches at a board-game cafe from September, the club said on Saturday. "
                + "Vincent Rigsby said he learned to play in that room when he was seven. Tina Sangster said the cafe would charge "
                + "nothing.").stream().map(Candidate::prompt).toList();
        assertFalse(prompts.stream().anyMatch(p -> p.contains("Mardock Chess Club, Mardock Chess Club")), prompts.toString());
    }

    @Test
    void aDeniedForecastFromAnUnnamedSourceStillGetsWhyTakeCare() throws Exception {
        List<Candidate> why = InventedArticles.questions(new AnonymousSourceQuestions(), "Parking ban\n\nThe council will ban pavement "
                + "parking on Dallingford Road from June, it said. One of the firm's enforcement officers, who asked not to be named, "
                + "told the Hendlewick Herald that officers would be paid a bonus of 5 crowns for every ticket written in the new zone. "
                + "The firm said its officers were paid a flat wage and no bonus of any kind.").stream()
                .filter(c -> c.fact().startsWith("anon-why:")).toList();
        assertEquals(1, why.size(), why.toString());
        assertTrue(why.get(0).distractors().contains("It is only the writer's own opinion"), why.toString());
    }

    @Test
    void aNameKeptBackInOtherWordsMakesAnUnnamedSource() throws Exception {
        List<Candidate> anon = InventedArticles.questions(new AnonymousSourceQuestions(), "Library fines\n\nFines will return in June, "
                + "the council said. According to a librarian at the central branch who did not wish to be named, staff were told last "
                + "year to stop sending reminder letters. The council's head of libraries, Delwyn Iddesleigh, said 4,200 letters went "
                + "out in January. Councillor Ruth Abney said the amnesty had brought back 900 books.");
        assertTrue(anon.stream().anyMatch(c -> c.key().equals("Staff were told last year to stop sending reminder letters")
                || c.prompt().contains("staff were told last year to stop sending reminder letters")), anon.toString());
    }

    @Test
    void wordsInTheFirstPersonAreOfferedOnlyPeople() throws Exception {
        Facts facts = InventedArticles.facts("Hornets found\n\nA nest of Asian hornets was destroyed on Monday, the Hive Health Unit "
                + "said. Kornel Bardsley said the council had taken nine days to pass on the report. \"Three of my hives have lost "
                + "half their foragers,\" said Bardsley. Babette Anstey said every plant came from growers within 40 miles. The "
                + "regional bee inspector, Jacoba Enright, said the nest was young. The council said the report had gone to the unit "
                + "within 90 minutes.");
        List<Candidate> quoted = new AttributionQuestions().propose(facts).stream()
                .filter(c -> c.prompt().contains("Three of my hives")).toList();
        assertEquals(1, quoted.size(), quoted.toString());
        assertEquals(List.of("Babette Anstey", "Jacoba Enright"), quoted.get(0).distractors().stream().sorted().toList(), quoted.toString());
    }
}
