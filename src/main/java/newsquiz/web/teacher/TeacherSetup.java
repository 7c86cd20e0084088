package newsquiz.web.teacher;

import java.nio.file.Path;
import java.util.function.Supplier;
import newsquiz.nlp.Nlp;

/**
 * Where the teacher's work goes: quiz files (the {@code quizzes} folder the library loads) and
 * the articles teachers add (a folder inside the article library's base, so quiz files can name
 * them by a relative path). The language models are loaded only when an article is read.
 */
public record TeacherSetup(Path quizzes, Path articles, Supplier<Nlp> nlp) {}
