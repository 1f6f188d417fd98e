package io.newspulse.enrich;

import io.newspulse.config.ConfigKeys;
import io.newspulse.config.JobConfig;

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

    public static Taggers from(JobConfig config) {
        return of(config.get(ConfigKeys.TAGGING_GAZETTEER), config.get(ConfigKeys.TAGGING_TAXONOMY),
                config.get(ConfigKeys.TAGGING_MIN_COUNTRY_SALIENCE), config.get(ConfigKeys.TAGGING_MIN_COUNTRY_SHARE),
                config.get(ConfigKeys.TAGGING_MAX_COUNTRIES),
                config.get(ConfigKeys.TAGGING_MIN_TOPIC_SCORE), config.get(ConfigKeys.TAGGING_MIN_TOPIC_SHARE));
    }

    static Taggers of(String gazetteerPath, String taxonomyPath, double minCountrySalience, double minCountryShare,
            int maxCountries, double minTopicScore, double minTopicShare) {
        Gazetteer gazetteer = Gazetteer.load(gazetteerPath);
        return new Taggers(gazetteer, new GazetteerCountryTagger(gazetteer, minCountrySalience, minCountryShare, maxCountries),
                new TaxonomyTopicClassifier(Taxonomy.load(taxonomyPath), minTopicScore, minTopicShare));
    }
}
