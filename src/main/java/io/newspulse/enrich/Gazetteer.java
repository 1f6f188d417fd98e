package io.newspulse.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.enrich.PhraseMatcher.CaseRule;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every way a text may name a country, compiled into one {@link PhraseMatcher}. All ISO 3166-1 codes
 * are known by their English names from the JDK; {@code gazetteer.yaml} adds aliases, demonyms,
 * capitals, leaders, institutions, half-weight ambiguous words and blocking phrases.
 */
public final class Gazetteer {
    static final String RESOURCE = "/newspulse/gazetteer.yaml";
    static final double WEAK_WEIGHT = 0.5;

    /** What a matched phrase means: a country and how much one mention weighs. */
    public static final class Hit {
        public final String code;
        public final double weight;
        /** Counts only if the article names the country in another, unambiguous way too. */
        public final boolean needsCorroboration;

        Hit(String code, double weight) {
            this(code, weight, false);
        }

        Hit(String code, double weight, boolean needsCorroboration) {
            this.code = code;
            this.weight = weight;
            this.needsCorroboration = needsCorroboration;
        }
    }

    private final PhraseMatcher<Hit> matcher = new PhraseMatcher<>(false);
    private final Set<String> codes = new HashSet<>();

    private Gazetteer() {}

    public static Gazetteer load(String overridePath) {
        return fromYaml(ReferenceData.load(overridePath, RESOURCE));
    }

    static Gazetteer fromYaml(JsonNode root) {
        Gazetteer g = new Gazetteer();
        JsonNode countries = root.path("countries");
        Set<String> weakWords = new HashSet<>();
        countries.forEach(c -> {
            c.path("weak").forEach(w -> weakWords.add(w.asText().toLowerCase(Locale.ROOT)));
            c.path("ambiguous").forEach(w -> weakWords.add(w.asText().toLowerCase(Locale.ROOT)));
        });
        for (String code : Locale.getISOCountries()) {
            g.codes.add(code);
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            // JDK names such as "Congo - Kinshasa" or "Myanmar (Burma)" are covered by the YAML instead
            if (!name.isEmpty() && !name.contains(" - ") && !name.contains("(") && !weakWords.contains(name.toLowerCase(Locale.ROOT))) {
                g.matcher.add(name, CaseRule.CAPITALIZED, new Hit(code, 1.0));
            }
        }
        Iterator<Map.Entry<String, JsonNode>> it = countries.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String code = e.getKey().toUpperCase(Locale.ROOT);
            if (!g.codes.contains(code)) {
                throw new IllegalArgumentException("gazetteer: '" + e.getKey() + "' is not an ISO 3166-1 alpha-2 code");
            }
            JsonNode c = e.getValue();
            Hit full = new Hit(code, 1.0);
            for (String field : new String[] {"names", "demonyms", "places", "states", "cities", "people", "institutions", "former"}) {
                c.path(field).forEach(n -> g.matcher.add(n.asText(), CaseRule.CAPITALIZED, full));
            }
            c.path("acronyms").forEach(n -> g.matcher.add(n.asText(), CaseRule.EXACT, full));
            c.path("weak").forEach(n -> g.matcher.add(n.asText(), CaseRule.CAPITALIZED, new Hit(code, WEAK_WEIGHT)));
            c.path("ambiguous").forEach(n -> g.matcher.add(n.asText(), CaseRule.CAPITALIZED, new Hit(code, 1.0, true)));
        }
        root.path("blockers").forEach(b -> g.matcher.add(b.asText(), CaseRule.CAPITALIZED, null));
        return g;
    }

    /** The lower-case words of every place, people or country name among {@code tokens}. */
    public Set<String> namedWords(Tokens tokens) {
        Set<String> words = new HashSet<>();
        matcher.match(tokens, m -> {
            for (int i = m.firstToken; i < m.firstToken + m.tokenCount; i++) {
                words.add(tokens.lower(i));
            }
        });
        return words;
    }

    PhraseMatcher<Hit> matcher() {
        return matcher;
    }

}
