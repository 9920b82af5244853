// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/documentactionhandler.h"

#include "core/design.h"
#include "core/designeditor.h"
#include "gui/importdialog.h"
#include "gui/prompts.h"
#include "gui/settings.h"
#include "views/common/designselection.h"
#include "views/common/icons.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QUndoStack>
#include <QWidget>

#include <map>

namespace gw {

using views::Icons;

namespace {

QAction *makeAction(const QString &icon, QKeySequence::StandardKey key, QObject *parent)
{
    auto *a = new QAction(parent);
    if (!icon.isEmpty())
        a->setIcon(Icons::icon(icon));
    if (key != QKeySequence::UnknownKey)
        a->setShortcuts(key);
    return a;
}

} // namespace

DocumentActionHandler::DocumentActionHandler(views::DesignSelection *selection, Settings *settings,
                                             Prompts *prompts, QWidget *window)
    : QObject(window)
    , m_selection(selection)
    , m_design(selection->design())
    , m_settings(settings)
    , m_prompts(prompts)
    , m_window(window)
    , m_new(makeAction(QStringLiteral("document-new"), QKeySequence::New, this))
    , m_open(makeAction(QStringLiteral("document-open"), QKeySequence::Open, this))
    , m_openExample(makeAction(QString(), QKeySequence::UnknownKey, this))
    , m_openTlsExample(makeAction(QString(), QKeySequence::UnknownKey, this))
    , m_recentMenu(new QMenu(window))
    , m_importFile(makeAction(QStringLiteral("document-import"), QKeySequence::UnknownKey, this))
    , m_importText(makeAction(QStringLiteral("edit-paste"), QKeySequence::UnknownKey, this))
    , m_save(makeAction(QStringLiteral("document-save"), QKeySequence::Save, this))
    , m_saveAs(makeAction(QStringLiteral("document-save-as"), QKeySequence::SaveAs, this))
    , m_export(makeAction(QStringLiteral("document-export"), QKeySequence::UnknownKey, this))
    , m_reload(makeAction(QStringLiteral("document-revert"), QKeySequence::Refresh, this))
    , m_quit(makeAction(QStringLiteral("application-exit"), QKeySequence::Quit, this))
{
    m_importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importText->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    // Save As is Ctrl+Shift+S everywhere, also where the platform's key bindings have none.
    QList<QKeySequence> saveAsKeys = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (!saveAsKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)))
        saveAsKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAs->setShortcuts(saveAsKeys);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setObjectName(QStringLiteral("exportForKubectl"));
    m_quit->setMenuRole(QAction::QuitRole);
    m_recentMenu->setIcon(Icons::icon(QStringLiteral("document-open")));
    retranslate();

    connect(m_new, &QAction::triggered, this, &DocumentActionHandler::newDesign);
    connect(m_open, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString dir = m_settings->recentFiles().isEmpty()
            ? QDir::homePath()
            : QFileInfo(m_settings->recentFiles().constFirst()).absolutePath();
        const QStringList files = m_prompts->openFileNames(m_window, dir);
        if (!files.isEmpty())
            loadPaths(files); // the unsaved changes were asked about already
    });
    connect(m_openExample, &QAction::triggered, this, &DocumentActionHandler::openExample);
    connect(m_openTlsExample, &QAction::triggered, this,
            [this] { openExamples({QStringLiteral("tls-l4.yaml")}); });
    connect(m_importFile, &QAction::triggered, this, [this] {
        const QStringList files = m_prompts->openFileNames(m_window, QDir::homePath());
        if (!files.isEmpty())
            importFiles(files);
    });
    connect(m_importText, &QAction::triggered, this, [this] {
        ImportDialog dialog(
            [this](const QByteArray &text) {
                DesignEditor editor(m_design);
                if (editor.importText(text, currentFile())) {
                    if (!editor.lastAdded().empty())
                        m_selection->select(editor.lastAdded().front());
                    Q_EMIT loadDiagnostics(editor.lastDiagnostics());
                    return QString();
                }
                QStringList lines;
                for (const Diagnostic &d : editor.lastDiagnostics())
                    lines << d.toString();
                return lines.isEmpty() ? editor.lastError() : lines.join(u'\n');
            },
            m_window);
        dialog.exec();
    });
    connect(m_save, &QAction::triggered, this, &DocumentActionHandler::save);
    connect(m_saveAs, &QAction::triggered, this, [this] { saveAs(); });
    connect(m_export, &QAction::triggered, this, [this] { exportForKubectl(); });
    connect(m_reload, &QAction::triggered, this, &DocumentActionHandler::reload);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DocumentActionHandler::updateRecentMenu);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentActionHandler::fileChanged);
    connect(m_design, &Design::modifiedChanged, this, &DocumentActionHandler::updateActions);
    connect(m_design, &Design::changed, this, &DocumentActionHandler::updateActions);
    updateActions();
}

