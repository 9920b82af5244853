// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/wafpolicyform.h"

#include "views/forms/fieldbinding.h"
#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

namespace {

const Path SourcePath = Path::of("spec.policySource");
const Path LogsPath = Path::of("spec.securityLogs");

FieldSpec hint(const QString &placeholder, bool optional = true)
{
    FieldSpec s = FieldSpec::text(QString(), optional);
    s.placeholder = placeholder;
    return s;
}

/** A combo box with a label, in \a layout; \a activated gets the text chosen. */
QComboBox *picker(QWidget *parent, QFormLayout *layout, const QString &label, const QStringList &items)
{
    auto *box = new QComboBox(parent);
    box->addItems(items);
    box->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    auto *l = new QLabel(label, parent);
    l->setBuddy(box);
    layout->addRow(l, box);
    return box;
}

/** Shows \a text in \a box (adding a value NGF refuses, written by hand, as it is). */
void showText(QComboBox *box, const QString &text)
{
    const QSignalBlocker blocker(box);
    int index = box->findText(text);
    if (index < 0 && !text.isEmpty()) {
        box->addItem(text);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

} // namespace

WafPolicyForm::WafPolicyForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);
    // The CRD: Gateways, or HTTPRoutes and GRPCRoutes (one kind per policy).
    addTargetRefs(tr("Targets"), {Kind::Gateway, Kind::HTTPRoute, Kind::GRPCRoute},
                  QStringLiteral("gateway.networking.k8s.io"));

    QGroupBox *source = addGroup(tr("Policy bundle"));
    QFormLayout *form = formLayout(source);
    m_type = picker(source, form, tr("&Source:"),
                    {QStringLiteral("HTTP"), QStringLiteral("NIM"), QStringLiteral("N1C")});
    m_type->setObjectName(QStringLiteral("wafType"));
    connect(m_type, &QComboBox::activated, this, [this](int index) {
        if (!setType(m_type->itemText(index)))
            update();
    });
    const FieldSpec secret = FieldSpec::reference(ReferenceChoices::names(Kind::Secret), true);
    addField(form, tr("&Auth Secret:"), SourcePath / "auth" / "secretRef" / "name", secret);
    addField(form, tr("&TLS CA Secret:"), SourcePath / "tlsSecret" / "name", secret);
    addField(form, tr("Skip TLS &verification:"), SourcePath / "insecureSkipVerify",
             FieldSpec::boolean(QStringLiteral("false")));
    addField(form, tr("&Polling:"), SourcePath / "polling" / "enabled",
             FieldSpec::boolean(QStringLiteral("false")));
    addField(form, tr("Polling &interval:"), SourcePath / "polling" / "interval", hint(tr("e.g. 5m")));

    m_http = addGroup(tr("HTTP bundle server"));
    addField(formLayout(m_http), tr("&URL:"), SourcePath / "httpSource" / "url",
             hint(tr("http://bundle-server/policy.tgz"), false));
    m_nim = addGroup(tr("NGINX Instance Manager"));
    QFormLayout *nim = formLayout(m_nim);
    addField(nim, tr("U&RL:"), SourcePath / "nimSource" / "url", hint(tr("https://nim.example.com"), false));
    addField(nim, tr("Policy &name:"), SourcePath / "nimSource" / "policyName", FieldSpec::text());
    addField(nim, tr("Policy UI&D:"), SourcePath / "nimSource" / "policyUID", FieldSpec::text());
    m_n1c = addGroup(tr("NGINX One Console"));
    QFormLayout *n1c = formLayout(m_n1c);
    addField(n1c, tr("UR&L:"), SourcePath / "n1cSource" / "url",
             hint(tr("https://example.nginx.one"), false));
    addField(n1c, tr("N1C na&mespace:"), SourcePath / "n1cSource" / "namespace",
             FieldSpec::text(QString(), false));
    addField(n1c, tr("Polic&y name:"), SourcePath / "n1cSource" / "policyName", FieldSpec::text());
    addField(n1c, tr("Policy &object ID:"), SourcePath / "n1cSource" / "policyObjectID", FieldSpec::text());

