package newsquiz.generate;

import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What eval-blind36 showed at stop 38, checked on invented text: a denial of "the story" told as village talk, a second
 * party joining the denial before it, a story attacked head-on, a second denial of a new claim by the same speaker, a reply
 * aimed at the claim just made, and "that one" pointing at the latest claim, not an older one that was "claimed".
 */
class ReviewThirtyEightTest {

    private static List<Candidate> denials(String text) throws Exception {
        return questions(new DenialQuestions(), text);
    }

    @Test
    void villageTalkIsTheRumourDeniedAndASecondPartyJoinsTheDenial() throws Exception {
        List<Candidate> all = denials("""
                Surgery stays open

                Word has gone round the village that the Hollins surgery will close its branch next spring.
                The practice manager, Ottilie Brand, told the Bulletin there was "nothing whatsoever" in the story.
                The Eastmoor Health Board, which funds the practice, went further, saying the branch contract runs until March 2031.
                The Fenwick Lanes Group says lorry traffic from the quarry has doubled since the spring.
                A quarry worker, who asked not to be named, said loading had allegedly begun at night in October.
                The county's libraries manager, Barnaby Quist, said the library had reopened with its usual hours.
                Organiser Lettice Pym said the summer fete raised 3,412 pounds for new swings on the green.
                """);
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("Ottilie Brand") && c.key().contains("Hollins surgery will close")),
                all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("Eastmoor Health Board") && c.key().contains("Hollins surgery will close")),
                all.toString());
    }

    @Test
    void aStoryAttackedHeadOnAndAJoinerNeverOfferedAsWrong() throws Exception {
        List<Candidate> all = denials("""
                Market hall

                The council leader, Councillor Ada Winslade, went straight at the story repeated in every cafe in town, that the market hall has already been sold to Orrin Leisure.
                Corin Blythe, Orrin's regional director, told the Gazette much the same thing: his company had made an offer and there was "no deal, no handshake, nothing".
                The opposition leader, Councillor Silas Varley, told the chamber that repairs to the roof had been held back on purpose to make a sale look unavoidable.
                Mrs Winslade gave that short shrift.
                One council officer, who asked not to be named, told the Gazette that the valuation had allegedly been done in a single afternoon.
                The finance director, Prudence Hale, answered that one from the officers' bench: the valuation took eleven days and was checked by a second firm.
                """);
        assertTrue(all.stream().anyMatch(c -> c.key().equals("Ada Winslade") && c.prompt().contains("rejected the story that the market hall")),
                all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("Corin Blythe") && c.key().startsWith("That the market hall has already been sold")),
                all.toString());
        assertTrue(all.stream().filter(c -> c.key().equals("Ada Winslade") && c.prompt().contains("market hall"))
                .noneMatch(c -> c.distractors().contains("Corin Blythe")), all.toString());
        // The second denial answers the new claim, not the story she denied first.
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("Ada Winslade") && c.key().equals("Silas Varley")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.key().equals("Prudence Hale") && c.prompt().contains("single afternoon")), all.toString());
    }

    @Test
    void thatOneIsTheLatestClaimNotAnOlderOneThatWasClaimed() throws Exception {
        List<Candidate> all = denials("""
                Slide rumours

                A post in a Facebook group says the slide is "coming down in June" because it is "too dangerous to keep."
                The council's parks manager, Maxine Adair, said two bolts on the ladder are loose.
                Another post claims that a boy was burned on the slide last summer because its metal gets "as hot as a frying pan."
                The company that built the slide says the frying-pan story "cannot be true of a slide with no metal in it."
                One post says police were called to the park after "a huge fight" on the slide during the half-term holiday.
                Harbury Police put paid to that one.
                Some people online say the owner of the park cafe wants the slide gone because it is "too noisy."
                """);
        assertTrue(all.stream().filter(c -> c.prompt().contains("Harbury Police") || c.key().equals("Harbury Police"))
                .noneMatch(c -> c.key().contains("burned") || c.prompt().contains("burned")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("Harbury Police") && c.key().contains("huge fight")), all.toString());
    }

    @Test
    void aGroupWithANamedVoiceIsExplainedAndItsVoiceIsNoWrongAnswer() throws Exception {
        List<Candidate> all = questions(new AnonymousSourceQuestions(), """
                Telescope opens

                The telescope cost 1.2 billion yuan, senior party official Wen Yuecheng said at the opening.
                Scientists have also described the telescope's potential to find planets, with observatory director Tao Ling saying it "can see farther than any dish before it".
                Chinese President Hu Ming said the project showed "great scientific progress".
                """);
        Candidate c = all.stream().filter(q -> q.key().equals("Scientists")).findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        assertTrue(c.distractors().stream().noneMatch(d -> d.contains("Tao Ling")), c.toString());
        assertTrue(c.explanation().contains("only Tao Ling"), c.explanation());
    }

    @Test
    void aQuotedDenialThatNamesItsSpeakerIsNotAskedAsWhoseDenial() throws Exception {
        List<Candidate> all = denials("""
                Tribunal ruling

                A tribunal in The Hague dismissed Veldran claims to the reef on Tuesday.
                The Veldran government said "Veldra neither accepts nor recognizes" the decision.
                The Ostrian government welcomed the ruling, and the Aldish foreign ministry said it hoped both sides would respect it.
                """);
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Whose denial is this") && c.prompt().contains("Veldra neither")),
                all.toString());
    }

    @Test
    void someoneOnlySpokenOfIsNoSourceToDescribe() throws Exception {
        List<Candidate> all = questions(new SourceDescriptionQuestions(), """
                Train crash

                Hospital reports indicate one death, 84 year old lady Maisie Corran from Dunholm.
                Brian Tallis, a spokesman for the county fire service, said crews worked through the night.
                Caroline Aske, a BBC executive, said the carriage was on its side.
                The train's owner, Richard Pell, said the train was "built like a tank".
                """);
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("Maisie Corran")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("Brian Tallis")), all.toString());
    }

    @Test
    void aClauseIsNoThingRejected() throws Exception {
        List<Candidate> all = denials("""
                Signs row

                Mr Ebbing said the council had warned the rail firm about its faded signs in a letter in 2023.
                Ms Vantry was emphatic that no such letter ever reached the company, and said the signs belong to the council anyway.
                A lorry driver, who asked not to be named, said the warning had reportedly been hidden behind trees.
                """);
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Who rejected the signs")), all.toString());
    }

    @Test
    void concernsAreNotCalledASource() throws Exception {
        List<Candidate> all = questions(new AnonymousSourceQuestions(), """
                Sinkhole grows

                The hole is now 30 metres wide, the city's engineer, Tomas Reyna, said on Tuesday.
                There are also concerns that a four-story building near the edge of the hole may collapse as the earth under it is eroded.
                The mayor, Ana Brito, said residents of 22 homes had been moved to a school.
                Firefighters said the water main that burst on Monday had been shut off.
                """);
        assertTrue(all.stream().anyMatch(c -> c.explanation().contains("only as \u201cconcerns\u201d")), all.toString());
        assertTrue(all.stream().noneMatch(c -> c.explanation().contains("comes from concerns")), all.toString());
    }

    @Test
    void whatADescriptionTellsAReaderIsSetAgainstReadingsItRulesOut() throws Exception {
        List<Candidate> all = questions(new SourceDescriptionQuestions(), """
                Envoy interview

                "Our workers are ready," Ambassador Ilya Vorontsov told the pro-Kremlin daily Utro Rossii on Monday.
                The state broadcaster Kanal Odin said the talks had gone well.
                """);
        Candidate side = all.stream().filter(c -> c.prompt().contains("pro-Kremlin")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertTrue(side.distractors().contains("It is neutral and takes no side"), side.toString());
        assertTrue(side.distractors().stream().noneMatch(d -> d.contains("Kremlin") || d.contains("readers")), side.toString());
    }
}
