package newsquiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages as a browser without JavaScript uses them: plain forms, POST-redirect-GET. */
class PagesTest {
    @TempDir
    Path dir;

    private TestServer server;
    private Http browser;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        browser = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void selfStudyFromStartToPractisingTheMissedOnes() {
        HttpResponse<String> home = browser.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").contains("charset=utf-8"));
        assertTrue(home.body().contains("Town library to open on Sundays"));
        assertTrue(home.body().contains("4 questions"), "rejected questions are not counted");
        assertTrue(home.body().contains("Join your class"));

        HttpResponse<String> started = browser.form("/study/library-hours/start", "csrf", Http.csrf(home));
        assertEquals(303, started.statusCode());
        String q1Path = started.headers().firstValue("Location").orElseThrow();
        assertTrue(q1Path.matches("/attempt/\\d+/q/1"), q1Path);
        String base = q1Path.substring(0, q1Path.indexOf("/q/"));

        HttpResponse<String> q1 = browser.get(q1Path);
        assertTrue(q1.body().contains("Question 1 <span class=\"of\">of 4</span>"), q1.body());
        assertNoKeyShown(q1.body());

        HttpResponse<String> answered = browser.form(q1Path, "csrf", Http.csrf(q1), "choice", "a");
        assertEquals(303, answered.statusCode());
        assertEquals(q1Path, answered.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> feedback = browser.follow(answered);
        assertTrue(feedback.body().contains("Right!"));
        assertTrue(feedback.body().contains("The first paragraph says the library will open on Sundays from June."));
        assertTrue(feedback.body().contains("<mark>The Millbrook town library will open on Sundays from June</mark>"));
        assertTrue(feedback.body().contains("Paragraph 1."), feedback.body());

        HttpResponse<String> article = browser.get(base + "/article?q=1");
        assertTrue(article.body().contains("<mark>The Millbrook town library will open on Sundays from June</mark>"), article.body());
        assertTrue(article.body().contains("id=\"p6\""), "numbered paragraphs");
        assertFalse(article.body().contains("By Priya Lund"), "the byline is not article text");
        HttpResponse<String> articleBefore = browser.get(base + "/article?q=2");
        assertFalse(articleBefore.body().contains("<mark>"), "no evidence before answering");

        // Leaving a question empty is a clear message, not an error page.
        HttpResponse<String> empty = browser.form(base + "/q/2", "csrf", Http.csrf(q1));
        assertEquals(base + "/q/2?msg=pick", empty.headers().firstValue("Location").orElseThrow());
        assertTrue(browser.follow(empty).body().contains("Pick an answer first"));

        browser.form(base + "/q/2", "csrf", Http.csrf(q1), "choice", "b");
        browser.form(base + "/q/3", "csrf", Http.csrf(q1), "choice", "b");
        HttpResponse<String> q4 = browser.follow(browser.form(base + "/q/4", "csrf", Http.csrf(q1), "choice", "a"));
        assertTrue(q4.body().contains("Not quite."));
        assertTrue(q4.body().contains("Hand in and see my score"));

        HttpResponse<String> results = browser.follow(browser.form(base + "/finish", "csrf", Http.csrf(q1)));
        assertTrue(results.body().contains("2 / 4"), results.body());
        assertTrue(results.body().contains("Judging the sources"));
        assertTrue(results.body().contains("Who said what"));
        assertTrue(results.body().contains("Practise the ones I missed"));

        HttpResponse<String> practice = browser.follow(browser.form(base + "/practise", "csrf", Http.csrf(results)));
        assertTrue(practice.body().contains("Question 1 <span class=\"of\">of 2</span>"), practice.body());
        assertTrue(practice.body().contains("Who called the decision"));
    }

    @Test
    void closingTheBrowserAndComingBackResumesEvenAfterAServerRestart() {
        HttpResponse<String> home = browser.get("/");
        String q1 = browser.form("/study/library-hours/start", "csrf", Http.csrf(home)).headers().firstValue("Location").orElseThrow();
        browser.form(q1, "csrf", Http.csrf(home), "choice", "a");
        String base = q1.substring(0, q1.indexOf("/q/"));

        server.close();
        server = TestServer.restart(server.dbFile, 0);
        browser = withCookiesOf(browser, server);

        HttpResponse<String> homeAgain = browser.get("/");
        assertTrue(homeAgain.body().contains("You have 1 of 4 answered"), homeAgain.body());
        HttpResponse<String> resumed = browser.form("/study/library-hours/start", "csrf", Http.csrf(homeAgain));
        assertEquals(base, resumed.headers().firstValue("Location").orElseThrow());
        assertEquals(base + "/q/2", browser.follow(resumed).headers().firstValue("Location").orElseThrow());
        assertTrue(browser.get(base + "/q/1").body().contains("Right!"));
    }

    @Test
    void formsWithoutTheCsrfTokenOrFromAnotherSiteAreRefused() {
        HttpResponse<String> home = browser.get("/");
        HttpResponse<String> none = browser.form("/study/library-hours/start");
        assertEquals(403, none.statusCode());
        assertTrue(none.body().contains("reload the page"));
        assertEquals(403, browser.form("/study/library-hours/start", "csrf", "x".repeat(43)).statusCode());
        HttpResponse<String> crossSite = browser.send(HttpRequest.newBuilder(java.net.URI.create(server.url("/study/library-hours/start")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + Http.csrf(home))));
        assertEquals(403, crossSite.statusCode());
        assertEquals(303, browser.form("/study/library-hours/start", "csrf", Http.csrf(home)).statusCode());
    }

    @Test
    void classroomJoinNamesRejoinAndClosing() {
        String code = Http.body(browser.teacherJson("POST", "/api/sessions", "{\"quizId\":\"library-hours\",\"feedback\":\"end\"}"))
                .get("code").asText();
        HttpResponse<String> join = browser.get("/join?code=" + code);
        HttpResponse<String> joined = browser.form("/join", "csrf", Http.csrf(join), "code", code, "name", "<script>alert(1)</script> Ana");
        assertEquals(303, joined.statusCode(), joined.body());
        HttpResponse<String> welcome = browser.follow(joined);
        assertTrue(welcome.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; Ana"), welcome.body());
        assertFalse(welcome.body().contains("<script>alert(1)"));
        Matcher personal = Pattern.compile("class=\"personal-code\">([A-Z0-9]{5})<").matcher(welcome.body());
        assertTrue(personal.find(), welcome.body());

        // Joining again from the same browser continues; another browser cannot take the name.
        assertTrue(browser.form("/join", "csrf", Http.csrf(join), "code", code, "name", "<script>alert(1)</script> ana")
                .headers().firstValue("Location").orElseThrow().matches("/attempt/\\d+"));
        Http other = new Http(server);
        HttpResponse<String> otherJoin = other.get("/join");
        HttpResponse<String> taken = other.form("/join", "csrf", Http.csrf(otherJoin), "code", code, "name", "<script>alert(1)</script> Ana");
        assertEquals(409, taken.statusCode());
        assertTrue(taken.body().contains("already uses the name"));
        assertTrue(taken.body().contains("<details class=\"field\" open>"), "asks for the personal code");
        String attemptPath = welcome.body().replaceAll("(?s).*href=\"(/attempt/\\d+)\".*", "$1");
        assertEquals(403, other.get(attemptPath + "/q/1").statusCode());

        HttpResponse<String> moved = other.form("/join", "csrf", Http.csrf(otherJoin), "code", code.toLowerCase(),
                "name", "<script>alert(1)</script> Ana", "personal", personal.group(1));
        assertEquals(attemptPath, moved.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> q1 = other.follow(other.follow(moved));
        assertTrue(q1.body().contains("Question 1"), q1.body());

        // With feedback at the end, an answer moves on without revealing anything.
        HttpResponse<String> saved = other.form(attemptPath + "/q/1", "csrf", Http.csrf(q1), "choice", "b");
        assertEquals(attemptPath + "/q/2?msg=saved", saved.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> back = browser.get(attemptPath + "/q/1");
        assertTrue(back.body().contains("Change my answer"));
        assertNoKeyShown(back.body());

        server.stores.sessions().close(server.stores.sessions().byCode(code).orElseThrow().id());
        HttpResponse<String> late = browser.follow(browser.form(attemptPath + "/q/2", "csrf", Http.csrf(back), "choice", "a"));
        assertTrue(late.body().contains("This class session is closed"), late.body());
        HttpResponse<String> summary = browser.get(attemptPath + "/summary");
        assertTrue(summary.body().contains("0 / 4"), summary.body());
        HttpResponse<String> closedJoin = other.form("/join", "csrf", Http.csrf(otherJoin), "code", code, "name", "Newcomer");
        assertEquals(409, closedJoin.statusCode());
        assertTrue(closedJoin.body().contains("closed"));
    }

    @Test
    void badJoinsExplainWhatIsWrong() {
        HttpResponse<String> join = browser.get("/join");
        HttpResponse<String> unknown = browser.form("/join", "csrf", Http.csrf(join), "code", "ZZZZZZ", "name", "Al");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("No class uses the code ZZZZZZ"));
        HttpResponse<String> noName = browser.form("/join", "csrf", Http.csrf(join), "code", "ZZZZZZ", "name", "   ");
        assertEquals(400, noName.statusCode());
        assertTrue(noName.body().contains("Type your name"));
        HttpResponse<String> huge = browser.form("/join", "csrf", Http.csrf(join), "code", "A", "name", "x".repeat(100_000));
        assertEquals(413, huge.statusCode());
        assertFalse(huge.body().contains("Exception"));
    }

    @Test
    void orderingAndNotGivenQuestionsWorkWithPlainForms() {
        HttpResponse<String> home = browser.get("/");
        String q1 = browser.form("/study/timeline/start", "csrf", Http.csrf(home)).headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = browser.get(q1);
        assertTrue(page.body().contains("<label for=\"slot-3\">Place 3</label>"), page.body());
        assertNoKeyShown(page.body());
        HttpResponse<String> half = browser.follow(browser.form(q1, "csrf", Http.csrf(page), "choice", "a", "choice", "", "choice", "c"));
        assertTrue(half.body().contains("Put every item in a different place"), half.body());
        HttpResponse<String> wrong = browser.follow(browser.form(q1, "csrf", Http.csrf(page), "choice", "b", "choice", "a", "choice", "c"));
        assertTrue(wrong.body().contains("Not quite."));
        assertTrue(wrong.body().contains("The right order:"));
        assertTrue(wrong.body().contains("<li>A Year 10 class studies local democracy</li>"));
        String q2 = q1.replace("/q/1", "/q/2");
        HttpResponse<String> tfng = browser.get(q2);
        assertTrue(tfng.body().contains("True, false, or does the article not say?"));
        assertTrue(browser.follow(browser.form(q2, "csrf", Http.csrf(page), "choice", "c")).body().contains("Right!"));
    }

    @Test
    void unknownPagesAndQuestionsAreFriendly404s() {
        HttpResponse<String> home = browser.get("/");
        String q1 = browser.form("/study/library-hours/start", "csrf", Http.csrf(home)).headers().firstValue("Location").orElseThrow();
        String base = q1.substring(0, q1.indexOf("/q/"));
        for (String path : new String[] {"/nothing", base + "/q/0", base + "/q/5", base + "/q/x", "/attempt/x/q/1"}) {
            HttpResponse<String> r = browser.get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("<h1>Not found</h1>"), path);
        }
        assertEquals(404, browser.form("/study/nope/start", "csrf", Http.csrf(home)).statusCode());
    }

    private static void assertNoKeyShown(String html) {
        for (String giveaway : new String[] {"choice-right", "choice-missed", "Right answer", "Your answer: right", "Right!",
                "The first paragraph says", "Where the article says it", "<mark>"}) {
            assertFalse(html.contains(giveaway), "page shows " + giveaway);
        }
        assertFalse(html.contains("This rejected question"));
    }

    /** The same cookie jar against the restarted server (cookies do not depend on the port). */
    private static Http withCookiesOf(Http old, TestServer server) {
        Http fresh = new Http(server);
        old.cookies.getCookieStore().getCookies().forEach(c -> fresh.cookies.getCookieStore().add(null, c));
        return fresh;
    }
}
