package newsquiz.generate;

import static newsquiz.generate.InventedArticles.facts;
import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.analysis.SourceType;
import org.junit.jupiter.api.Test;

/**
 * What the evaluation sets showed at stop 37, checked on invented text: a business described as "a factory" typed a
 * person, "his company" and "the company" in a person's words that pointed at nobody once asked without him, and "A rumour
 * that … is wrong" that made no denial question at all, and a rebuttal of what the narration just said keyed to an earlier claim.
 */
class ReviewThirtySevenTest {

    private static Statement statementBy(Facts facts, String speakerStart) {
        return facts.statements.stream().filter(s -> s.speaker().startsWith(speakerStart)).findFirst()
                .orElseThrow(() -> new AssertionError(speakerStart + " not among " + facts.speakers.keySet()));
    }

    @Test
    void aNameDescribedAsAFactoryIsABody() throws Exception {
        Facts facts = facts("""
                Knitwear ruling

                Brackmoor Knitwear, a factory in the Borders that the complainants named, told the panel it had "never made so much as a sleeve" for the brand.
                A knitter, who asked not to be named, said the panels had arrived already knitted.
                """);
        assertEquals(SourceType.ORGANIZATION, facts.speakers.get("Brackmoor Knitwear").type(), facts.speakers.toString());
    }

    @Test
    void hisCompanyIsTheBodyHisDescriptionNames() throws Exception {
        Facts facts = facts("""
                Rink sale

                The developers, Quillan Estates, reportedly bought the old depot beside the rink in the summer.
                Quillan's managing director, Osric Pellow, told the Sentry on Friday that his company had "never made an approach to the rink and has no interest in one."
                """);
        Statement s = statementBy(facts, "Osric Pellow");
        assertTrue(s.claim().startsWith("Quillan Estates had"), s.claim());
    }

    @Test
    void theCompanyAfterItsFounderIsTheBodyNamedJustBefore() throws Exception {
        Facts facts = facts("""
                Bridal shop

                Another rumour was that the gown maker Tessaly Ltd had destroyed orders it had not been paid for.
                Its founder, Marguerite Osk, told a trade paper that the company "has not thrown away a single dress and is not going to."
                """);
        Statement s = statementBy(facts, "Marguerite Osk");
        assertTrue(s.claim().startsWith("Tessaly Ltd \u201chas not thrown") || s.claim().startsWith("Tessaly Ltd \"has not thrown"), s.claim());
    }

    @Test
    void aPersonWithNoNamedEmployerKeepsTheWords() throws Exception {
        Facts facts = facts("""
                Rink sale

                A local builder, Osric Pellow, told the Sentry on Friday that the company had "never made an approach to the rink."
                """);
        Statement s = statementBy(facts, "Osric Pellow");
        assertTrue(s.claim().startsWith("The company"), s.claim());
    }

