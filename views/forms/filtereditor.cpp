// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/filtereditor.h"

#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/resourceform.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QStackedWidget>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

namespace {

enum Page {
    EmptyPage,
    RequestHeaderPage,
    ResponseHeaderPage,
    RedirectPage,
    RewritePage,
    MirrorPage,
    ExtensionPage
};

QFormLayout *pageLayout(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 6, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

FieldSpec pathModifierType()
{
    return FieldSpec::choice({QStringLiteral("ReplaceFullPath"), QStringLiteral("ReplacePrefixMatch")});
}

} // namespace

QStringList FilterEditor::filterTypes()
{
    return {QStringLiteral("RequestHeaderModifier"),
            QStringLiteral("ResponseHeaderModifier"),
            QStringLiteral("RequestRedirect"),
            QStringLiteral("URLRewrite"),
            QStringLiteral("RequestMirror"),
            QStringLiteral("ExtensionRef"),
            QStringLiteral("CORS")};
}

QString FilterEditor::summary(const FormContext &c, const Path &item)
{
    const QString type = c.scalar(item / "type").value_or(QString());
    auto value = [&](const char *path) { return c.scalar(item + Path::of(path)).value_or(QString()); };
    if (type == u"RequestHeaderModifier" || type == u"ResponseHeaderModifier") {
        const Path m =
            item / (type == u"RequestHeaderModifier" ? "requestHeaderModifier" : "responseHeaderModifier");
        QStringList parts;
        for (const char *op : {"set", "add", "remove"}) {
            const int n = c.size(m / op);
            if (n > 0)
                parts << QStringLiteral("%1 %2").arg(QString::fromLatin1(op)).arg(n);
        }
        return parts.join(QStringLiteral(", "));
    }
    if (type == u"RequestRedirect") {
        QString s = value("requestRedirect.scheme");
        const QString host = value("requestRedirect.hostname");
        if (!host.isEmpty())
            s += (s.isEmpty() ? QString() : QStringLiteral("://")) + host;
        const QString code = value("requestRedirect.statusCode");
        return (code.isEmpty() ? QStringLiteral("302") : code) + (s.isEmpty() ? QString() : u' ' + s);
    }
    if (type == u"URLRewrite") {
        const QString full = value("urlRewrite.path.replaceFullPath");
        const QString prefix = value("urlRewrite.path.replacePrefixMatch");
        return QStringList({value("urlRewrite.hostname"), full.isEmpty() ? prefix : full})
            .join(u' ')
            .trimmed();
    }
    if (type == u"RequestMirror")
        return value("requestMirror.backendRef.name");
    if (type == u"ExtensionRef")
        return value("extensionRef.kind") + u'/' + value("extensionRef.name");
    if (type == u"CORS") {
        // The first allowed origin and how many more ("https://app.example.com +1").
        const int origins = c.size(item / "cors" / "allowOrigins");
        const QString first = c.scalar((item / "cors" / "allowOrigins").index(0)).value_or(QString());
        return origins > 1 ? QStringLiteral("%1 +%2").arg(first).arg(origins - 1) : first;
    }
    return {};
}

FilterEditor::FilterEditor(ResourceForm *form, FormScope *filterScope, QWidget *parent)
    : QWidget(parent)
    , m_scope(filterScope)
    , m_pages(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    auto *empty = new QLabel(tr("Select a filter to edit its settings."), this);
    empty->setEnabled(false);
    m_pages->addWidget(empty);
    m_pages->addWidget(headerModifierPage(form, "requestHeaderModifier"));
    m_pages->addWidget(headerModifierPage(form, "responseHeaderModifier"));
    m_pages->addWidget(redirectPage(form));
    m_pages->addWidget(rewritePage(form));
    m_pages->addWidget(mirrorPage(form));
    m_pages->addWidget(extensionPage(form));
    m_pages->addWidget(corsPage(form));
    connect(filterScope->context(), &FormContext::refreshed, this, &FilterEditor::showPage);
    connect(filterScope, &FormScope::moved, this, &FilterEditor::showPage);
    showPage();
}

void FilterEditor::showPage()
{
    int page = EmptyPage;
    if (m_scope->isActive()) {
        const QString type = m_scope->context()->scalar(m_scope->path() / "type").value_or(QString());
        const int index = int(filterTypes().indexOf(type));
        if (index >= 0)
            page = index + 1;
    }
    m_pages->setCurrentIndex(page);
    // A stacked widget is as tall as its tallest page; size it by the page shown instead.
    for (int i = 0; i < m_pages->count(); ++i) {
        m_pages->widget(i)->setSizePolicy(i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_pages->adjustSize();
    updateGeometry();
}

QWidget *FilterEditor::headerModifierPage(ResourceForm *form, const char *key)
{
    auto *page = new QWidget(this);
    QFormLayout *f = pageLayout(page);
    const Path base = Path().key(key);
    const auto nameValue = [](const QString &verb) {
        return std::vector<Column> {
            Column {tr("Header"), Path::of("name"), FieldSpec::text(QString(), false)},
            Column {verb, Path::of("value"), FieldSpec::text(QString(), false)},
        };
    };
    SequenceEditor *set = form->addList(
        page, tr("header to set"), base / "set", nameValue(tr("Value")),
        [](const FormContext &, int) { return Value::mapping().set("name", "X-Example").set("value", "1"); },
        m_scope);
    set->setVisibleRows(1, 4);
    f->addRow(tr("Set:"), set);
    SequenceEditor *add = form->addList(
        page, tr("header to add"), base / "add", nameValue(tr("Value")),
        [](const FormContext &, int) { return Value::mapping().set("name", "X-Example").set("value", "1"); },
        m_scope);
    add->setVisibleRows(1, 4);
    f->addRow(tr("Add:"), add);
    SequenceEditor *remove = form->addList(
        page, tr("header to remove"), base / "remove",
        {Column {tr("Header"), Path(), FieldSpec::text(QString(), false)}},
        [](const FormContext &, int) { return Value("X-Example"); }, m_scope);
    remove->setVisibleRows(1, 4);
    f->addRow(tr("Remove:"), remove);
    return page;
}

QWidget *FilterEditor::redirectPage(ResourceForm *form)
{
    auto *page = new QWidget(this);
    QFormLayout *f = pageLayout(page);
    const Path base = Path::of("requestRedirect");
    form->addField(f, tr("Scheme:"), base / "scheme",
                   FieldSpec::choice({QStringLiteral("http"), QStringLiteral("https")}, tr("unchanged")),
                   m_scope);
    form->addField(f, tr("Hostname:"), base / "hostname", FieldSpec::text(tr("unchanged")), m_scope);
    form->addField(f, tr("Port:"), base / "port", FieldSpec::integer(1, 65535, tr("unchanged")), m_scope);
    form->addField(f, tr("Status code:"), base / "statusCode",
                   FieldSpec::choice({QStringLiteral("301"), QStringLiteral("302")}, QStringLiteral("302")),
                   m_scope);
    form->addField(f, tr("Path rewrite:"), base / "path" / "type", pathModifierType(), m_scope);
    form->addField(f, tr("Full path:"), base / "path" / "replaceFullPath", FieldSpec::text(), m_scope);
    form->addField(f, tr("Prefix:"), base / "path" / "replacePrefixMatch", FieldSpec::text(), m_scope);
    return page;
}

QWidget *FilterEditor::rewritePage(ResourceForm *form)
{
    auto *page = new QWidget(this);
    QFormLayout *f = pageLayout(page);
    const Path base = Path::of("urlRewrite");
    form->addField(f, tr("Hostname:"), base / "hostname", FieldSpec::text(tr("unchanged")), m_scope);
    form->addField(f, tr("Path rewrite:"), base / "path" / "type", pathModifierType(), m_scope);
    form->addField(f, tr("Full path:"), base / "path" / "replaceFullPath", FieldSpec::text(), m_scope);
    form->addField(f, tr("Prefix:"), base / "path" / "replacePrefixMatch", FieldSpec::text(), m_scope);
    return page;
}

QWidget *FilterEditor::mirrorPage(ResourceForm *form)
{
    auto *page = new QWidget(this);
    QFormLayout *f = pageLayout(page);
    const Path base = Path::of("requestMirror");
    form->addField(f, tr("Service:"), base / "backendRef" / "name",
                   FieldSpec::reference(ReferenceChoices::names(Kind::Service)), m_scope);
    FieldSpec port = FieldSpec::reference(ReferenceChoices::portsOfSiblingService(), true);
    port.numeric = true;
    form->addField(f, tr("Port:"), base / "backendRef" / "port", port, m_scope);
    form->addField(f, tr("Percent:"), base / "percent", FieldSpec::integer(0, 100, QStringLiteral("100")),
                   m_scope);
    return page;
}

QWidget *FilterEditor::extensionPage(ResourceForm *form)
{
    auto *page = new QWidget(this);
    QFormLayout *f = pageLayout(page);
    const Path base = Path::of("extensionRef");
    form->addField(f, tr("Group:"), base / "group", FieldSpec::text(QString(), false), m_scope);
    form->addField(f, tr("Kind:"), base / "kind", FieldSpec::text(QString(), false), m_scope);
    form->addField(f, tr("Name:"), base / "name", FieldSpec::text(QString(), false), m_scope);
    return page;
}

QWidget *FilterEditor::corsPage(ResourceForm *form)
{
    // Gateway API v1.5.1 HTTPCORSFilter: the lists NGF turns into its CORS maps and add_header lines
    // (docs/ngf.md, "CORS"), the credentials flag and the preflight cache time.
    auto *page = new QWidget(this);
    QFormLayout *f = pageLayout(page);
    const Path base = Path::of("cors");
    const auto strings = [&](const QString &label, const char *key, const QString &itemName,
                             const char *example) {
        SequenceEditor *list = form->addList(
            page, itemName, base / key, {Column {label, Path(), FieldSpec::text(QString(), false)}},
            [example](const FormContext &, int) { return Value(QString::fromUtf8(example)); }, m_scope);
        list->setVisibleRows(1, 3);
        f->addRow(label + u':', list);
    };
    strings(tr("Allowed origins"), "allowOrigins", tr("origin"), "https://app.example.com");
    strings(tr("Allowed methods"), "allowMethods", tr("method"), "GET");
    strings(tr("Allowed headers"), "allowHeaders", tr("header"), "Content-Type");
    strings(tr("Exposed headers"), "exposeHeaders", tr("header"), "X-Request-Id");
    form->addField(f, tr("Credentials:"), base / "allowCredentials",
                   FieldSpec::boolean(QStringLiteral("false")), m_scope);
    form->addField(f, tr("Max age (s):"), base / "maxAge",
                   FieldSpec::integer(1, INT_MAX, QStringLiteral("5")), m_scope);
    return page;
}

} // namespace gw::views
