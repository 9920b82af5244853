// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/backendtlsparser.h"

#include "core/objectreader.h"

#include <QCoreApplication>

namespace gw {

using yaml::Node;
using yaml::Path;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::BackendTlsParser)
};

} // namespace

void BackendTlsParser::parsePolicy(ObjectReader &r, const Node *spec, BackendTLSPolicy &out)
{
    const Path p = Path::of("spec");
    r.forEach(spec, "targetRefs", p / "targetRefs", [&](const Node *item, const Path &tp) {
        PolicyTargetReferenceWithSectionName t;
        t.group = r.string(item, "group", tp / "group", true).value_or(QString());
        t.kind = r.string(item, "kind", tp / "kind", true).value_or(QString());
        t.name = r.string(item, "name", tp / "name", true).value_or(QString());
        t.sectionName = r.string(item, "sectionName", tp / "sectionName");
        out.targetRefs.push_back(std::move(t));
    });
    const Path vp = p / "validation";
    const Node *validation = r.mapping(spec, "validation", vp);
    if (!validation && spec)
        r.error(spec, vp, Tr::tr("required: a BackendTLSPolicy needs spec.validation with a hostname"));
    r.forEach(validation, "caCertificateRefs", vp / "caCertificateRefs",
              [&](const Node *item, const Path &cp) {
                  LocalObjectReference ref;
                  ref.group = r.string(item, "group", cp / "group", true).value_or(QString());
                  ref.kind = r.string(item, "kind", cp / "kind", true).value_or(QString());
                  ref.name = r.string(item, "name", cp / "name", true).value_or(QString());
                  out.validation.caCertificateRefs.push_back(std::move(ref));
              });
    out.validation.wellKnownCACertificates =
        r.string(validation, "wellKnownCACertificates", vp / "wellKnownCACertificates");
    if (validation)
        out.validation.hostname = r.string(validation, "hostname", vp / "hostname", true).value_or(QString());
    r.forEach(validation, "subjectAltNames", vp / "subjectAltNames", [&](const Node *item, const Path &sp) {
        SubjectAltName san;
        san.type = r.string(item, "type", sp / "type", true).value_or(QString());
        san.hostname = r.string(item, "hostname", sp / "hostname").value_or(QString());
        san.uri = r.string(item, "uri", sp / "uri").value_or(QString());
        out.validation.subjectAltNames.push_back(std::move(san));
    });
    out.options = r.stringMap(spec, "options", p / "options");
}

void BackendTlsParser::parseConfigMap(ObjectReader &r, const Node *root, ConfigMap &out)
{
    out.data = r.stringMap(root, "data", Path::of("data"));
    const Labels binary = r.stringMap(root, "binaryData", Path::of("binaryData"));
    for (auto it = binary.cbegin(); it != binary.cend(); ++it) {
        const auto decoded =
            QByteArray::fromBase64Encoding(it.value().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            r.error(r.get(r.get(root, "binaryData"), it.key().toStdString()),
                    Path::of("binaryData") / it.key().toStdString(),
                    Tr::tr("illegal base64 data: the API server stores binaryData as base64"));
        else
            out.binaryData.insert(it.key(), *decoded);
    }
}

} // namespace gw
