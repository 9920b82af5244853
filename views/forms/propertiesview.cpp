// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/propertiesview.h"

#include "core/design.h"
#include "views/common/designselection.h"
#include "views/common/icons.h"
#include "views/forms/authenticationfilterform.h"
#include "views/forms/backendtlspolicyform.h"
#include "views/forms/clientsettingspolicyform.h"
#include "views/forms/deploymentform.h"
#include "views/forms/endpointsliceform.h"
#include "views/forms/formcontext.h"
#include "views/forms/gatewayclassform.h"
#include "views/forms/gatewayform.h"
#include "views/forms/l4routeform.h"
#include "views/forms/listenersetform.h"
#include "views/forms/nginxproxyform.h"
#include "views/forms/observabilitypolicyform.h"
#include "views/forms/proxysettingspolicyform.h"
#include "views/forms/ratelimitpolicyform.h"
#include "views/forms/referencegrantform.h"
#include "views/forms/routeform.h"
#include "views/forms/secretform.h"
#include "views/forms/serviceform.h"
#include "views/forms/snippetsform.h"
#include "views/forms/upstreamsettingspolicyform.h"
#include "views/forms/wafpolicyform.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gw::views {

PropertiesView::PropertiesView(DesignSelection *selection, QWidget *parent)
    : QScrollArea(parent)
    , m_selection(selection)
    , m_header(new QLabel)
    , m_stack(new QStackedWidget)
    , m_empty(new QLabel)
{
    setObjectName(QStringLiteral("propertiesView"));
    setAccessibleName(tr("Properties"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes to the form's fields, not to the scroll area around them.
    setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_header->setContentsMargins(10, 8, 10, 2);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setContentsMargins(12, 24, 12, 12);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_empty);
    setWidget(content);
    connect(selection, &DesignSelection::currentChanged, this, &PropertiesView::show);
    connect(selection->design(), &Design::changed, this, &PropertiesView::updateHeader);
    show(selection->resource(), selection->field());
}

ResourceForm *PropertiesView::currentForm() const
{
    return qobject_cast<ResourceForm *>(m_stack->currentWidget());
}

ResourceForm *PropertiesView::createForm(Kind kind)
{
    auto *context = new FormContext(m_selection, this);
    if (m_problems)
        context->setProblemsProvider(m_problems);
    switch (kind) {
    case Kind::Gateway:
        return new GatewayForm(context, m_stack);
    case Kind::HTTPRoute:
    case Kind::GRPCRoute:
        return new RouteForm(kind, context, m_stack);
    case Kind::TLSRoute:
    case Kind::TCPRoute:
    case Kind::UDPRoute:
        return new L4RouteForm(kind, context, m_stack);
    case Kind::Service:
        return new ServiceForm(context, m_stack);
    case Kind::Deployment:
        return new DeploymentForm(context, m_stack);
    case Kind::UpstreamSettingsPolicy:
        return new UpstreamSettingsPolicyForm(context, m_stack);
    case Kind::GatewayClass:
        return new GatewayClassForm(context, m_stack);
    case Kind::NginxProxy:
        return new NginxProxyForm(context, m_stack);
    case Kind::ReferenceGrant:
        return new ReferenceGrantForm(context, m_stack);
    case Kind::EndpointSlice:
        return new EndpointSliceForm(context, m_stack);
    case Kind::Secret:
        return new SecretForm(context, m_stack);
    case Kind::BackendTLSPolicy:
        return new BackendTlsPolicyForm(context, m_stack);
    case Kind::ListenerSet:
        return new ListenerSetForm(context, m_stack);
    case Kind::ClientSettingsPolicy:
        return new ClientSettingsPolicyForm(context, m_stack);
    case Kind::ProxySettingsPolicy:
        return new ProxySettingsPolicyForm(context, m_stack);
    case Kind::RateLimitPolicy:
        return new RateLimitPolicyForm(context, m_stack);
    case Kind::SnippetsFilter:
    case Kind::SnippetsPolicy:
        return new SnippetsForm(kind, context, m_stack);
    case Kind::ObservabilityPolicy:
        return new ObservabilityPolicyForm(context, m_stack);
    case Kind::AuthenticationFilter:
        return new AuthenticationFilterForm(context, m_stack);
    case Kind::WAFPolicy:
        return new WafPolicyForm(context, m_stack);
    case Kind::ConfigMap:
    case Kind::Namespace:
    case Kind::ToolDocument:
    case Kind::Unknown:
        break;
    }
    delete context;
    return nullptr;
}

void PropertiesView::setProblemsProvider(FormContext::ProblemsProvider provider)
{
    m_problems = std::move(provider);
    for (ResourceForm *f : std::as_const(m_forms)) {
        if (f)
            f->context()->setProblemsProvider(m_problems);
    }
}

void PropertiesView::refreshProblems()
{
    for (ResourceForm *f : std::as_const(m_forms)) {
        if (f && f->context()->resourceId())
            f->context()->notifyProblemsChanged();
    }
}

ResourceForm *PropertiesView::form(Kind kind)
{
    const auto it = m_forms.constFind(int(kind));
    if (it != m_forms.constEnd())
        return it.value();
    ResourceForm *f = createForm(kind);
    if (f)
        m_stack->addWidget(f);
    m_forms.insert(int(kind), f);
    return f;
}

void PropertiesView::show(ResourceId resource, const yaml::Path &field)
{
    const Resource *r = m_selection->design()->resource(resource);
    ResourceForm *target = r ? form(r->kind) : nullptr;
    // Hidden forms stop following the design.
    for (ResourceForm *f : std::as_const(m_forms)) {
        if (f && f != target)
            f->context()->setResource(0);
    }
    if (target) {
        if (m_shown != resource || target->context()->resourceId() != resource)
            target->context()->setResource(resource);
        m_stack->setCurrentWidget(target);
        if (!field.isEmpty())
            target->focusField(field);
    } else {
        m_empty->setText(
            r ? tr("There is no form for %1 resources; edit them in the YAML tab.").arg(r->kindName)
              : tr("Select a resource to edit its properties."));
        m_stack->setCurrentWidget(m_empty);
    }
    m_shown = resource;
    updateHeader();
}

void PropertiesView::focusForm()
{
    QWidget *form = m_stack->currentWidget();
    // The first field that takes Tab in the form's own order.
    for (QWidget *w = form ? form->nextInFocusChain() : nullptr; w && w != form; w = w->nextInFocusChain()) {
        if (!form->isAncestorOf(w))
            break;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(form) && w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    setFocus(Qt::OtherFocusReason);
}

void PropertiesView::updateHeader()
{
    const Resource *r = m_selection->design()->resource(m_shown);
    if (!r) {
        m_header->setText(QString());
        m_header->hide();
        return;
    }
    m_header->show();
    const QString dim = palette().color(QPalette::PlaceholderText).name();
    const QString where = isNamespaced(r->kind) ? tr("%1 in %2").arg(r->kindName, r->meta.ns) : r->kindName;
    m_header->setText(QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span>"
                                     "&nbsp;&nbsp;<span style=\"color:%3\">%2</span>")
                          .arg(r->meta.name.toHtmlEscaped(), where.toHtmlEscaped(), dim));
}

} // namespace gw::views
