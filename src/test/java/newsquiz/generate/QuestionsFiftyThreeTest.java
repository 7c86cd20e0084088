package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.analysis.Stance;
import org.junit.jupiter.api.Test;

/**
 * What the reviews of eval-blind62 and 63 showed at stop 53, in invented text. Each test gives one rule:
 * <ul>
 * <li>"contradicted the council's count" answers the council's claim that a survey counted the lorries, not its later word
 * that the figure had risen from an older one.</li>
 * <li>"Who denied the report that …?" offers no body whose own manager denied the same figure as a wrong answer.</li>
 * <li>"The trust contradicted him, saying …" answers the claim he made just before; "corrected him: her estimate was …,
 * not 3 million" answers the claim that gave 3 million, and what her body admitted is a fair wrong answer to what she
 * denied.</li>
 * <li>"Brackett Kitchens had been told in July that its bid was the cheaper of the two" stands alone: "its" is the named
 * subject's own, so "refuted his account" can be asked about.</li>
 * <li>"What did the council deny? *That the old nursery could be used for lessons" offers no wrong answer that is the claim
 * the denial answers ("the school could take a second class in its old nursery").</li>
 * <li>The "it" of "it was not true that …" stands for nobody: no choice reads "The council was not true that …".</li>
 * <li>"It would not accept that 900 children would lose their lessons either": the "either" answers another claim and is
 * left out; "branded that comparison misleading" leaves no "Who rejected comparison?".</li>
 * <li>"challenged the figure, saying recorded burglaries had fallen from 61 to 57" answers the claim that gave another
 * figure for the same thing ("burglaries had risen by 40 percent").</li>
 * <li>"Who said that the spreadsheet it received from the council …?" offers no "Marchwold County Council": the stem speaks
 * of the council by its kind, so a reader rules it out.</li>
 * </ul>
 */
class QuestionsFiftyThreeTest {

    private static final String LORRIES = "Lorry ban\n\nThe county council said a survey in March had counted an average of 280 "
            + "heavy lorries a day through the village. It said the figure had risen from 170 a day in 2031.\n\nBraxton Quarry said "
            + "the ban would add 12 miles to every trip. The quarry also contradicted the council's count, saying its own "
            + "weighbridge records showed about 120 lorries a day leaving the site.";

