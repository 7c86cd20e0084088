package newsquiz.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP models (Universal Dependencies English, from Maven Central), loaded once from the
 * classpath. Models are thread-safe; the {@code *ME} classes are not, so each thread keeps its own: a tagger
 * parses its feature-generator descriptor (XML) when made, which cost a fifth of the tagging when done per sentence.
 */
public final class Nlp {
    private static final String MODEL_VERSION = "1.3-2.5.4";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private volatile LemmatizerModel lemmatizerModel;
    private final Map<String, String> lemmaCache = new ConcurrentHashMap<>();
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;
    /** Paragraphs tagged while an article was read, by their text: see {@link #tagAndKeep}. */
    private final ThreadLocal<Map<String, TaggedTokens>> keptTags = ThreadLocal.withInitial(java.util.HashMap::new);

    private Nlp() {
        sentenceModel = load("sentence", SentenceModel::new);
        tokenizerModel = load("tokens", TokenizerModel::new);
        posModel = load("pos", POSModel::new);
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    }

    /** Loads the models from the classpath; a second or so, so make one and share it. */
    public static Nlp load() {
        return new Nlp();
    }

    /** Sentence spans of a text (offsets into that text). */
    public List<Span> sentences(String text) {
        Span[] spans = new SentenceDetectorME(sentenceModel).sentPosDetect(forModels(text));
        List<Span> joined = new java.util.ArrayList<>();
        for (Span span : quotesOpeningSentences(text, spans)) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && cutAfterAbbreviation(text.substring(last.getStart(), last.getEnd()), text.substring(span.getStart(), span.getEnd()))) {
                joined.set(joined.size() - 1, new Span(last.getStart(), span.getEnd()));
            } else {
                joined.add(span);
            }
        }
        return List.copyOf(joined);
    }

    /** "… on November 4. “We are not here …,” she said": after a figure the model runs on into a quote that opens a sentence. */
    private static final java.util.regex.Pattern QUOTE_OPENS_SENTENCE = java.util.regex.Pattern.compile(
            "(?<=\\d[.!?])\\s+(?=[\"\u201c]\\p{Lu})");

    private static List<Span> quotesOpeningSentences(String text, Span[] spans) {
        List<Span> out = new java.util.ArrayList<>();
        for (Span span : spans) {
            int start = span.getStart();
            var m = QUOTE_OPENS_SENTENCE.matcher(text).region(span.getStart(), span.getEnd());
            while (m.find()) {
                out.add(new Span(start, m.start()));
                start = m.end();
            }
            out.add(new Span(start, span.getEnd()));
        }
        return out;
    }

    /**
     * "outside St. | Brendan's Church", "Sgt. | Tom Hollis", "the hon. | Member", "at 9 a.m. | Monday": the model ends
     * sentences at titles and clock times it was not trained on. A title never ends a sentence; a clock time does, unless a
     * day or month follows.
     */
    private static final java.util.regex.Pattern TITLE_AT_END = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])(?:St|Prof|Sgt|Gov|Lt|Col|Mt|Rev|Capt|Det|Insp|Supt|Cpl|Gen|Maj|Cmdr|Adm|Sen|Rep|Fr|Cllr|Atty|Ft|[Hh]on|Rt)\\.$");
    private static final java.util.regex.Pattern CLOCK_AT_END = java.util.regex.Pattern.compile("\\b[ap]\\.m\\.$");
    private static final java.util.regex.Pattern DAY_OR_MONTH = java.util.regex.Pattern.compile(
            "^(?:" + Calendar.DAYS + "|" + Calendar.MONTHS + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b");

    /** "“…, aren't I?” Mr Ellery said.": the model ends a quoted question before the speaker's tag. */
    private static final java.util.regex.Pattern QUESTION_QUOTE_AT_END = java.util.regex.Pattern.compile("[?!][\"\u201d]$");
    private static final java.util.regex.Pattern SPEAKER_TAG = java.util.regex.Pattern.compile(
            "^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.?\\s+)?\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,3}\\s+"
                    + "(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|replied|replies|insisted|insists)\\b[^.!?\"\u201c]{0,60}[.!?]$");

    private static boolean cutAfterAbbreviation(String before, String after) {
        // "at about 9:40 a.m., 25 minutes after the lift opened": no sentence ends on a comma.
        return before.endsWith(",") || TITLE_AT_END.matcher(before).find() && after.matches("(?s)^\\p{Lu}.*")
                || QUESTION_QUOTE_AT_END.matcher(before).find() && SPEAKER_TAG.matcher(after).find()
                || CLOCK_AT_END.matcher(before).find() && DAY_OR_MONTH.matcher(after).find();
    }

    /** Tokens of one sentence with their parts of speech (UD tags), offsets into the sentence. */
    public TaggedTokens tag(String sentence) {
        TaggedTokens kept = keptTags.get().remove(sentence);
        return kept != null ? kept : tagNow(sentence);
    }

    /**
     * {@link #tag} of a paragraph read before the analysis ("is it a photo caption?"), kept for the analysis to take up
     * once when it tags the same words as a sentence, instead of running the tagger over them twice.
     */
    public TaggedTokens tagAndKeep(String sentence) {
        TaggedTokens tagged = tagNow(sentence);
        keptTags.get().put(sentence, tagged);
        return tagged;
    }

    /** Drops what {@link #tagAndKeep} kept on this thread: called when the next article is read. */
    public void forgetKeptTags() {
        keptTags.get().clear();
    }

    private TaggedTokens tagNow(String sentence) {
        String normalized = forModels(sentence);
        Span[] spans = tokenizer.get().tokenizePos(normalized);
        String[] tokens = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            tokens[i] = sentence.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] forTagger = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            forTagger[i] = normalized.substring(spans[i].getStart(), spans[i].getEnd());
        }
        String[] tags = tagger.get().tag(forTagger);
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
            starts[i] = spans[i].getStart();
            ends[i] = spans[i].getEnd();
        }
        return new TaggedTokens(tokens, tags, starts, ends);
    }

    /**
     * Lemmas from OpenNLP's statistical lemmatizer. It costs about eight times the tagger, so
     * callers ask only for the few words they need; results are cached per word and tag.
     */
    public String lemma(String word, String tag) {
        String key = word.toLowerCase() + '/' + tag;
        String cached = lemmaCache.get(key);
        if (cached != null) {
            return cached;
        }
        String[] result = new LemmatizerME(lemmatizer()).lemmatize(new String[] {word}, new String[] {tag});
        String lemma = result.length == 1 && !result[0].equals("O") ? result[0].toLowerCase() : word.toLowerCase();
        if (lemmaCache.size() < 100_000) {
            lemmaCache.put(key, lemma);
        }
        return lemma;
    }

    /** The bare statistical pass (sentences, tokens, tags), used as the benchmark baseline. */
    public int barePass(String text) {
        int count = 0;
        for (Span s : sentences(text)) {
            count += tag(s.getCoveredText(text).toString()).size();
        }
        return count;
    }

    private LemmatizerModel lemmatizer() {
        LemmatizerModel model = lemmatizerModel;
        if (model == null) {
            synchronized (this) {
                model = lemmatizerModel;
                if (model == null) {
                    model = load("lemmas", LemmatizerModel::new);
                    lemmatizerModel = model;
                }
            }
        }
        return model;
    }

    /**
     * The models were trained on straight apostrophes: with curly ones "Russia’s" becomes one
     * token tagged as a verb. The replacement keeps every offset.
     */
    static String forModels(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private interface ModelFactory<T> {
        T create(InputStream in) throws IOException;
    }

    private static <T> T load(String kind, ModelFactory<T> factory) {
        String name = "opennlp-en-ud-ewt-" + kind + "-" + MODEL_VERSION + ".bin";
        try (InputStream in = Nlp.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
            }
            return factory.create(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + name, e);
        }
    }
}
