-- Kernel schema. Types that differ by database come from placeholders:
-- ${ts} timestamp, ${text} long text, ${bool} boolean (see DatabaseVendor).

CREATE TABLE kernel_site (
    site_key      VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_vi       VARCHAR(300) NOT NULL,
    name_en       VARCHAR(300),
    kind          VARCHAR(20)  NOT NULL,
    parent_key    VARCHAR(40),
    agency_code   VARCHAR(35),
    unit_code     VARCHAR(10),
    hosts         VARCHAR(1000),
    path_prefix   VARCHAR(100),
    locales       VARCHAR(100) NOT NULL,
    theme         VARCHAR(60)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    redirect_to   VARCHAR(40),
    sample        ${bool}      NOT NULL,
    settings      ${text},
    created_at    ${ts}        NOT NULL,
    updated_at    ${ts}        NOT NULL,
    version       BIGINT       NOT NULL
);
CREATE INDEX kernel_site_parent ON kernel_site (parent_key);

-- Per-site plugin switch; no row means enabled.
CREATE TABLE kernel_site_plugin (
    site_key      VARCHAR(40)  NOT NULL,
    plugin_id     VARCHAR(30)  NOT NULL,
    enabled       ${bool}      NOT NULL,
    updated_at    ${ts}        NOT NULL,
    PRIMARY KEY (site_key, plugin_id)
);

-- Transactional outbox: an event row commits with the change that caused it.
CREATE TABLE kernel_event (
    event_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    event_type    VARCHAR(120) NOT NULL,
    site_key      VARCHAR(40),
    source        VARCHAR(60)  NOT NULL,
    payload       ${text},
    occurred_at   ${ts}        NOT NULL
);
CREATE INDEX kernel_event_time ON kernel_event (occurred_at);

-- One row per (event, listener): delivery state, retries, backoff.
CREATE TABLE kernel_event_delivery (
    event_id      VARCHAR(36)  NOT NULL,
    listener_id   VARCHAR(200) NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    attempts      INTEGER      NOT NULL,
    next_attempt_at ${ts}      NOT NULL,
    locked_by     VARCHAR(60),
    locked_until  ${ts},
    last_error    VARCHAR(2000),
    delivered_at  ${ts},
    PRIMARY KEY (event_id, listener_id)
);
CREATE INDEX kernel_event_delivery_due ON kernel_event_delivery (status, next_attempt_at);

-- Cluster-safe scheduling: a node runs a job only after winning the update of its row.
CREATE TABLE kernel_job (
    job_id        VARCHAR(200) NOT NULL PRIMARY KEY,
    next_run_at   ${ts}        NOT NULL,
    last_run_by   VARCHAR(60),
    last_run_at   ${ts},
    last_error    VARCHAR(2000)
);

-- Local accounts (until the identity plugin of issue 3 replaces them).
CREATE TABLE kernel_account (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    must_change   ${bool}      NOT NULL,
    created_at    ${ts}        NOT NULL,
    password_changed_at ${ts}  NOT NULL
);
