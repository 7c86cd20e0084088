package newsquiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** GIFT as a teacher writes it, not only as we export it. */
class GiftReaderTest {
    @Test
    void readsTheCommonTeacherForms() throws Exception {
        String gift = """
                \uFEFF// a comment line
                $CATEGORY: $course$/top/news

                ::Tomb::Who's buried in Grant's tomb?{
                  ~Grant#No, he is entombed.
                  =no one#Right!
                  ~Napoleon
                  ####Nobody is buried; they are entombed.
                }

                Grant was buried in a tomb in New York City.{F}

                The sun rises in the east.{T#Wrong#Right}

                What two people are entombed in Grant's tomb? {
                   ~%-100%No one
                   ~%50%Grant
                   ~%50%Grant's wife
                   ~%-100%Grant's father
                }

                Grant is {~buried =entombed ~living} in Grant's tomb.
                """;
        List<ImportedQuestion> read = GiftReader.read(gift);
        assertEquals(5, read.size());

        ImportedQuestion tomb = read.get(0);
        assertEquals("Tomb", tomb.name());
        assertEquals(QuestionType.SINGLE_CHOICE, tomb.type());
        assertEquals("Who's buried in Grant's tomb?", tomb.prompt());
        assertEquals(List.of("Grant", "no one", "Napoleon"), tomb.choices().stream().map(ImportedChoice::text).toList());
        assertEquals(List.of(false, true, false), tomb.choices().stream().map(ImportedChoice::correct).toList());
        assertEquals("Nobody is buried; they are entombed.", tomb.explanation());

        assertEquals(QuestionType.TRUE_FALSE, read.get(1).type());
        assertNull(read.get(1).name());
        assertEquals(List.of(false, true), read.get(1).choices().stream().map(ImportedChoice::correct).toList());
        assertEquals(List.of(true, false), read.get(2).choices().stream().map(ImportedChoice::correct).toList());

        assertEquals(QuestionType.MULTIPLE_CHOICE, read.get(3).type());
        assertEquals(List.of(-1.0, 0.5, 0.5, -1.0), read.get(3).choices().stream().map(ImportedChoice::fraction).toList());

        assertEquals("Grant is _____ in Grant's tomb.", read.get(4).prompt());
        assertEquals(List.of("a", "b", "c"), read.get(4).asChoices().stream().map(Choice::id).toList());
    }

    @Test
    void resolvesEscapesAndFormatMarkers() throws Exception {
        ImportedQuestion q = GiftReader.read("::a\\:b::[html]1 \\= 2\\n\\{x\\} \\\\n{=[markdown]yes \\~ \\# ~no}").get(0);
        assertEquals("a:b", q.name());
        assertEquals("1 = 2\n{x} \\n", q.prompt());
        assertEquals(List.of("yes ~ #", "no"), q.choices().stream().map(ImportedChoice::text).toList());
    }

    @Test
    void refusesWhatItCannotRepresentNamingTheLine() {
        assertMessage("\n\nWrite an essay.{}", "line 3: essay");
        assertMessage("When was Grant born?{#1822:5}", "numerical");
        assertMessage("Match.{=Canada->Ottawa =Italy->Rome}", "matching");
        assertMessage("Who?{=no one =nobody}", "short-answer");
        assertMessage("Just a description.", "description");
        assertMessage("Broken {=a ~b", "no matching }");
        assertMessage("::unterminated name{=a ~b}", "no closing ::");
        assertMessage("Only one?{~a}", "at least two answers");
    }

    private static void assertMessage(String gift, String expected) {
        InvalidQuizException e = assertThrows(InvalidQuizException.class, () -> GiftReader.read(gift));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
