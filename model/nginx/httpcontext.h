// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/complexvalue.h"
#include "nginx/config.h"
#include "nginx/httpmatches.h"
#include "nginx/locationtree.h"
#include "nginx/mapblock.h"
#include "nginx/netaddress.h"
#include "nginx/regex.h"
#include "nginx/servernames.h"
#include "nginx/splitclients.h"
#include "nginx/upstreamblock.h"

#include <QHash>
#include <QSet>

#include <map>
#include <memory>
#include <vector>

namespace gw::nginx {

struct Location;

/** An `if (…)` condition of the rewrite module. */
struct Condition
{
    enum class Kind { Variable, Equal, NotEqual, Match, NotMatch, FileTest };
    Kind kind = Kind::Variable;
    ComplexValue left;
    ComplexValue right;
    Regex regex;
    QByteArray fileTest; ///< "-f", "!-d", …
};

/** One compiled rewrite-module directive (return, rewrite, set, if, break), in script order. */
struct RewriteOp
{
    enum class Kind { Return, Rewrite, Set, If, Break };
    enum class Flag { None, Last, Break, Redirect, Permanent };

    Kind kind = Kind::Break;
    const Directive *directive = nullptr;
    // return
    int status = 0;
    bool hasText = false;
    ComplexValue text;
    // rewrite
    Regex regex;
    ComplexValue uri; ///< the replacement up to its first literal '?'
    ComplexValue args; ///< after it
    bool hasArgs = false;
    bool addArgs = true; ///< false when the replacement ends with '?'
    bool redirect = false;
    Flag flag = Flag::None;
    // set
    QByteArray variable;
    ComplexValue value;
    // if
    Condition condition;
    std::unique_ptr<Location> block; ///< the `if` body: its script and, in a location, its handler
};

using RewriteScript = std::vector<RewriteOp>;

/** The content handler of a location (or of an `if` block in one). */
struct Handler
{
    enum class Kind { None, Proxy, Grpc, Js, Other };
    Kind kind = Kind::None;
    const Directive *directive = nullptr;
    ComplexValue target; ///< the *_pass argument
    // for a target without variables, parsed at configuration time
    QByteArray scheme;
    QByteArray host; ///< host[:port] or upstream name
    QByteArray uriPart; ///< the URI after the host, if any ("/path")
    bool hasUriPart = false;
    QByteArray function; ///< js_content: "module.function"
};

/** Headers a location sends upstream (proxy_set_header / grpc_set_header), for the Host of local sockets. */
struct HeaderSetting
{
    QByteArray name;
    ComplexValue value;
};

/**
 * An `add_header` (ngx_http_headers_module): the header is added to the response when its value is not
 * empty, and without `always` only for the statuses ngx_http_headers_filter() lists.
 */
struct AddHeaderSetting
{
    QByteArray name;
    ComplexValue value;
    bool always = false;
    const Directive *directive = nullptr;
};

/**
 * `auth_basic` and `auth_basic_user_file` in effect at one level, merged as
 * ngx_http_auth_basic_merge_loc_conf() does: each is inherited on its own from the enclosing level when
 * a level does not set it (`if` blocks cannot set them and take their location's).
 */
struct AuthBasicSetting
{
    const Directive *realmDirective = nullptr; ///< the auth_basic in effect; nullptr: none
    ComplexValue realm;
    const Directive *fileDirective = nullptr; ///< the auth_basic_user_file in effect; nullptr: none
    ComplexValue userFile; ///< with the conf prefix applied to a value not starting with '$'
    bool configured() const { return realmDirective && fileDirective; }
};

/** `auth_jwt` and `auth_oidc` (NGINX Plus) in effect at one level (see AuthJwt). */
struct AuthJwtSetting
{
    const Directive *jwtDirective = nullptr; ///< the auth_jwt in effect; nullptr: none
    ComplexValue realm;
    const Directive *oidcDirective = nullptr; ///< the auth_oidc in effect; nullptr: none
    QByteArray oidcProvider;
};

/**
 * A `limit_req_zone KEY zone=NAME:SIZE rate=RATE` of the http context (ngx_http_limit_req_zone()):
 * the rate is kept as nginx keeps it, in milli-requests per second (`rate * 1000 / scale`, scale 1
 * for r/s, 60 for r/m, integer division).
 */
struct LimitReqZone
{
    QByteArray name;
    ComplexValue key;
    QByteArray keyText; ///< the key as written
    qint64 rate = 1000; ///< milli-requests per second
    qint64 size = 0; ///< bytes
    const Directive *directive = nullptr;
};

/** One `limit_req zone=NAME [burst=N] [delay=N|nodelay]` (ngx_http_limit_req()); values in milli-requests. */
struct LimitReqLimit
{
    int zone = -1; ///< index into HttpContext::limitReqZones
    qint64 burst = 0; ///< burst * 1000
    qint64 delay = 0; ///< delay * 1000; nodelay: NGX_MAX_INT_T_VALUE / 1000 * 1000
    const Directive *directive = nullptr;
};

/**
 * The limit_req module's settings in effect at one level, merged as ngx_http_limit_req_merge_conf()
 * does: the `limit_req` list is taken from the enclosing level only when a level has no `limit_req`
 * of its own (a location's list replaces the server's, it does not add to it); `limit_req_status`
 * (default 503), `limit_req_log_level` (default error) and `limit_req_dry_run` (default off) are
 * inherited one by one. `if` blocks cannot set them and take their location's.
 */
struct LimitReqSetting
{
    std::vector<LimitReqLimit> limits;
    int status = 503;
    QByteArray logLevel = "error";
    bool dryRun = false;
    const Directive *statusDirective = nullptr; ///< the limit_req_status in effect, if any
    const Directive *dryRunDirective = nullptr;
    const Directive *logLevelDirective = nullptr;
};

/** A compiled `location` (or the pseudo-location of an `if` block inside one). */
struct Location
{
    enum class Modifier { Prefix, Exact, NoRegex, Regex, RegexCaseless, Named, If };

