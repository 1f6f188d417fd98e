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
 * else what its text looks like to an n-gram detector (optimaize language-detector, 71 languages). Only
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
        String normalized = normalize(declared);
        if (normalized != null) {
            return normalized;
        }
        String text = ((title == null ? "" : title) + "\n" + (body == null ? "" : body)).strip();
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
