-- Downloadable forms (level 2 online service): the documents of a procedure that citizens print
-- and fill in by hand (PDF, DOCX, XLSX, ODT, ODS). Each upload is a new version and becomes the
-- current one; older versions are kept for the record. The bytes are blobs.
CREATE TABLE eform_file (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    site_key        VARCHAR(40)   NOT NULL,
    procedure_code  VARCHAR(100)  NOT NULL,
    file_key        VARCHAR(80)   NOT NULL,
    title_vi        VARCHAR(300)  NOT NULL,
    title_en        VARCHAR(300),
    current_version INTEGER       NOT NULL,
    created_at      ${ts}         NOT NULL,
    updated_at      ${ts}         NOT NULL,
    CONSTRAINT eform_file_key UNIQUE (site_key, procedure_code, file_key)
);
CREATE INDEX eform_file_procedure ON eform_file (procedure_code);

CREATE TABLE eform_file_version (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    file_id      VARCHAR(36)   NOT NULL,
    version      INTEGER       NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(120)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    blob_id      VARCHAR(100)  NOT NULL,
    uploaded_by  VARCHAR(200)  NOT NULL,
    uploaded_at  ${ts}         NOT NULL,
    CONSTRAINT eform_file_version_no UNIQUE (file_id, version)
);
