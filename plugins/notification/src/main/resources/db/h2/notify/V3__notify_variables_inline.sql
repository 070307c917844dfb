-- H2 keeps a CLOB longer than a few hundred bytes outside the row, in its LOB store: every
-- recorded delivery (its template variables, about 1 KB) wrote and later read a LOB. Kept in the
-- row instead. PostgreSQL's TEXT and MariaDB's LONGTEXT need no change (no V3 there).
ALTER TABLE notify_delivery ALTER COLUMN variables SET DATA TYPE CHARACTER VARYING(1000000);
