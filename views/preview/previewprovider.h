// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "views/common/health.h"
#include "yaml/diagnostic.h"
#include "yaml/path.h"

#include <QStringList>
#include <vector>

namespace gw {
class Design;
}

namespace gw::views {

/** What to preview: the toolbar profile (the same choices as the CLI's shared options). */
struct PreviewProfile
{
    QString ngfVersion; ///< one of PreviewProvider::versions(); empty: the provider's default
    bool plus = false; ///< NGINX Plus instead of NGINX OSS
    bool experimental = false; ///< Gateway API experimental features enabled
    bool snippets = false; ///< NGF's control plane has snippets enabled
    QString gateway; ///< "namespace/name" of the Gateway to render; empty: the only one

    friend bool operator==(const PreviewProfile &, const PreviewProfile &) = default;
};

/** The resource and field a generated line or a condition comes from. resource 0: none. */
struct SourceRef
{
    ResourceId resource = 0;
    yaml::Path field; ///< relative to the resource, e.g. spec.rules[0].backendRefs[0]

    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};

using SourceRefs = std::vector<SourceRef>;

/** One file NGF would write, e.g. /etc/nginx/conf.d/http.conf. */
struct GeneratedFile
{
    QString path;
    QString text; ///< the content, as `nginx -T` prints it
    /// What produced each line of text (index 0 = first line), most specific first: a
    /// `proxy_pass` line names the route's backendRef, then the Service. May be shorter than the
    /// text; lines without sources come from no resource in particular.
    std::vector<SourceRefs> lineSources;
};

/** A status condition NGF would write on a resource (or on one of its listeners or parents). */
struct StatusCondition
{
    SourceRef source; ///< the resource, and the field it is about when known (spec.listeners[0])
    QString scope; ///< what inside the resource it is about: "listener http", "parent default/gateway"
    QString type; ///< "Accepted", "ResolvedRefs", "Programmed"...
    QString status; ///< "True", "False", "Unknown"
    QString reason; ///< "BackendNotFound"...
    QString message; ///< NGF's exact message
    Health health = Health::Healthy; ///< whether a working resource reports this
};

/** Everything the preview shows for one design and profile. */
struct PreviewResult
{
    std::vector<GeneratedFile> files; ///< in the order `nginx -T` lists them
    std::vector<StatusCondition> conditions; ///< all of them, healthy or not
    Diagnostics diagnostics; ///< problems generating at all (no Gateway, unknown version...)
};

/**
 * Generates what the preview shows: given a Design and a profile, the files NGF would write with
 * the origin of every line, and the status conditions. Implemented with the NGF engine (gw_ngf);
 * tests use a fake. generate() is called on the UI thread after the user pauses typing
 * (PreviewSession debounces), so it must be quick and must not keep references into the Design.
 */
class PreviewProvider
{
public:
    virtual ~PreviewProvider() = default;

    /** The NGF versions offered in the toolbar, default first ("2.6.7", ..., "edge"). */
    virtual QStringList versions() const = 0;
    virtual PreviewResult generate(const Design &design, const PreviewProfile &profile) const = 0;
};

} // namespace gw::views
