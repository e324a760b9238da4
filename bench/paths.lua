-- wrk script: cycles through the paths in the file given after "--", and prints one RESULT line with
-- requests/s, p50, p95, p99 and max latency in milliseconds, and the count of non-2xx/3xx responses.
local paths = {}
local counter = 0

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  if #paths == 0 then error("no paths in " .. args[1]) end
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local ms = function(us) return string.format("%.2f", us / 1000) end
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.0f %s %s %s %s %d\n", summary.requests / (summary.duration / 1e6),
    ms(latency:percentile(50)), ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max), failed))
end
