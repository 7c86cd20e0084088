package newsquiz.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the analysis reads by: reporting verbs (by lemma, with every inflected form),
 * titles, roles, organisation and outlet words, places. Loaded once from resources; immutable.
 */
public final class Lexicon {
    /** What a reporting verb allows as subject and complement. */
    public enum CueKind { SPEECH, FINDING, COGNITION, CHARACTERISE, NEGATIVE_SPEECH }

    /**
     * A reporting verb; {@code particle} lists the words that must follow it, each slot with its alternatives ("pointed
     * out", "pushed back on"), empty for most verbs.
     */
    public record CueVerb(String lemma, Stance stance, CueKind kind, List<Set<String>> particle) {
        public CueVerb(String lemma, Stance stance, CueKind kind) {
            this(lemma, stance, kind, List.of());
        }
    }

    private final Map<String, CueVerb> cueForms = new HashMap<>();
    private final Map<String, List<CueVerb>> cueAlternatives = new HashMap<>();
    private final Map<String, Set<String>> classes = new HashMap<>();
    private final Set<String> places = new HashSet<>();
    private final Map<String, String> capitalToCountry = new HashMap<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> countries = new java.util.LinkedHashSet<>();
    private final Map<String, Entity.Gender> firstNames = new HashMap<>();

    public Lexicon() {
        for (String line : lines("cue-verbs.txt")) {
            // "+back +on|against": the particle slots, written after the other columns.
            List<Set<String>> particle = new ArrayList<>();
            for (String field : line.split("\\s+")) {
                if (field.startsWith("+")) {
                    particle.add(Set.of(field.substring(1).split("\\|")));
                }
            }
            String[] f = line.replaceAll("\\s\\+\\S+", "").split("\\s+");
            CueVerb verb = new CueVerb(f[0], Stance.valueOf(f[1].toUpperCase(Locale.ROOT)),
                    CueKind.valueOf(f[2].toUpperCase(Locale.ROOT).replace('-', '_')), List.copyOf(particle));
            String past = f.length > 3 ? f[3] : null;
            String participle = f.length > 4 ? f[4] : past;
            for (String form : Inflection.verbForms(f[0], past, participle)) {
                cueForms.putIfAbsent(form, verb);
                cueAlternatives.computeIfAbsent(form, k -> new ArrayList<>()).add(verb);
            }
        }
        for (String line : lines("words.txt")) {
            int colon = line.indexOf(':');
            Set<String> words = new HashSet<>();
            for (String w : line.substring(colon + 1).trim().split("\\s+")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
            classes.put(line.substring(0, colon).trim(), Set.copyOf(words));
        }
        boolean regions = false;
        for (String line : lines("places.txt")) {
            if (line.equals("[regions]")) {
                regions = true;
                continue;
            }
            String[] parts = line.split("=", 2);
            String country = parts[0].trim();
            places.add(country);
            if (!regions) {
                countries.add(country);
            }
            if (parts.length == 2) {
                for (String capital : parts[1].split(",")) {
                    places.add(capital.trim());
                    capitalToCountry.put(capital.trim(), country);
                }
            }
        }
        Entity.Gender section = Entity.Gender.UNKNOWN;
        for (String line : lines("first-names.txt")) {
            if (line.startsWith("[")) {
                section = line.equals("[female]") ? Entity.Gender.FEMALE : Entity.Gender.MALE;
                continue;
            }
            for (String w : line.split("\\s+")) {
                firstNames.put(w, section);
            }
        }
        for (String line : lines("demonyms.txt")) {
            for (String w : line.split("\\s+")) {
                demonyms.add(w);
            }
        }
    }

    public CueVerb cue(String wordLower) {
        return cueForms.get(wordLower);
    }

    /** Every entry a form belongs to, in file order ("poured cold water on", "poured scorn on"). */
    public List<CueVerb> cues(String wordLower) {
        return cueAlternatives.getOrDefault(wordLower, List.of());
    }

    public boolean is(String wordClass, String word) {
        Set<String> words = classes.get(wordClass);
        if (words == null) {
            throw new IllegalArgumentException("no word class " + wordClass);
        }
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * "Friends of the Empress", "Keep Lindquay Local", "Save Hartley Baths": a campaign's name, three words or more, that
     * says what it stands up for rather than who it is.
     */
    public boolean isCampaignName(String name) {
        String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return words.length >= 3 && (words[0].equals("friends") && words[1].equals("of") || is("campaign_verb", words[0]));
    }

    /** The gender a common first name goes with ("Marguerite", "Felix"); UNKNOWN for other words. */
    Entity.Gender genderOfFirstName(String word) {
        return firstNames.getOrDefault(word.toLowerCase(Locale.ROOT), Entity.Gender.UNKNOWN);
    }

    public boolean isPlace(String name) {
        return places.contains(name);
    }

    /** "Moscow" stands for Russia's government when it denies something. */
    public String countryOfCapital(String name) {
        return capitalToCountry.get(name);
    }

    public boolean isDemonym(String word) {
        return demonyms.contains(word);
    }

    /** A country, not a region or city: what "the country" or "the nation" can stand for. */
    public boolean isCountry(String name) {
        return countries.contains(name);
    }

    /**
     * The country a demonym names ("North Korean" → North Korea, "Russian" → Russia), by the
     * longest shared beginning of at least four letters; null when none fits ("French", "Dutch").
     */
    public String countryOfDemonym(String demonym) {
        String best = null;
        int bestShared = 3;
        for (String country : countries) {
            int shared = 0;
            while (shared < demonym.length() && shared < country.length() && demonym.charAt(shared) == country.charAt(shared)) {
                shared++;
            }
            if (shared > bestShared && (shared == country.length() || shared >= country.length() - 1)) {
                best = country;
                bestShared = shared;
            }
        }
        return best;
    }

    private static List<String> lines(String resource) {
        String path = "/newsquiz/lexicon/" + resource;
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
