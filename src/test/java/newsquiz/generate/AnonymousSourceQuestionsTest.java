package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Anonymous-source questions on invented articles. */
class AnonymousSourceQuestionsTest {
    private static List<Candidate> anonymousSourceQuestions(String text) throws Exception {
        return InventedArticles.questions(new AnonymousSourceQuestions(), text);
    }

    @Test
    void theOfficialAfterAnOfficialWhoAskedNotToBeNamedIsAnUnnamedSource() throws Exception {
        String text = """
                Port levy row

                The harbour board will raise its landing levy by 12 percent in June, its chair Nadia Frost said on Monday.

                The Coastal Post, quoting an official at the harbour board who asked not to be named, said the rise had been agreed in secret.

                According to the official, board members were told not to discuss the levy with fishermen.

                Skipper Tom Hale said the rise would cost his crew about 900 pounds a year.
                """;
        assertTrue(anonymousSourceQuestions(text).stream().anyMatch(c -> c.key().toLowerCase(java.util.Locale.ROOT).contains("official")
                || c.sentences().contains(3)), anonymousSourceQuestions(text).toString());
    }

    @Test
    void anotherMemberIsNoSourceAReaderCanPickOut() throws Exception {
        String text = """
                Club row grows

                A long-standing member, who asked not to be named, told the Gazette that many members felt the manager had been badly treated.

                Another member, writing on the club's forum, described the case as a "witch hunt".

                The club's chair, Ann Lowe, said the board had followed the rules.

                The manager's lawyer, Tom Price, said his client would appeal.
                """;
        assertTrue(anonymousSourceQuestions(text).stream().noneMatch(c -> c.key().startsWith("Another")),
                anonymousSourceQuestions(text).toString());
    }

    @Test
    void staffWhoTalkOutOfTurnAreUnnamedSourcesNotTheFirmsVoice() throws Exception {
        String text = """
                Scooter fire row

                Voltra Mobility said the scooter in the fire was not one of its hire fleet.

                Maeve Doran, the fire officer, said the battery had been left charging overnight. Tobias Renwick said the council had ignored a warning letter.

                Flats on the street were empty for two days. Residents returned on Monday.

                A Voltra mechanic at the company's depot told the Herald that cheaper replacement batteries have been fitted since January.
                """;
        assertTrue(anonymousSourceQuestions(text).stream().anyMatch(c -> c.key().toLowerCase().contains("cheaper replacement batteries")
                || c.key().equals("A Voltra mechanic")), anonymousSourceQuestions(text).toString());
    }

    @Test
    void aSubjectAndItsReportingVerbOrAClaimNounAloneIsNoClaim() {
        assertTrue(Readable.choiceProblem("Evidence the committee published without a name, said the company had run tests on fans").isPresent());
        assertTrue(Readable.choiceProblem("A claim, made in a TikTok video with more than 400,000 views").isPresent());
        assertFalse(Readable.choiceProblem("The report by the council found damp in 40 flats").isPresent());
    }

    @Test
    void askingNotToUseTheirNameKeepsASourceUnnamed() throws Exception {
        String text = """
                Sun cream test

                Lilypad Kids said its sun milk met its label. Helen Asante, a dermatologist, said parents should not panic.

                Priya Dhanda said three labs had tested the batch. Sam Ellery said the magazine would test again.

                A quality manager at Lilypad, who asked us not to use her name, told Testbench that an earlier test had failed.
                """;
        assertTrue(anonymousSourceQuestions(text).stream().anyMatch(c -> c.key().toLowerCase().contains("earlier test had failed")
                || c.key().startsWith("A quality manager")), anonymousSourceQuestions(text).toString());
    }

    @Test
    void aSourceKeptBackInOtherWordsIsAnUnnamedSource() throws Exception {
        for (String keptBack : List.of("whose name the Herald agreed to withhold", "who was not authorised to speak to the press",
                "who would not give her name")) {
            String text = """
                    Depot closure row

                    Greyline Buses will close its Ashby depot in March, its managing director Sam Oduya said on Monday.

                    A driver at the depot, %s, said staff had been told to look for other jobs before Christmas.

                    Councillor Ruth Amis said the closure would leave the town without a late bus. Dev Patel, of the Ashby Traders, said shops would suffer.
                    """.formatted(keptBack);
            assertTrue(anonymousSourceQuestions(text).stream().anyMatch(c -> c.sentences().contains(1)), keptBack + ": "
                    + anonymousSourceQuestions(text));
        }
    }

