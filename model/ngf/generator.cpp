// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/generator.h"

#include "ngf/configrenderer.h"
#include "ngf/dataplanebuilder.h"
#include "ngf/graphbuilder.h"

#include <QCoreApplication>

namespace gw::ngf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::Generator)
};

QStringList gatewayNames(const Graph &graph)
{
    QStringList names;
    for (const GraphGateway &g : graph.gateways)
        names << g.key();
    return names;
}

} // namespace

const GeneratedFile *Result::file(const QString &path) const
{
    for (const GeneratedFile &f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

QString Result::nginxT() const
{
    return ConfigRenderer::nginxT(files);
}

int Generator::chooseGateway(const Graph &graph, const QString &wanted, QString *error)
{
    if (!wanted.isEmpty()) {
        const int slash = int(wanted.indexOf(u'/'));
        const QString ns = slash < 0 ? QStringLiteral("default") : wanted.left(slash);
        const QString name = slash < 0 ? wanted : wanted.mid(slash + 1);
        const int index = graph.gatewayIndex(ns, name);
        if (index < 0 && error) {
            *error = graph.gateways.empty()
                ? Tr::tr("Gateway %1/%2 is not an NGINX Gateway Fabric Gateway of this design (it has none)")
                      .arg(ns, name)
                : Tr::tr("Gateway %1/%2 is not an NGINX Gateway Fabric Gateway of this design; it has: %3")
                      .arg(ns, name, gatewayNames(graph).join(QStringLiteral(", ")));
        }
        return index;
    }
    if (graph.gateways.size() == 1)
        return 0;
    if (error) {
        *error = graph.gateways.empty()
            ? Tr::tr("the design has no Gateway of NGINX Gateway Fabric's class (gatewayClassName: nginx)")
            : Tr::tr("the design has several Gateways; choose one with --gateway NS/NAME: %1")
                  .arg(gatewayNames(graph).join(QStringLiteral(", ")));
    }
    return -1;
}

std::shared_ptr<const Result> Generator::run(const Design &design, const Profile &profile)
{
    auto result = std::make_shared<Result>();
    result->graph = GraphBuilder::build(design, profile);
    result->gatewayIndex = chooseGateway(result->graph, profile.gateway, &result->gatewayError);
    if (result->gatewayIndex >= 0) {
        result->config = DataplaneBuilder::build(design, result->graph, result->gatewayIndex);
        result->files = ConfigRenderer::render(*result->config);
    }
    result->sourceMap = SourceMap(result->files);
    return result;
}

} // namespace gw::ngf
