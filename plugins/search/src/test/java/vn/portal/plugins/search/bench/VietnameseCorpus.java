package vn.portal.plugins.search.bench;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import vn.portal.plugins.search.api.SearchDocument;

/**
 * A deterministic corpus of Vietnamese-looking documents: syllables built from Vietnamese
 * onsets, rhymes and the six tones, drawn with a Zipf–Mandelbrot distribution (a few syllables very
 * common, most rare, as in real text), mixed with real phrases of government texts.
 */
final class VietnameseCorpus {

    private static final String[] ONSETS = {"", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n",
        "ng", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"};
    /** Rhymes; the vowel that carries the tone is marked with '*' before it. */
    private static final String[] RHYMES = {"*a", "*ai", "*am", "*an", "*ang", "*anh", "*ao", "*au", "*ay", "*ăm",
        "*ăn", "*ăng", "*âm", "*ân", "*âng", "*âu", "*ây", "*e", "*em", "*en", "*eo", "*ê", "*êm", "*ên", "*ênh",
        "*êu", "*i", "*ia", "*im", "*in", "*inh", "*iu", "i*êm", "i*ên", "i*êng", "i*êu", "*o", "o*a", "o*ai",
        "o*an", "o*ang", "o*anh", "*oi", "*om", "*on", "*ong", "*ô", "*ôi", "*ôm", "*ôn", "*ông", "*ơ", "*ơi",
        "*ơm", "*ơn", "*u", "*ua", "u*ân", "*ui", "*um", "*un", "*ung", "u*y", "uy*ên", "*ư", "*ưa", "*ưng",
        "ư*ơi", "ư*ơng", "*ac", "*at", "*ap", "*ach", "*ăc", "*ăt", "*âc", "*ât", "*ep", "*et", "*êt", "*ich",
        "*it", "*oc", "*ôc", "*ôt", "*ơt", "*uc", "*ut", "*ưc", "ư*ơc", "i*êt", "u*ôc", "u*ât"};
    private static final char[] TONES = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

    /** Real phrases of government texts, so queries like "thủ tục hành chính" have their documents. */
    static final String[] PHRASES = {"thủ tục hành chính", "Ủy ban nhân dân", "quyết định", "đất đai",
        "giấy chứng nhận quyền sử dụng đất", "bảo hiểm xã hội", "cải cách hành chính", "chuyển đổi số",
        "dịch vụ công trực tuyến", "giấy phép xây dựng", "đăng ký khai sinh", "hộ tịch", "ngân sách nhà nước",
        "đầu tư công", "bảng giá đất", "nông thôn mới", "an toàn giao thông", "phòng chống thiên tai",
        "Hội đồng nhân dân", "công chức", "viên chức", "tuyển dụng", "kế hoạch", "báo cáo", "thông báo",
        "hướng dẫn", "kinh tế xã hội", "giáo dục và đào tạo", "y tế", "môi trường", "tài nguyên", "doanh nghiệp",
        "người dân", "hồ sơ", "trực tuyến", "chính quyền", "phường", "xã", "tỉnh", "năm 2026"};

    private final List<String> syllables;
    private final double[] cumulative;

    VietnameseCorpus(long seed, int distinctSyllables) {
        Random r = new Random(seed);
        Set<String> made = new LinkedHashSet<>();
        while (made.size() < distinctSyllables) {
            made.add(syllable(r));
        }
        syllables = new ArrayList<>(made);
        cumulative = new double[syllables.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += 1.0 / (i + 1 + 2.7);   // Zipf–Mandelbrot (s = 1, q = 2.7): the commonest syllable ~4% of the text, as "của", "và" in Vietnamese
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    static String syllable(Random r) {
        String onset = ONSETS[r.nextInt(ONSETS.length)];
        String rhyme = RHYMES[r.nextInt(RHYMES.length)];
        boolean stop = rhyme.endsWith("c") || rhyme.endsWith("t") || rhyme.endsWith("p") || rhyme.endsWith("ch");
        char tone = stop ? (r.nextBoolean() ? '\u0301' : '\u0323') : TONES[r.nextInt(TONES.length)];
        int star = rhyme.indexOf('*');
        String s = onset + rhyme.substring(0, star + 2) + (tone == 0 ? "" : String.valueOf(tone))
                + rhyme.substring(star + 2);
        return Normalizer.normalize(s.replace("*", ""), Normalizer.Form.NFC);
    }

    /** A syllable by Zipf rank (0 = the most common). */
    String syllable(int rank) {
        return syllables.get(rank);
    }

    int size() {
        return syllables.size();
    }

    String zipf(Random r) {
        double u = r.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return syllables.get(lo);
    }

    String text(Random r, int words) {
        StringBuilder b = new StringBuilder(words * 6);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(i % 17 == 0 ? ". " : " ");
            }
            if (r.nextInt(12) == 0) {
                b.append(PHRASES[r.nextInt(PHRASES.length)]);
            } else {
                b.append(zipf(r));
            }
        }
        return b.toString();
    }

    /** Document {@code n}: the same for the same seed and n. */
    SearchDocument document(long seed, int n) {
        Random r = new Random(seed * 1_000_003L + n);
        String title = capitalise(text(r, 6 + r.nextInt(9)));
        String summary = text(r, 15 + r.nextInt(20));
        String body = text(r, 80 + r.nextInt(220));
        String site = "site" + r.nextInt(10);
        String[] types = {"article", "article", "article", "announcement", "legal-document", "procedure-page",
            "event", "question"};
        Instant date = Instant.parse("2015-01-01T00:00:00Z").plusSeconds((long) r.nextInt(12 * 365) * 86_400L);
        List<String> categories = List.of("cat" + r.nextInt(30));
        String permission = r.nextInt(20) == 0 ? "content.read.internal" : null;
        return new SearchDocument("content", Integer.toString(n), site, types[r.nextInt(types.length)],
                r.nextInt(10) == 0 ? "en" : "vi", title, summary, body, "/s/" + site + "/" + n, date, categories,
                "S" + r.nextInt(15), "U" + r.nextInt(20), permission);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
