package newsquiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two students in one class session, in two real browsers: joining, a taken name, losing the
 * connection (the server goes away and comes back), moving device, and the session closing.
 */
class BrowserClassroomTest {
    @TempDir
    Path dir;

    @Test
    void twoStudentsInOneSession() {
        TestServer server = TestServer.start(dir);
        try (Browser ana = Browser.open(server); Browser ben = Browser.open(server)) {
            String code = Http.body(new Http(server).teacherJson("POST", "/api/sessions",
                    "{\"quizId\":\"library-hours\",\"feedback\":\"end\"}")).get("code").asText();

            ana.go("/");
            ana.find("#home-code").sendKeys(code.toLowerCase());
            ana.find("#home-name").sendKeys("Ana");
            ana.find(".join-form button").click();
            ana.waitForText("You are in, Ana!");
            String personalCode = ana.find(".personal-code").getText();
            ana.screenshot("welcome");
            ana.assertAccessible("welcome");
            ana.find("main a.primary").click();
            ana.waitForText("Question 1 of 4");
            ana.screenshot("classroom-question");
            ana.assertAccessible("classroom-question");
            ana.choose("To open the library on Sundays from June");
            ana.find("form.question button[type=submit]").click();
            ana.waitForText("Question 2 of 4");
            assertTrue(ana.text().contains("Answer saved."));
            assertFalse(ana.driver.getPageSource().contains("choice-right"), "feedback waits for the end");
            String attemptPath = ana.path().replaceAll("/q/\\d+$", "");
            long attemptId = Long.parseLong(attemptPath.substring("/attempt/".length()));

            ben.go("/join?code=" + code);
            ben.find("#name").sendKeys("ana");
            ben.find(".join-form button[type=submit]").click();
            ben.waitForText("already uses the name");
            ben.screenshot("join-name-taken");
            ben.assertAccessible("join-name-taken");
            ben.find("#name").clear();
            ben.find("#name").sendKeys("Ben");
            ben.find(".join-form button[type=submit]").click();
            ben.waitForText("You are in, Ben!");
            ben.find("main a.primary").click();
            String[] answers = {"To close the library on Saturdays", "Councillor Ada Whitfield", "False", "900 signatures"};
            for (int i = 0; i < answers.length; i++) {
                ben.waitForText("Question " + (i + 1) + " of 4");
                ben.choose(answers[i]);
                ben.find("form.question button[type=submit]").click();
            }
            ben.waitForText("You have answered 4 of 4 questions.");
            ben.screenshot("hand-in");
            ben.assertAccessible("hand-in");
            ben.find("main form button.primary").click();
            ben.waitForText("Your results");
            assertTrue(ben.text().contains("2 / 4"), ben.text());
            ben.screenshot("classroom-results");
            ben.assertAccessible("classroom-results");

            // The connection drops (here: the server goes away) while Ana answers; the answer waits on her device.
            int port = server.port();
            server.close();
            ana.choose("Councillor Ada Whitfield");
            ana.find("form.question button[type=submit]").click();
            ana.waitFor(d -> ana.find("[data-offline]").isDisplayed());
            assertEquals(1L, ana.script("return Object.keys(JSON.parse(localStorage.getItem('newsquiz.outbox'))).length"));
            ana.screenshot("offline");

            server = TestServer.restart(server.dbFile, port);
            ana.script("window.dispatchEvent(new Event('online'))");
            ana.waitForText("Change my answer");
            assertEquals(0L, ana.script("return Object.keys(JSON.parse(localStorage.getItem('newsquiz.outbox') || '{}')).length"));
            assertEquals(2, server.stores.answers().forAttempt(attemptId).size());

            // Ana moves to another device (Ben's browser, emptied): name plus personal code continue her attempt.
            ben.driver.manage().deleteAllCookies();
            ben.script("localStorage.clear()");
            ben.go("/join?code=" + code);
            ben.find("#name").sendKeys("Ana");
            ben.find("details summary").click();
            ben.find("#personal").sendKeys(personalCode);
            ben.find(".join-form button[type=submit]").click();
            ben.waitForText("Question 3 of 4");
            assertEquals(attemptPath + "/q/3", ben.path());
            assertTrue(ben.text().contains("Your personal code: " + personalCode));

            // The teacher closes the session: no more answers, and the page says so.
            server.stores.sessions().close(server.stores.sessions().byCode(code).orElseThrow().id());
            ben.choose("False");
            ben.find("form.question button[type=submit]").click();
            ben.waitForText("This class session is closed");
            ben.screenshot("session-closed");
            ben.assertAccessible("session-closed");
            assertEquals(2, server.stores.answers().forAttempt(attemptId).size());
            ben.go(attemptPath + "/summary");
            ben.waitForText("Your results");
            assertTrue(ben.text().contains("2 / 4"), ben.text());
        } finally {
            server.close();
        }
    }
}
