package newsquiz.generate;

import static newsquiz.generate.InventedArticles.about;
import static newsquiz.generate.InventedArticles.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsquiz.analysis.Stance;
import org.junit.jupiter.api.Test;

/**
 * What the eval-blind31 texts showed the analysis getting wrong, checked on invented text: a warning letter's and a
 * notice's "the company", a speaker named after "said our technical director,", a subject's clause with "that week" in
 * it, goods recalled and a show withdrawn from, and the stance of findings renamed, faults owned and views held back.
 */
class ReviewThirtyOneTest {

    @Test
    void theCompanyOfANoticeIsTheOneItIsAddressedTo() throws Exception {
        Facts facts = facts("""
                Improvement notice: Ashgrove Court flats, fire alarm

                To: Pellinor Homes Ltd, the responsible person for Ashgrove Court, 3 Mill Row, Kestwick

                1. Representations

                1.1 The building manager, Ms Orla Vantry, denied that the alarm had been switched off.

                1.2 The alarm installer, Corvenna Systems, confirmed in writing that the panel was tested on 2 March.

                1.3 The company accepted that the fire risk assessment should have been reviewed in 2024.
                """);
        assertEquals("Pellinor Homes Ltd", about(facts, "fire risk assessment").source());
    }

    @Test
    void aShowIsNoCompany() throws Exception {
        Facts facts = facts("""
                Dear Mr Quennell,

                A visitor told us that staff on your stand at the Brenfield County Show had offered free samples.
                Your adviser, Ms Ada Morrow, stated that no member of your staff worked at the Brenfield County Show in 2025.
                The company accepted that the word "cure" appeared in 14 reviews on its website.
                """);
        assertTrue(!about(facts, "the word").source().contains("Show"), "a show said nothing: " + about(facts, "the word"));
    }

    @Test
    void aSpeakerAfterSaidOurRoleIsTheOneNamed() throws Exception {
        Facts facts = facts("""
                Safety notice: Brightcell batteries

                A report in the Kestwick Star said that two packs had caught fire. The report was wrong, said our technical director, Imelda Roskear.
                """);
        var verdict = about(facts, "The report was wrong");
        assertEquals("Imelda Roskear", verdict.source());
        assertEquals(Stance.DENY, verdict.stance());
    }

    @Test
    void thatBeforeATimeWordOpensNoClauseInTheSubject() throws Exception {
        Facts facts = facts("""
                Beech felled in Corland Wood

                A forestry worker who was on the site that week, and who spoke on condition of anonymity, told the Corland Gazette that the beech had been "standing when we got there."
                """);
        var worker = about(facts, "standing when we got there");
        assertTrue(worker.source().startsWith("A forestry worker"), worker.source());
        assertTrue(worker.anonymous());
    }

    @Test
    void goodsRecalledAndAShowWithdrawnFromReportNothing() throws Exception {
        Facts facts = facts("""
                Warning letter to Tollan Herbs Ltd

                Dear Ms Tollan,

                Your adviser, Mr Piers Ebdon, stated that no member of your staff worked at the show, the company having withdrawn from the show in May.

                You must stop selling the tea at once and recall all stock from retailers within 14 days.
                """);
        assertEquals("Piers Ebdon", about(facts, "no member of your staff").source());
        assertTrue(facts.analysis.attributions().stream().noneMatch(a -> a.content().contains("stock")
                        || a.source().contains("company")),
                facts.analysis.attributions().toString());
    }

    @Test
    void findingsRenamedAfterADenialAreDenied() throws Exception {
        Facts facts = facts("""
                Boiler firm denies overcharging older customers

                Harlow Cover has denied that it charged older customers more. "We do not look at a customer's age when we set a price, and we never have," said Ivo Quarrel, its managing director. He called the group's figures "a comparison of apples with old boilers."

                Dear Mr Brisk,

                In your reply of 2 February you denied that the tea had been sold as a cure. You described our laboratory result as "a test of somebody else's batch."
                """);
        assertEquals(Stance.DENY, about(facts, "apples with old boilers").stance());
        var renamed = about(facts, "somebody else's batch");
        assertEquals(Stance.DENY, renamed.stance());
        assertTrue(renamed.content().startsWith("our laboratory result"), "the verb is not its own content: " + renamed.content());
    }

