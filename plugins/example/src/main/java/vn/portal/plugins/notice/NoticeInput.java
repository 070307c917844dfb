package vn.portal.plugins.notice;

import java.time.Instant;

/** What an editor sends to create a notice. */
public record NoticeInput(String messageVi, String messageEn, String level, Instant startsAt, Instant endsAt) {
}
