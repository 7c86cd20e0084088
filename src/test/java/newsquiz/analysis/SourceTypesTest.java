package newsquiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import newsquiz.article.Article;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

class SourceTypesTest {

    @Test
    void aTradeNameIsABusinessNotAPerson() throws Exception {
        // eval-blind20: "Pellworth Plant Hire" and "Marchbrook Memorials" were typed as people, so a firm was offered as a wrong
        // answer beside its own owner; "Dunleavy Roofing" and "Saltmarsh Books" in earlier sets had the same fault.
        Article article = Models.reader().parse("test.txt", """
                Yard row

                The digger firm Kestrel Plant Hire says it has never worked in the cemetery. "We have not been near the place," its owner, Dara Quinn, said.

                A rival, Ashby Roofing, said the tender had been fair. The publisher, Larkspur Books, said the memoir had been checked by lawyers.
                """, Article.Format.TEXT);
        Map<String, SourceType> types = Models.analyzer().analyze(article).sources().stream()
                .collect(Collectors.toMap(Analysis.SourceEntity::name, Analysis.SourceEntity::type, (a, b) -> a));
        assertEquals(SourceType.ORGANIZATION, types.get("Kestrel Plant Hire"), types.toString());
        assertEquals(SourceType.ORGANIZATION, types.get("Ashby Roofing"), types.toString());
        assertEquals(SourceType.ORGANIZATION, types.get("Larkspur Books"), types.toString());
    }

    @Test
    void aLocalPaperNamedEchoOrArgusIsAnOutlet() throws Exception {
        // eval-blind23: "the Wraybourne Echo" was typed as a person, so relayed words were never traced to it.
        Article article = Models.reader().parse("test.txt", """
                Estate row

                The claim was picked up by the Wraybourne Echo. The Brayton Argus said the builder had been warned.
                """, Article.Format.TEXT);
        Map<String, SourceType> types = Models.analyzer().analyze(article).sources().stream()
                .collect(Collectors.toMap(Analysis.SourceEntity::name, Analysis.SourceEntity::type, (a, b) -> a));
        assertEquals(SourceType.OUTLET, types.get("Wraybourne Echo"), types.toString());
        assertEquals(SourceType.OUTLET, types.get("Brayton Argus"), types.toString());
    }
}