DocumentActionHandler::~DocumentActionHandler() = default;

void DocumentActionHandler::retranslate()
{
    m_new->setText(tr("&New"));
    m_new->setToolTip(tr("Start an empty design"));
    m_open->setText(tr("&Open…"));
    m_open->setToolTip(tr("Open Kubernetes manifests"));
    m_openExample->setText(tr("Open the &Cafe Example"));
    m_openTlsExample->setText(tr("Open the &TLS and L4 Example"));
    m_openTlsExample->setToolTip(
        tr("TLS terminated, passed through and re-encrypted, and a TCP route, on one Gateway"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_importFile->setText(tr("&Import File…"));
    m_importFile->setToolTip(tr("Add the manifests of a file to this design"));
    m_importText->setText(tr("Import from &Text…"));
    m_importText->setToolTip(tr("Paste manifests or a kubectl apply snippet"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_saveAs->setToolTip(
        tr("Save the design under a new name, with Gateway Studio's own documents (scenarios)"));
    m_export->setText(tr("&Export for kubectl…"));
    m_export->setToolTip(tr("Write the manifests kubectl applies, without Gateway Studio's own documents"));
    m_reload->setText(tr("Re&load from Disk"));
    m_quit->setText(tr("&Quit"));
}

int DocumentActionHandler::currentFile() const
{
    const Resource *r = m_design->resource(m_selection->resource());
    const int file = r ? m_design->fileOf(r->document) : 0;
    return std::max(0, file);
}

QString DocumentActionHandler::displayName() const
{
    if (m_design->fileCount() == 0 || m_design->file(0).path.isEmpty())
        return tr("Untitled");
    const QString first = QFileInfo(m_design->file(0).path).fileName();
    return m_design->fileCount() == 1 ? first : tr("%1 (+%2)").arg(first).arg(m_design->fileCount() - 1);
}

void DocumentActionHandler::updateActions()
{
    bool hasPath = false;
    for (int i = 0; i < m_design->fileCount(); ++i)
        hasPath = hasPath || !m_design->file(i).path.isEmpty();
    m_reload->setEnabled(hasPath);
}

bool DocumentActionHandler::maybeSave()
{
    if (!m_design->isModified())
        return true;
    switch (m_prompts->unsavedChanges(m_window, displayName())) {
    case Prompts::Answer::Save:
        return save();
    case Prompts::Answer::Discard:
        return true;
    case Prompts::Answer::Cancel:
        break;
    }
    return false;
}

bool DocumentActionHandler::newDesign()
{
    if (!maybeSave())
        return false;
    m_design->clear();
    watchFiles();
    Q_EMIT loadDiagnostics({});
    Q_EMIT designReplaced();
    return true;
}

bool DocumentActionHandler::loadPaths(const QStringList &paths)
{
    // Read every file into a scratch design first: a file that does not read must not cost the
    // design that is open. It is offered for repair instead (Prompts::repairFile).
    std::map<QString, Prompts::Repair> repairs;
    QStringList unreadable;
    Diagnostics errors;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        QFile f(absolute);
        if (!f.open(QIODevice::ReadOnly)) {
            unreadable << absolute;
            errors.push_back({Diagnostic::Severity::Error,
                              {absolute, 0, 0},
                              {},
                              {},
                              tr("cannot read the file: %1").arg(f.errorString())});
            continue;
        }
        const QByteArray text = f.readAll();
        Design scratch;
        const Design::LoadResult result = scratch.addFile(text, absolute);
        if (result.ok)
            continue;
        const auto check = [absolute](const QByteArray &candidate) {
            Design probe;
            return probe.addFile(candidate, absolute).diagnostics;
        };
        const std::optional<Prompts::Repair> repair =
            m_prompts->repairFile(m_window, absolute, text, result.diagnostics, check);
        if (!repair) {
            Q_EMIT statusMessage(tr("%1 was not opened").arg(QFileInfo(absolute).fileName()));
            return false;
        }
        if (repair->save) {
            QSaveFile out(absolute);
            if (!out.open(QIODevice::WriteOnly) || out.write(repair->text) != repair->text.size() ||
                !out.commit()) {
                m_prompts->error(
                    m_window, tr("Cannot Save"),
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(absolute), out.errorString()));
                return false;
            }
        } else {
            repairs[absolute] = *repair;
        }
    }
    if (!unreadable.isEmpty() && unreadable.size() == paths.size()) {
        showDiagnostics(tr("Cannot open %1").arg(QFileInfo(unreadable.constFirst()).fileName()), errors);
        return false;
    }

    m_design->clear();
    Diagnostics all;
    bool repaired = false;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (unreadable.contains(absolute))
            continue;
        const auto repair = repairs.find(absolute);
        const Design::LoadResult result = repair == repairs.end()
            ? m_design->openFile(absolute)
            : m_design->addFile(repair->second.text, absolute);
        repaired = repaired || (repair != repairs.end() && result.ok);
        all.insert(all.end(), result.diagnostics.begin(), result.diagnostics.end());
        if (result.ok)
            m_settings->addRecentFile(absolute);
    }
    // The repaired text is not on disk yet: the design has unsaved changes.
    if (repaired)
        m_design->undoStack()->resetClean();
    if (!unreadable.isEmpty())
        showDiagnostics(tr("Cannot open %1").arg(QFileInfo(unreadable.constFirst()).fileName()), errors);
    watchFiles();
    Q_EMIT loadDiagnostics(all);
    Q_EMIT designReplaced();
    Q_EMIT statusMessage(tr("Opened %1").arg(displayName()));
    return unreadable.isEmpty();
}

bool DocumentActionHandler::open(const QStringList &paths)
{
    if (!maybeSave())
        return false;
    return loadPaths(paths);
}

bool DocumentActionHandler::openExample()
{
    return openExamples({QStringLiteral("cafe.yaml")});
}

bool DocumentActionHandler::openExamples(const QStringList &names)
{
    if (!maybeSave())
        return false;
    QByteArray text;
    for (const QString &name : names) {
        QFile f(QStringLiteral(":/gwstudio/examples/") + name);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        if (!text.isEmpty() && !text.endsWith('\n'))
            text.append('\n');
        const QByteArray data = f.readAll();
        if (!text.isEmpty() && !data.startsWith("---"))
            text.append("---\n");
        text.append(data);
    }
    m_design->clear();
    const Design::LoadResult result = m_design->addFile(text, QString());
    watchFiles();
    Q_EMIT loadDiagnostics(result.diagnostics);
    Q_EMIT designReplaced();
    return result.ok;
}

bool DocumentActionHandler::openUnsaved(const QByteArray &text, const Diagnostics &diagnostics)
{
    if (!maybeSave())
        return false;
    m_design->clear();
    const Design::LoadResult result = m_design->addFile(text, QString());
    // Never saved: closing asks, as for any change (the undo history starts here).
    m_design->undoStack()->resetClean();
    watchFiles();
    Diagnostics all = diagnostics;
    all.insert(all.end(), result.diagnostics.begin(), result.diagnostics.end());
    Q_EMIT loadDiagnostics(all);
    Q_EMIT designReplaced();
    return result.ok;
}

bool DocumentActionHandler::importFiles(const QStringList &paths)
{
    QByteArray all;
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_prompts->error(m_window, tr("Cannot Import"),
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
            return false;
        }
        QByteArray text = f.readAll();
        if (!all.isEmpty() && !all.endsWith('\n'))
            all.append('\n');
        if (!all.isEmpty() && !text.startsWith("---"))
            all.append("---\n");
        all.append(text);
    }
    return importText(all);
}

