// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/backendtlsprocessor.h"

#include "core/design.h"
#include "ngf/ageorder.h"
#include "ngf/backendconditions.h"
#include "ngf/fielderror.h"
#include "ngf/note.h"
#include "ngf/referencedservices.h"
#include "ngf/refresolver.h"
#include "ngf/validation.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace gw::ngf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::BackendTlsProcessor)
};

const BackendTLSPolicy &spec(const GraphBackendTlsPolicy &p)
{
    return *p.resource->as<BackendTLSPolicy>();
}

} // namespace

BackendTlsProcessor::BackendTlsProcessor(const Design &design, Graph &graph)
    : m_design(design)
    , m_graph(graph)
{ }

QString BackendTlsProcessor::trustedCertificate(const GraphBackendTlsPolicy &policy)
{
    const BackendTLSPolicyValidation &v = spec(policy).validation;
    // dataplane convertBackendTLS: the CA bundle NGF writes for the ConfigMap or Secret, else
    // the image's system bundle (Alpine's path).
    if (!v.caCertificateRefs.empty())
        return QStringLiteral("/etc/nginx/secrets/cert_bundle_%1_%2.crt")
            .arg(policy.resource->meta.ns, v.caCertificateRefs.front().name);
    return QStringLiteral("/etc/ssl/cert.pem");
}

void BackendTlsProcessor::validatePolicies()
{
    if (m_graph.gateways.empty())
        return;
    std::vector<const Resource *> policies = m_design.resources(Kind::BackendTLSPolicy);
    std::stable_sort(policies.begin(), policies.end(), AgeOrder(m_design));
    for (const Resource *r : policies) {
        GraphBackendTlsPolicy p;
        p.resource = r;
        validate(p);
        if (p.valid)
            p.trustedCertificate = trustedCertificate(p);
        noteIgnoredFields(p);
        m_graph.backendTlsPolicies.push_back(std::move(p));
    }
}

std::optional<Conditions> BackendTlsProcessor::validateCaRef(const Resource &r) const
{
    const BackendTLSPolicy &policy = *r.as<BackendTLSPolicy>();
    const auto &refs = policy.validation.caCertificateRefs;
    if (refs.size() != 1)
        return Conditions {conditions::policyInvalid(
            FieldError::tooMany(QStringLiteral("validation.caCertificateRefs"), int(refs.size()), 1)
                .toString())};
    const LocalObjectReference &ref = refs.front();
    const QString noValid = QStringLiteral("No valid CACertificateRef found");
    if (ref.kind != u"ConfigMap" && ref.kind != u"Secret")
        return Conditions {
            conditions::backendTlsPolicyInvalidKind(
                FieldError::notSupported(QStringLiteral("validation.caCertificateRefs[0].kind"),
                                         jsonQuote(ref.kind),
                                         {QStringLiteral("ConfigMap"), QStringLiteral("Secret")})
                    .toString()),
            conditions::backendTlsPolicyNoValidCaCertificate(noValid)};
    if (!ref.group.isEmpty() && ref.group != u"core")
        return Conditions {
            conditions::backendTlsPolicyInvalidKind(
                FieldError::notSupported(QStringLiteral("validation.caCertificateRefs[0].group"),
                                         jsonQuote(ref.group), {QString(), QStringLiteral("core")})
                    .toString()),
            conditions::backendTlsPolicyNoValidCaCertificate(noValid)};
    const RefResolver resolver(m_design);
    const QString error = ref.kind == u"ConfigMap" ? resolver.configMap(r.meta.ns, ref.name)
                                                   : resolver.secret(r.meta.ns, ref.name);
    if (!error.isEmpty()) {
        const QString value = QStringLiteral("{\"group\":%1,\"kind\":%2,\"name\":%3}")
                                  .arg(jsonQuote(ref.group), jsonQuote(ref.kind), jsonQuote(ref.name));
        return Conditions {
            conditions::backendTlsPolicyInvalidCaCertificateRef(
                FieldError::invalid(QStringLiteral("validation.caCertificateRefs[0]"), value, error)
                    .toString()),
            conditions::backendTlsPolicyNoValidCaCertificate(noValid)};
    }
    return std::nullopt;
}

