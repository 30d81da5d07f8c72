-- wrk script: requests the paths listed in the file named by the URLS environment variable (one a line), each
-- thread in its own random order, so consecutive requests differ (H2 answers a repeated identical query from its
-- result cache: a benchmark repeating one URL measures that cache, not the query).
-- Usage: URLS=timeline.txt wrk -s bench/scale/urls.lua ... http://localhost:8080
local paths = {}
local counter = 0

function init(args)
  for line in io.lines(os.getenv("URLS")) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  local step = math.random(#paths)
  return wrk.format("GET", paths[(counter * 7 + step) % #paths + 1])
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("status " .. status .. "\n") end
  end
end