bool DocumentActionHandler::importText(const QByteArray &text)
{
    DesignEditor editor(m_design);
    if (!editor.importText(text, currentFile())) {
        Diagnostics diagnostics = editor.lastDiagnostics();
        if (diagnostics.empty())
            diagnostics.push_back({Diagnostic::Severity::Error, {}, {}, {}, editor.lastError()});
        showDiagnostics(tr("Cannot Import"), diagnostics);
        Q_EMIT loadDiagnostics(diagnostics);
        return false;
    }
    Q_EMIT loadDiagnostics(editor.lastDiagnostics());
    if (!editor.lastAdded().empty())
        m_selection->select(editor.lastAdded().front());
    Q_EMIT statusMessage(tr("Imported %n resource(s)", nullptr, int(editor.lastAdded().size())));
    return true;
}

bool DocumentActionHandler::save()
{
    for (int i = 0; i < m_design->fileCount(); ++i) {
        if (m_design->file(i).path.isEmpty())
            return saveAs();
    }
    if (m_design->fileCount() == 0)
        return saveAs();
    QString error;
    if (!m_design->save(&error)) {
        m_prompts->error(m_window, tr("Cannot Save"), error);
        return false;
    }
    for (int i = 0; i < m_design->fileCount(); ++i)
        m_settings->addRecentFile(m_design->file(i).path);
    watchFiles();
    Q_EMIT statusMessage(tr("Saved %1").arg(displayName()));
    return true;
}