    @Test
    void theCountIsTheClaimThatCountedNotTheLaterFigure() throws Exception {
        Facts facts = InventedArticles.facts(LORRIES);
        Statement denial = facts.statements.stream().filter(s -> s.claim().contains("council's count")).findFirst().orElseThrow();
        Statement answered = Referents.earlierClaim(facts, denial, "claim");
        assertNotNull(answered, facts.statements.toString());
        assertTrue(answered.claim().contains("had counted an average of 280"), answered.claim());
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("risen from 170")), all.toString());
    }

    private static final String NIGHT_BUSES = "Night buses\n\nThe transport authority said the routes would stop running in June. "
            + "\n\nThe Night Workers' Alliance said the buses carried about 30 passengers a trip. Its coordinator, Bryn Tallow, said "
            + "about 900 people a night would have to walk.\n\nThe authority countered that its ticket data showed an average of "
            + "nine passengers a trip last year, not 30.\n\n\"Thirty is a Friday-night figure for one bus, not an average,\" said "
            + "Harlow Buses' operations manager, Yestin Morrow.\n\nThe Transport Workers' Union said drivers would lose their night "
            + "allowances. Harlow Buses said the union had its facts wrong: the allowances were fixed by a national agreement.";

    @Test
    void aBodyWhoseManagerDeniedTheFigureIsNoWrongAnswerToWhoDeniedIt() throws Exception {
        Facts facts = InventedArticles.facts(NIGHT_BUSES);
        assertEquals(Stance.DENY, facts.statements.stream().filter(s -> s.claim().startsWith("Thirty is")).findFirst().orElseThrow()
                .attribution().stance());
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().filter(c -> c.prompt().contains("30 passengers"))
                .noneMatch(c -> c.distractors().stream().anyMatch(w -> w.contains("Harlow Buses"))), all.toString());
    }

    private static final String PIER_DENIALS = "Councillor Osric Pellow said the trust had sat on an engineer's warning about "
            + "the legs for two years. The trust contradicted him, saying the engineer's report reached it in May 2031 and was "
            + "published within a month.\n\nPellow also said the full repair would cost about 3 million crowns. The trust's "
            + "engineer, Dr Ysolde Brannock, corrected him: her estimate was 1.4 million crowns, not 3 million.\n\nThe trust "
            + "admitted that it had skipped the pier's yearly safety check in 2030 to save money. A volunteer at the pier, who "
            + "asked not to be named, said the trust planned to charge 5 crowns for entry. A post on the page Wrayfield Chat "
            + "claimed the borough had already agreed to pull the pier down. It has not.";

    @Test
    void correctedHimAnswersTheFigureAndHerBodysAdmissionIsAFairWrongAnswer() throws Exception {
        Facts facts = InventedArticles.facts("Pier appeal\n\nThe Wrayfield Pier Trust said it had raised 410,000 crowns so far.\n\n"
                + PIER_DENIALS);
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().anyMatch(c -> c.prompt().matches("Which \\w+ did Ysolde Brannock deny\\?")
                && c.key().contains("3 million crowns") && c.distractors().stream().anyMatch(w -> w.contains("skipped"))), all.toString());
    }

    @Test
    void contradictedHimAnswersTheClaimHeJustMade() throws Exception {
        Facts facts = InventedArticles.facts("Pier appeal\n\nThe Wrayfield Pier Trust said it had raised 410,000 crowns so far. "
                + "The traders' group Wrayfield Front said the pier's cafe would be let to a national chain. The Wrayfield Echo "
                + "reported that the pier's lights had been switched off to save money.\n\n" + PIER_DENIALS);
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("Pier Trust") && c.key().contains("sat on an engineer's warning")
                || c.prompt().contains("sat on an engineer's warning") && c.key().contains("Pier Trust")), all.toString());
    }

    @Test
    void itsAfterANamedSubjectStandsAloneAndHisAccountCanBeAsked() throws Exception {
        Facts facts = InventedArticles.facts("School meals\n\nWendle's schools have a new caterer after the district council ended "
                + "its contract with the local firm Brackett Kitchens. The council said the new deal would save 600,000 crowns a "
                + "year. Brackett's managing director, Anselm Tofte, said his firm had been told in July that its bid was the "
                + "cheaper of the two.\n\nThe council refuted his account, saying the winning bid had been 5 percent lower on "
                + "price. Tofte told the Wendle Advertiser that 50 kitchen staff would lose their jobs. A parents' group said "
                + "portions had shrunk since the switch. A dinner lady, who asked not to be named, told the Advertiser that the "
                + "meals arrived frozen.");
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().anyMatch(c -> (c.prompt() + " " + c.key()).contains("Brackett Kitchens had been told in July that its bid")
                && (c.prompt() + " " + c.key()).contains("district council")), all.toString());
    }

    private static final String NURSERY = "School places\n\nThe county council said 30 children had been offered places at "
            + "Fenby Primary by mistake. A parents' group said the places would now be decided by drawing names from a hat. "
            + "Its chair said the families wanted a written promise.\n\nA teacher at the school, who asked not to be named, told "
            + "the Fenby Echo that the school could take a second reception class in its empty former nursery building. The "
            + "council would not accept that the old nursery could be used for lessons, saying the building had failed a fire "
            + "inspection in 2029.\n\nA mother said she had warned council staff by phone on April 15. The council said it was "
            + "not true that anyone at the council had known of the error before offer day.";

    @Test
    void theClaimADenialAnswersIsNoWrongAnswerToWhatItDenied() throws Exception {
        Facts facts = InventedArticles.facts(NURSERY);
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().filter(c -> c.key().contains("old nursery could be used"))
                .noneMatch(c -> c.distractors().stream().anyMatch(w -> w.contains("second reception class"))), all.toString());
        assertTrue(all.stream().noneMatch(c -> (c.key() + " " + c.distractors()).contains("council was not true")), all.toString());
    }

    @Test
    void eitherIsLeftOutAndABareNounIsNoClaim() throws Exception {
        Facts facts = InventedArticles.facts("Music school\n\nThe Hexton School of Music will close on July 12 because Dunmere "
                + "County Council has cut its grant by half.\n\nThe council said the cut would save 300,000 crowns a year. \"We had a "
                + "gap of 6 million crowns and no good choices,\" said its cabinet member for learning, Councillor Ansel Brede.\n\n"
                + "The Friends of Hexton Music, a parents' group with about 500 members, said the closure would leave about 700 "
                + "children without lessons. Its chair, Wilmot Tarrant, said the council had found 1.8 million crowns for new "
                + "offices at the town hall in the same budget.\n\nThe council branded that comparison misleading, saying the "
                + "offices were paid for from a building fund that by law cannot be spent on services. It would not accept that 700 "
                + "children would lose their lessons either, saying about 400 of them were taught in their own schools.\n\nA teacher at "
                + "the school, who asked not to be named, told Radio Hexton that the building had already been sold. Mabyn Crewe, "
                + "whose two sons learn the cello there, said the news had come as a shock.");
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().noneMatch(c -> (c.prompt() + " " + c.key()).matches("(?s).*\\beither\\b.*")), all.toString());
        assertTrue(all.stream().noneMatch(c -> c.prompt().matches("Who \\w+ [Cc]omparison\\?")), all.toString());
    }

    @Test
    void theFigureChallengedIsTheOtherFigureForTheSameThing() throws Exception {
        Facts facts = InventedArticles.facts("Street lights\n\nThe county council said the lights would go off from midnight to 5am "
                + "to save money. The Marlow Night Safety Group said burglaries in Hensby had risen by 40 percent during a trial "
                + "switch-off there in 2029. Its chair, Osric Dell, said members would walk the streets with torches.\n\nMarlow "
                + "Police challenged the figure, saying recorded burglaries in Hensby had fallen from 61 to 57 during the trial "
                + "year. A lighting engineer, who asked not to be named, said the timers had already been set.");
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().anyMatch(c -> (c.prompt() + " " + c.key()).contains("risen by 40 percent")
                && (c.prompt() + " " + c.key()).contains("Marlow Police")), all.toString());
    }

    @Test
    void aBodyTheStemSpeaksOfByItsKindIsNoWrongAnswer() throws Exception {
        Facts facts = InventedArticles.facts("School places\n\nDenbury County Council said 87 children had been offered places at "
                + "Hollin Primary by mistake, and blamed a fault in software supplied by Quarrel Systems. The parents' group "
                + "Hollin Families said the council had known of the error for a week.\n\nQuarrel Systems contradicted that "
                + "account, saying the spreadsheet it received from the council on April 14 already showed all 87 children as "
                + "offered places. A teacher at the school, who asked not to be named, told the Hollin Echo that the school could "
                + "take a second class.");
        List<Candidate> all = new DenialQuestions().propose(facts).stream().map(c -> QualityFilter.check(c, facts))
                .flatMap(java.util.Optional::stream).toList();
        assertTrue(all.stream().filter(c -> c.prompt().contains("from the council"))
                .noneMatch(c -> c.distractors().contains("Denbury County Council")), all.toString());
    }
}
