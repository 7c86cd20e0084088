package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;
import org.junit.jupiter.api.Test;

/**
 * What the reviews of eval-blind58 and 59 showed at stop 51, in invented text. Each test gives one rule:
 * <ul>
 * <li>"the union's warning" is what the union's branch secretary ("Its branch secretary") warned of, and the reason given
 * with the rejection ("the salt from the ship …") does not hand it to the firm whose ship it was.</li>
 * <li>In "called it “the fair's annual ghost story”" the "it" is what was labelled, never the body that labelled it.</li>
 * <li>A number's gap sentence is cut at a comma near its end, or shown whole when little is left, never on a word that
 * leaves the phrase open ("to put back the …").</li>
 * <li>"contested the number, saying … had found 410 children waiting in April, not 640" answers the group's 640, both as a
 * verdict on "the number" and as a correction; and "Who rejected the number?" names nothing and is never asked.</li>
 * <li>"The firm said nothing could be further from the truth" answers the claim just made about the firm; asked which claim
 * it denied, the firm's own name is taken out of the key ("the glaziers, Brindle Glassworks, had been paid twice"), and
 * asked whose claim it was, the claim is printed in the stem.</li>
 * <li>A key much longer than every wrong answer loses an aside between commas ("…, half of what it used in the winter of
 * 2031, …") rather than the question.</li>
 * <li>"That was not the case: it had approved nothing yet …" points back at the claim just made, its reason after the colon
 * (eval-blind58's pharmacy story, read from the test resources).</li>
 * <li>"Councillor Nye Weston, who leads the opposition on the county council" is Nye Weston, one speaker, not a second
 * "Councillor Nye Weston" named after the council the clause ends on.</li>
 * <li>"Which of these sources does the article not name?" (not "quoted in the article": many are only reported) reads
 * "do the minutes" when the text is minutes.</li>
 * <li>A year that is the latest the article names gets wrong years that make no even run before it (not 2038, 2040, 2042
 * before 2045).</li>
 * <li>"Who said that X?" and "… denied the claim that X. Whose claim was it?" with one key are one fact, taken once.</li>
 * <li>Asked which claim was denied, the key loses a closing ", where …" that only tells where a place is.</li>
 * <li>A quoted rebuttal that denies nothing outright ("We timed the run … The slowest was 16 minutes") is asked "Who said
 * this?", not "Whose denial is this?"; "There is no buyer, there is no price, and there is no sale" is still a denial.</li>
 * <li>"the group's account was wide of the mark: …" and "the group's figure bore no relation to its logs" answer the group's
 * own claim, not its chair's remark after it; only "the union's warning", when the union itself warned of nothing, is its
 * post holder's.</li>
 * </ul>
 */
class QuestionsFiftyOneTest {

    private static final String SALT = "Salt runs low\n\nThe Dunmere branch of the Road Crews' Union said the council had bought "
            + "only 6,000 tonnes of salt last summer in order to save money. Its branch secretary, Wilma Pocklington, said the "
            + "saving had been \"a gamble with people's lives\".\n\nThe council said it had ordered 11,500 tonnes in July, not "
            + "6,000. Tarnford Minerals said the last 1,700 tonnes had spent nine days at sea. According to Tarnford, the ship "
            + "finally docked late on Tuesday night.\n\n\"At this rate the barns will be bare by Friday,\" Pocklington told the "
            + "radio station Dunmere Sound. The council's highways director, Ulric Skelton, played down the union's warning, "
            + "saying the salt from the ship would reach the depots by Thursday.";

    @Test
    void theUnionsWarningIsWhatItsSecretaryWarnedOf() throws Exception {
        Facts facts = InventedArticles.facts(SALT);
        Statement verdict = facts.statements.stream().filter(s -> s.attribution().stance() == Stance.DENY
                && s.claim().contains("warning")).findFirst().orElseThrow();
        Statement answered = DenialQuestions.answeredBy(facts, verdict).orElse(null);
        assertNotNull(answered, facts.statements.toString());
        assertTrue(answered.claim().contains("bare by Friday"), answered.toString());
    }

    private static final String FAIR = "Toy fair\n\nA figure circulating in an exhibitors' WhatsApp group on Tuesday claimed that "
            + "attendance was down 20 per cent on last year. The organisers, Ardwell Exhibitions, called it \"the fair's annual "
            + "ghost story\". Its own count put day-one footfall at 14,200 trade visitors.";

    @Test
    void theItThatIsLabelledIsNotTheLabeller() throws Exception {
        Facts facts = InventedArticles.facts(FAIR);
        Statement label = facts.statements.stream().filter(s -> s.claim().contains("ghost story")).findFirst().orElseThrow();
        assertTrue(label.claim().startsWith("It "), label.claim());
    }