    @Test
    void aFaultOwnedAfterAnAdmissionIsAnAdmission() throws Exception {
        Facts facts = facts("""
                Boiler firm admits letters were unclear

                Ivo Quarrel, the managing director of Harlow Cover, acknowledged that some customers had not been told they could switch plans. "That should have been in the letter, and it will be from April," he said.
                """);
        assertEquals(Stance.CONFIRM, about(facts, "should have been in the letter").stance());
    }

    @Test
    void aViewHeldBackIsAnOpinionNotAnAssertion() throws Exception {
        Facts facts = facts("""
                Residents split over bar's licence

                The Marlow Street Residents' Association said in its written representation that it did not think closing the bar was the answer.
                "I am not saying they are crooks, but nobody rang me to explain it," said Edna Pollard, 78.
                Mr Amos Tull stated that he did not believe the product could harm anyone.
                """);
        var association = about(facts, "closing the bar");
        assertEquals("Marlow Street Residents' Association", association.source());
        assertEquals(Stance.OPINION, association.stance());
        assertTrue(association.content().startsWith("it did not think"), association.content());
        assertEquals(Stance.OPINION, about(facts, "not saying they are crooks").stance());
        assertEquals(Stance.OPINION, about(facts, "could harm anyone").stance());
    }

    @Test
    void whatYouWouldExpectIsNoPrediction() throws Exception {
        Facts facts = facts("""
                Player denies throwing leg

                Ruth Ashby, his manager, said the player had been nursing a wrist injury and had thrown "exactly the darts you would expect from a man with a strapped wrist."
                """);
        assertTrue(about(facts, "wrist injury").stance() != Stance.PREDICT, about(facts, "wrist injury").toString());
    }

    @Test
    void aBusinessTheLedeDescribesIsTheOneNamedLater() throws Exception {
        Facts facts = facts("""
                Contractor denies felling nest tree

                A forestry contractor has denied that its crews cut down a pine that held an osprey nest, saying the tree fell in a storm.

                The group's chair, Ada Pell, said she had found the stump with saw marks.

                Corrin Forestry's operations manager, Rees Amble, said his crews had only cleared fallen timber.
                """);
        var lede = about(facts, "cut down a pine");
        assertEquals("Corrin Forestry", lede.source());
        assertTrue(!lede.anonymous(), "a business the article names is not an unnamed source");
    }

    @Test
    void aRecordShowsWhatABodyOnlyViewed() throws Exception {
        Facts facts = facts("""
                Decision notice: review of the premises licence for The Copper Kettle

                3.1 The Sub-Committee viewed the CCTV. It shows the front doors locked at 1.55am.
                """);
        assertTrue(facts.analysis.attributions().stream().noneMatch(a -> a.source().contains("Sub-Committee")),
                facts.analysis.attributions().toString());
    }

    @Test
    void aSuggestionPlacedOnAForumIsStillTheOneRejected() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Safety notice: Brightcell e-bike batteries

