-- Housekeeping (dev.tollgate.ops.Housekeeping) deletes rows by when they stopped working; these
-- indexes let each pass find them without reading whole tables. The other expiring tables
-- (webauthn_challenge, device_trust_token, oidc_pending_authorization, saml_request) have had
-- theirs since they were created.
CREATE INDEX ix_sso_session_expiry ON sso_session (expires_at);
CREATE INDEX ix_sso_session_ended ON sso_session (ended_at);
CREATE INDEX ix_lockout_updated ON lockout (updated_at);
CREATE INDEX ix_mfa_challenge_expiry ON mfa_challenge (expires_at);
CREATE INDEX ix_enrollment_token_expiry ON enrollment_token (expires_at);
CREATE INDEX ix_oidc_code_expiry ON oidc_authorization_code (expires_at);
CREATE INDEX ix_oidc_refresh_token_expiry ON oidc_refresh_token (expires_at);
