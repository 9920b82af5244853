// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/snippetsform.h"

#include "views/forms/fieldbinding.h"
#include "views/forms/formcontext.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

namespace {

/** NGF's NginxContext enum, from the outermost context in. */
const QStringList &contexts()
{
    static const QStringList list = {QStringLiteral("main"), QStringLiteral("http"),
                                     QStringLiteral("http.server"), QStringLiteral("http.server.location")};
    return list;
}

/** The first line of a snippet, for the list. */
QString firstLine(const FormContext &c, const Path &item)
{
    const QString value = c.scalar(item / "value").value_or(QString()).trimmed();
    const qsizetype nl = value.indexOf(u'\n');
    return nl < 0 ? value : value.left(nl) + QStringLiteral(" …");
}

} // namespace

SnippetsForm::SnippetsForm(Kind kind, FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);
    // NGF's SnippetsPolicy CRD: Gateways only (unique names).
    if (kind == Kind::SnippetsPolicy)
        addTargetRefs(tr("Target Gateways"), {Kind::Gateway}, QStringLiteral("gateway.networking.k8s.io"));

    QGroupBox *group = addGroup(tr("Snippets"));
    auto *layout = new QVBoxLayout(group);
    const Path snippetsPath = Path::of("spec.snippets");
    SequenceEditor *list = addList(
        group, tr("snippet"), snippetsPath,
        {
            Column {tr("Context"), Path::of("context"), FieldSpec::choice(contexts(), QString(), false)},
            Column {tr("Configuration"), Path(), FieldSpec(), firstLine},
        },
        [](const FormContext &c, int) {
            // "Only one snippet allowed per context": the first context not used yet.
            QStringList used;
            const Path path = Path::of("spec.snippets");
            for (int i = 0; i < c.size(path); ++i)
                used << c.scalar(path.index(i) / "context").value_or(QString());
            QString context = contexts().last();
            for (const QString &candidate : contexts()) {
                if (!used.contains(candidate)) {
                    context = candidate;
                    break;
                }
            }
            return Value::mapping().set("context", context).set("value", "# nginx directives");
        });
    list->setVisibleRows(1, 4);
    layout->addWidget(list);

    auto *scope = new FormScope(context, rootScope(), snippetsPath.index(0), this);
    scope->setActive(false);
    auto *details = new QGroupBox(tr("Selected snippet"), group);
    layout->addWidget(details);
    QFormLayout *form = formLayout(details);
    addField(form, tr("&Context:"), Path::of("context"), FieldSpec::choice(contexts(), QString(), false),
             scope);
    FieldSpec value = FieldSpec::multiLineText(false);
    value.placeholder = tr("nginx directives, e.g. add_header X-Snippet on;");
    addField(form, tr("Con&figuration:"), Path::of("value"), value, scope);
    connect(list, &SequenceEditor::currentRowChanged, this, [scope, snippetsPath, details](int row) {
        if (row >= 0)
            scope->setRelative(snippetsPath.index(row));
        scope->setActive(row >= 0);
        details->setEnabled(row >= 0);
    });
    list->setKeepsCurrent(true);
    finish();
}

} // namespace gw::views
