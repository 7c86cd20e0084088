package newsquiz.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads and writes quizzes as YAML (on disk) or JSON (stdout, API); the same tree either way. */
public final class QuizFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private QuizFiles() {}

    public static String toYaml(Quiz quiz) {
        try {
            return YAML.writeValueAsString(quiz);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write quiz " + quiz.id(), e);
        }
    }

    public static String toJson(Quiz quiz) {
        try {
            return JSON.writeValueAsString(quiz);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write quiz " + quiz.id(), e);
        }
    }

    public static Quiz fromYaml(String yaml) throws InvalidQuizException {
        return parse(YAML, yaml);
    }

    public static Quiz fromJson(String json) throws InvalidQuizException {
        return parse(JSON, json);
    }

    private static Quiz parse(ObjectMapper mapper, String text) throws InvalidQuizException {
        Quiz quiz;
        try {
            quiz = mapper.readValue(text, Quiz.class);
        } catch (JsonProcessingException e) {
            throw new InvalidQuizException("not a valid quiz file: " + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IllegalArgumentException e) {
            throw new InvalidQuizException("not a valid quiz file: " + e.getMessage());
        }
        if (quiz == null) {
            throw new InvalidQuizException("the quiz file is empty");
        }
        List<String> problems = QuizValidator.problems(quiz);
        if (!problems.isEmpty()) {
            throw new InvalidQuizException("quiz " + quiz.id() + ": " + String.join("; ", problems));
        }
        return quiz;
    }

    public static Quiz read(Path file) throws InvalidQuizException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".json") ? fromJson(text) : fromYaml(text);
        } catch (IOException e) {
            throw new InvalidQuizException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Writes atomically (temp file and rename) so a crash never leaves half a quiz. */
    public static void write(Quiz quiz, Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".quiz", ".tmp");
            Files.writeString(tmp, toYaml(quiz), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** All quizzes in a folder, sorted by id; files that do not parse are reported, not fatal. */
    public static List<Quiz> readAll(Path dir, List<String> problems) {
        List<Quiz> quizzes = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return quizzes;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) {
                    try {
                        quizzes.add(read(f));
                    } catch (InvalidQuizException e) {
                        problems.add(f.getFileName() + ": " + e.getMessage());
                    }
                }
            }
        } catch (IOException e) {
            problems.add("cannot list " + dir + ": " + e.getMessage());
        }
        return quizzes;
    }

    /** SHA-256 of the quiz's canonical JSON: the identity of a quiz version (snapshots). */
    public static String contentHash(Quiz quiz) {
        try {
            return sha256(COMPACT.writeValueAsBytes(quiz));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
