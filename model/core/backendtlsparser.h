// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backendtls.h"
#include "yaml/node.h"

namespace gw {

class ObjectReader;

/** Reads BackendTLSPolicy and the ConfigMaps that carry CA bundles. */
class BackendTlsParser
{
public:
    static void parsePolicy(ObjectReader &r, const yaml::Node *spec, BackendTLSPolicy &out);
    /** \a root is the object (a ConfigMap has data and binaryData at the top level). */
    static void parseConfigMap(ObjectReader &r, const yaml::Node *root, ConfigMap &out);
};

} // namespace gw
