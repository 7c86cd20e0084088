package newsquiz.web.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsquiz.quiz.AikenReader;
import newsquiz.quiz.GiftReader;
import newsquiz.quiz.Question;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.quiz.Status;
import newsquiz.store.ClassSession;
import newsquiz.store.Feedback;
import newsquiz.web.Http;
import newsquiz.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The teacher's pages as a browser without JavaScript uses them: plain forms, POST-redirect-GET, links. */
class TeacherPagesTest {
    static final Path TELESCOPE = Path.of("src/test/resources/eval/wikinews-20160706-telescope.txt");

    @TempDir
    Path dir;

    private TestServer server;
    private Http teacher;
    private String csrf;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        teacher = new Http(server);
        teacher.signInAsTeacher();
        csrf = Http.csrf(teacher.get("/teacher"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPastedArticleBecomesAQuizOfDraftsSavedUnderOurOwnNames() throws Exception {
        String text = Files.readString(TELESCOPE);
        HttpResponse<String> made = teacher.form("/teacher/new/text", "csrf", csrf, "title", "", "text", text);
        assertEquals(303, made.statusCode(), made.body());
        String location = made.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/teacher/quizzes/[a-z0-9-]+\\?msg=created"), location);
        String id = location.substring("/teacher/quizzes/".length(), location.indexOf('?'));

        Quiz quiz = QuizFiles.read(server.root.resolve("quizzes/" + id + ".yaml"));
        assertEquals("articles/" + id + ".txt", quiz.article());
        assertEquals(text.replace("\r\n", "\n"), Files.readString(server.root.resolve(quiz.article())));
        assertEquals(QuizFiles.sha256(Files.readAllBytes(server.root.resolve(quiz.article()))), quiz.articleSha256());
        assertFalse(quiz.questions().isEmpty());
        assertTrue(quiz.questions().stream().allMatch(q -> q.status() == Status.DRAFT));
        assertTrue(server.library.byId(id).isPresent(), "in the library at once");

        HttpResponse<String> review = teacher.follow(made);
        assertTrue(review.body().contains("Quiz made from the article"), review.body());
        assertTrue(review.body().contains(quiz.questions().size() + " drafts to review"), review.body());
        assertTrue(review.body().contains("Run the " + quiz.questions().size() + " draft questions without reviewing them first"));
        HttpResponse<String> library = teacher.get("/teacher");
        assertTrue(library.body().contains(id + ".txt"), "the library names the article");

        HttpResponse<String> briefing = teacher.get("/teacher/quizzes/" + id + "/briefing");
        assertEquals(200, briefing.statusCode());
        assertTrue(briefing.body().contains("Peng Bo"), "attributions table");
        assertTrue(briefing.body().contains("<svg class=\"source-map\""), briefing.body());
        assertTrue(briefing.body().contains("Unnamed sources: Scientists"), "the map says in words which sources are unnamed");
        assertTrue(briefing.body().contains("id=\"p5\""), "numbered paragraphs");

        // A second article with the same headline gets its own name; nothing is overwritten.
        HttpResponse<String> again = teacher.form("/teacher/new/text", "csrf", csrf, "title", "", "text", text);
        String second = again.headers().firstValue("Location").orElseThrow();
        assertTrue(second.startsWith("/teacher/quizzes/" + id + "-2?"), second);
    }

    @Test
    void uploadsAreCheckedAndTheirNamesNeverUsedAsPaths() throws Exception {
        byte[] md = ("# Council votes to keep the pool open\n\nThe council voted on Monday to keep the town pool open, the mayor said."
                + " \"We listened to the swimmers,\" said Mayor Ines Rocha.\n\nA local newspaper reported that the repairs will cost 40,000 euros.")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> tricky = teacher.upload("/teacher/new/file", "file", "../../quizzes/evil.md", md, "csrf", csrf);
        assertEquals(400, tricky.statusCode());
        assertTrue(tricky.body().contains("That file name is not accepted"), tricky.body());
        assertFalse(Files.exists(server.root.resolve("quizzes/evil.md")));
        HttpResponse<String> windows = teacher.upload("/teacher/new/file", "file", "..\\..\\evil.md", md, "csrf", csrf);
        assertEquals(400, windows.statusCode());
        assertEquals(415, teacher.upload("/teacher/new/file", "file", "article.exe", md, "csrf", csrf).statusCode());
        assertEquals(400, teacher.upload("/teacher/new/file", "file", "empty.txt", new byte[0], "csrf", csrf).statusCode());
        HttpResponse<String> huge = teacher.upload("/teacher/new/file", "file", "huge.txt", new byte[QuizMaker.MAX_BYTES + 10], "csrf", csrf);
        assertEquals(413, huge.statusCode(), huge.body());
        HttpResponse<String> tooBig = teacher.upload("/teacher/new/file", "file", "big.txt", new byte[3 * 1024 * 1024], "csrf", csrf);
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        HttpResponse<String> noText = teacher.form("/teacher/new/text", "csrf", csrf, "text", "   ");
        assertEquals(400, noText.statusCode());
        assertTrue(noText.body().contains("Paste the article"), noText.body());
        HttpResponse<String> unreadable = teacher.form("/teacher/new/text", "csrf", csrf, "title", "Kept", "text", "Headline only");
        assertEquals(422, unreadable.statusCode(), unreadable.body());
        assertTrue(unreadable.body().contains("value=\"Kept\""), "the form keeps what was typed");

        HttpResponse<String> ok = teacher.upload("/teacher/new/file", "file", "pool story.md", md, "csrf", csrf, "title", "The <pool> vote");
        assertEquals(303, ok.statusCode(), ok.body());
        String id = ok.headers().firstValue("Location").orElseThrow().replaceAll("^/teacher/quizzes/([^?]+).*$", "$1");
        assertEquals("the-pool-vote", id);
        assertTrue(Files.exists(server.root.resolve("articles/the-pool-vote.md")));
        try (Stream<Path> files = Files.list(server.root.resolve("articles"))) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("pool story")), "the uploaded name is not used");
        }
        HttpResponse<String> review = teacher.get("/teacher/quizzes/" + id);
        assertTrue(review.body().contains("The &lt;pool&gt; vote"), "titles are escaped");
    }

    @Test
    void approveRejectAndEditAreSavedAndValidated() throws Exception {
        Path file = server.root.resolve("quizzes/library-hours.yaml");
        HttpResponse<String> rejected = teacher.form("/teacher/quizzes/library-hours/questions/q1/status", "csrf", csrf, "status", "rejected");
        assertEquals(303, rejected.statusCode());
        assertEquals("/teacher/quizzes/library-hours?msg=rejected#q-q1", rejected.headers().firstValue("Location").orElseThrow());
        assertEquals(Status.REJECTED, QuizFiles.read(file).question("q1").status());
        assertTrue(new Http(server).get("/").body().contains("3 questions"), "learners no longer get the rejected question");
        teacher.form("/teacher/quizzes/library-hours/questions/q1/status", "csrf", csrf, "status", "approved");
        assertEquals(Status.APPROVED, QuizFiles.read(file).question("q1").status());
        assertEquals(400, teacher.form("/teacher/quizzes/library-hours/questions/q1/status", "csrf", csrf, "status", "maybe").statusCode());
        assertEquals(404, teacher.form("/teacher/quizzes/library-hours/questions/nope/status", "csrf", csrf, "status", "draft").statusCode());
        assertEquals(404, teacher.get("/teacher/quizzes/nope").statusCode());

        HttpResponse<String> form = teacher.get("/teacher/quizzes/library-hours/questions/q2/edit");
        assertEquals(200, form.statusCode());
        String version = form.body().replaceAll("(?s).*name=\"version\" value=\"([0-9a-f]+)\".*", "$1");
        assertTrue(form.body().contains("value=\"Councillor Ada Whitfield\""), form.body());

        // No key marked: refused with a clear message, and the typed text stays.
        HttpResponse<String> noKey = teacher.form("/teacher/quizzes/library-hours/questions/q2/edit", "csrf", csrf, "version", version,
                "prompt", "Who said it was \"a raid\"?", "text-0", "Councillor Ada Whitfield", "text-1", "Board chair Tomas Ferreira",
                "text-2", "The teacher Rui Santos", "text-3", "", "explanation", "Whitfield said so.", "status", "approved");
        assertEquals(422, noKey.statusCode());
        assertTrue(noKey.body().contains("Mark the right answer."), noKey.body());
        assertTrue(noKey.body().contains(">Who said it was \"a raid\"?</textarea>"), noKey.body());
        assertEquals("Who called the decision \"a raid on money that was promised to others\"?", QuizFiles.read(file).question("q2").prompt());

        HttpResponse<String> saved = teacher.form("/teacher/quizzes/library-hours/questions/q2/edit", "csrf", csrf, "version", version,
                "prompt", "Who said it was <em>a raid</em>?", "text-0", "Councillor Ada Whitfield", "text-1", "Board chair Tomas Ferreira",
                "text-2", "The teacher Rui Santos", "text-3", "", "text-new", "Mayor Ines Rocha", "key", "0",
                "explanation", "Whitfield said so.", "status", "approved");
        assertEquals(303, saved.statusCode(), saved.body());
        Question q2 = QuizFiles.read(file).question("q2");
        assertEquals("Who said it was <em>a raid</em>?", q2.prompt());
        assertEquals(List.of("Councillor Ada Whitfield", "Board chair Tomas Ferreira", "The teacher Rui Santos", "Mayor Ines Rocha"),
                q2.choices().stream().map(c -> c.text()).toList(), "the emptied choice is gone, the new one added");
        assertEquals(List.of("a", "b", "c", "e"), q2.choices().stream().map(c -> c.id()).toList());
        assertEquals("Whitfield said so.", q2.explanation());
        assertFalse(q2.evidence().isEmpty(), "evidence is kept");
        assertEquals(q2, server.library.byId("library-hours").orElseThrow().question("q2"), "the library has the edit");
        HttpResponse<String> review = teacher.follow(saved);
        assertTrue(review.body().contains("Who said it was &lt;em&gt;a raid&lt;/em&gt;?"), "escaped on the page");

        // The same form again (an old version): refused instead of undoing the edit.
        HttpResponse<String> stale = teacher.form("/teacher/quizzes/library-hours/questions/q2/edit", "csrf", csrf, "version", version,
                "prompt", "Old", "text-0", "A", "text-1", "B", "key", "0", "status", "approved");
        assertEquals(409, stale.statusCode());

        HttpResponse<String> all = teacher.form("/teacher/quizzes/drafts-only/approve-drafts", "csrf", csrf);
        assertEquals(303, all.statusCode());
        List<Status> statuses = QuizFiles.read(server.root.resolve("quizzes/drafts-only.yaml")).questions().stream().map(Question::status).toList();
        assertEquals(List.of(Status.APPROVED, Status.REJECTED), statuses, "drafts approved, the rejected one left alone");
    }

    @Test
    void anEditNeverChangesASessionThatAlreadyStarted() throws Exception {
        String code = startSession("library-hours", "end", "");
        JsonNode ana = Http.body(new Http(server).json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"Ana\"}", null));
        String version = teacher.get("/teacher/quizzes/library-hours/questions/q1/edit").body()
                .replaceAll("(?s).*name=\"version\" value=\"([0-9a-f]+)\".*", "$1");
        HttpResponse<String> edited = teacher.form("/teacher/quizzes/library-hours/questions/q1/edit", "csrf", csrf, "version", version,
                "prompt", "A NEW PROMPT", "text-0", "To open on Sundays", "text-1", "To close on Saturdays", "text-2", "To move", "key", "1",
                "status", "approved");
        assertEquals(303, edited.statusCode(), edited.body());

        JsonNode attempt = Http.body(new Http(server).get("/api/attempts/" + ana.get("attemptId").asLong(), ana.get("token").asText()));
        assertEquals("What did the library board decide?", attempt.get("questions").get(0).get("prompt").asText(), "old snapshot");
        JsonNode saved = Http.body(new Http(server).json("PUT", "/api/attempts/" + ana.get("attemptId").asLong() + "/answers/q1",
                "{\"choices\":[\"a\"]}", ana.get("token").asText()));
        assertTrue(saved.get("saved").asBoolean());
        String newCode = startSession("library-hours", "immediate", "");
        JsonNode ben = Http.body(new Http(server).json("POST", "/api/attempts", "{\"code\":\"" + newCode + "\",\"name\":\"Ben\"}", null));
        JsonNode benAttempt = Http.body(new Http(server).get("/api/attempts/" + ben.get("attemptId").asLong(), ben.get("token").asText()));
        assertEquals("A NEW PROMPT", benAttempt.get("questions").get(0).get("prompt").asText(), "new sessions get the edit");
        // Results of the first session are marked against the key it ran with.
        String results = teacher.get("/teacher/sessions/" + code + "/results").body();
        assertTrue(results.contains("What did the library board decide?"), results);
        assertTrue(results.contains("1/4"), "Ana's answer a was right in the old version");
    }

    @Test
    void aQuizWithOnlyDraftsRunsThemOnlyWhenTheTeacherConfirms() {
        HttpResponse<String> refused = teacher.form("/teacher/sessions", "csrf", csrf, "quizId", "drafts-only", "feedback", "immediate");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("Run the draft questions"), refused.body());
        assertTrue(server.stores.sessions().all().isEmpty());
        String code = startSession("drafts-only", "immediate", "yes");
        ClassSession session = server.stores.sessions().byCode(code).orElseThrow();
        assertTrue(session.drafts());
        assertFalse(session.questionIds().isEmpty());
        // Rejected questions never run, drafts or not.
        assertFalse(server.stores.sessions().byCode(startSession("library-hours", "end", "yes")).orElseThrow().questionIds().contains("q5"));
    }

    @Test
    void startingASessionChecksTheSettingsAndATimeLimitClosesIt() throws Exception {
        assertEquals(400, teacher.form("/teacher/sessions", "csrf", csrf, "quizId", "library-hours", "feedback", "later").statusCode());
        assertEquals(400, teacher.form("/teacher/sessions", "csrf", csrf, "quizId", "library-hours", "feedback", "end", "minutes", "0").statusCode());
        assertEquals(400, teacher.form("/teacher/sessions", "csrf", csrf, "quizId", "library-hours", "feedback", "end", "minutes", "ten").statusCode());
        assertEquals(404, teacher.form("/teacher/sessions", "csrf", csrf, "quizId", "nope", "feedback", "end").statusCode());
        String code = startSession("library-hours", "closed", "", "minutes", "25");
        ClassSession session = server.stores.sessions().byCode(code).orElseThrow();
        assertEquals(25 * 60, session.timeLimitSeconds());
        assertEquals(Feedback.CLOSED, session.feedback());
        assertTrue(code.chars().allMatch(c -> newsquiz.store.Codes.ALPHABET.indexOf(c) >= 0), code);
        assertTrue(teacher.get("/teacher/sessions/" + code).body().contains("closes by itself in 25 minutes"));

        // A one-second limit (made directly in the store; the form counts in minutes): answers stop when it runs out.
        String hash = server.stores.quizzes().snapshot(server.library.byId("library-hours").orElseThrow());
        ClassSession quick = server.stores.sessions().create(hash, Feedback.END, false, List.of("q1", "q2"), 1);
        JsonNode ana = Http.body(new Http(server).json("POST", "/api/attempts", "{\"code\":\"" + quick.code() + "\",\"name\":\"Ana\"}", null));
        Thread.sleep(1100);
        HttpResponse<String> late = new Http(server).json("PUT", "/api/attempts/" + ana.get("attemptId").asLong() + "/answers/q1",
                "{\"choices\":[\"a\"]}", ana.get("token").asText());
        assertEquals(409, late.statusCode(), late.body());
        assertTrue(late.body().contains("closed"), late.body());
        assertTrue(teacher.get("/teacher/sessions/" + quick.code()).body().contains("Time is up"));
    }

    @Test
    void theLiveViewShowsWhoJoinedAndUpdatesBySseAndClosingStopsAnswers() throws Exception {
        String code = startSession("library-hours", "end", "");
        HttpResponse<String> live = teacher.get("/teacher/sessions/" + code);
        assertTrue(live.body().contains("Nobody has joined yet."), live.body());
        assertTrue(live.body().contains("data-live-source=\"/teacher/sessions/" + code + "/events\""));
        HttpResponse<String> projector = teacher.get("/teacher/sessions/" + code + "/projector");
        assertTrue(projector.body().contains("class=\"projector-code\""), projector.body());
        assertTrue(projector.body().contains(":" + server.port() + "/join</p>"), projector.body());

        assertEquals(404, teacher.get("/teacher/sessions/ZZZZZZ/events").statusCode());
        try (SseStream events = SseStream.open(server, teacher, "/teacher/sessions/" + code + "/events")) {
            String first = events.nextUpdate();
            assertTrue(first.contains("Nobody has joined yet."), first);
            JsonNode ana = Http.body(new Http(server).json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"<b>Ana</b>\"}", null));
            String joined = events.nextUpdate();
            assertTrue(joined.contains("&lt;b&gt;Ana&lt;/b&gt;"), joined);
            assertTrue(joined.contains("0 of 4"), joined);
            new Http(server).json("PUT", "/api/attempts/" + ana.get("attemptId").asLong() + "/answers/q1", "{\"choices\":[\"a\"]}",
                    ana.get("token").asText());
            String answered = events.nextUpdate();
            assertTrue(answered.contains("1 of 4"), answered);
            assertTrue(answered.contains("100% right"), answered);

            HttpResponse<String> closed = teacher.form("/teacher/sessions/" + code + "/close", "csrf", csrf);
            assertEquals(303, closed.statusCode());
            assertTrue(events.nextUpdate().contains("Closed"));
            HttpResponse<String> late = new Http(server).json("PUT", "/api/attempts/" + ana.get("attemptId").asLong() + "/answers/q2",
                    "{\"choices\":[\"a\"]}", ana.get("token").asText());
            assertEquals(409, late.statusCode());
            JsonNode finished = Http.body(new Http(server).json("POST", "/api/attempts/" + ana.get("attemptId").asLong() + "/finish", null,
                    ana.get("token").asText()));
            assertTrue(finished.get("resultsAvailable").asBoolean(), "after closing, students see their results");
        }
        assertTrue(teacher.get("/teacher/sessions/" + code).body().contains("badge-closed\">Closed "));
        assertTrue(teacher.get("/teacher/sessions").body().contains(code));
    }

    @Test
    void resultsGridStatisticsAndAStudentsAttempt() {
        String code = startSession("library-hours", "end", "");
        // q1 key a, q2 key a, q3 key b, q4 keys a+b.
        long ana = answer(code, "Ana", "a", "a", "b", "a,b");
        answer(code, "Ben", "b", "a", "b", "a");
        answer(code, "=HYPERLINK(\"x\")", "b", "b", "a", null);
        answer(code, "Dee", "b", "a", null, "a,b");
        new Http(server).json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"Eve\"}", null);

        HttpResponse<String> page = teacher.get("/teacher/sessions/" + code + "/results");
        String html = page.body();
        assertTrue(html.contains("Only 4 students answered"), "small class warning");
        assertTrue(html.contains("1 joined but answered nothing"), html);
        assertTrue(html.contains("Check this question."), "q1: three of four chose the same wrong answer");
        assertTrue(html.contains("(3 of 4) chose the same wrong answer: \u201cTo close the library on Saturdays\u201d"), html);
        assertTrue(html.contains("Cronbach"), html);
        assertTrue(html.contains("<svg class=\"chart\""), html);
        assertTrue(html.contains(">=HYPERLINK(\"x\")</a>"), "the name as typed");
        assertTrue(html.contains("question 1: right"), "cells say what they mean to screen readers");
        assertEquals(List.of("=HYPERLINK(\"x\")", "Ana", "Ben", "Dee", "Eve"), names(html));
        assertTrue(html.contains("aria-sort=\"ascending\""));

        String byScore = teacher.get("/teacher/sessions/" + code + "/results?sort=score&dir=desc").body();
        assertEquals("Ana", names(byScore).get(0));
        assertEquals("Eve", names(byScore).get(4));
        String byQ3 = teacher.get("/teacher/sessions/" + code + "/results?sort=q3&dir=asc").body();
        assertEquals(List.of("Dee", "Eve", "=HYPERLINK(\"x\")"), names(byQ3).subList(0, 3), "blanks first, then wrong, ascending");
        assertEquals(200, teacher.get("/teacher/sessions/" + code + "/results?sort=q99&dir=sideways").statusCode());

        HttpResponse<String> detail = teacher.get("/teacher/sessions/" + code + "/students/" + ana);
        assertTrue(detail.body().contains("4 of 4"), detail.body());
        assertTrue(detail.body().contains("900 signatures + 18,000 euros a year"), detail.body());
        String other = startSession("library-hours", "end", "");
        assertEquals(404, teacher.get("/teacher/sessions/" + other + "/students/" + ana).statusCode(), "not a student of that session");
        assertEquals(404, teacher.get("/teacher/sessions/ZZZZZZ/results").statusCode());

        JsonNode json = Http.body(teacher.teacherJson("GET", "/api/sessions/" + code + "/results", null));
        assertEquals(code, json.get("code").asText());
        assertEquals(5, json.get("students").size());
        assertEquals(4, json.get("test").get("students").asInt());
        JsonNode q1 = json.get("questions").get(0);
        assertEquals(0.25, q1.get("facility").asDouble(), 1e-9);
        assertTrue(q1.get("check").asBoolean());
        assertEquals(3, q1.get("options").get(1).get("count").asInt());
        assertTrue(json.get("test").get("cronbachAlpha").isNumber() || json.get("test").get("cronbachAlpha").isNull());
    }

    @Test
    void downloadsHaveTheirTypesAndNamesAndReadBack() throws Exception {
        String code = startSession("library-hours", "end", "");
        answer(code, "=cmd|' /C calc'!A0", "a", "b", null, null);
        answer(code, "Ana, \"the\" reader", "b", null, null, "a,b");

        HttpResponse<byte[]> csv = teacher.download("/teacher/sessions/" + code + "/results.csv");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=utf-8", type(csv));
        assertEquals("attachment; filename=\"newsquiz-" + code + "-results.csv\"", csv.headers().firstValue("Content-Disposition").orElseThrow());
        List<List<String>> rows = Downloads.csv(new String(csv.body(), StandardCharsets.UTF_8));
        assertEquals(List.of("session", "student", "question", "choices", "correct", "time"), rows.get(0));
        assertEquals(5, rows.size(), "one row per answer");
        assertEquals(List.of(code, "'=cmd|' /C calc'!A0", "q1", "a", "true"), rows.get(1).subList(0, 5), "formulas are neutralised");
        assertEquals(List.of(code, "Ana, \"the\" reader", "q4", "a;b", "true"), rows.get(4).subList(0, 5));
        assertTrue(rows.get(1).get(5).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), rows.get(1).get(5));
        byte[] excel = teacher.download("/teacher/sessions/" + code + "/results.csv?excel=1").body();
        assertEquals((byte) 0xEF, excel[0], "Excel gets a byte order mark");

        HttpResponse<byte[]> gift = teacher.download("/teacher/quizzes/library-hours/export/gift");
        assertEquals("text/plain;charset=utf-8", type(gift));
        assertEquals("attachment; filename=\"library-hours.gift.txt\"", gift.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(4, GiftReader.read(new String(gift.body(), StandardCharsets.UTF_8)).size(), "every question but the rejected one");

        HttpResponse<byte[]> aiken = teacher.download("/teacher/quizzes/library-hours/export/aiken");
        assertTrue(AikenReader.read(new String(aiken.body(), StandardCharsets.UTF_8)).size() >= 2);

        HttpResponse<byte[]> moodle = teacher.download("/teacher/quizzes/library-hours/export/moodle");
        assertEquals("application/xml", type(moodle));
        Document xml = Downloads.xml(moodle.body());
        assertEquals("quiz", xml.getDocumentElement().getLocalName());
        int questions = 0;
        for (int i = 0; i < xml.getElementsByTagName("question").getLength(); i++) {
            questions += "category".equals(((org.w3c.dom.Element) xml.getElementsByTagName("question").item(i)).getAttribute("type")) ? 0 : 1;
        }
        assertEquals(4, questions);

        HttpResponse<byte[]> qti = teacher.download("/teacher/quizzes/library-hours/export/qti");
        assertEquals("application/zip", type(qti));
        assertEquals("attachment; filename=\"library-hours.qti21.zip\"", qti.headers().firstValue("Content-Disposition").orElseThrow());
        Map<String, byte[]> zip = Downloads.zip(qti.body());
        assertTrue(zip.containsKey("imsmanifest.xml"), zip.keySet().toString());
        List<String> items = zip.keySet().stream().filter(n -> n.endsWith(".xml") && !n.equals("imsmanifest.xml")).collect(Collectors.toList());
        assertEquals(4, items.size(), items.toString());
        for (String item : items) {
            assertEquals("assessmentItem", Downloads.xml(zip.get(item)).getDocumentElement().getLocalName());
        }

        // Approved only: the drafts-only quiz has none, which is said plainly rather than sent as an empty file.
        assertEquals(409, teacher.download("/teacher/quizzes/drafts-only/export/gift?questions=approved").statusCode());
        assertEquals(200, teacher.download("/teacher/quizzes/drafts-only/export/gift").statusCode());
        assertEquals(404, teacher.download("/teacher/quizzes/library-hours/export/docx").statusCode());

        HttpResponse<byte[]> asRun = teacher.download("/teacher/sessions/" + code + "/export/gift");
        assertEquals("attachment; filename=\"library-hours-" + code + ".gift.txt\"", asRun.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(4, GiftReader.read(new String(asRun.body(), StandardCharsets.UTF_8)).size());
    }

    private static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElseThrow().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    }

    /** Joins as a student and answers (null skips; "a,b" picks two); returns the attempt id. */
    private long answer(String code, String name, String... choices) {
        Http student = new Http(server);
        JsonNode joined = Http.body(student.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":" + json(name) + "}", null));
        long id = joined.get("attemptId").asLong();
        for (int i = 0; i < choices.length; i++) {
            if (choices[i] != null) {
                String list = Stream.of(choices[i].split(",")).map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
                HttpResponse<String> r = student.json("PUT", "/api/attempts/" + id + "/answers/q" + (i + 1), "{\"choices\":[" + list + "]}",
                        joined.get("token").asText());
                assertEquals(200, r.statusCode(), r.body());
            }
        }
        return id;
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String startSession(String quizId, String feedback, String drafts, String... more) {
        String[] fields = Stream.concat(Stream.of("csrf", csrf, "quizId", quizId, "feedback", feedback, "drafts", drafts), Stream.of(more))
                .toArray(String[]::new);
        HttpResponse<String> r = teacher.form("/teacher/sessions", fields);
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/teacher/sessions/[A-Z0-9]{6}"), location);
        return location.substring("/teacher/sessions/".length());
    }

    /** Student names in the grid, in the order shown. */
    private static List<String> names(String html) {
        return java.util.regex.Pattern.compile("<th scope=\"row\" class=\"sticky\"><a href=\"[^\"]+\">([^<]+)</a>").matcher(html).results()
                .map(m -> m.group(1).replace("&#34;", "\"").replace("&quot;", "\"")).toList();
    }

    /** A server-sent event stream read line by line, as EventSource does. */
    static final class SseStream implements AutoCloseable {
        private final java.io.BufferedReader reader;
        private final java.io.InputStream body;

        private SseStream(java.io.InputStream body) {
            this.body = body;
            this.reader = new java.io.BufferedReader(new java.io.InputStreamReader(body, StandardCharsets.UTF_8));
        }

        static SseStream open(TestServer server, Http http, String path) throws Exception {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(http.cookies).build();
            HttpResponse<java.io.InputStream> r = client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            return new SseStream(r.body());
        }

        /** The data of the next "update" event (waits up to 10 s). */
        String nextUpdate() throws Exception {
            java.util.concurrent.Future<String> next = java.util.concurrent.Executors.newSingleThreadExecutor().submit(() -> {
                String event = null;
                StringBuilder data = new StringBuilder();
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    } else if (line.isEmpty() && event != null) {
                        if (event.equals("update")) {
                            return data.toString();
                        }
                        event = null;
                        data.setLength(0);
                    }
                }
                throw new AssertionError("the stream ended");
            });
            return next.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }
}
