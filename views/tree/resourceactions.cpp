// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/tree/resourceactions.h"

#include "core/design.h"
#include "core/designeditor.h"
#include "views/common/designselection.h"
#include "views/common/icons.h"
#include "views/tree/resourcetemplates.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>

namespace gw::views {

ResourceActions::ResourceActions(DesignSelection *selection, QObject *parent)
    : QObject(parent)
    , m_selection(selection)
    , m_addMenu(new QMenu)
    , m_duplicate(new QAction(Icons::icon(QStringLiteral("edit-duplicate")), QString(), this))
    , m_delete(new QAction(Icons::icon(QStringLiteral("edit-delete")), QString(), this))
    , m_rename(new QAction(Icons::icon(QStringLiteral("edit-rename")), QString(), this))
    , m_copy(new QAction(Icons::icon(QStringLiteral("edit-copy")), QString(), this))
    , m_partner(new QAction(Icons::icon(QStringLiteral("list-add")), QString(), this))
    , m_createMissing(new QAction(Icons::icon(QStringLiteral("list-add")), QString(), this))
{
    m_addMenu->setIcon(Icons::icon(QStringLiteral("list-add")));
    connect(this, &QObject::destroyed, m_addMenu, &QObject::deleteLater);
    for (Kind kind : ResourceTemplates::addableKinds()) {
        QAction *action = m_addMenu->addAction(Icons::kind(kind), kindName(kind));
        action->setData(int(kind));
        connect(action, &QAction::triggered, this, [this, kind] { add(kind); });
        m_addActions.append(action);
        if (kind == Kind::UpstreamSettingsPolicy)
            m_addMenu->addSeparator();
    }
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete->setShortcut(QKeySequence::Delete);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_copy->setShortcut(QKeySequence::Copy);
    for (QAction *a : {m_duplicate, m_delete, m_rename, m_copy})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_duplicate, &QAction::triggered, this, &ResourceActions::duplicate);
    connect(m_delete, &QAction::triggered, this, &ResourceActions::remove);
    connect(m_rename, &QAction::triggered, this, [this] {
        if (m_selection->resource())
            Q_EMIT renameRequested(m_selection->resource());
    });
    connect(m_copy, &QAction::triggered, this, &ResourceActions::copy);
    m_partner->setObjectName(QStringLiteral("addPartner"));
    connect(m_partner, &QAction::triggered, this, &ResourceActions::addPartner);
    connect(m_createMissing, &QAction::triggered, this, [this] {
        addNamed(Kind(m_createMissing->data().toList().value(0).toInt()),
                 m_createMissing->data().toList().value(1).toString());
    });
    connect(selection, &DesignSelection::currentChanged, this, &ResourceActions::updateEnabled);
    // A rename changes the partner action's text.
    connect(selection->design(), &Design::changed, this, &ResourceActions::updateEnabled);
    retranslate();
    updateEnabled();
}

void ResourceActions::retranslate()
{
    m_addMenu->setTitle(tr("&Add Resource"));
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setToolTip(tr("Duplicate the selected resource under a new name"));
    m_delete->setText(tr("&Delete"));
    m_delete->setToolTip(tr("Delete the selected resource"));
    m_rename->setText(tr("Re&name"));
    m_rename->setToolTip(tr("Rename the selected resource"));
    m_copy->setText(tr("&Copy as YAML"));
    m_copy->setToolTip(tr("Copy the selected resource's manifest to the clipboard"));
    for (QAction *a : std::as_const(m_addActions))
        a->setToolTip(tr("Add a new %1").arg(a->text()));
}

QAction *ResourceActions::addAction(Kind kind) const
{
    for (QAction *a : m_addActions) {
        if (a->data().toInt() == int(kind))
            return a;
    }
    return nullptr;
}

