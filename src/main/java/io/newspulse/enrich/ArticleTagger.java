package io.newspulse.enrich;

import io.newspulse.config.ConfigException;
import io.newspulse.config.ConfigKey;
import io.newspulse.config.ConfigKeys;
import io.newspulse.config.JobConfig;
import io.newspulse.enrich.CountryTagger.CountryScore;
import io.newspulse.enrich.TopicClassifier.TopicScore;
import io.newspulse.ingest.Article;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Tags each article with its language and, in English, the countries and topics it is about
 * ({@link Taggers#tag}). The gazetteer and taxonomy are loaded once per task in {@link #open}, not shipped
 * with the job graph.
 */
public class ArticleTagger extends RichMapFunction<Article, TaggedArticle> {
    private static final long serialVersionUID = 1L;

    private final Taggers.Settings settings;

    private transient Taggers taggers;
    /** Refilled for each article: tokenizing allocates nothing. */
    private transient Tokens titleTokens;
    private transient Tokens bodyTokens;

    public ArticleTagger(JobConfig config) {
        this.settings = Taggers.Settings.from(config);
        String gazetteerPath = config.get(ConfigKeys.TAGGING_GAZETTEER);
        String taxonomyPath = config.get(ConfigKeys.TAGGING_TAXONOMY);
        // read once where the job is defined, so a wrong path or a broken file stops it before it starts
        // (rather than failing every task at open and restarting forever)
        checkReadable(ConfigKeys.TAGGING_GAZETTEER, gazetteerPath, () -> Gazetteer.load(gazetteerPath));
        checkReadable(ConfigKeys.TAGGING_TAXONOMY, taxonomyPath, () -> Taxonomy.load(taxonomyPath));
    }

    private static void checkReadable(ConfigKey<String> key, String path, Runnable load) {
        if (path == null) {
            return;
        }
        try {
            load.run();
        } catch (RuntimeException e) {
            throw new ConfigException("Configuration key '" + key.name() + "': cannot load " + path
                    + ": " + e.getMessage());
        }
    }

    @Override
    public void open(OpenContext openContext) {
        taggers = Taggers.of(settings);
        titleTokens = new Tokens();
        bodyTokens = new Tokens();
    }

    @Override
    public TaggedArticle map(Article article) {
        return tag(article, taggers, titleTokens, bodyTokens);
    }

    /**
     * Tags one article; {@code titleTokens} and {@code bodyTokens} are refilled with its headline and body (their
     * earlier content is lost).
     */
    public static TaggedArticle tag(Article article, Taggers taggers, Tokens titleTokens, Tokens bodyTokens) {
        TaggedArticle t = new TaggedArticle();
        t.articleId = article.id;
        t.title = article.title;
        t.source = article.sourceName();
        t.eventTime = article.eventTime;
        t.late = article.late;
        t.watermark = article.watermark;
        // tokenized once: the signature, the language check and both taggers read the same tokens
        Tokens title = Tokenizer.tokenize(article.title, titleTokens);
        Tokens body = Tokenizer.tokenize(article.body, bodyTokens);
        t.signature = MinHash.of(body);
        Taggers.Tags tags = taggers.tag(article.language, title, body);
        t.language = tags.language;
        if (!tags.isTagged()) {
            return t; // it joins no series
        }
        t.titleTerms = TitleTerms.of(title, taggers.gazetteer.namedWords(title));
        for (CountryScore c : tags.countries) {
            t.countries.add(c.code);
        }
        for (TopicScore s : tags.topics) {
            t.topics.add(s.topic);
        }
        return t;
    }
}
