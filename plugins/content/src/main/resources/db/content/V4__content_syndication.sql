-- An item shown on another site: proposed by a department or commune to its parent (accepted
-- or rejected there), or pushed by the province to its children (mandatory, accepted at once).
CREATE TABLE content_syndication (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    item_id      VARCHAR(36)   NOT NULL,
    source_site  VARCHAR(40)   NOT NULL,
    target_site  VARCHAR(40)   NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    status       VARCHAR(10)   NOT NULL,
    mandatory    ${bool}       NOT NULL,
    requested_by VARCHAR(200)  NOT NULL,
    requested_at ${ts}         NOT NULL,
    decided_by   VARCHAR(200),
    decided_at   ${ts},
    note         VARCHAR(1000),
    CONSTRAINT content_syndication_once UNIQUE (item_id, target_site)
);
CREATE INDEX content_syndication_target ON content_syndication (target_site, status);
