// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/router.h"

#include "nginx/httpcontext.h"
#include "nginx/requeststate.h"
#include "nginx/routeengine.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace gw::nginx {

QString Request::makeRequestId(QRandomGenerator &generator)
{
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(32);
    for (int i = 0; i < 4; ++i) {
        const quint32 word = generator.generate();
        for (int b = 0; b < 4; ++b) {
            const unsigned byte = (word >> (8 * b)) & 0xff;
            out += QLatin1Char(hex[byte >> 4]);
            out += QLatin1Char(hex[byte & 0xf]);
        }
    }
    return out;
}

QString RouteResult::evaluate(const QString &value) const
{
    if (!state)
        return {};
    ComplexValue v;
    if (!v.compile(value.toUtf8()))
        return {};
    return QString::fromUtf8(state->evaluate(v));
}

Router::Router()
    : Router(Config())
{ }

Router::Router(const Config &config, const RouterOptions &options)
{
    m_diagnostics = config.diagnostics();
    HttpContext::Options o;
    o.nginxVersion = options.nginxVersion;
    m_context = HttpContext::compile(config, o, &m_diagnostics);
    if (!config.http() && !config.hasErrors()) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.location = {config.mainFile(), 0, 0};
        d.message = QCoreApplication::translate("gw::nginx::Router", "the configuration has no http block");
        m_diagnostics.push_back(d);
    }
}

Router::~Router() = default;

bool Router::isValid() const
{
    return m_context->config->http() != nullptr;
}

RouteResult Router::route(const Request &request, const RouteOptions &options) const
{
    RouteEngine engine(*m_context, options);
    return engine.run(request);
}

const std::vector<UpstreamBlock> &Router::upstreams() const
{
    return m_context->upstreams;
}

const UpstreamBlock *Router::upstream(const QString &name) const
{
    return m_context->upstream(name.toUtf8());
}

int Router::serverCount() const
{
    return int(m_context->servers.size());
}

const Config &Router::config() const
{
    return *m_context->config;
}

} // namespace gw::nginx
