-- wrk script of bench/login.sh: password sign-ins (POST /api/v1/auth/login), cycling through the
-- benchmark's users, whose addresses are in the file named by BENCH_EMAILS (one per line).
local emails = {}
for line in io.lines(os.getenv("BENCH_EMAILS")) do
  emails[#emails + 1] = line
end
local password = os.getenv("BENCH_PASSWORD")
local next_user = math.random(#emails)

request = function()
  next_user = next_user % #emails + 1
  return wrk.format("POST", "/api/v1/auth/login", { ["Content-Type"] = "application/json" },
    '{"email":"' .. emails[next_user] .. '","password":"' .. password .. '"}')
end
