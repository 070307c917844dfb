-- Notification plugin (id notify). Every table starts with notify_.

-- Message templates edited by administrators; the built-in defaults (in the jar) apply when no row exists.
CREATE TABLE notify_template (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind        VARCHAR(60)   NOT NULL,
    channel     VARCHAR(30)   NOT NULL,
    locale      VARCHAR(5)    NOT NULL,
    subject     VARCHAR(500),
    body        ${text}       NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    updated_at  ${ts}         NOT NULL,
    CONSTRAINT notify_template_key UNIQUE (kind, channel, locale)
);

-- Who wants to hear about what: new content of a site, category, sector or unit, or a site's
-- dossiers (webhooks). Anonymous e-mail subscriptions stay PENDING until the address is confirmed.
CREATE TABLE notify_subscription (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    site_key      VARCHAR(64)   NOT NULL,
    topic         VARCHAR(20)   NOT NULL,
    topic_value   VARCHAR(200),
    channel       VARCHAR(30)   NOT NULL,
    address       VARCHAR(500)  NOT NULL,
    user_id       VARCHAR(64),
    locale        VARCHAR(5)    NOT NULL,
    digest        VARCHAR(10)   NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    created_at    ${ts}         NOT NULL,
    confirmed_at  ${ts},
    ended_at      ${ts}
);
CREATE INDEX notify_subscription_site ON notify_subscription (site_key, status);
CREATE INDEX notify_subscription_user ON notify_subscription (user_id);

-- One message to one recipient on one channel. idem_key = SHA-256(event id, recipient, channel):
-- the unique constraint makes "never twice for the same event" a database rule.
CREATE TABLE notify_delivery (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    idem_key         VARCHAR(64)   NOT NULL,
    event_id         VARCHAR(64)   NOT NULL,
    event_type       VARCHAR(100)  NOT NULL,
    kind             VARCHAR(60)   NOT NULL,
    site_key         VARCHAR(64),
    channel          VARCHAR(30)   NOT NULL,
    recipient        VARCHAR(500)  NOT NULL,
    locale           VARCHAR(5)    NOT NULL,
    subscription_id  VARCHAR(36),
    variables        ${text}       NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    attempts         INT           NOT NULL,
    next_at          ${ts}         NOT NULL,
    lease_until      ${ts},
    claim_token      VARCHAR(36),
    last_error       VARCHAR(2000),
    digest           VARCHAR(10),
    event_at         ${ts}         NOT NULL,
    created_at       ${ts}         NOT NULL,
    sent_at          ${ts},
    CONSTRAINT notify_delivery_idem UNIQUE (idem_key)
);
CREATE INDEX notify_delivery_due ON notify_delivery (status, next_at);
CREATE INDEX notify_delivery_event ON notify_delivery (event_id);
CREATE INDEX notify_delivery_claim ON notify_delivery (claim_token);

-- The delivery log: every attempt and what came of it.
CREATE TABLE notify_attempt (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    delivery_id   VARCHAR(36)   NOT NULL,
    attempt_no    INT           NOT NULL,
    attempted_at  ${ts}         NOT NULL,
    outcome       VARCHAR(12)   NOT NULL,
    detail        VARCHAR(2000)
);
CREATE INDEX notify_attempt_delivery ON notify_attempt (delivery_id);

-- The in-portal inbox. delivery_key is unique: the inbox shows a message once even if it is sent again.
CREATE TABLE notify_inbox (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    user_id       VARCHAR(64)   NOT NULL,
    delivery_key  VARCHAR(64)   NOT NULL,
    subject       VARCHAR(500)  NOT NULL,
    body          ${text}       NOT NULL,
    link          VARCHAR(1000),
    created_at    ${ts}         NOT NULL,
    read_at       ${ts},
    CONSTRAINT notify_inbox_key UNIQUE (delivery_key)
);
CREATE INDEX notify_inbox_user ON notify_inbox (user_id, read_at);

-- A signed-in person's choices: channels for their dossiers and subscriptions, digest, addresses.
CREATE TABLE notify_preference (
    user_id     VARCHAR(64)   NOT NULL PRIMARY KEY,
    email       VARCHAR(254),
    phone       VARCHAR(20),
    locale      VARCHAR(5)    NOT NULL,
    channels    VARCHAR(100)  NOT NULL,
    digest      VARCHAR(10)   NOT NULL,
    updated_at  ${ts}         NOT NULL
);

-- The key that signs unsubscribe, confirmation and preference links (made on first start).
CREATE TABLE notify_secret (
    name    VARCHAR(40)   NOT NULL PRIMARY KEY,
    secret  VARCHAR(200)  NOT NULL
);
