// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/scriptcompiler.h"

#include "nginx/authbasic.h"
#include "nginx/authjwt.h"
#include "nginx/limitreq.h"
#include "nginx/locationtree.h"

#include <QCoreApplication>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::ScriptCompiler)
};

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

bool isPassHandler(const QByteArray &name)
{
    return name == "fastcgi_pass" || name == "uwsgi_pass" || name == "scgi_pass" || name == "memcached_pass";
}

bool isOtherHandler(const QByteArray &name)
{
    return isPassHandler(name) || name == "stub_status" || name == "empty_gif" || name == "api" ||
        name == "perl" || name == "flv" || name == "mp4" || name == "f4f" || name == "hls";
}

bool isRewriteDirective(const QByteArray &name)
{
    return name == "return" || name == "rewrite" || name == "set" || name == "break" || name == "if";
}

bool isUrl(const QByteArray &v)
{
    return (v.size() > 7 && v.startsWith("http://")) || (v.size() > 8 && v.startsWith("https://")) ||
        v.startsWith("$scheme");
}

// ngx_atoi(): digits only.
int parseCode(const QByteArray &v)
{
    if (v.isEmpty() || v.size() > 9)
        return -1;
    int n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

} // namespace

ScriptCompiler::ScriptCompiler(CompileLog &log, const Config &config,
                               const std::vector<HeaderSetting> &httpHeaders,
                               const AuthBasicSetting &httpAuth, const HttpContext *context,
                               const LimitReqSetting *httpLimitReq)
    : m_log(log)
    , m_config(config)
    , m_httpHeaders(httpHeaders)
    , m_httpAuth(httpAuth)
    , m_context(context)
    , m_httpLimitReq(httpLimitReq ? *httpLimitReq : LimitReqSetting())
{ }

std::vector<HeaderSetting> ScriptCompiler::ownHeaders(const std::vector<Directive> &children)
{
    std::vector<HeaderSetting> out;
    for (const Directive &c : children) {
        if ((c.name == "proxy_set_header" || c.name == "grpc_set_header") && c.argCount() == 2) {
            HeaderSetting h;
            h.name = c.args[0];
            m_log.compileValue(c, 1, &h.value);
            out.push_back(h);
        }
    }
    return out;
}

std::optional<std::vector<AddHeaderSetting>>
ScriptCompiler::ownAddHeaders(const std::vector<Directive> &children)
{
    // ngx_http_headers_merge_conf(): a level without add_header takes its parent's list.
    std::optional<std::vector<AddHeaderSetting>> out;
    for (const Directive &c : children) {
        if (c.name != "add_header" || c.argCount() < 2 || c.argCount() > 3)
            continue;
        AddHeaderSetting h;
        h.name = c.args[0];
        h.directive = &c;
        m_log.compileValue(c, 1, &h.value);
        h.always = c.argCount() == 3 && c.args[2] == "always";
        if (!out)
            out.emplace();
        out->push_back(std::move(h));
    }
    return out;
}

std::optional<std::vector<QByteArray>> ScriptCompiler::ownMirrors(const std::vector<Directive> &children)
{
    // ngx_http_mirror_merge_loc_conf(): inherited unless the level has `mirror` (`mirror off`: none).
    std::optional<std::vector<QByteArray>> out;
    for (const Directive &c : children) {
        if (c.name != "mirror" || c.argCount() != 1)
            continue;
        if (!out)
            out.emplace();
        if (c.args[0] == "off")
            out->clear();
        else
            out->push_back(c.args[0]);
    }
    return out;
}