    // Security logs: the profile in the list, the destination of the selected log below it.
    QGroupBox *logs = addGroup(tr("Security logs"));
    auto *logsLayout = new QVBoxLayout(logs);
    const QStringList profiles = {QStringLiteral("log_default"),     QStringLiteral("log_all"),
                                  QStringLiteral("log_illegal"),     QStringLiteral("log_blocked"),
                                  QStringLiteral("log_grpc_all"),    QStringLiteral("log_grpc_blocked"),
                                  QStringLiteral("log_grpc_illegal")};
    SequenceEditor *list =
        addList(logs, tr("security log"), LogsPath,
                {Column {tr("Profile"), Path::of("logSource.defaultProfile"),
                         FieldSpec::choice(profiles, {}, false)}},
                [](const FormContext &, int) {
                    return Value::mapping()
                        .set("destination", Value::mapping().set("type", "stderr"))
                        .set("logSource", Value::mapping().set("defaultProfile", "log_default"));
                });
    list->setVisibleRows(1, 4);
    logsLayout->addWidget(list);
    m_logScope = new FormScope(context, rootScope(), LogsPath.index(0), this);
    m_logScope->setActive(false);
    auto *details = new QGroupBox(tr("Selected log"), logs);
    m_logDetails = details;
    logsLayout->addWidget(details);
    QFormLayout *log = formLayout(details);
    m_destination = picker(details, log, tr("&Destination:"),
                           {QStringLiteral("stderr"), QStringLiteral("file"), QStringLiteral("syslog")});
    m_destination->setObjectName(QStringLiteral("wafDestination"));
    connect(m_destination, &QComboBox::activated, this, [this](int index) {
        if (!setDestination(m_destination->itemText(index)))
            update();
    });
    addField(log, tr("&File:"), Path::of("destination.file.path"),
             hint(tr("/var/log/app_protect/security.log")), m_logScope);
    addField(log, tr("S&yslog server:"), Path::of("destination.syslog.server"), hint(tr("syslog-svc:514")),
             m_logScope);
    connect(list, &SequenceEditor::currentRowChanged, this, [this](int row) {
        m_logRow = row;
        if (row >= 0)
            m_logScope->setRelative(LogsPath.index(row));
        m_logScope->setActive(row >= 0);
        update();
    });
    list->setKeepsCurrent(true);

    connect(context, &FormContext::refreshed, this, &WafPolicyForm::update);
    update();
    finish();
}

void WafPolicyForm::update()
{
    const QString type = context()->scalar(Path::of("spec.type")).value_or(QString());
    showText(m_type, type);
    m_type->setEnabled(context()->resource() != nullptr);
    // The source of the type, and any other source written (NGF refuses it: its message shows).
    m_http->setVisible(type == u"HTTP" || context()->node(SourcePath / "httpSource"));
    m_nim->setVisible(type == u"NIM" || context()->node(SourcePath / "nimSource"));
    m_n1c->setVisible(type == u"N1C" || context()->node(SourcePath / "n1cSource"));

    const bool logSelected =
        context()->resource() && m_logRow >= 0 && context()->node(LogsPath.index(m_logRow)) != nullptr;
    m_logDetails->setEnabled(logSelected);
    showText(m_destination,
             logSelected ? context()
                               ->scalar(LogsPath.index(m_logRow) / "destination" / "type")
                               .value_or(QStringLiteral("stderr"))
                         : QString());
}

bool WafPolicyForm::setType(const QString &type)
{
    if (!context()->resource())
        return false;
    if (type == context()->scalar(Path::of("spec.type")).value_or(QString()))
        return true;
    std::vector<FormContext::Edit> edits {{Path::of("spec.type"), Value(type)}};
    const struct
    {
        QString type;
        const char *key;
        Value skeleton;
    } sources[] = {
        {QStringLiteral("HTTP"), "httpSource",
         Value::mapping().set("url", "http://bundle-server/policy.tgz")},
        {QStringLiteral("NIM"), "nimSource",
         Value::mapping().set("url", "https://nim.example.com").set("policyName", "default-policy")},
        {QStringLiteral("N1C"), "n1cSource",
         Value::mapping()
             .set("url", "https://example.nginx.one")
             .set("namespace", "default")
             .set("policyName", "default-policy")},
    };
    for (const auto &s : sources) {
        const Path path = SourcePath / s.key;
        if (s.type == type) {
            if (!context()->node(path))
                edits.push_back({path, s.skeleton});
        } else {
            edits.push_back({path, std::nullopt});
        }
    }
    return context()->apply(
        edits, tr("Change bundle source of %1 to %2").arg(context()->resource()->meta.name, type));
}

bool WafPolicyForm::setDestination(const QString &type)
{
    if (!context()->resource() || m_logRow < 0)
        return false;
    const Path destination = LogsPath.index(m_logRow) / "destination";
    if (type == context()->scalar(destination / "type").value_or(QStringLiteral("stderr")))
        return true;
    Value value = Value::mapping().set("type", type);
    if (type == u"file")
        value.set("file", Value::mapping().set("path", "/var/log/app_protect/security.log"));
    else if (type == u"syslog")
        value.set("syslog", Value::mapping().set("server", "syslog-svc.default.svc.cluster.local:514"));
    return context()->apply(
        {{destination, value}},
        tr("Change security log destination of %1 to %2").arg(context()->resource()->meta.name, type));
}

} // namespace gw::views
