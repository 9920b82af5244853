// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/profile.h"
#include "views/preview/previewprovider.h"

namespace gw {

/**
 * The live preview with NGF's engine: views::PreviewProvider implemented with ngf::Generator
 * (the function `gwstudio render` and `gwstudio status` run). Files and their source map are
 * passed on as they are; the status conditions are the ones StatusWriter would write, with
 * NGF's defaults, each pointing at the resource part it is about (a listener, a parentRef, the
 * field a message names) and rated healthy, warning or error.
 */
class NgfPreviewProvider : public views::PreviewProvider
{
public:
    QStringList versions() const override;
    views::PreviewResult generate(const Design &design, const views::PreviewProfile &profile) const override;

    /** The NGF profile a preview profile stands for (the live preview's and the simulation's). */
    static ngf::Profile profile(const views::PreviewProfile &profile);
    /** How a condition reads to a user: what a working resource reports is healthy. */
    static views::Health health(const QString &type, bool status, const QString &reason);
    /** The first field a condition message names ("... spec.rules[0].backendRefs[0].name: ..."), if any. */
    static yaml::Path fieldOfMessage(const QString &message);
};

} // namespace gw