    QByteArray name;
    Modifier modifier = Modifier::Prefix;
    Regex regex;
    bool internal = false;
    bool autoRedirect = false;
    int server = -1;
    const Directive *directive = nullptr;
    const Location *parent = nullptr;
    RewriteScript script;
    Handler handler;
    std::vector<HeaderSetting> headers; ///< effective proxy_set_header list (own, else inherited)
    std::vector<AddHeaderSetting> addHeaders; ///< effective add_header list (own, else inherited)
    /// effective `mirror` URIs (own, else inherited; `mirror off` clears)
    std::vector<QByteArray> mirrors;
    AuthBasicSetting auth; ///< effective auth_basic settings
    AuthJwtSetting jwt; ///< effective auth_jwt / auth_oidc settings
    LimitReqSetting limitReq; ///< effective limit_req settings
    // nested locations
    LocationTree tree;
    std::vector<const Location *> regexes;
    std::vector<std::unique_ptr<Location>> children;

    bool isRegex() const { return modifier == Modifier::Regex || modifier == Modifier::RegexCaseless; }
    QString modifierText() const;
};

/** A compiled `server` block of the http context. */
struct Server
{
    int index = -1;
    const Directive *directive = nullptr;
    std::vector<QByteArray> names; ///< server_name arguments as written
    QByteArray firstName; ///< $server_name
    RewriteScript script; ///< server-level rewrite directives
    LocationTree tree;
    std::vector<const Location *> regexes;
    std::map<QByteArray, const Location *> named;
    std::vector<std::unique_ptr<Location>> locations;
    std::vector<HeaderSetting> headers; ///< server-level proxy_set_header
    std::vector<AddHeaderSetting> addHeaders; ///< server-level add_header (own, else the http context's)
    std::vector<QByteArray> mirrors; ///< server-level mirror (own, else the http context's)
    AuthBasicSetting auth; ///< server-level auth_basic settings (merged with the http level)
    AuthJwtSetting jwt; ///< server-level auth_jwt / auth_oidc settings
    LimitReqSetting limitReq; ///< server-level limit_req settings (merged with the http level)
    bool rejectHandshake = false; ///< ssl_reject_handshake on
    bool verifyClient = false; ///< ssl_verify_client other than off
};

/** One listening address:port (or unix socket) and the servers on it. */
struct ListenSocket
{
    enum class Family { Inet, Inet6, Unix };
    Family family = Family::Inet;
    NetAddress address;
    QByteArray unixPath;
    int port = 0;
    bool ssl = false;
    bool defaultMarked = false;
    int defaultServer = -1;
    std::vector<int> servers;
    ServerNames names;
    const Directive *directive = nullptr; ///< the first listen directive for this address
    QByteArray text() const; ///< "0.0.0.0:80", "[::]:80", "unix:/path"
};

/**
 * The http context of a Config compiled for routing: servers with their location trees and rewrite
 * scripts, listening sockets with their server-name tables, maps, split_clients, upstreams, and the njs
 * objects NGF preloads. Built once; immutable and shareable between threads afterwards.
 */
class HttpContext
{
public:
    struct Options
    {
        int nginxVersion = 1029000;
    };

    static std::shared_ptr<const HttpContext> compile(const Config &config, const Options &options,
                                                      Diagnostics *diagnostics);

    std::shared_ptr<const Config> config;
    std::vector<std::unique_ptr<Server>> servers;
    std::vector<ListenSocket> sockets;
    std::vector<MapBlock> maps;
    std::vector<SplitClients> splits;
    QHash<QByteArray, int> mapIndex; ///< variable -> maps index
    QHash<QByteArray, int> splitIndex; ///< variable -> splits index
    QSet<QByteArray> setVariables; ///< declared by `set`
    QSet<QByteArray> captureNames; ///< named captures of every regex
    std::vector<UpstreamBlock> upstreams;
    QHash<QByteArray, int> upstreamIndex;
    std::vector<LimitReqZone> limitReqZones; ///< limit_req_zone, in file order
    QHash<QByteArray, int>
        limitReqZoneIndex; ///< zone name -> limitReqZones index ///< lowercased name -> upstreams index
    std::map<QByteArray, HttpMatches> jsObjects; ///< js_preload_object name -> object
    QHash<QByteArray, QByteArray> jsModules; ///< js_import name -> file
    int nginxVersion = 1029000;

    const ListenSocket *unixSocket(const QByteArray &path) const;
    const UpstreamBlock *upstream(const QByteArray &name) const;
    /** True when nginx knows a variable of this (lowercased) name. */
    bool knowsVariable(const QByteArray &name) const;
};

} // namespace gw::nginx
