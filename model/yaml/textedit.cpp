// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/textedit.h"

namespace gw::yaml {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isStandardTag(std::string_view token)
{
    return token.substr(0, 2) == "!!" || token.substr(0, 20) == "!<tag:yaml.org,2002:";
}

} // namespace

bool inFlow(const Node *n)
{
    for (const Node *p = n; p; p = p->parent) {
        if ((p->isMapping() || p->isSequence()) && p->isFlow())
            return true;
    }
    return false;
}

TextEdit::TextEdit(const Document &document)
    : m_doc(document)
    , m_text(document.text())
    , m_newline(m_text.find("\r\n") != std::string::npos ? "\r\n" : "\n")
    , m_bom(m_text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0)
{
    detectStyle(document.root());
}

Editor::Result TextEdit::replace(int begin, int end, const std::string &with) const
{
    std::string out;
    out.reserve(m_text.size() + with.size());
    out.append(m_text, 0, size_t(begin));
    out += with;
    out.append(m_text, size_t(end), std::string::npos);
    return {std::move(out), {}};
}

int TextEdit::lineEnd(int pos) const
{
    size_t nl = m_text.find('\n', size_t(pos));
    if (nl == std::string::npos)
        return int(m_text.size());
    if (nl > size_t(pos) && m_text[nl - 1] == '\r')
        --nl;
    return int(nl);
}

int TextEdit::afterLine(int pos) const
{
    const size_t nl = m_text.find('\n', size_t(pos));
    return nl == std::string::npos ? int(m_text.size()) : int(nl) + 1;
}

int TextEdit::lineStart(int pos) const
{
    if (pos <= m_bom)
        return std::min(pos, m_bom);
    const size_t nl = m_text.rfind('\n', size_t(pos - 1));
    return nl == std::string::npos ? m_bom : int(nl) + 1;
}

bool TextEdit::onlyBlanksBefore(int pos) const
{
    for (int i = lineStart(pos); i < pos; ++i) {
        if (!isBlank(m_text[size_t(i)]))
            return false;
    }
    return true;
}

bool TextEdit::onlyCommentAfter(int pos) const
{
    const int end = lineEnd(pos);
    for (int i = pos; i < end; ++i) {
        const char c = m_text[size_t(i)];
        if (c == '#')
            return i == pos || isBlank(m_text[size_t(i - 1)]);
        if (!isBlank(c))
            return false;
    }
    return true;
}

int TextEdit::dashOf(const Node *item) const
{
    int p = item->propertiesBegin;
    if (item->implicitNull && p > 0 && m_text[size_t(p - 1)] == '-')
        return p - 1;
    // Back over blanks, line breaks and whole comment lines to the '-'.
    while (p > 0) {
        --p;
        const char c = m_text[size_t(p)];
        if (c == '-')
            return p;
        if (isSpace(c))
            continue;
        // Maybe the end of a comment line: skip to its '#' if the line holds one before p.
        const int start = lineStart(p);
        const size_t hash = m_text.find('#', size_t(start));
        if (hash != std::string::npos && int(hash) < p) {
            p = int(hash);
            continue;
        }
        break;
    }
    return item->propertiesBegin;
}

int TextEdit::afterColon(const Node *key) const
{
    int p = key->end;
    while (p < int(m_text.size()) && isSpace(m_text[size_t(p)]))
        ++p;
    if (p < int(m_text.size()) && m_text[size_t(p)] == ':')
        return p + 1;
    return key->end;
}

const Node *TextEdit::keyOf(const Node *node)
{
    const Node *p = node->parent;
    if (p && p->isMapping()) {
        for (int i = 0; i < p->size(); ++i) {
            if (p->valueAt(i) == node)
                return p->keyAt(i);
        }
    }
    return nullptr;
}

int TextEdit::indicatorEnd(const Node *node) const
{
    if (const Node *key = keyOf(node))
        return afterColon(key);
    if (node->parent && node->parent->isSequence() && !node->parent->isFlow())
        return dashOf(node) + 1;
    return node->propertiesBegin;
}

int TextEdit::propertiesEnd(const Node *node) const
{
    if (node->propertiesBegin == node->begin)
        return node->begin;
    int p = node->propertiesBegin;
    int end = p;
    const int size = int(m_text.size());
    while (p < size && (m_text[size_t(p)] == '&' || m_text[size_t(p)] == '!')) {
        while (p < size && !isSpace(m_text[size_t(p)]) && m_text[size_t(p)] != ',')
            ++p;
        end = p;
        while (p < size && isBlank(m_text[size_t(p)]))
            ++p;
    }
    return std::min(end, node->begin);
}

std::string TextEdit::keptProperties(const Node *node) const
{
    std::string kept;
    const int end = propertiesEnd(node);
    int p = node->propertiesBegin;
    while (p < end) {
        while (p < end && isBlank(m_text[size_t(p)]))
            ++p;
        const int start = p;
        while (p < end && !isBlank(m_text[size_t(p)]))
            ++p;
        const std::string_view token(m_text.data() + start, size_t(p - start));
        if (token.empty() || isStandardTag(token))
            continue;
        if (!kept.empty())
            kept += ' ';
        kept += token;
    }
    return kept;
}

std::string TextEdit::withNewlines(const std::string &s) const
{
    if (m_newline == "\n")
        return s;
    std::string out;
    out.reserve(s.size() + s.size() / 16);
    for (char c : s) {
        if (c == '\n')
            out += m_newline;
        else
            out += c;
    }
    return out;
}

std::string TextEdit::block(const Value &value, int column) const
{
    return withNewlines(Emitter::block(value, column, m_style));
}

void TextEdit::detectStyle(const Node *n)
{
    if (!n || (m_indentFound && m_sequenceFound))
        return;
    if (n->isMapping() && !n->isFlow()) {
        for (int i = 0; i < n->size(); ++i) {
            const Node *k = n->keyAt(i);
            const Node *v = n->valueAt(i);
            if (v->isFlow() || v->line == k->line || v->implicitNull)
                continue;
            if (v->isMapping() && !m_indentFound && v->column > k->column) {
                m_style.indent = v->column - k->column;
                m_indentFound = true;
            } else if (v->isSequence() && !m_sequenceFound && v->column >= k->column) {
                m_style.sequenceIndent = v->column - k->column;
                m_sequenceFound = true;
            }
        }
    }
    for (const Node *c : n->children)
        detectStyle(c);
}

} // namespace gw::yaml
