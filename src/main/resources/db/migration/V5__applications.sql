-- Applications (SPEC §10) and their MFA policy (SPEC §5).
-- client_secret_hash: HMAC-SHA256 of the secret (OIDC clients only); the secret is shown once.
-- redirect_uris: one URI per line. mfa_policy: 'inherit' or a level.
CREATE TABLE application (
    id                    UUID PRIMARY KEY,
    name                  VARCHAR(200) NOT NULL,
    app_type              VARCHAR(16) NOT NULL,
    client_id             VARCHAR(64) NOT NULL,
    client_secret_hash    VARCHAR(64),
    redirect_uris         VARCHAR(20100) NOT NULL,
    mfa_policy            VARCHAR(16) NOT NULL,
    mfa_selector_script   VARCHAR(16384),
    mfa_script_fail_open  BOOLEAN NOT NULL,
    mfa_script_timeout_ms INTEGER NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT NOT NULL,
    CONSTRAINT uq_application_client_id UNIQUE (client_id)
);
