package newsquiz.quiz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {
    private static final Instant T = Instant.parse("2025-03-04T05:06:07.089Z");

    private static List<List<String>> parse(byte[] csv) {
        return CsvReader.read(new String(csv, StandardCharsets.UTF_8));
    }

    @Test
    void oneRowPerAnswerUnderAFixedHeader() {
        List<AnswerRow> rows = List.of(
                new AnswerRow("K7QX", "Ana", "q01", List.of("a"), true, T),
                new AnswerRow("K7QX", "Ben", "q02", List.of("a", "c"), false, T.plusSeconds(61)),
                new AnswerRow("K7QX", "Ben", "q03", List.of(), false, Instant.parse("2025-03-04T05:00:00Z")));
        List<List<String>> read = parse(ResultsCsv.toBytes(rows, ResultsCsv.Flavor.STANDARD));
        assertEquals(List.of(
                List.of("session", "student", "question", "choices", "correct", "time"),
                List.of("K7QX", "Ana", "q01", "a", "true", "2025-03-04T05:06:07.089Z"),
                List.of("K7QX", "Ben", "q02", "a;c", "false", "2025-03-04T05:07:08.089Z"),
                List.of("K7QX", "Ben", "q03", "", "false", "2025-03-04T05:00:00.000Z")), read);
    }

    @Test
    void hostileNamesRoundTripThroughRfc4180Quoting() {
        String name = "O'Brien, \"Bo\" <script>alert(1)</script>\r\nsecond line ¥ “curly”";
        byte[] csv = ResultsCsv.toBytes(List.of(new AnswerRow("s,1", name, "q\"1", List.of("a"), true, T)),
                ResultsCsv.Flavor.STANDARD);
        List<String> row = parse(csv).get(1);
        assertEquals(List.of("s,1", name, "q\"1", "a", "true", "2025-03-04T05:06:07.089Z"), row);
        assertTrue(new String(csv, StandardCharsets.UTF_8).endsWith("\r\n"));
    }

    @Test
    void formulaCellsAreNeutralised() {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR");
        for (String cell : hostile) {
            byte[] csv = ResultsCsv.toBytes(List.of(new AnswerRow(cell, cell, cell, List.of(cell), false, T)),
                    ResultsCsv.Flavor.STANDARD);
            List<String> row = parse(csv).get(1);
            for (int i = 0; i < 4; i++) {
                assertEquals("'" + cell, row.get(i), "column " + i + " of " + cell);
            }
        }
        assertEquals("a=b", ResultsCsv.neutralise("a=b"), "only a leading sign matters");
        assertEquals("", ResultsCsv.neutralise(""));
    }

    @Test
    void excelFlavorStartsWithAByteOrderMark() {
        List<AnswerRow> rows = List.of(new AnswerRow("s", "Zoë", "q01", List.of("b"), true, T));
        byte[] excel = ResultsCsv.toBytes(rows, ResultsCsv.Flavor.EXCEL);
        byte[] plain = ResultsCsv.toBytes(rows, ResultsCsv.Flavor.STANDARD);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(excel, 3));
        assertArrayEquals(plain, java.util.Arrays.copyOfRange(excel, 3, excel.length));
        assertFalse(plain[0] == (byte) 0xEF);
        assertEquals("Zoë", parse(plain).get(1).get(1));
    }

    @Test
    void sameRowsGiveTheSameBytes() {
        List<AnswerRow> rows = List.of(new AnswerRow("s", "a", "q", List.of("x"), true, T));
        assertArrayEquals(ResultsCsv.toBytes(rows, ResultsCsv.Flavor.EXCEL), ResultsCsv.toBytes(rows, ResultsCsv.Flavor.EXCEL));
    }

    @Test
    void anEmptyResultIsJustTheHeader() {
        assertEquals("session,student,question,choices,correct,time\r\n",
                new String(ResultsCsv.toBytes(List.of(), ResultsCsv.Flavor.STANDARD), StandardCharsets.UTF_8));
    }
}
