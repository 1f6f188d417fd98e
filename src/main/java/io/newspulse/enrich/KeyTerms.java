package io.newspulse.enrich;

import io.newspulse.enrich.Tokenizer.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article's key terms, for labelling stories: the headline's content words first, then the words the body
 * repeats most (at least twice). Names of countries, capitals and leaders are left out, as in {@link TitleTerms}.
 */
public final class KeyTerms {
    private KeyTerms() {}

    public static List<String> of(String title, String body, Gazetteer gazetteer, int max) {
        String text = title == null ? "" : title;
        Set<String> terms = new LinkedHashSet<>(TitleTerms.of(text, gazetteer.namedWords(text)));
        if (body != null && terms.size() < max) {
            Set<String> names = gazetteer.namedWords(body);
            Map<String, Integer> counts = new HashMap<>();
            for (Token t : Tokenizer.tokenize(body)) {
                counts.merge(t.lower, 1, Integer::sum);
            }
            List<Map.Entry<String, Integer>> frequent = new ArrayList<>(counts.entrySet());
            frequent.sort((a, b) -> b.getValue() != a.getValue().intValue()
                    ? Integer.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()));
            for (Map.Entry<String, Integer> e : frequent) {
                if (terms.size() >= max || e.getValue() < 2) {
                    break;
                }
                if (!names.contains(e.getKey()) && TitleTerms.isContentWord(e.getKey())) {
                    terms.add(e.getKey());
                }
            }
        }
        List<String> list = new ArrayList<>(terms);
        return list.size() > max ? list.subList(0, max) : list;
    }
}
