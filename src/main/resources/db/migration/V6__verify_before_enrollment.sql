-- A sign-in whose policy needs a method the user lacks, by a user who already holds another
-- factor, proves that factor first (purpose ENROLLMENT): enroll_methods names the methods the
-- enrollment token issued after that second step will allow.
ALTER TABLE mfa_challenge ADD COLUMN enroll_methods VARCHAR(100);