std::unique_ptr<Server> ScriptCompiler::compileServer(const Directive &d, int index)
{
    auto server = std::make_unique<Server>();
    Server &s = *server;
    s.index = index;
    s.directive = &d;
    for (const Directive &c : d.children) {
        if (c.name == "server_name") {
            for (const QByteArray &a : c.args)
                s.names.push_back(a);
            if (s.firstName.isEmpty() && !c.args.empty())
                s.firstName = c.args[0];
        } else if (c.name == "ssl_reject_handshake" && c.argCount() == 1) {
            s.rejectHandshake = c.args[0] == "on";
        } else if (c.name == "ssl_verify_client" && c.argCount() == 1) {
            s.verifyClient = c.args[0] != "off";
        }
    }
    s.headers = ownHeaders(d.children);
    if (s.headers.empty())
        s.headers = m_httpHeaders;
    const Directive *http = m_config.http();
    if (auto own = ownAddHeaders(d.children))
        s.addHeaders = std::move(*own);
    else if (http)
        s.addHeaders = ownAddHeaders(http->children).value_or(std::vector<AddHeaderSetting>());
    if (auto own = ownMirrors(d.children))
        s.mirrors = std::move(*own);
    else if (http)
        s.mirrors = ownMirrors(http->children).value_or(std::vector<QByteArray>());
    s.auth = AuthBasic::compile(m_log, m_config, d.children, m_httpAuth);
    s.jwt = AuthJwt::compile(m_log, d.children, {});
    if (m_context)
        s.limitReq = LimitReq::compile(m_log, *m_context, d.children, m_httpLimitReq);
    compileBody(d.children, s, nullptr, s.script);
    for (const auto &loc : s.locations) {
        if (loc->modifier != Location::Modifier::Named)
            continue;
        if (s.named.count(loc->name))
            m_log.error(*loc->directive, Tr::tr("duplicate location \"%1\"").arg(text(loc->name)));
        else
            s.named[loc->name] = loc.get();
    }
    buildTree(s.locations, &s.tree, &s.regexes);
    return server;
}

void ScriptCompiler::compileBody(const std::vector<Directive> &children, Server &server, Location *location,
                                 RewriteScript &script)
{
    for (const Directive &c : children) {
        if (c.name == "location" && c.block) {
            if (location && location->modifier == Location::Modifier::If)
                continue; // rejected by the parser
            auto child = compileLocation(c, server, location);
            if (child)
                (location ? location->children : server.locations).push_back(std::move(child));
        } else if (isRewriteDirective(c.name)) {
            compileRewriteOp(c, server, location, script);
        } else if (c.name == "limit_except" && c.block) {
            for (const Directive &inner : c.children) {
                if (inner.name == "auth_basic" || inner.name == "auth_basic_user_file" ||
                    inner.name == "auth_jwt")
                    m_log.warning(inner,
                                  Tr::tr("\"%1\" inside \"limit_except\" is not simulated: requests are "
                                         "routed as if it were not there")
                                      .arg(inner.nameText()));
            }
        } else if (c.name == "internal") {
            if (location)
                location->internal = true;
        } else if (c.name == "proxy_pass" || c.name == "grpc_pass" || c.name == "js_content" ||
                   isOtherHandler(c.name)) {
            if (location)
                compileHandler(c, location);
        }
    }
}

