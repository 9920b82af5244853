// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/backendconditions.h"

namespace gw::ngf::conditions {

namespace {

Condition make(const char16_t *type, bool status, const char16_t *reason, const QString &message)
{
    return Condition {QString::fromUtf16(type), status, QString::fromUtf16(reason), message};
}

} // namespace

Condition gatewayClassResolvedRefs()
{
    return make(u"ResolvedRefs", true, u"ResolvedRefs",
                QStringLiteral("The ParametersRef resource is resolved"));
}

Condition gatewayClassRefNotFound()
{
    return make(u"ResolvedRefs", false, u"ParametersRefNotFound",
                QStringLiteral("The ParametersRef resource could not be found"));
}

Condition gatewayClassRefInvalid(const QString &message)
{
    return make(u"ResolvedRefs", false, u"ParametersRefInvalid", message);
}

Condition gatewayClassInvalidParameters(const QString &message)
{
    return make(
        u"Accepted", true, u"InvalidParameters",
        QStringLiteral("The GatewayClass is accepted, but ParametersRef is ignored due to an error: ") +
            message);
}

Condition gatewayResolvedRefs()
{
    return make(u"ResolvedRefs", true, u"ResolvedRefs",
                QStringLiteral("The referenced resources are resolved"));
}

Condition gatewayRefInvalid(const QString &message)
{
    return make(u"ResolvedRefs", false, u"ParametersRefInvalid", message);
}

Condition gatewayInvalidParameters(const QString &message)
{
    return make(u"Accepted", true, u"InvalidParameters",
                QStringLiteral("The Gateway is accepted, but ParametersRef is ignored due to an error: ") +
                    message);
}

Condition gatewaySecretRefInvalid(const QString &message)
{
    return make(u"ResolvedRefs", false, u"InvalidClientCertificateRef", message);
}

Condition gatewayRefNotPermitted(const QString &message)
{
    return make(u"ResolvedRefs", false, u"RefNotPermitted", message);
}

Condition backendTlsPolicyResolvedRefs()
{
    return make(u"ResolvedRefs", true, u"ResolvedRefs", QStringLiteral("All CACertificateRefs are resolved"));
}

Condition backendTlsPolicyInvalidCaCertificateRef(const QString &message)
{
    return make(u"ResolvedRefs", false, u"InvalidCACertificateRef", message);
}

Condition backendTlsPolicyInvalidKind(const QString &message)
{
    return make(u"ResolvedRefs", false, u"InvalidKind", message);
}

Condition backendTlsPolicyNoValidCaCertificate(const QString &message)
{
    return make(u"Accepted", false, u"NoValidCACertificate", message);
}

} // namespace gw::ngf::conditions
