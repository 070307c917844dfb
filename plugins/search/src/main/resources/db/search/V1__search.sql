-- Every table of the plugin starts with its id: search_
-- A site's own synonym rules (one rule a line, see Synonyms); no row = the built-in defaults.
CREATE TABLE search_synonyms (
    site_key    VARCHAR(40)   NOT NULL PRIMARY KEY,
    rules       ${text}       NOT NULL,
    updated_by  VARCHAR(200)  NOT NULL,
    updated_at  ${ts}         NOT NULL
);
