package io.newspulse.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.enrich.PhraseMatcher.CaseRule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topic taxonomy ({@code taxonomy.yaml}): topic ids with labels, parents, weighted phrases and
 * negative phrases, compiled into one {@link PhraseMatcher}. Short all-capital phrases (WHO, AI, GDP)
 * match only in capitals; everything else in any case.
 */
public final class Taxonomy {
    static final String RESOURCE = "/newspulse/taxonomy.yaml";

    /** A phrase's effect on one topic's score (negative phrases have a negative weight). */
    public static final class Cue {
        public final String topic;
        public final double weight;

        Cue(String topic, double weight) {
            this.topic = topic;
            this.weight = weight;
        }
    }

    /** One topic as declared. */
    public static final class Topic {
        public final String id;
        public final String label;
        public final String parent;

        Topic(String id, String label, String parent) {
            this.id = id;
            this.label = label;
            this.parent = parent;
        }
    }

    private final PhraseMatcher<List<Cue>> matcher = new PhraseMatcher<>(true);
    private final Map<String, Topic> topics = new LinkedHashMap<>();

    private Taxonomy() {}

    public static Taxonomy load(String overridePath) {
        return fromYaml(ReferenceData.load(overridePath, RESOURCE));
    }

    static Taxonomy fromYaml(JsonNode root) {
        Taxonomy t = new Taxonomy();
        Map<String, List<Cue>> cuesByPhrase = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("topics").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            JsonNode node = e.getValue();
            t.topics.put(id, new Topic(id, node.path("label").asText(id), node.path("parent").asText(id)));
            addCues(id, node.path("phrases"), 1, cuesByPhrase);
            addCues(id, node.path("negative"), -1, cuesByPhrase);
        }
        if (t.topics.isEmpty()) {
            throw new IllegalArgumentException("taxonomy: no topics defined under 'topics'");
        }
        // one trie entry per phrase, carrying every topic it speaks for
        cuesByPhrase.forEach((phrase, cues) -> t.matcher.add(phrase, ruleFor(phrase), cues));
        return t;
    }

    private static void addCues(String topic, JsonNode phrases, int sign, Map<String, List<Cue>> out) {
        Iterator<Map.Entry<String, JsonNode>> it = phrases.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            if (!p.getValue().isNumber()) {
                throw new IllegalArgumentException("taxonomy: weight of '" + p.getKey() + "' in topic '" + topic + "' must be a number");
            }
            out.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(new Cue(topic, sign * p.getValue().asDouble()));
        }
    }

    private static CaseRule ruleFor(String phrase) {
        boolean acronym = phrase.length() <= 5 && phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT))
                && phrase.chars().anyMatch(Character::isLetter);
        return acronym ? CaseRule.EXACT : CaseRule.ANY;
    }

    PhraseMatcher<List<Cue>> matcher() {
        return matcher;
    }

    public Map<String, Topic> topics() {
        return topics;
    }
}
