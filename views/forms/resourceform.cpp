// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/resourceform.h"

#include "views/forms/fieldbinding.h"
#include "views/forms/formcontext.h"
#include "views/forms/mappingmodel.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <map>
#include <set>

namespace gw::views {

ResourceForm::ResourceForm(FormContext *context, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_context(context)
    , m_root(new FormScope(context, nullptr, {}, this))
{
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(10);
    connect(context, &FormContext::problemsChanged, this, &ResourceForm::applyProblems);
    connect(context, &FormContext::refreshed, this, &ResourceForm::applyProblems);
}

QGroupBox *ResourceForm::addGroup(const QString &title, QLayout *into)
{
    auto *group = new QGroupBox(title, this);
    (into ? into : m_layout)->addWidget(group);
    return group;
}

QFormLayout *ResourceForm::formLayout(QGroupBox *group)
{
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setContentsMargins(8, 8, 8, 8);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);
    return form;
}

FieldBinding *ResourceForm::addField(QFormLayout *layout, const QString &label, const yaml::Path &relative,
                                     FieldSpec spec, FormScope *scope)
{
    QWidget *parent = layout->parentWidget() ? layout->parentWidget() : this;
    auto *binding = new FieldBinding(scope ? scope : m_root, relative, std::move(spec), parent);
    auto *labelWidget = new QLabel(label, parent);
    labelWidget->setBuddy(binding->editor());
    binding->editor()->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    layout->addRow(labelWidget, binding->editor());
    layout->addRow(QString(), binding->errorLabel());
    // The message row takes no room while it is hidden.
    layout->setRowVisible(binding->errorLabel(), false);
    connect(binding, &FieldBinding::messageChanged, this,
            [layout, binding] { layout->setRowVisible(binding->errorLabel(), binding->hasMessage()); });
    connect(binding, &FieldBinding::pathChanged, this, &ResourceForm::applyProblems);
    m_bindings.append(binding);
    return binding;
}

SequenceEditor *ResourceForm::addList(QWidget *parent, const QString &itemName, const yaml::Path &relative,
                                      std::vector<SequenceModel::Column> columns,
                                      SequenceModel::NewItem newItem, FormScope *scope)
{
    auto *model =
        new SequenceModel(scope ? scope : m_root, relative, std::move(columns), std::move(newItem), this);
    auto *editor = new SequenceEditor(model, itemName, parent);
    m_lists.append(editor);
    return editor;
}

SequenceEditor *ResourceForm::addMap(QWidget *parent, const QString &itemName, const yaml::Path &relative,
                                     FormScope *scope)
{
    auto *model = new MappingModel(scope ? scope : m_root, relative, this);
    auto *editor = new SequenceEditor(model, itemName, parent);
    editor->setVisibleRows(1, 5);
    m_lists.append(editor);
    return editor;
}

void ResourceForm::addMetadata(bool withLabels)
{
    QGroupBox *group = addGroup(tr("Metadata"));
    QFormLayout *form = formLayout(group);
    addField(form, tr("&Name:"), yaml::Path::of("metadata.name"), FieldSpec::text(QString(), false));
    FieldSpec ns = FieldSpec::reference(ReferenceChoices::namespaces(), true);
    ns.defaultText = QStringLiteral("default");
    ns.placeholder = QStringLiteral("default");
    addField(form, tr("Names&pace:"), yaml::Path::of("metadata.namespace"), ns);
    if (withLabels) {
        auto *label = new QLabel(tr("&Labels:"), group);
        SequenceEditor *labels = addMap(group, tr("label"), yaml::Path::of("metadata.labels"));
        form->addRow(label, labels);
        label->setBuddy(labels->table());
    }
}

namespace {

/** \a path without its list indexes: NGF's field paths name none ("spec.rules.matches"). */
yaml::Path withoutIndexes(const yaml::Path &path)
{
    yaml::Path out;
    for (const yaml::Path::Segment &s : path.segments()) {
        if (!s.isIndex())
            out = out / s.key;
    }
    return out;
}

bool hasIndexes(const yaml::Path &path)
{
    const auto &segments = path.segments();
    return std::any_of(segments.begin(), segments.end(), [](const auto &s) { return s.isIndex(); });
}

/** Kind by its name ("HTTPRoute"), Unknown when none. */
Kind kindNamed(const QString &name)
{
    for (int k = 0; k < KindCount; ++k) {
        if (kindName(Kind(k)) == name)
            return Kind(k);
    }
    return Kind::Unknown;
}

/** Names of the resources of the kind written next to the field (`kind` beside `name`). */
ReferenceChoices::Suggest namesOfSiblingKind(const QList<Kind> &kinds)
{
    return [kinds](const FormContext &c, const yaml::Path &field) {
        Kind kind = kindNamed(c.scalar(field.parent() / "kind").value_or(QString()));
        if (!kinds.contains(kind))
            kind = kinds.value(0, Kind::Unknown);
        return ReferenceChoices::names(kind)(c, field);
    };
}

/**
 * A new item of `spec.targetRefs`: of the kind of the last target (NGF's CRDs do not let Gateways and
 * routes mix), else the first of \a kinds, naming the first resource of that kind not yet targeted
 * (the CRDs want kind and name unique).
 */
yaml::Value newTarget(const FormContext &c, const QList<Kind> &kinds, const QString &group)
{
    const yaml::Path refs = yaml::Path::of("spec.targetRefs");
    const int count = c.size(refs);
    Kind kind = kinds.value(0);
    if (count > 0) {
        const Kind last = kindNamed(c.scalar(refs.index(count - 1) / "kind").value_or(QString()));
        if (kinds.contains(last))
            kind = last;
    }
    QStringList names = ReferenceChoices::names(kind)(c, {});
    for (int i = 0; i < count; ++i) {
        if (c.scalar(refs.index(i) / "kind") == kindName(kind))
            names.removeAll(c.scalar(refs.index(i) / "name").value_or(QString()));
    }
    const QStringList all = ReferenceChoices::names(kind)(c, {});
    return yaml::Value::mapping()
        .set("group", group)
        .set("kind", kindName(kind))
        .set("name", names.value(0, all.value(0, kindName(kind).toLower())));
}

QStringList kindNames(const QList<Kind> &kinds)
{
    QStringList names;
    for (Kind k : kinds)
        names << kindName(k);
    return names;
}

} // namespace

SequenceEditor *ResourceForm::addTargetRefs(const QString &title, const QList<Kind> &kinds,
                                            const QString &group, bool withSectionName)
{
    QGroupBox *box = addGroup(title);
    auto *layout = new QVBoxLayout(box);
    std::vector<SequenceModel::Column> columns;
    if (kinds.size() > 1)
        columns.push_back(
            {tr("Kind"), yaml::Path::of("kind"), FieldSpec::choice(kindNames(kinds), {}, false)});
    columns.push_back({kinds.size() > 1 ? tr("Name") : kindName(kinds.value(0)), yaml::Path::of("name"),
                       FieldSpec::reference(namesOfSiblingKind(kinds))});
    if (withSectionName) {
        FieldSpec section = FieldSpec::text();
        section.defaultText = tr("all ports");
        columns.push_back({tr("Port name"), yaml::Path::of("sectionName"), section});
    }
    SequenceEditor *list =
        addList(box, tr("target"), yaml::Path::of("spec.targetRefs"), std::move(columns),
                [kinds, group](const FormContext &c, int) { return newTarget(c, kinds, group); });
    list->setVisibleRows(1, 5);
    layout->addWidget(list);
    return list;
}

void ResourceForm::addTargetRef(QFormLayout *layout, const QList<Kind> &kinds)
{
    addField(layout, tr("Target &kind:"), yaml::Path::of("spec.targetRef.kind"),
             FieldSpec::choice(kindNames(kinds), {}, false));
    addField(layout, tr("Target na&me:"), yaml::Path::of("spec.targetRef.name"),
             FieldSpec::reference(namesOfSiblingKind(kinds)));
}

void ResourceForm::applyProblems()
{
    std::map<FieldBinding *, std::pair<QStringList, bool>> shown; // messages, all warnings
    static const QRegularExpression named(QStringLiteral("(spec\\.[A-Za-z0-9_.\\[\\]]+):"));
    for (const FieldProblem &problem : m_context->problems()) {
        // The field the problem names, and every other field its (aggregated) message names.
        std::vector<yaml::Path> fields;
        if (!problem.field.isEmpty())
            fields.push_back(problem.field);
        for (auto it = named.globalMatch(problem.message); it.hasNext();) {
            if (auto p = yaml::Path::parse(it.next().captured(1).toStdString()); p && !p->isEmpty())
                fields.push_back(*p);
        }
        std::set<FieldBinding *> targets;
        for (const yaml::Path &field : fields) {
            const bool ngfStyle = !hasIndexes(field);
            FieldBinding *best = nullptr;
            for (FieldBinding *b : std::as_const(m_bindings)) {
                if (!b->isActive())
                    continue; // an inactive scope: no item shown
                const yaml::Path bound = b->path();
                const bool matches =
                    field.startsWith(bound) || (ngfStyle && field.startsWith(withoutIndexes(bound)));
                if (matches && (!best || bound.size() > best->path().size()))
                    best = b;
            }
            if (best)
                targets.insert(best);
        }
        for (FieldBinding *b : targets) {
            auto &[messages, warning] = shown.try_emplace(b, QStringList(), true).first->second;
            if (!messages.contains(problem.message))
                messages << problem.message;
            warning = warning && problem.warning;
        }
    }
    for (FieldBinding *b : std::as_const(m_bindings)) {
        const auto it = shown.find(b);
        if (it == shown.end())
            b->setProblem(QString());
        else
            b->setProblem(it->second.first.join(u'\n'), it->second.second);
    }
}

void ResourceForm::finish()
{
    m_layout->addStretch(1);
}

FieldBinding *ResourceForm::binding(const yaml::Path &path) const
{
    for (FieldBinding *b : m_bindings) {
        if (b->path() == path)
            return b;
    }
    return nullptr;
}

SequenceEditor *ResourceForm::list(const yaml::Path &path) const
{
    for (SequenceEditor *e : m_lists) {
        if (e->model()->path() == path)
            return e;
    }
    return nullptr;
}

void ResourceForm::focusField(const yaml::Path &field)
{
    // Select the row of every list on the way to the field (rules, then matches...).
    for (int n = 1; n <= field.size(); ++n) {
        const yaml::Path prefix = field.left(n);
        if (!prefix.last().isIndex())
            continue;
        if (SequenceEditor *editor = list(prefix.parent()))
            editor->setCurrentRow(prefix.last().index);
    }
    if (FieldBinding *b = binding(field))
        b->editor()->setFocus(Qt::OtherFocusReason);
}

} // namespace gw::views