void BackendTlsProcessor::validate(GraphBackendTlsPolicy &p) const
{
    // validateBackendTLSPolicy
    const BackendTLSPolicyValidation &v = spec(p).validation;
    if (const QString e = validation::hostname(v.hostname); !e.isEmpty()) {
        p.valid = false;
        p.conditions.push_back(conditions::policyInvalid(
            QStringLiteral("Invalid hostname: ") +
            FieldError::invalid(QStringLiteral("tls.hostname"), jsonQuote(v.hostname), e).toString()));
    }
    const bool hasRefs = !v.caCertificateRefs.empty();
    if (hasRefs && v.wellKnownCACertificates) {
        p.valid = false;
        p.conditions.push_back(conditions::policyInvalid(
            QStringLiteral("CACertificateRefs and WellKnownCACertificates are mutually exclusive")));
    } else if (hasRefs) {
        if (const auto certConditions = validateCaRef(*p.resource)) {
            p.valid = false;
            conditions::append(p.conditions, *certConditions);
        } else if (p.valid) {
            p.conditions.push_back(conditions::backendTlsPolicyResolvedRefs());
        }
    } else if (v.wellKnownCACertificates) {
        if (*v.wellKnownCACertificates != u"System") {
            p.valid = false;
            p.conditions.push_back(conditions::policyInvalid(
                QStringLiteral("invalid WellKnownCACertificates: ") +
                FieldError::notSupported(QStringLiteral("tls.wellknowncacertificates"),
                                         jsonQuote(*v.wellKnownCACertificates), {QStringLiteral("System")})
                    .toString()));
        }
    } else {
        p.valid = false;
        p.conditions.push_back(conditions::policyInvalid(
            QStringLiteral("Either CACertificateRefs or WellKnownCACertificates must be specified")));
    }
}

void BackendTlsProcessor::noteIgnoredFields(const GraphBackendTlsPolicy &p)
{
    // Fields NGF v2.6.7 reads nowhere: said once per policy, since a user would expect them to count.
    const BackendTLSPolicy &policy = spec(p);
    const auto note = [&](const QString &field, const QString &message) {
        m_graph.notes.push_back(ngf::note(m_design, *p.resource, field, message));
    };
    if (!policy.validation.subjectAltNames.empty())
        note(
            QStringLiteral("spec.validation.subjectAltNames"),
            Tr::tr(
                "NGINX Gateway Fabric v2.6.7 ignores subjectAltNames: nginx verifies the backend certificate "
                "against spec.validation.hostname (proxy_ssl_name)"));
    if (!policy.options.isEmpty())
        note(QStringLiteral("spec.options"),
             Tr::tr("NGINX Gateway Fabric v2.6.7 ignores BackendTLSPolicy options; no option reaches the "
                    "configuration"));
}

int BackendTlsProcessor::find(const QString &ns, const QString &name, const ServicePort &port, QString *error)
{
    const AgeOrder age(m_design);
    int winner = -1;
    std::vector<int> losers;
    for (int i = 0; i < int(m_graph.backendTlsPolicies.size()); ++i) {
        const GraphBackendTlsPolicy &p = m_graph.backendTlsPolicies[size_t(i)];
        if (p.resource->meta.ns != ns)
            continue;
        for (const PolicyTargetReferenceWithSectionName &t : spec(p).targetRefs) {
            // NGF compares the name and namespace only (not the kind), and a sectionName with the
            // Service port's name.
            if (t.name != name || (t.sectionName && *t.sectionName != port.name))
                continue;
            if (winner < 0) {
                winner = i;
            } else if (age.older(*p.resource, *m_graph.backendTlsPolicies[size_t(winner)].resource)) {
                losers.push_back(winner);
                winner = i;
            } else {
                losers.push_back(i);
            }
        }
    }
    for (int i : losers) {
        GraphBackendTlsPolicy &p = m_graph.backendTlsPolicies[size_t(i)];
        p.referenced = true;
        p.conditions.push_back(conditions::policyConflicted(
            QStringLiteral("Conflicts with another BackendTLSPolicy targeting the same Service")));
    }
    if (winner >= 0) {
        GraphBackendTlsPolicy &p = m_graph.backendTlsPolicies[size_t(winner)];
        p.referenced = true;
        if (!p.valid)
            *error = QStringLiteral("The BackendTLSPolicy is invalid: ") + p.conditions.front().message;
        else
            p.conditions.push_back(conditions::policyAccepted());
    }
    return winner;
}

