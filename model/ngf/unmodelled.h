// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kind.h"
#include "yaml/diagnostic.h"

#include <QString>

namespace gw {
class Design;
}

namespace gw::ngf {

struct Graph;

/**
 * What the model leaves out, said out loud: every resource of the design that the NGF model here
 * does not act on becomes a note of the graph (a warning naming the resource and its `kind`), and
 * a Gateway that such a resource attaches to through `spec.parentRefs` gets a note on the
 * listener it names, so that a listener with a TLSRoute on it is never shown as all well. The notes
 * reach `gwstudio status` and `render` (stderr), the problems panel and the canvas.
 */
class Unmodelled
{
public:
    /** Whether the NGF model acts on resources of \a kind (Gateway Studio's own documents: yes). */
    static bool isModelled(Kind kind);
    /**
     * Whether NGF v2.6.7 itself watches \a kindName in API group \a group (NGF
     * internal/controller/state/change_processor.go, NewChangeProcessorImpl's store list).
     */
    static bool ngfWatches(const QString &group, const QString &kindName);
    /** Adds the notes for \a design's unmodelled resources to \a graph. */
    static void addNotes(const Design &design, Graph &graph);
};

} // namespace gw::ngf
