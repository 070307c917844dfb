-- Shared catalogs (danh mục dùng chung): effective-dated entries. valid_to is exclusive;
-- an entry replaced by others (units merged or split) lists their codes in successors.
CREATE TABLE kernel_catalog_entry (
    catalog      VARCHAR(60)   NOT NULL,
    code         VARCHAR(60)   NOT NULL,
    valid_from   DATE          NOT NULL,
    valid_to     DATE,
    name_vi      VARCHAR(500)  NOT NULL,
    name_en      VARCHAR(500),
    name_folded  VARCHAR(500)  NOT NULL,
    parent_code  VARCHAR(60),
    successors   VARCHAR(1000),
    attributes   ${text},
    status       VARCHAR(20)   NOT NULL,
    PRIMARY KEY (catalog, code, valid_from)
);
CREATE INDEX kernel_catalog_entry_parent ON kernel_catalog_entry (catalog, parent_code);
