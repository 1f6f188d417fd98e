package io.newspulse.enrich;

import io.newspulse.config.ConfigKeys;
import io.newspulse.config.JobConfig;
import io.newspulse.enrich.CountryTagger.CountryScore;
import io.newspulse.enrich.TopicClassifier.TopicScore;
import java.util.List;

/** The reference data and taggers an article is tagged with, built once from the {@code tagging.*} settings. */
public final class Taggers {
    public final Gazetteer gazetteer;
    public final CountryTagger countries;
    public final TopicClassifier topics;

    private Taggers(Gazetteer gazetteer, CountryTagger countries, TopicClassifier topics) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.topics = topics;
    }

    /** What an article is tagged with: its language and, for English, its countries and topics, best first. */
    public static final class Tags {
        public final String language;
        public final List<CountryScore> countries;
        public final List<TopicScore> topics;

        Tags(String language, List<CountryScore> countries, List<TopicScore> topics) {
            this.language = language;
            this.countries = countries;
            this.topics = topics;
        }

        public boolean isTagged() {
            return Languages.isTaggable(language);
        }
    }

    /**
     * Tags one article the way the job does: an article not in English gets its language and no tags, since
     * an English gazetteer and taxonomy would mis-tag it.
     */
    public Tags tag(String declaredLanguage, String title, String body) {
        return tag(declaredLanguage, Tokenizer.tokenize(title), Tokenizer.tokenize(body));
    }

    /** {@link #tag(String, String, String)} on the tokenized headline and body. */
    public Tags tag(String declaredLanguage, Tokens title, Tokens body) {
        String language = Languages.of(declaredLanguage, title, body);
        if (!Languages.isTaggable(language)) {
            return new Tags(language, List.of(), List.of());
        }
        return new Tags(language, countries.tag(title, body), topics.classify(title, body));
    }

    /**
     * The {@code tagging.*} settings alone (not the whole configuration, which holds credentials): what a task
     * needs to build its taggers in {@code open}.
     */
    public static final class Settings implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        final String gazetteerPath;
        final String taxonomyPath;
        final double minCountrySalience;
        final double minCountryShare;
        final int maxCountries;
        final double minTopicScore;
        final double minTopicShare;

        private Settings(JobConfig config) {
            gazetteerPath = config.get(ConfigKeys.TAGGING_GAZETTEER);
            taxonomyPath = config.get(ConfigKeys.TAGGING_TAXONOMY);
            minCountrySalience = config.get(ConfigKeys.TAGGING_MIN_COUNTRY_SALIENCE);
            minCountryShare = config.get(ConfigKeys.TAGGING_MIN_COUNTRY_SHARE);
            maxCountries = config.get(ConfigKeys.TAGGING_MAX_COUNTRIES);
            minTopicScore = config.get(ConfigKeys.TAGGING_MIN_TOPIC_SCORE);
            minTopicShare = config.get(ConfigKeys.TAGGING_MIN_TOPIC_SHARE);
        }

        public static Settings from(JobConfig config) {
            return new Settings(config);
        }
    }

    public static Taggers from(JobConfig config) {
        return of(Settings.from(config));
    }

    public static Taggers of(Settings s) {
        Gazetteer gazetteer = Gazetteer.load(s.gazetteerPath);
        return new Taggers(gazetteer, new GazetteerCountryTagger(gazetteer, s.minCountrySalience, s.minCountryShare,
                s.maxCountries), new TaxonomyTopicClassifier(Taxonomy.load(s.taxonomyPath), s.minTopicScore, s.minTopicShare));
    }
}
