package vn.portal.plugins.content;

import vn.portal.kernel.api.web.Html;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.portal.kernel.api.plugin.PluginContext;

/**
 * The 3-level satisfaction rating of REQUIREMENTS-VN.md §2 (anonymous): 1 not satisfied,
 * 2 satisfied, 3 very satisfied. Votes are counted per item; one vote per visitor address
 * and item a day is kept (as a hash, in memory only), so refreshing cannot stuff the count.
 */
final class Ratings {

    static final List<String> LEVELS_VI = List.of("Chưa hài lòng", "Hài lòng", "Rất hài lòng");
    static final List<String> LEVELS_EN = List.of("Not satisfied", "Satisfied", "Very satisfied");
    private static final Duration WINDOW = Duration.ofDays(1);

    private final PluginContext context;
    private final Map<String, Instant> recent = new ConcurrentHashMap<>();

    Ratings(PluginContext context) {
        this.context = context;
    }

    /** @return false when this address already rated the item today */
    boolean vote(String itemId, int level, String address) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("level must be 1, 2 or 3");
        }
        Instant now = Instant.now();
        recent.entrySet().removeIf(e -> e.getValue().isBefore(now.minus(WINDOW)));
        if (recent.putIfAbsent(hash(itemId + "|" + address), now) != null) {
            return false;
        }
        context.transactions().required(() -> {
            var em = context.persistence().entityManager();
            int updated = em.createNativeQuery("UPDATE content_rating SET votes = votes + 1 WHERE item_id = ? AND level = ?")
                    .setParameter(1, itemId).setParameter(2, level).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO content_rating (item_id, level, votes) VALUES (?, ?, 1)")
                        .setParameter(1, itemId).setParameter(2, level).executeUpdate();
            }
            return null;
        });
        return true;
    }

    /** Votes by level label (vi), for staff. */
    Map<String, Integer> counts(String itemId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        LEVELS_VI.forEach(l -> out.put(l, 0));
        List<?> rows = context.transactions().required(() -> context.persistence().entityManager()
                .createNativeQuery("SELECT level, votes FROM content_rating WHERE item_id = ?").setParameter(1, itemId)
                .getResultList());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.put(LEVELS_VI.get(((Number) r[0]).intValue() - 1), ((Number) r[1]).intValue());
        }
        return out;
    }

    /** The rating form under an item (a plain POST, so it works without script). */
    /** @param csrf {@link Forms#csrf} for a signed-in visitor, else empty */
    static String form(String itemId, String siteKey, String csrf, boolean en) {
        StringBuilder b = new StringBuilder("<form class=\"rating\" method=\"post\" action=\"/api/v1/content/public/items/")
                .append(Html.escape(itemId)).append("/rating?site=").append(Html.escape(siteKey)).append(csrf).append("\"><fieldset><legend>")
                .append(en ? "Was this information useful to you?" : "Bạn có hài lòng với thông tin này?")
                .append("</legend>");
        List<String> labels = en ? LEVELS_EN : LEVELS_VI;
        for (int i = 0; i < 3; i++) {
            b.append("<button type=\"submit\" name=\"level\" value=\"").append(i + 1).append("\">")
                    .append(Html.escape(labels.get(i))).append("</button> ");
        }
        return b.append("</fieldset></form>").toString();
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)),
                    0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