    @Test
    void aNameKeptBackInTheNextSentenceCoversAllTheSpeakerSays() throws Exception {
        String text = """
                Parking fines row

                The fines are fair and the money is spent on the seafront, Councillor Rob Delaney said on Monday.

                A man who said he had worked as a parking warden for Shoreline Patrol rang the programme. He asked us not to use his name because he had signed a confidentiality clause.

                Wardens were expected to write "at least 20 tickets a shift", he said.

                Jim Pardew, a caller from Brinton, said his mother had been fined for dropping a chip. Mary Banham, who runs a cafe, said her takings were down.
                """;
        assertTrue(anonymousSourceQuestions(text).stream().anyMatch(c -> c.key().startsWith("Wardens were expected")),
                anonymousSourceQuestions(text).toString());
    }

    @Test
    void aNamedPersonsRoleIsOfferedOnceEvenWhenTwoShareIt() throws Exception {
        String text = """
                Rental cap vote delayed

                Council Member Rosa Diaz said the cap would protect renters. Council Member Tom Price said he would vote against it.

                A council aide who was not authorized to speak said three members had received calls from the platform urging a delay.

                Pete Lachance, an organizer with the Averill Tenants Union, said tenants would pack the chamber. Nookly's head of policy, Ana Ruiz, said hosts would lose income.
                """;
        List<Candidate> asked = anonymousSourceQuestions(text);
        assertTrue(asked.stream().anyMatch(c -> c.key().startsWith("A council aide")), asked.toString());
        assertTrue(asked.stream().allMatch(c -> c.distractors().stream().distinct().count() == c.distractors().size()), asked.toString());
    }

    @Test
    void namedPeopleAreOfferedByTheirNamesNotByARoleThatLooksUnnamedToo() throws Exception {
        String text = """
                Bridge closure row

                The county council closed the Harrow Bridge on Monday after an inspection found cracks in two piers.

                Priya Lal, a nurse, said the closure had doubled her commute. The council's head of highways, Denise Okoro, said the council had acted on the engineers' advice. The local MP, Tom Fenn, said the bridge should reopen by spring.

                A taxi driver, who asked not to be named, said drivers had been warned about the cracks a year ago.
                """;
        List<Candidate> asked = anonymousSourceQuestions(text);
        Candidate who = asked.stream().filter(c -> c.fact().startsWith("anon-who:")).findFirst()
                .orElseThrow(() -> new AssertionError(asked.toString()));
        assertTrue(who.key().startsWith("A taxi driver"), who.toString());
        assertTrue(who.distractors().stream().allMatch(d -> d.matches(".*(?:Priya Lal|Denise Okoro|Tom Fenn).*")), who.toString());
        // Which claim comes from the unnamed source, and which source is unnamed: one fact, so the blueprint keeps one.
        Facts facts = InventedArticles.facts(text);
        java.util.Map<String, String> speakers = new java.util.HashMap<>();
        facts.statements.forEach(st -> speakers.put(String.valueOf(st.index()), st.speaker()));
        assertTrue(asked.stream().anyMatch(c -> c.fact().startsWith("anon:")), asked.toString());
        List<Candidate> chosen = Blueprint.choose(asked, 20, st -> speakers.getOrDefault(st, st));
        assertEquals(1, chosen.stream().filter(c -> c.fact().startsWith("anon:") || c.fact().startsWith("anon-who:")).count(),
                chosen.toString());
    }

    @Test
    void aSourceKeptBackComesBeforeACrowd() throws Exception {
        String text = """
                Bakery shares fall

                Shares in Hollin Bakeries fell 11% on Monday. Two Sunday newspapers said the chief executive, Ruth Amis, was leaving.

                The finance director, Omar Kell, said the company had a strong year ahead. The chairman, Lewis Dunn, said the board backed Ms Amis.

                The fall, said one trader, who asked not to be named because his firm does not allow him to speak to the press, was about the sales figures.
                """;
        List<Candidate> who = anonymousSourceQuestions(text).stream().filter(c -> c.fact().startsWith("anon-who:"))
                .sorted(java.util.Comparator.comparingInt(Candidate::priority).reversed()).toList();
        assertFalse(who.isEmpty());
        assertTrue(who.get(0).key().matches("(?i)(?:one|a) trader.*"), who.toString());
        assertTrue(who.stream().noneMatch(c -> c.key().contains("newspapers")), who.toString());
    }

