-- Passkeys (SPEC §7): credentials, the opaque WebAuthn user handle of each user, and the
-- pending WebAuthn challenges. Binary values are base64url text (no BYTEA), so the same file
-- runs on H2 and PostgreSQL.

-- The WebAuthn user.id: 32 random bytes per user, never the user's own id (WebAuthn §14.6.1).
CREATE TABLE passkey_user_handle (
    user_id     UUID PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    handle      VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_passkey_user_handle UNIQUE (handle)
);

CREATE TABLE passkey (
    id               UUID PRIMARY KEY,
    user_id          UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- credential ids are at most 1023 bytes: 1364 base64url characters
    credential_id    VARCHAR(1400) NOT NULL,
    -- the COSE_Key as CBOR (an RSA-4096 key is about 540 bytes)
    public_key       VARCHAR(2000) NOT NULL,
    sign_count       BIGINT NOT NULL,
    aaguid           VARCHAR(36) NOT NULL,
    transports       VARCHAR(200) NOT NULL,
    attestation_fmt  VARCHAR(32) NOT NULL,
    backup_eligible  BOOLEAN NOT NULL,
    backed_up        BOOLEAN NOT NULL,
    user_verified    BOOLEAN NOT NULL,
    name             VARCHAR(100) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_passkey_credential UNIQUE (credential_id)
);
CREATE INDEX ix_passkey_user ON passkey (user_id, created_at);

-- A challenge waiting for its answer: a registration (found by the hash of the session token
-- handed to the browser) or a sign-in step (found by a hash derived from the mfa_token).
-- Single-use: the row is deleted by the first answer, right or wrong.
CREATE TABLE webauthn_challenge (
    id             UUID PRIMARY KEY,
    lookup_hash    VARCHAR(64) NOT NULL,
    purpose        VARCHAR(16) NOT NULL,
    user_id        UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    challenge      VARCHAR(64) NOT NULL,
    requested_name VARCHAR(100),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_webauthn_challenge_lookup UNIQUE (lookup_hash)
);
CREATE INDEX ix_webauthn_challenge_user ON webauthn_challenge (user_id, purpose);
CREATE INDEX ix_webauthn_challenge_expiry ON webauthn_challenge (expires_at);
