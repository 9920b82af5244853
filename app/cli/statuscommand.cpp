// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscommand.h"

#include "rendercommand.h"

#include "core/design.h"
#include "ngf/generator.h"
#include "ngf/graphbuilder.h"
#include "ngf/statuswriter.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::cli::StatusCommand)
};

/** Does \a entry belong to Gateway \a gateway (the Gateway itself, a route or policy of it)? */
bool belongsTo(const ngf::Graph &graph, const ngf::StatusWriter::Entry &entry, int gateway)
{
    const ngf::GraphGateway &gw = graph.gateways[size_t(gateway)];
    if (entry.resource == gw.resource)
        return true;
    for (const ngf::GraphRoute &r : graph.routes) {
        if (r.resource != entry.resource)
            continue;
        for (const ngf::ParentAttachment &p : r.parents) {
            if (p.gateway == gateway)
                return true;
        }
    }
    for (const ngf::GraphL4Route &r : graph.l4Routes) {
        if (r.resource != entry.resource)
            continue;
        for (const ngf::ParentAttachment &p : r.parents) {
            if (p.gateway == gateway)
                return true;
        }
    }
    for (const ngf::GraphPolicy &p : graph.policies) {
        if (p.resource == entry.resource)
            return std::find(p.ancestors.begin(), p.ancestors.end(), gateway) != p.ancestors.end();
    }
    for (const ngf::GraphNgfPolicy &p : graph.ngfPolicies) {
        if (p.resource != entry.resource)
            continue;
        for (const ngf::GraphNgfPolicy::Target &t : p.targets) {
            if (t.gateway && t.index == gateway)
                return true;
            if (!t.gateway) {
                for (const ngf::ParentAttachment &pa : graph.routes[size_t(t.index)].parents) {
                    if (pa.gateway == gateway)
                        return true;
                }
            }
        }
        return false;
    }
    for (const ngf::GraphBackendTlsPolicy &p : graph.backendTlsPolicies) {
        if (p.resource == entry.resource)
            return std::find(p.gateways.begin(), p.gateways.end(), gateway) != p.gateways.end();
    }
    return false;
}

} // namespace

QString StatusCommand::summary() const
{
    return Tr::tr("print the status NGF would write, as YAML (exit 1 when something is not accepted)");
}

void StatusCommand::setup(QCommandLineParser &parser)
{
    m_input.setup(parser);
}

int StatusCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    ngf::Profile profile;
    if (!RenderCommand::profile(m_input, parser, profile, err))
        return ExitUsage;
    Design design;
    if (!m_input.load(parser, design, err))
        return ExitUsage;
    const QString wanted = profile.gateway;
    profile.gateway.clear(); // the graph covers every Gateway; --gateway only filters the output
    const ngf::Graph graph = ngf::GraphBuilder::build(design, profile);
    for (const Diagnostic &d : graph.notes)
        err << Tr::tr("warning: ") << d.toString() << Qt::endl;
    int gateway = -1;
    if (!wanted.isEmpty()) {
        QString error;
        gateway = ngf::Generator::chooseGateway(graph, wanted, &error);
        if (gateway < 0) {
            err << QStringLiteral("gwstudio status: ") << error << Qt::endl;
            return ExitUsage;
        }
    }
    std::vector<ngf::StatusWriter::Entry> entries = ngf::StatusWriter::write(graph);
    if (gateway >= 0) {
        std::erase_if(entries, [&](const ngf::StatusWriter::Entry &e) {
            return e.resource->kind != Kind::GatewayClass && !belongsTo(graph, e, gateway);
        });
    }
    bool problem = false;
    for (const auto &e : entries)
        problem = problem || e.problem;
    out.flush();
    if (!writeOutput(QString(), ngf::StatusWriter::toYaml(entries).toUtf8(), err))
        return ExitUsage;
    return problem ? ExitProblems : ExitOk;
}

} // namespace gw::cli