    @Test
    void aClaimANamedOutletHadFromSomeoneUnnamedIsNoWrongAnswer() throws Exception {
        String text = """
                Quarry blast row

                A blast at the Fenmoor quarry on Monday cracked windows in 14 homes, the county council said.

                The quarry's manager, Alan Price, said the blast had been within its permitted limits. The council's head of planning, Ruth Mayo, said an inspector would visit on Friday.

                The Fenmoor Echo reported that the charge had been twice the usual size. The paper quoted a driller who had worked at the quarry, but did not name him.

                A worker at the quarry, who asked not to be named, said the warning siren had not sounded before the blast.
                """;
        List<Candidate> asked = anonymousSourceQuestions(text);
        Candidate claim = asked.stream().filter(c -> c.fact().startsWith("anon:")).findFirst()
                .orElseThrow(() -> new AssertionError(asked.toString()));
        assertTrue(claim.key().contains("siren"), claim.toString());
        assertTrue(claim.distractors().stream().noneMatch(d -> d.contains("twice the usual")), claim.toString());
        assertFalse(claim.explanation().contains("sources it names"), claim.explanation());
    }

    @Test
    void aDescriptionFollowedByTheNameIsANamedSource() throws Exception {
        String text = """
                Tattooist in court

                A tattooist denied inking a 15-year-old, Lowbridge magistrates heard on Monday.

                The prosecutor, Ann Vale, said the girl had shown a borrowed licence. The defence solicitor, Tom Reyes, said his client had acted in good faith.

                A solicitor who specialises in licensing law, Deborah Ramsbury-Akande, said a conviction could make it harder for the studio to renew its insurance.
                """;
        List<Candidate> asked = anonymousSourceQuestions(text);
        assertTrue(asked.stream().noneMatch(c -> c.key().contains("insurance") || c.prompt().contains("insurance")
                || c.key().startsWith("A solicitor")), asked.toString());
    }

    @Test
    void aClaimShownAloneMustSayWhatItIsAbout() throws Exception {
        String text = """
                Cabinet changes

                The last cabinet reshuffle, in March, moved eleven ministers. According to a government source who asked not to be named, the coming one was likely to be smaller and quieter.

                A Downing Street spokesman, Ian Roe, said the prime minister had full confidence in her team.

                The opposition leader, Ann Moss, said the government had run out of ideas.
                """;
        List<Candidate> asked = anonymousSourceQuestions(text);
        assertTrue(asked.stream().noneMatch(c -> c.fact().startsWith("anon-why") && c.prompt().toLowerCase(java.util.Locale.ROOT).contains("the coming one")),
                asked.toString());
    }

    @Test
    void aReportCitingUnnamedPeopleIsAskedAboutAndTheOutletIsNoUnnamedSource() throws Exception {
        // eval-blind24 PIP: the Bellwether's report "citing three people briefed on the discussions" got no anonymous-source
        // question; and an outlet whose report rests on unnamed people is itself named.
        var asked = anonymousSourceQuestions("""
                Brewer sale talk

                The Weekly Ledger reported on Tuesday that the two brewers had agreed a price, citing three people briefed on the discussions.

                "There are no talks," said Petra Quennell, the brewery's chief executive, on Wednesday.

                The Ledger said it stood by its report.

                Dennis Arbour, a local landlord, said the brewery had raised its prices twice this year.

                Mark Olney, who chairs the drinkers' club, said members had been told nothing.
                """);
        var which = asked.stream().filter(c -> c.key().equals("The two brewers had agreed a price")).toList();
        assertFalse(which.isEmpty(), asked.toString());
        assertTrue(which.stream().allMatch(c -> c.explanation().contains("reported it, citing three people briefed on the discussions")),
                which.toString());
        assertTrue(asked.stream().noneMatch(c -> c.key().contains("Ledger")), asked.toString());
    }

    @Test
    void aSourceKeptBackInALongClauseIsOfferedByWhatTheyAre() throws Exception {
        // eval-blind25 gorsemere: "A plotholder who asked me not to print his name says …" was ten words, too long a choice,
        // so the bulletin's one unnamed source was never asked about.
        var asked = anonymousSourceQuestions("""
                Allotment rumours

                A plotholder who asked me not to print his name says he was told by a surveyor in the car park that the site would be houses by 2028.

                The council's head of property, Wilhelmina Crabb, said the council had no plans to sell the site.

                Our chair, Haldis Penrose, said the leaflet had frightened older members.

                The treasurer, Eamon Sixby, said the society's balance at the year end was £2,914.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("A plotholder")), asked.toString());
    }
}
