package newsquiz.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns the bytes of an upload or file into text, refusing what is not UTF-8 text. */
final class TextDecoder {
    private TextDecoder() {}

    static String decode(byte[] bytes) throws InvalidArticleException {
        if (bytes.length > ArticleReader.MAX_BYTES) {
            throw new InvalidArticleException(String.format(Locale.ROOT,
                    "the article is %s; newsquiz reads articles up to %s", size(bytes.length), size(ArticleReader.MAX_BYTES)));
        }
        if (bytes.length >= 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            throw new InvalidArticleException("this is a PDF file; copy the article's text into a .txt file or paste it instead");
        }
        if (looksBinary(bytes)) {
            throw new InvalidArticleException("this looks like binary data, not text; use a .txt, .md or .html file");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidArticleException("the file is not valid UTF-8 text (first bad byte at offset "
                    + firstInvalidOffset(bytes) + "); save it as UTF-8 and try again");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new InvalidArticleException("the article is empty");
        }
        return text;
    }

    static String size(long bytes) {
        if (bytes >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
        }
        return String.format(Locale.ROOT, "%d KB", Math.max(1, bytes / 1000));
    }

    private static boolean looksBinary(byte[] bytes) {
        int controls = 0;
        int sample = Math.min(bytes.length, 64_000);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls > Math.max(2, sample / 200);
    }

    private static int firstInvalidOffset(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int extra = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (extra < 0 || i + extra >= bytes.length + (extra == 0 ? 1 : 0)) {
                return i;
            }
            for (int k = 1; k <= extra; k++) {
                if (i + k >= bytes.length || (bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += extra + 1;
        }
        return i;
    }
}
