package vn.portal.plugins.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.portal.plugins.search.engine.analysis.VietnameseAnalyzer;

/**
 * A site's synonyms and abbreviations, applied to queries (never to the index, so editing
 * them needs no rebuild). One rule a line:
 * <pre>
 * UBND, Ủy ban nhân dân          # any of them finds all of them
 * QĐ =&gt; quyết định               # the left side also finds the right side, not the reverse
 * </pre>
 * Matching ignores case and diacritics: "ubnd", "uy ban nhan dan" and "Uỷ ban nhân dân" all
 * match the first rule. {@code #} starts a comment. Lines that say nothing are ignored.
 */
public final class Synonyms {

    private static final Analyzer FOLDED = new VietnameseAnalyzer(VietnameseAnalyzer.Kind.FOLDED);

    private static final String DEFAULTS = """
            # Cơ quan
            UBND, Ủy ban nhân dân
            HĐND, Hội đồng nhân dân
            MTTQ, Mặt trận Tổ quốc
            UBMTTQ, Ủy ban Mặt trận Tổ quốc
            # Văn bản
            QĐ, quyết định
            NĐ, nghị định
            VBQPPL, văn bản quy phạm pháp luật
            # Thủ tục, dịch vụ công
            TTHC, thủ tục hành chính
            CCHC, cải cách hành chính
            DVC, dịch vụ công
            DVCTT, dịch vụ công trực tuyến
            ĐKKD, đăng ký kinh doanh
            GPLX, giấy phép lái xe
            CMND, chứng minh nhân dân
            CCCD, căn cước công dân
            QSDĐ, quyền sử dụng đất
            GCNQSDĐ, giấy chứng nhận quyền sử dụng đất
            # Lĩnh vực
            BHXH, bảo hiểm xã hội
            BHYT, bảo hiểm y tế
            CĐS, chuyển đổi số
            CNTT, công nghệ thông tin
            ATGT, an toàn giao thông
            CSGT, cảnh sát giao thông
            PCCC, phòng cháy chữa cháy
            THPT, trung học phổ thông
            THCS, trung học cơ sở
            KT-XH, kinh tế - xã hội
            GD&ĐT, GDĐT, giáo dục và đào tạo
            TN&MT, TNMT, tài nguyên và môi trường
            NN&PTNT, NNPTNT, nông nghiệp và phát triển nông thôn
            KH&CN, KHCN, khoa học và công nghệ
            LĐTB&XH, LĐTBXH, lao động thương binh và xã hội
            TP.HCM, TPHCM, thành phố Hồ Chí Minh
            """;

    private static final Synonyms DEFAULT = parse(DEFAULTS);

    /** A phrase that triggers a rule (folded syllables), and what it expands to. */
    private record Rule(List<String> phrase, List<List<String>> expansions) {
    }

    private final String text;
    private final Map<String, List<Rule>> rulesByFirstWord;

    private Synonyms(String text, Map<String, List<Rule>> rulesByFirstWord) {
        this.text = text;
        this.rulesByFirstWord = rulesByFirstWord;
    }

    /** Reads rules; never fails (lines that say nothing usable are skipped, see {@link #problems}). */
    public static Synonyms parse(String text) {
        String source = text == null ? "" : text;
        Map<String, List<Rule>> rules = new HashMap<>();
        for (String line : source.split("\\R")) {
            Parsed p = parseLine(line);
            if (p == null || p.problem != null) {
                continue;
            }
            for (List<String> phrase : p.triggers) {
                rules.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(new Rule(phrase, p.all));
            }
        }
        // longest phrase first, so "ủy ban mặt trận tổ quốc" wins over "ủy ban"
        rules.values().forEach(l -> l.sort(Comparator.comparingInt((Rule r) -> r.phrase.size()).reversed()));
        return new Synonyms(source, rules);
    }

    /** The built-in rules: common government abbreviations. */
    public static Synonyms defaults() {
        return DEFAULT;
    }

    /** The text the rules were parsed from (what an administrator edits). */
    public String text() {
        return text;
    }

    /** Readable problems of the text, one per bad line ("dòng 3: …"), for the admin form; empty when fine. */
    public static List<String> problems(String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            Parsed p = parseLine(lines[i]);
            if (p != null && p.problem != null) {
                problems.add((i + 1) + ": " + p.problem);
            }
        }
        return problems;
    }

    private record Parsed(List<List<String>> triggers, List<List<String>> all, String problem) {
    }

    /** null for a blank or comment line. */
    private static Parsed parseLine(String raw) {
        String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
        if (line.isBlank()) {
            return null;
        }
        String[] sides = line.split("=>", -1);
        if (sides.length > 2) {
            return new Parsed(null, null, "more than one \"=>\"");
        }
        List<List<String>> left = phrases(sides[0]);
        List<List<String>> right = sides.length == 2 ? phrases(sides[1]) : List.of();
        if (sides.length == 2 && (left.isEmpty() || right.isEmpty())) {
            return new Parsed(null, null, "\"=>\" needs words on both sides");
        }
        Set<List<String>> all = new LinkedHashSet<>(left);
        all.addAll(right);
        if (all.size() < 2) {
            return new Parsed(null, null, "a rule needs at least two different phrases, separated by commas");
        }
        return new Parsed(left, List.copyOf(all), null);
    }

    private static List<List<String>> phrases(String side) {
        List<List<String>> phrases = new ArrayList<>();
        for (String part : side.split(",")) {
            List<String> words = foldedWords(part);
            if (!words.isEmpty() && !phrases.contains(words)) {
                phrases.add(words);
            }
        }
        return phrases;
    }

    static List<String> foldedWords(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = FOLDED.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** A stretch of the query a rule matched: words [start, end) and the phrases to search instead. */
    record Match(int start, int end, List<List<String>> alternatives) {
    }

    /** The rule matches in a query's folded words, left to right, longest first, not overlapping. */
    List<Match> matches(List<String> folded) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < folded.size()) {
            Match m = longestAt(folded, i);
            if (m == null) {
                i++;
            } else {
                matches.add(m);
                i = m.end;
            }
        }
        return matches;
    }

    private Match longestAt(List<String> folded, int start) {
        for (Rule r : rulesByFirstWord.getOrDefault(folded.get(start), List.of())) {
            int end = start + r.phrase.size();
            if (end <= folded.size() && folded.subList(start, end).equals(r.phrase)) {
                return new Match(start, end, r.expansions);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "Synonyms[" + rulesByFirstWord.size() + " first words]";
    }
}
