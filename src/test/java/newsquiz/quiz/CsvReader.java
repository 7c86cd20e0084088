package newsquiz.quiz;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF after every record, quoted fields with "" for a quote. */
final class CsvReader {
    private CsvReader() {}

    static List<List<String>> read(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean fieldStart = true;
        boolean afterQuoted = false;
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (fieldStart && c == '"') {
                i = quoted(csv, i + 1, field);
                fieldStart = false;
                afterQuoted = true;
            } else if (c == ',' || c == '\r') {
                if (c == '\r' && (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n')) {
                    throw new IllegalArgumentException("CR without LF at " + i);
                }
                record.add(field.toString());
                field.setLength(0);
                if (c == '\r') {
                    records.add(record);
                    record = new ArrayList<>();
                    i++;
                }
                i++;
                fieldStart = true;
                afterQuoted = false;
            } else if (afterQuoted) {
                throw new IllegalArgumentException("text after a closing quote at " + i);
            } else if (c == '\n' || c == '"') {
                throw new IllegalArgumentException("unquoted " + (c == '"' ? "quote" : "LF") + " at " + i);
            } else {
                field.append(c);
                fieldStart = false;
                i++;
            }
        }
        if (!record.isEmpty() || field.length() > 0 || !fieldStart) {
            throw new IllegalArgumentException("the last record does not end with CRLF");
        }
        return records;
    }

    /** Reads a quoted field's content from {@code i} (after the opening quote); returns the index after the closing one. */
    private static int quoted(String csv, int i, StringBuilder field) {
        while (i < csv.length()) {
            char c = csv.charAt(i++);
            if (c != '"') {
                field.append(c);
            } else if (i < csv.length() && csv.charAt(i) == '"') {
                field.append('"');
                i++;
            } else {
                return i;
            }
        }
        throw new IllegalArgumentException("unterminated quoted field");
    }
}