    @Test
    void aRumourCalledWrongIsTheClaimDenied() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), """
                Lido questions

                The Saltby Echo reported last week that an adult season ticket would rise to 190 pounds.
                A rumour that the cafe lease had been given to a national chain is wrong, said the trust's chair, Mrs Imelda Corrant.
                The treasurer, Mr Fintan Hollis, said the adult season ticket goes up from 118 pounds to 126 pounds.
                The lifeguard manager, Ms Odile Brack, said the water is tested every two hours.
                """);
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Who denied the rumour that the cafe lease had been given to a national chain?")
                && c.key().equals("Imelda Corrant")), all.toString());
    }

    @Test
    void claimsABodyCallsUntrueAreClaimsAboutItself() {
        String[] named = DenierWording.namedClaimCalledUntrue(
                "that claims it had kept the centre open for a week after the first positive result were \u201cnot remotely true\u201d");
        assertEquals("claim", named[0]);
        assertTrue(named[1].startsWith("it had kept the centre open"), named[1]);
        assertEquals(null, DenierWording.namedClaimCalledUntrue("The claims were reported in the Echo on Monday"));
    }

    @Test
    void aDenialAnsweringTheNarrationIsNotKeyedToAnEarlierClaim() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), """
                Car park charges

                A Facebook group set up by drivers in September now has more than 2,000 members. Posts in the group claim the cameras at the site are running an hour fast, turning a short visit into a charge. One member wrote that she had been billed for a stay that began before the shop had even opened.
                Parkwell UK, which installed the cameras in June, dismissed the suggestion out of hand. "Our cameras take their time from a satellite clock," a spokesman, Tobias Fenn, said in an email.
                Drivers in the group have also claimed that the owner of the retail park takes a share of every charge. The owner, Haverby Estates, said in a statement that it "does not take a penny from the charges, and never has".
                Hollin Foods, whose supermarket is the park's largest store, was named in one widely shared post as the business that had asked for the cameras to keep commuters out. "We never asked for cameras, and we were not consulted about the charges," the chain's regional manager, Bethan Oriel, told Radio Haverby.
                A councillor, Mair Pellow, said the signs at the northern entrance had been hidden behind a trolley shelter for three weeks.
                """);
        assertTrue(all.stream().anyMatch(c -> c.key().equals("Bethan Oriel")), all.toString());
        assertTrue(all.stream().filter(c -> c.key().contains("hour fast")).noneMatch(c -> c.prompt().contains("Bethan Oriel")),
                all.toString());
    }

    private static List<Candidate> denialQuestionsOn(String resource) throws Exception {
        return questions(new DenialQuestions(), java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources", resource)));
    }

    @Test
    void theSuggestionDismissedIsWhatThePostsClaimedNotTheAccountAfterIt() throws Exception {
        List<Candidate> all = denialQuestionsOn("eval-blind22/ormsgate-car-park-anpr-motoring-correspondent.txt");
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("dismissed the suggestion that the ANPR cameras")), all.toString());
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("ParkSentinel") && c.key().contains("billed")), all.toString());
    }

    @Test
    void aQuotationCarryingOnARebuttalIsNotKeyedToALaterClaimItSharesWordsWith() throws Exception {
        List<Candidate> all = denialQuestionsOn("eval-blind19/formula-prices-watchdog-business.txt");
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("Mbatha-Rowe") && c.key().contains("could order makers")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.key().equals("Helen Mbatha-Rowe")), all.toString());
    }

    @Test
    void theCompanyIsTheOneNamedJustBeforeNotAnEarlierMakerOfTheRightKind() throws Exception {
        Facts facts = facts("""
                Markets close

                The index closed lower on Tuesday, while the bicycle maker Corvello had its best day since it listed after confirming it had been approached by a rival.
                Corvello said talks were at an early stage.

                Mining

                Tamsett Mining, which runs two copper mines, fell 6.3% after the short seller Brindle Research published a report alleging that the company had overstated its copper reserves.
                Brindle, which profits if the shares fall, disclosed a short position.
                "The reserve figures were audited twice," said Tamsett's chief financial officer, Dmitri Oyelo, on a call with analysts.
                The company later called the Brindle document "a sales brochure for a short position".
                """);
        Statement s = facts.statements.stream().filter(x -> x.claim().contains("sales brochure")).findFirst().orElseThrow();
        assertEquals("Tamsett Mining", s.speaker(), facts.statements.toString());
    }

    @Test
    void aLawyersItIsNeverTheLawyer() throws Exception {
        Facts facts = facts("""
                Perfume trial

                Supporters handed out leaflets claiming that Maison Orvell had admitted its own factory supplied the bottles.
                That claim is false: no such admission appears in any statement put before the court, and the company's lawyer told reporters it had never been made.
                """);
        Statement s = statementBy(facts, "The company's lawyer");
        assertTrue(s.claim().startsWith("It had never been made"), s.claim());
    }

    @Test
    void aSentencesFullStopIsNoPartOfTheNameBeforeIt() throws Exception {
        Facts facts = facts("""
                Pool closure

                The disease is caught by breathing in fine droplets of contaminated water, not by swallowing it, according to the NHS.
                Another visitor, W.J., wrote that the showers had been cold for weeks.
                """);
        assertTrue(facts.speakers.containsKey("NHS") || facts.speakers.containsKey("The NHS"), facts.speakers.toString());
        assertTrue(facts.speakers.keySet().stream().noneMatch(n -> n.endsWith("NHS.")), facts.speakers.toString());
        assertTrue(facts.speakers.containsKey("W.J."), "an initial keeps its full stop: " + facts.speakers);
    }
}
