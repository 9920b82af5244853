// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/migrationdialog.h"

#include "gui/prompts.h"
#include "views/common/theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gw {

MigrationDialog::MigrationDialog(std::function<QString(const MigrationRequest &)> migrate, Prompts *prompts,
                                 QWidget *parent)
    : QDialog(parent)
    , m_migrate(std::move(migrate))
    , m_prompts(prompts)
    , m_files(new QListWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_configMap(new QLineEdit(this))
    , m_plus(new QCheckBox(tr("NGINX &Plus (cookie session persistence, least_time)"), this))
    , m_experimental(new QCheckBox(tr("E&xperimental channel (session persistence)"), this))
    , m_gatewayName(new QLineEdit(QStringLiteral("gateway"), this))
    , m_message(new QLabel(this))
    , m_convert(nullptr)
{
    setObjectName(QStringLiteral("migrationDialog"));
    setWindowTitle(tr("Migrate from ingress-nginx"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Converts ingress-nginx Ingresses into a Gateway, HTTPRoutes and NGF policies, "
                      "as <code>gwstudio migrate</code> does, and opens the result as a new, unsaved "
                      "design. The Migration panel shows what each annotation became."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *filesLabel = new QLabel(tr("&Ingress manifests (with their Services and Deployments):"), this);
    filesLabel->setBuddy(m_files);
    layout->addWidget(filesLabel);
    auto *filesRow = new QHBoxLayout;
    m_files->setObjectName(QStringLiteral("migrationFiles"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    filesRow->addWidget(m_files, 1);
    auto *fileButtons = new QVBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    fileButtons->addWidget(add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    filesRow->addLayout(fileButtons);
    layout->addLayout(filesRow, 1);
    connect(add, &QPushButton::clicked, this, &MigrationDialog::addFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_files->selectedItems());
        updateButtons();
    });
    connect(m_files, &QListWidget::itemSelectionChanged, this, &MigrationDialog::updateButtons);

    auto *form = new QFormLayout;
    auto *configRow = new QHBoxLayout;
    m_configMap->setPlaceholderText(tr("optional: the ingress-nginx-controller ConfigMap"));
    m_configMap->setClearButtonEnabled(true);
    configRow->addWidget(m_configMap, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    configRow->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, &MigrationDialog::chooseConfigMap);
    auto *configLabel = new QLabel(tr("&ConfigMap:"), this);
    configLabel->setBuddy(m_configMap);
    form->addRow(configLabel, configRow);
    form->addRow(tr("&Gateway name:"), m_gatewayName);
    form->addRow(QString(), m_plus);
    form->addRow(QString(), m_experimental);
    layout->addLayout(form);
    connect(m_gatewayName, &QLineEdit::textChanged, this, &MigrationDialog::updateButtons);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, views::Theme::errorColor(palette()));
    m_message->setPalette(pal);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_convert = buttons->button(QDialogButtonBox::Ok);
    m_convert->setText(tr("&Convert and Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MigrationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MigrationDialog::reject);
    layout->addWidget(buttons);
    resize(640, 440);
    updateButtons();
}

MigrationRequest MigrationDialog::request() const
{
    MigrationRequest r;
    for (int i = 0; i < m_files->count(); ++i)
        r.files << m_files->item(i)->data(Qt::UserRole).toString();
    r.configMap = m_configMap->text().trimmed();
    r.options.plus = m_plus->isChecked();
    r.options.experimental = m_experimental->isChecked();
    r.options.gatewayName = m_gatewayName->text().trimmed();
    return r;
}

void MigrationDialog::setFiles(const QStringList &files)
{
    m_files->clear();
    for (const QString &path : files) {
        // The name, and where it is: the whole path is in the tooltip.
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  —  %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            m_files);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    }
    updateButtons();
}

void MigrationDialog::setConfigMap(const QString &path)
{
    m_configMap->setText(path);
}

void MigrationDialog::addFiles()
{
    const QStringList chosen = m_prompts->openFileNames(this, QString());
    QStringList files = request().files;
    for (const QString &path : chosen) {
        if (!files.contains(path))
            files << path;
    }
    setFiles(files);
}

void MigrationDialog::chooseConfigMap()
{
    const QStringList chosen = m_prompts->openFileNames(this, QString());
    if (!chosen.isEmpty())
        m_configMap->setText(chosen.constFirst());
}

QString MigrationDialog::validationError() const
{
    static const QRegularExpression dnsName(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    const QString name = m_gatewayName->text().trimmed();
    if (!dnsName.match(name).hasMatch() || name.size() > 63)
        return tr("The Gateway name \"%1\" is not a valid resource name (lower-case letters, digits and '-')")
            .arg(name);
    return {};
}

void MigrationDialog::updateButtons()
{
    m_remove->setEnabled(!m_files->selectedItems().isEmpty());
    if (m_convert)
        m_convert->setEnabled(m_files->count() > 0 && validationError().isEmpty());
    const QString error = validationError();
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

void MigrationDialog::accept()
{
    const QString invalid = validationError();
    if (m_files->count() == 0 || !invalid.isEmpty()) {
        m_message->setText(invalid.isEmpty() ? tr("Add the manifests with the Ingresses to convert")
                                             : invalid);
        m_message->show();
        return;
    }
    const QString error = m_migrate(request());
    if (!error.isEmpty()) {
        m_message->setText(error);
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace gw