std::unique_ptr<Location> ScriptCompiler::compileLocation(const Directive &d, Server &server,
                                                          const Location *parent)
{
    auto loc = std::make_unique<Location>();
    loc->directive = &d;
    loc->parent = parent;
    loc->server = server.index;
    using M = Location::Modifier;
    if (d.argCount() == 2) {
        const QByteArray &mod = d.args[0];
        loc->name = d.args[1];
        if (mod == "=")
            loc->modifier = M::Exact;
        else if (mod == "^~")
            loc->modifier = M::NoRegex;
        else if (mod == "~")
            loc->modifier = M::Regex;
        else if (mod == "~*")
            loc->modifier = M::RegexCaseless;
        else {
            m_log.error(d, Tr::tr("invalid location modifier \"%1\"").arg(text(mod)), 0);
            return nullptr;
        }
    } else {
        const QByteArray &name = d.args[0];
        if (name.startsWith('=')) {
            loc->modifier = M::Exact;
            loc->name = name.mid(1);
        } else if (name.startsWith("~*")) {
            loc->modifier = M::RegexCaseless;
            loc->name = name.mid(2);
        } else if (name.startsWith('~')) {
            loc->modifier = M::Regex;
            loc->name = name.mid(1);
        } else {
            loc->name = name;
            if (name.startsWith('@'))
                loc->modifier = M::Named;
        }
    }
    const int nameArg = d.argCount() - 1;
    if (loc->isRegex() &&
        !m_log.compileRegex(d, nameArg, loc->name, loc->modifier == M::RegexCaseless, &loc->regex))
        return nullptr;
    if (parent) {
        if (parent->modifier == M::Exact) {
            m_log.error(d,
                        Tr::tr("location \"%1\" cannot be inside the exact location \"%2\"")
                            .arg(text(loc->name), text(parent->name)));
            return nullptr;
        }
        if (parent->modifier == M::Named) {
            m_log.error(d,
                        Tr::tr("location \"%1\" cannot be inside the named location \"%2\"")
                            .arg(text(loc->name), text(parent->name)));
            return nullptr;
        }
        if (loc->modifier == M::Named) {
            m_log.error(d,
                        Tr::tr("named location \"%1\" can be on the server level only").arg(text(loc->name)));
            return nullptr;
        }
        const qsizetype len = parent->name.size();
        if (!loc->isRegex() &&
            (loc->name.size() < len ||
             LocationTree::filenameCompare(loc->name.constData(), parent->name.constData(), len) != 0)) {
            m_log.error(d,
                        Tr::tr("location \"%1\" is outside location \"%2\"")
                            .arg(text(loc->name), text(parent->name)));
            return nullptr;
        }
    }
    loc->headers = ownHeaders(d.children);
    if (loc->headers.empty())
        loc->headers = parent ? parent->headers : server.headers;
    if (auto own = ownAddHeaders(d.children))
        loc->addHeaders = std::move(*own);
    else
        loc->addHeaders = parent ? parent->addHeaders : server.addHeaders;
    if (auto own = ownMirrors(d.children))
        loc->mirrors = std::move(*own);
    else
        loc->mirrors = parent ? parent->mirrors : server.mirrors;
    loc->auth = AuthBasic::compile(m_log, m_config, d.children, parent ? parent->auth : server.auth);
    loc->jwt = AuthJwt::compile(m_log, d.children, parent ? parent->jwt : server.jwt);
    if (m_context)
        loc->limitReq =
            LimitReq::compile(m_log, *m_context, d.children, parent ? parent->limitReq : server.limitReq);
    compileBody(d.children, server, loc.get(), loc->script);

    const Handler &h = loc->handler;
    const bool passes = h.kind == Handler::Kind::Proxy || h.kind == Handler::Kind::Grpc ||
        (h.kind == Handler::Kind::Other && isPassHandler(h.function));
    loc->autoRedirect = passes && !loc->name.isEmpty() && loc->name.endsWith('/');
    if (h.kind == Handler::Kind::Proxy || h.kind == Handler::Kind::Grpc)
        inheritHandler(loc->script, h);
    buildTree(loc->children, &loc->tree, &loc->regexes);
    return loc;
}

void ScriptCompiler::inheritHandler(RewriteScript &script, const Handler &handler)
{
    // An `if` block is a location without a name: proxy_pass and grpc_pass are inherited into it.
    for (RewriteOp &op : script) {
        if (op.kind != RewriteOp::Kind::If || !op.block)
            continue;
        if (op.block->handler.kind == Handler::Kind::None)
            op.block->handler = handler;
        inheritHandler(op.block->script, op.block->handler);
    }
}

