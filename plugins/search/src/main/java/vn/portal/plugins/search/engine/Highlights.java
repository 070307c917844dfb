package vn.portal.plugins.search.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Highlighted titles and snippets, made from the stored texts: the words whose folded form was
 * searched are marked ({@link SyllableMatches}), so a folded match marks the original letters:
 * "dat" marks "đất". Everything is HTML-escaped before {@code <mark>} is added.
 *
 * <p>A snippet is at most {@link #SNIPPET_PASSAGES} passages of about {@link #PASSAGE_CHARS}
 * characters (whole sentences where they are not too long), those holding the most distinct
 * searched words, then the most matches, then the earliest; shown in text order, " … " between
 * passages that do not touch.
 */
final class Highlights {

    static final int SNIPPET_PASSAGES = 2;
    static final int PASSAGE_CHARS = 160;
    /** A passage grows by whole sentences up to this; a longer sentence is cut around its first match. */
    private static final int MAX_PASSAGE_CHARS = PASSAGE_CHARS * 13 / 10;
    /** Only the start of a very long text is searched for passages: a snippet need not come from page 40. */
    static final int MAX_CHARS = 50_000;
    private static final String ELLIPSIS = " … ";

    private Highlights() {
    }

    /**
     * Marks the searched terms (folded; none when browsing) in the hits' titles and texts.
     *
     * @return [title html, snippet html] per hit, null entries where a field had nothing marked
     */
    static String[][] of(HitReader.Shown[] hits, Set<String> folded) {
        String[][] out = new String[hits.length][2];
        SyllableMatches.Terms terms = SyllableMatches.Terms.of(folded == null ? Set.of() : folded);
        if (!terms.isEmpty()) {
            for (int i = 0; i < hits.length; i++) {
                out[i][0] = title(hits[i].title(), terms);
                out[i][1] = snippet(hits[i].text(), terms);
            }
        }
        return out;
    }

    /** The whole title, escaped, its searched words marked; null when none is in it. */
    static String title(String title, SyllableMatches.Terms terms) {
        if (title == null || title.isEmpty()) {
            return null;
        }
        SyllableMatches m = SyllableMatches.find(title, MAX_CHARS, terms);
        if (m.size() == 0) {
            return null;
        }
        StringBuilder b = new StringBuilder(title.length() + 16 * m.size());
        mark(b, title, 0, Math.min(title.length(), MAX_CHARS), m, 0);
        return b.toString();
    }

    /** The best passages of the text, escaped, searched words marked; null when none is in it. */
    static String snippet(String text, SyllableMatches.Terms terms) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        SyllableMatches m = SyllableMatches.find(text, MAX_CHARS, terms);
        if (m.size() == 0) {
            return null;
        }
        int limit = Math.min(text.length(), MAX_CHARS);
        Passage best = null;
        Passage second = null;
        // each sentence holding a match starts a candidate passage
        for (int i = 0; i < m.size(); i++) {
            // looking back no further than the previous match: each character is looked at once
            int sentence = sentenceStart(text, m.start(i), i == 0 ? 0 : m.end(i - 1));
            if (sentence < 0) {
                continue;   // in the sentence of the previous match
            }
            Passage p = passage(text, limit, sentence, i, m);
            if (best == null || p.betterThan(best)) {
                second = best != null && !best.overlaps(p) ? best : second;
                best = p;
            } else if (!p.overlaps(best) && (second == null || p.betterThan(second))) {
                second = p;
            }
            if (second != null && second.overlaps(best)) {
                second = null;
            }
        }
        List<Passage> shown = new ArrayList<>(2);
        shown.add(best);
        if (second != null && SNIPPET_PASSAGES > 1) {
            shown.add(second.start < best.start ? 0 : 1, second);
        }
        StringBuilder b = new StringBuilder(PASSAGE_CHARS * shown.size() + 64);
        int previousEnd = -1;
        int match = 0;
        for (Passage p : shown) {
            if (previousEnd >= 0 && p.start > previousEnd) {
                b.append(ELLIPSIS);
            }
            while (match < m.size() && m.start(match) < p.start) {
                match++;
            }
            match = mark(b, text, p.start, p.end, m, match);
            previousEnd = p.end;
        }
        return b.toString();
    }

    /** A span of the text, and how well it answers: distinct searched words in it, then matches. */
    private record Passage(int start, int end, int distinct, int matches) {

        boolean betterThan(Passage o) {
            if (distinct != o.distinct) {
                return distinct > o.distinct;
            }
            if (matches != o.matches) {
                return matches > o.matches;
            }
            return start < o.start;
        }

        boolean overlaps(Passage o) {
            return start < o.end && o.start < end;
        }
    }

    /**
     * The passage starting with the sentence at {@code from} (holding match {@code first}):
     * following sentences are added while that brings it closer to {@link #PASSAGE_CHARS}; a
     * sentence too long on its own is cut at spaces around its first match.
     */
    private static Passage passage(String text, int limit, int from, int first, SyllableMatches m) {
        int end = sentenceEnd(text, limit, from);
        if (end - from > MAX_PASSAGE_CHARS) {
            int start = Math.max(from, m.start(first) - PASSAGE_CHARS / 4);
            if (start > from) {
                int space = text.indexOf(' ', start);
                start = space < 0 || space >= m.start(first) ? start : space + 1;
            }
            int cut = Math.min(end, start + PASSAGE_CHARS);
            int space = text.lastIndexOf(' ', cut);
            end = cut == end || space <= m.end(first) ? Math.max(cut, m.end(first)) : space;
            from = start;
        } else {
            while (end < limit) {
                int next = sentenceEnd(text, limit, skipSpaces(text, limit, end));
                if (next - from > MAX_PASSAGE_CHARS
                        || Math.abs(next - from - PASSAGE_CHARS) >= Math.abs(end - from - PASSAGE_CHARS)) {
                    break;
                }
                end = next;
            }
        }
        BitSet distinct = new BitSet();
        int matches = 0;
        for (int i = first; i < m.size() && m.start(i) < end; i++) {
            if (m.end(i) <= end) {
                distinct.set(m.term(i));
                matches++;
            }
        }
        return new Passage(from, end, distinct.cardinality(), matches);
    }

    /**
     * Where the sentence holding {@code at} starts (after the last sentence end before it,
     * spaces skipped), looking back to {@code floor}: -1 when there is no sentence end between
     * (and floor is not the start of the text).
     */
    private static int sentenceStart(String text, int at, int floor) {
        for (int i = at - 1; i >= floor; i--) {
            if (endsSentence(text, i, text.length())) {
                return skipSpaces(text, at, i + 1);
            }
        }
        return floor == 0 ? skipSpaces(text, at, 0) : -1;
    }

    /** Just after the end of the sentence starting at {@code from} (its final punctuation included). */
    private static int sentenceEnd(String text, int limit, int from) {
        for (int i = from; i < limit; i++) {
            if (endsSentence(text, i, limit)) {
                return text.charAt(i) == '\n' ? i : i + 1;
            }
        }
        return limit;
    }

    /** A line break, or . ! ? … followed by a space or the end. */
    private static boolean endsSentence(String text, int i, int limit) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?' || c == '…') && (i + 1 >= limit || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static int skipSpaces(String text, int limit, int i) {
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Appends text[from, to) escaped, the matches from {@code match} on marked; returns the
     * first match not appended.
     */
    private static int mark(StringBuilder b, String text, int from, int to, SyllableMatches m, int match) {
        int pos = from;
        while (match < m.size() && m.start(match) < to) {
            int s = m.start(match);
            int e = Math.min(m.end(match), to);
            if (s >= pos) {
                escape(b, text, pos, s);
                b.append("<mark>");
                escape(b, text, s, e);
                b.append("</mark>");
                pos = e;
            }
            match++;
        }
        escape(b, text, pos, to);
        return match;
    }

    /** The same escaping as the Lucene highlighter's formatter (and {@link #escape(String)}). */
    private static void escape(StringBuilder b, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                case '/' -> b.append("&#x2F;");
                default -> b.append(c);
            }
        }
    }

    /** Escaped for HTML text and attributes, for text shown without highlights. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        escape(b, text, 0, text.length());
        return b.toString();
    }

    /** The start of a text, escaped, cut at a word boundary, for documents with nothing highlighted. */
    static String lead(String text) {
        if (text.length() <= PASSAGE_CHARS * SNIPPET_PASSAGES) {
            return escape(text.strip());
        }
        int cut = text.lastIndexOf(' ', PASSAGE_CHARS * SNIPPET_PASSAGES);
        return escape(text.substring(0, cut > 0 ? cut : PASSAGE_CHARS * SNIPPET_PASSAGES).strip()) + " …";
    }
}
