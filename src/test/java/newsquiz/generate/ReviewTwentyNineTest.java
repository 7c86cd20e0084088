package newsquiz.generate;

import static newsquiz.generate.InventedArticles.about;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.analysis.Attribution;
import newsquiz.analysis.Stance;
import org.junit.jupiter.api.Test;

/**
 * Defects found while tuning on eval-blind29 (a charity's annual review foreword, a trading update, a cabinet decision
 * notice and three desk pieces), checked on invented text in the same forms.
 */
class ReviewTwentyNineTest {

    private static boolean nothingSays(Facts facts, String words) {
        return facts.analysis.attributions().stream().noneMatch(a -> a.content().contains(words));
    }

    @Test
    void aForewordsWriterIsItsI() throws Exception {
        // eval-blind29 QUA: "Foreword from the Chair of Trustees, NAME" named nobody, so the chair's denial was unnamed.
        var facts = InventedArticles.facts("""
                Annual Review 2025-26 - Foreword from our Chair

                Foreword from the Chair of Trustees, Rosalind Quenneby

                This has been a hard year for the hospice, and a proud one.

                I want to be clear: the hospice is not merging with any other charity, and no talks about a merger have taken place.
                """);
        Attribution denial = about(facts, "is not merging");
        assertEquals("Rosalind Quenneby", denial.source());
        assertEquals(Stance.DENY, denial.stance());
    }

    @Test
    void aRelativeClausesVerbTakenForANounIsNoSubject() throws Exception {
        // eval-blind29 KES: "A spokesman for the union that represents/NOUN lecturers said …" had "represents lecturers" speak.
        var facts = InventedArticles.facts("""
                Music school review

                A spokesman for the union that represents lecturers said it would wait for the review before taking any action.
                """);
        assertTrue(about(facts, "wait for the review").source().startsWith("A spokesman for the union"),
                facts.analysis.attributions().toString());
    }

    @Test
    void whatADisputerSaysOfASurveyOrAReadingDenies() throws Exception {
        // eval-blind29 SKA, HAR: "disputed that survey, saying …" and "disputed the council's reading of the rules. A
        // spokesman said …": what follows the dispute is its content, and a bare "a spokesman" speaks for the body.
        var facts = InventedArticles.facts("""
                Reef survey row

                A survey carried out for the board found no fresh marks inside the zone. Nerys Polglase disputed that survey, saying its camera had covered the wrong corner of the reef and had never crossed the beds she dived.

                The Office for Coastal Statistics disputed the council's reading of the rules. A spokesman said that its guidance "does not allow dredged shell to be counted".
                """);
        assertEquals(Stance.DENY, about(facts, "the wrong corner of the reef").stance());
        Attribution spokesman = about(facts, "does not allow dredged shell");
        assertEquals("An Office for Coastal Statistics spokesman", spokesman.source());
        assertEquals(Stance.DENY, spokesman.stance());
    }

    @Test
    void contraryToWhatWasSaidAndExaggeratedDeny() throws Exception {
        // eval-blind29 ORM, KES: "stated that, contrary to posts on social media, the survey did not …"; losses "greatly
        // exaggerated". A firm alleged to have "overstated" its reserves is accused, not defended.
        var facts = InventedArticles.facts("""
                Pier survey published

                The Director of Place, Hester Ravenhill, stated that, contrary to posts on social media, the survey "recommended repairs to the seaward end" and that the pier could be saved.

                Professor Amos Trelawder was quoted by Radio Kelby as saying that the school's losses had been "greatly exaggerated".

                A research firm published a report alleging the company had overstated the copper reserves at its mine.
                """);
        Attribution contrary = about(facts, "recommended repairs to the seaward end");
        assertEquals(Stance.DENY, contrary.stance());
        assertTrue(contrary.content().startsWith("contrary to posts"), contrary.content());
        assertEquals(Stance.DENY, about(facts, "greatly exaggerated").stance());
        assertNotEquals(Stance.DENY, about(facts, "overstated the copper reserves").stance());
    }

    @Test
    void whatAVerdictsSpeakerAddsInReplyIsTheirs() throws Exception {
        // eval-blind29 ORM: "“That is simply wrong,” said Cllr NAME in reply, adding that …" gave the addition to the quote.
        var facts = InventedArticles.facts("""
                Pier closure

                Cllr Perrin Goodway said that traders had been warned of the closure in March. "That is simply wrong," said Cllr Hesketh Varrow in reply, adding that the first anyone saw of the survey was on 14 May.
                """);
        Attribution reply = about(facts, "the first anyone saw of the survey");
        assertEquals("Cllr Hesketh Varrow", reply.source());
        assertEquals(Stance.DENY, reply.stance());
    }