    @Test
    void aGapSentenceEndsWhereAPhraseDoes() {
        assertEquals("The council's cabinet voted on Tuesday to take out the ____-kilometre lane and its kerbs …",
                NumberQuestions.gap("The council's cabinet voted on Tuesday to take out the 1.8-kilometre lane and its kerbs and to "
                        + "put back the parking bays that were removed in 2032.", "1.8"));
        assertEquals("Of the ____ people who responded to the consultation, 1,704 wanted the lane kept …",
                NumberQuestions.gap("Of the 3,112 people who responded to the consultation, 1,704 wanted the lane kept, according to "
                        + "the council's consultation report.", "3,112"));
        // (A sentence this short is shown from its start: stop 54.)
        assertEquals("The park could close at 7pm under plans to be discussed by the district council on ____, after residents "
                + "complained about noise late at night.", NumberQuestions.gap("The park could close at 7pm under plans to be "
                + "discussed by the district council on July 20, after residents complained about noise late at night.", "July 20"));
    }

    private static final String NURSERY = "Nursery places\n\nThe parents' group Ashby Parents for Places said 640 children were on "
            + "nursery waiting lists in the town. Its founder, Letty Irving, said parents were \"being asked to choose between a job "
            + "and a child\".\n\nThe council contested the number, saying its own survey of every nursery in Ashby had found 410 "
            + "children waiting in April, not 640.";

    @Test
    void theNumberContestedIsTheFigureGiven() throws Exception {
        Facts facts = InventedArticles.facts(NURSERY);
        List<Statement> denials = facts.statements.stream().filter(s -> s.attribution().stance() == Stance.DENY).toList();
        assertEquals(2, denials.size(), facts.statements.toString());
        for (Statement d : denials) {
            Statement answered = DenialQuestions.answeredBy(facts, d).orElse(null);
            assertNotNull(answered, d.toString());
            assertTrue(answered.claim().contains("640 children"), answered.toString());
        }
        assertTrue(new DenialQuestions().propose(facts).stream().noneMatch(c -> c.prompt().equals("Who rejected the number?")));
    }

    private static final String CHAPEL = "Chapel windows\n\nThe chapel's new windows cost the town council 86,000 crowns, the "
            + "council said on Monday.\n\nCouncillor Ada Thorne said the glaziers, Brindle Glassworks, had been paid twice for the "
            + "east window. The firm said nothing could be further from the truth.\n\nThe mayor, Piet Osgood, said the first quote "
            + "in 2030 had been for 60,000 crowns. A leaflet put through doors by the Chapel Friends claimed that the windows "
            + "would be floodlit all night. One member of the works committee, speaking on condition of anonymity, said "
            + "councillors had been warned in 2031 that the cost could pass 100,000 crowns.";

