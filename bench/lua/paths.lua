-- Cycles through the paths listed one a line in the file named by BENCH_PATHS, each thread from its own
-- offset, and counts answers the output cache served (they carry an Age header) and those it did not.
-- BENCH_HEADERS ("Name: value|Name: value") adds request headers, e.g. Accept-Encoding.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local extra = {}
for pair in string.gmatch(os.getenv("BENCH_HEADERS") or "", "[^|]+") do
  local name, value = pair:match("^%s*([^:]+):%s*(.*)$")
  if name then extra[name] = value end
end

local threads = {}
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  threads[#threads + 1] = thread
end

function init(args)
  index = (id * 7919) % #paths
  hits, misses = 0, 0
  for name, value in pairs(extra) do wrk.headers[name] = value end
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function response(status, headers, body)
  if headers["Age"] or headers["age"] then hits = hits + 1 else misses = misses + 1 end
end

function report_extra()
  local h, m = 0, 0
  for _, thread in ipairs(threads) do
    h = h + thread:get("hits")
    m = m + thread:get("misses")
  end
  io.write(string.format("CACHE hits=%d misses=%d hit_ratio=%.4f\n", h, m, (h + m) > 0 and h / (h + m) or 0))
end
