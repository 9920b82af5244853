// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/document.h"

#include <QCoreApplication>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>

namespace gw::yaml {

const Node *Node::get(std::string_view key) const
{
    const int i = indexOfKey(key);
    return i < 0 ? nullptr : valueAt(i);
}

int Node::indexOfKey(std::string_view key) const
{
    if (!isMapping())
        return -1;
    for (int i = 0; i < size(); ++i) {
        const Node *k = keyAt(i);
        if (k->isScalar() && k->value == key)
            return i;
    }
    return -1;
}

namespace {

struct BuildError
{
    int offset;
    QString message;
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isBreak(char c)
{
    return c == '\n' || c == '\r';
}

bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

QString tr(const char *text)
{
    return QCoreApplication::translate("gw::yaml::Document", text);
}

} // namespace

/** Builds the node tree from yaml-cpp's events and completes each node's byte range. */
class TreeBuilder : public YAML::EventHandler
{
public:
    TreeBuilder(Document &doc, const Limits &limits)
        : m_doc(doc)
        , m_text(doc.m_text)
        , m_limits(limits)
    { }

    int documents = 0;

    void OnDocumentStart(const YAML::Mark &) override { ++documents; }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override
    {
        Node *n = make(NodeType::Null, mark);
        const int p = n->begin;
        auto isNullWord = [&](std::string_view w) {
            return m_text.compare(size_t(p), w.size(), w) == 0 &&
                (size_t(p) + w.size() >= m_text.size() || isBlank(m_text[p + w.size()]) ||
                 isBreak(m_text[p + w.size()]) || isFlowIndicator(m_text[p + w.size()]) ||
                 m_text[p + w.size()] == ':');
        };
        if (p < int(m_text.size()) && p >= 0) {
            for (std::string_view w : {"~", "null", "Null", "NULL"}) {
                if (isNullWord(w)) {
                    n->end = p + int(w.size());
                    n->value = std::string(w);
                    attach(n);
                    return;
                }
            }
        }
        // An empty value: it occupies no text. Place it right after the ':' of its key (or the
        // '-' of its sequence item) so that an edit can insert a value there.
        n->implicitNull = true;
        int pos = n->propertiesBegin;
        if (n->begin != n->propertiesBegin) {
            // Properties without a value ("key: &a"): the empty node sits after them.
            pos = trimBack(n->begin);
        } else if (!m_stack.empty()) {
            Node *parent = m_stack.back();
            if (parent->isMapping() && parent->children.size() % 2 == 1) {
                pos = afterIndicator(parent->children.back()->end, ':');
            } else if (parent->isSequence()) {
                const int from = parent->children.empty() ? parent->begin : parent->children.back()->end;
                pos = afterIndicator(from, parent->isFlow() ? ',' : '-');
            }
        }
        n->begin = n->end = n->propertiesBegin = pos;
        setLineColumn(n);
        attach(n);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        Node *n = make(NodeType::Alias, mark);
        int p = n->begin + 1; // skip '*'
        while (p < int(m_text.size()) && !isBlank(m_text[p]) && !isBreak(m_text[p]) &&
               !isFlowIndicator(m_text[p]))
            ++p;
        n->alias = m_text.substr(size_t(n->begin + 1), size_t(p - n->begin - 1));
        n->end = p;
        attach(n);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t,
                  const std::string &value) override
    {
        Node *n = make(NodeType::Scalar, mark);
        if (tag != "?" && tag != "!")
            n->tag = tag;
        n->value = value;
        const char c = n->begin < int(m_text.size()) ? m_text[n->begin] : '\0';
        switch (c) {
        case '"':
            n->scalarStyle = ScalarStyle::DoubleQuoted;
            n->end = scanDoubleQuoted(n->begin);
            break;
        case '\'':
            n->scalarStyle = ScalarStyle::SingleQuoted;
            n->end = scanSingleQuoted(n->begin);
            break;
        case '|':
        case '>':
            n->scalarStyle = c == '|' ? ScalarStyle::Literal : ScalarStyle::Folded;
            n->end = scanBlockScalar(n);
            break;
        default:
            n->scalarStyle = ScalarStyle::Plain;
            n->end = scanPlain(n);
            break;
        }
        attach(n);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t,
                         YAML::EmitterStyle::value style) override
    {
        startCollection(NodeType::Sequence, mark, tag, style);
    }
    void OnSequenceEnd() override { endCollection(']'); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t,
                    YAML::EmitterStyle::value style) override
    {
        startCollection(NodeType::Mapping, mark, tag, style);
    }
    void OnMapEnd() override { endCollection('}'); }

