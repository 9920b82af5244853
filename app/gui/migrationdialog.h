// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrate/ingressconverter.h"

#include <QDialog>
#include <QStringList>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gw {

class Prompts;

/** What File ▸ Import ▸ Migrate from ingress-nginx asks for (the options of `gwstudio migrate`). */
struct MigrationRequest
{
    QStringList files; ///< manifests with the Ingresses (and their Services, Deployments, ...)
    QString configMap; ///< optional: a file with the ingress-nginx controller ConfigMap
    migrate::ConversionOptions options;
};

/**
 * File ▸ Import ▸ Migrate from ingress-nginx…: the Ingress manifests, optionally the ingress-nginx
 * ConfigMap, and the options of `gwstudio migrate` (NGINX Plus, experimental channel, the Gateway's
 * name). Accepting runs \a migrate, which converts and opens the result; the dialog stays open with
 * the reason when that fails.
 */
class MigrationDialog : public QDialog
{
    Q_OBJECT

public:
    /** \a migrate returns an empty string, or why the conversion failed. */
    MigrationDialog(std::function<QString(const MigrationRequest &)> migrate, Prompts *prompts,
                    QWidget *parent = nullptr);

    /** The request the dialog's fields make. */
    MigrationRequest request() const;
    void setFiles(const QStringList &files);
    void setConfigMap(const QString &path);

    QListWidget *fileList() const { return m_files; }
    QLineEdit *configMapEdit() const { return m_configMap; }
    QCheckBox *plusBox() const { return m_plus; }
    QCheckBox *experimentalBox() const { return m_experimental; }
    QLineEdit *gatewayNameEdit() const { return m_gatewayName; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *convertButton() const { return m_convert; }

    void accept() override;

private:
    void addFiles();
    void chooseConfigMap();
    void updateButtons();
    QString validationError() const;

    std::function<QString(const MigrationRequest &)> m_migrate;
    Prompts *m_prompts;
    QListWidget *m_files;
    QPushButton *m_remove;
    QLineEdit *m_configMap;
    QCheckBox *m_plus;
    QCheckBox *m_experimental;
    QLineEdit *m_gatewayName;
    QLabel *m_message;
    QPushButton *m_convert;
};

} // namespace gw
