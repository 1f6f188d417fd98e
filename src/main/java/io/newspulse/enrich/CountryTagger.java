package io.newspulse.enrich;

import java.util.List;

/** Finds the countries an article is about, most salient first. */
public interface CountryTagger {
    /**
     * @param title the headline (mentions count most)
     * @param body the article text; its first paragraph counts as the lead
     * @return countries whose salience reached the threshold, most salient first
     */
    default List<CountryScore> tag(String title, String body) {
        return tag(Tokenizer.tokenize(title), Tokenizer.tokenize(body));
    }

    /** {@link #tag(String, String)} on texts already tokenized. */
    List<CountryScore> tag(Tokens title, Tokens body);

    /** A country (ISO 3166-1 alpha-2) and how central it is to the article. */
    final class CountryScore {
        public final String code;
        public final double salience;

        public CountryScore(String code, double salience) {
            this.code = code;
            this.salience = salience;
        }

        @Override
        public String toString() {
            return code + "=" + salience;
        }
    }
}
