-- OpenID Connect provider (SPEC §11). Every bearer value is stored as an HMAC-SHA256 under a key
-- derived from SECRET_KEY (Keyring.tokenHasher()), never in clear. Rows past their use are
-- deleted when new ones are written (pending requests and codes an hour after they expire, a
-- user's refresh tokens once expired).

-- An authorization request waiting for the user at /login (sign-in, second step or enrollment).
-- handle_hash: HMAC of the handle in the continuation URL. force_login: prompt=login or
-- max_age asked for a password newer than created_at. reverify_asked: the second step was asked
-- again because the session's verification was older than the interval in force.
CREATE TABLE oidc_pending_authorization (
    id                    UUID PRIMARY KEY,
    handle_hash           VARCHAR(64) NOT NULL,
    application_id        UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    redirect_uri          VARCHAR(1000) NOT NULL,
    scope                 VARCHAR(200) NOT NULL,
    state                 VARCHAR(512),
    nonce                 VARCHAR(512),
    code_challenge        VARCHAR(128),
    force_login           BOOLEAN NOT NULL,
    reverify_asked        BOOLEAN NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    consumed_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_oidc_pending_handle UNIQUE (handle_hash)
);
CREATE INDEX ix_oidc_pending_expires ON oidc_pending_authorization (expires_at);

-- Authorization codes: single-use, 60 seconds. What the tokens will say is fixed here, at the
-- moment the user was let through (auth_time, amr, acr of the SSO session then).
CREATE TABLE oidc_authorization_code (
    id             UUID PRIMARY KEY,
    code_hash      VARCHAR(64) NOT NULL,
    application_id UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    user_id        UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id     UUID NOT NULL REFERENCES sso_session (id) ON DELETE CASCADE,
    redirect_uri   VARCHAR(1000) NOT NULL,
    scope          VARCHAR(200) NOT NULL,
    nonce          VARCHAR(512),
    code_challenge VARCHAR(128),
    auth_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    amr            VARCHAR(200) NOT NULL,
    acr            VARCHAR(16) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    consumed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_oidc_code_hash UNIQUE (code_hash)
);
CREATE INDEX ix_oidc_code_user ON oidc_authorization_code (user_id);

-- Refresh tokens, rotated on every use. grant_id names the family: the authorization code the
-- first one was issued for; presenting a rotated token (used_at set) revokes the whole family.
CREATE TABLE oidc_refresh_token (
    id             UUID PRIMARY KEY,
    token_hash     VARCHAR(64) NOT NULL,
    grant_id       UUID NOT NULL,
    application_id UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    user_id        UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id     UUID NOT NULL REFERENCES sso_session (id) ON DELETE CASCADE,
    scope          VARCHAR(200) NOT NULL,
    auth_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    amr            VARCHAR(200) NOT NULL,
    acr            VARCHAR(16) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at        TIMESTAMP WITH TIME ZONE,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_oidc_refresh_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_oidc_refresh_token_grant ON oidc_refresh_token (grant_id);
CREATE INDEX ix_oidc_refresh_token_user ON oidc_refresh_token (user_id);
