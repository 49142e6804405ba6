-- wrk script for scripts/bench-ricezione: a rating of a real page, from a
-- different client address each time (as nginx would report it), so the
-- rate limit is exercised, not hit.
local pages = { "/", "/novita", "/pnrr", "/servizi", "/amministrazione", "/vivere-la-provincia" }
math.randomseed(os.time())

request = function()
  local ip = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  local body = string.format('{"pagina":"%s","valutazione":%d,"dettagli":"misura di carico"}',
    pages[math.random(#pages)], math.random(1, 5))
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["X-Real-IP"] = ip }, body)
end
