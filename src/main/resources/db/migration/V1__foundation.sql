-- Foundation: users, SSO sessions, lockout counters, signing keys, settings overrides, audit.
-- One file for H2 and PostgreSQL: portable types only (no TEXT/BYTEA/JSONB).

CREATE TABLE users (
    id                  UUID PRIMARY KEY,
    email               VARCHAR(320) NOT NULL,
    username            VARCHAR(320) NOT NULL,
    first_name          VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    password_hash       VARCHAR(255) NOT NULL,
    is_admin            BOOLEAN NOT NULL,
    is_active           BOOLEAN NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL,
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT uq_users_username UNIQUE (username)
);

-- Failure counters and locks, keyed by an HMAC of what is being guessed at
-- (a login identifier, known or not, or a user's second step).
CREATE TABLE lockout (
    subject_hash VARCHAR(64) PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sso_session (
    id              UUID PRIMARY KEY,
    token_hash      VARCHAR(64) NOT NULL,
    user_id         UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    auth_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    amr             VARCHAR(200) NOT NULL,
    mfa_verified_at TIMESTAMP WITH TIME ZONE,
    ended_at        TIMESTAMP WITH TIME ZONE,
    ip              VARCHAR(64),
    user_agent      VARCHAR(512),
    CONSTRAINT uq_sso_session_token UNIQUE (token_hash)
);
CREATE INDEX ix_sso_session_user ON sso_session (user_id);

CREATE TABLE signing_key (
    kid                VARCHAR(64) PRIMARY KEY,
    purpose            VARCHAR(32) NOT NULL,
    generation         INTEGER NOT NULL,
    algorithm          VARCHAR(16) NOT NULL,
    public_jwk         VARCHAR(4000) NOT NULL,
    private_key_sealed VARCHAR(8000) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_signing_key_generation UNIQUE (purpose, generation)
);

CREATE TABLE setting (
    name          VARCHAR(64) PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID
);

CREATE TABLE audit_event (
    id          UUID PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    event_type  VARCHAR(64) NOT NULL,
    user_id     UUID,
    actor_id    UUID,
    ip          VARCHAR(64),
    user_agent  VARCHAR(512),
    details     VARCHAR(4000)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_user ON audit_event (user_id, occurred_at);
CREATE INDEX ix_audit_event_type ON audit_event (event_type, occurred_at);