bool DocumentActionHandler::saveAs(const QString &requested)
{
    if (m_design->fileCount() == 0) {
        m_prompts->error(m_window, tr("Cannot Save"), tr("The design is empty."));
        return false;
    }
    // The file without a name, or else the current file, gets the new name.
    int file = currentFile();
    for (int i = 0; i < m_design->fileCount(); ++i) {
        if (m_design->file(i).path.isEmpty()) {
            file = i;
            break;
        }
    }
    QString path = requested;
    if (path.isEmpty()) {
        const QString current = m_design->file(file).path;
        const QString suggestion =
            current.isEmpty() ? QDir::home().filePath(QStringLiteral("gateway.yaml")) : current;
        path = m_prompts->saveFileName(m_window, suggestion, tr("Kubernetes manifests (*.yaml *.yml)"),
                                       saveAsCaption(file));
        if (path.isEmpty())
            return false;
    }
    const QString previous = m_design->file(file).path;
    m_design->setFilePath(file, QFileInfo(path).absoluteFilePath());
    QString error;
    if (!m_design->save(&error)) {
        m_design->setFilePath(file, previous);
        m_prompts->error(m_window, tr("Cannot Save"), error);
        return false;
    }
    m_settings->addRecentFile(m_design->file(file).path);
    watchFiles();
    Q_EMIT statusMessage(tr("Saved %1").arg(displayName()));
    return true;
}

QString DocumentActionHandler::saveAsCaption(int file) const
{
    int resources = 0;
    int own = 0;
    for (DocumentId id : m_design->file(file).documents) {
        for (const Resource &r : m_design->document(id)->resources)
            ++(r.isToolOnly() ? own : resources);
    }
    if (own == 0)
        return tr("Save As: %n resource(s), ready for kubectl", nullptr, resources);
    return tr("Save As: %n resource(s) and %1 (File ▸ Export for kubectl leaves those out)", nullptr,
              resources)
        .arg(tr("%n Gateway Studio document(s)", nullptr, own));
}

