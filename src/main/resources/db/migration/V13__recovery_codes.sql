-- Recovery codes (docs/architecture.md, "How a factor plugs in"): a user's current set, one row
-- per code. Only a keyed hash of each code is kept (HMAC-SHA256 under a key derived from
-- SECRET_KEY, over the user's id and the code, so a hash copied to another user matches
-- nothing). A code is used by a conditional UPDATE of used_at, so it signs in at most once
-- however many requests race with it; used rows stay until the set is replaced or deleted, so
-- "0 remaining" can be told from "no set". created_at is the set's.
CREATE TABLE recovery_code (
    id          UUID PRIMARY KEY,
    user_id     UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash   VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_recovery_code UNIQUE (user_id, code_hash)
);
