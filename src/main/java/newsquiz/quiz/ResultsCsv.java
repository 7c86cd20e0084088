package newsquiz.quiz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Class results as CSV, one row per answer (RFC 4180: comma separated, CRLF line ends, fields with a comma,
 * quote or line break in double quotes). Cells a spreadsheet would run as a formula are neutralised.
 */
public final class ResultsCsv {
    public static final List<String> HEADER = List.of("session", "student", "question", "choices", "correct", "time");

    /** How the bytes start: {@link #EXCEL} adds a UTF-8 byte order mark, without which Excel misreads non-ASCII. */
    public enum Flavor { STANDARD, EXCEL }

    /** ISO-8601 in UTC with milliseconds always present, so the column sorts as text. */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String CHOICE_SEPARATOR = ";";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ResultsCsv() {}

    /** Writes the header and one line per row; flushes but does not close {@code out}. */
    public static void write(Iterable<AnswerRow> rows, OutputStream out, Flavor flavor) throws IOException {
        if (flavor == Flavor.EXCEL) {
            out.write(BOM);
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(writer, HEADER);
        for (AnswerRow row : rows) {
            line(writer, List.of(
                    row.session(),
                    row.student(),
                    row.questionId(),
                    String.join(CHOICE_SEPARATOR, row.choices()),
                    Boolean.toString(row.correct()),
                    TIME.format(row.answeredAt())));
        }
        writer.flush();
    }

    public static byte[] toBytes(Iterable<AnswerRow> rows, Flavor flavor) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(rows, bytes, flavor);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array stream does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * One field: neutralised, then quoted if it must be. Quoting also covers ';' so that Excel set to a
     * semicolon-separated locale keeps the choices together.
     */
    static String cell(String value) {
        String text = neutralise(value == null ? "" : value);
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf(';') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * A cell starting with = + - @ (or tab or CR) runs as a formula in Excel and LibreOffice, so names typed by
     * students could attack the teacher's machine; a leading apostrophe makes the spreadsheet show it as text.
     */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(cell(fields.get(i)));
        }
        writer.write("\r\n");
    }
}
