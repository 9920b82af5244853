// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preview/profilebar.h"

#include "core/design.h"
#include "views/preview/previewsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace gw::views {

ProfileBar::ProfileBar(PreviewSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_versionLabel(new QLabel(tr("NGF:"), this))
    , m_version(new QComboBox(this))
    , m_edition(new QComboBox(this))
    , m_experimental(new QCheckBox(tr("E&xperimental"), this))
    , m_snippets(new QCheckBox(tr("S&nippets"), this))
    , m_gatewayLabel(new QLabel(tr("&Gateway:"), this))
    , m_gateway(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(6);
    m_versionLabel->setBuddy(m_version);
    m_version->setAccessibleName(tr("NGINX Gateway Fabric version"));
    m_version->setToolTip(tr("The NGINX Gateway Fabric release whose output is previewed"));
    m_edition->addItem(tr("NGINX OSS"), false);
    m_edition->addItem(tr("NGINX Plus"), true);
    m_edition->setAccessibleName(tr("Data plane"));
    m_edition->setToolTip(tr("NGINX Open Source or NGINX Plus as the data plane"));
    m_experimental->setToolTip(tr("Gateway API experimental features (sessionPersistence needs them)"));
    m_snippets->setToolTip(tr("NGF's control plane runs with snippets enabled: SnippetsFilter and "
                              "SnippetsPolicy take effect only then"));
    m_gatewayLabel->setBuddy(m_gateway);
    m_gateway->setAccessibleName(tr("Gateway to preview"));
    m_gateway->setToolTip(tr("Each Gateway gets its own nginx; choose the one to preview"));
    m_gateway->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addWidget(m_versionLabel);
    layout->addWidget(m_version);
    layout->addWidget(m_edition);
    layout->addWidget(m_experimental);
    layout->addWidget(m_snippets);
    layout->addSpacing(8);
    layout->addWidget(m_gatewayLabel);
    layout->addWidget(m_gateway);
    layout->addStretch(1);

    connect(m_version, &QComboBox::currentIndexChanged, this, &ProfileBar::apply);
    connect(m_edition, &QComboBox::currentIndexChanged, this, &ProfileBar::apply);
    connect(m_experimental, &QCheckBox::toggled, this, &ProfileBar::apply);
    connect(m_snippets, &QCheckBox::toggled, this, &ProfileBar::apply);
    connect(m_gateway, &QComboBox::currentIndexChanged, this, &ProfileBar::apply);
    connect(session, &PreviewSession::profileChanged, this, &ProfileBar::refresh);
    connect(session, &PreviewSession::providerChanged, this, &ProfileBar::refresh);
    connect(session->design(), &Design::changed, this, &ProfileBar::refresh);
    refresh();
}

void ProfileBar::refresh()
{
    m_updating = true;
    const PreviewProfile &profile = m_session->profile();
    const QStringList versions = m_session->provider() ? m_session->provider()->versions() : QStringList();
    QStringList shown;
    for (int i = 0; i < m_version->count(); ++i)
        shown << m_version->itemData(i).toString();
    if (shown != versions) {
        m_version->clear();
        for (const QString &v : versions)
            m_version->addItem(v == u"edge" ? tr("edge (main)") : v, v);
    }
    const int vi = m_version->findData(profile.ngfVersion);
    m_version->setCurrentIndex(vi >= 0 ? vi : 0);
    m_version->setEnabled(!versions.isEmpty());
    m_edition->setCurrentIndex(profile.plus ? 1 : 0);
    m_experimental->setChecked(profile.experimental);
    m_snippets->setChecked(profile.snippets);

    const QStringList gateways = m_session->gateways();
    QStringList listed;
    for (int i = 1; i < m_gateway->count(); ++i)
        listed << m_gateway->itemData(i).toString();
    if (listed != gateways || m_gateway->count() == 0) {
        m_gateway->clear();
        m_gateway->addItem(tr("(the only one)"), QString());
        for (const QString &g : gateways)
            m_gateway->addItem(g, g);
    }
    const int gi = m_gateway->findData(profile.gateway);
    m_gateway->setCurrentIndex(gi >= 0 ? gi : 0);
    const bool several = gateways.size() > 1;
    m_gateway->setVisible(several);
    m_gatewayLabel->setVisible(several);
    m_updating = false;
}

void ProfileBar::apply()
{
    if (m_updating)
        return;
    PreviewProfile profile = m_session->profile();
    profile.ngfVersion = m_version->currentData().toString();
    profile.plus = m_edition->currentData().toBool();
    profile.experimental = m_experimental->isChecked();
    profile.snippets = m_snippets->isChecked();
    profile.gateway = m_gateway->currentData().toString();
    m_session->setProfile(profile);
}

} // namespace gw::views
