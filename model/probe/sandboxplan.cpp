// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/sandboxplan.h"

#include "core/design.h"
#include "probe/loopback.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::SandboxPlan)
};

/** `listen 80 default_server;`, `listen [::]:443 ssl;`, `listen 8081;` (not unix: sockets). */
const QRegularExpression &listenLine()
{
    static const QRegularExpression re(QStringLiteral("^\\s*listen\\s+(\\[::\\]:)?(\\d+)([^;]*);"));
    return re;
}

bool fileContains(const ngf::Result &result, const QString &pathSuffix, const QString &text)
{
    for (const ngf::GeneratedFile &f : result.files) {
        if (f.path.endsWith(pathSuffix) && f.content.contains(text))
            return true;
    }
    return false;
}

} // namespace

std::optional<SandboxPlan> SandboxPlan::make(std::shared_ptr<const Design> design,
                                             const ngf::Profile &profile, const SandboxOptions &options,
                                             QString *error)
{
    SandboxPlan plan;
    plan.m_design = std::move(design);
    plan.m_requested = profile;
    plan.m_options = options;
    plan.m_nginx = NginxInstallation::find(options.nginx);
    if (!plan.m_nginx.isValid()) {
        *error = plan.m_nginx.errorString();
        return std::nullopt;
    }
    ngf::Profile oss = profile;
    oss.plus = false;
    oss.endpointOverrides.clear();
    plan.m_base = ngf::Generator::run(*plan.m_design, oss);
    if (!plan.m_base->config) {
        *error = plan.m_base->gatewayError.isEmpty() ? Tr::tr("the design has no Gateway to run")
                                                     : plan.m_base->gatewayError;
        return std::nullopt;
    }
    if (profile.plus) {
        ngf::Profile plusProfile = oss;
        plusProfile.plus = true;
        const auto plus = ngf::Generator::run(*plan.m_design, plusProfile);
        plan.notePlusDifferences(*plus, *plan.m_base);
    }
    plan.m_profile = oss;
    if (!plan.allocate(error) || !plan.render(error) || !plan.checkRunnable(error))
        return std::nullopt;
    return plan;
}

void SandboxPlan::notePlusDifferences(const ngf::Result &plus, const ngf::Result &oss)
{
    m_notes << Tr::tr("NGINX Plus: open-source nginx runs the NGINX OSS rendering of this design; the "
                      "predictions are made on that rendering too");
    if (!plus.config || !oss.config)
        return;
    bool stateFiles = false;
    for (const ngf::Upstream &u : plus.config->upstreams) {
        stateFiles = stateFiles || !u.stateFileKey.isEmpty();
        const ngf::Upstream *o = oss.config->upstream(u.name);
        if (u.invalidBackend || (!u.sticky && o && o->lbMethod == u.lbMethod))
            continue;
        const QString plusMethod = u.lbMethod.isEmpty() ? Tr::tr("round robin") : u.lbMethod;
        const QString ossMethod = !o ? Tr::tr("not in the OSS rendering")
            : o->lbMethod.isEmpty()  ? Tr::tr("round robin")
                                     : o->lbMethod;
        m_notes << (u.sticky
                        ? Tr::tr("upstream %1: the sticky cookie %2 needs NGINX Plus; the sandbox runs the "
                                 "OSS rendering (%3, no cookie)")
                              .arg(u.name, u.sticky->name, ossMethod)
                        : Tr::tr("upstream %1: \"%2\" needs NGINX Plus; the sandbox runs the OSS rendering "
                                 "(%3)")
                              .arg(u.name, plusMethod, ossMethod));
    }
    if (stateFiles)
        m_notes << Tr::tr(
            "NGINX Plus adds the servers through its API (the `state` files); the OSS rendering "
            "lists them as `server` lines");
    for (const ngf::GeneratedFile &f : plus.files) {
        if (!oss.file(f.path))
            m_notes << Tr::tr("%1 (NGINX Plus) is left out").arg(f.path);
    }
}

