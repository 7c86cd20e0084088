package newsquiz.web.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsquiz.quiz.Quiz;
import newsquiz.web.Browser;
import newsquiz.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole teacher loop in real browsers: sign in, make a quiz from pasted text, review it, run a
 * session two students answer in their own browsers while the live view updates, close it, read the
 * results and download the CSV. Every teacher page is screenshotted and checked with axe-core.
 */
class BrowserTeacherTest {
    @TempDir
    Path dir;

    @Test
    void fromArticleToResults() throws Exception {
        try (TestServer server = TestServer.start(dir); Browser teacher = Browser.open(server)) {
            // A long article with many sources, relays and a denial, for the source map.
            Files.copy(Path.of("src/test/resources/eval/russia-north-korea.txt"), server.root.resolve("articles/russia-north-korea.txt"));
            server.library.put(new Quiz("russia-north-korea", "Russia and North Korea", "articles/russia-north-korea.txt", null, List.of()));
            teacher.go("/teacher");
            teacher.waitForText("Sign in as the teacher");
            assertEquals("/teacher/login", teacher.path());
            teacher.screenshot("teacher-login");
            teacher.assertAccessible("teacher-login");
            teacher.find("#password").sendKeys("not it");
            teacher.find("main form button[type=submit]").click();
            teacher.waitForText("That is not the teacher password");
            teacher.find("#password").sendKeys(TestServer.TEACHER_PASSWORD);
            teacher.find("main form button[type=submit]").click();
            teacher.waitForText("New quiz from an article");
            teacher.screenshot("teacher-library");
            teacher.assertAccessible("teacher-library");

            // A new quiz from pasted text.
            teacher.find("a.button.primary[href='/teacher/new']").click();
            teacher.waitForText("Paste the article");
            String article = Files.readString(TeacherPagesTest.TELESCOPE);
            WebElement text = teacher.find("#text");
            teacher.script("arguments[0].value = arguments[1]", text, article);
            text.sendKeys(" ");
            teacher.screenshot("teacher-new-quiz");
            teacher.assertAccessible("teacher-new-quiz");
            teacher.find("form[action='/teacher/new/text'] button[type=submit]").click();
            teacher.waitForText("Quiz made from the article");
            String quizPath = teacher.path();
            String quizId = quizPath.substring("/teacher/quizzes/".length());
            teacher.screenshot("teacher-review");
            teacher.assertAccessible("teacher-review");

            // Review: approve three, reject one, edit one.
            int questions = teacher.all(".review-card").size();
            assertTrue(questions >= 4, "the telescope article gives several questions, got " + questions);
            for (int n = 1; n <= 3; n++) {
                teacher.find("button[aria-label='Approve question " + n + "']").click();
                teacher.waitForText("Question approved.");
            }
            teacher.find("button[aria-label='Reject question 4']").click();
            teacher.waitForText("learners will never see it");
            teacher.find("a[aria-label='Edit question 2']").click();
            teacher.waitForText("Edit question 2");
            teacher.screenshot("teacher-edit-question");
            teacher.assertAccessible("teacher-edit-question");
            WebElement prompt = teacher.find("#prompt");
            prompt.clear();
            prompt.sendKeys("Edited in the browser: which number is in the article?");
            teacher.find("form.edit-form button.primary").click();
            teacher.waitForText("Question saved.");
            assertTrue(teacher.text().contains("Edited in the browser: which number is in the article?"));
            assertTrue(teacher.text().contains("3 approved"), teacher.text());

            teacher.go(quizPath + "/briefing");
            teacher.waitForText("Who said what");
            assertFalse(teacher.all("svg.source-map").isEmpty());
            teacher.screenshot("teacher-briefing");
            teacher.assertAccessible("teacher-briefing");
            teacher.go("/teacher/quizzes/russia-north-korea/briefing");
            teacher.waitForText("Russian Foreign Ministry");
            assertFalse(teacher.all(".map-denial").isEmpty(), "the denial is marked on the map");
            teacher.screenshot("teacher-briefing-many-sources");
            teacher.assertAccessible("teacher-briefing-many-sources");

            // Start a session; results when students hand in.
            teacher.go(quizPath);
            teacher.find("label[for='fb-end']").click();
            teacher.find("form.start-form button[type=submit]").click();
            teacher.waitForText("Nobody has joined yet.");
            String livePath = teacher.path();
            String code = livePath.substring("/teacher/sessions/".length());
            teacher.waitFor(d -> teacher.text().contains("updates by itself"));
            teacher.screenshot("teacher-live-empty");
            teacher.assertAccessible("teacher-live-empty");

            try (Browser projector = Browser.open(server)) {
                // The projector is a teacher page too: the second browser signs in first.
                projector.go("/teacher/login?next=/teacher/sessions/" + code + "/projector");
                projector.find("#password").sendKeys(TestServer.TEACHER_PASSWORD);
                projector.find("main form button[type=submit]").click();
                projector.waitForText("and type the code");
                assertEquals(code, projector.find(".projector-code").getText());
                projector.screenshot("teacher-projector");
                projector.assertAccessible("teacher-projector");
            }

            try (Browser ana = Browser.open(server); Browser ben = Browser.open(server)) {
                join(ana, code, "Ana");
                teacher.waitFor(d -> teacher.find("#live").getText().contains("Ana"));
                assertTrue(teacher.find("#live").getAttribute("data-updated") != null, "the update came as a server-sent event");
                assertEquals(livePath, teacher.path(), "no reload");
                join(ben, code, "Ben");
                teacher.waitFor(d -> teacher.find("#live").getText().contains("2 students have joined"));
                answerAll(ana, 3);
                answerAll(ben, 3);
                teacher.waitFor(d -> teacher.find("#live").getText().contains("2 handed in, 6 answers"));
                teacher.screenshot("teacher-live");
                teacher.assertAccessible("teacher-live");

                teacher.find("form[action$='/close'] button").click();
                teacher.waitForText("Session closed: no more answers are accepted.");
                ana.go(ana.path());
                ana.waitForText("Your results");
            }

            teacher.find("a.button.primary[href$='/results']").click();
            teacher.waitForText("Students × questions");
            assertTrue(teacher.text().contains("Only 2 students answered"), "small class warning");
            assertEquals(2, teacher.all("table.grid tbody tr").size());
            teacher.screenshot("teacher-results");
            teacher.assertAccessible("teacher-results");
            teacher.find("table.grid thead th:nth-child(2) a").click();
            teacher.waitFor(d -> teacher.driver.getCurrentUrl().contains("sort=score"));

            // The CSV, fetched with the teacher's own session as the download link does.
            String csvHref = teacher.find("a[href$='/results.csv']").getAttribute("href");
            @SuppressWarnings("unchecked")
            Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) teacher.driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                    + "  return r.text().then(function (t) { done({status: r.status, type: r.headers.get('content-type'),"
                    + "    disposition: r.headers.get('content-disposition'), body: t}); }); });", csvHref);
            assertEquals(200L, download.get("status"));
            assertTrue(String.valueOf(download.get("type")).startsWith("text/csv"), download.toString());
            assertTrue(String.valueOf(download.get("disposition")).contains("newsquiz-" + code + "-results.csv"));
            List<List<String>> rows = Downloads.csv((String) download.get("body"));
            assertEquals(List.of("session", "student", "question", "choices", "correct", "time"), rows.get(0));
            assertEquals(1 + 6, rows.size(), "one row per answer: two students, three questions");
            assertTrue(rows.stream().skip(1).allMatch(r -> r.get(0).equals(code) && List.of("Ana", "Ben").contains(r.get(1))), rows.toString());

