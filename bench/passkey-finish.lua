-- wrk script of bench/passkey-second-step.sh: each request posts the next prepared passkey
-- finish (mfa_token and signed assertion, one JSON document per line of the file named by
-- BENCH_BODIES). Every body is good once; a run that outlasts them gets 4xx answers, which the
-- driver reports as a failed run.
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODIES")) do
  bodies[#bodies + 1] = line
end
local sent = 0

request = function()
  sent = sent + 1
  return wrk.format("POST", "/api/v1/auth/mfa/passkey/finish",
    { ["Content-Type"] = "application/json" }, bodies[sent] or "{}")
end