bool SandboxPlan::allocate(QString *error)
{
    // Ports: every `listen N` of the rendering, on 127.0.0.1.
    m_ports.clear();
    std::map<int, SandboxPort> ports;
    bool ipv6Listens = false;
    for (const ngf::GeneratedFile &f : m_base->files) {
        for (const QString &line : f.content.split(u'\n')) {
            const auto m = listenLine().match(line);
            if (!m.hasMatch())
                continue;
            ipv6Listens = ipv6Listens || m.capturedLength(1) > 0;
            SandboxPort &p = ports[m.captured(2).toInt()];
            p.original = m.captured(2).toInt();
            p.tls = p.tls || m.captured(3).contains(QLatin1String(" ssl"));
            p.readiness = p.original == 8081 && f.content.contains(QLatin1String("/readyz"));
        }
    }
    QSet<quint16> taken;
    for (auto &[original, p] : ports) {
        if (m_options.ports.contains(original)) {
            const int wanted = m_options.ports.value(original);
            if (wanted < 1 || wanted > 65535 || taken.contains(quint16(wanted))) {
                *error = Tr::tr("port %1 cannot be used for listener %2").arg(wanted).arg(original);
                return false;
            }
            if (!Loopback::canListen(Loopback::gatewayAddress(), quint16(wanted))) {
                *error = Tr::tr("port %1 on %2 is in use (asked for listener port %3)")
                             .arg(wanted)
                             .arg(Loopback::gatewayAddress())
                             .arg(original);
                return false;
            }
            p.local = quint16(wanted);
            p.requested = true;
        } else if (original >= 1024 && !p.readiness && !taken.contains(quint16(original)) &&
                   Loopback::canListen(Loopback::gatewayAddress(), quint16(original))) {
            p.local = quint16(original);
        } else {
            for (int attempt = 0; attempt < 100 && (p.local == 0 || taken.contains(p.local)); ++attempt)
                p.local = Loopback::freePort(Loopback::gatewayAddress());
            if (p.local == 0 || taken.contains(p.local)) {
                *error = Tr::tr("no free port on %1 for listener port %2")
                             .arg(Loopback::gatewayAddress())
                             .arg(original);
                return false;
            }
        }
        taken.insert(p.local);
        m_ports.push_back(p);
    }
    if (ipv6Listens)
        m_notes << Tr::tr("the sandbox listens on %1 only: the `listen [::]:...` lines are left out")
                       .arg(Loopback::gatewayAddress());

    // Backends: one loopback address per Pod address, in the order of the rendering's upstreams.
    m_backends.clear();
    std::map<QString, std::vector<const ngf::UpstreamServer *>> byAddress;
    std::vector<QString> order;
    std::map<const ngf::UpstreamServer *, QString> nsOf;
    for (const ngf::Upstream &u : m_base->config->upstreams) {
        for (const ngf::UpstreamServer &s : u.servers) {
            if (s.address.startsWith(u"unix:"))
                continue;
            auto &list = byAddress[s.address];
            if (list.empty())
                order.push_back(s.address);
            bool seen = false;
            for (const ngf::UpstreamServer *o : list)
                seen = seen || o->port == s.port;
            if (!seen) {
                list.push_back(&s);
                nsOf[&s] = u.serviceNs;
            }
        }
    }
    int next = 0;
    for (const QString &address : order) {
        const auto &servers = byAddress[address];
        for (;; ++next) {
            if (next >= 254 * 254) {
                *error = Tr::tr("no free loopback address for the Pod at %1").arg(address);
                return false;
            }
            const QString local = Loopback::podAddress(next);
            std::vector<SandboxBackend> planned;
            bool ok = true;
            for (const ngf::UpstreamServer *s : servers) {
                SandboxBackend b;
                b.pod = s->pod.isEmpty() ? address : s->pod;
                b.ns = nsOf[s];
                b.original = s->hostPort();
                b.address = local;
                b.port = s->port >= 1024 && s->port <= 65535 ? quint16(s->port) : Loopback::freePort(local);
                ok = ok && b.port != 0 && Loopback::canListen(local, b.port);
                planned.push_back(b);
            }
            if (!ok)
                continue;
            m_backends.insert(m_backends.end(), planned.begin(), planned.end());
            ++next;
            break;
        }
    }
    m_profile.endpointOverrides.clear();
    for (const SandboxBackend &b : m_backends)
        m_profile.endpointOverrides.insert(b.original, b.hostPort());
    return true;
}

bool SandboxPlan::reallocate(QString *error)
{
    return allocate(error) && render(error);
}

bool SandboxPlan::render(QString *error)
{
    m_result = ngf::Generator::run(*m_design, m_profile);
    if (!m_result->config) {
        *error = m_result->gatewayError;
        return false;
    }
    m_certificates.clear();
    static const QRegularExpression cert(QStringLiteral("^\\s*ssl_certificate\\s+(\\S+);"));
    for (const ngf::GeneratedFile &f : m_result->files) {
        for (const QString &line : f.content.split(u'\n')) {
            const auto m = cert.match(line);
            if (m.hasMatch() && !m_certificates.contains(m.captured(1)))
                m_certificates << m.captured(1);
        }
    }
    m_tlsHostnames.clear();
    for (const ngf::VirtualServer &s : m_result->config->sslServers) {
        if (!s.hostname.isEmpty() && !s.hostname.startsWith(u'~') && !m_tlsHostnames.contains(s.hostname))
            m_tlsHostnames << s.hostname;
    }
    return true;
}

