-- SAML 2.0 identity provider (SPEC §12).

-- The SAML settings of an application of type saml (PUT /api/v1/applications/{id}/saml).
-- attribute_mappings: a JSON array of {name, value, format}.
CREATE TABLE saml_settings (
    application_id          UUID PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    entity_id               VARCHAR(1000) NOT NULL,
    acs_url                 VARCHAR(1000) NOT NULL,
    slo_url                 VARCHAR(1000),
    name_id_format          VARCHAR(32) NOT NULL,
    name_id_attribute       VARCHAR(32) NOT NULL,
    assertion_lifetime_secs INTEGER NOT NULL,
    sign_assertions         BOOLEAN NOT NULL,
    sign_response           BOOLEAN NOT NULL,
    sp_signing_cert         VARCHAR(8000),
    attribute_mappings      VARCHAR(16000) NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The IdP signing key pair and its self-signed certificate: generated once by the first node,
-- the private key (PKCS#8) sealed with AES-GCM under SECRET_KEY, shared by every node.
CREATE TABLE saml_signing_key (
    id                 UUID PRIMARY KEY,
    generation         INTEGER NOT NULL,
    certificate_pem    VARCHAR(8000) NOT NULL,
    private_key_sealed VARCHAR(8000) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_saml_signing_key_generation UNIQUE (generation)
);

-- Sign-ins in progress (an AuthnRequest, or an IdP-initiated launch) waiting for the login
-- page, and the AuthnRequest IDs already seen (replay guard: unique per application).
CREATE TABLE saml_request (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    request_id     VARCHAR(256),
    relay_state    VARCHAR(1024),
    force_authn    BOOLEAN NOT NULL,
    reverify_asked BOOLEAN NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_saml_request_request_id UNIQUE (application_id, request_id)
);
CREATE INDEX ix_saml_request_expiry ON saml_request (expires_at);
