-- The newest published items of a type first (home page lists, listings, feeds). H2 walks an index
-- for ORDER BY only when the order names the index's columns in the index's directions, hence
-- published_at DESC here and the ORDER BY of ContentService.latest.
CREATE INDEX content_published_latest ON content_published (site_key, locale, type, published_at DESC);
