package vn.portal.plugins.eform;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The statuses of a dossier (contracts.md) and the moves staff may make between them. */
enum Status {
    RECEIVED("Đã tiếp nhận", "Received"),
    IN_REVIEW("Đang xử lý", "In review"),
    NEEDS_INFO("Cần bổ sung", "Needs more information"),
    APPROVED("Đã duyệt", "Approved"),
    REJECTED("Từ chối", "Rejected"),
    RESULT_RETURNED("Đã trả kết quả", "Result returned");

    private static final Map<Status, Set<Status>> NEXT = Map.of(
            RECEIVED, EnumSet.of(IN_REVIEW, NEEDS_INFO, REJECTED),
            IN_REVIEW, EnumSet.of(NEEDS_INFO, APPROVED, REJECTED),
            NEEDS_INFO, EnumSet.of(IN_REVIEW, REJECTED),
            APPROVED, EnumSet.of(RESULT_RETURNED),
            REJECTED, EnumSet.of(RESULT_RETURNED),
            RESULT_RETURNED, EnumSet.noneOf(Status.class));

    final String vi;
    final String en;

    Status(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    String label(String locale) {
        return "en".equals(locale) ? en : vi;
    }

    Set<Status> next() {
        return NEXT.get(this);
    }

    boolean canMoveTo(Status to) {
        return NEXT.get(this).contains(to);
    }

    /** Decided: the time limit no longer runs. */
    boolean decided() {
        return this == APPROVED || this == REJECTED || this == RESULT_RETURNED;
    }

    /** A comment is required: the applicant must learn why. */
    static boolean needsComment(Status to) {
        return to == NEEDS_INFO || to == REJECTED;
    }

    static Status parse(String s) {
        try {
            return s == null ? null : valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
