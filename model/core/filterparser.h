// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/filter.h"
#include "yaml/node.h"
#include "yaml/path.h"

namespace gw {

class ObjectReader;

/** Reads NGF's route filters: SnippetsFilter and AuthenticationFilter, with their CRD checks. */
class FilterParser
{
public:
    static void parseSnippetsFilter(ObjectReader &r, const yaml::Node *spec, SnippetsFilter &out);
    static void parseAuthenticationFilter(ObjectReader &r, const yaml::Node *spec, AuthenticationFilter &out);

private:
    static JwtAuth parseJwt(ObjectReader &r, const yaml::Node *jwt, const yaml::Path &path);
    static OidcAuth parseOidc(ObjectReader &r, const yaml::Node *oidc, const yaml::Path &path);
};

} // namespace gw