    /** Checks what the event API cannot: duplicate keys. */
    void checkDuplicateKeys(const Node *n) const
    {
        if (n->isMapping()) {
            for (int i = 0; i < n->size(); ++i) {
                const Node *k = n->keyAt(i);
                if (!k->isScalar())
                    continue;
                for (int j = 0; j < i; ++j) {
                    const Node *other = n->keyAt(j);
                    if (other->isScalar() && other->value == k->value && k->value != "<<") {
                        const auto [line, col] = m_doc.lineColumn(other->begin);
                        Q_UNUSED(col)
                        throw BuildError {k->begin,
                                          tr("duplicate key \"%1\" (first defined on line %2)")
                                              .arg(QString::fromStdString(k->value))
                                              .arg(m_doc.fileLine(line))};
                    }
                }
            }
        }
        for (const Node *c : n->children)
            checkDuplicateKeys(c);
    }

private:
    Node *make(NodeType type, const YAML::Mark &mark)
    {
        Node &n = m_doc.m_nodes.emplace_back();
        n.type = type;
        n.parent = m_stack.empty() ? nullptr : m_stack.back();
        n.propertiesBegin = std::clamp(mark.pos, 0, int(m_text.size()));
        n.begin = skipProperties(&n, n.propertiesBegin);
        setLineColumn(&n);
        if (!n.anchor.empty())
            m_doc.m_anchors[n.anchor] = &n;
        return &n;
    }

    void setLineColumn(Node *n)
    {
        const auto [line, col] = m_doc.lineColumn(n->begin);
        n->line = line;
        n->column = col;
    }

    /** Reads `&anchor` and `!tag` properties; returns the offset where the node itself starts. */
    int skipProperties(Node *n, int p)
    {
        const int size = int(m_text.size());
        bool any = false;
        while (p < size && (m_text[p] == '&' || m_text[p] == '!')) {
            const char kind = m_text[p];
            const int start = p;
            while (p < size && !isBlank(m_text[p]) && !isBreak(m_text[p]) &&
                   !(kind == '&' && isFlowIndicator(m_text[p])))
                ++p;
            if (kind == '&')
                n->anchor = m_text.substr(size_t(start + 1), size_t(p - start - 1));
            any = true;
            while (p < size && isBlank(m_text[p]))
                ++p;
        }
        if (!any)
            return p;
        // A node may continue on a later line after its properties ("key: &a" NL "  x: 1").
        int q = p;
        while (q < size) {
            if (isBlank(m_text[q]) || isBreak(m_text[q])) {
                ++q;
            } else if (m_text[q] == '#') {
                while (q < size && !isBreak(m_text[q]))
                    ++q;
            } else {
                break;
            }
        }
        // Only move past line breaks if there is something there that belongs to this node.
        if (q < size && q != p && (p >= size || isBreak(m_text[p]) || m_text[p] == '#'))
            return q;
        return p;
    }

    int trimBack(int p) const
    {
        while (p > 0 && (isBlank(m_text[p - 1]) || isBreak(m_text[p - 1])))
            --p;
        return p;
    }

    /** Offset just after the indicator \a c that follows \a from (skipping blanks), or \a from. */
    int afterIndicator(int from, char c) const
    {
        int p = from;
        const int size = int(m_text.size());
        while (p < size && (isBlank(m_text[p]) || isBreak(m_text[p])))
            ++p;
        if (p < size && m_text[p] == c)
            return p + 1;
        return from;
    }

    void attach(Node *n)
    {
        if (m_stack.empty()) {
            if (m_doc.m_root)
                throw BuildError {n->begin, tr("more than one document in one document chunk")};
            m_doc.m_root = n;
        } else {
            n->parent = m_stack.back();
            m_stack.back()->children.push_back(n);
        }
    }

    void startCollection(NodeType type, const YAML::Mark &mark, const std::string &tag,
                         YAML::EmitterStyle::value style)
    {
        Node *n = make(type, mark);
        if (tag != "?" && tag != "!")
            n->tag = tag;
        n->collectionStyle =
            style == YAML::EmitterStyle::Flow ? CollectionStyle::Flow : CollectionStyle::Block;
        if (n->begin < int(m_text.size()) && (m_text[n->begin] == '[' || m_text[n->begin] == '{'))
            n->collectionStyle = CollectionStyle::Flow;
        attach(n);
        m_stack.push_back(n);
        if (int(m_stack.size()) > m_limits.maxDepth)
            throw BuildError {n->begin, tr("nesting deeper than %1 levels").arg(m_limits.maxDepth)};
    }

    void endCollection(char close)
    {
        Node *n = m_stack.back();
        m_stack.pop_back();
        if (n->isFlow()) {
            int p = n->children.empty() ? n->begin + 1 : n->children.back()->end;
            const int size = int(m_text.size());
            while (p < size && m_text[p] != close) {
                if (m_text[p] == '#') {
                    while (p < size && !isBreak(m_text[p]))
                        ++p;
                } else {
                    ++p;
                }
            }
            n->end = std::min(p + 1, size);
        } else {
            n->end = n->children.empty() ? n->begin : n->children.back()->end;
        }
    }

