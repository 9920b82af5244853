#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Test-data generation (not part of the build or the tests): runs ingress-nginx's own Lua balancers
# and lua-resty-balancer's chash.c under Debian's LuaJIT and writes the vectors that
# tst_ingressnginxbalancers compares the simulator with (tests/sim/data/ingressnginx-vectors.txt).
#
#   tests/sim/ingressnginx/generate-vectors.sh INGRESS_NGINX_SRC LUA_RESTY_BALANCER_SRC > tests/sim/data/ingressnginx-vectors.txt
#
# INGRESS_NGINX_SRC: a checkout of kubernetes/ingress-nginx v1.15.1 (rootfs/etc/nginx/lua is used);
# LUA_RESTY_BALANCER_SRC: openresty/lua-resty-balancer v0.05 (lib/ and chash.c). Needs `luajit`
# (Debian package luajit), gcc, libz.so.1 and libcrypto.so.3 (zlib's CRC-32 stands in for
# ngx.crc32_short, OpenSSL's MD5 for ngx.md5). See docs/migration.md, "How the balancers are checked".
set -eu
IN=$(cd "$1" && pwd)
RB=$(cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
gcc -O2 -fPIC -shared -o "$TMP/librestychash.so" "$RB/chash.c" -lm
cd "$TMP"
LUA_PATH="$HERE/?.lua;$RB/lib/?.lua;$IN/rootfs/etc/nginx/lua/?.lua;;" \
LUA_CPATH="$TMP/?.so;;" \
    luajit "$HERE/vectors.lua"
