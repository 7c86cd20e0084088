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
}
