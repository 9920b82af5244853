// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/objectreader.h"

#include <QCoreApplication>

#include <cmath>

namespace gw {

using yaml::ScalarType;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ObjectReader)
};

QString describe(const yaml::Node *n)
{
    if (n->isMapping())
        return Tr::tr("a mapping");
    if (n->isSequence())
        return Tr::tr("a list");
    const ScalarType t = yaml::resolve(*n);
    const QString value = QString::fromStdString(n->value);
    switch (t) {
    case ScalarType::Null:
        return Tr::tr("null");
    case ScalarType::Bool:
        return Tr::tr("the boolean %1").arg(value);
    case ScalarType::Int:
        return Tr::tr("the integer %1").arg(value);
    case ScalarType::Float:
        return Tr::tr("the number %1").arg(value);
    case ScalarType::String:
        return Tr::tr("the string \"%1\"").arg(value.left(80));
    }
    return value;
}

/** A float scalar that JSON writes as an integer (80.0, 8e1), as kubectl hands it to the API server. */
std::optional<std::int64_t> integralFloat(const yaml::Node *n)
{
    if (!n->isScalar() || yaml::resolve(*n) != ScalarType::Float)
        return std::nullopt;
    const auto d = yaml::parseFloat(n->value);
    if (!d || !std::isfinite(*d) || std::trunc(*d) != *d || std::abs(*d) > 9.0e15)
        return std::nullopt;
    return std::int64_t(*d);
}

} // namespace

ObjectReader::ObjectReader(const yaml::Document &document, Diagnostics &diagnostics,
                           const yaml::Limits &limits)
    : m_doc(document)
    , m_diagnostics(diagnostics)
    , m_limits(limits)
    , m_aliasBudget(limits.maxAliasExpansion)
{ }

const yaml::Node *ObjectReader::deref(const Node *node)
{
    for (int hops = 0; node && node->isAlias(); ++hops) {
        if (m_aliasBudget == 0 || hops > 64) {
            if (!m_budgetReported) {
                m_budgetReported = true;
                error(
                    node, m_doc.pathOf(node),
                    Tr::tr("too many alias expansions (more than %1): the document looks like an alias bomb")
                        .arg(m_limits.maxAliasExpansion));
            }
            return nullptr;
        }
        --m_aliasBudget;
        const Node *target = m_doc.anchorTarget(node->alias);
        if (!target) {
            error(node, m_doc.pathOf(node),
                  Tr::tr("unknown alias \"*%1\"").arg(QString::fromStdString(node->alias)));
            return nullptr;
        }
        node = target;
    }
    return node;
}

const yaml::Node *ObjectReader::get(const Node *map, std::string_view key)
{
    map = deref(map);
    if (!map || !map->isMapping())
        return nullptr;
    if (const Node *v = map->get(key))
        return deref(v);
    // `<<: *base` or `<<: [*a, *b]` merge keys: the first map that has the key wins.
    if (const Node *merge = map->get("<<")) {
        merge = deref(merge);
        if (merge && merge->isMapping())
            return get(merge, key);
        if (merge && merge->isSequence()) {
            for (const Node *item : merge->children) {
                if (const Node *v = get(item, key))
                    return v;
            }
        }
    }
    return nullptr;
}

const yaml::Node *ObjectReader::mapping(const Node *node, const Path &path)
{
    node = deref(node);
    if (!node || node->isNull())
        return nullptr;
    if (!node->isMapping()) {
        error(node, path, Tr::tr("expected a mapping, got %1").arg(describe(node)));
        return nullptr;
    }
    return node;
}

const yaml::Node *ObjectReader::mapping(const Node *map, std::string_view key, const Path &path)
{
    return mapping(get(map, key), path);
}

