// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/editor.h"

#include "yaml/emitter.h"

#include <QCoreApplication>

namespace gw::yaml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gw::yaml::Editor", text);
}

QString pathText(const Path &path)
{
    return path.isEmpty() ? tr("the document") : path.toQString();
}

bool inFlow(const Node *n)
{
    for (const Node *p = n; p; p = p->parent) {
        if ((p->isMapping() || p->isSequence()) && p->isFlow())
            return true;
    }
    return false;
}

/** One edit of a document text: all offsets refer to the original text. */
class TextEdit
{
public:
    explicit TextEdit(const Document &doc)
        : m_doc(doc)
        , m_text(doc.text())
        , m_newline(m_text.find("\r\n") != std::string::npos ? "\r\n" : "\n")
    {
        detectStyle(doc.root());
    }

    const std::string &text() const { return m_text; }
    const std::string &newline() const { return m_newline; }
    const Emitter::Style &style() const { return m_style; }

    Editor::Result replace(int begin, int end, const std::string &with) const
    {
        std::string out = m_text;
        out.replace(size_t(begin), size_t(end - begin), with);
        return {std::move(out), {}};
    }
    Editor::Result insert(int at, const std::string &what) const { return replace(at, at, what); }

    /** Offset of the line break ending the line that contains \a pos (before a '\r'), or the end. */
    int lineEnd(int pos) const
    {
        size_t nl = m_text.find('\n', size_t(pos));
        if (nl == std::string::npos)
            return int(m_text.size());
        if (nl > 0 && m_text[nl - 1] == '\r')
            --nl;
        return int(nl);
    }
    /** Offset just after the line break that ends the line containing \a pos. */
    int afterLine(int pos) const
    {
        const size_t nl = m_text.find('\n', size_t(pos));
        return nl == std::string::npos ? int(m_text.size()) : int(nl) + 1;
    }
    int lineStart(int pos) const
    {
        if (pos <= 0)
            return 0;
        const size_t nl = m_text.rfind('\n', size_t(pos - 1));
        return nl == std::string::npos ? 0 : int(nl) + 1;
    }
    int column(int pos) const { return pos - lineStart(pos); }
    bool onlyBlanksBefore(int pos) const
    {
        for (int i = lineStart(pos); i < pos; ++i) {
            if (m_text[size_t(i)] != ' ' && m_text[size_t(i)] != '\t')
                return false;
        }
        return true;
    }
    /** The '-' of a block sequence item (searching back from the item). */
    int dashOf(const Node *item) const
    {
        int p = item->propertiesBegin;
        if (item->implicitNull)
            return p - 1;
        while (p > 0) {
            --p;
            const char c = m_text[size_t(p)];
            if (c == '-')
                return p;
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
        }
        return item->propertiesBegin;
    }
    /** Offset just after the ':' that follows the key of a mapping entry. */
    int afterColon(const Node *key) const
    {
        int p = key->end;
        while (p < int(m_text.size()) && (m_text[size_t(p)] == ' ' || m_text[size_t(p)] == '\t'))
            ++p;
        if (p < int(m_text.size()) && m_text[size_t(p)] == ':')
            return p + 1;
        return key->end;
    }

private:
    void detectStyle(const Node *n)
    {
        if (!n || (m_indentFound && m_sequenceFound))
            return;
        if (n->isMapping() && !n->isFlow()) {
            for (int i = 0; i < n->size(); ++i) {
                const Node *k = n->keyAt(i);
                const Node *v = n->valueAt(i);
                if (v->isFlow() || v->line == k->line)
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

    const Document &m_doc;
    const std::string &m_text;
    std::string m_newline;
    Emitter::Style m_style;
    bool m_indentFound = false;
    bool m_sequenceFound = false;
};

/** Writes a block value so that every line after the first is indented to \a column. */
std::string blockText(const TextEdit &e, const Value &value, int column)
{
    std::string s = Emitter::block(value, column, e.style());
    if (e.newline() != "\n") {
        std::string out;
        for (char c : s) {
            if (c == '\n')
                out += e.newline();
            else
                out += c;
        }
        return out;
    }
    return s;
}

/** A scalar replacing \a old, keeping the old quoting style where the new value allows it. */
std::string styledScalar(const TextEdit &e, const Node *old, const Value &value)
{
    const bool flow = inFlow(old);
    if (value.type() != Value::Type::String)
        return Emitter::scalar(value, flow);
    const std::string &s = value.toString();
    switch (old->scalarStyle) {
    case ScalarStyle::DoubleQuoted:
        return Emitter::doubleQuoted(s);
    case ScalarStyle::SingleQuoted:
        if (auto q = Emitter::singleQuoted(s))
            return *q;
        return Emitter::doubleQuoted(s);
    case ScalarStyle::Literal:
    case ScalarStyle::Folded:
        if (s.find('\n') != std::string::npos && !flow) {
            // Keep a literal block, indented like the old content (or one level deeper than its key).
            int indent = e.column(old->begin) + e.style().indent;
            const size_t firstContent = e.text().find('\n', size_t(old->begin));
            if (firstContent != std::string::npos && int(firstContent) + 1 < old->end) {
                size_t p = firstContent + 1;
                int spaces = 0;
                while (p < e.text().size() && e.text()[p] == ' ') {
                    ++spaces;
                    ++p;
                }
                if (spaces > 0)
                    indent = spaces;
            }
            std::string body = s;
            std::string header = "|";
            if (body.empty() || body.back() != '\n')
                header = "|-";
            else
                body.pop_back();
            std::string out = header;
            size_t start = 0;
            while (start <= body.size()) {
                const size_t nl = body.find('\n', start);
                const std::string line =
                    body.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
                out += e.newline() + (line.empty() ? std::string() : std::string(size_t(indent), ' ') + line);
                if (nl == std::string::npos)
                    break;
                start = nl + 1;
            }
            return out;
        }
        break;
    case ScalarStyle::Plain:
        break;
    }
    return Emitter::scalar(value, flow);
}

/** Where a value that must start on its key's line begins: just after the ':' or '-'. */
int indicatorEnd(const TextEdit &e, const Node *node)
{
    const Node *p = node->parent;
    if (p && p->isMapping()) {
        for (int i = 0; i < p->size(); ++i) {
            if (p->valueAt(i) == node)
                return e.afterColon(p->keyAt(i));
        }
    }
    if (p && p->isSequence())
        return e.dashOf(node) + 1;
    return node->propertiesBegin;
}

/** The key column of the entry whose value is \a node, or -1. */
int keyColumn(const Node *node)
{
    const Node *p = node->parent;
    if (p && p->isMapping()) {
        for (int i = 0; i < p->size(); ++i) {
            if (p->valueAt(i) == node)
                return p->keyAt(i)->column;
        }
    }
    return -1;
}

Editor::Result replaceNode(const TextEdit &e, const Node *n, const Value &value)
{
    if (inFlow(n)) {
        const std::string t = value.isScalar() ? styledScalar(e, n, value) : Emitter::flow(value);
        return e.replace(n->begin, n->end, t);
    }
    const bool collection = n->isMapping() || n->isSequence();
    if (Emitter::isInline(value)) {
        const std::string t = value.isScalar()
            ? (collection ? Emitter::scalar(value) : styledScalar(e, n, value))
            : Emitter::flow(value);
        if (n->implicitNull)
            return e.insert(n->begin, ' ' + t);
        if (collection && !n->isFlow() && n->propertiesBegin == n->begin && n->parent) {
            // A block collection becomes a scalar: put it back on the key's line.
            const int start = indicatorEnd(e, n);
            return e.replace(start, n->end, ' ' + t);
        }
        return e.replace(n->begin, n->end, t);
    }
    // A non-empty collection in block style.
    const int keyCol = keyColumn(n);
    if (keyCol >= 0) {
        const int col = keyCol + (value.isMapping() ? e.style().indent : e.style().sequenceIndent);
        if (collection && !n->isFlow() && e.onlyBlanksBefore(n->propertiesBegin) && e.column(n->begin) == col)
            return e.replace(n->begin, n->end, blockText(e, value, col));
        const int start = n->implicitNull ? n->begin : indicatorEnd(e, n);
        return e.replace(start, n->end,
                         e.newline() + std::string(size_t(col), ' ') + blockText(e, value, col));
    }
    // A sequence item or the root: the value starts where the node starts.
    int col = e.column(n->begin);
    if (n->implicitNull) {
        col = e.column(n->begin) + 1;
        return e.insert(n->begin, ' ' + blockText(e, value, col));
    }
    return e.replace(n->begin, n->end, blockText(e, value, col));
}

Editor::Result addEntry(const TextEdit &e, const Node *map, const std::string &key, const Value &value)
{
    if (inFlow(map)) {
        const std::string entry = Emitter::scalar(Value(key), true) + ": " + Emitter::flow(value);
        if (map->size() == 0)
            return e.insert(map->begin + 1, entry);
        return e.insert(map->children.back()->end, ", " + entry);
    }
    const int col = e.column(map->begin);
    std::string line = Emitter::scalar(Value(key)) + ':';
    if (Emitter::isInline(value)) {
        line += ' ' + blockText(e, value, col);
    } else {
        const int child = col + (value.isMapping() ? e.style().indent : e.style().sequenceIndent);
        line += e.newline() + std::string(size_t(child), ' ') + blockText(e, value, child);
    }
    return e.insert(e.lineEnd(map->end), e.newline() + std::string(size_t(col), ' ') + line);
}

} // namespace

Editor::Result Editor::set(const Document &document, const Path &path, const Value &value)
{
    TextEdit e(document);
    const Node *n = document.root();
    if (!n) {
        // A document with only comments: the value becomes its content.
        std::string out = document.text();
        if (!out.empty() && out.back() != '\n')
            out += e.newline();
        Value whole = value;
        for (int i = path.size() - 1; i >= 0; --i) {
            if (path.at(i).isIndex())
                return {{}, tr("%1: there is no item %2").arg(pathText(path.left(i))).arg(path.at(i).index)};
            Value m = Value::mapping();
            m.set(path.at(i).key, std::move(whole));
            whole = std::move(m);
        }
        out += blockText(e, whole, 0) + e.newline();
        return {std::move(out), {}};
    }
    int depth = 0;
    for (; depth < path.size(); ++depth) {
        if (n->isAlias())
            return {{},
                    tr("%1 is an alias; edit the anchored value instead").arg(pathText(path.left(depth)))};
        const Path::Segment &seg = path.at(depth);
        if (seg.isIndex()) {
            if (!n->isSequence() || seg.index >= n->size())
                return {{}, tr("%1: there is no item %2").arg(pathText(path.left(depth))).arg(seg.index)};
            n = n->itemAt(seg.index);
        } else {
            const Node *child = n->isMapping() ? n->get(seg.key) : nullptr;
            if (!child)
                break;
            n = child;
        }
    }
    if (depth == path.size()) {
        if (n->isAlias())
            return {{}, tr("%1 is an alias; edit the anchored value instead").arg(pathText(path))};
        return replaceNode(e, n, value);
    }
    Value nested = value;
    for (int i = path.size() - 1; i > depth; --i) {
        if (path.at(i).isIndex())
            return {{}, tr("%1: there is no item %2").arg(pathText(path.left(i))).arg(path.at(i).index)};
        Value m = Value::mapping();
        m.set(path.at(i).key, std::move(nested));
        nested = std::move(m);
    }
    const std::string &key = path.at(depth).key;
    if (n->isMapping())
        return addEntry(e, n, key, nested);
    if (n->isNull()) {
        Value m = Value::mapping();
        m.set(key, std::move(nested));
        return replaceNode(e, n, m);
    }
    return {{}, tr("%1 is not a mapping").arg(pathText(path.left(depth)))};
}

Editor::Result Editor::insert(const Document &document, const Path &sequencePath, int index,
                              const Value &value)
{
    TextEdit e(document);
    const Node *s = document.find(sequencePath);
    if (!s || s->isNull()) {
        if (index != 0)
            return {{}, tr("%1: there is no item %2").arg(pathText(sequencePath)).arg(index)};
        Value seq = Value::sequence();
        seq.append(value);
        return set(document, sequencePath, seq);
    }
    if (s->isAlias())
        return {{}, tr("%1 is an alias; edit the anchored value instead").arg(pathText(sequencePath))};
    if (!s->isSequence())
        return {{}, tr("%1 is not a list").arg(pathText(sequencePath))};
    if (index < 0 || index > s->size())
        return {{},
                tr("%1: cannot insert at %2 (the list has %3 items)")
                    .arg(pathText(sequencePath))
                    .arg(index)
                    .arg(s->size())};
    if (inFlow(s)) {
        const std::string t = Emitter::flow(value);
        if (s->size() == 0)
            return e.insert(s->begin + 1, t);
        if (index == s->size())
            return e.insert(s->children.back()->end, ", " + t);
        return e.insert(s->itemAt(index)->propertiesBegin, t + ", ");
    }
    const int dashCol = e.column(s->begin);
    const std::string item = "- " + blockText(e, value, dashCol + 2);
    if (index == s->size())
        return e.insert(e.lineEnd(s->end), e.newline() + std::string(size_t(dashCol), ' ') + item);
    const int dash = e.dashOf(s->itemAt(index));
    if (e.onlyBlanksBefore(dash))
        return e.insert(e.lineStart(dash), std::string(size_t(dashCol), ' ') + item + e.newline());
    return e.insert(dash, item + e.newline() + std::string(size_t(dashCol), ' '));
}

Editor::Result Editor::remove(const Document &document, const Path &path)
{
    TextEdit e(document);
    if (path.isEmpty())
        return {{}, tr("cannot remove the whole document this way")};
    const Node *n = document.find(path);
    if (!n)
        return {{}, tr("%1 does not exist").arg(pathText(path))};
    const Node *p = n->parent;
    if (p->isMapping()) {
        int idx = 0;
        while (idx < p->size() && p->valueAt(idx) != n)
            ++idx;
        const Node *key = p->keyAt(idx);
        if (p->size() == 1 && p->parent)
            return set(document, path.parent(), Value::mapping());
        if (inFlow(p)) {
            if (idx + 1 < p->size())
                return e.replace(key->propertiesBegin, p->keyAt(idx + 1)->propertiesBegin, {});
            return e.replace(p->valueAt(idx - 1)->end, n->end, {});
        }
        if (e.onlyBlanksBefore(key->propertiesBegin))
            return e.replace(e.lineStart(key->propertiesBegin), e.afterLine(std::max(n->end, key->end)), {});
        if (idx + 1 < p->size())
            return e.replace(key->propertiesBegin, p->keyAt(idx + 1)->propertiesBegin, {});
        return e.replace(e.lineEnd(p->valueAt(idx - 1)->end), e.lineEnd(n->end), {});
    }
    // A sequence item.
    int idx = 0;
    while (idx < p->size() && p->itemAt(idx) != n)
        ++idx;
    if (p->size() == 1 && p->parent)
        return set(document, path.parent(), Value::sequence());
    if (inFlow(p)) {
        if (idx + 1 < p->size())
            return e.replace(n->propertiesBegin, p->itemAt(idx + 1)->propertiesBegin, {});
        return e.replace(p->itemAt(idx - 1)->end, n->end, {});
    }
    const int dash = e.dashOf(n);
    if (e.onlyBlanksBefore(dash))
        return e.replace(e.lineStart(dash), e.afterLine(std::max(n->end, dash)), {});
    if (idx + 1 < p->size())
        return e.replace(dash, e.dashOf(p->itemAt(idx + 1)), {});
    return e.replace(e.lineEnd(p->itemAt(idx - 1)->end), e.lineEnd(n->end), {});
}

std::string Editor::emitDocument(const Value &value, bool separator)
{
    std::string out = separator ? "---\n" : "";
    out += Emitter::block(value, 0, Emitter::Style {});
    out += '\n';
    return out;
}

std::string Editor::emitScalar(const Value &value)
{
    return Emitter::scalar(value);
}

} // namespace gw::yaml
