// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrate/conversioncontext.h"

namespace gw::migrate {

/**
 * The Secret an AuthenticationFilter of type Basic converted from ingress-nginx's basic authentication
 * names. ingress-nginx (annotations/auth/main.go) reads the htpasswd file from key "auth" of any Secret
 * ("auth-file") or builds it from one key per user ("auth-map", dumpSecretAuthMap); NGF v2.6.7 reads it
 * only from key "auth" of a Secret of type Opaque or nginx.org/htpasswd (graph/authentication_filter.go
 * resolveAuthenticationFilterSecret, resolver/secrets.go). Where the input holds a Secret NGF would
 * refuse, the conversion writes an Opaque copy, `<name>-htpasswd`, with the htpasswd file under "auth".
 */
class BasicAuthSecret
{
public:
    /**
     * Resolves \a secretName of namespace \a ns read as \a secretType ("auth-file" or "auth-map"):
     * adds the Opaque copy to \a context's extras when one is needed (once per Secret).
     */
    BasicAuthSecret(ConversionContext &context, const QString &ns, const QString &secretName,
                    const QString &secretType);

    /** The Secret the filter names. */
    const QString &name() const { return m_name; }
    /** What the report adds about the Secret ("" when NGF reads it as it is), starting with "; ". */
    const QString &note() const { return m_note; }

private:
    void writeCopy(ConversionContext &context, const QString &ns, const QByteArray &htpasswd);

    QString m_name;
    QString m_note;
};

} // namespace gw::migrate