std::optional<Condition> BackendTlsProcessor::mismatch(const std::vector<GraphBackendRef> &refs) const
{
    // validateBackendTLSPolicyMatchingAllBackends. NGF compares the caCertificateRefs, the hostname
    // and the *pointers* to wellKnownCACertificates: two different policies that both name
    // wellKnownCACertificates never match.
    const auto differ = [&](int a, int b) {
        if (a == b)
            return false;
        const BackendTLSPolicyValidation &va = spec(m_graph.backendTlsPolicies[size_t(a)]).validation;
        const BackendTLSPolicyValidation &vb = spec(m_graph.backendTlsPolicies[size_t(b)]).validation;
        bool refsEqual = va.caCertificateRefs.size() == vb.caCertificateRefs.size();
        for (size_t i = 0; refsEqual && i < va.caCertificateRefs.size(); ++i) {
            const LocalObjectReference &x = va.caCertificateRefs[i], &y = vb.caCertificateRefs[i];
            refsEqual = x.group == y.group && x.kind == y.kind && x.name == y.name;
        }
        return !refsEqual || va.wellKnownCACertificates || vb.wellKnownCACertificates ||
            va.hostname != vb.hostname;
    };
    int reference = -1;
    for (const GraphBackendRef &ref : refs) {
        if (ref.tlsPolicy < 0) {
            if (reference >= 0)
                return conditions::routeResolvedRefsUnsupportedValue(
                    QStringLiteral("Backend TLS policies do not match for all backends"));
            continue;
        }
        if (reference < 0)
            reference = ref.tlsPolicy;
        else if (differ(ref.tlsPolicy, reference))
            return conditions::routeResolvedRefsUnsupportedValue(
                QStringLiteral("Backend TLS policies do not match for all backends"));
    }
    return std::nullopt;
}

void BackendTlsProcessor::resolveAncestors()
{
    const ReferencedServices::Map gatewaysOfService = ReferencedServices::build(m_graph);
    const AgeOrder age(m_design);
    for (GraphBackendTlsPolicy &p : m_graph.backendTlsPolicies) {
        std::vector<int> gateways;
        for (const PolicyTargetReferenceWithSectionName &t : spec(p).targetRefs) {
            if (t.kind != u"Service")
                continue;
            const auto it = gatewaysOfService.find(p.resource->meta.ns + u'/' + t.name);
            if (it == gatewaysOfService.end())
                continue;
            for (int g : it->second) {
                if (std::find(gateways.begin(), gateways.end(), g) == gateways.end())
                    gateways.push_back(g);
            }
        }
        // sortGatewaysByCreationTime: creation time, then namespace/name
        std::stable_sort(gateways.begin(), gateways.end(), [&](int a, int b) {
            return age.older(*m_graph.gateways[size_t(a)].resource, *m_graph.gateways[size_t(b)].resource);
        });
        // addGatewaysForBackendTLSPolicies: a design carries no status of other controllers, so
        // the first MaxAncestors Gateways are the policy's; the others do not get its TLS settings.
        for (size_t i = conditions::MaxAncestors; i < gateways.size(); ++i)
            conditions::addAncestorLimit(m_graph.gateways[size_t(gateways[i])].conditions,
                                         QStringLiteral("BackendTLSPolicy"),
                                         p.resource->meta.ns + u'/' + p.resource->meta.name);
        if (gateways.size() > conditions::MaxAncestors)
            gateways.resize(conditions::MaxAncestors);
        p.gateways = std::move(gateways);
        if (!p.referenced) {
            // NGF writes no status for it (PrepareBackendTLSPolicyRequests), so say why it is quiet.
            QString message =
                Tr::tr("no backendRef of a route of NGINX Gateway Fabric's Gateways uses a Service "
                       "this policy targets: NGF writes no status for it and it changes no "
                       "configuration");
            if (!p.valid && !p.conditions.empty())
                message += Tr::tr(" (it is invalid: %1)").arg(p.conditions.front().message);
            m_graph.notes.push_back(ngf::note(m_design, *p.resource, QString(), message));
        }
    }
}

} // namespace gw::ngf
