package newsquiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A learner practising alone in a real browser, from the home page to practising what they missed. */
class BrowserSelfStudyTest {
    @TempDir
    Path dir;

    @Test
    void selfStudyFlow() {
        try (TestServer server = TestServer.start(dir); Browser browser = Browser.open(server)) {
            browser.go("/");
            assertEquals("en", browser.find("html").getAttribute("lang"));
            browser.screenshot("home");
            browser.assertAccessible("home");

            // Keyboard: the first Tab reaches the skip link.
            browser.find("body").sendKeys(Keys.TAB);
            assertEquals("Skip to content", browser.driver.switchTo().activeElement().getText());

            browser.find("button[aria-label^='Start: Town library']").click();
            browser.waitForText("Question 1 of 4");
            assertFalse(browser.driver.getPageSource().contains("choice-right"));
            browser.screenshot("question");
            browser.assertAccessible("question");

            browser.choose("To open the library on Sundays from June");
            browser.find("form.question button[type=submit]").click();
            browser.waitForText("Right!");
            assertTrue(browser.text().contains("Where the article says it"));
            browser.screenshot("feedback");
            browser.assertAccessible("feedback");

            browser.find(".evidence a").click();
            browser.waitFor(d -> !browser.all(".para mark").isEmpty());
            assertTrue(browser.find(".para mark").getText().startsWith("The Millbrook town library will open on Sundays"));
            assertTrue(browser.text().contains("Back to question 1"));
            browser.screenshot("article");
            browser.assertAccessible("article");
            browser.find("main > p > a").click();
            browser.waitForText("Question 1 of 4");

            browser.find(".question-nav a.primary").click();
            browser.waitForText("Question 2 of 4");
            browser.choose("Board chair Tomas Ferreira");
            browser.find("form.question button[type=submit]").click();
            browser.waitForText("Not quite.");
            assertTrue(browser.text().contains("The right answer is: Councillor Ada Whitfield"));
            browser.screenshot("feedback-wrong");
            browser.assertAccessible("feedback-wrong");

            browser.find(".question-nav a.primary").click();
            browser.waitForText("Question 3 of 4");
            // Keyboard only: focus the first radio, arrow to the next, press the button with Enter.
            WebElement first = browser.all(".choice input").get(0);
            first.sendKeys(Keys.SPACE);
            first.sendKeys(Keys.ARROW_DOWN);
            assertTrue(browser.all(".choice input").get(1).isSelected());
            browser.find("form.question button[type=submit]").sendKeys(Keys.ENTER);
            browser.waitForText("Right!");

            browser.find(".question-nav a.primary").click();
            browser.waitForText("Question 4 of 4");
            browser.choose("900 signatures");
            browser.find("form.question button[type=submit]").click();
            browser.waitForText("Not quite.");
            browser.find(".question-nav button.primary").click();
            browser.waitForText("Your results");
            assertTrue(browser.text().contains("2 / 4"));
            browser.screenshot("results");
            browser.assertAccessible("results");

            browser.find(".score-panel button").click();
            browser.waitForText("Question 1 of 2");
            String practisePath = browser.path();

            // Closing the browser tab and coming back later resumes the attempt.
            browser.go("/");
            assertTrue(browser.text().contains("You have 0 of 2 answered"), browser.text());
            browser.find("button[aria-label^='Continue: Town library']").click();
            browser.waitForText("Question 1 of 2");
            assertEquals(practisePath, browser.path());
        }
    }
}