    @Test
    void furtherFromTheTruthAnswersTheClaimAboutTheFirm() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(CHAPEL));
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Which claim did Brindle Glassworks deny?")
                && c.key().equals("The glaziers had been paid twice for the east window")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Brindle Glassworks denied the claim that the glaziers had been paid "
                + "twice for the east window. Whose claim was it?") && c.key().equals("Ada Thorne")), all.toString());
    }

    @Test
    void aLongKeyLosesItsAsideNotTheQuestion() throws Exception {
        Facts facts = InventedArticles.facts("Salt runs low\n\nThe Dunmere branch of the Road Crews' Union said the council had "
                + "bought only 6,000 tonnes of salt last summer, half of what it used in the winter of 2031, in order to save "
                + "money.\n\nThe council said it had ordered 11,500 tonnes in July, not 6,000.\n\nMirrick Buses said it had "
                + "cancelled 23 services on Monday. It said most routes would run normally from Wednesday if the main roads "
                + "stayed clear.\n\nForecasters expect the frost to lift on Sunday, when rain is likely to spread from the west.");
        List<Candidate> kept = new DenialQuestions().propose(facts).stream().map(c -> QualityFilter.check(c, facts))
                .flatMap(java.util.Optional::stream).toList();
        assertTrue(kept.stream().anyMatch(c -> c.key().equals("The council had bought only 6,000 tonnes of salt last summer in order "
                + "to save money")), kept.toString());
    }

    private static final String PHARMACY = "Pharmacy hours\n\nThe only pharmacy in Dunby will close on Wednesdays from April 4, "
            + "the chain that runs it said.\n\nThe Dunby Patients' Forum said the board had agreed to the cut without asking patients. "
            + "The county health board said that was not the case: it had approved nothing yet and would hold a public meeting on "
            + "March 21.\n\nA message in the chat group Dunby Neighbours claimed the pharmacy would close for good in the summer. "
            + "Councillor Nye Weston, who leads the opposition on the county council, said the new hours were \"a slap in the face "
            + "for older residents\". He said he would ask the chain to keep Wednesday mornings open.";

    @Test
    void aVerdictBeforeAColonPointsBack() throws Exception {
        Facts facts = InventedArticles.facts(java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/eval-blind58/dunnersby-pharmacy-opening-hours-cut.txt")));
        Statement board = facts.statements.stream().filter(s -> s.claim().contains("approved nothing")).findFirst().orElseThrow();
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().anyMatch(c -> c.fact().equals("deny:" + board.index())
                && (c.prompt() + " " + c.key()).contains("agreed to the cut without asking patients")), all.toString());
    }

    @Test
    void aCouncillorWhoseClauseEndsOnACouncilIsStillTheCouncillor() throws Exception {
        Facts facts = InventedArticles.facts(PHARMACY);
        assertTrue(facts.speakers.containsKey("Nye Weston"), facts.speakers.keySet().toString());
        assertTrue(facts.speakers.keySet().stream().noneMatch(k -> k.startsWith("Councillor")), facts.speakers.keySet().toString());
    }

    @Test
    void theUnnamedSourceStemAgreesWithATextInThePlural() {
        assertEquals("Which of these sources do the minutes not name?",
                new TextName("minutes", true).rename("Which of these sources does the article not name?"));
        assertEquals("Which of these sources does the notice not name?",
                new TextName("notice", false).rename("Which of these sources does the article not name?"));
    }

    @Test
    void theLatestYearIsNoEndOfAnEvenRun() {
        String sentence = "The repairs should see the cemetery wall stand until 2045, the council said.";
        Quantity q = Quantity.read(sentence, new newsquiz.analysis.Figure("2045", newsquiz.analysis.Figure.Kind.YEAR, "", "", 0, ""));
        List<Integer> years = Numbers.variants(q, 3, 2045).stream().map(v -> (int) Numbers.firstNumber(v)).sorted().toList();
        assertEquals(3, years.size(), years.toString());
        assertTrue(years.get(1) - years.get(0) != years.get(2) - years.get(1), years.toString());
    }

    @Test
    void oneSourceOfOneClaimIsAskedOnce() {
        Candidate who = new Candidate("attribution", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "Who said that the glaziers had been paid twice for the east window?", "Ada Thorne", List.of("Piet Osgood", "Chapel Friends"),
                "", List.of(2), "said:2", 60);
        Candidate whose = new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "Brindle Glassworks denied the claim that the glaziers had been paid twice for the east window. Whose claim was it?",
                "Ada Thorne", List.of("Piet Osgood", "Chapel Friends"), "", List.of(3), "deny:3", 68);
        List<Candidate> chosen = Blueprint.choose(List.of(who, whose), 20);
        assertEquals(1, chosen.size(), chosen.toString());
    }

    @Test
    void aClosingWhereClauseIsNoPartOfTheClaimDenied() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/eval-blind58/cragholme-lifeboat-station-move-hessleby.txt"))));
        assertTrue(all.stream().anyMatch(c -> c.key().equals("The move would add 40 minutes to any rescue in Cragholme Bay")), all.toString());
        assertTrue(all.stream().noneMatch(c -> c.key().contains("where most of the area's call-outs happen")), all.toString());
    }

    @Test
    void wordsThatDenyNothingOutrightAreAskedAsWhoseWords() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/eval-blind58/cragholme-lifeboat-station-move-hessleby.txt"))));
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Who said this, according to the article? \u201cWe timed the run")),
                all.toString());
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Whose denial is this, according to the article? \u201cWe timed")),
                all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Whose denial is this, according to the article? \u201cThere is no "
                + "buyer")), all.toString());
    }

    private static final String VERGES = "Verges cut\n\nThe Ashby Meadow Group, which has surveyed the county's verges since 2029, "
            + "said the crews had cut every verge in the district. Its chair, Ysolde Trevor, said at least 400 bee orchids had been "
            + "lost on the Wrax road alone.\n\nThe council said the group's account was wide of the mark: only 6 of the 38 "
            + "protected stretches had been cut.";

    @Test
    void theGroupsAccountIsTheGroupsOwnClaim() throws Exception {
        Facts facts = InventedArticles.facts(VERGES);
        Statement verdict = facts.statements.stream().filter(s -> s.claim().contains("wide of the mark")).findFirst().orElseThrow();
        Statement answered = DenialQuestions.answeredBy(facts, verdict).orElse(null);
        assertNotNull(answered, facts.statements.toString());
        assertTrue(answered.claim().contains("cut every verge"), answered.toString());
    }
}
