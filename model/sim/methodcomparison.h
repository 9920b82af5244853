// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/methodvariant.h"
#include "sim/scenariorunner.h"
#include "sim/verdict.h"

#include <optional>
#include <vector>

namespace gw::sim {

/** One method of a comparison: the run under it and the verdict. */
struct ComparedMethod
{
    QString id; ///< "ip_hash", "hash", "sticky", "default", "round_robin"
    /// "ip_hash", "hash $cookie_session consistent", "sticky cookie (Plus)",
    /// "random two least_conn (default)", "round robin"
    QString label;
    ComparedMethodKind kind = ComparedMethodKind::Default;
    SimulationResult result;
    QString verdict; ///< plain language, one sentence (VerdictText::headline)
    VerdictText details; ///< the verdict's points and figures
    bool available = true;
    QString unavailableReason; ///< why there is no result ("NGF 2.3 cannot select …", "cancelled")
};

/** The same scenario under every method, side by side. */
struct MethodComparison
{
    QString scenario; ///< metadata.name
    QString hashKey; ///< the key the hash method used
    bool cancelled = false;
    std::vector<ComparedMethod> methods; ///< in the order of MethodComparer::methods()

    /** The method with \a id, or null. */
    const ComparedMethod *find(const QString &id) const;
};

/** What a comparison varies besides the method. */
struct CompareOptions
{
    /// hashMethodKey of the consistent hash ("$cookie_session", "$http_x_user"); empty: chosen by
    /// MethodComparer::defaultHashKey().
    QString hashKey;
};

/**
 * "Compare methods": runs one scenario — same seed, same clients, same events — once per session
 * persistence method, each on a variant of the design in which every proxied upstream uses that
 * method (MethodVariant: UpstreamSettingsPolicy / sessionPersistence edits rendered by NGF), and
 * judges each run (Verdict). The methods, in order: ip_hash; hash <key> consistent; sticky cookie
 * (NGINX Plus with experimental features, whatever the profile says); NGF's default random two
 * least_conn; round robin.
 *
 * A method the profile cannot express (NGF before 2.4) is listed as unavailable with the reason.
 * The progress callback spans all methods (done and planned summed over the runs); when the cancel
 * flag is raised the running method stops, and the ones after it are listed as unavailable
 * ("cancelled"). Re-entrant, like ScenarioRunner::run().
 */
class MethodComparer
{
public:
    static std::optional<MethodComparison> run(const SimulationInput &input, const Scenario &scenario,
                                               const CompareOptions &compare, const RunOptions &options,
                                               Diagnostics &diagnostics);

    /** The compared methods in order, with their ids. */
    static std::vector<std::pair<ComparedMethodKind, QString>> methods();
    /** "ip_hash", "hash $cookie_x consistent", … */
    static QString label(ComparedMethodKind kind, const QString &hashKey);
    /**
     * The key for the consistent hash when none is given: the first cookie a request of the
     * scenario sends (`$cookie_<name>`), else its first header other than Host and Cookie
     * (`$http_<name>`, lowercase, '-' as '_'), else `$remote_addr` (the whole client address, where
     * ip_hash takes the first three bytes of an IPv4 address).
     */
    static QString defaultHashKey(const Scenario &scenario);
};

} // namespace gw::sim
