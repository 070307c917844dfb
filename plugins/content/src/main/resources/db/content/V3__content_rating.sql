-- Anonymous satisfaction with a page (3 levels), counted, no personal data kept.
CREATE TABLE content_rating (
    item_id  VARCHAR(36)  NOT NULL,
    level    INTEGER      NOT NULL,
    votes    INTEGER      NOT NULL,
    PRIMARY KEY (item_id, level)
);