            teacher.find("table.grid tbody tr th a").click();
            teacher.waitForText("Back to the results of session " + code);
            teacher.screenshot("teacher-student");
            teacher.assertAccessible("teacher-student");

            teacher.go("/teacher/sessions");
            teacher.waitForText("Class sessions");
            teacher.screenshot("teacher-sessions");
            teacher.assertAccessible("teacher-sessions");
            teacher.go("/teacher");
            assertTrue(teacher.text().contains(quizId + ".txt"));
        }
    }

    private static void join(Browser student, String code, String name) {
        student.go("/join?code=" + code);
        student.find("#name").sendKeys(name);
        student.find(".join-form button[type=submit]").click();
        student.waitForText("You are in, " + name + "!");
        student.find("main a.primary").click();
        student.waitForText("Question 1 of 3");
    }

    /** Answers every question with its first choice (or the listed order), then hands in. */
    private static void answerAll(Browser student, int questions) {
        for (int n = 1; n <= questions; n++) {
            student.waitForText("Question " + n + " of " + questions);
            List<WebElement> slots = student.all("select[name=choice]");
            if (slots.isEmpty()) {
                student.find(".choice label").click();
            } else {
                for (int i = 0; i < slots.size(); i++) {
                    new Select(slots.get(i)).selectByIndex(i + 1);
                }
            }
            student.find("form.question button[type=submit]").click();
            int next = n;
            student.waitFor(d -> !d.getCurrentUrl().endsWith("/q/" + next) || student.text().contains("Change my answer"));
        }
        student.waitForText("You have answered " + questions + " of " + questions + " questions.");
        student.find("main form button.primary").click();
        student.waitForText("Your results");
        assertEquals(1, student.driver.findElements(By.cssSelector(".score-number")).size());
    }
}
