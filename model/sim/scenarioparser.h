// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/scenario.h"

#include <QByteArray>

#include <optional>

namespace gw::yaml {
class Document;
}

namespace gw::sim {

/**
 * Reads `kind: SimulationScenario` documents (apiVersion gwstudio.dev/v1alpha1). Every field is
 * checked — types, ranges, unknown fields, cross references such as an event's Pod given both by
 * name and by index — and each problem is reported with file:line:column, the scenario and the
 * field path, as the manifest reader reports problems.
 */
class ScenarioParser
{
public:
    /**
     * Reads the scenario of \a text, a YAML stream that may hold other documents (a design with its
     * scenario): the first SimulationScenario document, or the one named \a name. Nothing when there
     * is none or it has errors (see \a diagnostics).
     */
    static std::optional<Scenario> parse(const QByteArray &text, const QString &fileName,
                                         Diagnostics &diagnostics, const QString &name = {});
    /** Reads one parsed document, which must be a SimulationScenario. */
    static std::optional<Scenario> parse(const yaml::Document &document, Diagnostics &diagnostics);

    /** True when \a document is a SimulationScenario (apiVersion gwstudio.dev/…, kind SimulationScenario). */
    static bool isScenario(const yaml::Document &document);

    /** "1h30m", "500ms", "10s" (nginx's time syntax; a bare number counts seconds): milliseconds. */
    static std::optional<qint64> parseDuration(const QString &text);
};

} // namespace gw::sim
