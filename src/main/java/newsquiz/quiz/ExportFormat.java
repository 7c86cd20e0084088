package newsquiz.quiz;

import java.util.Locale;
import java.util.Optional;

/** The quiz formats other tools import; {@link #cliName()} is the name used on the command line and in URLs. */
public enum ExportFormat {
    GIFT("gift", ".gift.txt", "text/plain; charset=utf-8"),
    MOODLE_XML("moodle", ".moodle.xml", "application/xml"),
    AIKEN("aiken", ".aiken.txt", "text/plain; charset=utf-8"),
    QTI("qti", ".qti21.zip", "application/zip");

    private final String cliName;
    private final String fileSuffix;
    private final String mediaType;

    ExportFormat(String cliName, String fileSuffix, String mediaType) {
        this.cliName = cliName;
        this.fileSuffix = fileSuffix;
        this.mediaType = mediaType;
    }

    public String cliName() {
        return cliName;
    }

    /** Ends the download's file name; GIFT and Aiken end in .txt because Moodle's file picker expects it. */
    public String fileSuffix() {
        return fileSuffix;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<ExportFormat> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.cliName.equals(wanted) || f.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
