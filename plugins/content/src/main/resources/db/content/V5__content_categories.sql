-- Per-site categories (chuyên mục); items name theirs by slug, space-separated.
CREATE TABLE content_category (
    id        VARCHAR(36)   NOT NULL PRIMARY KEY,
    site_key  VARCHAR(40)   NOT NULL,
    slug      VARCHAR(120)  NOT NULL,
    name_vi   VARCHAR(200)  NOT NULL,
    name_en   VARCHAR(200),
    position  INTEGER       NOT NULL,
    CONSTRAINT content_category_slug UNIQUE (site_key, slug)
);
ALTER TABLE content_item ADD COLUMN categories VARCHAR(1000);
ALTER TABLE content_revision ADD COLUMN categories VARCHAR(1000);
ALTER TABLE content_published ADD COLUMN categories VARCHAR(1000);
