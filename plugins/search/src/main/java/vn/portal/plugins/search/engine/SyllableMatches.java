package vn.portal.plugins.search.engine;

import java.util.Arrays;
import vn.portal.plugins.search.engine.analysis.Folding;

/**
 * Where a stored text holds the searched syllables. The text is split into words the way the
 * index's tokenizer splits Vietnamese (runs of letters and digits; a dot or apostrophe between
 * letters, or a dot or comma between digits, stays inside the word: "TP.HCM", "1.234"), each
 * word lower-cased and folded to ASCII as the index folds it, and compared with the folded
 * terms searched. Offsets are in the text as stored (NFC), so a match marks the letters as
 * written: "dat" marks "đất".
 *
 * <p>Why not the postings' offsets or the analyzer: titles and snippets are short, and one
 * pass over their characters costs far less than seeking every term in every segment or
 * running the Unicode word-break rules (the highlighter took a fifth of a search).
 */
final class SyllableMatches {

    /** The searched terms (folded), each numbered, to count the distinct terms a passage holds. */
    static final class Terms {
        private final char[][] terms;
        private final int maxLength;

        private Terms(char[][] terms, int maxLength) {
            this.terms = terms;
            this.maxLength = maxLength;
        }

        static Terms of(Iterable<String> folded) {
            java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>();
            for (String t : folded) {
                if (!t.isEmpty()) {
                    distinct.add(t);
                }
            }
            char[][] terms = new char[distinct.size()][];
            int max = 0;
            int i = 0;
            for (String t : distinct) {
                terms[i++] = t.toCharArray();
                max = Math.max(max, t.length());
            }
            return new Terms(terms, max);
        }

        boolean isEmpty() {
            return terms.length == 0;
        }

        /** The term's number, or -1 (a query has a few terms: comparing them one by one is the quickest). */
        int id(char[] word, int length) {
            for (int t = 0; t < terms.length; t++) {
                if (Arrays.equals(terms[t], 0, terms[t].length, word, 0, length)) {
                    return t;
                }
            }
            return -1;
        }
    }

    /**
     * Per UTF-16 unit: 0 when it is not part of a word, else the unit lower-cased and folded
     * as the index does ("Đ" → 'd'), or {@link #SEVERAL} when that makes more than one character.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];
    private static final char SEVERAL = '\uFFFF';

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (isWordChar(ch) && ch != SEVERAL) {
                char lower = Character.toLowerCase(ch);
                String f = Folding.of(lower);
                FOLDED[c] = f == null ? lower : f.length() == 1 ? f.charAt(0) : SEVERAL;
            }
        }
    }

    private int[] start = new int[8];
    private int[] end = new int[8];
    private int[] term = new int[8];
    private int size;

    private SyllableMatches() {
    }

    int size() {
        return size;
    }

    int start(int i) {
        return start[i];
    }

    int end(int i) {
        return end[i];
    }

    /** The number of the term matched ({@link Terms#ids}). */
    int term(int i) {
        return term[i];
    }

    /** The matches in the first {@code limit} characters of {@code text}, in order. */
    static SyllableMatches find(String text, int limit, Terms terms) {
        SyllableMatches m = new SyllableMatches();
        if (terms.isEmpty()) {
            return m;
        }
        int n = Math.min(limit, text.length());
        char[] word = new char[terms.maxLength + 8];
        int i = 0;
        while (i < n) {
            if (FOLDED[text.charAt(i)] == 0) {
                i++;
                continue;
            }
            int from = i;
            int length = 0;   // > maxLength: too long to be a term
            while (i < n) {
                char c = text.charAt(i);
                char f = FOLDED[c];
                if (f == 0) {
                    if (i + 1 < n && joins(text.charAt(i - 1), c, text.charAt(i + 1))) {
                        f = c;
                    } else {
                        break;
                    }
                }
                if (length <= terms.maxLength) {
                    if (f == SEVERAL) {
                        String several = Folding.of(Character.toLowerCase(c));
                        for (int k = 0; k < several.length() && length <= terms.maxLength; k++) {
                            word[length++] = several.charAt(k);
                        }
                    } else {
                        word[length++] = f;
                    }
                }
                i++;
            }
            if (length <= terms.maxLength) {
                int id = terms.id(word, length);
                if (id >= 0) {
                    m.add(from, i, id);
                }
            }
        }
        return m;
    }

    /** Letters, digits and the combining marks that belong to them; surrogates (rare here) as word characters. */
    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Whether {@code mid} keeps the word going: "TP.HCM", "don't", "1.234", "3,5" (the word-break rules' MidLetter/MidNum). */
    private static boolean joins(char before, char mid, char after) {
        boolean letters = Character.isLetter(before) && Character.isLetter(after);
        boolean digits = Character.isDigit(before) && Character.isDigit(after);
        return switch (mid) {
            case '.', '\'', '\u2019' -> letters || digits;
            case ',', ';' -> digits;
            default -> false;
        };
    }

    private void add(int from, int to, int id) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
            term = Arrays.copyOf(term, size * 2);
        }
        start[size] = from;
        end[size] = to;
        term[size] = id;
        size++;
    }
}
