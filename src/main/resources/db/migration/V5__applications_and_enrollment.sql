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

-- Sign-ins that stopped at "enrollment required" (SPEC §4), one row per enrollment token,
-- stored as an HMAC of the token. methods: the methods it may enroll (space-separated);
-- session_id: the browser's earlier session, ended when the sign-in completes.
CREATE TABLE enrollment_token (
    id          UUID PRIMARY KEY,
    token_hash  VARCHAR(64) NOT NULL,
    user_id     UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    methods     VARCHAR(100) NOT NULL,
    client_id   VARCHAR(128),
    session_id  UUID REFERENCES sso_session (id) ON DELETE SET NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    consumed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_enrollment_token UNIQUE (token_hash)
);
CREATE INDEX ix_enrollment_token_user ON enrollment_token (user_id);
