-- Forms (one row per form), their versions (the definition as JSON, never changed once
-- published), drafts of applicants, dossiers with their attachments and status history,
-- the receipt-code counters and the plugin's own secret.
CREATE TABLE eform_form (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    site_key        VARCHAR(40)   NOT NULL,
    form_key        VARCHAR(80)   NOT NULL,
    procedure_code  VARCHAR(100)  NOT NULL,
    title_vi        VARCHAR(500)  NOT NULL,
    title_en        VARCHAR(500),
    current_version INTEGER,
    created_at      ${ts}         NOT NULL,
    updated_at      ${ts}         NOT NULL,
    CONSTRAINT eform_form_key UNIQUE (site_key, form_key)
);
CREATE INDEX eform_form_procedure ON eform_form (procedure_code);

CREATE TABLE eform_form_version (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    form_id      VARCHAR(36)   NOT NULL,
    version      INTEGER       NOT NULL,
    status       VARCHAR(12)   NOT NULL,
    definition   ${text}       NOT NULL,
    created_by   VARCHAR(200)  NOT NULL,
    created_at   ${ts}         NOT NULL,
    published_at ${ts},
    CONSTRAINT eform_form_version_no UNIQUE (form_id, version)
);

CREATE TABLE eform_draft (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    site_key     VARCHAR(40)   NOT NULL,
    form_id      VARCHAR(36)   NOT NULL,
    form_version INTEGER       NOT NULL,
    token_hash   VARCHAR(64)   NOT NULL,
    user_id      VARCHAR(36),
    locale       VARCHAR(5)    NOT NULL,
    step         INTEGER       NOT NULL,
    answers      ${text}       NOT NULL,
    dossier_id   VARCHAR(36),
    created_at   ${ts}         NOT NULL,
    updated_at   ${ts}         NOT NULL,
    expires_at   ${ts}         NOT NULL,
    CONSTRAINT eform_draft_token UNIQUE (token_hash)
);
CREATE INDEX eform_draft_user ON eform_draft (user_id);

CREATE TABLE eform_dossier (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    site_key        VARCHAR(40)   NOT NULL,
    receipt_code    VARCHAR(60)   NOT NULL,
    token_hash      VARCHAR(64)   NOT NULL,
    idempotency_key VARCHAR(100)  NOT NULL,
    form_id         VARCHAR(36)   NOT NULL,
    form_version    INTEGER       NOT NULL,
    procedure_code  VARCHAR(100)  NOT NULL,
    agency_code     VARCHAR(40)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    handler         VARCHAR(200),
    applicant_name  VARCHAR(200)  NOT NULL,
    applicant_email VARCHAR(254),
    applicant_phone VARCHAR(20),
    user_id         VARCHAR(36),
    locale          VARCHAR(5)    NOT NULL,
    answers         ${text}       NOT NULL,
    complete        ${bool}       NOT NULL,
    missing         VARCHAR(2000),
    online          ${bool}       NOT NULL,
    received_at     ${ts}         NOT NULL,
    processing_at   ${ts},
    result_at       ${ts},
    returned_at     ${ts},
    due_at          ${ts}         NOT NULL,
    updated_at      ${ts}         NOT NULL,
    rating          VARCHAR(20),
    row_version     INTEGER       NOT NULL,
    CONSTRAINT eform_dossier_code UNIQUE (receipt_code),
    CONSTRAINT eform_dossier_idem UNIQUE (site_key, idempotency_key)
);
CREATE INDEX eform_dossier_inbox ON eform_dossier (site_key, status, received_at);
CREATE INDEX eform_dossier_user ON eform_dossier (user_id);

CREATE TABLE eform_attachment (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    dossier_id   VARCHAR(36),
    draft_id     VARCHAR(36),
    field        VARCHAR(50)   NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(120)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    blob_id      VARCHAR(100)  NOT NULL,
    stage        VARCHAR(12)   NOT NULL,
    added_at     ${ts}         NOT NULL
);
CREATE INDEX eform_attachment_dossier ON eform_attachment (dossier_id);
CREATE INDEX eform_attachment_draft ON eform_attachment (draft_id);

CREATE TABLE eform_history (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    dossier_id   VARCHAR(36)   NOT NULL,
    at           ${ts}         NOT NULL,
    from_status  VARCHAR(20),
    to_status    VARCHAR(20)   NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    comment_text VARCHAR(2000)
);
CREATE INDEX eform_history_dossier ON eform_history (dossier_id, at);

CREATE TABLE eform_counter (
    id           VARCHAR(80)   NOT NULL PRIMARY KEY,
    last_value   INTEGER       NOT NULL
);

CREATE TABLE eform_secret (
    id           VARCHAR(40)   NOT NULL PRIMARY KEY,
    secret_value VARCHAR(200)  NOT NULL
);
