package io.newspulse.enrich;

import io.newspulse.config.ConfigKeys;
import io.newspulse.config.JobConfig;
import io.newspulse.enrich.CountryTagger.CountryScore;
import io.newspulse.enrich.TopicClassifier.TopicScore;
import io.newspulse.ingest.Article;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Tags each article with the countries and topics it is about. The gazetteer and taxonomy are loaded
 * once per task in {@link #open}, not shipped with the job graph.
 */
public class ArticleTagger extends RichMapFunction<Article, TaggedArticle> {
    private static final long serialVersionUID = 1L;

    private final String gazetteerPath;
    private final String taxonomyPath;
    private final double minCountrySalience;
    private final double minCountryShare;
    private final int maxCountries;
    private final double minTopicScore;
    private final double minTopicShare;

    private transient Gazetteer gazetteer;
    private transient CountryTagger countries;
    private transient TopicClassifier topics;

    public ArticleTagger(JobConfig config) {
        this.gazetteerPath = config.get(ConfigKeys.TAGGING_GAZETTEER);
        this.taxonomyPath = config.get(ConfigKeys.TAGGING_TAXONOMY);
        this.minCountrySalience = config.get(ConfigKeys.TAGGING_MIN_COUNTRY_SALIENCE);
        this.minCountryShare = config.get(ConfigKeys.TAGGING_MIN_COUNTRY_SHARE);
        this.maxCountries = config.get(ConfigKeys.TAGGING_MAX_COUNTRIES);
        this.minTopicScore = config.get(ConfigKeys.TAGGING_MIN_TOPIC_SCORE);
        this.minTopicShare = config.get(ConfigKeys.TAGGING_MIN_TOPIC_SHARE);
        // read once where the job is defined, so a wrong path or a broken file stops it before it starts
        // (rather than failing every task at open and restarting forever)
        checkReadable(ConfigKeys.TAGGING_GAZETTEER, gazetteerPath, () -> Gazetteer.load(gazetteerPath));
        checkReadable(ConfigKeys.TAGGING_TAXONOMY, taxonomyPath, () -> Taxonomy.load(taxonomyPath));
    }

    private static void checkReadable(io.newspulse.config.ConfigKey<String> key, String path, Runnable load) {
        if (path == null) {
            return;
        }
        try {
            load.run();
        } catch (RuntimeException e) {
            throw new io.newspulse.config.ConfigException("Configuration key '" + key.name() + "': cannot load " + path
                    + ": " + e.getMessage());
        }
    }

    @Override
    public void open(OpenContext openContext) {
        Taggers taggers = Taggers.of(gazetteerPath, taxonomyPath, minCountrySalience, minCountryShare, maxCountries,
                minTopicScore, minTopicShare);
        gazetteer = taggers.gazetteer;
        countries = taggers.countries;
        topics = taggers.topics;
    }

    @Override
    public TaggedArticle map(Article article) {
        return tag(article, gazetteer, countries, topics);
    }

    public static TaggedArticle tag(Article article, Gazetteer gazetteer, CountryTagger countries, TopicClassifier topics) {
        TaggedArticle t = new TaggedArticle();
        t.articleId = article.id;
        t.title = article.title;
        t.source = article.sourceName();
        t.eventTime = article.eventTime;
        t.signature = MinHash.of(article.body);
        t.language = Languages.of(article.language, article.title, article.body);
        if (!Languages.isTaggable(t.language)) {
            return t; // an English gazetteer and taxonomy would mis-tag it: it joins no series
        }
        t.titleTerms = TitleTerms.of(article.title, gazetteer.namedWords(article.title));
        for (CountryScore c : countries.tag(article.title, article.body)) {
            t.countries.add(c.code);
        }
        for (TopicScore s : topics.classify(article.title, article.body)) {
            t.topics.add(s.topic);
        }
        return t;
    }
}
