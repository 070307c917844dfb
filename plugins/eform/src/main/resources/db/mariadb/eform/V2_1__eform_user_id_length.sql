-- Account ids are "u-" and a UUID (38 characters): V1 gave the owner columns 36, so a signed-in
-- applicant's draft or dossier could not be stored.
ALTER TABLE eform_draft MODIFY COLUMN user_id VARCHAR(64) NULL;
ALTER TABLE eform_dossier MODIFY COLUMN user_id VARCHAR(64) NULL;
