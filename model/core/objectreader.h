// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/objectmeta.h"
#include "yaml/document.h"
#include "yaml/scalar.h"

#include <functional>
#include <optional>

namespace gw {

/**
 * Reads typed fields out of a YAML tree the way the Kubernetes API would accept them, and reports
 * every problem as a Diagnostic with file:line:column, the resource and the field path. Follows
 * aliases and `<<` merge keys within a budget, so that alias bombs cost bounded time.
 */
class ObjectReader
{
public:
    using Node = yaml::Node;
    using Path = yaml::Path;

    ObjectReader(const yaml::Document &document, Diagnostics &diagnostics, const yaml::Limits &limits);

    /** Names the resource in later messages ("HTTPRoute default/coffee"). */
    void setResource(const QString &displayName) { m_resource = displayName; }

    /** The node an alias stands for (or \a node itself); nullptr after reporting a problem. */
    const Node *deref(const Node *node);
    /** The value of \a key in a mapping, following merge keys; nullptr if absent. */
    const Node *get(const Node *map, std::string_view key);

    /** A mapping (or absent/null: nullptr without a message). Reports anything else. */
    const Node *mapping(const Node *node, const Path &path);
    const Node *mapping(const Node *map, std::string_view key, const Path &path);

    std::optional<QString> string(const Node *map, std::string_view key, const Path &path,
                                  bool required = false);
    std::optional<int> integer(const Node *map, std::string_view key, const Path &path,
                               bool required = false);
    std::optional<bool> boolean(const Node *map, std::string_view key, const Path &path);
    std::optional<IntOrString> intOrString(const Node *map, std::string_view key, const Path &path);
    Labels stringMap(const Node *map, std::string_view key, const Path &path);
    std::vector<QString> stringList(const Node *map, std::string_view key, const Path &path);
    /** A LabelSelector (matchLabels and matchExpressions) at \a key; nothing when absent. */
    std::optional<LabelSelector> labelSelector(const Node *map, std::string_view key, const Path &path);
    /** Calls \a f for every item of the sequence at \a key. */
    void forEach(const Node *map, std::string_view key, const Path &path,
                 const std::function<void(const Node *item, const Path &itemPath)> &f);
    bool has(const Node *map, std::string_view key) { return get(map, key) != nullptr; }

    /** Scalar value as a string, whatever its type ("" for null); for keys and free-form values. */
    std::optional<QString> anyScalar(const Node *node, const Path &path);

    void error(const Node *at, const Path &path, const QString &message);
    void warning(const Node *at, const Path &path, const QString &message);

    /** A stable hash of a subtree's values (not its formatting): FNV-1a over a canonical dump. */
    quint32 valueHash(const Node *node);

    const yaml::Document &document() const { return m_doc; }

private:
    void canonicalDump(const Node *node, std::string &out, int depth);
    void report(Diagnostic::Severity severity, const Node *at, const Path &path, const QString &message);

    const yaml::Document &m_doc;
    Diagnostics &m_diagnostics;
    const yaml::Limits &m_limits;
    QString m_resource;
    std::size_t m_aliasBudget;
    bool m_budgetReported = false;
};

} // namespace gw
