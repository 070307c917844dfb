package vn.portal.plugins.notify.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a message is about, with the variables its templates may use and sample values for the
 * admin's live preview. Templates exist per kind, channel and locale.
 */
public enum MessageKind {

    DOSSIER_STATUS("dossier-status", "Trạng thái hồ sơ", "Dossier status", sample(
            "receiptCode", "H99.01-261121-0001", "procedureName", "Cấp giấy phép xây dựng", "procedureCode",
            "1.009972.000.00.00.H99", "status", "IN_REVIEW", "statusLabel", "Đang xử lý", "comment",
            "Hồ sơ đã chuyển phòng chuyên môn", "agencyName", "Sở Nội vụ (mẫu)", "agencyCode", "H99.01", "handler",
            "Nguyễn Văn A", "receivedAt", "21/11/2026 08:30", "processingAt", "21/11/2026 09:15", "resultAt", "",
            "dueAt", "05/12/2026 17:00", "applicantName", "Trần Thị B", "trackingUrl",
            "https://hoaan.gov.vn/s/so-noi-vu/ho-so/tra-cuu?ma=H99.01-261121-0001", "siteName", "Sở Nội vụ")),
    CONTENT_PUBLISHED("content-published", "Tin mới theo đăng ký", "New content (subscription)", sample(
            "title", "Thông báo lịch tiếp công dân tháng 12", "url", "https://hoaan.gov.vn/tin-tuc/lich-tiep-cong-dan",
            "summary", "Lịch tiếp công dân định kỳ của lãnh đạo tỉnh.", "siteName", "Tỉnh Hòa An", "topicLabel",
            "Tin tức", "unsubscribeUrl", "https://hoaan.gov.vn/thong-bao/huy?t=…", "preferencesUrl",
            "https://hoaan.gov.vn/thong-bao/tuy-chon")),
    CONTENT_DIGEST("content-digest", "Bản tin tổng hợp", "Digest", sample(
            "siteName", "Tỉnh Hòa An", "period", "21/11/2026", "count", "2", "items", List.of(
                    Map.of("title", "Thông báo lịch tiếp công dân", "url", "https://hoaan.gov.vn/tin-tuc/a", "summary", "…"),
                    Map.of("title", "Kế hoạch chuyển đổi số 2027", "url", "https://hoaan.gov.vn/tin-tuc/b", "summary", "…")),
            "unsubscribeUrl", "https://hoaan.gov.vn/thong-bao/huy?t=…", "preferencesUrl",
            "https://hoaan.gov.vn/thong-bao/tuy-chon")),
    SUBSCRIPTION_CONFIRM("subscription-confirm", "Xác nhận đăng ký", "Confirm a subscription", sample(
            "siteName", "Tỉnh Hòa An", "topicLabel", "Tin tức", "confirmUrl", "https://hoaan.gov.vn/thong-bao/xac-nhan?t=…"));

    private final String id;
    private final String labelVi;
    private final String labelEn;
    private final Map<String, Object> sample;
    private final Set<String> variables;

    MessageKind(String id, String labelVi, String labelEn, Map<String, Object> sample) {
        this.id = id;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.sample = sample;
        Set<String> names = new java.util.TreeSet<>(sample.keySet());
        sample.values().stream().filter(List.class::isInstance).flatMap(v -> ((List<?>) v).stream())
                .filter(Map.class::isInstance).forEach(m -> ((Map<?, ?>) m).keySet().forEach(k -> names.add(k.toString())));
        this.variables = java.util.Collections.unmodifiableSet(names);
    }

    public String id() {
        return id;
    }

    public String label(String locale) {
        return "en".equals(locale) ? labelEn : labelVi;
    }

    /** The names templates of this kind may use (list entries' names included). */
    public Set<String> variables() {
        return variables;
    }

    public Map<String, Object> sample() {
        return sample;
    }

    public static MessageKind of(String id) {
        for (MessageKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown message kind '" + id + "'");
    }

    private static Map<String, Object> sample(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