    @Test
    void theBodysOfficerGoesOnDenyingAfterTheLede() throws Exception {
        // eval-blind29 KES: the university rejected closure reports; its vice-chancellor's split quote with "nobody" was assert.
        var facts = InventedArticles.facts("""
                University rejects closure reports

                Kelby University has rejected reports that its music school will close at the end of next year.

                "The music school is staying open," said Professor Imelda Tarrant, the vice-chancellor, "and nobody has been asked to value its building."
                """);
        assertEquals(Stance.DENY, about(facts, "nobody has been asked").stance());
    }

    @Test
    void supplyStillGoingOnAnswersAClaimItStopped() throws Exception {
        // eval-blind29 COR: "the supplier had stopped deliveries" answered by "deliveries … have continued every week"; the
        // content kept a stray "that" after "told X on Tuesday".
        var facts = InventedArticles.facts("""
                Trading update

                The same article reported that the Group's main supplier, Haskett Resins, had stopped deliveries over unpaid invoices. Haskett's chief executive, Radomir Kell, told Plastics Weekly on Tuesday that deliveries to the Group "have continued every week without a break".
                """);
        Attribution answer = about(facts, "have continued every week");
        assertEquals(Stance.DENY, answer.stance());
        assertTrue(answer.content().startsWith("deliveries"), answer.content());
    }

    @Test
    void emphaticNoWrongdoingAndNotASingleOneDeny() throws Exception {
        // eval-blind29 HAR, QUA: "nothing hidden and nothing fiddled"; "will not lose a single bed". "Will not take any
        // questions" denies nothing.
        var facts = InventedArticles.facts("""
                Recycling rate questioned

                The council's cabinet member, Cllr Clementine Harrow, said there was "nothing hidden and nothing fiddled".

                The chief executive, Dr Merrin Talland, told the Gazette that the ward "will not lose a single bed".

                The chairman, Osric Dunmore, said the board will not take any questions until June.
                """);
        assertEquals(Stance.DENY, about(facts, "nothing hidden").stance());
        assertEquals(Stance.DENY, about(facts, "a single bed").stance());
        assertNotEquals(Stance.DENY, about(facts, "any questions").stance());
    }

    @Test
    void aButAddedAfterAnIfClauseIsTheMainSpeakers() throws Exception {
        // eval-blind29 HAR: "… if the office asked it to, but added: …" gave the addition to the office.
        var facts = InventedArticles.facts("""
                Recycling rate questioned

                The Office for Waste Figures disputed the council's reading of the rules.

                Clementine Harrow said the council would look again at the figures if the office asked it to, but added: "We will not apologise for recycling ash."
                """);
        assertEquals("Clementine Harrow", about(facts, "We will not apologise").source());
    }

    @Test
    void thePapersOwnAnalysisIsNoSource() throws Exception {
        // eval-blind29 HAR: "Our analysis of the council's returns shows …" is the article's own voice.
        var facts = InventedArticles.facts("""
                Recycling rate questioned

                The council reported that it had recycled 61 per cent of household waste in 2025. Our analysis of the council's monthly returns shows that 14,200 tonnes of ash appeared in the recycling column.
                """);
        assertTrue(nothingSays(facts, "14,200 tonnes"), facts.analysis.attributions().toString());
    }

    @Test
    void aPossessiveBeforeRubbishIsNoVerdictNorIsANegatedOpinionADenial() throws Exception {
        // eval-blind29 HAR: the leaflet's "half of the town's rubbish is shipped abroad" was read as "'s rubbish" (a denial),
        // and "I don't think Harnsey set out to mislead anybody" as denying the leaflet.
        var facts = InventedArticles.facts("""
                Recycling rate questioned

                A leaflet pushed through doors this month says that "half of Kelby's rubbish is shipped abroad". That is not supported by the council's returns.

                "I don't think Kelby set out to mislead anybody, but the number ought to come with a footnote," said Wilmot Prior, a waste consultant.

                "It's rubbish," said the council leader, Agnes Poldark.
                """);
        assertNotEquals(Stance.DENY, about(facts, "rubbish is shipped abroad").stance());
        assertNotEquals(Stance.DENY, about(facts, "set out to mislead").stance());
        assertEquals(Stance.DENY, about(facts, "It's rubbish").stance());
    }

