-- The media library: every image and document stored for a site's items, written in the same
-- transaction as the upload's audit record. The file itself is a kernel blob (blob_id); resized
-- copies of images stay in content_media_variant. search_text is name, title and alt text folded
-- (lower case, without diacritics, đ → d) so "quyet dinh" finds "Quyết định".
CREATE TABLE content_media (
    blob_id      VARCHAR(80)   NOT NULL PRIMARY KEY,
    site_key     VARCHAR(40)   NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    media_type   VARCHAR(120)  NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    title        VARCHAR(500),
    alt_text     VARCHAR(500),
    search_text  VARCHAR(1300) NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    width        INTEGER,
    height       INTEGER,
    uploaded_by  VARCHAR(200)  NOT NULL,
    uploaded_at  ${ts}         NOT NULL
);
-- the library's pages: a site's media, newest first (optionally of one kind)
CREATE INDEX content_media_site ON content_media (site_key, uploaded_at);
CREATE INDEX content_media_kind ON content_media (site_key, kind, uploaded_at);
