-- wrk script: POST /api/events with an API token (TOKEN environment variable), each request a new event with its
-- own key and source, for a person and a company of the generated data (PREFIX, default "bench").
local prefix = os.getenv("PREFIX") or "bench"
local token = os.getenv("TOKEN")
local run = os.getenv("RUN") or tostring(os.time())
local thread_id = 0
local n = 0
local statuses = {}

function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end

function request()
  n = n + 1
  local key = "w" .. run .. "-" .. tostring(tid or 0) .. "-" .. n .. "-" .. math.random(1000000000)
  local company = prefix .. "-c" .. math.random(0, 19)
  local person = prefix .. "-p" .. math.random(0, 999)
  local body = '{"key":"' .. key .. '","type":"HIRE","date":"2026-0' .. math.random(1, 9) .. '-1' .. math.random(0, 9)
    .. '","person":"' .. person .. '","company":"' .. company .. '",'
    .. '"role":{"title":"Engineer","category":"ENGINEERING","seniority":"IC"},'
    .. '"sources":[{"url":"https://bench.example.org/' .. key .. '","title":"Bench report","publisher":"Bench Wire","quote":"Joined."}]}'
  return wrk.format("POST", "/api/events", {["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token}, body)
end

local errors = 0
function response(status, headers, body)
  if status ~= 201 then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("status " .. status .. " " .. body .. "\n") end
  end
end
