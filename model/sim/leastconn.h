// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/balancingmethod.h"

namespace gw::sim {

/**
 * `least_conn` (`ngx_http_upstream_least_conn_module.c`): the usable peer with the fewest
 * connections per weight; ties are broken by smooth weighted round robin among the tied peers only.
 * Connections count until the request releases its peer, so sequential traffic degenerates to
 * round robin exactly.
 */
class LeastConn : public BalancingMethod
{
public:
    PeerId select(PickContext &context) const override;
};

} // namespace gw::sim
