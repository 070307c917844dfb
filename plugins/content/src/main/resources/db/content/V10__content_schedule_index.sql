-- The scheduler (every 15 s) looks for scheduled items due and published items expired: without
-- these it read every item, drafts' bodies included (a fifth of a core with 20,000 items on H2).
CREATE INDEX content_item_publish_at ON content_item (status, publish_at);
CREATE INDEX content_item_expire_at ON content_item (status, expire_at);