std::optional<QString> ObjectReader::string(const Node *map, std::string_view key, const Path &path,
                                            bool required)
{
    const Node *n = get(map, key);
    if (!n || n->isNull()) {
        if (required)
            error(n ? n : deref(map), path, Tr::tr("required value is missing"));
        return std::nullopt;
    }
    if (!n->isScalar() || yaml::resolve(*n) != ScalarType::String) {
        QString message = Tr::tr("expected a string, got %1").arg(describe(n));
        if (n->isScalar())
            message += Tr::tr(" (quote it: \"%1\")").arg(QString::fromStdString(n->value));
        error(n, path, message);
        return std::nullopt;
    }
    return QString::fromStdString(n->value);
}

std::optional<int> ObjectReader::integer(const Node *map, std::string_view key, const Path &path,
                                         bool required)
{
    const Node *n = get(map, key);
    if (!n || n->isNull()) {
        if (required)
            error(n ? n : deref(map), path, Tr::tr("required value is missing"));
        return std::nullopt;
    }
    if (n->isScalar() && yaml::resolve(*n) == ScalarType::Int) {
        const auto v = yaml::parseInt(n->value);
        if (v && *v >= INT32_MIN && *v <= INT32_MAX)
            return int(*v);
        error(n, path, Tr::tr("integer %1 is out of range").arg(QString::fromStdString(n->value)));
        return std::nullopt;
    }
    if (const auto whole = integralFloat(n)) {
        // kubectl turns YAML into JSON, where 80.0 and 8e1 are the number 80: the API server takes it.
        if (*whole >= INT32_MIN && *whole <= INT32_MAX)
            return int(*whole);
        error(n, path, Tr::tr("integer %1 is out of range").arg(QString::fromStdString(n->value)));
        return std::nullopt;
    }
    error(n, path, Tr::tr("expected an integer, got %1").arg(describe(n)));
    return std::nullopt;
}

std::optional<bool> ObjectReader::boolean(const Node *map, std::string_view key, const Path &path)
{
    const Node *n = get(map, key);
    if (!n || n->isNull())
        return std::nullopt;
    if (n->isScalar() && yaml::resolve(*n) == ScalarType::Bool)
        return yaml::parseBool(n->value);
    error(n, path, Tr::tr("expected true or false, got %1").arg(describe(n)));
    return std::nullopt;
}

std::optional<IntOrString> ObjectReader::intOrString(const Node *map, std::string_view key, const Path &path)
{
    const Node *n = get(map, key);
    if (!n || n->isNull())
        return std::nullopt;
    if (n->isScalar()) {
        const ScalarType t = yaml::resolve(*n);
        if (t == ScalarType::Int || integralFloat(n)) {
            const auto v = t == ScalarType::Int ? yaml::parseInt(n->value) : integralFloat(n);
            if (v && *v >= INT32_MIN && *v <= INT32_MAX)
                return IntOrString {true, int(*v), {}};
        } else if (t == ScalarType::String) {
            return IntOrString {false, 0, QString::fromStdString(n->value)};
        }
    }
    error(n, path, Tr::tr("expected an integer or a string, got %1").arg(describe(n)));
    return std::nullopt;
}

Labels ObjectReader::stringMap(const Node *map, std::string_view key, const Path &path)
{
    Labels labels;
    const Node *m = mapping(map, key, path);
    if (!m)
        return labels;
    for (int i = 0; i < m->size(); ++i) {
        const Node *k = deref(m->keyAt(i));
        if (!k || !k->isScalar() || k->value == "<<")
            continue;
        const Path itemPath = path.key(k->value);
        if (auto v = string(m, k->value, itemPath))
            labels.insert(QString::fromStdString(k->value), *v);
    }
    return labels;
}