void ScriptCompiler::compileRewriteOp(const Directive &d, Server &server, Location *location,
                                      RewriteScript &script)
{
    RewriteOp op;
    op.directive = &d;
    if (d.name == "break") {
        op.kind = RewriteOp::Kind::Break;
    } else if (d.name == "return") {
        op.kind = RewriteOp::Kind::Return;
        compileReturn(d, op);
        if (op.status == 0)
            return;
    } else if (d.name == "rewrite") {
        op.kind = RewriteOp::Kind::Rewrite;
        compileRewrite(d, op);
        if (!op.regex.isValid())
            return;
    } else if (d.name == "set") {
        op.kind = RewriteOp::Kind::Set;
        if (!d.args[0].startsWith('$') || d.args[0].size() < 2) {
            m_log.error(d, Tr::tr("invalid variable name \"%1\"").arg(d.arg(0)), 0);
            return;
        }
        op.variable = d.args[0].mid(1).toLower();
        if (!m_log.compileValue(d, 1, &op.value))
            return;
    } else if (d.name == "if") {
        op.kind = RewriteOp::Kind::If;
        if (!compileCondition(d, &op.condition))
            return;
        op.block = std::make_unique<Location>();
        Location &block = *op.block;
        block.modifier = Location::Modifier::If;
        block.directive = &d;
        block.parent = location;
        block.server = server.index;
        block.name = location ? location->name : QByteArray();
        const std::vector<HeaderSetting> own = ownHeaders(d.children);
        block.headers = !own.empty() ? own : (location ? location->headers : server.headers);
        if (auto ownAdd = ownAddHeaders(d.children))
            block.addHeaders = std::move(*ownAdd);
        else
            block.addHeaders = location ? location->addHeaders : server.addHeaders;
        block.mirrors = location ? location->mirrors : server.mirrors; // not allowed in `if`
        block.auth = location ? location->auth : server.auth; // not allowed in `if`: inherited
        block.jwt = location ? location->jwt : server.jwt;
        block.limitReq = location ? location->limitReq : server.limitReq; // the same
        // A server-level `if` holds rewrite directives only (nginx's "sif" context).
        compileBody(d.children, server, location ? &block : nullptr, block.script);
    }
    script.push_back(std::move(op));
}

void ScriptCompiler::compileReturn(const Directive &d, RewriteOp &op)
{
    const QByteArray &first = d.args[0];
    const int n = parseCode(first);
    if (n < 0) {
        if (!isUrl(first)) {
            m_log.error(d, Tr::tr("invalid return code \"%1\"").arg(text(first)), 0);
            return;
        }
        op.status = 302;
        op.hasText = true;
        m_log.compileValue(d, 0, &op.text);
        return;
    }
    if (n > 999) {
        m_log.error(d, Tr::tr("invalid return code \"%1\"").arg(text(first)), 0);
        return;
    }
    op.status = n;
    if (d.argCount() == 2) {
        op.hasText = true;
        m_log.compileValue(d, 1, &op.text);
    }
}

void ScriptCompiler::compileRewrite(const Directive &d, RewriteOp &op)
{
    if (!m_log.compileRegex(d, 0, d.args[0], false, &op.regex))
        return;
    QByteArray replacement = d.args[1];
    if (isUrl(replacement)) {
        op.redirect = true;
        op.status = 302;
    }
    if (d.argCount() == 3) {
        const QByteArray &flag = d.args[2];
        if (flag == "last") {
            op.flag = RewriteOp::Flag::Last;
        } else if (flag == "break") {
            op.flag = RewriteOp::Flag::Break;
        } else if (flag == "redirect") {
            op.flag = RewriteOp::Flag::Redirect;
            op.redirect = true;
            op.status = 302;
        } else if (flag == "permanent") {
            op.flag = RewriteOp::Flag::Permanent;
            op.redirect = true;
            op.status = 301;
        } else {
            m_log.error(d, Tr::tr("invalid parameter \"%1\"").arg(text(flag)), 2);
            op.regex = Regex();
            return;
        }
    }
    if (replacement.endsWith('?')) {
        replacement.chop(1); // the last "?" drops the original arguments
        op.addArgs = false;
    }
    // The replacement splits into URI and arguments at its first literal '?'.
    ComplexValue whole;
    QString message;
    if (!whole.compile(replacement, &message)) {
        m_log.error(d, message, 1);
        op.regex = Regex();
        return;
    }
    m_log.compileValue(d, 1, &op.value); // records the variables it uses
    QByteArray uriSource, argsSource;
    bool inArgs = false;
    for (const ComplexValue::Part &p : whole.parts()) {
        QByteArray piece;
        switch (p.kind) {
        case ComplexValue::Part::Literal:
            if (!inArgs && p.text.contains('?')) {
                const qsizetype q = p.text.indexOf('?');
                uriSource += p.text.left(q);
                argsSource += p.text.mid(q + 1);
                inArgs = true;
                continue;
            }
            piece = p.text;
            break;
        case ComplexValue::Part::Variable:
            piece = "${" + p.text + "}";
            break;
        case ComplexValue::Part::Capture:
            piece = '$' + QByteArray::number(p.capture);
            break;
        }
        (inArgs ? argsSource : uriSource) += piece;
    }
    op.uri.compile(uriSource);
    op.hasArgs = inArgs;
    op.args.compile(argsSource);
}

