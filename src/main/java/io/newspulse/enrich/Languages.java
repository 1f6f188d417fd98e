package io.newspulse.enrich;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The language of an article: what the source declares (envelope {@code language}, page {@code <html lang>}),
 * else what its text looks like to an n-gram detector (optimaize language-detector, 71 languages), except that
 * text plainly English by its function words is taken as English without asking the detector. Only
 * English articles are tagged: the gazetteer and taxonomy are English, and a French or German article run
 * through them would be mis-tagged.
 */
public final class Languages {
    /** The language of an article whose language is not known (too short or too mixed to tell). */
    public static final String UNDETERMINED = "und";
    /** Text shorter than this is not judged: it is assumed to be English. */
    static final int MIN_CHARS = 60;
    private static final double MIN_PROBABILITY = 0.90;
    /** The detector reads at most this much (headline and lead): enough to tell languages apart, and it keeps
     *  detection cheap next to tagging. */
    private static final int MAX_CHARS = 400;

    private Languages() {}

    /** Loaded once per JVM, on first use (reading the profiles takes about a second). */
    private static final class Detector {
        static final LanguageDetector INSTANCE;
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();

        static {
            try {
                INSTANCE = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the language profiles", e);
            }
        }
    }

    /**
     * The article's language as a lower-case ISO 639-1 code ({@code en}, {@code fr}), from the declared one when
     * given, else detected from the text; {@link #UNDETERMINED} when the text does not say clearly.
     */
    public static String of(String declared, String title, String body) {
        return of(declared, Tokenizer.tokenize(title), Tokenizer.tokenize(body));
    }

    /**
     * {@link #of(String, String, String)} on the tokenized headline and body. Text that is plainly English (see
     * {@link #isPlainlyEnglish}) is not given to the detector, which costs about 60 µs an article, more than
     * tagging it.
     */
    public static String of(String declared, Tokens title, Tokens body) {
        String normalized = normalize(declared);
        if (normalized != null) {
            return normalized;
        }
        if (title.text().length() + body.text().length() >= MIN_CHARS && isPlainlyEnglish(title, body)) {
            return "en";
        }
        String text = (title.text() + "\n" + body.text()).strip();
        if (text.length() < MIN_CHARS) {
            return UNDETERMINED;
        }
        List<DetectedLanguage> guesses = Detector.INSTANCE.getProbabilities(
                Detector.TEXT.forText(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text));
        if (guesses.isEmpty() || guesses.get(0).getProbability() < MIN_PROBABILITY) {
            return UNDETERMINED;
        }
        return guesses.get(0).getLocale().getLanguage();
    }

    /**
     * English function words that are rare as words of other languages written in Latin script ("in", "to", "on",
     * "was", "is" and "for" are left out: German, Polish, French, Dutch and Danish use them).
     */
    private static final String[] FUNCTION_WORDS = {
        "the", "and", "of", "that", "with", "from", "said", "have", "has", "were", "which", "would", "this",
        "their", "been", "will", "are", "its"};
    /** Their hashes as the tokenizer computes them ({@link Lexicon#hash}, which is {@link String#hashCode}). */
    private static final int[] FUNCTION_WORD_HASHES = java.util.Arrays.stream(FUNCTION_WORDS).mapToInt(String::hashCode).toArray();
    /** Words read for the check: the headline and the start of the lead. */
    private static final int CHECK_WORDS = 80;
    private static final int MIN_CHECK_WORDS = 12;
    /** Running English has 15–25 % of these words (the alone about 6 %); other languages about 1 % at most. */
    static final double MIN_FUNCTION_WORD_SHARE = 0.12;
    private static final int MIN_DISTINCT_FUNCTION_WORDS = 3;

    /**
     * True when the first words of headline and lead are English beyond doubt: at least
     * {@value #MIN_FUNCTION_WORD_SHARE} of them, and {@value #MIN_DISTINCT_FUNCTION_WORDS} different ones, are the
     * {@link #FUNCTION_WORDS}. Anything else goes to the detector.
     */
    static boolean isPlainlyEnglish(Tokens title, Tokens body) {
        int words = 0;
        int hits = 0;
        int seen = 0; // one bit per function word
        for (Tokens tokens : new Tokens[] {title, body}) {
            for (int i = 0; i < tokens.size() && words < CHECK_WORDS; i++, words++) {
                int w = functionWord(tokens, i);
                if (w >= 0) {
                    hits++;
                    seen |= 1 << w;
                }
            }
        }
        return words >= MIN_CHECK_WORDS && hits >= MIN_FUNCTION_WORD_SHARE * words
                && Integer.bitCount(seen) >= MIN_DISTINCT_FUNCTION_WORDS;
    }

    private static int functionWord(Tokens tokens, int i) {
        int hash = tokens.hash(i);
        for (int w = 0; w < FUNCTION_WORDS.length; w++) {
            if (FUNCTION_WORD_HASHES[w] == hash && tokens.lowerEquals(i, FUNCTION_WORDS[w])) {
                return w;
            }
        }
        return -1;
    }

    /** True for English and for articles whose language could not be told (most feeds are English). */
    public static boolean isTaggable(String language) {
        return language == null || language.equals("en") || language.equals(UNDETERMINED);
    }

    /** {@code en-GB}, {@code EN}, {@code en_US} → {@code en}; blank → null. */
    static String normalize(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return code.length() >= 2 && code.length() <= 3 && code.chars().allMatch(Character::isLetter) ? code : null;
    }
}
