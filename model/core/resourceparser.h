// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "yaml/document.h"

namespace gw {

class ObjectReader;

/**
 * Turns one YAML document into typed resources: none for an empty document, one for an object,
 * several for a `kind: List`. The typed values are what the API server would store: CRD defaults
 * are applied (a rule without matches matches PathPrefix "/", a backendRef weighs 1, a listener
 * allows routes from the Same namespace...), while the YAML text is left as written.
 *
 * Problems that kubectl or the API server would reject are errors; the caller must not import a
 * document that has any: missing apiVersion/kind/name, an apiVersion that is not GROUP/VERSION, a
 * known kind in the wrong API group, names that are not RFC 1123 names, a field of the wrong type
 * as the API server sees it (kubectl hands it JSON, so `port: 80.0` is the integer 80 and `port:
 * "80"` a string).
 */
class ResourceParser
{
public:
    struct Result
    {
        std::vector<Resource> resources;
        Diagnostics diagnostics;
    };

    static Result parse(const yaml::Document &document, DocumentId id, const yaml::Limits &limits = {});

    /** Kubernetes' pod-template-hash encoding of a 32-bit hash ("5b9c74f9d9"). */
    static QString encodeHash(quint32 hash);

private:
    static void parseObject(ObjectReader &r, const yaml::Node *root, const yaml::Path &base, Resource &res);
    static void parseMeta(ObjectReader &r, const yaml::Node *root, Resource &res);
    static void checkApiVersion(ObjectReader &r, const yaml::Node *root, const Resource &res);
    static void checkName(ObjectReader &r, const yaml::Node *at, const yaml::Path &path, const QString &name,
                          bool label, bool startWithLetter);
    static void parseService(ObjectReader &r, const yaml::Node *spec, Service &out);
    static void parseDeployment(ObjectReader &r, const yaml::Node *spec, Deployment &out);
    static void parseEndpointSlice(ObjectReader &r, const yaml::Node *root, EndpointSlice &out);
    static void parseSecret(ObjectReader &r, const yaml::Node *root, Secret &out);
    static void parseUpstreamSettingsPolicy(ObjectReader &r, const yaml::Node *spec,
                                            UpstreamSettingsPolicy &out);
    static void parseReferenceGrant(ObjectReader &r, const yaml::Node *spec, ReferenceGrant &out);
};

} // namespace gw
