-- Trusted devices (SPEC §8): browsers a user chose to trust after a verified second factor,
-- and the short-lived single-use tokens that let them do so. Only keyed hashes are stored.

CREATE TABLE trusted_device (
    id             UUID PRIMARY KEY,
    user_id        UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    cookie_hash    VARCHAR(64) NOT NULL,
    name           VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoked_reason VARCHAR(32),
    CONSTRAINT uq_trusted_device_cookie UNIQUE (cookie_hash)
);
CREATE INDEX ix_trusted_device_user ON trusted_device (user_id, created_at);

CREATE TABLE device_trust_token (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id    UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_device_trust_token_user ON device_trust_token (user_id);
CREATE INDEX ix_device_trust_token_expiry ON device_trust_token (expires_at);
