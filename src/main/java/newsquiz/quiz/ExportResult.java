package newsquiz.quiz;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One finished export: the file to hand over, the questions it holds, and what did not fit the format. */
public record ExportResult(
        ExportFormat format,
        String fileName,
        byte[] content,
        List<String> exportedQuestionIds,
        List<ExportWarning> warnings) {

    public ExportResult {
        content = content.clone();
        exportedQuestionIds = List.copyOf(exportedQuestionIds);
        warnings = List.copyOf(warnings);
    }

    /** A copy: the result stays as exported whatever a caller does with the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    public String mediaType() {
        return format.mediaType();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportResult r
                && format == r.format
                && fileName.equals(r.fileName)
                && Arrays.equals(content, r.content)
                && exportedQuestionIds.equals(r.exportedQuestionIds)
                && warnings.equals(r.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, fileName, Arrays.hashCode(content), exportedQuestionIds, warnings);
    }

    @Override
    public String toString() {
        return "ExportResult[" + fileName + ", " + content.length + " bytes, " + exportedQuestionIds.size()
                + " questions, " + warnings.size() + " warnings]";
    }
}
