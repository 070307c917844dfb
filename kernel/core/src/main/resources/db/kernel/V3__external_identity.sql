-- A person at an external identity provider (OpenID Connect issuer + subject) is linked
-- to at most one portal account, even when two first sign-ins race.
CREATE UNIQUE INDEX kernel_user_external ON kernel_user (external_issuer, external_subject);
