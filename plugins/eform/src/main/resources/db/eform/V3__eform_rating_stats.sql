-- When the applicant rated the service (the 3-level rating itself is eform_dossier.rating, there
-- since V1), and an index for the per-service statistics: a site's dossiers by reception time.
-- V3, not V2: V2 belongs to the parallel work on signed-in citizens and prefill connectors.
ALTER TABLE eform_dossier ADD rated_at ${ts};
CREATE INDEX eform_dossier_stats ON eform_dossier (site_key, received_at);