bool ScriptCompiler::compileCondition(const Directive &d, Condition *c)
{
    // The words of the condition with the parentheses removed: "($a", "=", "b)" or "(", "$a", ")".
    std::vector<QByteArray> v = d.args;
    std::vector<int> argIndex;
    for (int i = 0; i < int(v.size()); ++i)
        argIndex.push_back(i);
    auto invalid = [&](const QByteArray &what) {
        m_log.error(d, Tr::tr("invalid condition \"%1\"").arg(text(what)));
        return false;
    };
    if (v.empty() || !v.front().startsWith('('))
        return invalid(v.empty() ? QByteArray() : v.front());
    if (v.front().size() == 1) {
        v.erase(v.begin());
        argIndex.erase(argIndex.begin());
    } else {
        v.front() = v.front().mid(1);
    }
    if (v.empty() || !v.back().endsWith(')'))
        return invalid(d.args.back());
    if (v.back().size() == 1) {
        v.pop_back();
        argIndex.pop_back();
    } else {
        v.back().chop(1);
    }
    if (v.empty())
        return invalid(d.args.front());

    const QByteArray &first = v[0];
    if (first.size() > 1 && first.startsWith('$')) {
        if (!m_log.compileText(d, argIndex[0], first, &c->left))
            return false;
        if (v.size() == 1) {
            c->kind = Condition::Kind::Variable;
            return true;
        }
        const QByteArray &op = v[1];
        if (v.size() != 3) {
            m_log.error(d, Tr::tr("unexpected \"%1\" in condition").arg(text(v.size() > 3 ? v[3] : op)));
            return false;
        }
        if (op == "=" || op == "!=") {
            c->kind = op == "=" ? Condition::Kind::Equal : Condition::Kind::NotEqual;
            return m_log.compileText(d, argIndex[2], v[2], &c->right);
        }
        if (op == "~" || op == "~*" || op == "!~" || op == "!~*") {
            c->kind = op.startsWith('!') ? Condition::Kind::NotMatch : Condition::Kind::Match;
            return m_log.compileRegex(d, argIndex[2], v[2], op.endsWith('*'), &c->regex);
        }
        m_log.error(d, Tr::tr("unexpected \"%1\" in condition").arg(text(op)));
        return false;
    }
    if (first == "-f" || first == "!-f" || first == "-d" || first == "!-d" || first == "-e" ||
        first == "!-e" || first == "-x" || first == "!-x") {
        if (v.size() != 2)
            return invalid(first);
        c->kind = Condition::Kind::FileTest;
        c->fileTest = first;
        m_log.compileText(d, argIndex[1], v[1], &c->left);
        m_log.warning(d,
                      Tr::tr("file tests are evaluated as if no file existed: there is no file system in the "
                             "simulation"));
        return true;
    }
    return invalid(first);
}