bool DocumentActionHandler::exportForKubectl(const QString &requested)
{
    int resources = 0;
    int own = 0;
    for (const Resource *r : m_design->resources())
        ++(r->isToolOnly() ? own : resources);
    if (resources == 0) {
        m_prompts->error(m_window, tr("Cannot Export"), tr("The design has no manifests to export."));
        return false;
    }
    QString path = requested;
    if (path.isEmpty()) {
        const QString current = m_design->fileCount() > 0 ? m_design->file(0).path : QString();
        const QFileInfo info(current);
        const QString suggestion = current.isEmpty()
            ? QDir::home().filePath(QStringLiteral("gateway-kubectl.yaml"))
            : info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-kubectl.yaml"));
        path = m_prompts->saveFileName(m_window, suggestion, tr("Kubernetes manifests (*.yaml *.yml)"),
                                       tr("Export for kubectl: %n resource(s)", nullptr, resources));
        if (path.isEmpty())
            return false;
    }
    const QByteArray text = m_design->exportText();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        m_prompts->error(m_window, tr("Cannot Export"),
                         tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return false;
    }
    QString message =
        tr("Exported %n resource(s) for kubectl to %1", nullptr, resources).arg(QFileInfo(path).fileName());
    if (own > 0)
        message += QStringLiteral(" ") + tr("(left out: %n Gateway Studio document(s))", nullptr, own);
    Q_EMIT statusMessage(message);
    return true;
}

bool DocumentActionHandler::reload()
{
    QStringList paths;
    for (int i = 0; i < m_design->fileCount(); ++i) {
        if (!m_design->file(i).path.isEmpty())
            paths << m_design->file(i).path;
    }
    if (paths.isEmpty())
        return false;
    // Select the same resource again afterwards, by kind and name.
    const Resource *r = m_design->resource(m_selection->resource());
    const Kind kind = r ? r->kind : Kind::Unknown;
    const QString ns = r ? r->meta.ns : QString();
    const QString name = r ? r->meta.name : QString();
    const bool ok = loadPaths(paths);
    if (const Resource *again = m_design->find(kind, ns, name))
        m_selection->select(again->id);
    Q_EMIT statusMessage(tr("Reloaded %1 from disk").arg(displayName()));
    return ok;
}

void DocumentActionHandler::watchFiles()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    QStringList paths;
    for (int i = 0; i < m_design->fileCount(); ++i) {
        const QString path = m_design->file(i).path;
        if (!path.isEmpty() && QFileInfo::exists(path))
            paths << path;
    }
    if (!paths.isEmpty())
        m_watcher.addPaths(paths);
}

void DocumentActionHandler::fileChanged(const QString &path)
{
    int index = -1;
    for (int i = 0; i < m_design->fileCount(); ++i) {
        if (m_design->file(i).path == path)
            index = i;
    }
    // An atomic save replaces the file: watch the new one.
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
    if (index < 0)
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return; // removed or being replaced; a later signal tells the rest
    const QByteArray onDisk = f.readAll();
    if (onDisk == m_design->fileText(index))
        return; // our own save, or nothing that matters
    if (m_design->isModified() && !m_prompts->reloadChangedFile(m_window, path))
        return;
    reload();
}

void DocumentActionHandler::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files[i];
        QAction *a =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()));
        a->setToolTip(QDir::toNativeSeparators(file));
        a->setStatusTip(QDir::toNativeSeparators(file));
        connect(a, &QAction::triggered, this, [this, file] {
            if (!QFileInfo::exists(file)) {
                m_prompts->error(m_window, tr("Cannot Open"), tr("%1 no longer exists.").arg(file));
                m_settings->removeRecentFile(file);
                return;
            }
            open({file});
        });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear Recent Files")), &QAction::triggered, this,
            [this] { m_settings->clearRecentFiles(); });
}

void DocumentActionHandler::showDiagnostics(const QString &title, const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    const int shown = 12;
    if (lines.size() > shown) {
        const qsizetype more = lines.size() - shown;
        lines = lines.mid(0, shown);
        lines << tr("… and %n more", nullptr, int(more));
    }
    m_prompts->error(m_window, title, lines.join(u'\n'));
}

} // namespace gw
