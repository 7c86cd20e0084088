package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defects found while measuring denial coverage in stop 22 and in the eval-blind22 review, each on invented text. */
class ReviewTwentyTwoTest {
    @Test
    void anOfficeHolderIsNotKnownToBeTheGroupWhoseClaimSheAnswers() throws Exception {
        // "The chair, Fiona Baird" names no body, so she is never a wrong answer beside Sealoch Watch; that does not make
        // the group's claim her own words, which her denial could not answer (skerrow: "Whose denial is this?" instead).
        Facts facts = InventedArticles.facts("""
                Fish farm meeting

                Campaign group Sealoch Watch has claimed that the firm hid the deaths of 200,000 fish from investors.

                The chair, Fiona Baird, answered without notes. "Not one of the fish deaths has been hidden from this room," she said.
                """);
        assertTrue(facts.mayBeSame("Sealoch Watch", "Fiona Baird"));
        assertFalse(facts.knownSame("Sealoch Watch", "Fiona Baird"));
        assertTrue(facts.knownSame("Fiona Baird", "Fiona Baird"));
    }

    @Test
    void aShortWordCarriesTheThreadBetweenClaimAndDenial() throws Exception {
        // "taking bids 'off the wall'" and "I took no bid off the wall": "bid" is three letters long (tarnside).
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Auction row

                A record price was paid for a ram at the Kettleby mart on Saturday.

                By Sunday a message in a farmers' group claimed that there had been no second bidder, and that the auctioneer had been taking bids 'off the wall'.

                A second message claimed that the ram had been sold twice, the second time privately.

                A third claimed that the buyer had paid with borrowed money.

                The auctioneer, Gareth Pennock-Hale, said the second bidder was a breeder from Wales. 'I took no bid off the wall on Saturday, and I never have,' he said.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().equals("Which claim did Gareth Pennock-Hale deny?") && c.key().contains("off the wall")),
                asked.toString());
    }

    @Test
    void aStoryNamedByItsTopicIsTheClaimAboutThatTopic() throws Exception {
        // "called the loaders story …": not the go-slow report nor the post's first clause about a contractor (review22 KET q12).
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Bin rounds

                A local paper reported that crews had been leaving whole streets off their rounds as part of a go-slow.

                A post on a community Facebook page says the council is about to hand refuse collection to a private contractor, and that crews will go from three loaders to two.

                A supervisor said the two-loader idea was "floated in a meeting last autumn and dropped".

                The council's head of waste, Anjali Venmore, said that no contract for refuse collection was being drafted.

                A council spokeswoman called the loaders story "a misreading of a spreadsheet". "No loader's job is being cut, on any round, this year," she said.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("A council spokeswoman")), asked.toString());
        assertTrue(asked.stream().noneMatch(c -> c.key().equals("A council spokeswoman") && c.prompt().contains("go-slow")
                || c.key().equals("A local paper")), asked.toString());
    }

    @Test
    void aPersonIsNotCalledByInitialsThatHappenToFit() throws Exception {
        // "Philippa Trenowden-Amofah (PTA)" in five choices, though the PTA is the parents' association (review22).
        Facts facts = InventedArticles.facts("""
                School news

                Our chair of governors, Mrs Philippa Trenowden-Amofah, said the governors had never discussed selling the minibus.

                From the PTA

                The PTA said the quiz night raised £1,146 for new reading books.
                """);
        assertTrue(facts.analysis.sources().stream().filter(e -> e.name().equals("Philippa Trenowden-Amofah"))
                .allMatch(e -> !e.aliases().contains("pta")), facts.analysis.sources().toString());
    }

    @Test
    void aDenierDescribedWithARelativeClauseKeepsItsHeadNoun() throws Exception {
        // "the company that runs it": its head noun is "company", not "it" (review22: "That the it had cut back …").
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Ferry stranded

                A ferry stopped in mid-river on Tuesday, and the company that runs it has rejected claims that it had cut back on engine checks to save money.

                Two engineers, speaking on condition that they not be named, said weekly checks on the engine had been moved to once a month in May.

                The Riverside Gazette reported that the ferry's second engine had failed twice in May.

                The Harbour Authority said it had sent two inspectors to the ferry.
                """);
        // Since review24 the denier's own "it" stays, which never reads as "the it".
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("That it had cut back on engine checks to save money")), asked.toString());
        assertTrue(asked.stream().noneMatch(c -> c.key().contains("the it ")), asked.toString());
    }
}
