CREATE TABLE probe_item (
    id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    title  VARCHAR(200),
    site   VARCHAR(40)
);
CREATE TABLE probe_received (
    event_id   VARCHAR(36)  NOT NULL PRIMARY KEY,
    event_type VARCHAR(120) NOT NULL,
    times      INTEGER      NOT NULL
);
