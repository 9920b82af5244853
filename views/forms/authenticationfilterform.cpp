// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/authenticationfilterform.h"

#include "views/forms/fieldbinding.h"
#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>

namespace gw::views {

using yaml::Path;
using yaml::Value;

namespace {

const QStringList &types()
{
    static const QStringList list = {QStringLiteral("Basic"), QStringLiteral("JWT"), QStringLiteral("OIDC")};
    return list;
}

FieldSpec secretName()
{
    return FieldSpec::reference(ReferenceChoices::names(Kind::Secret));
}

FieldSpec hint(const QString &placeholder, bool optional = true)
{
    FieldSpec s = FieldSpec::text(QString(), optional);
    s.placeholder = placeholder;
    return s;
}

} // namespace

AuthenticationFilterForm::AuthenticationFilterForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
    , m_type(new QComboBox)
{
    addMetadata(false);

    QGroupBox *general = addGroup(tr("Authentication"));
    QFormLayout *form = formLayout(general);
    m_type->setParent(general);
    m_type->setObjectName(QStringLiteral("authType"));
    m_type->addItems(types());
    m_type->setAccessibleName(tr("Type"));
    auto *typeLabel = new QLabel(tr("&Type:"), general);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);
    connect(m_type, &QComboBox::activated, this, [this](int index) {
        if (!setType(m_type->itemText(index)))
            update(); // refused: show the type written
    });

    // Basic: an htpasswd Secret and the realm (BasicAuth).
    m_basic = addGroup(tr("Basic authentication"));
    QFormLayout *basic = formLayout(m_basic);
    addField(basic, tr("&Secret:"), Path::of("spec.basic.secretRef.name"), secretName());
    addField(basic, tr("&Realm:"), Path::of("spec.basic.realm"), hint(tr("e.g. Restricted"), false));

    // JWT: the realm and the keys, from a Secret (File) or a JWKS URL (Remote).
    m_jwt = addGroup(tr("JWT authentication"));
    QFormLayout *jwt = formLayout(m_jwt);
    addField(jwt, tr("R&ealm:"), Path::of("spec.jwt.realm"), hint(tr("e.g. Restricted"), false));
    FieldBinding *source =
        addField(jwt, tr("Key so&urce:"), Path::of("spec.jwt.source"),
                 FieldSpec::choice({QStringLiteral("File"), QStringLiteral("Remote")}, {}, false));
    FieldBinding *keySecret =
        addField(jwt, tr("Key S&ecret:"), Path::of("spec.jwt.file.secretRef.name"), secretName());
    FieldBinding *uri = addField(jwt, tr("JWKS &URI:"), Path::of("spec.jwt.remote.uri"),
                                 hint(tr("https://idp.example.com/.well-known/jwks.json")));
    addField(jwt, tr("Key &cache:"), Path::of("spec.jwt.keyCache"), hint(tr("e.g. 1h")));
    auto updateSource = [jwt, source, keySecret, uri] {
        const bool remote = source->text() == u"Remote";
        jwt->setRowVisible(keySecret->editor(), !remote || !keySecret->text().isEmpty());
        jwt->setRowVisible(uri->editor(), remote || !uri->text().isEmpty());
    };
    connect(source, &FieldBinding::valueChanged, this, updateSource);
    updateSource();

    // OIDC: the identity provider, the client, and the session and logout settings.
    m_oidc = addGroup(tr("OpenID Connect"));
    QFormLayout *oidc = formLayout(m_oidc);
    addField(oidc, tr("&Issuer:"), Path::of("spec.oidc.issuer"), hint(tr("https://idp.example.com"), false));
    addField(oidc, tr("Client &ID:"), Path::of("spec.oidc.clientID"), FieldSpec::text(QString(), false));
    addField(oidc, tr("Client secre&t:"), Path::of("spec.oidc.clientSecretRef.name"), secretName());
    addField(oidc, tr("Con&fig URL:"), Path::of("spec.oidc.configURL"),
             hint(tr("default: the issuer's /.well-known/openid-configuration")));
    addField(oidc, tr("Redirect URI:"), Path::of("spec.oidc.redirectURI"), hint(tr("e.g. /oidc_callback")));
    addField(oidc, tr("PKCE:"), Path::of("spec.oidc.pkce"), FieldSpec::boolean(QStringLiteral("false")));
    addField(oidc, tr("Session cookie:"), Path::of("spec.oidc.session.cookieName"), FieldSpec::text());
    addField(oidc, tr("Session timeout:"), Path::of("spec.oidc.session.timeout"), hint(tr("e.g. 8h")));
    addField(oidc, tr("Logout URI:"), Path::of("spec.oidc.logout.uri"), hint(tr("e.g. /logout")));
    addField(oidc, tr("After logout:"), Path::of("spec.oidc.logout.postLogoutURI"), hint(tr("e.g. /")));
    oidc->addRow(tr("Extra arguments:"), addMap(m_oidc, tr("argument"), Path::of("spec.oidc.extraAuthArgs")));

    connect(context, &FormContext::refreshed, this, &AuthenticationFilterForm::update);
    update();
    finish();
}

void AuthenticationFilterForm::update()
{
    const QString type = context()->scalar(Path::of("spec.type")).value_or(QString());
    {
        const QSignalBlocker blocker(m_type);
        int index = m_type->findText(type);
        if (index < 0 && !type.isEmpty()) {
            m_type->addItem(type); // a value NGF refuses, written by hand: show it as it is
            index = m_type->count() - 1;
        }
        m_type->setCurrentIndex(index);
    }
    m_type->setEnabled(context()->resource() != nullptr);
    // The section of the type, and any other section written (NGF refuses it: its message shows).
    m_basic->setVisible(type == u"Basic" || context()->node(Path::of("spec.basic")));
    m_jwt->setVisible(type == u"JWT" || context()->node(Path::of("spec.jwt")));
    m_oidc->setVisible(type == u"OIDC" || context()->node(Path::of("spec.oidc")));
}

bool AuthenticationFilterForm::setType(const QString &type)
{
    if (!context()->resource())
        return false;
    const QString current = context()->scalar(Path::of("spec.type")).value_or(QString());
    if (type == current)
        return true;
    const QStringList secrets = ReferenceChoices::names(Kind::Secret)(*context(), {});
    std::vector<FormContext::Edit> edits {{Path::of("spec.type"), Value(type)}};
    const struct
    {
        QString type;
        const char *key;
        Value skeleton;
    } sections[] = {
        {QStringLiteral("Basic"), "basic",
         Value::mapping()
             .set("secretRef", Value::mapping().set("name", secrets.value(0, QStringLiteral("basic-auth"))))
             .set("realm", "Restricted")},
        {QStringLiteral("JWT"), "jwt",
         Value::mapping()
             .set("realm", "Restricted")
             .set("source", "File")
             .set("file",
                  Value::mapping().set("secretRef",
                                       Value::mapping().set("name", QStringLiteral("jwt-keys"))))},
        {QStringLiteral("OIDC"), "oidc",
         Value::mapping()
             .set("issuer", "https://idp.example.com")
             .set("clientID", "gateway")
             .set("clientSecretRef", Value::mapping().set("name", QStringLiteral("oidc-client")))},
    };
    for (const auto &s : sections) {
        const Path path = Path::of("spec") / s.key;
        if (s.type == type) {
            if (!context()->node(path))
                edits.push_back({path, s.skeleton});
        } else {
            edits.push_back({path, std::nullopt});
        }
    }
    return context()->apply(edits, tr("Change type of %1 to %2").arg(context()->resource()->meta.name, type));
}

} // namespace gw::views