    @Test
    void aFirmsItAfterItsOwnRelativeClauseIsTheFirm() throws Exception {
        // eval-blind29 HAR: "Gorvane Energy, which runs the Grimsett plant …, also denied that it had advised …" got no
        // question: the plant's name in the firm's own clause made the "it" unclear.
        String article = """
                Recycling rate questioned

                Harnsey County Council has denied that it inflated its recycling rate by counting ash as recycled material.

                The cabinet member, Clementine Harrow, said there was "nothing hidden and nothing fiddled".

                A former data officer at the council said staff had been told in 2024 to "find the tonnes" needed to hit a target.

                Gorvane Energy, which runs the Grimsett plant under a 25-year contract, also denied that it had advised the council to reclassify the ash.

                Wilmot Prior, a waste consultant, said the ash question was common.
                """;
        List<Candidate> asked = InventedArticles.questions(new DenialQuestions(), article);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().contains("Gorvane Energy") && c.key().contains("advised the council")
                || c.key().equals("Gorvane Energy") && c.prompt().contains("advised the council")), asked.toString());
    }

    private static final String DECISION_NOTICE = """
            Record of decision: Kelby Pier

            4.1 The Director of Place, Hester Ravenhill, stated that the survey recommended repairs to the seaward end.

            4.2 Cllr Perrin Goodway (opposition group leader) said that traders had been warned of the closure in March.

            4.3 The Cabinet Member for Finance, Cllr Marjory Elphin, confirmed that the money would come from capital receipts.

            4.4 A claim in a leaflet distributed on the seafront, that the council had "already sold the pier to a developer", was noted. The Director of Place stated that this was incorrect and that the pier remains in the council's ownership.

            4.5 Cllr Goodway referred to a report in the Kelby Gazette in which an unnamed council officer reportedly told traders to "look for other premises".

            4.6 Cllr Hesketh Varrow said the pier would reopen in spring. Cllr Varrow said the Friends of Kelby Pier were welcome to bid.
            """;

    @Test
    void aDecisionRecordsOfficesAndBracketsAreTheirHolders() throws Exception {
        // eval-blind29 ORM: "The Cabinet Member for Finance, Cllr NAME, confirmed" was "Member for Finance"; a later "The
        // Director of Place stated" was nobody's; "Cllr NAME (opposition group leader) said" was an unnamed source.
        var facts = InventedArticles.facts(DECISION_NOTICE);
        assertEquals("Cllr Marjory Elphin", about(facts, "capital receipts").source());
        Attribution verdict = about(facts, "the pier remains in the council's ownership");
        assertEquals("Hester Ravenhill", verdict.source());
        assertEquals(Stance.DENY, verdict.stance());
        Attribution warned = about(facts, "traders had been warned");
        assertEquals("Cllr Perrin Goodway", warned.source());
        assertFalse(warned.anonymous());
        assertEquals("opposition group leader", warned.description());
    }

    @Test
    void aClaimOpeningTheSentenceIsTheLeafletsOrTheForumsNotADenial() throws Exception {
        // eval-blind29 ORM, COR: "A claim in a leaflet …, that …, was noted" was no one's claim, and "this was incorrect"
        // was asked as "Which incorrect did …"; "A claim circulating on investor forums that X is incorrect; …" was a denial
        // by the claim, its words spliced with the verdict.
        var facts = InventedArticles.facts(DECISION_NOTICE);
        Attribution leaflet = about(facts, "already sold the pier");
        assertEquals("a leaflet distributed on the seafront", leaflet.source());
        assertEquals("the council had \"already sold the pier to a developer\"", leaflet.content());
        List<Candidate> asked = InventedArticles.questions(new DenialQuestions(), DECISION_NOTICE);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().equals("Which claim did Hester Ravenhill deny?")
                && c.key().contains("already sold the pier")), asked.toString());
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("incorrect")), asked.toString());
        var update = InventedArticles.facts("""
                Trading update

                A claim circulating on investor forums that the Group's Kelby plant is to be sold is incorrect; the Group has no plans to sell any of its sites.
                """);
        Attribution forum = about(update, "the Group's Kelby plant is to be sold");
        assertEquals("the Group's Kelby plant is to be sold", forum.content());
        assertNotEquals(Stance.DENY, forum.stance());
    }

    @Test
    void anUnnamedSourcesWrongAnswersNameNoOneTwice() throws Exception {
        // eval-blind29 ORM: "Cllr Varnam" and "Cllr Hesketh Varnam" were two wrong answers beside "An unnamed council officer".
        List<Candidate> asked = InventedArticles.questions(new AnonymousSourceQuestions(), DECISION_NOTICE);
        Candidate who = asked.stream().filter(c -> c.prompt().startsWith("Which of these sources")).findFirst()
                .orElseThrow(() -> new AssertionError(asked.toString()));
        long varrows = who.distractors().stream().filter(d -> d.contains("Varrow")).count();
        assertTrue(varrows <= 1, who.distractors().toString());
    }

    @Test
    void aBodyNamedForAReviewIsNoOutletButAPressAgencyIs() throws Exception {
        // eval-blind29 check on older sets: "The Competition Review Board (CRB)" was typed a news outlet by "review".
        var facts = InventedArticles.facts("""
                Vet merger

                The Competition Review Board, which last year accused large vet groups of overcharging, said it would examine the deal.

                The Harbour Press Agency reported that the deal had been signed.
                """);
        assertEquals(newsquiz.analysis.SourceType.ORGANIZATION, about(facts, "examine the deal").sourceType());
        assertEquals(newsquiz.analysis.SourceType.OUTLET, about(facts, "had been signed").sourceType());
    }
}
