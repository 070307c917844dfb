-- Identity: users, groups, roles, grants (global or per site, optionally inherited down
-- the site tree), password history, API tokens, and the hash-chained audit log.

CREATE TABLE kernel_user (
    user_id             VARCHAR(40)  NOT NULL PRIMARY KEY,
    username            VARCHAR(100) NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    email               VARCHAR(200),
    status              VARCHAR(12)  NOT NULL,
    password_hash       VARCHAR(300),
    must_change         ${bool}      NOT NULL,
    failed_logins       INTEGER      NOT NULL,
    locked              ${bool}      NOT NULL,
    locked_at           ${ts},
    totp_secret         VARCHAR(200),
    external_issuer     VARCHAR(300),
    external_subject    VARCHAR(300),
    created_at          ${ts}        NOT NULL,
    password_changed_at ${ts},
    last_login_at       ${ts},
    anonymised          ${bool}      NOT NULL
);
CREATE UNIQUE INDEX kernel_user_username ON kernel_user (username);

CREATE TABLE kernel_password_history (
    user_id       VARCHAR(40)  NOT NULL,
    password_hash VARCHAR(300) NOT NULL,
    created_at    ${ts}        NOT NULL
);
CREATE INDEX kernel_password_history_user ON kernel_password_history (user_id, created_at);

CREATE TABLE kernel_group (
    group_id    VARCHAR(40)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    description VARCHAR(1000),
    created_at  ${ts}        NOT NULL
);
CREATE UNIQUE INDEX kernel_group_name ON kernel_group (name);

CREATE TABLE kernel_group_member (
    group_id VARCHAR(40) NOT NULL,
    user_id  VARCHAR(40) NOT NULL,
    PRIMARY KEY (group_id, user_id)
);

-- permissions: one Shiro wildcard pattern per line; {site} stands for the granted site(s)
CREATE TABLE kernel_role (
    role_name   VARCHAR(60)  NOT NULL PRIMARY KEY,
    label_vi    VARCHAR(200) NOT NULL,
    label_en    VARCHAR(200),
    permissions ${text}      NOT NULL,
    builtin     ${bool}      NOT NULL
);

CREATE TABLE kernel_grant (
    grant_id       VARCHAR(40)  NOT NULL PRIMARY KEY,
    principal_type VARCHAR(10)  NOT NULL,
    principal_id   VARCHAR(40)  NOT NULL,
    role_name      VARCHAR(60)  NOT NULL,
    site_key       VARCHAR(40),
    inherit        ${bool}      NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     ${ts}        NOT NULL
);
CREATE INDEX kernel_grant_principal ON kernel_grant (principal_type, principal_id);

CREATE TABLE kernel_api_token (
    token_id     VARCHAR(40)  NOT NULL PRIMARY KEY,
    user_id      VARCHAR(40)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    scopes       VARCHAR(2000) NOT NULL,
    expires_at   ${ts}        NOT NULL,
    created_at   ${ts}        NOT NULL,
    revoked_at   ${ts},
    last_used_at ${ts}
);
CREATE UNIQUE INDEX kernel_api_token_hash ON kernel_api_token (token_hash);

-- append-only; each record carries the hash of the previous one
CREATE TABLE kernel_audit (
    seq        BIGINT        NOT NULL PRIMARY KEY,
    at         ${ts}         NOT NULL,
    actor      VARCHAR(100)  NOT NULL,
    source_ip  VARCHAR(60),
    action     VARCHAR(100)  NOT NULL,
    target     VARCHAR(300),
    site_key   VARCHAR(40),
    plugin     VARCHAR(30),
    details    ${text},
    prev_hash  VARCHAR(64)   NOT NULL,
    hash       VARCHAR(64)   NOT NULL
);
CREATE INDEX kernel_audit_at ON kernel_audit (at);

INSERT INTO kernel_role (role_name, label_vi, label_en, permissions, builtin) VALUES
  ('administrator', 'Quản trị hệ thống', 'System administrator', '*', TRUE),
  ('site-admin', 'Quản trị trang', 'Site administrator', '*:*:{site}', TRUE),
  ('publisher', 'Người duyệt đăng', 'Publisher', 'content:*:{site}', TRUE),
  ('editor', 'Biên tập viên', 'Editor', 'content:create,edit:{site}', TRUE);

-- the administrator(s) of the interim single-account identity become users
INSERT INTO kernel_user (user_id, username, display_name, status, password_hash, must_change, failed_logins, locked,
                         created_at, password_changed_at, anonymised)
  SELECT CONCAT('u-', username), username, display_name, 'ACTIVE', password_hash, must_change, 0, FALSE,
         created_at, password_changed_at, FALSE
  FROM kernel_account;
INSERT INTO kernel_grant (grant_id, principal_type, principal_id, role_name, site_key, inherit, created_by, created_at)
  SELECT CONCAT('g-', username), 'USER', CONCAT('u-', username), 'administrator', NULL, TRUE, 'migration', created_at
  FROM kernel_account;
DROP TABLE kernel_account;
