// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/profile.h"
#include "yaml/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace gw {
class Design;
}

namespace gw::sim {

/**
 * What a simulation runs on: the manifests (as the text of each file) and the NGF profile. A
 * snapshot, so that a simulation can run on a worker thread while the user goes on editing the
 * Design it came from: take it with fromDesign() in the Design's thread, then hand it over.
 */
struct SimulationInput
{
    struct File
    {
        QString path; ///< for messages; empty for text that was never saved
        QByteArray text;
    };

    std::vector<File> files;
    ngf::Profile profile;

    /** The files of \a design as it would save them, and \a profile. */
    static SimulationInput fromDesign(const Design &design, const ngf::Profile &profile);

    /**
     * A new Design holding the files, plus \a extra (generated manifests, such as the EndpointSlices a
     * scenario's Pods give) as one more file. Null with \a diagnostics filled when the files do not read.
     */
    std::shared_ptr<Design> makeDesign(const QByteArray &extra = {},
                                       Diagnostics *diagnostics = nullptr) const;
};

} // namespace gw::sim
