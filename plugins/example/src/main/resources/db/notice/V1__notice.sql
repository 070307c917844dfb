-- Every table of the plugin starts with its id: notice_
CREATE TABLE notice_notice (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    site_key    VARCHAR(40)   NOT NULL,
    message_vi  VARCHAR(1000) NOT NULL,
    message_en  VARCHAR(1000),
    level       VARCHAR(10)   NOT NULL,
    starts_at   ${ts}         NOT NULL,
    ends_at     ${ts},
    active      ${bool}       NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  ${ts}         NOT NULL
);
CREATE INDEX notice_notice_site ON notice_notice (site_key, active);
