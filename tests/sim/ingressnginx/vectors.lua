-- SPDX-License-Identifier: GPL-3.0-or-later
-- Runs ingress-nginx v1.15.1's Lua balancers (balancer/*.lua, util*.lua) and lua-resty-balancer
-- v0.05 (resty/chash.lua with chash.c compiled by generate-vectors.sh, resty/roundrobin.lua) under
-- LuaJIT and prints test vectors, one per line, tab-separated. Only nginx's own services are stubbed:
-- ngx.crc32_short (zlib's CRC-32), ngx.md5 (OpenSSL's MD5), ngx.now/time/worker.pid (fixed values),
-- ngx.var/ngx.ctx/ngx.shared (plain tables), ngx.re.gmatch (the one pattern util.lua uses, by Lua
-- patterns), ngx.balancer, resty.lock and resty.cookie (which records what sticky.lua sets).
local ffi = require("ffi")
ffi.cdef [[
unsigned long crc32(unsigned long crc, const unsigned char *buf, unsigned int len);
unsigned char *MD5(const unsigned char *d, size_t n, unsigned char *md);
]]
local zlib = ffi.load("libz.so.1")
local crypto = ffi.load("libcrypto.so.3")

local NOW = 1767225600.123 -- 2026-01-01T00:00:00.123Z, the simulator's default start
local PID = 4242

local function dict()
  local d = { data = {} }
  function d:get(k) return self.data[k] end
  function d:set(k, v) self.data[k] = v; return true, nil, false end
  function d:delete(k) self.data[k] = nil end
  return d
end

-- util.lua's parse_complex_value pattern: \$var | ${var} | $var | ($|text)
local function gmatch(subject, _regex, _opts)
  local pos = 1
  return function()
    if pos > #subject then return nil end
    local s = subject
    local m = s:match("^\\%$[%w_]+", pos)
    if m then pos = pos + #m; return { [0] = m, m, false, false, false } end
    m = s:match("^%${[%w_]+}", pos)
    if m then pos = pos + #m; return { [0] = m, false, m:sub(3, -2), false, false } end
    m = s:match("^%$[%w_]+", pos)
    if m then pos = pos + #m; return { [0] = m, false, false, m:sub(2), false } end
    m = s:match("^%$", pos) or s:match("^[^$\\]+", pos)
    if m then pos = pos + #m; return { [0] = m, false, false, false, m } end
    pos = pos + 1
    return { [0] = "", false, false, false, "" }
  end
end