std::optional<LabelSelector> ObjectReader::labelSelector(const Node *map, std::string_view key,
                                                         const Path &path)
{
    const Node *node = mapping(map, key, path);
    if (!node)
        return std::nullopt;
    LabelSelector s;
    s.matchLabels = stringMap(node, "matchLabels", path / "matchLabels");
    s.hasExpressions = has(node, "matchExpressions");
    forEach(node, "matchExpressions", path / "matchExpressions", [&](const Node *item, const Path &ep) {
        LabelSelectorRequirement req;
        req.key = string(item, "key", ep / "key", true).value_or(QString());
        req.op = string(item, "operator", ep / "operator", true).value_or(QString());
        req.values = stringList(item, "values", ep / "values");
        s.matchExpressions.push_back(std::move(req));
    });
    return s;
}

std::vector<QString> ObjectReader::stringList(const Node *map, std::string_view key, const Path &path)
{
    std::vector<QString> list;
    const Node *seq = get(map, key);
    if (!seq || seq->isNull())
        return list;
    if (!seq->isSequence()) {
        error(seq, path, Tr::tr("expected a list, got %1").arg(describe(seq)));
        return list;
    }
    for (int i = 0; i < seq->size(); ++i) {
        const Node *item = deref(seq->itemAt(i));
        if (!item)
            continue;
        if (!item->isScalar() || yaml::resolve(*item) != ScalarType::String) {
            error(item, path.index(i), Tr::tr("expected a string, got %1").arg(describe(item)));
            continue;
        }
        list.push_back(QString::fromStdString(item->value));
    }
    return list;
}

void ObjectReader::forEach(const Node *map, std::string_view key, const Path &path,
                           const std::function<void(const Node *, const Path &)> &f)
{
    const Node *seq = get(map, key);
    if (!seq || seq->isNull())
        return;
    if (!seq->isSequence()) {
        error(seq, path, Tr::tr("expected a list, got %1").arg(describe(seq)));
        return;
    }
    for (int i = 0; i < seq->size(); ++i) {
        const Node *item = deref(seq->itemAt(i));
        if (item)
            f(item, path.index(i));
    }
}

std::optional<QString> ObjectReader::anyScalar(const Node *node, const Path &path)
{
    node = deref(node);
    if (!node)
        return std::nullopt;
    if (node->isNull())
        return QString();
    if (!node->isScalar()) {
        error(node, path, Tr::tr("expected a single value, got %1").arg(describe(node)));
        return std::nullopt;
    }
    return QString::fromStdString(node->value);
}

void ObjectReader::error(const Node *at, const Path &path, const QString &message)
{
    report(Diagnostic::Severity::Error, at, path, message);
}

void ObjectReader::warning(const Node *at, const Path &path, const QString &message)
{
    report(Diagnostic::Severity::Warning, at, path, message);
}

void ObjectReader::report(Diagnostic::Severity severity, const Node *at, const Path &path,
                          const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.location = m_doc.location(at);
    d.resource = m_resource;
    d.field = path.toQString();
    d.message = message;
    m_diagnostics.push_back(std::move(d));
}

void ObjectReader::canonicalDump(const Node *node, std::string &out, int depth)
{
    node = deref(node);
    if (!node || depth > m_limits.maxDepth)
        return;
    switch (node->type) {
    case yaml::NodeType::Null:
        out += "~;";
        break;
    case yaml::NodeType::Scalar:
        out += std::to_string(node->value.size());
        out += ':';
        out += node->value;
        break;
    case yaml::NodeType::Mapping:
        out += '{';
        for (const Node *c : node->children)
            canonicalDump(c, out, depth + 1);
        out += '}';
        break;
    case yaml::NodeType::Sequence:
        out += '[';
        for (const Node *c : node->children)
            canonicalDump(c, out, depth + 1);
        out += ']';
        break;
    case yaml::NodeType::Alias:
        break;
    }
}

quint32 ObjectReader::valueHash(const Node *node)
{
    std::string dump;
    canonicalDump(node, dump, 0);
    quint32 h = 2166136261u;
    for (unsigned char c : dump) {
        h ^= c;
        h *= 16777619u;
    }
    return h;
}

} // namespace gw
