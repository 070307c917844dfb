-- Comments of the public on drafts open for comment; shown once staff approve them.
CREATE TABLE content_comment (
    id          VARCHAR(36)    NOT NULL PRIMARY KEY,
    item_id     VARCHAR(36)    NOT NULL,
    site_key    VARCHAR(40)    NOT NULL,
    author      VARCHAR(200)   NOT NULL,
    email       VARCHAR(200),
    body        VARCHAR(5000)  NOT NULL,
    status      VARCHAR(10)    NOT NULL,
    created_at  ${ts}          NOT NULL,
    decided_by  VARCHAR(200),
    decided_at  ${ts}
);
CREATE INDEX content_comment_item ON content_comment (item_id, status);
