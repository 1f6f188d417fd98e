package io.newspulse.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the article's main text on a page it has never seen: paragraphs vote for the blocks that hold
 * them (by length and commas, damped by link density), the best-scored block wins, and its text blocks
 * are kept in order, minus chrome such as share bars, "Related Stories" lists and sign-up prompts.
 * Modelled on the Readability family of extractors; a first version that later work measures and tunes.
 */
final class BodyExtractor {
    /** Class/id words of page chrome that is never article text. */
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)comment|share|social|related|newsletter|subscri|promo|advert|\\bads?\\b|ad-|sponsor|cookie|consent"
                    + "|paywall|signup|sign-up|sidebar|footer|masthead|\\bnav|menu|breadcrumb|recommend|outbrain|taboola"
                    + "|popup|modal|banner|disqus|trending|most-read|more-stories|read-more|app-download|toolbar|gallery|slideshow|carousel");
    /** Class/id words that mark the article itself; they protect a block from the list above. */
    private static final Pattern LIKELY = Pattern.compile(
            "(?i)article|story|entry|post-body|content|main|text|body|paragraph|prose");
    /** Whole lines that are chrome even inside the article block. */
    private static final Pattern CHROME_LINE = Pattern.compile(
            "(?i)^(see also|read more|also read|related( stories| articles| coverage)?|recommended|more from|"
                    + "photo( courtesy| credit)?|image( courtesy| credit)?|sign up|subscribe|already a member|"
                    + "advertisement|share this|follow us|click here|download the app|get all your news)\\b.*");
    /** Lines shorter than this before the first kept paragraph are lead-in chrome, not text. */
    private static final int LEAD_IN_CHARS = 80;
    /** A short "By …" line is a byline, read as metadata, not body text. */
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+\\S.{0,80}$");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\n ?");

    private BodyExtractor() {}

    /**
     * Text shorter than this after removing chrome by class names means the names misled (a layout class such as
     * {@code two-col-sidebar} on the article's own wrapper): the page is read again without that step, as
     * Readability does.
     */
    static final int MIN_ARTICLE_CHARS = 500;

    static String extract(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        String text = extract(body, true);
        if (text.length() < MIN_ARTICLE_CHARS) {
            String relaxed = extract(body, false);
            if (relaxed.length() > text.length()) {
                text = relaxed;
            }
        }
        return text;
    }

    private static String extract(Element body, boolean removeUnlikely) {
        Element clean = body.clone();
        clean.select("script, style, noscript, iframe, form, nav, footer, aside, svg, button, select, "
                + "template, canvas, video, audio, figcaption, [hidden], [aria-hidden=true]").remove();
        clean.select("[style~=(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)]").remove();
        if (removeUnlikely) {
            removeUnlikely(clean);
        }

        List<Element> parts = article(clean);
        if (parts.isEmpty()) {
            return "";
        }
        List<String> blocks = new ArrayList<>();
        collectBlocks(parts, blocks);
        if (blocks.isEmpty()) {
            String text = parts.get(0).text().trim();
            return CHROME_LINE.matcher(text).matches() ? "" : text;
        }
        return String.join("\n\n", blocks);
    }

    private static void removeUnlikely(Element root) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root || "body".equals(e.tagName()) || "article".equals(e.tagName())) {
                continue;
            }
            String hints = e.className() + " " + e.id() + " " + e.attr("role");
            if (UNLIKELY.matcher(hints).find() && !LIKELY.matcher(hints).find() && !isProse(e, hints)) {
                doomed.add(e);
            } else if ("header".equals(e.tagName()) && e.selectFirst("h1") == null) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /** Class words of blocks that are long, plain text and still never the article: reader comments, captioned
     *  galleries. */
    private static final Pattern NEVER_PROSE = Pattern.compile(
            "(?i)comment|disqus|repl(y|ies)|discussion|respon|gallery|slideshow|carousel");
    private static final int LIST_ITEM_PROSE_CHARS = 80;
    /** Text at least this long, with few links, is prose whatever its class says. */
    private static final int PROSE_CHARS = 500;

    /**
     * A block whose class sounds like chrome ({@code read-more}, {@code share-wrapper}) but that holds long text with
     * few links is part of the article (an expandable "read more" body, a share plugin wrapped around the
     * text) — unless it is reader comments or a gallery.
     */
    private static boolean isProse(Element e, String hints) {
        if (NEVER_PROSE.matcher(hints).find()) {
            return false;
        }
        int length = e.text().length();
        return length >= PROSE_CHARS && linkDensity(e) < 0.2;
    }

    /**
     * Readability-style vote: each paragraph scores its parent fully, its grandparent half, and the three blocks
     * above a third of the level each (a sixth, a ninth, a twelfth); a block starts from a score for its tag and its class words, and ends damped by
     * its link density.
     */
    private static Map<Element, Double> candidateScores(Element root) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : root.select("p, pre, td, li:not(:has(p, div, li)), div:not(:has(p, div, li, table))")) {
            String text = p.text();
            // list items vote only when they are sentences (a post made of bullet points), not menu entries
            if (text.length() < ("li".equals(p.tagName()) ? LIST_ITEM_PROSE_CHARS : 25)) {
                continue;
            }
            double score = 1 + count(text, ',') + Math.min(text.length() / 100.0, 3);
            Element ancestor = p.parent();
            for (int level = 0; level < 5 && ancestor != null && ancestor != root.parent(); level++) {
                Element a = ancestor;
                scores.computeIfAbsent(a, BodyExtractor::initialScore);
                scores.merge(a, level == 0 ? score : level == 1 ? score / 2 : score / (level * 3), Double::sum);
                ancestor = a.parent();
            }
        }
        scores.replaceAll((e, score) -> score * (1 - linkDensity(e)));
        return scores;
    }

    /** What a block is worth before its paragraphs vote: by its tag, and by article-like or chrome-like class words. */
    private static double initialScore(Element e) {
        double score;
        switch (e.tagName()) {
            case "div":
            case "article":
            case "section":
            case "main":
                score = 5;
                break;
            case "pre":
            case "td":
            case "blockquote":
                score = 3;
                break;
            case "address":
            case "ol":
            case "ul":
            case "dl":
            case "dd":
            case "dt":
            case "li":
            case "form":
                score = -3;
                break;
            default:
                score = e.tagName().matches("h[1-6]|th") ? -5 : 0;
        }
        String hints = e.className() + " " + e.id();
        if (UNLIKELY.matcher(hints).find()) {
            score -= 25;
        }
        if (LIKELY.matcher(hints).find()) {
            score += 25;
        }
        if ("article".equals(e.tagName()) || "articleBody".equals(e.attr("itemprop"))) {
            score += 25;
        }
        return score;
    }

    /**
     * The article: the best-scored block, raised to its parent while the parent adds little text of its own,
     * plus the siblings that belong to it (a story split into several containers, as many sites do): siblings
     * that scored at least a fifth of the winner (more when they share its class), and sibling paragraphs of
     * real text.
     */
    private static List<Element> article(Element root) {
        Map<Element, Double> scores = candidateScores(root);
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        if (best == null) {
            return root.text().isBlank() ? List.of() : List.of(root);
        }
        best = commonAncestorOfRivals(best, bestScore, scores, root);
        bestScore = scores.getOrDefault(best, bestScore);
        // a parent that scores higher than the block is a sign the article continues beside it
        double lastScore = bestScore;
        for (Element up = best.parent(); up != null && up != root && !"body".equals(up.tagName()); up = up.parent()) {
            Double upScore = scores.get(up);
            if (upScore == null) {
                continue;
            }
            if (upScore < bestScore / 3) {
                break;
            }
            if (upScore > lastScore) {
                best = up;
                bestScore = upScore;
                break;
            }
            lastScore = upScore;
        }
        Element parent = best.parent();
        while (parent != null && parent != root && parent.text().length() < best.text().length() * 1.25
                && !"body".equals(parent.tagName())) {
            best = parent;
            bestScore = Math.max(bestScore, scores.getOrDefault(best, 0.0));
            parent = best.parent();
        }
        if (parent == null || best == root) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                parts.add(sibling);
                continue;
            }
            double bonus = !best.className().isEmpty() && best.className().equals(sibling.className()) ? bestScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                parts.add(sibling);
            } else if ("p".equals(sibling.tagName())) {
                String text = sibling.text();
                double links = linkDensity(sibling);
                if (text.length() > 80 && links < 0.25
                        || !text.isEmpty() && text.length() <= 80 && links == 0 && SENTENCE_END.matcher(text).find()) {
                    parts.add(sibling);
                }
            }
        }
        return parts;
    }

    /**
     * When three or more blocks score nearly as well as the best (three quarters of it or more, among the five
     * best), the article is split among them: the nearest ancestor of the best that holds three of them wins.
     */
    private static Element commonAncestorOfRivals(Element best, double bestScore, Map<Element, Double> scores, Element root) {
        List<Map.Entry<Element, Double>> top = new ArrayList<>(scores.entrySet());
        top.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<Element> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(5, top.size()); i++) {
            if (top.get(i).getValue() >= 0.75 * bestScore) {
                rivals.add(top.get(i).getKey());
            }
        }
        if (rivals.size() < 3) {
            return best;
        }
        for (Element up = best.parent(); up != null && up != root && !"body".equals(up.tagName()); up = up.parent()) {
            int inside = 0;
            for (Element rival : rivals) {
                if (rival.parents().contains(up)) {
                    inside++;
                }
            }
            if (inside >= 3) {
                return up;
            }
        }
        return best;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    /** Elements that start a new paragraph; anything else is inline and joins the text around it. */
    private static final java.util.Set<String> BLOCK_TAGS = java.util.Set.of("p", "div", "section", "article", "main",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "td", "th", "tbody", "thead", "header", "figure", "hr", "center", "address");

    /**
     * The text of the winning block as paragraphs, in document order: every block element starts a new
     * paragraph (so text written straight into a {@code <div>} is kept, not only {@code <p>}s); a paragraph that
     * is mostly link text (a list of related links) or a chrome line is dropped.
     */
    private static void collectBlocks(List<Element> parts, List<String> out) {
        Paragraph current = new Paragraph();
        for (Element part : parts) {
            walk(part, current, out, false);
            current.flushTo(out);
        }
    }

    private static void walk(Node node, Paragraph current, List<String> out, boolean inLink) {
        if (node instanceof TextNode) {
            current.append(((TextNode) node).text(), inLink);
            return;
        }
        if (!(node instanceof Element)) {
            return;
        }
        Element e = (Element) node;
        String tag = e.tagName();
        if ("br".equals(tag)) {
            current.append("\n", inLink);
            return;
        }
        if ("h1".equals(tag)) {
            return; // the headline is the title, not the body
        }
        boolean block = BLOCK_TAGS.contains(tag);
        if (block) {
            current.flushTo(out);
            current.heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
            current.listItem = "li".equals(tag);
        }
        for (Node child : e.childNodes()) {
            walk(child, current, out, inLink || "a".equals(tag));
        }
        if (block) {
            current.flushTo(out);
        }
    }

    /** The paragraph being gathered, with how much of it is link text. */
    private static final class Paragraph {
        final StringBuilder text = new StringBuilder();
        int linkChars;
        boolean heading;
        boolean listItem;
        /** Whether a real paragraph has been kept: short lines before it are the page's lead-in (source, section, byline). */
        boolean started;

        void append(String s, boolean link) {
            text.append(s);
            if (link) {
                linkChars += s.trim().length();
            }
        }

        void flushTo(List<String> out) {
            String t = SPACE_AROUND_BREAK.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\n").trim();
            int length = t.replace(" ", "").length();
            boolean leadIn = !started && t.length() < LEAD_IN_CHARS;
            if (!t.isEmpty() && !leadIn && !CHROME_LINE.matcher(t).matches() && !BYLINE.matcher(t).matches()
                    && (heading || length == 0 || (double) linkChars / Math.max(1, t.length()) <= 0.5)) {
                out.add(listItem ? "- " + t : t);
                started = true;
            }
            text.setLength(0);
            linkChars = 0;
            heading = false;
            listItem = false;
        }
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