    bool inFlow() const
    {
        return std::any_of(m_stack.begin(), m_stack.end(), [](const Node *n) { return n->isFlow(); });
    }

    int scanDoubleQuoted(int p) const
    {
        const int size = int(m_text.size());
        for (++p; p < size; ++p) {
            if (m_text[p] == '\\')
                ++p;
            else if (m_text[p] == '"')
                return p + 1;
        }
        return size;
    }

    int scanSingleQuoted(int p) const
    {
        const int size = int(m_text.size());
        for (++p; p < size; ++p) {
            if (m_text[p] == '\'') {
                if (p + 1 < size && m_text[p + 1] == '\'')
                    ++p;
                else
                    return p + 1;
            }
        }
        return size;
    }

    /** End of the first line of a plain scalar starting at \a p (trailing blanks removed). */
    int plainLineEnd(int p, bool flow) const
    {
        const int size = int(m_text.size());
        const int start = p;
        while (p < size) {
            const char c = m_text[p];
            if (isBreak(c))
                break;
            if (c == ':' &&
                (p + 1 >= size || isBlank(m_text[p + 1]) || isBreak(m_text[p + 1]) ||
                 (flow && isFlowIndicator(m_text[p + 1]))))
                break;
            if (c == '#' && p > start && isBlank(m_text[p - 1]))
                break;
            if (flow && isFlowIndicator(c))
                break;
            ++p;
        }
        while (p > start && isBlank(m_text[p - 1]))
            --p;
        return p;
    }

    int scanPlain(Node *n) const
    {
        const bool flow = inFlow();
        const int size = int(m_text.size());
        int end = plainLineEnd(n->begin, flow);
        std::string folded = m_text.substr(size_t(n->begin), size_t(end - n->begin));
        if (folded == n->value)
            return end;
        // A plain scalar over several lines: follow the lines until the folded text is the value.
        int p = end;
        int breaks = 0;
        for (int guard = 0; guard < 100000 && p < size && folded.size() < n->value.size(); ++guard) {
            while (p < size && !isBreak(m_text[p]))
                ++p;
            if (p < size && m_text[p] == '\r')
                ++p;
            if (p < size && m_text[p] == '\n')
                ++p;
            int q = p;
            while (q < size && isBlank(m_text[q]))
                ++q;
            if (q >= size)
                break;
            if (isBreak(m_text[q])) {
                ++breaks;
                p = q;
                continue;
            }
            const int lineEnd = plainLineEnd(q, flow);
            if (lineEnd == q)
                break;
            folded += breaks ? std::string(size_t(breaks), '\n') : std::string(" ");
            folded.append(m_text, size_t(q), size_t(lineEnd - q));
            breaks = 0;
            end = lineEnd;
            p = lineEnd;
            if (folded == n->value)
                return end;
        }
        // Could not reproduce the value (should not happen): keep the first line as the range.
        return plainLineEnd(n->begin, flow);
    }

    int scanBlockScalar(Node *n) const
    {
        const int size = int(m_text.size());
        int p = n->begin + 1;
        int explicitIndent = 0;
        while (p < size && (m_text[p] == '+' || m_text[p] == '-' || (m_text[p] >= '1' && m_text[p] <= '9'))) {
            if (m_text[p] >= '1' && m_text[p] <= '9')
                explicitIndent = m_text[p] - '0';
            ++p;
        }
        int end = p; // an empty block scalar ends after its indicators
        int parentIndent = -1;
        if (!m_stack.empty())
            parentIndent = m_stack.back()->column;
        int contentIndent = explicitIndent ? std::max(parentIndent, 0) + explicitIndent : -1;
        // Skip the rest of the header line.
        while (p < size && !isBreak(m_text[p]))
            ++p;
        while (p < size) {
            // p is at a line break: step over it.
            if (m_text[p] == '\r')
                ++p;
            if (p < size && m_text[p] == '\n')
                ++p;
            if (p >= size)
                break;
            const int lineBegin = p;
            int indent = 0;
            while (p < size && m_text[p] == ' ') {
                ++p;
                ++indent;
            }
            int q = p;
            while (q < size && isBlank(m_text[q]))
                ++q;
            if (q >= size || isBreak(m_text[q])) {
                p = q;
                continue; // blank line: part of the scalar only if content follows
            }
            if (indent == 0 &&
                (m_text.compare(size_t(lineBegin), 3, "---") == 0 ||
                 m_text.compare(size_t(lineBegin), 3, "...") == 0))
                break;
            if (contentIndent < 0) {
                if (indent <= parentIndent)
                    break;
                contentIndent = indent;
            }
            if (indent < contentIndent)
                break;
            while (p < size && !isBreak(m_text[p]))
                ++p;
            end = p;
        }
        return end;
    }

