// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrate/basicauthsecret.h"

#include "core/design.h"
#include "core/workload.h"

#include <QCoreApplication>

namespace gw::migrate {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::migrate::BasicAuthSecret)
};

} // namespace

BasicAuthSecret::BasicAuthSecret(ConversionContext &context, const QString &ns, const QString &secretName,
                                 const QString &secretType)
    : m_name(secretName)
{
    const Resource *resource = context.design.find(Kind::Secret, ns, secretName);
    const Secret *secret = resource ? resource->as<Secret>() : nullptr;
    if (!secret) {
        m_note = secretType == u"auth-map"
            ? Tr::tr("; the Secret is not in the input and is an auth-map (one key per user): NGF needs "
                     "the htpasswd file under the key \"auth\" of an Opaque Secret, rewrite the Secret")
            : Tr::tr("; the Secret is not in the input: NGF needs it of type Opaque with the htpasswd "
                     "file under the key \"auth\"");
        return;
    }
    if (secretType == u"auth-map") {
        // dumpSecretAuthMap: one "user:hash" line per key (Go map order; here the keys' order).
        QByteArray htpasswd;
        for (auto it = secret->data.cbegin(); it != secret->data.cend(); ++it)
            htpasswd += it.key().toUtf8() + ':' + it.value() + '\n';
        writeCopy(context, ns, htpasswd);
        m_note = Tr::tr("; Secret %1 is an auth-map (one key per user), which NGF does not read: its "
                        "users are written to %2 as the htpasswd file (keep %1 for ingress-nginx until "
                        "it is gone)")
                     .arg(secretName, m_name);
        return;
    }
    const auto auth = secret->data.constFind(QStringLiteral("auth"));
    if (auth == secret->data.cend()) {
        m_note = Tr::tr("; the Secret has no key \"auth\": ingress-nginx denies these locations and NGF "
                        "refuses the filter (the rules answer 500) until the htpasswd file is added");
    } else if (secret->type != u"Opaque" && secret->type != u"nginx.org/htpasswd") {
        writeCopy(context, ns, *auth);
        m_note = Tr::tr("; NGF does not read Secret %1 of type %2: its key \"auth\" is copied to %3")
                     .arg(secretName, secret->type, m_name);
    }
}

void BasicAuthSecret::writeCopy(ConversionContext &context, const QString &ns, const QByteArray &htpasswd)
{
    m_name += QStringLiteral("-htpasswd");
    for (const yaml::Value &extra : context.extras) {
        const yaml::Value *meta = extra.get("metadata");
        if (extra.get("kind")->toString() == "Secret" &&
            meta->get("name")->toString() == m_name.toStdString() &&
            meta->get("namespace")->toString() == ns.toStdString())
            return;
    }
    yaml::Value copy = newResource("v1", "Secret", ns, m_name);
    copy.set("type", "Opaque");
    copy.set("data", yaml::Value::mapping().set("auth", QString::fromLatin1(htpasswd.toBase64())));
    context.extras.push_back(copy);
}

} // namespace gw::migrate
