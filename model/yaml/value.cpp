// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/value.h"

#include "yaml/scalar.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace gw::yaml {

Value Value::raw(std::string text)
{
    Value v;
    v.m_raw = true;
    switch (resolvePlain(text)) {
    case ScalarType::Null:
        v.m_type = Type::Null;
        break;
    case ScalarType::Bool:
        v.m_type = Type::Bool;
        v.m_bool = parseBool(text).value_or(false);
        break;
    case ScalarType::Int:
        v.m_type = Type::Int;
        v.m_int = parseInt(text).value_or(0);
        break;
    case ScalarType::Float:
        v.m_type = Type::Float;
        v.m_double = parseFloat(text).value_or(0);
        break;
    case ScalarType::String:
        v.m_type = Type::String;
        break;
    }
    v.m_string = std::move(text);
    return v;
}

std::string Value::scalarText() const
{
    if (m_raw)
        return m_string;
    switch (m_type) {
    case Type::Null:
        return {};
    case Type::Bool:
        return m_bool ? "true" : "false";
    case Type::Int:
        return std::to_string(m_int);
    case Type::Float: {
        if (std::isnan(m_double))
            return ".nan";
        if (std::isinf(m_double))
            return m_double < 0 ? "-.inf" : ".inf";
        // The shortest text that reads back as the same double, always recognisable as a float.
        char buf[64];
        const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, m_double);
        std::string s(buf, ec == std::errc() ? end : buf);
        if (s.find_first_of(".eE") == std::string::npos)
            s += ".0";
        return s;
    }
    case Type::String:
        return m_string;
    case Type::Mapping:
    case Type::Sequence:
        break;
    }
    return {};
}

Value &Value::set(std::string key, Value value)
{
    for (Entry &e : m_entries) {
        if (e.first == key) {
            e.second = std::move(value);
            return *this;
        }
    }
    m_entries.emplace_back(std::move(key), std::move(value));
    return *this;
}

Value &Value::append(Value value)
{
    m_items.push_back(std::move(value));
    return *this;
}

const Value *Value::get(std::string_view key) const
{
    for (const Entry &e : m_entries) {
        if (e.first == key)
            return &e.second;
    }
    return nullptr;
}

Value *Value::get(std::string_view key)
{
    for (Entry &e : m_entries) {
        if (e.first == key)
            return &e.second;
    }
    return nullptr;
}

bool Value::removeKey(std::string_view key)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->first == key) {
            m_entries.erase(it);
            return true;
        }
    }
    return false;
}

bool Value::insert(int index, Value value)
{
    if (index < 0 || index > int(m_items.size()))
        return false;
    m_items.insert(m_items.begin() + index, std::move(value));
    return true;
}

bool Value::removeAt(int index)
{
    if (index < 0 || index >= int(m_items.size()))
        return false;
    m_items.erase(m_items.begin() + index);
    return true;
}

const Value *Value::at(const Path &path) const
{
    return const_cast<Value *>(this)->at(path);
}

Value *Value::at(const Path &path)
{
    Value *v = this;
    for (const Path::Segment &seg : path.segments()) {
        if (seg.isIndex()) {
            if (!v->isSequence() || seg.index >= int(v->m_items.size()))
                return nullptr;
            v = &v->m_items[size_t(seg.index)];
        } else {
            if (!v->isMapping())
                return nullptr;
            v = v->get(seg.key);
            if (!v)
                return nullptr;
        }
    }
    return v;
}

namespace {

struct Converter
{
    const Document &doc;
    std::size_t budget;
    bool exhausted = false;

    std::optional<Value> convert(const Node *n, int depth)
    {
        if (!n)
            return Value();
        if (budget == 0 || depth > 256) {
            exhausted = true;
            return std::nullopt;
        }
        --budget;
        if (n->isAlias())
            return convert(doc.anchorTarget(n->alias), depth + 1);
        switch (n->type) {
        case NodeType::Null:
        case NodeType::Alias:
            return Value();
        case NodeType::Scalar:
            if (resolve(*n) == ScalarType::String)
                return Value(n->value);
            return Value::raw(n->value);
        case NodeType::Mapping: {
            Value m = Value::mapping();
            std::vector<const Node *> merges;
            for (int i = 0; i < n->size(); ++i) {
                if (n->keyAt(i)->value == "<<" && n->keyAt(i)->scalarStyle == ScalarStyle::Plain) {
                    merges.push_back(n->valueAt(i));
                    continue;
                }
                auto v = convert(n->valueAt(i), depth + 1);
                if (!v)
                    return std::nullopt;
                m.set(n->keyAt(i)->value, std::move(*v));
            }
            // Merged keys never override explicit ones.
            for (const Node *merge : merges) {
                auto mv = convert(merge, depth + 1);
                if (!mv)
                    return std::nullopt;
                std::vector<Value> sources;
                if (mv->isMapping())
                    sources.push_back(*mv);
                else if (mv->isSequence())
                    sources = mv->items();
                for (const Value &src : sources) {
                    for (const auto &[k, v] : src.entries()) {
                        if (!m.get(k))
                            m.set(k, v);
                    }
                }
            }
            return m;
        }
        case NodeType::Sequence: {
            Value s = Value::sequence();
            for (const Node *c : n->children) {
                auto v = convert(c, depth + 1);
                if (!v)
                    return std::nullopt;
                s.append(std::move(*v));
            }
            return s;
        }
        }
        return Value();
    }
};

} // namespace

std::optional<Value> Value::fromNode(const Document &document, const Node *node, std::size_t budget,
                                     QString *error)
{
    Converter c {document, budget};
    auto v = c.convert(node, 0);
    if (!v && error) {
        *error = QCoreApplication::translate("gw::yaml::Value", "too many alias expansions (more than %1)")
                     .arg(budget);
    }
    return v;
}

bool equalIgnoringKeyOrder(const Value &a, const Value &b)
{
    if (a.isMapping() && b.isMapping()) {
        if (a.size() != b.size())
            return false;
        for (const auto &[k, v] : a.entries()) {
            const Value *other = b.get(k);
            if (!other || !equalIgnoringKeyOrder(v, *other))
                return false;
        }
        return true;
    }
    if (a.isSequence() && b.isSequence()) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (!equalIgnoringKeyOrder(a.items()[size_t(i)], b.items()[size_t(i)]))
                return false;
        }
        return true;
    }
    return a == b;
}

bool operator==(const Value &a, const Value &b)
{
    if (a.m_type != b.m_type)
        return false;
    switch (a.m_type) {
    case Value::Type::Null:
        return true;
    case Value::Type::Bool:
        return a.m_bool == b.m_bool;
    case Value::Type::Int:
        return a.m_int == b.m_int;
    case Value::Type::Float:
        return a.m_double == b.m_double || (std::isnan(a.m_double) && std::isnan(b.m_double));
    case Value::Type::String:
        return a.m_string == b.m_string;
    case Value::Type::Mapping:
        return a.m_entries == b.m_entries;
    case Value::Type::Sequence:
        return a.m_items == b.m_items;
    }
    return false;
}

} // namespace gw::yaml
