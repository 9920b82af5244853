// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/labelcarrier.h"

#include "core/design.h"
#include "core/designeditor.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace gw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::LabelCarrier)
};

/** The keys of \a labels whose value is \a value. */
QStringList keysWithValue(const Labels &labels, const QString &value)
{
    QStringList keys;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.value() == value)
            keys << it.key();
    }
    return keys;
}

bool selects(const Labels &selector, const Labels &labels)
{
    if (selector.isEmpty())
        return false;
    LabelSelector s;
    s.matchLabels = selector;
    return s.matches(labels);
}

yaml::Path labelPath(const char *map, const QString &key)
{
    return yaml::Path::of(map).key(key.toStdString());
}

/** The Deployment's label entries holding \a value: its selector and its Pod template. */
void deploymentEdits(const Resource &r, const QString &value, std::vector<LabelCarrier::Edit> &out)
{
    const Deployment *d = r.as<Deployment>();
    for (const QString &key : keysWithValue(d->selector.matchLabels, value))
        out.push_back({r.id, labelPath("spec.selector.matchLabels", key)});
    for (const QString &key : keysWithValue(d->templateLabels, value))
        out.push_back({r.id, labelPath("spec.template.metadata.labels", key)});
}

void serviceEdits(const Resource &r, const QString &value, std::vector<LabelCarrier::Edit> &out)
{
    for (const QString &key : keysWithValue(r.as<Service>()->selector, value))
        out.push_back({r.id, labelPath("spec.selector", key)});
}

} // namespace

std::vector<LabelCarrier::Edit> LabelCarrier::find(const Design &design, const Resource &renamed,
                                                   const QString &oldName)
{
    std::vector<Edit> edits;
    if (const Deployment *d = renamed.as<Deployment>()) {
        if (keysWithValue(d->templateLabels, oldName).isEmpty())
            return edits;
        deploymentEdits(renamed, oldName, edits);
        for (const Resource *s : design.resources(Kind::Service)) {
            if (s->meta.ns == renamed.meta.ns && selects(s->as<Service>()->selector, d->templateLabels))
                serviceEdits(*s, oldName, edits);
        }
    } else if (const Service *svc = renamed.as<Service>()) {
        if (keysWithValue(svc->selector, oldName).isEmpty())
            return edits;
        serviceEdits(renamed, oldName, edits);
        for (const Resource *r : design.resources(Kind::Deployment)) {
            if (r->meta.ns == renamed.meta.ns && selects(svc->selector, r->as<Deployment>()->templateLabels))
                deploymentEdits(*r, oldName, edits);
        }
    }
    return edits;
}

QString LabelCarrier::describe(const Design &design, const std::vector<Edit> &edits, const QString &oldName)
{
    QStringList keys;
    QStringList resources;
    for (const Edit &e : edits) {
        const QString key = QString::fromStdString(e.field.last().key);
        if (!keys.contains(key))
            keys << key;
        if (const Resource *r = design.resource(e.resource); r && !resources.contains(r->displayName()))
            resources << r->displayName();
    }
    QStringList labels;
    for (const QString &k : std::as_const(keys))
        labels << k + u'=' + oldName;
    return Tr::tr("%1 in %2").arg(labels.join(QStringLiteral(", ")), resources.join(QStringLiteral(", ")));
}

bool LabelCarrier::apply(Design *design, const std::vector<Edit> &edits, const QString &oldName,
                         const QString &newName)
{
    if (edits.empty())
        return false;
    QUndoStack *stack = design->undoStack();
    const int before = stack->index();
    stack->beginMacro(Tr::tr("Carry the label %1 along to %2").arg(oldName, newName));
    bool ok = true;
    DesignEditor editor(design);
    for (const Edit &e : edits)
        ok = ok && editor.setField(e.resource, e.field, yaml::Value(newName));
    stack->endMacro();
    // All or nothing: a half-carried label would select nothing.
    if (!ok && stack->index() > before)
        stack->undo();
    return ok;
}

} // namespace gw
