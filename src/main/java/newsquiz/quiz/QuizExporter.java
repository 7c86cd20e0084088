package newsquiz.quiz;

import java.util.List;

/** One export format. Gets only the questions {@link Exporters} selected; logs every one it leaves out or changes. */
interface QuizExporter {
    byte[] export(Quiz quiz, List<Question> questions, ExportLog log);
}
