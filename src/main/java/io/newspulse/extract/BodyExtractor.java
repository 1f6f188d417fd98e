package io.newspulse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article's main text on a page it has never seen: paragraphs vote for the blocks that hold
 * them (by length and commas, damped by link density), the best-scored block wins, and its text blocks
 * are kept in order, minus chrome such as share bars, "Related Stories" lists and sign-up prompts.
 * Modelled on the Readability family of extractors.
 *
 * <p>It reads the parsed page in place (no copy), in one walk that measures every block (text length, link text,
 * commas, what it holds) while leaving out what is never text (scripts, hidden elements), decides which blocks
 * are chrome by their class words (keeping each block's figures with and without the chrome inside it), and
 * hands each element to the metadata reader. The measures form a tree of {@link Block}s beside the DOM (a block
 * knows its element, parent and measured children, and holds its candidate score): scores, the choice of the article
 * and its siblings, and the final text walk read it instead of walking subtrees again or looking elements up in maps.
 */
final class BodyExtractor {
    /** Whole lines that are chrome even inside the article block. */
    private static final Pattern CHROME_LINE = Pattern.compile(
            "(?i)^(see also|read more|also read|related( stories| articles| coverage)?|recommended|more from|"
                    + "photo( courtesy| credit)?|image( courtesy| credit)?|sign up|subscribe|already a member|"
                    + "advertisement|share this|follow us|click here|download the app|get all your news)\\b.*");
    /**
     * Lines shorter than this before the first kept paragraph are lead-in chrome, not text (counted as in a Latin script:
     * {@link #latinLength}).
     */
    private static final int LEAD_IN_CHARS = 80;
    /**
     * A caption that only credits its picture: it starts as a credit does ("Photo: …", "Photograph by …", "©",
     * "Image copyright …"), or is short and names a picture agency as credits do ("Getty Images", "(AP Photo/…)",
     * "Reuters/…", "…/AFP"; not "Michael Bloomberg in New York").
     */
    private static final Pattern CREDIT_START = Pattern.compile("(?is)^[(\\[]?\\s*(?:©|\\(c\\)|copyright\\b|(?:credits?|source"
            + "|photo(?:graph)?s?|pictures?|images?|fotos?|illustrations?|video)\\s*(?::|\\b(?:by|credit|copyright|courtesy)\\b)).*");
    private static final String AGENCIES = "(?:getty|reuters|afp|ap|epa|dpa|xinhua|bloomberg|anadolu|sipa|efe|ansa|kyodo|tass)";
    private static final Pattern AGENCY = Pattern.compile("(?is).*(?:getty images|ap photo|shutterstock|istock|alamy|pa wire"
            + "|pa images|[/(]\\s*" + AGENCIES + "\\b|\\b" + AGENCIES + "\\s*/).*");
    /** Captions up to this long that name a picture agency are credits. */
    private static final int CREDIT_CHARS = 60;

    static boolean isCredit(String caption) {
        return caption.length() <= MAX_CHROME_LINE && CREDIT_START.matcher(caption).matches()
                || caption.length() <= CREDIT_CHARS && AGENCY.matcher(caption).matches();
    }

    /** A credit after a caption's last sentence: "… in Yokohama. Photo: Wire Desk", "… Credit: STR/AFP". */
    private static final Pattern CREDIT_TAIL = Pattern.compile("(?i)[\\s(\\[]*\\b(?:photo(?:graph)?s?|pictures?|images?"
            + "|fotos?|credits?|source|illustrations?)\\s*(?::|by\\b)[^.!?\\n]{0,80}$");

    /** {@code caption} without a credit at its end. */
    static String withoutCredit(String caption) {
        Matcher m = CREDIT_TAIL.matcher(caption);
        return m.find() && m.start() > 0 ? caption.substring(0, m.start()) : caption;
    }

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
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "iframe", "nav",
            "footer", "aside", "svg", "button", "select", "template", "canvas", "video", "audio",
            "head", "title", "meta", "link", "textarea", "object", "embed", "input");
    /** Set by {@link Page#attributes} beside the class-word bits: hidden by an attribute or an inline style. */
    private static final int HIDDEN = 1 << 16;

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

    /**
     * The article's text with chrome named by class words left out ({@code strict}), or with every measured block
     * (Readability's second try).
     */
    private static String extract(Page page, boolean strict) {
        List<Block> parts = article(page, strict);
        if (parts.isEmpty()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        collectBlocks(parts, strict, paragraphs);
        if (paragraphs.isEmpty()) {
            String text = parts.get(0).element.text().trim();
            return CHROME_LINE.matcher(text).matches() ? "" : text;
        }
        return String.join("\n\n", paragraphs);
    }

    /**
     * What one element holds, measured once: the figures the scores and choices below read, each both for the whole
     * element and for what is left of it once chrome is out (the strict reading). Blocks form a tree of the measured
     * elements, so the choices below walk it instead of looking elements up.
     */
    private static final class Block {
        private static final List<Block> NO_CHILDREN = List.of();

        final Element element;
        /** The block of the parent element; null for the root. */
        final Block parent;
        /** The measured child elements' blocks, in document order. */
        List<Block> children = NO_CHILDREN;
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
        /**
         * Text outside the block's measured blocks: in its own text nodes and its inline children that are not chrome
         * (a paragraph-sized run of them votes as a paragraph: {@link #holdsLooseText}).
         */
        int looseChars;
        int looseLinkChars;
        int looseCommas;
        /** The element's class words ({@code *_HINT} bits). */
        final int hints;
        /** Chrome by its class words (and not prose), or a header without the headline. */
        boolean chrome;
        /** Inside an element that is chrome. */
        boolean inChrome;
        /** Never text, found once measured (a small form), or inside such a block: left out of every reading. */
        boolean dropped;
        /** The candidate score of the reading in progress, when {@link #scored}. */
        double score;
        boolean scored;

        Block(Element element, Block parent, int hints) {
            this.element = element;
            this.parent = parent;
            this.hints = hints;
            if (parent != null) {
                if (parent.children == NO_CHILDREN) {
                    parent.children = new ArrayList<>(4);
                }
                parent.children.add(this);
            }
        }

        /**
         * Whether the block is read: unless dropped, always, and in the strict reading only when it is neither chrome
         * nor inside it.
         */
        boolean included(boolean strict) {
            return !dropped && (!strict || !chrome && !inChrome);
        }

        int chars(boolean strict) {
            return strict ? keptChars : chars;
        }

        int commas(boolean strict) {
            return strict ? keptCommas : commas;
        }

        double linkDensity(boolean strict) {
            int all = chars(strict);
            return all <= 0 ? 0 : Math.min(1.0, (double) (strict ? keptLinkChars : linkChars) / all);
        }

        String tag() {
            return element.tagName();
        }

        boolean isAncestorOf(Block b) {
            for (Block up = b.parent; up != null; up = up.parent) {
                if (up == this) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The page's body measured: every element that may hold text has a {@link Block}; those that never do have none. */
    private static final class Page {
        final Element root;
        /** The measured blocks in document order (parents before children); the root's first. */
        final List<Block> order = new ArrayList<>();
        /** Whether a block's class says it is a paywall or registration wall. */
        boolean paywalled;
        /** The blocks scored by the reading in progress. */
        final List<Block> scored = new ArrayList<>();

        Page(Element root, ElementVisitor visitor) {
            this.root = root;
            measure(visitor);
            for (Block b : order) { // parents come first, so what holds for the parent is known
                if (b.parent != null) {
                    b.dropped |= b.parent.dropped;
                    b.inChrome = b.parent.chrome || b.parent.inChrome;
                }
                paywalled |= !b.dropped && (b.hints & ClassWords.PAYWALL_HINT) != 0;
            }
        }

        Block rootBlock() {
            return order.get(0);
        }

        /**
         * Measures every element under the root in one walk, leaving out elements that are never text and hidden
         * ones (with everything inside them), and decides which are chrome; every element, measured or not, is
         * handed to {@code visitor}.
         */
        private void measure(ElementVisitor visitor) {
            measure(root, null, visitor);
        }

        /** Measures {@code e}, a child of {@code parent}'s element (null for the root), and what it holds. */
        private void measure(Element e, Block parent, ElementVisitor visitor) {
            int hints = attributes(e);
            visitor.visit(e, hints & ~HIDDEN);
            if (e != root && (NEVER_TEXT.contains(e.tagName()) || (hints & HIDDEN) != 0)) {
                // not text, but metadata may sit inside (an author box in an <aside>): walked, not measured
                visitInside(e, visitor);
                return;
            }
            Block b = new Block(e, parent, hints);
            order.add(b);
            for (int i = 0, n = e.childNodeSize(); i < n; i++) {
                Node child = e.childNode(i);
                if (child instanceof TextNode) {
                    count(((TextNode) child).getWholeText(), b);
                } else if (child instanceof Element) {
                    measure((Element) child, b, visitor);
                }
            }
            String tag = e.tagName();
            if ("form".equals(tag) && e != root && !(b.holdsBlocks && b.chars >= PROSE_CHARS)) {
                // a sign-up, search or comment form is never text; one that holds 500+ characters in blocks wraps
                // the page (ASP.NET pages put the whole body in one form) and is read as any other block
                b.dropped = true;
                return;
            }
            if ("a".equals(tag)) {
                b.linkChars = b.chars;
                b.keptLinkChars = b.keptChars;
            }
            b.chrome = e != root && !"article".equals(tag) && isChrome(tag, b);
            if (parent != null) {
                parent.chars += b.chars;
                parent.linkChars += b.linkChars;
                parent.commas += b.commas;
                if (!b.chrome) {
                    parent.keptChars += b.keptChars;
                    parent.keptLinkChars += b.keptLinkChars;
                    parent.keptCommas += b.keptCommas;
                    if (!b.holdsBlocks && !BLOCK_TAGS.contains(tag)) { // inline: loose text of the parent
                        parent.looseChars += b.keptChars;
                        parent.looseLinkChars += b.keptLinkChars;
                        parent.looseCommas += b.keptCommas;
                    }
                }
                parent.holdsBlocks |= b.holdsBlocks || "p".equals(tag) || "div".equals(tag) || "li".equals(tag)
                        || "table".equals(tag);
                parent.holdsH1 |= b.holdsH1 || "h1".equals(tag);
            }
        }

        /** Hands every element inside {@code e} to {@code visitor}, in document order, measuring none. */
        private void visitInside(Element e, ElementVisitor visitor) {
            for (int i = 0, n = e.childNodeSize(); i < n; i++) {
                Node child = e.childNode(i);
                if (child instanceof Element) {
                    Element c = (Element) child;
                    visitor.visit(c, attributes(c) & ~HIDDEN);
                    visitInside(c, visitor);
                }
            }
        }

        /** Characters of {@code text} (runs of white space counted once, as {@link Element#text()} has them) and commas. */
        private void count(String text, Block b) {
            int n = text.length();
            int counted = 0;
            int commas = 0;
            boolean space = true;
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c > ' ' && c < 128) {
                    counted++;
                    space = false;
                    commas += c == ',' ? 1 : 0;
                } else if (c == ' ' || isSpace(c)) {
                    counted += space ? 0 : 1;
                    space = true;
                } else {
                    counted++;
                    space = false;
                }
            }
            b.chars += counted;
            b.keptChars += counted;
            b.looseChars += counted;
            b.commas += commas;
            b.keptCommas += commas;
            b.looseCommas += commas;
        }

        private boolean isChrome(String tag, Block b) {
            if ((b.hints & ClassWords.UNLIKELY_HINT) != 0 && (b.hints & ClassWords.LIKELY_HINT) == 0 && !isProse(b)) {
                return true;
            }
            return "header".equals(tag) && !b.holdsH1;
        }

        /**
         * What an element's attributes say, read in one pass: the class words of its {@code class} (byline included),
         * {@code id} and {@code role} ({@code *_HINT} bits), {@link #HIDDEN}, and an author's {@code itemprop} or
         * {@code rel} ({@link PageMetadata#AUTHOR_ATTRIBUTE}, {@link PageMetadata#AUTHOR_REL}) for the metadata reader.
         */
        int attributes(Element e) {
            if (e.attributesSize() == 0) {
                return PageMetadata.ATTRIBUTES_READ;
            }
            int hints = PageMetadata.ATTRIBUTES_READ;
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
                    case "itemprop":
                        hints |= "author".equalsIgnoreCase(a.getValue().trim()) ? PageMetadata.AUTHOR_ATTRIBUTE : 0;
                        break;
                    case "rel":
                        hints |= "author".equalsIgnoreCase(a.getValue().trim()) ? PageMetadata.AUTHOR_REL : 0;
                        break;
                    default:
                        break;
                }
            }
            return hints;
        }

        /** The last value classified, and its hints: neighbouring elements often share a class (items, paragraphs). */
        private String lastValue = "";
        private int lastHints;

        private int hintsOf(String value) {
            if (value.isEmpty()) {
                return 0;
            }
            if (!value.equals(lastValue)) {
                lastHints = ClassWords.classify(value);
                lastValue = value;
            }
            return lastHints;
        }
    }

    /** {@code h1} to {@code h6}. */
    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** {@code display: none} or {@code visibility: hidden} in an inline style, in any case. */
    static boolean isHiddenStyle(String style) {
        return hasDeclaration(style, "display", "none") || hasDeclaration(style, "visibility", "hidden");
    }

    private static boolean isCssSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    /** {@code property}, white space, ':', white space, {@code value}, anywhere in {@code style} and in any case. */
    private static boolean hasDeclaration(String style, String property, String value) {
        int n = style.length();
        for (int i = 0, last = n - property.length() - 1 - value.length(); i <= last; i++) {
            if ((style.charAt(i) | 0x20) != property.charAt(0) || !style.regionMatches(true, i, property, 0, property.length())) {
                continue;
            }
            int j = i + property.length();
            while (j < n && isCssSpace(style.charAt(j))) {
                j++;
            }
            if (j < n && style.charAt(j) == ':') {
                j++;
                while (j < n && isCssSpace(style.charAt(j))) {
                    j++;
                }
                if (style.regionMatches(true, j, value, 0, value.length())) {
                    return true;
                }
            }
        }
        return false;
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
    private static boolean isProse(Block b) {
        return isProse(b, false);
    }

    /** {@link #isProse} in the reading in progress ({@code strict}: what is left once chrome is out). */
    private static boolean isProse(Block b, boolean strict) {
        return (b.hints & ClassWords.NEVER_PROSE_HINT) == 0 && b.chars(strict) >= PROSE_CHARS && b.linkDensity(strict) < 0.2;
    }

    /**
     * Readability-style vote: each paragraph scores its parent fully, its grandparent half, and the three blocks
     * above a third of the level each (a sixth, a ninth, a twelfth); a block starts from a score for its tag and its
     * class words, and ends damped by its link density.
     */
    private static List<Block> candidateScores(Page page, boolean strict) {
        for (Block b : page.scored) {
            b.scored = false;
        }
        page.scored.clear();
        for (Block p : page.order) {
            if (!p.included(strict)) {
                continue;
            }
            if (isParagraph(p, strict)) {
                vote(page, p.parent, p.chars(strict), p.commas(strict), p.linkDensity(strict));
            } else if (holdsLooseText(p)) {
                // text written straight into a container beside its blocks is a paragraph of that container (as
                // Readability wraps such runs in a <p>): it votes for the container itself and those above it
                vote(page, p, p.looseChars, p.looseCommas, Math.min(1.0, (double) p.looseLinkChars / p.looseChars));
            }
        }
        for (Block b : page.scored) {
            b.score *= 1 - b.linkDensity(strict);
        }
        return page.scored;
    }

    /**
     * One paragraph's vote, of {@code chars} characters, {@code commas} commas and {@code linkDensity}, for {@code
     * parent}, the block holding it, and the four blocks above.
     */
    private static void vote(Page page, Block parent, int chars, int commas, double linkDensity) {
        // a run of names or tags ("kudos: a, b, c, …", all links) is not prose: its commas count little and
        // its links not at all
        double score = (1 + Math.min(commas, MAX_COMMAS) + Math.min(chars / 100.0, 3)) * (1 - linkDensity);
        Block a = parent;
        for (int level = 0; level < 5 && a != null; level++, a = a.parent) {
            if (!a.scored) {
                a.scored = true;
                a.score = initialScore(a);
                page.scored.add(a);
            }
            a.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
        }
    }

    /**
     * A container ({@code div}, {@code section}, {@code article}, {@code main}) that is not a paragraph itself but
     * holds at least a paragraph's worth of text outside its blocks (a story written as text and line breaks around a
     * photo box).
     */
    private static boolean holdsLooseText(Block b) {
        if (b.looseChars < 25) {
            return false;
        }
        switch (b.tag()) {
            case "div":
                return b.holdsBlocks; // else it is a paragraph itself
            case "section":
            case "article":
            case "main":
                return true;
            default:
                return false;
        }
    }

    /** What votes: paragraphs, preformatted text, table cells, sentence-long list items, and divs of bare text. */
    private static boolean isParagraph(Block b, boolean strict) {
        switch (b.tag()) {
            case "p":
            case "pre":
            case "td":
                return b.chars(strict) >= 25;
            case "li":
                // list items vote only when they are sentences (a post made of bullet points), not menu entries
                return !b.holdsBlocks && b.chars(strict) >= LIST_ITEM_PROSE_CHARS;
            case "div":
                return !b.holdsBlocks && b.chars(strict) >= 25;
            default:
                return false;
        }
    }

    /** What a block is worth before its paragraphs vote: by its tag, and by article-like or chrome-like class words. */
    private static double initialScore(Block b) {
        Element e = b.element;
        int hints = b.hints;
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
                score = isHeading(e.tagName()) || "th".equals(e.tagName()) ? -5 : 0;
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
    private static List<Block> article(Page page, boolean strict) {
        Block root = page.rootBlock();
        List<Block> scored = candidateScores(page, strict);
        Block best = null;
        double bestScore = 0;
        for (Block b : scored) {
            if (b.score > bestScore) {
                bestScore = b.score;
                best = b;
            }
        }
        if (best == null) {
            return root.chars(strict) == 0 ? List.of() : List.of(root);
        }
        best = commonAncestorOfRivals(best, bestScore, scored, root);
        bestScore = best.scored ? best.score : bestScore;
        // a parent that scores higher than the block is a sign the article continues beside it
        double lastScore = bestScore;
        for (Block up = best.parent; up != null && up != root && !"body".equals(up.tag()); up = up.parent) {
            if (!up.scored) {
                continue;
            }
            if (up.score < bestScore / 3) {
                break;
            }
            if (up.score > lastScore) {
                best = up;
                bestScore = up.score;
                break;
            }
            lastScore = up.score;
        }
        Block parent = best.parent;
        while (best != root && parent != null && parent != root && parent.included(strict)
                && parent.chars(strict) < best.chars(strict) * 1.25 && !"body".equals(parent.tag())) {
            best = parent;
            bestScore = Math.max(bestScore, best.scored ? best.score : 0.0);
            parent = best.parent;
        }
        if (parent == null || best == root) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        String bestClass = best.element.className();
        List<Block> parts = new ArrayList<>();
        for (Block sibling : parent.children) {
            if (!sibling.included(strict)) {
                continue; // chrome
            }
            if (sibling == best) {
                parts.add(sibling);
                continue;
            }
            boolean sameClass = !bestClass.isEmpty() && bestClass.equals(sibling.element.className());
            double bonus = sameClass ? bestScore * 0.2 : 0;
            if (sibling.scored && sibling.score + bonus >= threshold) {
                parts.add(sibling);
            } else if (sameClass && !sibling.scored && isProse(sibling, strict)) {
                // a part of the story in the same wrapper as the winner, but with its paragraphs nested too deep to
                // vote for it (a story cut by figures into containers of one class, each wrapped differently inside)
                parts.add(sibling);
            } else if ("p".equals(sibling.tag()) || wrapsOneParagraph(sibling)) {
                double links = sibling.linkDensity(strict);
                int chars = sibling.chars(strict);
                if (chars > 80 && links < 0.25
                        || chars > 0 && chars <= 80 && links == 0 && SENTENCE_END.matcher(sibling.element.text()).find()) {
                    parts.add(sibling);
                }
            }
        }
        return parts;
    }

    /**
     * A {@code div} whose only content is one {@code p}: a paragraph in a wrapper of its own (a site that puts each
     * paragraph of a story in a {@code div}), taken as that paragraph, as Readability replaces such a div by its p.
     */
    private static boolean wrapsOneParagraph(Block b) {
        return "div".equals(b.tag()) && b.children.size() == 1 && "p".equals(b.children.get(0).tag()) && b.looseChars == 0;
    }

    /**
     * When three or more blocks score nearly as well as the best (three quarters of it or more, among the five
     * best), the article is split among them: the nearest ancestor of the best that holds three of them wins.
     */
    private static Block commonAncestorOfRivals(Block best, double bestScore, List<Block> scored, Block root) {
        List<Block> top = new ArrayList<>(scored);
        top.sort((a, b) -> Double.compare(b.score, a.score));
        List<Block> rivals = new ArrayList<>();
        for (int i = 1; i < Math.min(5, top.size()); i++) {
            if (top.get(i).score >= 0.75 * bestScore) {
                rivals.add(top.get(i));
            }
        }
        if (rivals.size() < 3) {
            return best;
        }
        for (Block up = best.parent; up != null && up != root && !"body".equals(up.tag()); up = up.parent) {
            int inside = 0;
            for (Block rival : rivals) {
                if (up.isAncestorOf(rival)) {
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
            "td", "th", "tbody", "thead", "header", "figure", "figcaption", "hr", "center", "address");

    /**
     * The text of the winning block as paragraphs, in document order: every block element starts a new
     * paragraph (so text written straight into a {@code <div>} is kept, not only {@code <p>}s); a paragraph that
     * is mostly link text (a list of related links) or a chrome line is dropped.
     */
    private static void collectBlocks(List<Block> parts, boolean strict, List<String> out) {
        Paragraph current = new Paragraph();
        for (Block part : parts) {
            walk(part, strict, current, out, false);
            current.flushTo(out);
        }
    }

    private static void walk(Block block, boolean strict, Paragraph current, List<String> out, boolean inLink) {
        String tag = block.tag();
        if (!readable(tag, current) || !block.included(strict)) {
            return; // the rest is chrome
        }
        boolean isBlock = BLOCK_TAGS.contains(tag);
        if (isBlock) {
            current.flushTo(out);
            current.heading = isHeading(tag);
            current.listItem = "li".equals(tag);
            current.caption = "figcaption".equals(tag);
        }
        boolean link = inLink || "a".equals(tag);
        Element e = block.element;
        List<Block> kids = block.children;
        int next = 0; // the blocks of the measured children, met in the same order
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            Node child = e.childNode(i);
            if (child instanceof TextNode) {
                current.append(((TextNode) child).getWholeText(), link);
            } else if (child instanceof Element) {
                if (next < kids.size() && kids.get(next).element == child) {
                    walk(kids.get(next++), strict, current, out, link);
                } else {
                    readable(((Element) child).tagName(), current); // never text, but it may break a line
                }
            }
        }
        if (isBlock) {
            current.flushTo(out);
        }
    }

    /**
     * Whether an element's text may be read, by its tag: not a line break (which ends the line), nor the headline (the
     * title, not the body). A live blog's {@code <time>} ("23:45") marks the paragraph as part of the story, even
     * before its first paragraph.
     */
    private static boolean readable(String tag, Paragraph current) {
        if ("br".equals(tag)) {
            current.lineBreak();
            return false;
        }
        if ("time".equals(tag)) {
            current.timeStamp = true;
        }
        return !"h1".equals(tag);
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
        /** Whether the paragraph is a figure's caption, dropped when it only credits the picture. */
        boolean caption;
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
                if (i == n) {
                    break;
                }
                // a run of words with one plain space between each: copied at once
                start = i;
                int end = i;
                int wordChars = 0;
                while (i < n) {
                    char c = s.charAt(i);
                    if (!isSpace(c)) {
                        wordChars++;
                        end = ++i;
                    } else if (c == ' ' && i + 1 < n && !isSpace(s.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                int last = text.length() - 1;
                if (pendingSpace && last >= 0 && text.charAt(last) != '\n') {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(s, start, end);
                chars += wordChars;
                if (link) {
                    linkChars += wordChars;
                }
            }
        }

        /** {@code text} without white space at either end ({@link String#strip}), copied once. */
        private static String stripped(StringBuilder text) {
            int start = 0;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(start, end);
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
            String t = stripped(text);
            boolean leadIn = !started && !heading && !timeStamp && !caption && latinLength(t, LEAD_IN_CHARS) < LEAD_IN_CHARS;
            if (!t.isEmpty() && !leadIn && !(t.length() <= MAX_CHROME_LINE && CHROME_LINE.matcher(t).matches())
                    && !(t.length() <= MAX_CHROME_LINE && BYLINE.matcher(t).matches())
                    && !(caption && isCredit(t))
                    && (heading || chars == 0 || (double) linkChars / Math.max(1, t.length()) <= 0.5)) {
                out.add(listItem ? "- " + t : caption ? withoutCredit(t) : t);
                started |= !caption; // a picture's caption above the story is not its start
            }
            text.setLength(0);
            chars = 0;
            linkChars = 0;
            pendingSpace = false;
            heading = false;
            listItem = false;
            caption = false;
            timeStamp = false;
        }
    }

    /** Handed every element of the body by the measuring walk, with what its attributes say ({@link Page#attributes}). */
    interface ElementVisitor {
        void visit(Element e, int classHints);
    }

    /**
     * The length of {@code text} as if written in a Latin script, counted up to {@code limit}: a Chinese or Japanese
     * character stands for about a word (three characters), a Korean syllable or a kana for about two, so that a
     * sentence of 40 Chinese characters is not taken for a short line.
     */
    static int latinLength(String text, int limit) {
        int n = 0;
        for (int i = 0; i < text.length() && n < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x3040) {
                n++;
            } else if (Character.isIdeographic(c)) {
                n += 3;
            } else if (c <= 0x30FF || c >= 0xAC00 && c <= 0xD7A3) { // kana, Hangul syllables
                n += 2;
            } else {
                n++;
            }
        }
        return n;
    }

    /** Chrome lines ("Read more …", "Sign up …") are short: longer paragraphs are not tested against them. */
    private static final int MAX_CHROME_LINE = 200;
}
