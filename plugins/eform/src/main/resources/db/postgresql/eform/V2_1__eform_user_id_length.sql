-- Account ids are "u-" and a UUID (38 characters): V1 gave the owner columns 36, so a signed-in
-- applicant's draft or dossier could not be stored. (Written per vendor: MariaDB says it otherwise.)
ALTER TABLE eform_draft ALTER COLUMN user_id SET DATA TYPE VARCHAR(64);
ALTER TABLE eform_dossier ALTER COLUMN user_id SET DATA TYPE VARCHAR(64);
