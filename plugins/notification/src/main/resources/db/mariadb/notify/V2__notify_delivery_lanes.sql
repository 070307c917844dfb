-- The sender claims due deliveries per channel (each channel's rate limit takes only its share):
-- an index on (status, channel, next_at) serves those claims; the claimed rows are found by id,
-- so the claim-token index only cost writes.
CREATE INDEX notify_delivery_lane ON notify_delivery (status, channel, next_at);
DROP INDEX notify_delivery_due ON notify_delivery;
DROP INDEX notify_delivery_claim ON notify_delivery;
