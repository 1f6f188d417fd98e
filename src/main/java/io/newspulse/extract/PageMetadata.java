package io.newspulse.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspulse.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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

    /** Meta titles, most trustworthy first (after JSON-LD's headline): Dublin Core, Open Graph, Twitter, Parse.ly. */
    private static final List<String> TITLE_META = List.of("dc:title", "dc.title", "dcterm:title", "dcterms.title",
            "og:title", "twitter:title", "parsely-title");

    /** White space between words of an attribute value. */
    static final Pattern SPACES = Pattern.compile("\\s+");
    /** An element holding a name (of an author), found once per page: the query is parsed once. */
    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

    private final Document doc;
    private JsonNode ld;
    private boolean ldRead;
    /** Every meta tag's content by its lower-cased {@code property}, {@code name} or {@code itemprop} (each word of
     *  a space-separated list), the first non-blank one per key: read once, looked up many times. */
    private final Map<String, String> metas = new HashMap<>();

    /** JSON-LD scripts, the first {@code <time datetime>} (one inside an {@code <article>} preferred) and the first
     *  {@code <h1>}: gathered in the same walk as the meta tags. */
    private final List<Element> jsonLd = new ArrayList<>();
    private Element time;
    private Element articleTime;
    private Element h1;
    /** The head's first {@code <title>} (a {@code <title>} in the body, an SVG's, is not the page's). */
    private Element headTitle;
    /** The first {@code <link rel=canonical href>}, author link or {@code itemprop=author} element, byline-class
     *  element and {@code http-equiv=content-language} meta, noted in the same walk. */
    private Element canonical;
    private Element authorElement;
    private Element bylineElement;
    private String contentLanguage;

    /**
     * The metadata of {@code doc}, from the elements the caller hands to {@link #visit} (the head's, and the body's
     * from the body extractor's walk, so the page is walked once), read by the accessors afterwards.
     */
    PageMetadata(Document doc) {
        this.doc = doc;
    }

    /** Bits of {@link #visit}'s hints: the caller read the element's attributes and found an author in them. */
    static final int ATTRIBUTES_READ = 1 << 20;
    static final int AUTHOR_ATTRIBUTE = 1 << 21;
    static final int AUTHOR_REL = 1 << 22;

    /** {@code itemprop=author}, or a link {@code rel=author}; from the hints when the caller read the attributes. */
    private static boolean isAuthor(Element e, int hints) {
        if ((hints & ATTRIBUTES_READ) != 0) {
            return (hints & AUTHOR_ATTRIBUTE) != 0 || (hints & AUTHOR_REL) != 0 && "a".equals(e.normalName());
        }
        return e.attributesSize() > 0 && ("author".equalsIgnoreCase(e.attr("itemprop").trim())
                || "a".equals(e.normalName()) && "author".equalsIgnoreCase(e.attr("rel").trim()));
    }

    /** Notes an element of the head. */
    void visitHead(Element e) {
        if (headTitle == null && "title".equals(e.normalName())) {
            headTitle = e;
        }
        visit(e, 0); // class words do not matter in the head
    }

    /** What {@link Document#title()} gives, from the element the walk noted instead of another search. */
    private String documentTitle() {
        return headTitle == null ? "" : StringUtil.normaliseWhitespace(headTitle.text()).trim();
    }

    /**
     * Notes what one element says about the page: a meta tag, JSON-LD, the first time and headline, author and
     * byline elements. {@code classHints} are the {@link ClassWords} bits of its {@code class}, with {@link
     * #ATTRIBUTES_READ} and the author bits when the caller has read its attributes (0 when unknown).
     */
    void visit(Element e, int classHints) {
        switch (e.normalName()) {
            case "meta":
                addMeta(e);
                if (contentLanguage == null && "content-language".equalsIgnoreCase(e.attr("http-equiv"))) {
                    contentLanguage = blankToNull(e.attr("content"));
                }
                break;
            case "link":
                if (canonical == null && "canonical".equalsIgnoreCase(e.attr("rel").trim()) && e.hasAttr("href")) {
                    canonical = e;
                }
                break;
            case "script":
                if ("application/ld+json".equalsIgnoreCase(e.attr("type").trim())) {
                    jsonLd.add(e);
                }
                break;
            case "time":
                if (e.hasAttr("datetime")) {
                    time = time == null ? e : time;
                    if (articleTime == null && e.closest("article") != null) {
                        articleTime = e;
                    }
                }
                break;
            case "h1":
                h1 = h1 == null ? e : h1;
                break;
            default:
                break;
        }
        if (bylineElement == null && (classHints & ClassWords.BYLINE_HINT) != 0) {
            bylineElement = e;
        }
        if (authorElement == null && isAuthor(e, classHints)) {
            authorElement = e;
        }
    }

    /** The article's JSON-LD object, read on first use (after the walk). */
    private JsonNode ld() {
        if (!ldRead) {
            ld = findJsonLdArticle(jsonLd);
            ldRead = true;
        }
        return ld;
    }

    private void addMeta(Element m) {
        String content = blankToNull(m.attr("content"));
        if (content == null) {
            return;
        }
        String keys = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
        for (String key : SPACES.split(keys.toLowerCase(Locale.ROOT).trim())) {
            if (!key.isEmpty()) {
                metas.putIfAbsent(key, content);
            }
        }
    }

    String title() {
        String t = ldTitle();
        for (int i = 0; t == null && i < TITLE_META.size(); i++) {
            t = meta(TITLE_META.get(i));
        }
        if (t != null) {
            t = withoutSiteName(t, meta("og:site_name"));
        }
        if (t == null) {
            t = cleanDocumentTitle(blankToNull(documentTitle()));
        }
        if (t == null) {
            t = h1 != null ? blankToNull(h1.text()) : null;
        }
        return t;
    }

    /**
     * {@code title} without the site's name before it ("TechCrunch | 2005 Zuckerberg …"): only when that part is the
     * {@code siteName} the page declares (a ".com" aside), so a headline with a dash of its own is never cut. A site's
     * name after the headline stays, as Readability keeps it in an {@code og:title} (the reference metadata of the
     * 130 pages expects it: cutting it there too cost 8 of their titles).
     */
    static String withoutSiteName(String title, String siteName) {
        if (siteName == null || siteName.isBlank()) {
            return title;
        }
        String site = bareSiteName(siteName);
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int first = m.find() ? m.start() : -1;
        if (first >= 0 && bareSiteName(title.substring(0, first)).equals(site)) {
            return title.substring(first + 3).trim();
        }
        return title;
    }

    private static String bareSiteName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.endsWith(".com") ? n.substring(0, n.length() - 4) : n;
    }

    /**
     * JSON-LD's {@code headline}, or its {@code name}; when both are given and differ, the one that shares more words
     * with the {@code <title>} (Wikipedia's headline is a description: "country in Oceania").
     */
    private String ldTitle() {
        String headline = ldText("headline");
        String name = ldText("name");
        if (headline == null || name == null || headline.equals(name)) {
            return headline != null ? headline : name;
        }
        String documentTitle = documentTitle();
        return sharedWords(name, documentTitle) > sharedWords(headline, documentTitle) ? name : headline;
    }

    private static int sharedWords(String a, String b) {
        Set<String> words = new java.util.HashSet<>(List.of(a.toLowerCase(Locale.ROOT).split("\\W+")));
        int shared = 0;
        for (String w : b.toLowerCase(Locale.ROOT).split("\\W+")) {
            shared += !w.isEmpty() && words.remove(w) ? 1 : 0;
        }
        return shared;
    }

    /** Separators between a headline and the site's name in a {@code <title>}, spaces around them. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|\\-–—\\\\/>»] ");

    /**
     * The {@code <title>} without the site's name: the part before the last separator (" | ", " - ", " » " …), or
     * after the first when that leaves under three words. A short headline (four words or fewer) loses only a
     * short, name-like tail ("Korean exports rise | Yonhap"); otherwise the separator was probably part of the
     * headline and the whole title stays ("On Recent Controversial Events - Bradley M. Kuhn (bkuhn)").
     */
    static String cleanDocumentTitle(String raw) {
        if (raw == null) {
            return null;
        }
        String title = raw.replaceAll("\\s+", " ");
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int first = -1;
        int last = -1;
        while (m.find()) {
            first = first < 0 ? m.start() : first;
            last = m.start();
        }
        if (last < 0) {
            return title;
        }
        String head = title.substring(0, last).trim();
        String tail = title.substring(last + 3).trim();
        if (words(head) < 3) {
            tail = title.substring(0, first).trim();
            head = title.substring(first + 3).trim();
        }
        if (words(head) > 4 || words(head) >= 3 && words(tail) <= 3) {
            return head;
        }
        return title;
    }

    private static int words(String s) {
        return s.isEmpty() ? 0 : SPACES.split(s).length;
    }

    String publisher() {
        String p = ld() == null ? null : nameOf(ld().get("publisher"));
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

    /** Author meta tags, most specific first. */
    private static final List<String> AUTHOR_META = List.of("dc:creator", "dc.creator", "dcterm:creator", "author",
            "article:author", "og:article:author", "parsely-author", "sailthru.author", "byl");

    String author() {
        String a = ld() == null ? null : nameOf(ld().get("author"));
        for (int i = 0; a == null && i < AUTHOR_META.size(); i++) {
            a = cleanByline(notUrl(meta(AUTHOR_META.get(i))));
        }
        if (a == null && authorElement != null) {
            Element name = authorElement.selectFirst(ITEMPROP_NAME);
            a = cleanByline((name != null ? name : authorElement).text());
        }
        if (a == null && bylineElement != null) {
            String text = blankToNull(bylineElement.text());
            a = text != null && text.length() <= 100 ? cleanByline(text) : null;
        }
        return a;
    }

    /** "By" and its translations before a byline, and what follows the names (a date, a handle, a dash). */
    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?i)^(by|par|por|von|door|di|av|af)\\s+");
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "(?i)\\s*([—–|•@]|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}).*$");

    /** A byline reduced to its names: {@code "by Steven Musil January 18, 2017 @stevenmusil"} → {@code Steven Musil}. */
    static String cleanByline(String raw) {
        String t = blankToNull(raw);
        if (t == null) {
            return null;
        }
        t = BYLINE_TAIL.matcher(BYLINE_PREFIX.matcher(t.replaceAll("\\s+", " ")).replaceFirst("")).replaceFirst("");
        return blankToNull(t);
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
            Element first = articleTime != null ? articleTime : time;
            t = first != null ? DateParsing.parse(first.attr("datetime")) : null;
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
        Element link = canonical;
        String c = link != null ? blankToNull(absoluteHref(link)) : null;
        if (c == null && link != null) {
            c = blankToNull(link.attr("href"));
        }
        return c != null ? c : meta("og:url");
    }

    /**
     * {@code link.absUrl("href")}; an address that is already a plain absolute http(s) URL is taken as it is (what
     * resolving it gives), without building a {@link java.net.URL} and, with no base address, failing to build one.
     */
    private static String absoluteHref(Element link) {
        String href = link.attr("href").strip();
        if (href.startsWith("https://") || href.startsWith("http://")) {
            boolean plain = true;
            for (int i = 0; i < href.length() && plain; i++) {
                char c = href.charAt(i);
                plain = c > ' ' && c < 127 && c != '\\';
            }
            if (plain) {
                return href;
            }
        }
        return link.absUrl("href");
    }

    String language() {
        Element html = doc.firstElementChild();
        String lang = html != null ? blankToNull(html.attr("lang")) : null;
        if (lang == null) {
            lang = contentLanguage;
        }
        if (lang == null) {
            lang = ldText("inLanguage");
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
        return metas.get(key.toLowerCase(Locale.ROOT));
    }

    private String ldText(String field) {
        if (ld() == null) {
            return null;
        }
        JsonNode n = ld().get(field);
        return n != null && n.isValueNode() ? blankToNull(n.asText()) : null;
    }

    private static JsonNode findJsonLdArticle(List<Element> scripts) {
        for (Element script : scripts) {
            try {
                List<JsonNode> candidates = new ArrayList<>();
                String json = script.data();
                json = withoutCdata(json);
                collect(Json.MAPPER.readTree(json), candidates);
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

    /**
     * The JSON-LD without the CDATA wrapper some pages put around it ({@code <![CDATA[ … ]]>}, also commented out
     * with {@code //}). Plain string tests: a regular expression tried at every position of a large block cost more
     * than reading the JSON.
     */
    static String withoutCdata(String json) {
        String s = json.strip();
        String head = s.startsWith("//") ? s.substring(2).stripLeading() : s;
        if (head.startsWith("<![CDATA[")) {
            s = head.substring("<![CDATA[".length());
        }
        if (s.endsWith("]]>")) {
            s = s.substring(0, s.length() - "]]>".length()).stripTrailing();
            if (s.endsWith("//")) {
                s = s.substring(0, s.length() - 2);
            }
        }
        return s;
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
