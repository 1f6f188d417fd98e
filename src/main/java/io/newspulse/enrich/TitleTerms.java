package io.newspulse.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The content words of a headline, lower-cased and without repeats: what a story's terms are made of.
 * Names of countries, capitals and leaders are left out: the series already says where a story is.
 */
public final class TitleTerms {
    private static final Set<String> STOPWORDS = Set.of(
            "the", "and", "for", "with", "from", "that", "this", "into", "over", "after", "amid", "as", "at", "by", "in",
            "of", "on", "to", "a", "an", "is", "are", "was", "were", "be", "been", "its", "it", "his", "her", "their",
            "new", "says", "said", "say", "will", "could", "would", "may", "more", "than", "about", "against", "out",
            "up", "down", "off", "not", "no", "but", "or", "how", "why", "what", "who", "when", "where", "s", "vs",
            "has", "have", "had", "also", "which", "they", "them", "there", "these", "those", "then", "all", "one",
            "two", "other", "some", "such", "can", "our", "you", "your", "she", "him", "because", "since", "between",
            "under", "during", "through", "while", "before", "last", "year", "years", "week", "very", "just", "only");

    private TitleTerms() {}

    public static List<String> of(String title, Set<String> names) {
        return of(Tokenizer.tokenize(title), names);
    }

    public static List<String> of(Tokens title, Set<String> names) {
        Set<String> terms = new LinkedHashSet<>();
        for (int i = 0; i < title.size(); i++) {
            String w = title.lower(i);
            if (isContentWord(w) && !names.contains(w)) {
                terms.add(w);
            }
        }
        return new ArrayList<>(terms);
    }

    /** Three letters or more, not a stopword, not a number. */
    static boolean isContentWord(String lower) {
        return lower.length() >= 3 && !STOPWORDS.contains(lower) && !Character.isDigit(lower.charAt(0));
    }
}
