// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Stand-in for NGF's epp.js (InferencePool endpoint picker), which Gateway Studio does not model:
// it only exports the function name NGF's nginx.conf imports.

function getEndpoint(r) {
    r.return(500);
}

export default { getEndpoint };
