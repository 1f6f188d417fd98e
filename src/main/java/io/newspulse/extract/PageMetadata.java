package io.newspulse.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article's metadata from the places publishers put it, most trustworthy first: JSON-LD
 * ({@code NewsArticle} and kin), Open Graph / article meta tags, other meta conventions, then the markup.
 */
final class PageMetadata {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting",
            "webpage");
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date",
            "dcterms.created", "parsely-pub-date", "sailthru.date", "article.published", "published_time");
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by\\s+");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—]\\s+[^|\\-–—]{2,60}$");

    private final Document doc;
    private final JsonNode ld;

    PageMetadata(Document doc) {
        this.doc = doc;
        this.ld = findJsonLdArticle(doc);
    }

    String title() {
        String t = meta("og:title");
        if (t == null) {
            t = ldText("headline");
        }
        if (t == null) {
            t = meta("twitter:title");
        }
        if (t == null) {
            t = cleanDocumentTitle(blankToNull(doc.title()));
        }
        if (t == null) {
            Element h1 = doc.selectFirst("h1");
            t = h1 != null ? blankToNull(h1.text()) : null;
        }
        return t;
    }

    /** The {@code <title>} without a trailing " | Site" or " - Site", when what remains is still a headline. */
    static String cleanDocumentTitle(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = TITLE_SUFFIX.matcher(raw);
        if (m.find()) {
            String head = raw.substring(0, m.start()).trim();
            if (head.split("\\s+").length >= 3) {
                return head;
            }
        }
        return raw;
    }

    String publisher() {
        String p = ld == null ? null : nameOf(ld.get("publisher"));
        if (p == null) {
            p = notUrl(meta("article:publisher"));
        }
        if (p == null) {
            p = meta("og:site_name");
        }
        if (p == null) {
            p = meta("application-name");
        }
        return p;
    }

    String author() {
        String a = ld == null ? null : nameOf(ld.get("author"));
        if (a == null) {
            a = notUrl(meta("author"));
        }
        if (a == null) {
            a = notUrl(meta("article:author"));
        }
        if (a == null) {
            Element rel = doc.selectFirst("a[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
            a = rel != null ? blankToNull(rel.text()) : null;
        }
        if (a == null) {
            Element byline = doc.selectFirst(".byline, .author, .article-author, [class*=byline]");
            String text = byline != null ? blankToNull(byline.text()) : null;
            a = text != null && text.length() <= 100 ? BY_PREFIX.matcher(text).replaceFirst("") : null;
        }
        return a;
    }

    Instant publishedAt(String url) {
        Instant t = DateParsing.parse(ldText("datePublished"));
        if (t == null) {
            for (String name : DATE_META) {
                t = DateParsing.parse(meta(name));
                if (t != null) {
                    break;
                }
            }
        }
        if (t == null) {
            Element time = doc.selectFirst("article time[datetime], time[datetime]");
            t = time != null ? DateParsing.parse(time.attr("datetime")) : null;
        }
        if (t == null && url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                t = DateParsing.parse(String.format(Locale.ROOT, "%s-%02d-%02d",
                        m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
        }
        return t;
    }

    String canonicalUrl() {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        String c = link != null ? blankToNull(link.absUrl("href")) : null;
        if (c == null && link != null) {
            c = blankToNull(link.attr("href"));
        }
        return c != null ? c : meta("og:url");
    }

    String language() {
        Element html = doc.selectFirst("html[lang]");
        String lang = html != null ? blankToNull(html.attr("lang")) : null;
        if (lang == null) {
            Element equiv = doc.selectFirst("meta[http-equiv=content-language][content]");
            lang = equiv != null ? blankToNull(equiv.attr("content")) : null;
        }
        if (lang == null) {
            String locale = meta("og:locale");
            lang = locale != null ? locale.replace('_', '-') : null;
        }
        return lang == null ? null : lang.toLowerCase(Locale.ROOT);
    }

    String description() {
        String d = meta("og:description");
        return d != null ? d : meta("description");
    }

    /** A meta tag's content by {@code property}, {@code name} or {@code itemprop}, case-insensitive. */
    private String meta(String key) {
        for (Element m : doc.select("meta[content]")) {
            String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            if (k.equalsIgnoreCase(key)) {
                String v = blankToNull(m.attr("content"));
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private String ldText(String field) {
        if (ld == null) {
            return null;
        }
        JsonNode n = ld.get(field);
        return n != null && n.isValueNode() ? blankToNull(n.asText()) : null;
    }

    private static JsonNode findJsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                List<JsonNode> candidates = new ArrayList<>();
                collect(Json.MAPPER.readTree(script.data()), candidates);
                for (JsonNode n : candidates) {
                    if (isArticle(n)) {
                        return n;
                    }
                }
            } catch (IOException e) {
                // broken JSON-LD is common; the meta tags are read instead
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out);
        }
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null || n.get("headline") == null && n.get("datePublished") == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    /** A schema.org Person/Organization name, a list of them joined, or a plain string. */
    private static String nameOf(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual()) {
            return notUrl(blankToNull(n.textValue()));
        }
        if (n.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode item : n) {
                String name = nameOf(item);
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        JsonNode name = n.get("name");
        return name != null && name.isTextual() ? blankToNull(name.textValue()) : null;
    }

    private static String notUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }
}