                A spokesperson for the Product Safety Directorate said the recall "was not ordered by us". Meredith Wetherden of the charity Pedal Forward said the fault was "not a reason to stop riding". Gearloft said the packs contained "counterfeit cells". Our chief executive, Fulke Polwhele, called the suggestion on a cycling forum that the notice was issued to hide a wider fault in the bikes' motors "simply wrong."
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("Fulke Polwhele") && c.prompt().contains("hide a wider fault")),
                asked.toString());
        assertTrue(asked.stream().noneMatch(c -> c.key().equals("Fulke Polwhele") && c.prompt().contains("not ordered")),
                "he did not reject the Directorate's words: " + asked);
    }

    @Test
    void aReportRejectedJustAfterIsNoTrueStatement() throws Exception {
        var asked = InventedArticles.questions(new TrueFalseNotGivenQuestions(), """
                Safety notice: Brightcell e-bike batteries

                A report in the Kestwick Star on 4 March said that two packs had caught fire in homes in the town. The report was wrong, said our technical director, Imelda Roskear. The cycling charity Pedal Forward said that riders should check their batteries tonight.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("caught fire")), asked.toString());
    }

    @Test
    void aSpanOfTimeKeepsWhatItIsMeasuredFrom() {
        String cut = Phrasing.wholeClauses("officers had seen door staff admit customers at 2.40am on 14 February forty minutes after the last "
                + "entry time on the licence", 20);
        assertTrue(!cut.endsWith("minutes"), cut);
    }

    @Test
    void anExplanationClosesTheDescriptionBeforeWho() throws Exception {
        var asked = InventedArticles.questions(new AttributionQuestions(), """
                Darts player denies throwing a leg

                Sperrin's manager, Gwendolyn Ashbrittle, said the player had been nursing a wrist injury that night. Leocadia Qwenby, a lecturer, said the betting pattern was "not proof of anything on its own." Benedek Strawless said he had noticed nothing odd about his opponent's play. Brackmoor Forestry's operations manager, Rainald Ulverholt, said the crews had cleared fallen timber.
                """);
        var qwenby = asked.stream().filter(c -> c.key().equals("Leocadia Qwenby") && c.prompt().startsWith("Who")).findFirst()
                .orElseThrow(() -> new AssertionError(asked.toString()));
        assertTrue(qwenby.explanation().contains("Leocadia Qwenby, a lecturer, who said"), qwenby.explanation());
        asked.stream().filter(c -> c.key().equals("Rainald Ulverholt")).forEach(c ->
                assertTrue(!c.explanation().contains("the Brackmoor"), c.explanation()));
    }

    @Test
    void anOrganisationsOwnDeedIsAskedOfOrganisationsWithoutItsReason() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Boiler firm denies doubling prices

                Harlow Cover Ltd has denied that it quietly doubled renewal prices for older customers, saying that every renewal was priced by the age of the boiler.

                Pennyworth Watch, a consumer group, said it had compared 212 renewal letters sent to its members.

                The Energy Ombudsman said it had seen no rise in complaints about the firm over the past year.

                Brightwell Insurance said it would look at its own renewal letters.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("Harlow Cover Ltd")
                && c.prompt().equals("Which organisation denied that it quietly doubled renewal prices for older customers?")), asked.toString());
    }

    @Test
    void aBodysOwnItInsideTheClaimIsAskedOfOrganisations() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Spice merchant denies bulking out saffron

                Corran Spice Company has denied that saffron it sold to restaurants last winter was bulked out with dyed petals.

                Tests by the magazine Plateful found petals in two of five samples. Haldor Trading, a wholesaler, said it had never bought petals.

                The Guild of Fine Grocers said it would ask its members to test their saffron. Plateful said it stood by its tests.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("Corran Spice Company")
                && c.prompt().startsWith("Which organisation denied that saffron it sold")), asked.toString());
    }

    @Test
    void aDenialPointingBackIsNoTrueOrFalseStatement() throws Exception {
        var asked = InventedArticles.questions(new DenialTrueFalseQuestions(), """
                Shipping firm rejects claims over lost containers

                Two crew members told the Gullhaven Lookout, on condition of anonymity, that the master had been told to sail at six o'clock.

                "That conversation did not take place," Skellmark's operations director, Torvald Quennock, said.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("conversation did")), asked.toString());
    }

    @Test
    void aLetteredConditionsLetterIsNoPartOfWhatItSays() {
        String condition = "(a) the last entry time is brought forward to 1am;";
        assertEquals(4, new newsquiz.article.Sentence(0, 0, condition, 0, condition.length()).wordsStart());
        String brackets = "(the applicant) said it would appeal.";
        assertEquals(0, new newsquiz.article.Sentence(0, 0, brackets, 0, brackets.length()).wordsStart());
    }
}
