-- Enrollment tokens live only as long as the facts they were issued on: every change of a
-- user's factors moves factor_generation on, and a token issued at an older generation is refused.
ALTER TABLE users ADD COLUMN factor_generation INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE enrollment_token ADD COLUMN factor_generation INTEGER DEFAULT 0 NOT NULL;

-- A trusted device certifies the second-factor method verified in the sign-in it was trusted
-- after, and stands in only for the levels that method meets. NULL: trusted before this was
-- recorded (such a device stands in only for levels any method meets).
ALTER TABLE device_trust_token ADD COLUMN verified_method VARCHAR(16);
ALTER TABLE trusted_device ADD COLUMN verified_method VARCHAR(16);
