-- Who changed which catalog entry version, when, how (import or admin edit) and what changed:
-- the history an administrator sees next to an entry's versions.
CREATE TABLE kernel_catalog_change (
    catalog     VARCHAR(60)   NOT NULL,
    code        VARCHAR(60)   NOT NULL,
    valid_from  DATE          NOT NULL,
    changed_at  ${ts}         NOT NULL,
    actor       VARCHAR(200)  NOT NULL,
    source      VARCHAR(60)   NOT NULL,
    action      VARCHAR(20)   NOT NULL,
    detail      ${text}
);
CREATE INDEX kernel_catalog_change_entry ON kernel_catalog_change (catalog, code);

-- keeps the shared catalogs; global, as the catalogs are shared by every site
INSERT INTO kernel_role (role_name, label_vi, label_en, permissions, builtin) VALUES
  ('catalog-editor', 'Biên tập danh mục dùng chung', 'Catalog editor', 'catalog:write', TRUE);