bool SandboxPlan::checkRunnable(QString *error)
{
    QStringList refused;
    for (const ngf::Upstream &u : m_result->config->upstreams) {
        if (u.lbMethod.startsWith(u"least_time"))
            refused << Tr::tr("upstream %1 balances with \"%2\", which only NGINX Plus has")
                           .arg(u.name, u.lbMethod);
    }
    if (m_nginx.njsModule().isEmpty()) {
        if (fileContains(*m_result, QStringLiteral(".conf"), QStringLiteral("js_content"))) {
            refused
                << Tr::tr("the design matches headers, query parameters or methods, which NGF evaluates with "
                          "njs (httpmatches.js), and %1 has no njs module: install libnginx-mod-http-js")
                       .arg(m_nginx.binary());
        } else {
            m_dropJs = true;
            m_notes << Tr::tr(
                "no njs module: the js_import lines are left out (nothing in this design uses njs)");
        }
    }
    const ngf::GeneratedFile *stream = m_result->file(QStringLiteral("/etc/nginx/stream-conf.d/stream.conf"));
    // NGF always writes the connection-closed server (stream_servers_template.go); the stream module is
    // needed only when some other stream server listens (TLS passthrough, TCP or UDP listeners).
    bool streamUsed = false;
    if (stream) {
        for (const QString &line : stream->content.split(u'\n')) {
            const QString t = line.trimmed();
            if (t.startsWith(u"listen ") && !t.contains(u"connection-closed-server.sock"))
                streamUsed = true;
        }
    }
    if (!m_nginx.hasStream()) {
        if (streamUsed)
            refused << Tr::tr(
                "the design has TLS passthrough, TCP or UDP listeners, which need nginx's stream "
                "module: install libnginx-mod-stream");
        m_dropStream = true;
        if (!streamUsed)
            m_notes << Tr::tr("no stream module: the stream block, which holds only NGF's connection-closed "
                              "server, is left out");
    }
    if (!m_nginx.hasHttp2Directive() &&
        fileContains(*m_result, QStringLiteral(".conf"), QStringLiteral("http2 on;"))) {
        m_dropHttp2 = true;
        m_notes << Tr::tr(
                       "nginx %1 is older than 1.25.1: `http2 on;` is left out (the probe speaks HTTP/1.1)")
                       .arg(m_nginx.version());
    }
    bool tls = false;
    for (const SandboxPort &p : m_ports)
        tls = tls || p.tls;
    if (tls && !m_nginx.hasSsl())
        refused << Tr::tr("the design has HTTPS listeners and %1 was built without the ssl module")
                       .arg(m_nginx.binary());
    if (!m_certificates.isEmpty())
        m_notes << Tr::tr(
                       "HTTPS listeners get a generated self-signed certificate instead of the Secrets' (%1)")
                       .arg(m_certificates.join(QStringLiteral(", ")));
    if (!refused.isEmpty()) {
        *error = Tr::tr("the design cannot run on open-source nginx %1: %2")
                     .arg(m_nginx.version(), refused.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

quint16 SandboxPlan::localPort(int original) const
{
    for (const SandboxPort &p : m_ports) {
        if (p.original == original)
            return p.local;
    }
    return 0;
}

bool SandboxPlan::isTls(int original) const
{
    for (const SandboxPort &p : m_ports) {
        if (p.original == original)
            return p.tls;
    }
    return false;
}

QString SandboxPlan::podAt(const QString &hostPort) const
{
    for (const SandboxBackend &b : m_backends) {
        if (b.hostPort() == hostPort || b.original == hostPort)
            return b.pod;
    }
    return {};
}

QStringList SandboxPlan::describe() const
{
    QStringList lines;
    for (const SandboxPort &p : m_ports) {
        const QString target = QStringLiteral("%1:%2").arg(Loopback::gatewayAddress()).arg(p.local);
        lines << (p.readiness ? Tr::tr("readiness %1 -> %2").arg(p.original).arg(target)
                      : p.tls ? Tr::tr("listener %1 (https) -> %2").arg(p.original).arg(target)
                              : Tr::tr("listener %1 -> %2").arg(p.original).arg(target));
    }
    for (const SandboxBackend &b : m_backends)
        lines << Tr::tr("pod %1/%2 %3 -> %4").arg(b.ns, b.pod, b.original, b.hostPort());
    return lines;
}

} // namespace gw::probe
