-- probe items may name an administrative unit, to test catalog references of plugins
ALTER TABLE probe_item ADD COLUMN unit_code VARCHAR(60);