void ScriptCompiler::compileHandler(const Directive &d, Location *location)
{
    Handler &h = location->handler;
    // The same handler twice is an error; different handler modules: the last one wins, as in nginx,
    // where each sets clcf->handler.
    if (h.kind != Handler::Kind::None && h.directive && h.directive->name == d.name) {
        m_log.error(d, Tr::tr("\"%1\" directive is duplicate").arg(d.nameText()));
        return;
    }
    h = Handler();
    h.directive = &d;
    if (d.name == "js_content") {
        h.kind = Handler::Kind::Js;
        h.function = d.args[0];
        return;
    }
    if (isOtherHandler(d.name)) {
        h.kind = Handler::Kind::Other;
        h.function = d.name;
        return;
    }
    h.kind = d.name == "grpc_pass" ? Handler::Kind::Grpc : Handler::Kind::Proxy;
    if (!m_log.compileValue(d, 0, &h.target))
        return;
    if (!h.target.isLiteral())
        return;
    QByteArray url = d.args[0];
    if (h.kind == Handler::Kind::Proxy) {
        if (url.size() > 7 && url.startsWith("http://")) {
            h.scheme = "http";
            url = url.mid(7);
        } else if (url.size() > 8 && url.startsWith("https://")) {
            h.scheme = "https";
            url = url.mid(8);
        } else {
            m_log.error(d, Tr::tr("invalid URL prefix"), 0);
            h.kind = Handler::Kind::None;
            return;
        }
    } else {
        h.scheme = "grpc";
        if (url.size() > 7 && url.startsWith("grpc://")) {
            url = url.mid(7);
        } else if (url.size() > 8 && url.startsWith("grpcs://")) {
            h.scheme = "grpcs";
            url = url.mid(8);
        }
    }
    qsizetype slash = url.indexOf('/');
    if (url.startsWith("unix:")) {
        // unix:/path:/uri — the socket path ends at the ':' after it.
        const qsizetype colon = url.indexOf(':', 5);
        slash = colon < 0 ? -1 : colon;
    }
    h.host = slash < 0 ? url : url.left(slash);
    if (slash >= 0) {
        h.uriPart = url.mid(url.startsWith("unix:") ? slash + 1 : slash);
        h.hasUriPart = !h.uriPart.isEmpty();
    }
    if (h.hasUriPart &&
        (location->isRegex() || location->modifier == Location::Modifier::Named ||
         location->modifier == Location::Modifier::If)) {
        m_log.error(
            d,
            Tr::tr("\"%1\" cannot have URI part in location given by regular expression, or inside named "
                   "location, or inside \"if\" statement, or inside \"limit_except\" block")
                .arg(d.nameText()));
    }
}

void ScriptCompiler::buildTree(const std::vector<std::unique_ptr<Location>> &locations, LocationTree *tree,
                               std::vector<const Location *> *regexes)
{
    std::vector<LocationTree::Entry> entries;
    for (const auto &loc : locations) {
        switch (loc->modifier) {
        case Location::Modifier::Regex:
        case Location::Modifier::RegexCaseless:
            regexes->push_back(loc.get());
            break;
        case Location::Modifier::Prefix:
        case Location::Modifier::NoRegex:
        case Location::Modifier::Exact:
            entries.push_back(
                {loc->name, loc.get(), loc->modifier == Location::Modifier::Exact, loc->autoRedirect});
            break;
        default:
            break;
        }
    }
    QByteArray duplicate;
    if (!tree->build(entries, &duplicate)) {
        const Directive *where = nullptr;
        int seen = 0;
        for (const auto &loc : locations) {
            if (loc->name == duplicate && loc->modifier != Location::Modifier::Named && !loc->isRegex() &&
                ++seen == 2)
                where = loc->directive;
        }
        if (where) {
            m_log.error(*where, Tr::tr("duplicate location \"%1\"").arg(text(duplicate)));
        }
    }
}

} // namespace gw::nginx
