// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/nginxproxy.h"
#include "yaml/node.h"

namespace gw {

class ObjectReader;

/** Reads NGF's NginxProxy spec (gateway.nginx.org/v1alpha2) into its typed form. */
class NginxProxyParser
{
public:
    static void parse(ObjectReader &r, const yaml::Node *spec, NginxProxy &out);
};

} // namespace gw
