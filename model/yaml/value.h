// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/document.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gw::yaml {

/**
 * A YAML value built in code, to be written into a document by the Editor or emitted as a new
 * document. Mappings keep their insertion order. A String is always written so that it reads back
 * as a string (quoted when it would otherwise read as a number, boolean or null).
 */
class Value
{
public:
    enum class Type : std::uint8_t { Null, Bool, Int, Float, String, Mapping, Sequence };
    using Entry = std::pair<std::string, Value>;

    Value() = default;
    Value(std::nullptr_t) { }
    Value(bool b)
        : m_type(Type::Bool)
        , m_bool(b)
    { }
    Value(int i)
        : m_type(Type::Int)
        , m_int(i)
    { }
    Value(std::int64_t i)
        : m_type(Type::Int)
        , m_int(i)
    { }
    Value(double d)
        : m_type(Type::Float)
        , m_double(d)
    { }
    Value(std::string s)
        : m_type(Type::String)
        , m_string(std::move(s))
    { }
    Value(const char *s)
        : m_type(Type::String)
        , m_string(s)
    { }
    Value(const QString &s)
        : m_type(Type::String)
        , m_string(s.toStdString())
    { }

    static Value mapping()
    {
        Value v;
        v.m_type = Type::Mapping;
        return v;
    }
    static Value sequence()
    {
        Value v;
        v.m_type = Type::Sequence;
        return v;
    }
    /** A scalar written exactly as \a text (plain), e.g. a number typed by the user. */
    static Value raw(std::string text);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type != Type::Mapping && m_type != Type::Sequence; }
    bool isMapping() const { return m_type == Type::Mapping; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isRaw() const { return m_raw; }

    bool toBool() const { return m_bool; }
    std::int64_t toInt() const { return m_int; }
    double toDouble() const { return m_double; }
    const std::string &toString() const { return m_string; }
    /** The scalar as text, before any quoting: "80", "true", "cafe.example.com", "" for null. */
    std::string scalarText() const;

    /** Mapping: sets \a key (replacing an existing entry in place). Returns *this for chaining. */
    Value &set(std::string key, Value value);
    /** Sequence: appends. Returns *this for chaining. */
    Value &append(Value value);
    const Value *get(std::string_view key) const;
    Value *get(std::string_view key);
    /** Mapping: removes \a key; returns false when there is no such key. */
    bool removeKey(std::string_view key);
    /** Sequence: inserts before \a index (index == size() appends); returns false when out of range. */
    bool insert(int index, Value value);
    /** Sequence: removes item \a index; returns false when out of range. */
    bool removeAt(int index);
    /** The value at \a path below this one (keys of mappings, indices of sequences), or nullptr. */
    const Value *at(const Path &path) const;
    Value *at(const Path &path);
    const std::vector<Entry> &entries() const { return m_entries; }
    const std::vector<Value> &items() const { return m_items; }
    int size() const { return isMapping() ? int(m_entries.size()) : int(m_items.size()); }

    /**
     * Converts a parsed node to a Value (aliases and merge keys resolved). Returns nothing, and sets
     * \a error, when resolving aliases would produce more than \a budget nodes.
     */
    static std::optional<Value> fromNode(const Document &document, const Node *node,
                                         std::size_t budget = 100000, QString *error = nullptr);

    friend bool operator==(const Value &a, const Value &b);
    /**
     * Equal values with the order of mapping keys aside (it means nothing to Kubernetes): the
     * Editor's contract, which keeps existing keys where they are when it sets a whole mapping.
     */
    friend bool equalIgnoringKeyOrder(const Value &a, const Value &b);

private:
    Type m_type = Type::Null;
    bool m_raw = false;
    bool m_bool = false;
    std::int64_t m_int = 0;
    double m_double = 0;
    std::string m_string;
    std::vector<Entry> m_entries;
    std::vector<Value> m_items;
};

} // namespace gw::yaml