    Document &m_doc;
    const std::string &m_text;
    const Limits &m_limits;
    std::vector<Node *> m_stack;
};

Document::Result Document::parse(std::string text, TextOrigin origin, const Limits &limits)
{
    std::shared_ptr<Document> doc(new Document);
    doc->m_text = std::move(text);
    doc->m_origin = std::move(origin);
    doc->m_lineStarts.push_back(0);
    for (int i = 0; i < int(doc->m_text.size()); ++i) {
        if (doc->m_text[size_t(i)] == '\n')
            doc->m_lineStarts.push_back(i + 1);
    }

    Result result;
    auto fail = [&](int offset, const QString &message) {
        Diagnostic d;
        d.location = doc->location(offset);
        d.message = message;
        result.diagnostics.push_back(std::move(d));
        return result;
    };

    TreeBuilder builder(*doc, limits);
    try {
        std::istringstream in(doc->m_text);
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(builder)) {
            if (builder.documents > 1)
                return fail(int(doc->m_text.size()), tr("more than one document in one document chunk"));
        }
        if (doc->m_root)
            builder.checkDuplicateKeys(doc->m_root);
    } catch (const YAML::DeepRecursion &e) {
        return fail(e.mark.pos, tr("nesting deeper than %1 levels").arg(limits.maxDepth));
    } catch (const YAML::Exception &e) {
        // yaml-cpp's mark: 0-based line and column of the document text.
        int offset = 0;
        if (e.mark.line >= 0 && e.mark.line < int(doc->m_lineStarts.size()))
            offset = doc->m_lineStarts[size_t(e.mark.line)] + std::max(e.mark.column, 0);
        else if (e.mark.pos >= 0)
            offset = e.mark.pos;
        offset = std::clamp(offset, 0, int(doc->m_text.size()));
        return fail(offset, tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
    } catch (const BuildError &e) {
        return fail(e.offset, e.message);
    }
    result.document = std::move(doc);
    return result;
}

const Node *Document::find(const Path &path) const
{
    const Node *n = m_root;
    for (const Path::Segment &seg : path.segments()) {
        if (!n)
            return nullptr;
        if (seg.isIndex()) {
            if (!n->isSequence() || seg.index >= n->size())
                return nullptr;
            n = n->itemAt(seg.index);
        } else {
            n = n->get(seg.key);
        }
    }
    return n;
}

Path Document::pathOf(const Node *node) const
{
    std::vector<Path::Segment> reversed;
    for (const Node *n = node; n && n->parent; n = n->parent) {
        const Node *p = n->parent;
        const auto it = std::find(p->children.begin(), p->children.end(), n);
        const int i = int(it - p->children.begin());
        if (p->isSequence())
            reversed.push_back({{}, i});
        else
            reversed.push_back({p->children[size_t(i & ~1)]->value, -1});
    }
    Path path;
    for (auto it = reversed.rbegin(); it != reversed.rend(); ++it)
        path = it->isIndex() ? path.index(it->index) : path.key(it->key);
    return path;
}

const Node *Document::anchorTarget(const std::string &anchor) const
{
    const auto it = m_anchors.find(anchor);
    return it == m_anchors.end() ? nullptr : it->second;
}

std::pair<int, int> Document::lineColumn(int offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const int line = int(it - m_lineStarts.begin()) - 1;
    return {line, offset - m_lineStarts[size_t(std::max(line, 0))]};
}

int Document::lineStart(int offset) const
{
    return m_lineStarts[size_t(lineColumn(offset).first)];
}

int Document::fileLine(int documentLine) const
{
    if (!m_origin.lineMap.empty())
        return m_origin.lineMap[size_t(std::clamp(documentLine, 0, int(m_origin.lineMap.size()) - 1))];
    return m_origin.firstLine + documentLine;
}

SourceLocation Document::location(int offset) const
{
    const auto [line, byteColumn] = lineColumn(offset);
    // Columns count characters, not UTF-8 bytes.
    const int start = m_lineStarts[size_t(line)];
    int column = 0;
    for (int i = start; i < start + byteColumn && i < int(m_text.size()); ++i) {
        if ((static_cast<unsigned char>(m_text[size_t(i)]) & 0xC0) != 0x80)
            ++column;
    }
    return {m_origin.file, fileLine(line), column + 1};
}

SourceLocation Document::location(const Node *node) const
{
    return node ? location(node->begin) : location(0);
}

std::string_view Document::sourceOf(const Node *node) const
{
    return std::string_view(m_text).substr(size_t(node->propertiesBegin),
                                           size_t(node->end - node->propertiesBegin));
}

} // namespace gw::yaml
