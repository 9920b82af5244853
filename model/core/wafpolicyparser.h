// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wafpolicy.h"

namespace gw {

namespace yaml {
struct Node;
}
class ObjectReader;

/**
 * Reads the spec of NGF's WAFPolicy (gateway.nginx.org/v1alpha1, apis/v1alpha1/wafpolicy_types.go).
 * The CRD's rules are errors, as the API server rejects the object before NGF sees it: the CEL
 * rules on targetRefs (one kind, Gateway/HTTPRoute/GRPCRoute, names unique), the source type that
 * must match the one source set, the "exactly one of" rules of NIM, N1C and log sources, the
 * destination rules, and the enums, lengths, patterns and bounds of the fields.
 */
class WafPolicyParser
{
public:
    static void parse(ObjectReader &r, const yaml::Node *spec, WAFPolicy &out);
};

} // namespace gw