void ResourceActions::updateEnabled()
{
    const bool has = m_selection->resource() != 0;
    for (QAction *a : {m_duplicate, m_delete, m_rename, m_copy})
        a->setEnabled(has);
    const Resource *r = m_selection->design()->resource(m_selection->resource());
    if (r && r->kind == Kind::Deployment) {
        m_partner->setText(tr("Add &Service for Deployment %1").arg(r->meta.name));
        m_partner->setEnabled(true);
    } else if (r && r->kind == Kind::Service) {
        m_partner->setText(tr("Add &Deployment for Service %1").arg(r->meta.name));
        m_partner->setEnabled(true);
    } else {
        m_partner->setText(tr("Add a Service or Deployment That Fits"));
        m_partner->setEnabled(false);
    }
}

QAction *ResourceActions::createMissingAction(Kind kind, const QString &name)
{
    if (kind != Kind::Service && kind != Kind::Gateway)
        return nullptr;
    m_createMissing->setText(tr("&Create %1 %2").arg(kindName(kind), name));
    m_createMissing->setData(QVariantList {int(kind), name});
    return m_createMissing;
}

ResourceId ResourceActions::addPartner()
{
    const Resource *r = m_selection->design()->resource(m_selection->resource());
    if (!r || (r->kind != Kind::Deployment && r->kind != Kind::Service))
        return 0;
    return add(r->kind == Kind::Deployment ? Kind::Service : Kind::Deployment, true);
}

ResourceId ResourceActions::addNamed(Kind kind, const QString &name, bool forSelection)
{
    Design *design = m_selection->design();
    const Resource *selected = design->resource(m_selection->resource());
    const QString ns = selected && selected->meta.namespaceWritten ? selected->meta.ns : QString();
    const Resource *partner = ResourceTemplates::partnerFor(*design, kind, ns, selected, forSelection);
    // Named after its partner ("coffee" for the Deployment coffee), else after the kind.
    const QString chosen = !name.isEmpty()
        ? name
        : ResourceTemplates::uniqueName(*design, kind, ns,
                                        partner ? partner->meta.name : ResourceTemplates::baseName(kind));
    DesignEditor editor(design);
    if (!editor.addResource(ResourceTemplates::create(kind, chosen, ns, *design, partner))) {
        Q_EMIT failed(editor.lastError());
        return 0;
    }
    const ResourceId id = editor.lastAdded().empty() ? 0 : editor.lastAdded().front();
    m_selection->select(id);
    return id;
}

ResourceId ResourceActions::add(Kind kind, bool forSelection)
{
    return addNamed(kind, QString(), forSelection);
}

ResourceId ResourceActions::duplicate()
{
    Design *design = m_selection->design();
    const Resource *r = design->resource(m_selection->resource());
    if (!r)
        return 0;
    const QString name = ResourceTemplates::uniqueName(*design, r->kind, r->meta.ns, r->meta.name + u"-copy");
    DesignEditor editor(design);
    if (!editor.duplicateResource(r->id, name)) {
        Q_EMIT failed(editor.lastError());
        return 0;
    }
    const ResourceId id = editor.lastAdded().empty() ? 0 : editor.lastAdded().front();
    m_selection->select(id);
    return id;
}

bool ResourceActions::remove()
{
    const ResourceId id = m_selection->resource();
    if (!id)
        return false;
    DesignEditor editor(m_selection->design());
    if (!editor.removeResource(id)) {
        Q_EMIT failed(editor.lastError());
        return false;
    }
    return true;
}

void ResourceActions::copy()
{
    Design *design = m_selection->design();
    const Resource *r = design->resource(m_selection->resource());
    if (!r)
        return;
    const DesignDocument *doc = design->document(r->document);
    const std::string_view text = r->basePath.isEmpty() ? std::string_view(doc->yaml->text())
                                                        : doc->yaml->sourceOf(doc->yaml->find(r->basePath));
    QApplication::clipboard()->setText(QString::fromUtf8(text.data(), qsizetype(text.size())));
}

} // namespace gw::views
