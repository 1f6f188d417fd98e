package io.newspulse.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the article's main text on a page it has never seen: paragraphs vote for the blocks that hold
 * them (by length and commas, damped by link density), the best-scored block wins, and its text blocks
 * are kept in order, minus chrome such as share bars, "Related Stories" lists and sign-up prompts.
 * Modelled on the Readability family of extractors.
 *
 * <p>It reads the parsed page in place (no copy), in one walk that measures every block (text length, link text,
 * commas, what it holds) while leaving out what is never text (scripts, hidden elements), decides which blocks
 * are chrome by their class words (keeping each block's figures with and without the chrome inside it), and
 * hands each element to the metadata reader. Scores, the choice of the article and its siblings read those
 * measures instead of walking subtrees again.
 */
final class BodyExtractor {
    /** Whole lines that are chrome even inside the article block. */
    private static final Pattern CHROME_LINE = Pattern.compile(
            "(?i)^(see also|read more|also read|related( stories| articles| coverage)?|recommended|more from|"
                    + "photo( courtesy| credit)?|image( courtesy| credit)?|sign up|subscribe|already a member|"
                    + "advertisement|share this|follow us|click here|download the app|get all your news)\\b.*");
    /** Lines shorter than this before the first kept paragraph are lead-in chrome, not text. */
    private static final int LEAD_IN_CHARS = 80;
    /** A short "By …" line is a byline, read as metadata, not body text. */
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+\\S.{0,80}$");

    private BodyExtractor() {}

    /**
     * Text shorter than this after removing chrome by class names means the names misled (a layout class such as
     * {@code two-col-sidebar} on the article's own wrapper): the page is read again without that step, as
     * Readability does.
     */
    static final int MIN_ARTICLE_CHARS = 500;
    /** Elements that are never article text. */
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "iframe", "form", "nav",
            "footer", "aside", "svg", "button", "select", "template", "canvas", "video", "audio", "figcaption",
            "head", "title", "meta", "link", "textarea", "object", "embed", "input");
    /** Set by {@link Page#attributes} beside the class-word bits: hidden by an attribute or an inline style. */
    private static final int HIDDEN = 1 << 16;
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /**
     * The article text of the page; {@code visitor} is handed every element of the body in document order, from the
     * measuring walk, so metadata can be gathered in the same walk.
     */
    static String extract(Document doc, ElementVisitor visitor) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        Page page = new Page(body, visitor);
        String text = extract(page, true);
        if (text.length() < MIN_ARTICLE_CHARS) {
            if (page.paywalled) {
                return ""; // a teaser and a "subscribe to read" box: not an article, whatever the boxes say
            }
            String relaxed = extract(page, false);
            if (relaxed.length() > text.length()) {
                text = relaxed;
            }
        }
        return text;
    }

    private static String extract(Page page, boolean removeUnlikely) {
        Map<Element, Block> blocks = removeUnlikely ? page.withoutChrome() : page.blocks;
        List<Element> parts = article(page, blocks);
        if (parts.isEmpty()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        collectBlocks(parts, blocks, paragraphs);
        if (paragraphs.isEmpty()) {
            String text = parts.get(0).text().trim();
            return CHROME_LINE.matcher(text).matches() ? "" : text;
        }
        return String.join("\n\n", paragraphs);
    }

    /** What one element holds, measured once: the figures the scores and choices below read. */
    private static final class Block {
        /** Characters of text, runs of white space counted once. */
        int chars;
        /** Of which inside links. */
        int linkChars;
        int commas;
        /** Holds a {@code p}, {@code div}, {@code li} or {@code table} (a paragraph holds none). */
        boolean holdsBlocks;
        boolean holdsH1;
        /** The same figures without what chrome inside it holds (see {@link #chrome}). */
        int keptChars;
        int keptLinkChars;
        int keptCommas;
        /** The element's class words ({@code *_HINT} bits). */
        int hints;
        /** Chrome by its class words (and not prose), or a header without the headline. */
        boolean chrome;
        /** Inside an element that is chrome. */
        boolean inChrome;
        Block parent;

        double linkDensity() {
            return chars <= 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
        }

        /** This block as it is once chrome is out: itself when no chrome lies inside it. */
        Block withoutChrome() {
            if (keptChars == chars && keptLinkChars == linkChars && keptCommas == commas) {
                return this;
            }
            Block b = new Block();
            b.chars = keptChars;
            b.linkChars = keptLinkChars;
            b.commas = keptCommas;
            b.holdsBlocks = holdsBlocks;
            b.holdsH1 = holdsH1;
            b.hints = hints;
            return b;
        }
    }

    /** The page's body measured: every element that may hold text has a {@link Block}; those that never do have none. */
    private static final class Page {
        final Element root;
        final Map<Element, Block> blocks;
        /** Whether a block's class says it is a paywall or registration wall. */
        boolean paywalled;
        /** Class words looked up once per distinct attribute value (sites repeat them a lot). */
        private final Map<String, Integer> hintCache = new HashMap<>();

        /** The measured elements in document order (parents before children). */
        private final List<Element> order = new ArrayList<>();
        private boolean anyChrome;

        Page(Element root, ElementVisitor visitor) {
            this.root = root;
            this.blocks = measure(visitor);
        }

        /** The blocks left once chrome named by class words is out, with the figures of what remains. */
        Map<Element, Block> withoutChrome() {
            if (!anyChrome) {
                return blocks;
            }
            Map<Element, Block> kept = new IdentityHashMap<>();
            for (Element e : order) { // parents come first, so inChrome is known for the parent
                Block b = blocks.get(e);
                b.inChrome = b.parent != null && (b.parent.chrome || b.parent.inChrome);
                if (!b.chrome && !b.inChrome) {
                    kept.put(e, b.withoutChrome());
                }
            }
            return kept;
        }

        /**
         * Measures every element under the root in one walk, leaving out elements that are never text and hidden
         * ones (with everything inside them), and decides which are chrome; every element, measured or not, is
         * handed to {@code visitor}.
         */
        private Map<Element, Block> measure(ElementVisitor visitor) {
            Map<Element, Block> measured = new IdentityHashMap<>();
            Deque<Block> open = new ArrayDeque<>();
            NodeTraversor.filter(new NodeFilter() {
                /** Depth of the never-text element being passed through (its elements are only visited), or -1. */
                int skipDepth = -1;

                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode) {
                        if (skipDepth < 0 && !open.isEmpty()) {
                            count(((TextNode) node).getWholeText(), open.peek());
                        }
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    Element e = (Element) node;
                    int hints = attributes(e);
                    visitor.visit(e, hints & ~HIDDEN);
                    if (skipDepth >= 0) {
                        return FilterResult.CONTINUE;
                    }
                    if (e != root && (NEVER_TEXT.contains(e.tagName()) || (hints & HIDDEN) != 0)) {
                        // not text, but metadata may sit inside (an author box in an <aside>): walked, not measured
                        skipDepth = depth;
                        return FilterResult.CONTINUE;
                    }
                    Block b = new Block();
                    b.hints = hints;
                    b.parent = open.peek();
                    measured.put(e, b);
                    order.add(e);
                    open.push(b);
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (!(node instanceof Element)) {
                        return FilterResult.CONTINUE;
                    }
                    if (skipDepth >= 0) {
                        if (depth == skipDepth) {
                            skipDepth = -1;
                        }
                        return FilterResult.CONTINUE;
                    }
                    Element e = (Element) node;
                    Block b = open.pop();
                    String tag = e.tagName();
                    if ("a".equals(tag)) {
                        b.linkChars = b.chars;
                        b.keptLinkChars = b.keptChars;
                    }
                    paywalled |= (b.hints & ClassWords.PAYWALL_HINT) != 0;
                    b.chrome = e != root && !"article".equals(tag) && isChrome(tag, b);
                    anyChrome |= b.chrome;
                    Block parent = open.peek();
                    if (parent != null) {
                        parent.chars += b.chars;
                        parent.linkChars += b.linkChars;
                        parent.commas += b.commas;
                        if (!b.chrome) {
                            parent.keptChars += b.keptChars;
                            parent.keptLinkChars += b.keptLinkChars;
                            parent.keptCommas += b.keptCommas;
                        }
                        parent.holdsBlocks |= b.holdsBlocks || "p".equals(tag) || "div".equals(tag) || "li".equals(tag)
                                || "table".equals(tag);
                        parent.holdsH1 |= b.holdsH1 || "h1".equals(tag);
                    }
                    return FilterResult.CONTINUE;
                }
            }, root);
            return measured;
        }

        private boolean isChrome(String tag, Block b) {
            if ((b.hints & ClassWords.UNLIKELY_HINT) != 0 && (b.hints & ClassWords.LIKELY_HINT) == 0 && !isProse(b, b.hints)) {
                return true;
            }
            return "header".equals(tag) && !b.holdsH1;
        }

        /**
         * What an element's attributes say, read in one pass: the class words of its {@code class} (byline included),
         * {@code id} and {@code role} ({@code *_HINT} bits), and {@link #HIDDEN}.
         */
        int attributes(Element e) {
            if (e.attributesSize() == 0) {
                return 0;
            }
            int hints = 0;
            for (Attribute a : e.attributes()) {
                switch (a.getKey()) {
                    case "class":
                        hints |= hintsOf(a.getValue());
                        break;
                    case "id":
                    case "role":
                        hints |= hintsOf(a.getValue()) & ~ClassWords.BYLINE_HINT;
                        break;
                    case "hidden":
                        hints |= HIDDEN;
                        break;
                    case "aria-hidden":
                        hints |= "true".equals(a.getValue()) ? HIDDEN : 0;
                        break;
                    case "style":
                        hints |= isHiddenStyle(a.getValue()) ? HIDDEN : 0;
                        break;
                    default:
                        break;
                }
            }
            return hints;
        }

        private int hintsOf(String value) {
            if (value.isEmpty()) {
                return 0;
            }
            Integer cached = hintCache.get(value);
            if (cached == null) {
                cached = ClassWords.classify(value.toLowerCase(java.util.Locale.ROOT));
                hintCache.put(value, cached);
            }
            return cached;
        }
    }

    /** {@code display: none} or {@code visibility: hidden}; most styles are ruled out without the expression. */
    private static boolean isHiddenStyle(String style) {
        return (containsIgnoreCase(style, "none") || containsIgnoreCase(style, "hidden"))
                && HIDDEN_STYLE.matcher(style).find();
    }

    /** {@code word} (lower case) in {@code s} in any case. */
    private static boolean containsIgnoreCase(String s, String word) {
        char first = word.charAt(0);
        for (int i = 0, last = s.length() - word.length(); i <= last; i++) {
            if ((s.charAt(i) | 0x20) == first && s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Adds a text node's length (white space runs as one character, as {@link Element#text()} counts) and commas. */
    private static void count(String text, Block b) {
        int chars = 0;
        int commas = 0;
        boolean space = true;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 128) {
                chars++;
                space = false;
                if (c == ',') {
                    commas++;
                }
            } else if (isSpace(c)) {
                if (!space) {
                    chars++;
                    space = true;
                }
            } else {
                chars++;
                space = false;
            }
        }
        b.chars += chars;
        b.keptChars += chars;
        b.commas += commas;
        b.keptCommas += commas;
    }

    /** White space as {@link Element#text()} collapses it, no-break spaces included; ASCII decided without a lookup. */
    private static boolean isSpace(char c) {
        if (c > ' ') {
            return c >= 128 && (c == '\u00A0' || Character.isWhitespace(c));
        }
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static final int LIST_ITEM_PROSE_CHARS = 80;
    /** Commas a paragraph is credited with at most: prose has a few per sentence, lists of names hundreds. */
    private static final int MAX_COMMAS = 10;
    /** Text at least this long, with few links, is prose whatever its class says. */
    private static final int PROSE_CHARS = 500;

    /**
     * A block whose class sounds like chrome ({@code read-more}, {@code share-wrapper}) but that holds long text with
     * few links is part of the article (an expandable "read more" body, a share plugin wrapped around the
     * text) — unless it is reader comments or a gallery.
     */
    private static boolean isProse(Block b, int hints) {
        return (hints & ClassWords.NEVER_PROSE_HINT) == 0 && b.chars >= PROSE_CHARS && b.linkDensity() < 0.2;
    }

    /**
     * Readability-style vote: each paragraph scores its parent fully, its grandparent half, and the three blocks
     * above a third of the level each (a sixth, a ninth, a twelfth); a block starts from a score for its tag and its
     * class words, and ends damped by its link density.
     */
    private static Map<Element, Double> candidateScores(Page page, Map<Element, Block> blocks) {
        Element root = page.root;
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Map.Entry<Element, Block> entry : blocks.entrySet()) {
            Element p = entry.getKey();
            Block b = entry.getValue();
            if (!isParagraph(p, b)) {
                continue;
            }
            // a run of names or tags ("kudos: a, b, c, …", all links) is not prose: its commas count little and
            // its links not at all
            double score = (1 + Math.min(b.commas, MAX_COMMAS) + Math.min(b.chars / 100.0, 3)) * (1 - b.linkDensity());
            Element ancestor = p.parent();
            for (int level = 0; level < 5 && ancestor != null && ancestor != root.parent(); level++) {
                Element a = ancestor;
                Double current = scores.get(a);
                double add = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                scores.put(a, (current == null ? initialScore(a, blocks.get(a).hints) : current) + add);
                ancestor = a.parent();
            }
        }
        scores.replaceAll((e, score) -> {
            Block b = blocks.get(e);
            return score * (1 - (b == null ? 0 : b.linkDensity()));
        });
        return scores;
    }

    /** What votes: paragraphs, preformatted text, table cells, sentence-long list items, and divs of bare text. */
    private static boolean isParagraph(Element e, Block b) {
        switch (e.tagName()) {
            case "p":
            case "pre":
            case "td":
                return b.chars >= 25;
            case "li":
                // list items vote only when they are sentences (a post made of bullet points), not menu entries
                return !b.holdsBlocks && b.chars >= LIST_ITEM_PROSE_CHARS;
            case "div":
                return !b.holdsBlocks && b.chars >= 25;
            default:
                return false;
        }
    }

    /** What a block is worth before its paragraphs vote: by its tag, and by article-like or chrome-like class words. */
    private static double initialScore(Element e, int hints) {
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
        if ((hints & ClassWords.UNLIKELY_HINT) != 0) {
            score -= 25;
        }
        if ((hints & ClassWords.LIKELY_HINT) != 0) {
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
    private static List<Element> article(Page page, Map<Element, Block> blocks) {
        Element root = page.root;
        Map<Element, Double> scores = candidateScores(page, blocks);
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        if (best == null) {
            return blocks.get(root).chars == 0 ? List.of() : List.of(root);
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
        while (best != root && parent != null && parent != root && blocks.containsKey(parent)
                && blocks.get(parent).chars < blocks.get(best).chars * 1.25 && !"body".equals(parent.tagName())) {
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
            Block b = blocks.get(sibling);
            if (b == null) {
                continue; // never text, or chrome
            }
            if (sibling == best) {
                parts.add(sibling);
                continue;
            }
            double bonus = !best.className().isEmpty() && best.className().equals(sibling.className()) ? bestScore * 0.2 : 0;
            Double score = scores.get(sibling);
            if (score != null && score + bonus >= threshold) {
                parts.add(sibling);
            } else if ("p".equals(sibling.tagName())) {
                double links = b.linkDensity();
                if (b.chars > 80 && links < 0.25
                        || b.chars > 0 && b.chars <= 80 && links == 0 && SENTENCE_END.matcher(sibling.text()).find()) {
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
    private static void collectBlocks(List<Element> parts, Map<Element, Block> blocks, List<String> out) {
        Paragraph current = new Paragraph();
        for (Element part : parts) {
            walk(part, blocks, current, out, false);
            current.flushTo(out);
        }
    }

    private static void walk(Node node, Map<Element, Block> blocks, Paragraph current, List<String> out, boolean inLink) {
        if (node instanceof TextNode) {
            current.append(((TextNode) node).getWholeText(), inLink);
            return;
        }
        if (!(node instanceof Element)) {
            return;
        }
        Element e = (Element) node;
        String tag = e.tagName();
        if ("br".equals(tag)) {
            current.lineBreak();
            return;
        }
        if ("time".equals(tag)) {
            current.timeStamp = true; // a live blog's "23:45" is part of the story, even before its first paragraph
        }
        if ("h1".equals(tag) || !blocks.containsKey(e)) {
            return; // the headline is the title, not the body; the rest is never text, or chrome
        }
        boolean block = BLOCK_TAGS.contains(tag);
        if (block) {
            current.flushTo(out);
            current.heading = tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
            current.listItem = "li".equals(tag);
        }
        boolean link = inLink || "a".equals(tag);
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            walk(e.childNode(i), blocks, current, out, link);
        }
        if (block) {
            current.flushTo(out);
        }
    }

    /** The paragraph being gathered, white space collapsed as it comes, with how much of it is link text. */
    private static final class Paragraph {
        final StringBuilder text = new StringBuilder();
        /** Characters other than spaces, and of those inside links. */
        int chars;
        int linkChars;
        boolean pendingSpace;
        boolean heading;
        boolean listItem;
        boolean timeStamp;
        /** Whether a real paragraph has been kept: short lines before it are the page's lead-in (source, section, byline). */
        boolean started;

        void append(String s, boolean link) {
            int n = s.length();
            int i = 0;
            while (i < n) {
                int start = i;
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                pendingSpace |= i > start;
                start = i;
                while (i < n && !isSpace(s.charAt(i))) {
                    i++;
                }
                if (i == start) {
                    break;
                }
                int last = text.length() - 1;
                if (pendingSpace && last >= 0 && text.charAt(last) != '\n') {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(s, start, i); // a word at a time
                chars += i - start;
                if (link) {
                    linkChars += i - start;
                }
            }
        }

        /** A line break ({@code <br>}): kept inside the paragraph, without the spaces around it. */
        void lineBreak() {
            int last = text.length() - 1;
            if (last >= 0 && text.charAt(last) == ' ') {
                text.setLength(last);
            }
            text.append('\n');
            pendingSpace = false;
        }

        void flushTo(List<String> out) {
            String t = text.toString().strip();
            boolean leadIn = !started && t.length() < LEAD_IN_CHARS && !heading && !timeStamp;
            if (!t.isEmpty() && !leadIn && !(t.length() <= MAX_CHROME_LINE && CHROME_LINE.matcher(t).matches())
                    && !(t.length() <= MAX_CHROME_LINE && BYLINE.matcher(t).matches())
                    && (heading || chars == 0 || (double) linkChars / Math.max(1, t.length()) <= 0.5)) {
                out.add(listItem ? "- " + t : t);
                started = true;
            }
            text.setLength(0);
            chars = 0;
            linkChars = 0;
            pendingSpace = false;
            heading = false;
            listItem = false;
            timeStamp = false;
        }
    }

    /** Handed every element of the body by the measuring walk, with the class words of its {@code class}. */
    interface ElementVisitor {
        void visit(Element e, int classHints);
    }

    /** Chrome lines ("Read more …", "Sign up …") are short: longer paragraphs are not tested against them. */
    private static final int MAX_CHROME_LINE = 200;
}
