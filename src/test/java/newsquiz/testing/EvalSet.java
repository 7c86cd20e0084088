package newsquiz.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** An article of an evaluation folder in the test resources, with its gold annotation. */
public record EvalSet(String name, Path article, JsonNode gold) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every NAME.gold.json with its NAME.txt in a folder of src/test/resources. */
    public static List<EvalSet> load(String folder) {
        Path dir;
        try {
            var url = EvalSet.class.getResource("/" + folder);
            if (url == null) {
                return List.of();
            }
            dir = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<EvalSet> sets = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path gold : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                String name = gold.getFileName().toString().replace(".gold.json", "");
                Path article = dir.resolve(name + ".txt");
                if (Files.exists(article)) {
                    sets.add(new EvalSet(name, article, JSON.readTree(gold.toFile())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sets;
    }
}
