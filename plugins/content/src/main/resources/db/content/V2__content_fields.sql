-- The fields of published items, one row each, so public pages can filter on them
-- (legal documents by number, issuer, type, year, sector). VALUE is a keyword in H2: field_value.
CREATE TABLE content_field (
    item_id      VARCHAR(36)   NOT NULL,
    field_name   VARCHAR(60)   NOT NULL,
    field_value  VARCHAR(500)  NOT NULL,
    PRIMARY KEY (item_id, field_name)
);
CREATE INDEX content_field_value ON content_field (field_name, field_value);