ngx = {
  INFO = 1, WARN = 2, ERR = 3,
  log = function() end,
  crc32_short = function(s) return tonumber(zlib.crc32(0, s, #s)) end,
  md5 = function(s)
    local out = ffi.new("unsigned char[16]")
    crypto.MD5(s, #s, out)
    local hex = {}
    for i = 0, 15 do hex[#hex + 1] = string.format("%02x", out[i]) end
    return table.concat(hex)
  end,
  now = function() return NOW end,
  time = function() return math.floor(NOW) end,
  cookie_time = function(t) return os.date("!%a, %d-%b-%y %H:%M:%S GMT", t) end,
  worker = { pid = function() return PID end },
  var = {},
  ctx = {},
  shared = { balancer_ewma = dict(), balancer_ewma_last_touched_at = dict(), balancer_ewma_locks = dict() },
  re = {
    gmatch = gmatch,
    sub = function(s, _re, repl) local r = s:gsub("^[^%.]+%.", repl, 1); return r end,
    match = function() return nil end,
  },
}

local LAST_FAILURE = nil
package.preload["ngx.balancer"] = function()
  return {
    get_last_failure = function() return LAST_FAILURE end,
    set_more_tries = function() end,
    set_current_peer = function() return true end,
  }
end
package.preload["resty.lock"] = function()
  return { new = function() return { lock = function() return 0 end, unlock = function() return true end } end }
end
local COOKIE = nil -- the request's cookie value for the affinity cookie
local SET = nil -- what sticky.lua set
package.preload["resty.cookie"] = function()
  return {
    new = function()
      return {
        get = function(_, _name) return COOKIE end,
        set = function(_, t) SET = t; return true end,
      }
    end,
  }
end

local function out(...)
  local t = { ... }
  for i = 1, #t do t[i] = tostring(t[i]) end
  print(table.concat(t, "\t"))
end

local function order(tbl)
  local ks = {}
  for k in pairs(tbl) do ks[#ks + 1] = k end
  return table.concat(ks, ",")
end

local function endpoints(n, port)
  local e = {}
  for i = 1, n do e[i] = { address = "10.0.0." .. i, port = tostring(port or 8080) } end
  return e
end

-- 1. LuaJIT's math.random
for _, seed in ipairs({ 0, 1, 42, 4242, 3735928559, 4294967295 }) do
  math.randomseed(seed)
  local v = {}
  for _ = 1, 8 do v[#v + 1] = string.format("%.17g", math.random()) end
  v[#v + 1] = math.random(999999)
  v[#v + 1] = math.random(3)
  v[#v + 1] = math.random(2, 5)
  out("random", seed, table.concat(v, " "))
end
out("tostring", tostring(NOW + 1), tostring(NOW + 20), tostring(1767225601), tostring(183756))

-- 2. resty.chash: ring and lookups
local resty_chash = require("resty.chash")
local keys = { "user42", "alice", "10.0.1.7", "/checkout", "" }
for i = 1, 200 do keys[#keys + 1] = "k" .. i end
local function ring(n, extra)
  local nodes = {}
  for i = 1, n do nodes["10.0.0." .. i .. ":8080"] = 1 end
  if extra then nodes[extra] = 1 end
  local c = resty_chash:new(nodes)
  local pts = {}
  for i = 0, c.npoints - 1 do pts[#pts + 1] = tostring(c.points[i].hash) .. ":" .. c.ids[c.points[i].id] end
  out("chash-ring", n .. (extra and "+" or ""), c.npoints, table.concat(pts, " "))
  for _, k in ipairs(keys) do
    local id = c:find(k)
    out("chash-find", n .. (extra and "+" or ""), k, id)
  end
end
ring(3)
ring(4)
ring(2, "10.0.0.3:8080")

-- 3. round_robin (balancer/round_robin.lua over resty.roundrobin)
local round_robin = require("balancer.round_robin")
local util = require("util")
for _, seed in ipairs({ 1, 42, 4242 }) do
  math.randomseed(seed)
  local backend = { name = "default-shop-8080", endpoints = endpoints(3) }
  local b = round_robin:new(backend)
  local picks = {}
  for _ = 1, 7 do picks[#picks + 1] = b:balance() end
  -- get_random_node_id walks util.get_nodes' table, find() the copy: both orders are printed
  out("rr", seed, order(util.get_nodes(backend.endpoints)), order(b.instance.nodes), table.concat(picks, ","))
  backend = { name = "default-shop-8080", endpoints = endpoints(4) }
  b:sync(backend)
  picks = {}
  for _ = 1, 9 do picks[#picks + 1] = b:balance() end
  out("rr-sync", seed, order(util.get_nodes(backend.endpoints)), order(b.instance.nodes), table.concat(picks, ","))
end

-- 4. ewma: picks with fixed response times per endpoint, 100 ms apart
local ewma = require("balancer.ewma")
local rtt = { ["10.0.0.1:8080"] = 0.050, ["10.0.0.2:8080"] = 0.200, ["10.0.0.3:8080"] = 0.100, ["10.0.0.4:8080"] = 0.010 }
for _, seed in ipairs({ 7, 42 }) do
  math.randomseed(seed)
  ngx.shared.balancer_ewma = dict()
  ngx.shared.balancer_ewma_last_touched_at = dict()
  local start = NOW
  local b = ewma:new({ name = "default-shop-8080", endpoints = endpoints(3) })
  local picks = {}
  for i = 1, 12 do
    NOW = start + i * 0.1
    ngx.ctx = {}
    ngx.var = {}
    local p = b:balance()
    picks[#picks + 1] = p
    ngx.var.upstream_addr = p
    ngx.var.upstream_connect_time = "0"
    ngx.var.upstream_response_time = tostring(rtt[p])
    b:after_balance()
    if i == 8 then b:sync({ name = "default-shop-8080", endpoints = endpoints(4) }) end
  end
  local scores = {}
  for i = 1, 4 do
    local k = "10.0.0." .. i .. ":8080"
    scores[#scores + 1] = k .. "=" .. string.format("%.17g", ngx.shared.balancer_ewma:get(k) or -1) .. "@" ..
      string.format("%.17g", ngx.shared.balancer_ewma_last_touched_at:get(k) or -1)
  end
  out("ewma", seed, table.concat(picks, ","), table.concat(scores, " "))
  NOW = start
end

-- 5. chash (balancer/chash.lua): upstream-hash-by evaluated per request
local chash = require("balancer.chash")
do
  local b = chash:new({ name = "default-shop-8080", endpoints = endpoints(3),
    upstreamHashByConfig = { ["upstream-hash-by"] = "$request_uri-${http_x_user}x" } })
  for _, uri in ipairs({ "/a", "/b?x=1", "/checkout" }) do
    for _, user in ipairs({ "u1", false }) do
      ngx.var = { request_uri = uri, http_x_user = user or nil }
      out("chash-var", uri, tostring(user), b:balance())
    end
  end
end

-- 6. chashsubset
local chashsubset = require("balancer.chashsubset")
for _, seed in ipairs({ 3, 42 }) do
  math.randomseed(seed)
  local b = chashsubset:new({ name = "default-shop-8080", endpoints = endpoints(7),
    upstreamHashByConfig = { ["upstream-hash-by"] = "$request_uri", ["upstream-hash-by-subset-size"] = 3 } })
  local subsets = {}
  for i = 1, 3 do
    local s = {}
    for _, e in ipairs(b.subsets["set" .. i]) do s[#s + 1] = e.address .. ":" .. e.port end
    subsets[#subsets + 1] = "set" .. i .. "=" .. table.concat(s, ",")
  end
  local picks = {}
  for _, uri in ipairs({ "/a", "/b", "/a", "/c", "/a", "/d", "/b" }) do
    ngx.var = { request_uri = uri }
    picks[#picks + 1] = uri .. "=" .. b:balance()
  end
  out("chashsubset", seed, table.concat(subsets, " "), table.concat(picks, " "))
end

-- 7. sticky_balanced and sticky_persistent
local function sticky_backend(n)
  return {
    name = "default-shop-8080",
    endpoints = endpoints(n),
    sessionAffinityConfig = {
      name = "cookie",
      cookieSessionAffinity = {
        name = "SHOPID", expires = "172800", maxage = "3600", samesite = "Lax",
        locations = { ["shop.example.com"] = { "/" } },
      },
    },
  }
end
local function map_order(b)
  if not b.instance.map then return "-" end
  local ks = {}
  for _, node in pairs(b.instance.map) do ks[#ks + 1] = node end
  return table.concat(ks, ",")
end
local function cookie_fields(c)
  if not c then return "-" end
  return table.concat({ tostring(c.key), tostring(c.value), tostring(c.path), tostring(c.expires),
    tostring(c.max_age), tostring(c.domain), tostring(c.secure), tostring(c.httponly), tostring(c.samesite) }, "|")
end
local function sticky_case(module, mode, seed)
  package.loaded["balancer.sticky"] = nil
  package.loaded[module] = nil
  local m = require(module)
  math.randomseed(seed)
  ngx.var = { host = "shop.example.com", location_path = "/", https = "on", server_name = "shop.example.com" }
  local b = m:new(sticky_backend(3))
  for round = 1, 3 do
    -- a new client
    COOKIE = nil
    SET = nil
    LAST_FAILURE = nil
    local p = b:balance()
    local c = SET
    out(mode, seed, round, "new", "-", map_order(b), p, cookie_fields(c))
    -- the client comes back with the cookie
    COOKIE = c and c.value
    SET = nil
    out(mode, seed, round, "again", tostring(COOKIE), map_order(b), b:balance(), cookie_fields(SET))
    -- after a scale-up to 4 endpoints
    b:sync(sticky_backend(4))
    SET = nil
    out(mode, seed, round, "scaled", tostring(COOKIE), map_order(b), b:balance(), cookie_fields(SET))
    -- a retry after a failure on that endpoint with change-on-failure off: the same endpoint
    LAST_FAILURE = "failed"
    ngx.var.upstream_addr = b:balance()
    SET = nil
    out(mode, seed, round, "retry", tostring(COOKIE), map_order(b), b:balance(), cookie_fields(SET))
    LAST_FAILURE = nil
    ngx.var.upstream_addr = nil
    b:sync(sticky_backend(3))
  end
end
for _, seed in ipairs({ 5, 42 }) do
  sticky_case("balancer.sticky_balanced", "sticky-balanced", seed)
  sticky_case("balancer.sticky_persistent", "sticky-persistent", seed)
end
out("backend-key", "default-shop-8080", ngx.md5(ngx.md5("default-shop-8080") .. "default-shop-8080"))
out("node-key", "default-shop-8080", "10.0.0.1:8080", ngx.md5("default-shop-8080" .. "10.0.0.1:8080"))
