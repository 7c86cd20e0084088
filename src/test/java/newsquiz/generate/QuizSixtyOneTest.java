package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Written at stop 61 from the teachers' reviews of eval-blind78 and 79, before eval-blind80 and 81 were read.
 * <ul>
 * <li>"The chair of its residents' association, Evangelina Hackett, said …" became the choice "Chair of its residents'
 * association" and the explanation "a chair of its …" (brennerby q05): out of the article "its" points nowhere, and a post
 * one person holds takes "the" (morvenham q02: "a head of the service").</li>
 * <li>"in 15 to 18 minutes" had the wrong answer "5 to 5", both ends rounded to one number (aldwinter q06).</li>
 * <li>"A planning officer … told the Advertiser that councillors had leaned on officers …" was asked as "The article
 * reports: “Councillors had leaned on officers …”", reported speech in quotation marks as if printed as a quotation
 * (dunstermill q07, lenthwaite q08).</li>
 * <li>"Who claimed that the library would close for good in 2033? — A post on the community forum Glasswick Chat": a post is
 * asked after as a source, and "it was a post … that claimed this" (glasswick q09).</li>
 * </ul>
 * After eval-blind80 and 81 were measured at the frozen code, from their reviews (tuned on them):
 * <ul>
 * <li>"Allnutt said Fallowford Water had warned the council … He told Cathedral FM the council was gambling with people's
 * houses. Fallowford Water said … it had sent the council no warning": the denial was keyed to the relayed opinion just
 * before it (addlebury q09, a wrong key). A claim about the denier that takes up more of the denial's words ("warned",
 * "warning": one stem now) makes the one just before no safe key; so too bramworth q05.</li>
 * <li>"She said the shingle was being lost because the harbour board's new breakwater … had cut off the stones …. The Harbour
 * Board said the shingle … never passes the breakwater": the board's denial was keyed to the council's survey figure
 * (rosscombe q03). A claim just before the denial, which nothing marks as contested but which takes up more of its words,
 * makes the contested one found no safe key.</li>
 * <li>"Nix said the claim was hogwash: the vice-chancellor's rooms were last refitted in 2019": what follows a verdict's colon
 * is its reason, whatever the verdict's word, so the names in it point at nobody's claim; the denial was keyed to a
 * student's quotation two sentences up instead of the councillor's claim just before (wallerscote q08).</li>
 * <li>"The Dean of Wallerscote, the Very Rev Sybil Wakeling": a title and name is no description ("a Very Rev Sybil
 * Wakeling", and "Very Rev" as a wrong answer, wallerscote q04, q07, q09), and "Wallerscote Students' Union" keeps its
 * capital ("students' Union").</li>
 * <li>"Who denied the report that both would lose their jobs …?" (sutterby q07): "both", like a bare count, stands for
 * things the stem does not name; so in a true/false statement or "The article reports that …".</li>
 * </ul>
 */
class QuizSixtyOneTest {

    private static final String ESTATE = "Power cuts on the Kelby estate\n\n"
            + "The chair of its residents' association, Ivo Rand, said the substation had failed four times since May. "
            + "Tolvern Power, the operator, said the substation had failed twice. A teacher at Kelby school, Dora Quist, said "
            + "pupils had lost two days of lessons. The head of the county's energy team, Mabel Orrin, said a new cable "
            + "would be laid in June.";

    @Test
    void aRoleOfItsBodyReadsAsTheRole() throws Exception {
        List<Candidate> all = new SourceDescriptionQuestions().propose(InventedArticles.facts(ESTATE));
        Candidate rand = all.stream().filter(c -> c.prompt().equals("How does the article describe Ivo Rand?")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Chair of the residents' association", rand.key());
        assertTrue(rand.explanation().startsWith("The article calls Ivo Rand the chair of the residents' association."),
                rand.explanation());
    }

    @Test
    void aWrongRangeKeepsTwoEnds() throws Exception {
        String text = "Night cover cut at Kelby fire station\n\nThe Kelby fire engine will stand down at night from May. Tolvern "
                + "Fire Service said the next engine, at Illbrook, would reach most homes in Kelby in 15 to 18 minutes. The "
                + "union said response times could rise from about eight minutes to more than 30.";
        List<Candidate> all = new NumberQuestions().propose(InventedArticles.facts(text));
        Candidate range = all.stream().filter(c -> c.key().equals("15 to 18")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertTrue(range.distractors().size() >= 3 && range.distractors().stream().noneMatch(d -> d.matches("(\\d+) to \\1")),
                range.distractors().toString());
    }

    @Test
    void reportedSpeechIsNotShownAsAQuotation() throws Exception {
        String text = "Roof bar told to close its terrace\n\nThe Kelby Warehouse bar must close its roof terrace by June, the "
                + "council said on Monday. A planning officer, who asked not to be named, told the Kelby Advertiser that "
                + "councillors had leaned on officers to let the terrace stay because the bar paid high business rates. The "
                + "council's leader, Ivo Rand, said no councillor had spoken to any officer about the bar. The bar's owner, Dora "
                + "Quist, said the terrace had 90 seats and employed 12 people.";
        List<Candidate> all = new AnonymousSourceQuestions().propose(InventedArticles.facts(text));
        Candidate why = all.stream().filter(c -> c.prompt().contains("extra care")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertTrue(why.prompt().startsWith("The article reports that councillors had leaned on officers"), why.prompt());
    }

    @Test
    void aPostIsAskedAfterAsASource() throws Exception {
        String text = "Library to open without staff\n\nKelby library will open on two days a week with no staff from May, the "
                + "council said on Monday. Its manager, Ivo Rand, said the doors would open with a library card. A post on the "
                + "community forum Kelby Chat claimed that the library would close for good in 2033. That is not true: the "
                + "council has signed a lease until 2040. Dora Quist, a reader, said the plan was a disgrace. Tolvern Systems, "
                + "which made the doors, said 40 libraries used them.";
        List<Candidate> all = new AttributionQuestions().propose(InventedArticles.facts(text));
        Candidate post = all.stream().filter(c -> c.key().startsWith("A post on")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertTrue(post.prompt().startsWith("Which source does the article give for this claim:"), post.prompt());
        assertTrue(post.explanation().endsWith("that claimed this."), post.explanation());
    }

    @Test
    void aDenialIsNotKeyedToTheOpinionJustBeforeWhenAClaimAboutTheDenierFitsBetter() throws Exception {
        for (String[] c : new String[][] {{"addlebury-street-sweeping-every-six-weeks", "Fallowford Water", "gambling"},
                {"bramworth-showground-car-boot-sale-ends", "Floyd Ibbitson", "walked the site"}}) {
            String text = new String(QuizSixtyOneTest.class.getResourceAsStream("/eval-blind80/" + c[0] + ".txt").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(text));
            assertTrue(all.stream().noneMatch(q -> q.prompt().contains(c[1]) && q.key().contains(c[2])), all.toString());
        }
    }

    @Test
    void aDenialIsNotKeyedToAnOlderClaimWhenThePlainClaimJustBeforeFitsBetter() throws Exception {
        String text = new String(QuizSixtyOneTest.class.getResourceAsStream("/eval-blind81/rosscombe-spit-beach-huts-shingle-loss.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(text));
        assertTrue(all.stream().noneMatch(q -> q.prompt().contains("Harbour Board") && q.key().contains("140,000")), all.toString());
    }

    @Test
    void theReasonAfterAVerdictsColonNamesNoClaimant() throws Exception {
        String text = new String(QuizSixtyOneTest.class.getResourceAsStream("/eval-blind81/wallerscote-graduation-ceremonies-sports-hall.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Facts facts = InventedArticles.facts(text);
        var nix = InventedArticles.about(facts, "hogwash");
        assertEquals("Zadok Trott", DenialQuestions.answeredBy(facts, facts.statements.stream()
                .filter(s -> s.attribution() == nix).findFirst().orElseThrow()).orElseThrow().speaker());
    }

    @Test
    void aTitleAndNameIsNoDescriptionAndANameKeepsItsCapitals() throws Exception {
        String text = "Graduation moves to a sports hall\n\nNadira Quist, president of Kelby Students' Union, said guests would "
                + "have one seat each. The Dean of Kelby, the Very Rev Sybil Rand, said the chapter had set one charge. The "
                + "academic registrar, Ivo Ames, said there would be three seats each. Mabel Orrin, a final-year student from "
                + "Tolvern, said her grandmother would sit under a hoop.";
        List<Candidate> all = new SourceDescriptionQuestions().propose(InventedArticles.facts(text));
        assertTrue(all.stream().noneMatch(c -> (c.key() + c.distractors()).contains("Very Rev")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.key().equals("President of Kelby Students' Union")), all.toString());
    }

    @Test
    void bothOrACountForASubjectIsNotAsked() {
        assertTrue(Readable.stemProblem("Who denied the report that both would lose their jobs when the work was done?").isPresent());
        assertTrue(Readable.stemProblem("Is the following statement true, false, or not given in the article? According to the "
                + "hospice, two had closed because night nurses had left.").isPresent());
        assertTrue(Readable.stemProblem("Who denied the report that both lamp attendants would lose their jobs?").isEmpty());
    }
}
