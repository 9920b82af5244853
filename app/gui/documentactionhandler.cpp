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
#include <QUndoStack>
#include <QWidget>

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
    , m_recentMenu(new QMenu(window))
    , m_importFile(makeAction(QStringLiteral("document-import"), QKeySequence::UnknownKey, this))
    , m_importText(makeAction(QStringLiteral("edit-paste"), QKeySequence::UnknownKey, this))
    , m_save(makeAction(QStringLiteral("document-save"), QKeySequence::Save, this))
    , m_saveAs(makeAction(QStringLiteral("document-save-as"), QKeySequence::SaveAs, this))
    , m_reload(makeAction(QStringLiteral("document-revert"), QKeySequence::Refresh, this))
    , m_quit(makeAction(QStringLiteral("application-exit"), QKeySequence::Quit, this))
{
    m_importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importText->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
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
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_importFile->setText(tr("&Import File…"));
    m_importFile->setToolTip(tr("Add the manifests of a file to this design"));
    m_importText->setText(tr("Import from &Text…"));
    m_importText->setToolTip(tr("Paste manifests or a kubectl apply snippet"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
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
    m_design->clear();
    Diagnostics all;
    QStringList failed;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        const Design::LoadResult result = m_design->openFile(absolute);
        all.insert(all.end(), result.diagnostics.begin(), result.diagnostics.end());
        if (result.ok)
            m_settings->addRecentFile(absolute);
        else
            failed << absolute;
    }
    if (!failed.isEmpty()) {
        Diagnostics errors;
        for (const Diagnostic &d : all) {
            if (d.severity == Diagnostic::Severity::Error)
                errors.push_back(d);
        }
        showDiagnostics(tr("Cannot open %1").arg(QFileInfo(failed.constFirst()).fileName()), errors);
    }
    watchFiles();
    Q_EMIT loadDiagnostics(all);
    Q_EMIT designReplaced();
    if (failed.size() < paths.size())
        Q_EMIT statusMessage(tr("Opened %1").arg(displayName()));
    return failed.isEmpty();
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
        path = m_prompts->saveFileName(m_window, suggestion, tr("Kubernetes manifests (*.yaml *.yml)"));
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
