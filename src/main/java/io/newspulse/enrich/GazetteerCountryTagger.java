package io.newspulse.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Country salience from where and how often a country is named: each mention weighs 3 in the headline,
 * 2 in the lead (the first paragraph, where a dateline such as "SEOUL, Aug 25 (Reuters) -" stands) and
 * 1 in the rest of the body, times the phrase's own weight (ambiguous words such as "Georgia" or "Jordan"
 * count only when the article also names the country unambiguously). A country the article is *about* reaches
 * {@code minSalience}; the {@code maxCountries} most salient are kept.
 */
public final class GazetteerCountryTagger implements CountryTagger {
    static final double HEADLINE_WEIGHT = 3;
    static final double LEAD_WEIGHT = 2;
    static final double BODY_WEIGHT = 1;
    private static final int MAX_LEAD_CHARS = 400;

    private final Gazetteer gazetteer;
    private final double minSalience;
    private final double minShareOfTop;
    private final int maxCountries;

    public GazetteerCountryTagger(Gazetteer gazetteer, double minSalience, int maxCountries) {
        this(gazetteer, minSalience, 0, maxCountries);
    }

    public GazetteerCountryTagger(Gazetteer gazetteer, double minSalience, double minShareOfTop, int maxCountries) {
        this.gazetteer = gazetteer;
        this.minSalience = minSalience;
        this.minShareOfTop = minShareOfTop;
        this.maxCountries = maxCountries;
    }

    @Override
    public List<CountryScore> tag(Tokens title, Tokens body) {
        Map<String, Double> salience = new HashMap<>();
        Map<String, Double> ambiguous = new HashMap<>();
        score(title, 0, title.size(), HEADLINE_WEIGHT, salience, ambiguous);
        int leadEnd = body.firstAtOrAfter(leadEnd(body.text()));
        score(body, 0, leadEnd, LEAD_WEIGHT, salience, ambiguous);
        score(body, leadEnd, body.size(), BODY_WEIGHT, salience, ambiguous);
        // "Georgia" counts for the country only in an article that also says Tbilisi, Georgian, …
        ambiguous.forEach((code, s) -> salience.computeIfPresent(code, (c, strong) -> strong + s));

        double top = 0;
        for (double s : salience.values()) {
            top = Math.max(top, s);
        }
        List<CountryScore> result = new ArrayList<>();
        for (Map.Entry<String, Double> e : salience.entrySet()) {
            double s = e.getValue();
            if (s >= minSalience && s >= minShareOfTop * top) {
                result.add(new CountryScore(e.getKey(), s));
            }
        }
        result.sort((a, b) -> a.salience != b.salience ? Double.compare(b.salience, a.salience) : a.code.compareTo(b.code));
        return result.size() > maxCountries ? new ArrayList<>(result.subList(0, maxCountries)) : result;
    }

    private void score(Tokens tokens, int from, int to, double regionWeight, Map<String, Double> salience,
            Map<String, Double> ambiguous) {
        gazetteer.matcher().match(tokens, from, to, m -> {
            if (m.value != null) {
                (m.value.needsCorroboration ? ambiguous : salience).merge(m.value.code, regionWeight * m.value.weight, Double::sum);
            }
        });
    }

    /** End of the lead: the first paragraph break, capped so a body without breaks has a lead too. */
    private static int leadEnd(String body) {
        int nl = body.indexOf("\n\n");
        int end = nl < 0 ? body.length() : nl;
        return Math.min(end, Math.min(body.length(), MAX_LEAD_CHARS));
    }
}
