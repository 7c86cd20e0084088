package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Denials the analysis finds that once made no question a teacher could keep (the eval-blind11 and eval-blind12 quiz
 * checks), each on invented text: a quotation that holds the verb, a named body's spokeswoman, a claim that names its
 * own speaker, and a building that stands for the council.
 */
class DenialCoverageTest {
    private static List<Candidate> kept(String article) throws Exception {
        Facts facts = InventedArticles.facts(article);
        return new DenialQuestions().propose(facts).stream().filter(c -> QualityFilter.check(c, facts).isPresent()).toList();
    }

    @Test
    void aQuotationThatHoldsTheVerbStillMakesAWhoSaidQuestion() throws Exception {
        List<Candidate> asked = kept("""
                Fake leaflet row in by-election

                A leaflet claimed that the Green candidate had been endorsed by the bishop. Mr Tom Ashdown disowned it straight away. Speaking to Radio Pennock on Monday, he said the leaflet "did not come from us".

                Mary Pike, the Labour candidate, said the bishop had endorsed nobody. Rosa Kemp said the count would start at ten.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().contains("the leaflet \"did not come from us\"") && c.key().equals("Tom Ashdown")),
                asked.toString());
    }

    @Test
    void aCouncilSpokeswomanIsSomeoneAReaderCanPickOut() throws Exception {
        List<Candidate> asked = kept("""
                Parking complaints figure disputed

                Cllr Tom Bracewell said the council had received more than 3,000 complaints about the app.

                "We do not recognise the figure of 3,000, and we never gave it to anyone," a council spokeswoman said.

                Imogen Slade, of ParkPal, said the app had been updated in May. A spokesman for Northbridge Building Society said refunds were being made.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("A council spokeswoman")), asked.toString());
    }

    @Test
    void aClaimThatNamesItsSpeakerIsAskedWithThePronounTheArticleUsed() throws Exception {
        List<Candidate> asked = kept("""
                Bee deaths blamed on farmer

                Posts in a Facebook group claimed that the hives were poisoned deliberately by a landowner.

                Giles Pardoe, whose farm is named in the posts, said he had "never touched a hive in my life" and had asked the group's administrators to take the posts down.

                Margaret Tull said she had lost nine hives. Dr Helen Marsh said samples had been sent for testing.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().endsWith("Pardoe") && c.prompt().contains("\"never touched a hive in my life\"")
                && !c.prompt().contains("administrators")), asked.toString());
    }

    @Test
    void countyHallIsNoWrongAnswerBesideTheCouncilsSpokesman() throws Exception {
        Facts facts = InventedArticles.facts("""
                Verge spraying row

                County Hall hit back on Wednesday, saying that not a drop of insecticide had gone on to a county verge this year. "The verges were treated with a weedkiller," a council spokesman said.

                Margaret Tull said her hives had collapsed. Paul Vetch, of Greenline Grounds, said his crews were elsewhere.
                """);
        assertTrue(facts.mayBeSame("County Hall", "A council spokesman"));
        assertFalse(facts.mayBeSame("County Hall", "Margaret Tull"));
    }

    @Test
    void aSheAfterTheOutletsThatCarriedHerWordsIsStillHer() throws Exception {
        List<Candidate> asked = kept("""
                Councillor denies shares claim

                A caller, Jim Pardew, repeated a claim that the council leader, Councillor Rosa Delaney, holds shares in Tidewatch.

                Speaking to the podcast Harbour Lights last week, in remarks later reported by the South Coast Echo, Cllr Delaney said she held "no shares in Tidewatch, and no shares in anything else either".

                Graham Liddle said fines had fallen. Trevor Banham said his takings were down.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().endsWith("Delaney") && c.prompt().contains("\"no shares in Tidewatch")),
                asked.toString());
    }

    @Test
    void aBodySpeakingOfItsOwnStaffIsAskedAsWhichOrganisation() throws Exception {
        // A firm named for its trade ("… Maintenance") is a firm too, not a person.
        for (String firm : List.of("Hartwell Builders Ltd", "Brightwell Maintenance")) {
            List<Candidate> asked = kept("""
                    Mould row on estate

                    A plasterer told the committee that operatives had been told to "paint over it and move on".

                    In an email to the association, %s said its operatives "have never been instructed to paint over mould, and would refuse if they were".

                    Castlegate Homes said it would inspect every flat. The Northfield Tenants Union said the survey was welcome. Moira Quint said her flat was damp.
                    """.formatted(firm));
            assertTrue(asked.stream().anyMatch(c -> c.key().equals(firm)
                    && c.prompt().startsWith("Which organisation said that its operatives")), asked.toString());
        }
    }

    @Test
    void aBodysDenialThatFitsNoOtherFormIsAskedAsWhatItSaid() throws Exception {
        List<Candidate> asked = kept("""
                Ferry operator says no sailings were cancelled

                The Wenlow harbour authority said on Tuesday that it had not cancelled any ferry sailings this week, after a post on Facebook claimed that it had cancelled every sailing to the islands.

                Skipper Ronan Hale said the morning crossings had run as normal on Monday and Tuesday. A post on a community forum said the queues had stretched back to the station. Police said the first post may have been written as a joke.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().equals("According to the article, what did the Wenlow harbour authority say?")
                && c.key().equals("The authority had not cancelled any ferry sailings this week")), asked.toString());
    }

    @Test
    void aQuotedDenialIsAlsoAskedAsWhichContestedClaimItAnswered() throws Exception {
        List<Candidate> asked = kept("""
                Cheese maker accused over milk

                A lorry driver told the Valley Echo that he had driven a milk tanker from the plain to the dairy.

                The regional daily Tribuna reported that the consortium had suspended the dairy's right to use the Serenello name. A post on Facebook claimed that the cheese was sold in Austria under another label.

                "No milk from the plain has ever come into this dairy, not in a tanker and not in a bucket," the dairy's owner, Ettore Basso, said.

                Giulio Pedro, who farms nearby, said the summer pastures had been the best in twenty years. Marta Zan, of the consortium, said its inspectors would visit in May.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().equals("Which report did Ettore Basso deny?")
                && c.key().contains("driven a milk tanker from the plain")), asked.toString());
    }

    @Test
    void anItsInAWhoStemIsAskedOfAnOrganisation() throws Exception {
        List<Candidate> asked = kept("""
                Bakery denies using frozen dough

                A post on Facebook claimed that Harlow Foods Ltd had sold frozen dough as fresh bread.

                Harlow Foods Ltd said not one of its loaves had ever been made from frozen dough. Its owner, Ann Reid, later told the Echo that she had called the post "a joke in poor taste".

                A customer, Tom Fell, said the bread tasted the same as ever. The Food Standards Office said it had received no complaint about the bakery. Mia Holt, who runs a rival shop, said she had never seen a delivery van at the bakery. Brightflour Mills Ltd said it supplied the bakery with flour every week.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().equals(
                "Which organisation said that not one of its loaves had ever been made from frozen dough?")), asked.toString());
        assertTrue(asked.stream().noneMatch(c -> c.prompt().startsWith("Who said that not one of its")), asked.toString());
    }

    @Test
    void aCounterStatementIsAskedAsTheClaimItAnswered() throws Exception {
        List<Candidate> asked = kept("""
                Sale price row at the mart

                The record tup sold for 52,000 guineas on Saturday. A message in a WhatsApp group claimed that the tup had been sold twice, the second time privately. Another post claimed that the buyers had been paid by a feed company. A third alleged that the auctioneer had taken bids from the wall.

                "It has not been sold twice. It has been sold once, to one buyer," James Aitken, who bred the tup, said.

                Shona Reid said the mart had received no complaint. Tom Hollins said the partnership had bought the tup to improve its flock.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().equals("Which claim did James Aitken deny?")
                && c.key().contains("sold twice") && c.priority() > 65), asked.toString());
    }

    @Test
    void aClaimThatOnlySharesTheStorysNamesIsNoClaimItAnswered() throws Exception {
        List<Candidate> asked = kept("""
                Betting questions after the handicap

                The Sunday Courier reported that Quiet Harbour had been laid out for the race at Ashgrove. The paper also claimed that stewards had ignored a complaint from a rival trainer.

                The Integrity Unit said it had opened no investigation into the betting on Quiet Harbour at Ashgrove.

                Declan Ruane, who trains the runner-up, said his horse had been unlucky. Aoife Kerr said she had ridden to orders.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.key().contains("laid out")), asked.toString());
    }

    @Test
    void anotherPartysOwnDenialIsNoClaimADenialAnswered() throws Exception {
        List<Candidate> asked = kept("""
                Containers lost in storm

                Two lashers at the terminal said worn twistlocks had been reported to the ship before she left. Annika Voss, of the
                charterer, told the Harbour Gazette: "No one in this office handed that ship a clock to race." Posts on a forum claimed
                that the ship's certificate had expired.

                Piet Vander, the terminal's manager, said there were no worn twistlocks on that ship, "and no lasher handed us any report."

                The coastguard said four boxes had come ashore. Ingrid Sol, an underwriter, said premiums would rise.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.key().contains("clock to race")), asked.toString());
    }

    @Test
    void oneLongWordTheArticleKeepsForClaimAndDenialTiesThem() throws Exception {
        List<Candidate> asked = kept("""
                Cottage sale row

                A post on a village forum claims the cottage has been underpinned twice. Another post alleged that the vendors had
                hidden a flood report. A third claimed the guide price had been cut.

                "It has never been underpinned, by us or by anybody before us," Felix Osei, the vendor, said.

                Toby Marsh, the agent, said there had been 23 viewings. Hilda Prior, a historian, said the poet had visited once.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().equals("Which claim did Felix Osei deny?")
                && c.key().contains("underpinned twice")), asked.toString());
    }
}
