// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/migrationactionhandler.h"

#include "core/design.h"
#include "gui/documentactionhandler.h"
#include "gui/migrationdialog.h"
#include "migrate/ingressconverter.h"
#include "sim/scenarioparser.h"
#include "views/migrate/migrationreportmodel.h"
#include "views/migrate/migrationview.h"
#include "yaml/document.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>

namespace gw {

namespace {

void appendDocument(QByteArray &out, const QByteArray &text)
{
    if (text.trimmed().isEmpty())
        return;
    if (!out.isEmpty() && !out.endsWith('\n'))
        out += '\n';
    if (!out.isEmpty() && !text.startsWith("---"))
        out += "---\n";
    out += text;
}

} // namespace

MigrationActionHandler::MigrationActionHandler(views::MigrationView *view, QDockWidget *dock,
                                               DocumentActionHandler *documents, Prompts *prompts,
                                               QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_dock(dock)
    , m_documents(documents)
    , m_prompts(prompts)
    , m_window(window)
    , m_migrate(new QAction(this))
{
    m_migrate->setObjectName(QStringLiteral("migrateFromIngressNginx"));
    connect(m_migrate, &QAction::triggered, this, [this] { createDialog()->open(); });
    // Another design replaces the migrated one: its report and before/after no longer apply (a
    // migration sets its session again right after opening its design).
    connect(m_documents, &DocumentActionHandler::designReplaced, m_view, &views::MigrationView::clearSession);
    retranslate();
}

void MigrationActionHandler::retranslate()
{
    m_migrate->setText(tr("&Migrate from ingress-nginx…"));
    m_migrate->setStatusTip(
        tr("Convert ingress-nginx Ingresses to a Gateway, HTTPRoutes and NGF policies, and compare both"));
}

MigrationDialog *MigrationActionHandler::createDialog()
{
    auto *dialog =
        new MigrationDialog([this](const MigrationRequest &r) { return migrate(r); }, m_prompts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QString MigrationActionHandler::migrate(const MigrationRequest &request)
{
    QStringList paths = request.files;
    if (!request.configMap.isEmpty())
        paths << request.configMap;
    if (request.files.isEmpty())
        return tr("Add the manifests with the Ingresses to convert");
    // Every file read into one design, each under its own path for the messages.
    Design input;
    QByteArray original;
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        const QByteArray text = f.readAll();
        const Design::LoadResult loaded = input.addFile(text, QFileInfo(path).absoluteFilePath());
        if (!loaded.ok) {
            QStringList lines;
            for (const Diagnostic &d : loaded.diagnostics)
                lines << d.toString();
            return tr("%1 does not read:\n%2").arg(QDir::toNativeSeparators(path), lines.join(u'\n'));
        }
        appendDocument(original, text);
    }
    const migrate::ConversionResult result = migrate::IngressConverter::convert(input, request.options);
    if (!result.ok) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines << d.toString();
        return tr("Nothing converted:\n%1").arg(lines.join(u'\n'));
    }
    // The input's scenarios (Gateway Studio's own documents, which the conversion leaves out) go
    // along: the simulation workspace and the before/after use them.
    QByteArray scenarios;
    for (DocumentId id : input.documents()) {
        const DesignDocument *doc = input.document(id);
        if (doc && doc->yaml && sim::ScenarioParser::isScenario(*doc->yaml))
            appendDocument(scenarios, QByteArray::fromStdString(std::string(doc->yaml->text())));
    }
    QByteArray converted = result.yaml;
    appendDocument(converted, scenarios);
    if (!m_documents->openUnsaved(converted, result.diagnostics))
        return tr("The design with unsaved changes was kept; nothing was opened");

    views::MigrationSession session;
    session.original = original;
    session.options = request.options;
    session.result = result;
    session.scenario = scenarios;
    m_view->setSession(session);
    m_dock->show();
    m_dock->raise();
    Q_EMIT statusMessage(tr("Migrated from ingress-nginx: %1").arg(m_view->reportModel()->summary()));
    return {};
}

} // namespace gw
