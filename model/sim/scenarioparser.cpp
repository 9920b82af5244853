// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/scenarioparser.h"

#include "core/objectreader.h"
#include "ngf/profile.h"
#include "sim/socketaddress.h"
#include "sim/units.h"
#include "yaml/stream.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace gw::sim {

namespace {

using yaml::Node;
using yaml::Path;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ScenarioParser)
};

const char *const ApiVersion = "gwstudio.dev/v1alpha1";
const char *const KindName = "SimulationScenario";

class Reader
{
public:
    Reader(const yaml::Document &document, Diagnostics &diagnostics)
        : m_doc(document)
        , m_diagnostics(diagnostics)
        , m_r(document, diagnostics, m_limits)
    { }

    std::optional<Scenario> read();

private:
    /** Reports keys of \a map that are not in \a allowed. */
    void checkKeys(const Node *map, const Path &path, std::initializer_list<const char *> allowed)
    {
        map = m_r.deref(map);
        if (!map || !map->isMapping())
            return;
        for (int i = 0; i < map->size(); ++i) {
            const Node *key = map->keyAt(i);
            if (!key->isScalar() || key->value == "<<")
                continue;
            const bool known =
                std::any_of(allowed.begin(), allowed.end(), [&](const char *a) { return key->value == a; });
            if (!known) {
                QStringList names;
                for (const char *a : allowed)
                    names << QLatin1String(a);
                m_r.error(key, path.key(key->value),
                          Tr::tr("unknown field \"%1\" (known: %2)")
                              .arg(QString::fromStdString(key->value), names.join(QStringLiteral(", "))));
            }
        }
    }

    const Node *node(const Node *map, std::string_view key) { return m_r.get(map, key); }

    std::optional<qint64> duration(const Node *map, std::string_view key, const Path &path,
                                   bool required = false)
    {
        const Node *n = node(map, key);
        if (!n || n->isNull()) {
            if (required)
                m_r.error(n ? n : m_r.deref(map), path, Tr::tr("required value is missing"));
            return std::nullopt;
        }
        const auto text = m_r.anyScalar(n, path);
        if (!text)
            return std::nullopt;
        const auto ms = ScenarioParser::parseDuration(*text);
        if (!ms) {
            m_r.error(
                n, path,
                Tr::tr("\"%1\" is not a duration (for example 500ms, 10s, 5m, 1h30m; a bare number counts "
                       "seconds)")
                    .arg(*text));
        }
        return ms;
    }

    std::optional<double> number(const Node *map, std::string_view key, const Path &path, double min,
                                 double max)
    {
        const Node *n = node(map, key);
        if (!n || n->isNull())
            return std::nullopt;
        bool ok = false;
        double v = 0;
        if (n->isScalar() &&
            (yaml::resolve(*n) == yaml::ScalarType::Int || yaml::resolve(*n) == yaml::ScalarType::Float))
            v = QString::fromStdString(n->value).toDouble(&ok);
        if (!ok) {
            m_r.error(n, path, Tr::tr("expected a number"));
            return std::nullopt;
        }
        if (v < min || v > max) {
            m_r.error(n, path, Tr::tr("%1 is out of range (%2 to %3)").arg(v).arg(min).arg(max));
            return std::nullopt;
        }
        return v;
    }

    std::optional<int> integer(const Node *map, std::string_view key, const Path &path, int min, int max,
                               bool required = false)
    {
        const auto v = m_r.integer(map, key, path, required);
        if (v && (*v < min || *v > max)) {
            m_r.error(node(map, key), path,
                      Tr::tr("%1 is out of range (%2 to %3)").arg(*v).arg(min).arg(max));
            return std::nullopt;
        }
        return v;
    }

