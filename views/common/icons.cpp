// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/icons.h"

#include "views/common/svgiconengine.h"

#include <QFile>
#include <QHash>

namespace gw::views {

QIcon Icons::icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return it.value();
    QFile f(QStringLiteral(":/gwstudio/icons/") + name + QStringLiteral(".svg"));
    QIcon icon;
    if (f.open(QIODevice::ReadOnly))
        icon = QIcon(new SvgIconEngine(f.readAll()));
    else
        qWarning("gw::views::Icons: no icon %s", qPrintable(name));
    cache.insert(name, icon);
    return icon;
}

QIcon Icons::application()
{
    const QString packaged = QStringLiteral(":/gwstudio/icons/" GWSTUDIO_APP_ID ".svg");
    return QIcon(QFile::exists(packaged) ? packaged : QStringLiteral(":/gwstudio/icons/gwstudio.svg"));
}

QString Icons::kindIconName(Kind kind)
{
    switch (kind) {
    case Kind::GatewayClass:
        return QStringLiteral("kind-gatewayclass");
    case Kind::Gateway:
    case Kind::ListenerSet: // listeners of a Gateway
        return QStringLiteral("kind-gateway");
    case Kind::HTTPRoute:
        return QStringLiteral("kind-httproute");
    case Kind::GRPCRoute:
        return QStringLiteral("kind-grpcroute");
    case Kind::TLSRoute:
    case Kind::TCPRoute:
    case Kind::UDPRoute:
        return QStringLiteral("kind-l4route");
    case Kind::Service:
        return QStringLiteral("kind-service");
    case Kind::Deployment:
        return QStringLiteral("kind-deployment");
    case Kind::EndpointSlice:
        return QStringLiteral("kind-endpointslice");
    case Kind::ReferenceGrant:
        return QStringLiteral("kind-referencegrant");
    case Kind::Secret:
        return QStringLiteral("kind-secret");
    case Kind::UpstreamSettingsPolicy:
    case Kind::ClientSettingsPolicy:
    case Kind::ProxySettingsPolicy:
    case Kind::RateLimitPolicy:
    case Kind::SnippetsPolicy:
    case Kind::ObservabilityPolicy:
    case Kind::WAFPolicy:
    case Kind::SnippetsFilter: // NGF's route filters act like policies on the rules that name them
    case Kind::AuthenticationFilter:
        return QStringLiteral("kind-policy");
    case Kind::NginxProxy:
        return QStringLiteral("kind-nginxproxy");
    case Kind::BackendTLSPolicy:
        return QStringLiteral("kind-backendtlspolicy");
    case Kind::ToolDocument:
        return QStringLiteral("kind-tool");
    case Kind::ConfigMap:
    case Kind::Namespace:
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("kind-unknown");
}

QIcon Icons::kind(Kind kind)
{
    return icon(kindIconName(kind));
}

QIcon Icons::health(Health health)
{
    switch (health) {
    case Health::Healthy:
        return icon(QStringLiteral("status-ok"));
    case Health::Warning:
        return icon(QStringLiteral("status-warning"));
    case Health::Error:
        return icon(QStringLiteral("status-error"));
    case Health::Unknown:
        break;
    }
    return icon(QStringLiteral("status-unknown"));
}

} // namespace gw::views
