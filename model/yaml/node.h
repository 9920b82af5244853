// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gw::yaml {

enum class NodeType : std::uint8_t { Null, Scalar, Mapping, Sequence, Alias };
enum class ScalarStyle : std::uint8_t { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };
enum class CollectionStyle : std::uint8_t { Block, Flow };

/**
 * One node of a parsed YAML document, with the exact byte range it occupies in the document text,
 * so that an edit can replace just that range and keep every other byte. Nodes are owned by their
 * Document and never change after parsing; an edit produces a new document text.
 */
struct Node
{
    NodeType type = NodeType::Null;
    ScalarStyle scalarStyle = ScalarStyle::Plain;
    CollectionStyle collectionStyle = CollectionStyle::Block;
    bool implicitNull = false; ///< an empty value (`key:`), occupying no text: begin == end
    bool flowPair = false; ///< a single-pair mapping in a flow sequence, without braces: `[a: 1]`

    int propertiesBegin = -1; ///< first byte of the anchor/tag properties, or == begin without them
    int begin = -1; ///< first byte of the node itself (a quote, `|`, `[`, `-`, first key...)
    int end = -1; ///< one past the last byte (closing quote, last content character, `]`)
    int line = 0; ///< 0-based line of begin, within the document text
    int column = 0; ///< 0-based column of begin

    std::string tag; ///< explicit tag as resolved by yaml-cpp ("tag:yaml.org,2002:str"), or empty
    std::string anchor; ///< anchor defined on this node (without '&'), or empty
    std::string alias; ///< for NodeType::Alias: the anchor it refers to (without '*')
    std::string value; ///< scalar value after unquoting and folding

    Node *parent = nullptr;
    /** Mapping: key, value, key, value...  Sequence: the items. */
    std::vector<Node *> children;

    bool isNull() const { return type == NodeType::Null; }
    bool isScalar() const { return type == NodeType::Scalar; }
    bool isMapping() const { return type == NodeType::Mapping; }
    bool isSequence() const { return type == NodeType::Sequence; }
    bool isAlias() const { return type == NodeType::Alias; }
    bool isFlow() const { return collectionStyle == CollectionStyle::Flow; }

    /** Number of entries of a mapping or items of a sequence. */
    int size() const { return isMapping() ? int(children.size() / 2) : int(children.size()); }
    const Node *keyAt(int i) const { return children[size_t(2 * i)]; }
    const Node *valueAt(int i) const { return children[size_t(2 * i + 1)]; }
    const Node *itemAt(int i) const { return children[size_t(i)]; }
    /** The value for a scalar key of a mapping, or nullptr. */
    const Node *get(std::string_view key) const;
    /** Index of the mapping entry whose key is \a key, or -1. */
    int indexOfKey(std::string_view key) const;
};

} // namespace gw::yaml
