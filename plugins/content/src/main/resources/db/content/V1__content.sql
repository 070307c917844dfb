-- Every table of the plugin starts with its id: content_
-- The working copy of an item; every save is also a revision.
CREATE TABLE content_item (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    site_key        VARCHAR(40)   NOT NULL,
    type            VARCHAR(40)   NOT NULL,
    locale          VARCHAR(5)    NOT NULL,
    translation_of  VARCHAR(36),
    slug            VARCHAR(200)  NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    summary         VARCHAR(2000),
    fields          ${text},
    status          VARCHAR(20)   NOT NULL,
    version         INTEGER       NOT NULL,
    revision        INTEGER       NOT NULL,
    author          VARCHAR(200)  NOT NULL,
    created_at      ${ts}         NOT NULL,
    updated_by      VARCHAR(200)  NOT NULL,
    updated_at      ${ts}         NOT NULL,
    publish_at      ${ts},
    expire_at       ${ts},
    published_at    ${ts},
    CONSTRAINT content_item_slug UNIQUE (site_key, locale, slug)
);
CREATE INDEX content_item_list ON content_item (site_key, status, updated_at);
CREATE INDEX content_item_translation ON content_item (translation_of);

CREATE TABLE content_revision (
    item_id     VARCHAR(36)   NOT NULL,
    revision    INTEGER       NOT NULL,
    title       VARCHAR(500)  NOT NULL,
    slug        VARCHAR(200)  NOT NULL,
    summary     VARCHAR(2000),
    fields      ${text},
    author      VARCHAR(200)  NOT NULL,
    created_at  ${ts}         NOT NULL,
    note        VARCHAR(500),
    PRIMARY KEY (item_id, revision)
);

-- What the public sees: a copy made at publish time, so later edits stay private
-- until published again.
CREATE TABLE content_published (
    item_id       VARCHAR(36)   NOT NULL PRIMARY KEY,
    site_key      VARCHAR(40)   NOT NULL,
    type          VARCHAR(40)   NOT NULL,
    locale        VARCHAR(5)    NOT NULL,
    slug          VARCHAR(200)  NOT NULL,
    title         VARCHAR(500)  NOT NULL,
    summary       VARCHAR(2000),
    fields        ${text},
    revision      INTEGER       NOT NULL,
    author        VARCHAR(200)  NOT NULL,
    published_at  ${ts}         NOT NULL,
    updated_at    ${ts}         NOT NULL,
    CONSTRAINT content_published_slug UNIQUE (site_key, locale, slug)
);
CREATE INDEX content_published_list ON content_published (site_key, locale, type, published_at);

CREATE TABLE content_transition (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    item_id      VARCHAR(36)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    from_status  VARCHAR(20)   NOT NULL,
    to_status    VARCHAR(20)   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    note         VARCHAR(1000),
    at           ${ts}         NOT NULL
);
CREATE INDEX content_transition_item ON content_transition (item_id, at);