    /** One of \a choices, or an error naming them. */
    std::optional<QString> choice(const Node *map, std::string_view key, const Path &path,
                                  const QStringList &choices)
    {
        const auto v = m_r.string(map, key, path);
        if (v && !choices.contains(*v)) {
            m_r.error(node(map, key), path,
                      Tr::tr("\"%1\" is not one of: %2").arg(*v, choices.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return v;
    }

    SourceLocation where(const Node *n) { return m_doc.location(m_r.deref(n)); }

    void readProfile(const Node *spec, const Path &path, Scenario &s);
    void readGateway(const Node *spec, const Path &path, Scenario &s);
    void readPods(const Node *spec, const Path &path, Scenario &s);
    std::optional<Population> readPopulation(const Node *map, const Path &path);
    void readAddresses(const Node *map, const Path &path, AddressPlan &plan);
    std::optional<RequestTemplate> readTemplate(const Node *map, const Path &path, bool script);
    std::optional<ScenarioEvent> readEvent(const Node *map, const Path &path);
    bool checkSurge(const Node *map, std::string_view key, const Path &path, QString &out);
    void checkStripSize(const Node *spec, const Path &specPath, const Scenario &s);

    yaml::Limits m_limits;
    const yaml::Document &m_doc;
    Diagnostics &m_diagnostics;
    ObjectReader m_r;
};

std::optional<Scenario> Reader::read()
{
    const size_t before = m_diagnostics.size();
    const Node *root = m_r.mapping(m_doc.root(), Path());
    if (!root) {
        Diagnostic d;
        d.location = m_doc.location(0);
        d.message = Tr::tr("the scenario document is empty");
        m_diagnostics.push_back(d);
        return std::nullopt;
    }
    Scenario s;
    s.location = m_doc.location(root);
    checkKeys(root, Path(), {"apiVersion", "kind", "metadata", "spec"});
    const Node *metadata = m_r.mapping(root, "metadata", Path::of("metadata"));
    if (metadata) {
        checkKeys(metadata, Path::of("metadata"), {"name", "namespace", "labels", "annotations"});
        s.name = m_r.string(metadata, "name", Path::of("metadata.name"), true).value_or(QString());
    } else {
        m_r.error(root, Path::of("metadata"), Tr::tr("required value is missing"));
    }
    m_r.setResource(QStringLiteral("%1 %2").arg(QLatin1String(KindName), s.name));
    const auto apiVersion = m_r.string(root, "apiVersion", Path::of("apiVersion"), true);
    if (apiVersion && *apiVersion != QLatin1String(ApiVersion)) {
        m_r.error(node(root, "apiVersion"), Path::of("apiVersion"),
                  Tr::tr("unsupported apiVersion \"%1\" (expected %2)")
                      .arg(*apiVersion, QLatin1String(ApiVersion)));
    }

    const Path specPath = Path::of("spec");
    const Node *spec = m_r.mapping(root, "spec", specPath);
    if (!spec) {
        m_r.error(root, specPath, Tr::tr("required value is missing"));
        return std::nullopt;
    }
    checkKeys(spec, specPath,
              {"description", "profile", "seed", "startTime", "duration", "bucket", "gateway", "record",
               "stripClients", "pods", "populations", "events"});
    s.description = m_r.string(spec, "description", specPath / "description").value_or(QString());
    readProfile(spec, specPath, s);
    if (const Node *seed = node(spec, "seed"); seed && !seed->isNull()) {
        bool ok = false;
        const quint64 v = seed->isScalar() && yaml::resolve(*seed) == yaml::ScalarType::Int
            ? QString::fromStdString(seed->value).toULongLong(&ok)
            : 0;
        if (ok)
            s.seed = v;
        else
            m_r.error(seed, specPath / "seed",
                      Tr::tr("expected a whole number from 0 to 18446744073709551615"));
    }
    if (const auto start = m_r.string(spec, "startTime", specPath / "startTime")) {
        const QDateTime t = QDateTime::fromString(*start, Qt::ISODate);
        if (!t.isValid())
            m_r.error(node(spec, "startTime"), specPath / "startTime",
                      Tr::tr("\"%1\" is not an RFC 3339 time such as 2025-12-10T01:39:55Z").arg(*start));
        else
            s.startEpochMs = t.toMSecsSinceEpoch();
    }
    s.durationMs = duration(spec, "duration", specPath / "duration");
    if (s.durationMs && *s.durationMs <= 0)
        m_r.error(node(spec, "duration"), specPath / "duration", Tr::tr("the duration must be positive"));
    s.bucketMs = duration(spec, "bucket", specPath / "bucket");
    if (s.bucketMs && *s.bucketMs <= 0) {
        m_r.error(node(spec, "bucket"), specPath / "bucket", Tr::tr("the bucket must be positive"));
        s.bucketMs.reset();
    }
    readGateway(spec, specPath, s);
    s.record = integer(spec, "record", specPath / "record", -1, 1000000).value_or(s.record);
    s.stripClients =
        integer(spec, "stripClients", specPath / "stripClients", 0, 100000).value_or(s.stripClients);
    readPods(spec, specPath, s);

    const Path popPath = specPath / "populations";
    QSet<QString> names;
    m_r.forEach(spec, "populations", popPath, [&](const Node *item, const Path &path) {
        if (auto p = readPopulation(item, path)) {
            if (names.contains(p->name))
                m_r.error(node(item, "name"), path / "name",
                          Tr::tr("population \"%1\" is defined twice").arg(p->name));
            names.insert(p->name);
            s.populations.push_back(std::move(*p));
        }
    });
    if (!node(spec, "populations"))
        m_r.error(spec, popPath,
                  Tr::tr("required value is missing: a scenario needs at least one population"));
    else if (s.populations.empty() && m_diagnostics.size() == before)
        m_r.error(node(spec, "populations"), popPath, Tr::tr("a scenario needs at least one population"));
    // Planned requests are counted in qint64 and several populations of the largest allowed sizes
    // would overflow it; far below that a run would never end anyway.
    constexpr double MaxPlannedRequests = 1e12;
    double planned = 0;
    for (const Population &p : s.populations)
        planned += double(p.clients) * double(p.sessions) * double(p.requestsInSession());
    if (planned > MaxPlannedRequests)
        m_r.error(node(spec, "populations"), popPath,
                  Tr::tr("the populations plan %1 requests, more than the %2 a simulation can run; "
                         "lower clients, sessions or requestsPerSession")
                      .arg(QString::number(planned, 'g', 3), QString::number(MaxPlannedRequests, 'g', 3)));

    m_r.forEach(spec, "events", specPath / "events", [&](const Node *item, const Path &path) {
        if (auto e = readEvent(item, path))
            s.events.push_back(std::move(*e));
    });
    std::stable_sort(s.events.begin(), s.events.end(),
                     [](const ScenarioEvent &a, const ScenarioEvent &b) { return a.atMs < b.atMs; });
    checkStripSize(spec, specPath, s);

    for (size_t i = before; i < m_diagnostics.size(); ++i) {
        if (m_diagnostics[i].severity == Diagnostic::Severity::Error)
            return std::nullopt;
    }
    return s;
}

void Reader::readProfile(const Node *spec, const Path &specPath, Scenario &s)
{
    const Path path = specPath / "profile";
    const Node *profile = m_r.mapping(spec, "profile", path);
    if (!profile)
        return;
    checkKeys(profile, path, {"ngfVersion", "plus", "experimental", "snippets", "gateway"});
    if (const Node *v = node(profile, "ngfVersion"); v && !v->isNull()) {
        // 2.4 reads as a number in YAML: accept any scalar.
        if (const auto text = m_r.anyScalar(v, path / "ngfVersion")) {
            if (!ngf::NgfVersion::parse(*text))
                m_r.error(v, path / "ngfVersion",
                          Tr::tr("unknown NGF version \"%1\"; supported: %2")
                              .arg(*text, ngf::NgfVersion::supported().join(QStringLiteral(", "))));
            else
                s.ngfVersion = *text;
        }
    }
    s.plus = m_r.boolean(profile, "plus", path / "plus");
    s.experimental = m_r.boolean(profile, "experimental", path / "experimental");
    s.snippets = m_r.boolean(profile, "snippets", path / "snippets");
    s.gateway = m_r.string(profile, "gateway", path / "gateway");
}

void Reader::readGateway(const Node *spec, const Path &specPath, Scenario &s)
{
    const Path path = specPath / "gateway";
    const Node *gateway = m_r.mapping(spec, "gateway", path);
    if (!gateway)
        return;
    checkKeys(gateway, path, {"replicas", "connection"});
    s.replicas = integer(gateway, "replicas", path / "replicas", 1, 64).value_or(1);
    if (const auto c = choice(gateway, "connection", path / "connection",
                              {QStringLiteral("request"), QStringLiteral("session")}))
        s.connectionPerSession = *c == u"session";
}

void Reader::readPods(const Node *spec, const Path &specPath, Scenario &s)
{
    QSet<QString> names, ips;
    m_r.forEach(spec, "pods", specPath / "pods", [&](const Node *item, const Path &path) {
        if (!m_r.mapping(item, path))
            return;
        checkKeys(item, path, {"deployment", "namespace", "name", "ip"});
        PinnedPod p;
        p.location = where(item);
        p.deployment = m_r.string(item, "deployment", path / "deployment", true).value_or(QString());
        p.ns = m_r.string(item, "namespace", path / "namespace").value_or(p.ns);
        p.name = m_r.string(item, "name", path / "name", true).value_or(QString());
        p.ip = m_r.string(item, "ip", path / "ip", true).value_or(QString());
        if (!p.ip.isEmpty()) {
            const auto a = SocketAddress::parseIp(p.ip);
            if (!a || a->family() != SocketAddress::Family::IPv4)
                m_r.error(node(item, "ip"), path / "ip",
                          Tr::tr("\"%1\" is not an IPv4 address (Pods are IPv4)").arg(p.ip));
        }
        if (!p.name.isEmpty() && names.contains(p.ns + u'/' + p.name))
            m_r.error(node(item, "name"), path / "name", Tr::tr("Pod %1 is pinned twice").arg(p.name));
        if (!p.ip.isEmpty() && ips.contains(p.ip))
            m_r.error(node(item, "ip"), path / "ip", Tr::tr("address %1 is given to two Pods").arg(p.ip));
        names.insert(p.ns + u'/' + p.name);
        ips.insert(p.ip);
        s.pods.push_back(p);
    });
}

std::optional<Population> Reader::readPopulation(const Node *map, const Path &path)
{
    if (!m_r.mapping(map, path))
        return std::nullopt;
    checkKeys(map, path,
              {"name", "title", "clients", "addresses", "cookieJar", "start", "rampUp", "sessions",
               "requestsPerSession", "thinkTime", "jitter", "sessionGap", "requestDuration", "routeChoice",
               "routes", "script"});
    Population p;
    p.location = where(map);
    p.name = m_r.string(map, "name", path / "name", true).value_or(QString());
    p.title = m_r.string(map, "title", path / "title").value_or(QString());
    p.clients = integer(map, "clients", path / "clients", 1, 10000000).value_or(1);
    readAddresses(map, path / "addresses", p.addresses);
    p.cookieJar = m_r.boolean(map, "cookieJar", path / "cookieJar").value_or(true);
    p.startMs = duration(map, "start", path / "start").value_or(0);
    p.rampUpMs = duration(map, "rampUp", path / "rampUp").value_or(0);
    p.sessions = integer(map, "sessions", path / "sessions", 1, 100000).value_or(1);
    p.requestsPerSession =
        integer(map, "requestsPerSession", path / "requestsPerSession", 1, 1000000).value_or(1);
    p.thinkTimeMs = duration(map, "thinkTime", path / "thinkTime").value_or(p.thinkTimeMs);
    p.jitter = number(map, "jitter", path / "jitter", 0, 1).value_or(0);
    p.sessionGapMs = duration(map, "sessionGap", path / "sessionGap").value_or(p.sessionGapMs);
    p.requestDurationMs = duration(map, "requestDuration", path / "requestDuration").value_or(0);
    if (const auto c = choice(map, "routeChoice", path / "routeChoice",
                              {QStringLiteral("session"), QStringLiteral("request")}))
        p.routePerSession = *c == u"session";
    m_r.forEach(map, "routes", path / "routes", [&](const Node *item, const Path &itemPath) {
        if (auto t = readTemplate(item, itemPath, false))
            p.routes.push_back(std::move(*t));
    });
    m_r.forEach(map, "script", path / "script", [&](const Node *item, const Path &itemPath) {
        if (auto t = readTemplate(item, itemPath, true))
            p.script.push_back(std::move(*t));
    });
    const bool hasRoutes = node(map, "routes") != nullptr;
    const bool hasScript = node(map, "script") != nullptr;
    if (hasRoutes == hasScript) {
        m_r.error(map, path,
                  hasRoutes
                      ? Tr::tr("give either routes (a weighted mix) or script (steps in order), not both")
                      : Tr::tr("a population needs routes (a weighted mix) or a script (steps in order)"));
    } else if (hasScript && node(map, "requestsPerSession")) {
        m_r.error(
            node(map, "requestsPerSession"), path / "requestsPerSession",
            Tr::tr("a scripted population's sessions are its script; requestsPerSession does not apply"));
    }
    return p;
}

void Reader::readAddresses(const Node *owner, const Path &path, AddressPlan &plan)
{
    const Node *map = m_r.mapping(owner, "addresses", path);
    if (!map)
        return;
    checkKeys(map, path,
              {"plan", "base", "perSubnet", "groups", "groupSize", "churn", "proxy", "forwardedFor"});
    if (const auto kind = choice(map, "plan", path / "plan",
                                 {QStringLiteral("distinct"), QStringLiteral("shared24"),
                                  QStringLiteral("nat"), QStringLiteral("ipv6")})) {
        if (*kind == u"shared24")
            plan.kind = AddressPlan::Kind::Shared24;
        else if (*kind == u"nat")
            plan.kind = AddressPlan::Kind::Nat;
        else if (*kind == u"ipv6")
            plan.kind = AddressPlan::Kind::IPv6;
    }
    plan.base = m_r.string(map, "base", path / "base").value_or(QString());
    if (!plan.base.isEmpty()) {
        const auto a = SocketAddress::parseIp(plan.base);
        const bool v6 = plan.kind == AddressPlan::Kind::IPv6;
        if (!a || (a->family() == SocketAddress::Family::IPv6) != v6)
            m_r.error(node(map, "base"), path / "base",
                      v6 ? Tr::tr("\"%1\" is not an IPv6 address").arg(plan.base)
                         : Tr::tr("\"%1\" is not an IPv4 address").arg(plan.base));
    }
    plan.perSubnet = integer(map, "perSubnet", path / "perSubnet", 1, 254).value_or(254);
    plan.groups = integer(map, "groups", path / "groups", 1, 10000000).value_or(0);
    plan.groupSize = integer(map, "groupSize", path / "groupSize", 1, 10000000).value_or(0);
    if (plan.kind == AddressPlan::Kind::Nat && (plan.groups > 0) == (plan.groupSize > 0))
        m_r.error(map, path,
                  Tr::tr("a nat plan needs groups (how many addresses) or groupSize (clients per address)"));
    if (plan.kind != AddressPlan::Kind::Nat && (node(map, "groups") || node(map, "groupSize")))
        m_r.error(node(map, node(map, "groups") ? "groups" : "groupSize"), path,
                  Tr::tr("groups and groupSize belong to the nat plan"));
    if (const Node *churn = m_r.mapping(map, "churn", path / "churn")) {
        checkKeys(churn, path / "churn", {"every", "fraction"});
        plan.churnEveryMs = duration(churn, "every", path / "churn" / "every", true).value_or(0);
        plan.churnFraction = number(churn, "fraction", path / "churn" / "fraction", 0, 1).value_or(1);
        if (plan.churnEveryMs <= 0 && node(churn, "every"))
            m_r.error(node(churn, "every"), path / "churn" / "every",
                      Tr::tr("the churn interval must be positive"));
    }
    plan.proxy = m_r.string(map, "proxy", path / "proxy").value_or(QString());
    if (!plan.proxy.isEmpty() && !SocketAddress::parseIp(plan.proxy))
        m_r.error(node(map, "proxy"), path / "proxy", Tr::tr("\"%1\" is not an IP address").arg(plan.proxy));
    plan.forwardedFor = m_r.boolean(map, "forwardedFor", path / "forwardedFor").value_or(true);
}

std::optional<RequestTemplate> Reader::readTemplate(const Node *map, const Path &path, bool script)
{
    if (!m_r.mapping(map, path))
        return std::nullopt;
    if (script)
        checkKeys(map, path,
                  {"host", "path", "method", "headers", "scheme", "port", "repeat", "transcript", "title"});
    else
        checkKeys(map, path, {"host", "path", "method", "headers", "scheme", "port", "weight"});
    RequestTemplate t;
    t.location = where(map);
    t.host = m_r.string(map, "host", path / "host", true).value_or(QString());
    t.path = m_r.string(map, "path", path / "path", true).value_or(QString());
    if (!t.path.isEmpty() && !t.path.startsWith(u'/'))
        m_r.error(node(map, "path"), path / "path", Tr::tr("path \"%1\" must start with \"/\"").arg(t.path));
    if (t.host.contains(u' ') || t.host.contains(u'/'))
        m_r.error(node(map, "host"), path / "host", Tr::tr("host \"%1\" is not a host name").arg(t.host));
    t.method = m_r.string(map, "method", path / "method").value_or(t.method);
    const Labels headers = m_r.stringMap(map, "headers", path / "headers");
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        t.headers.emplace_back(it.key(), it.value());
    t.scheme = choice(map, "scheme", path / "scheme", {QStringLiteral("http"), QStringLiteral("https")})
                   .value_or(t.scheme);
    t.port = integer(map, "port", path / "port", 1, 65535).value_or(0);
    if (script) {
        t.repeat = integer(map, "repeat", path / "repeat", 1, 1000000).value_or(1);
        t.transcript =
            choice(map, "transcript", path / "transcript",
                   {QStringLiteral("numbered"), QStringLiteral("headers"), QStringLiteral("hidden")})
                .value_or(t.transcript);
        t.title = m_r.string(map, "title", path / "title").value_or(QString());
    } else {
        const auto w = number(map, "weight", path / "weight", 0, 1e9);
        if (w && *w <= 0)
            m_r.error(node(map, "weight"), path / "weight", Tr::tr("the weight must be positive"));
        t.weight = w.value_or(1);
    }
    return t;
}

/**
 * The assignment strip holds stripClients × buckets cells (4 bytes each, a row per route of each
 * sampled client); limit the product so that a scenario cannot ask for gigabytes. The buckets are
 * counted as ScenarioRunner counts them: the populations' plan or the last event, cut at the
 * duration, over the bucket (without one, the runner's choice of about 200), at most 100,000.
 */
void Reader::checkStripSize(const Node *spec, const Path &specPath, const Scenario &s)
{
    constexpr qint64 MaxStripCells = 10000000;
    constexpr qint64 MaxBuckets = 100000;
    const qint64 end = s.planEndMs();
    const qint64 bucket = s.chartBucketMs();
    if (bucket <= 0)
        return;
    const qint64 buckets = std::min(end / bucket + 1, MaxBuckets);
    const qint64 cells = qint64(s.stripClients) * buckets;
    if (cells <= MaxStripCells)
        return;
    const bool byClients = node(spec, "stripClients") != nullptr || !node(spec, "bucket");
    m_r.error(node(spec, byClients ? "stripClients" : "bucket"),
              specPath / (byClients ? "stripClients" : "bucket"),
              Tr::tr("the assignment strip would have %1 clients × %2 buckets = %3 cells, more than %4: "
                     "sample fewer clients (stripClients) or use a longer bucket")
                  .arg(s.stripClients)
                  .arg(buckets)
                  .arg(cells)
                  .arg(MaxStripCells));
}

bool Reader::checkSurge(const Node *map, std::string_view key, const Path &path, QString &out)
{
    const auto v = m_r.intOrString(map, key, path);
    if (!v)
        return true;
    if (v->isInt) {
        if (v->intValue < 0) {
            m_r.error(node(map, key), path, Tr::tr("must be 0 or more"));
            return false;
        }
        out = QString::number(v->intValue);
        return true;
    }
    bool ok = false;
    const int percent = v->stringValue.endsWith(u'%') ? v->stringValue.chopped(1).toInt(&ok) : -1;
    if (!ok || percent < 0) {
        m_r.error(node(map, key), path,
                  Tr::tr("\"%1\" is neither a number nor a percentage such as 25%").arg(v->stringValue));
        return false;
    }
    out = v->stringValue;
    return true;
}

std::optional<ScenarioEvent> Reader::readEvent(const Node *map, const Path &path)
{
    if (!m_r.mapping(map, path))
        return std::nullopt;
    checkKeys(map, path,
              {"at", "type", "deployment", "namespace", "pod", "index", "replicas", "readyAfter",
               "detectAfter", "recoverAfter", "maxSurge", "maxUnavailable", "label"});
    ScenarioEvent e;
    e.location = where(map);
    e.atMs = duration(map, "at", path / "at", true).value_or(0);
    const auto type = choice(map, "type", path / "type",
                             {QStringLiteral("scale"), QStringLiteral("failPod"),
                              QStringLiteral("restartPod"), QStringLiteral("rollingUpdate")});
    if (!node(map, "type"))
        m_r.error(map, path / "type",
                  Tr::tr("required value is missing (scale, failPod, restartPod or rollingUpdate)"));
    if (!type)
        return std::nullopt;
    if (*type == u"scale")
        e.type = ScenarioEvent::Type::Scale;
    else if (*type == u"failPod")
        e.type = ScenarioEvent::Type::FailPod;
    else if (*type == u"restartPod")
        e.type = ScenarioEvent::Type::RestartPod;
    else
        e.type = ScenarioEvent::Type::RollingUpdate;
    e.ns = m_r.string(map, "namespace", path / "namespace").value_or(e.ns);
    e.deployment = m_r.string(map, "deployment", path / "deployment").value_or(QString());
    e.pod = m_r.string(map, "pod", path / "pod").value_or(QString());
    e.index = integer(map, "index", path / "index", 0, 1000000).value_or(-1);
    e.label = m_r.string(map, "label", path / "label").value_or(QString());
    e.readyAfterMs = duration(map, "readyAfter", path / "readyAfter")
                         .value_or(e.type == ScenarioEvent::Type::RollingUpdate ? 5000 : 0);
    const bool podEvent = e.type == ScenarioEvent::Type::FailPod || e.type == ScenarioEvent::Type::RestartPod;
    const auto notFor = [&](std::string_view key) {
        if (node(map, key))
            m_r.error(node(map, key), path / key,
                      Tr::tr("\"%1\" does not apply to a %2 event")
                          .arg(QString::fromUtf8(key.data(), qsizetype(key.size())), *type));
    };
    if (podEvent) {
        if (e.pod.isEmpty() == (e.index < 0 || e.deployment.isEmpty())) {
            m_r.error(map, path,
                      Tr::tr("name the Pod with pod, or with deployment and index (its position among the "
                             "Deployment's "
                             "Pods in name order), not both"));
        }
        notFor("replicas");
        notFor("maxSurge");
        notFor("maxUnavailable");
    } else {
        if (e.deployment.isEmpty())
            m_r.error(map, path / "deployment", Tr::tr("required value is missing"));
        notFor("pod");
        notFor("index");
    }
    if (e.type == ScenarioEvent::Type::Scale) {
        e.replicas = integer(map, "replicas", path / "replicas", 0, 100000, true).value_or(0);
        notFor("maxSurge");
        notFor("maxUnavailable");
    } else if (!podEvent) {
        notFor("replicas");
    }
    if (e.type == ScenarioEvent::Type::FailPod) {
        e.detectAfterMs = duration(map, "detectAfter", path / "detectAfter").value_or(0);
        e.recoverAfterMs = duration(map, "recoverAfter", path / "recoverAfter");
        notFor("readyAfter");
    } else {
        notFor("detectAfter");
        notFor("recoverAfter");
    }
    if (e.type == ScenarioEvent::Type::RollingUpdate) {
        checkSurge(map, "maxSurge", path / "maxSurge", e.maxSurge);
        checkSurge(map, "maxUnavailable", path / "maxUnavailable", e.maxUnavailable);
    }
    return e;
}

} // namespace

qint64 Scenario::planEndMs() const
{
    qint64 end = 0;
    for (const Population &p : populations) {
        const double think = double(p.thinkTimeMs) * (1 + p.jitter);
        const double session = p.requestsInSession() * (double(p.requestDurationMs) + think);
        const double total =
            double(p.startMs + p.rampUpMs) + p.sessions * session + (p.sessions - 1) * double(p.sessionGapMs);
        end = std::max(end, qint64(std::min(total, 1e15)));
    }
    for (const ScenarioEvent &e : events)
        end = std::max(end, e.atMs);
    if (durationMs)
        end = std::min(end, *durationMs);
    return end;
}

qint64 Scenario::chartBucketMs() const
{
    return bucketMs.value_or(std::max<qint64>(100, ((planEndMs() / 200 + 99) / 100) * 100));
}

int Population::requestsInSession() const
{
    if (!scripted())
        return requestsPerSession;
    int n = 0;
    for (const RequestTemplate &t : script)
        n += t.repeat;
    return n;
}

QString ScenarioEvent::describe() const
{
    if (!label.isEmpty())
        return label;
    const QString target = pod.isEmpty() ? QStringLiteral("%1[%2]").arg(deployment).arg(index) : pod;
    switch (type) {
    case Type::Scale:
        return Tr::tr("scale %1 to %2").arg(deployment).arg(replicas);
    case Type::FailPod:
        return Tr::tr("fail %1").arg(target);
    case Type::RestartPod:
        return Tr::tr("restart %1").arg(target);
    case Type::RollingUpdate:
        return Tr::tr("rolling update of %1").arg(deployment);
    }
    return {};
}

std::optional<qint64> ScenarioParser::parseDuration(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    return parseNginxTime(t, false);
}

bool ScenarioParser::isScenario(const yaml::Document &document)
{
    const Node *root = document.root();
    if (!root || !root->isMapping())
        return false;
    const Node *api = root->get("apiVersion");
    const Node *kind = root->get("kind");
    return api && kind && api->isScalar() && kind->isScalar() && kind->value == KindName &&
        QString::fromStdString(api->value).startsWith(QStringLiteral("gwstudio.dev/"));
}

std::optional<Scenario> ScenarioParser::parse(const yaml::Document &document, Diagnostics &diagnostics)
{
    return Reader(document, diagnostics).read();
}

std::optional<Scenario> ScenarioParser::parse(const QByteArray &text, const QString &fileName,
                                              Diagnostics &diagnostics, const QString &name)
{
    const yaml::Limits limits;
    auto split = yaml::Stream::split(std::string(text.constData(), size_t(text.size())), fileName, limits);
    diagnostics.insert(diagnostics.end(), split.diagnostics.begin(), split.diagnostics.end());
    if (hasErrors(split.diagnostics))
        return std::nullopt;
    QStringList found;
    for (yaml::DocumentText &d : split.documents) {
        auto parsed = yaml::Document::parse(d.text, d.origin, limits);
        if (!parsed.document) {
            diagnostics.insert(diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
            return std::nullopt;
        }
        if (!isScenario(*parsed.document))
            continue;
        const Node *meta = parsed.document->root()->get("metadata");
        const Node *n = meta && meta->isMapping() ? meta->get("name") : nullptr;
        const QString docName = n && n->isScalar() ? QString::fromStdString(n->value) : QString();
        found << docName;
        if (!name.isEmpty() && docName != name)
            continue;
        return parse(*parsed.document, diagnostics);
    }
    Diagnostic d;
    d.location = {fileName, 1, 1};
    if (!name.isEmpty() && !found.isEmpty())
        d.message = Tr::tr("no SimulationScenario named \"%1\" (found: %2)")
                        .arg(name, found.join(QStringLiteral(", ")));
    else
        d.message = Tr::tr("no SimulationScenario document (apiVersion: %1, kind: %2)")
                        .arg(QLatin1String(ApiVersion), QLatin1String(KindName));
    diagnostics.push_back(d);
    return std::nullopt;
}

} // namespace gw::sim
