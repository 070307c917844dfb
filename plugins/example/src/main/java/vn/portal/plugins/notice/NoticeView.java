package vn.portal.plugins.notice;

import java.time.Instant;

/** A notice as the REST API returns it. */
public record NoticeView(String id, String site, String messageVi, String messageEn, String level, Instant startsAt,
        Instant endsAt, boolean active) {

    static NoticeView of(Notice n) {
        return new NoticeView(n.id, n.siteKey, n.messageVi, n.messageEn, n.level, n.startsAt.toInstant(),
                n.endsAt == null ? null : n.endsAt.toInstant(), n.active);
    }
}
