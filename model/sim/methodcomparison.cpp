// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/methodcomparison.h"

#include <QCoreApplication>

namespace gw::sim {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::MethodComparer)
};

/** A header name as nginx's `$http_` variable spells it. */
QString httpVariable(const QString &header)
{
    QString name = header.toLower();
    name.replace(u'-', u'_');
    return QStringLiteral("$http_") + name;
}

} // namespace

const ComparedMethod *MethodComparison::find(const QString &id) const
{
    for (const ComparedMethod &m : methods) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

std::vector<std::pair<ComparedMethodKind, QString>> MethodComparer::methods()
{
    return {{ComparedMethodKind::IpHash, QStringLiteral("ip_hash")},
            {ComparedMethodKind::HashConsistent, QStringLiteral("hash")},
            {ComparedMethodKind::StickyCookie, QStringLiteral("sticky")},
            {ComparedMethodKind::Default, QStringLiteral("default")},
            {ComparedMethodKind::RoundRobin, QStringLiteral("round_robin")}};
}

QString MethodComparer::label(ComparedMethodKind kind, const QString &hashKey)
{
    switch (kind) {
    case ComparedMethodKind::IpHash:
        return QStringLiteral("ip_hash");
    case ComparedMethodKind::HashConsistent:
        return QStringLiteral("hash %1 consistent").arg(hashKey);
    case ComparedMethodKind::StickyCookie:
        return Tr::tr("sticky cookie (Plus)");
    case ComparedMethodKind::Default:
        return Tr::tr("random two least_conn (default)");
    case ComparedMethodKind::RoundRobin:
        return Tr::tr("round robin");
    }
    return {};
}

QString MethodComparer::defaultHashKey(const Scenario &scenario)
{
    QString header;
    for (const Population &p : scenario.populations) {
        for (const auto *list : {&p.routes, &p.script}) {
            for (const RequestTemplate &t : *list) {
                for (const auto &[name, value] : t.headers) {
                    if (name.compare(u"cookie", Qt::CaseInsensitive) == 0) {
                        const QString first = value.section(u';', 0, 0).section(u'=', 0, 0).trimmed();
                        if (!first.isEmpty())
                            return QStringLiteral("$cookie_") + first;
                    } else if (header.isEmpty() && name.compare(u"host", Qt::CaseInsensitive) != 0) {
                        header = name;
                    }
                }
            }
        }
    }
    return header.isEmpty() ? QStringLiteral("$remote_addr") : httpVariable(header);
}

std::optional<MethodComparison> MethodComparer::run(const SimulationInput &input, const Scenario &scenario,
                                                    const CompareOptions &compare, const RunOptions &options,
                                                    Diagnostics &diagnostics)
{
    MethodComparison comparison;
    comparison.scenario = scenario.name;
    comparison.hashKey = compare.hashKey.isEmpty() ? defaultHashKey(scenario) : compare.hashKey;

    const auto list = methods();
    const qint64 planned = ScenarioRunner::plannedRequests(scenario);
    const qint64 total = planned * qint64(list.size());
    bool anyRun = false;
    for (size_t i = 0; i < list.size(); ++i) {
        const auto &[kind, id] = list[i];
        ComparedMethod method;
        method.id = id;
        method.kind = kind;
        method.label = label(kind, comparison.hashKey);
        const qint64 offset = planned * qint64(i);
        const auto skip = [&](const QString &reason) {
            method.available = false;
            method.unavailableReason = reason;
            if (options.progress)
                options.progress(offset + planned, total);
            comparison.methods.push_back(std::move(method));
        };
        if (comparison.cancelled || (options.cancel && options.cancel->load())) {
            comparison.cancelled = true;
            skip(Tr::tr("cancelled before it ran"));
            continue;
        }
        QString error;
        const std::optional<SimulationInput> variant =
            MethodVariant::make(input, kind, comparison.hashKey, &error);
        if (!variant) {
            skip(error);
            continue;
        }
        RunOptions runOptions = options;
        if (options.progress) {
            runOptions.progress = [&options, offset, total](qint64 done, qint64) {
                options.progress(offset + done, total);
            };
        }
        Diagnostics runDiagnostics;
        std::optional<SimulationResult> result =
            ScenarioRunner::run(*variant, scenario, runOptions, runDiagnostics);
        if (!result) {
            // Usually the design itself cannot be simulated, and every method fails alike: keep
            // the first failure's diagnostics.
            if (diagnostics.empty())
                diagnostics.insert(diagnostics.end(), runDiagnostics.begin(), runDiagnostics.end());
            skip(runDiagnostics.empty() ? Tr::tr("the design cannot be simulated under this method")
                                        : runDiagnostics.front().toString());
            continue;
        }
        anyRun = true;
        method.result = std::move(*result);
        if (method.result.cancelled)
            comparison.cancelled = true;
        method.details = Verdict::judge(method.result, method.label, &scenario);
        if (kind == ComparedMethodKind::StickyCookie) {
            // A cookie only sticks when the client sends it back.
            QStringList forgetful;
            for (const Population &p : scenario.populations) {
                if (!p.cookieJar)
                    forgetful << p.name;
            }
            if (!forgetful.isEmpty())
                method.details.points << Tr::tr("Clients of %1 keep no cookies (cookieJar: false): nginx "
                                                "sets the cookie, but they "
                                                "never send it back, so it cannot keep them on their Pod.")
                                             .arg(forgetful.join(QStringLiteral(", ")));
        }
        method.verdict = method.details.headline;
        comparison.methods.push_back(std::move(method));
    }
    if (!anyRun && !comparison.cancelled)
        return std::nullopt;
    return comparison;
}

} // namespace gw::sim
