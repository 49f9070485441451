-- Second factors: the pending second steps of sign-ins and step-ups (mfa_tokens), and
-- authenticator apps (TOTP). Portable between H2 and PostgreSQL.

-- One row per mfa_token, stored as an HMAC of the token. session_id: for a sign-in, the
-- browser's earlier session (ended when the sign-in completes); for a step-up, the session
-- whose verification time it renews.
CREATE TABLE mfa_challenge (
    id          UUID PRIMARY KEY,
    token_hash  VARCHAR(64) NOT NULL,
    user_id     UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     VARCHAR(16) NOT NULL,
    methods     VARCHAR(100) NOT NULL,
    client_id   VARCHAR(128),
    session_id  UUID REFERENCES sso_session (id) ON DELETE SET NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    consumed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_mfa_challenge_token UNIQUE (token_hash)
);
CREATE INDEX ix_mfa_challenge_user ON mfa_challenge (user_id);

-- At most one authenticator app per user; pending while confirmed_at is null. The secret is
-- AES-GCM sealed under SECRET_KEY with associated data 'totp:<user_id>'. last_used_step is the
-- last accepted RFC 6238 time step: a code for that step or an earlier one is a replay.
CREATE TABLE totp_credential (
    user_id        UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret_sealed  VARCHAR(200) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE,
    last_used_step BIGINT
);
