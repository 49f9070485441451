-- The policy level a sign-in's second step must meet. A method offered beside the factors that
-- meet it (a recovery code under the passkey level) passes the step but leads to the
-- enrollment of a factor that does. NULL for step-ups, proofs before an enrollment, and
-- challenges issued before this column existed (those complete as before).
ALTER TABLE mfa_challenge ADD COLUMN policy_level VARCHAR(16);
