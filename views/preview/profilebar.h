// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace gw::views {

class PreviewSession;

/**
 * The preview profile as a toolbar row: NGF version, NGINX OSS or Plus, experimental features,
 * and which Gateway to render (for designs with several). Edits the PreviewSession's profile and
 * follows it.
 */
class ProfileBar : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileBar(PreviewSession *session, QWidget *parent = nullptr);

    QComboBox *versionBox() const { return m_version; }
    QComboBox *editionBox() const { return m_edition; }
    QCheckBox *experimentalBox() const { return m_experimental; }
    QCheckBox *snippetsBox() const { return m_snippets; }
    QComboBox *gatewayBox() const { return m_gateway; }

private:
    void refresh();
    void apply();

    PreviewSession *m_session;
    QLabel *m_versionLabel;
    QComboBox *m_version;
    QComboBox *m_edition;
    QCheckBox *m_experimental;
    QCheckBox *m_snippets;
    QLabel *m_gatewayLabel;
    QComboBox *m_gateway;
    bool m_updating = false;
};

} // namespace gw::views
