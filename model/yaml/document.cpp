// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/document.h"

#include "yaml/parsermessages.h"

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

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::yaml::Document)
};

constexpr std::string_view utf8Bom = "\xEF\xBB\xBF";

/**
 * yaml-cpp 0.7 decodes the escapes "\N" (U+0085) and "\_" (U+00A0) of double-quoted scalars to the
 * single bytes 0x85 and 0xA0 instead of UTF-8. The text was valid UTF-8, so a byte that does not
 * fit in a UTF-8 sequence can only come from there: encode it properly.
 */
void repairLatin1Escapes(std::string &value)
{
    std::string out;
    bool changed = false;
    for (size_t i = 0; i < value.size();) {
        const auto c = static_cast<unsigned char>(value[i]);
        const size_t len = c < 0x80 ? 1
            : (c & 0xE0) == 0xC0    ? 2
            : (c & 0xF0) == 0xE0    ? 3
            : (c & 0xF8) == 0xF0    ? 4
                                    : 0;
        bool valid = len > 0 && i + len <= value.size();
        for (size_t k = 1; valid && k < len; ++k)
            valid = (static_cast<unsigned char>(value[i + k]) & 0xC0) == 0x80;
        if (valid) {
            out.append(value, i, len);
            i += len;
        } else {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
            changed = true;
            ++i;
        }
    }
    if (changed)
        value = std::move(out);
}

/**
 * Checks what libyaml (and so go-yaml, and so kubectl) checks before parsing: the text is UTF-8 and
 * holds no control characters. Also refuses what YAML 1.1 (kubectl) and YAML 1.2 (yaml-cpp) read
 * differently -- a lone carriage return, NEL, LS and PS are line breaks for one and not the other --
 * so that what Gateway Studio shows is what kubectl applies. Returns the offset of the first bad
 * byte and a message, or -1.
 */
std::pair<int, QString> checkCharacters(const std::string &text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    size_t i = text.compare(0, utf8Bom.size(), utf8Bom) == 0 ? utf8Bom.size() : 0;
    auto codePoint = [](std::uint32_t c) -> QString {
        return QStringLiteral("U+") + QString::number(c, 16).toUpper().rightJustified(4, u'0');
    };
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            if (c == '\r' && (i + 1 >= n || s[i + 1] != '\n'))
                return {
                    int(i),
                    Tr::tr("a carriage return without a line feed (old Mac line ends are not supported)")};
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
                return {int(i), Tr::tr("control character %1 is not allowed in YAML").arg(codePoint(c))};
            ++i;
            continue;
        }
        int len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return {int(i), Tr::tr("the text is not valid UTF-8")};
        }
        if (i + size_t(len) > n)
            return {int(i), Tr::tr("the text is not valid UTF-8")};
        for (int k = 1; k < len; ++k) {
            if ((s[i + size_t(k)] & 0xC0) != 0x80)
                return {int(i), Tr::tr("the text is not valid UTF-8")};
            cp = (cp << 6) | (s[i + size_t(k)] & 0x3F);
        }
        const bool overlong =
            (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return {int(i), Tr::tr("the text is not valid UTF-8")};
        if (cp == 0x85 || cp == 0x2028 || cp == 0x2029)
            return {int(i),
                    Tr::tr("the line separator %1 is read differently by kubectl (YAML 1.1); write it as an "
                           "escape in a double-quoted string")
                        .arg(codePoint(cp))};
        if ((cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF)
            return {int(i), Tr::tr("control character %1 is not allowed in YAML").arg(codePoint(cp))};
        if (cp == 0xFEFF)
            return {int(i), Tr::tr("a byte order mark is only allowed at the start of the file")};
        i += size_t(len);
    }
    return {-1, {}};
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
        , m_markOffset(doc.m_text.compare(0, utf8Bom.size(), utf8Bom) == 0 ? int(utf8Bom.size()) : 0)
    { }

    int documents = 0;

    void OnDocumentStart(const YAML::Mark &) override { ++documents; }
    void OnDocumentEnd() override { }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override
    {
        // yaml-cpp may mark an empty value on the key before it ("!!str key" without ':'); the
        // properties there are the key's.
        const Node *last =
            m_stack.empty() || m_stack.back()->children.empty() ? nullptr : m_stack.back()->children.back();
        YAML::Mark at = mark;
        const bool stolen = last && mark.pos + m_markOffset < last->end;
        if (stolen)
            at.pos = last->end - m_markOffset;
        Node *n = make(NodeType::Null, at, !stolen);
        const int p = n->begin;
        // yaml-cpp marks an empty value at the next token, which may be the next key ("~ x: 1"):
        // a null word must end where a value ends.
        const bool isKey =
            !m_stack.empty() && m_stack.back()->isMapping() && m_stack.back()->children.size() % 2 == 0;
        const bool flow = inFlow();
        auto isNullWord = [&](std::string_view w) {
            if (m_text.compare(size_t(p), w.size(), w) != 0)
                return false;
            int q = p + int(w.size());
            while (q < int(m_text.size()) && isBlank(m_text[q]))
                ++q;
            if (q >= int(m_text.size()) || isBreak(m_text[q]))
                return true;
            const char c = m_text[q];
            if (c == '#')
                return q > p + int(w.size());
            if (c == ':')
                return isKey;
            return flow && (c == ',' || c == ']' || c == '}');
        };
        const Node *previous =
            m_stack.empty() || m_stack.back()->children.empty() ? nullptr : m_stack.back()->children.back();
        if (p < int(m_text.size()) && p >= 0 && (!previous || p >= previous->end)) {
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
            pos = m_afterProperties;
        } else if (!m_stack.empty()) {
            Node *parent = m_stack.back();
            if (parent->isMapping() && parent->children.size() % 2 == 0 && !isExplicitAt(pos)) {
                // yaml-cpp reads ": 3" as {null: 3}; libyaml (kubectl) wants a key or a '?'.
                throw BuildError {pos, Tr::tr("a key is missing before this ':'")};
            }
            if (parent->isMapping() && parent->children.size() % 2 == 1) {
                const Node *key = parent->children.back();
                pos = afterIndicator(key->end, ':');
                if (pos == key->end && !parent->isFlow() && !isExplicitKey(key))
                    // yaml-cpp reads "a: 1\nb" as {a: 1, b: null}; libyaml (kubectl) does not.
                    throw BuildError {key->begin, Tr::tr("could not find the ':' after this key")};
            } else if (parent->isSequence()) {
                const int from = parent->children.empty() ? parent->begin : parent->children.back()->end;
                pos = afterIndicator(from, parent->isFlow() ? ',' : '-');
            }
        }
        n->begin = n->end = pos;
        if (n->propertiesBegin > pos)
            n->propertiesBegin = pos;
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
        checkAnchorName(n->begin, n->alias);
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
        if (value.empty() && n->begin != n->propertiesBegin && c != '"' && c != '\'' && c != '|' &&
            c != '>') {
            // Properties without content ("key: !!str"): an empty scalar right after them.
            n->begin = n->end = m_afterProperties;
            setLineColumn(n);
            attach(n);
            return;
        }
        switch (c) {
        case '"':
            n->scalarStyle = ScalarStyle::DoubleQuoted;
            n->end = scanDoubleQuoted(n->begin);
            repairLatin1Escapes(n->value);
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

    void OnSequenceStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        startCollection(NodeType::Sequence, mark, tag, anchor, style);
    }
    void OnSequenceEnd() override { endCollection(']'); }

    void OnMapStart(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        startCollection(NodeType::Mapping, mark, tag, anchor, style);
    }
    void OnMapEnd() override { endCollection('}'); }

    /**
     * libyaml (and so kubectl) refuses tabs where YAML expects indentation: at the start of a line
     * in block context (outside quoted scalars and flow collections), and after the block
     * indicators '-', '?' and a line-leading ':'. yaml-cpp accepts them, and reads some such
     * documents differently, so they are errors here too.
     */
    void checkTabs() const
    {
        if (m_text.find('\t') == std::string::npos || !m_doc.m_root)
            return;
        TabRanges ranges;
        std::vector<const Node *> blockNodes;
        collectTabRanges(m_doc.m_root, false, ranges, blockNodes);
        RangeSweep tolerant(ranges.tolerant), lenient(ranges.lenient);
        for (size_t i = 0; i < m_doc.m_lineStarts.size(); ++i) {
            const int p = m_doc.m_lineStarts[i];
            if (p >= int(m_text.size()) || tolerant.contains(p))
                continue;
            if (m_text[p] == '\t')
                throw BuildError {p, Tr::tr("a tab at the start of a line: YAML indents with spaces only")};
            int q = p;
            bool tab = false;
            for (; q < int(m_text.size()) && isBlank(m_text[q]); ++q)
                tab = tab || m_text[q] == '\t';
            if (tab && q < int(m_text.size()) && !isBreak(m_text[q]) && m_text[q] != '#' &&
                !lenient.contains(p))
                throw BuildError {
                    p, Tr::tr("a tab in the indentation of a line: YAML indents with spaces only")};
        }
        for (const Node *n : blockNodes) {
            int p = n->propertiesBegin;
            bool tab = false;
            while (p > 0 && isBlank(m_text[p - 1])) {
                tab = tab || m_text[p - 1] == '\t';
                --p;
            }
            if (!tab || p == 0 || isBreak(m_text[p - 1]))
                continue;
            const char c = m_text[p - 1];
            const bool indicator = (c == '-' || c == '?' || c == ':') &&
                (p - 1 == 0 || isBlank(m_text[p - 2]) || isBreak(m_text[p - 2]));
            const bool leadingColon = c != ':' || m_doc.lineStart(p - 1) == p - 1 ||
                std::all_of(m_text.begin() + m_doc.lineStart(p - 1), m_text.begin() + (p - 1),
                            [](char ch) { return ch == ' '; });
            if (indicator && leadingColon)
                throw BuildError {p,
                                  Tr::tr("a tab after '%1': YAML separates block indicators with spaces only")
                                      .arg(QLatin1Char(c))};
        }
    }

    struct TabRanges
    {
        std::vector<std::pair<int, int>> tolerant; ///< quoted scalars, flow collections: tabs are fine
        std::vector<std::pair<int, int>> lenient; ///< block and multi-line plain scalars: after spaces
    };

    /** Answers "is this offset inside one of the ranges" for increasing offsets. */
    class RangeSweep
    {
    public:
        explicit RangeSweep(std::vector<std::pair<int, int>> &ranges)
            : m_ranges(ranges)
        {
            std::sort(m_ranges.begin(), m_ranges.end());
        }
        bool contains(int p)
        {
            while (m_next < m_ranges.size() && m_ranges[m_next].first < p)
                m_maxEnd = std::max(m_maxEnd, m_ranges[m_next++].second);
            return m_maxEnd > p;
        }

    private:
        std::vector<std::pair<int, int>> &m_ranges;
        size_t m_next = 0;
        int m_maxEnd = -1;
    };

    void collectTabRanges(const Node *n, bool flow, TabRanges &ranges,
                          std::vector<const Node *> &blockNodes) const
    {
        const bool thisFlow = flow || ((n->isMapping() || n->isSequence()) && n->isFlow());
        if (!flow && !n->implicitNull)
            blockNodes.push_back(n);
        if (n->isScalar() && n->end > n->begin) {
            const bool quoted =
                n->scalarStyle == ScalarStyle::DoubleQuoted || n->scalarStyle == ScalarStyle::SingleQuoted;
            (quoted ? ranges.tolerant : ranges.lenient).emplace_back(n->begin, n->end);
        } else if (thisFlow && !flow && n->end > n->begin) {
            ranges.tolerant.emplace_back(n->begin, n->end);
        }
        for (const Node *c : n->children)
            collectTabRanges(c, thisFlow, ranges, blockNodes);
    }

    /**
     * Checks that every byte of the text is accounted for: outside the nodes' text there may only
     * be blanks, line breaks, comments, indicators (- ? : , [ ] { }), directives before the
     * document starts and the `---`/`...` markers. yaml-cpp silently skips some text that libyaml
     * (and kubectl) rejects, such as a '%' line inside a document or text glued to a closing quote.
     */
    void checkCoverage() const
    {
        const int size = int(m_text.size());
        std::vector<std::pair<int, int>> covered;
        if (m_doc.m_root)
            collectCovered(m_doc.m_root, covered);
        std::sort(covered.begin(), covered.end());
        size_t next = 0;
        const int rootBegin = m_doc.m_root ? m_doc.m_root->propertiesBegin : size;
        bool started = false; // after a `---` line or the first content
        int p = m_markOffset;
        while (p < size) {
            while (next < covered.size() && covered[next].second <= p)
                ++next;
            if (next < covered.size() && covered[next].first <= p) {
                p = covered[next].second;
                continue;
            }
            const char c = m_text[p];
            const bool lineStart = p == m_markOffset || m_text[p - 1] == '\n';
            if (isBlank(c) || isBreak(c)) {
                ++p;
                continue;
            }
            if (c == '#') {
                if (!lineStart && !isBlank(m_text[p - 1]) && !isBreak(m_text[p - 1]))
                    throw BuildError {p, Tr::tr("a comment needs a blank before its '#'")};
                while (p < size && !isBreak(m_text[p]))
                    ++p;
                continue;
            }
            auto marker = [&](std::string_view m) {
                return lineStart && m_text.compare(size_t(p), 3, m) == 0 &&
                    (p + 3 >= size || isBlank(m_text[p + 3]) || isBreak(m_text[p + 3]));
            };
            if (marker("---") && !started) {
                started = true;
                p += 3;
                continue;
            }
            if (marker("...") && p >= rootBegin) {
                p += 3;
                continue;
            }
            if (c == '%' && lineStart && !started && p < rootBegin) {
                while (p < size && !isBreak(m_text[p]))
                    ++p;
                continue;
            }
            if (c == '-' || c == '?' || c == ':' || c == ',' || isFlowIndicator(c)) {
                started = true;
                ++p;
                continue;
            }
            throw BuildError {p,
                              Tr::tr("unexpected text: the YAML reader skips it, kubectl would reject it")};
        }
    }

    void collectCovered(const Node *n, std::vector<std::pair<int, int>> &out) const
    {
        if (n->isMapping() || n->isSequence()) {
            if (n->begin > n->propertiesBegin)
                out.emplace_back(n->propertiesBegin, n->begin);
            for (const Node *c : n->children)
                collectCovered(c, out);
        } else if (n->end > n->propertiesBegin) {
            out.emplace_back(n->propertiesBegin, n->end);
        }
    }

    /**
     * Commas of a flow collection: one between entries, maybe one after the last, none before the
     * first. yaml-cpp skips extra ones ("[a,,b]"); libyaml (kubectl) does not.
     */
    void checkFlowCommas(const Node *n) const
    {
        // yaml-cpp reads an empty entry ("[a,,b]") as null; libyaml (kubectl) rejects it.
        if (n->isSequence()) {
            for (const Node *c : n->children) {
                if (c->implicitNull && c->propertiesBegin == c->begin)
                    throw BuildError {c->begin, Tr::tr("an empty entry in this flow sequence")};
            }
        }
        auto commasBetween = [&](int from, int to, int &first) {
            int count = 0;
            for (int p = from; p < to && p < int(m_text.size()); ++p) {
                if (m_text[p] == '#' && (p == 0 || isBlank(m_text[p - 1]) || isBreak(m_text[p - 1]))) {
                    while (p < to && !isBreak(m_text[p]))
                        ++p;
                } else if (m_text[p] == ',') {
                    if (count++ == 0)
                        first = p;
                }
            }
            return count;
        };
        const size_t step = n->isMapping() ? 2 : 1;
        int at = -1;
        int previousEnd = n->begin + 1;
        for (size_t i = 0; i + step - 1 < n->children.size(); i += step) {
            const Node *c = n->children[i];
            const int expected = i == 0 ? 0 : 1;
            if (commasBetween(previousEnd, c->propertiesBegin, at) != expected)
                throw BuildError {at >= 0 ? at : c->propertiesBegin,
                                  Tr::tr("a missing or extra ',' in this flow collection")};
            previousEnd = std::max(n->children[i + step - 1]->end, c->end);
        }
        // After the last entry: at most one comma before the closing bracket.
        int close = previousEnd;
        while (close < int(m_text.size()) && m_text[close] != (n->isMapping() ? '}' : ']')) {
            if (m_text[close] == '#' && (isBlank(m_text[close - 1]) || isBreak(m_text[close - 1]))) {
                while (close < int(m_text.size()) && !isBreak(m_text[close]))
                    ++close;
            } else {
                ++close;
            }
        }
        if (commasBetween(previousEnd, close, at) > (n->children.empty() ? 0 : 1))
            throw BuildError {at, Tr::tr("a missing or extra ',' in this flow collection")};
    }

    /** The block scalar whose text holds \a offset, or nullptr. */
    const Node *blockScalarAt(int offset) const
    {
        for (const Node &n : m_doc.m_nodes) {
            if (n.isScalar() &&
                (n.scalarStyle == ScalarStyle::Literal || n.scalarStyle == ScalarStyle::Folded) &&
                n.begin < offset && offset < n.end)
                return &n;
        }
        return nullptr;
    }

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
                                          Tr::tr("duplicate key \"%1\" (first defined on line %2)")
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
    /**
     * A new node at yaml-cpp's mark. With \a hasProperties false the node has no anchor or tag
     * even if the text at the mark shows some: yaml-cpp places a block mapping's mark on its first
     * key, whose properties are the key's ("&k key: v").
     */
    Node *make(NodeType type, const YAML::Mark &mark, bool hasProperties = true)
    {
        Node &n = m_doc.m_nodes.emplace_back();
        n.type = type;
        n.parent = m_stack.empty() ? nullptr : m_stack.back();
        // yaml-cpp counts positions after a byte order mark.
        n.propertiesBegin = std::clamp(mark.pos + m_markOffset, 0, int(m_text.size()));
        n.begin = hasProperties ? skipProperties(&n, n.propertiesBegin) : n.propertiesBegin;
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
            const bool flow = inFlow();
            while (p < size && !isBlank(m_text[p]) && !isBreak(m_text[p]) &&
                   !((kind == '&' || flow) && isFlowIndicator(m_text[p])) && m_text[p] != '{' &&
                   m_text[p] != '}')
                ++p;
            const std::string_view token(m_text.data() + start, size_t(p - start));
            if (kind == '&') {
                checkAnchorName(start, token.substr(1));
                n->anchor = std::string(token.substr(1));
            } else {
                checkTag(start, token);
            }
            any = true;
            while (p < size && isBlank(m_text[p]))
                ++p;
        }
        m_afterProperties = p;
        while (m_afterProperties > 0 && isBlank(m_text[m_afterProperties - 1]))
            --m_afterProperties;
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

    /** libyaml (and so kubectl) allows only letters, digits, '-' and '_' in anchor and alias names. */
    void checkAnchorName(int at, std::string_view name) const
    {
        const bool ok = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '_';
        });
        if (!ok)
            throw BuildError {at,
                              Tr::tr("anchor and alias names may only hold letters, digits, '-' and '_'")};
    }

    /** A tag as libyaml reads it: `!`, `!!name`, `!name`, `!handle!name` with URI characters, or `!<uri>`. */
    void checkTag(int at, std::string_view tag) const
    {
        bool ok = true;
        if (tag.substr(0, 2) == "!<") {
            ok = tag.size() > 3 && tag.back() == '>';
        } else {
            // Not ',', '[' and ']', which libyaml takes into a tag and yaml-cpp does not.
            static constexpr std::string_view uri = "-;/?:@&=+$_.!~*'()%#";
            ok = std::all_of(tag.begin() + 1, tag.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    uri.find(c) != std::string_view::npos;
            });
        }
        if (!ok)
            throw BuildError {at, Tr::tr("this is not a valid tag")};
        // "!handle!suffix" needs a %TAG directive, which kubectl never sees (see Stream).
        if (tag.substr(0, 2) != "!<" && tag.size() > 2 && tag.find('!', 1) != std::string_view::npos &&
            tag.substr(0, 2) != "!!")
            throw BuildError {at, Tr::tr("this tag uses a handle that no %TAG directive defines")};
    }

    /** True when \a key follows a '?' (an explicit key, which needs no value). */
    bool isExplicitKey(const Node *key) const { return isExplicitAt(key->propertiesBegin); }
    bool isExplicitAt(int p) const
    {
        if (!(p < int(m_text.size()) && m_text[p] == '?')) {
            const int key = p;
            bool crossedLine = false;
            while (p > 0 && (isBlank(m_text[p - 1]) || isBreak(m_text[p - 1]))) {
                crossedLine = crossedLine || m_text[p - 1] == '\n';
                --p;
            }
            if (p == 0 || m_text[p - 1] != '?')
                return false;
            --p;
            // "?" NL "  key": the key on a later line is indented more than the '?'.
            if (crossedLine && m_doc.lineColumn(key).second <= m_doc.lineColumn(p).second)
                return false;
        }
        // An indicator, not the end of a comment or a scalar: only blanks, '-' and '?' before it
        // on its line (or a flow collection's opening), and a blank after it.
        if (p + 1 < int(m_text.size()) && !isBlank(m_text[p + 1]) && !isBreak(m_text[p + 1]))
            return false;
        for (int q = p - 1; q >= 0 && !isBreak(m_text[q]); --q) {
            const char c = m_text[q];
            if (!isBlank(c) && c != '-' && c != '?' && c != '{' && c != '[' && c != ',')
                return false;
        }
        return true;
    }

    /** Offset just after the indicator \a c that follows \a from (skipping blanks), or \a from. */
    int afterIndicator(int from, char c) const
    {
        int p = from;
        const int size = int(m_text.size());
        while (p < size) {
            if (isBlank(m_text[p]) || isBreak(m_text[p])) {
                ++p;
            } else if (m_text[p] == '#' && (p == 0 || isBlank(m_text[p - 1]) || isBreak(m_text[p - 1]))) {
                while (p < size && !isBreak(m_text[p]))
                    ++p; // a comment between a node and the indicator after it
            } else {
                break;
            }
        }
        if (p < size && m_text[p] == c)
            return p + 1;
        return from;
    }

    void attach(Node *n)
    {
        if (m_stack.empty()) {
            if (m_doc.m_root)
                throw BuildError {n->begin, Tr::tr("more than one document in one document chunk")};
            m_doc.m_root = n;
        } else {
            Node *parent = m_stack.back();
            if (!parent->children.empty() && !n->implicitNull &&
                n->propertiesBegin < parent->children.back()->end)
                throw BuildError {
                    n->begin, Tr::tr("unexpected text: the YAML reader skips it, kubectl would reject it")};
            if (parent->isMapping() && !parent->isFlow() && parent->children.size() % 2 == 1) {
                // A simple key and its ':' share a line (libyaml); yaml-cpp looks further.
                const Node *key = parent->children.back();
                int colon = key->end;
                while (colon < int(m_text.size()) && (isBlank(m_text[colon]) || isBreak(m_text[colon])))
                    ++colon;
                if (colon < int(m_text.size()) && m_text[colon] == ':' && !isExplicitKey(key) &&
                    m_doc.lineColumn(colon).first != m_doc.lineColumn(key->end).first)
                    throw BuildError {colon, Tr::tr("a key and its ':' must be on the same line")};
            }
            if (parent->isMapping() && !parent->isFlow() && parent->children.size() % 2 == 1 &&
                !n->implicitNull && !n->isSequence()) {
                // yaml-cpp reads "key:" NL "value" (not indented) as the key's value; libyaml does not.
                const Node *key = parent->children.back();
                // Not for an explicit entry's value ("? key" NL ": value"), which follows its own ':'.
                int q = n->propertiesBegin;
                while (q > 0 && isBlank(m_text[q - 1]))
                    --q;
                const bool explicitValue =
                    q > 0 && m_text[q - 1] == ':' && m_doc.lineColumn(q - 1).first > key->line;
                if (!explicitValue && n->line > key->line && n->column <= key->column &&
                    m_doc.lineColumn(n->propertiesBegin).first > key->line)
                    throw BuildError {n->propertiesBegin,
                                      Tr::tr("this value must be indented more than its key")};
            }
            n->parent = parent;
            parent->children.push_back(n);
        }
    }

    void startCollection(NodeType type, const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style)
    {
        Node *n = make(type, mark, (tag != "?" && !tag.empty()) || anchor != YAML::NullAnchor);
        if (tag != "?" && tag != "!")
            n->tag = tag;
        n->collectionStyle =
            style == YAML::EmitterStyle::Flow ? CollectionStyle::Flow : CollectionStyle::Block;
        const bool bracket =
            n->begin < int(m_text.size()) && (m_text[n->begin] == '[' || m_text[n->begin] == '{');
        if (bracket)
            n->collectionStyle = CollectionStyle::Flow;
        else if (n->isFlow())
            n->flowPair = true; // "[a: 1]": a single-pair mapping without braces
        attach(n);
        m_stack.push_back(n);
        if (int(m_stack.size()) > m_limits.maxDepth)
            throw BuildError {n->begin, Tr::tr("nesting deeper than %1 levels").arg(m_limits.maxDepth)};
    }

    void endCollection(char close)
    {
        Node *n = m_stack.back();
        m_stack.pop_back();
        if (n->flowPair) {
            n->end = n->children.empty() ? n->begin : n->children.back()->end;
        } else if (n->isFlow()) {
            checkFlowCommas(n);
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
            if (p >= size) // yaml-cpp lets a flow collection run into the end of the text
                throw BuildError {n->begin, Tr::tr("this flow collection is not closed")};
            n->end = p + 1;
        } else {
            n->end = n->children.empty() ? n->begin : n->children.back()->end;
            // The first key's properties ("!!str key: v") come before yaml-cpp's mark of the mapping.
            const int first = n->children.empty() ? n->begin : n->children.front()->propertiesBegin;
            if (n->propertiesBegin == n->begin && first < n->begin) {
                n->propertiesBegin = n->begin = first;
                setLineColumn(n);
            }
        }
    }

    bool inFlow() const
    {
        return std::any_of(m_stack.begin(), m_stack.end(), [](const Node *n) { return n->isFlow(); });
    }

    // yaml-cpp 0.7 accepts a quoted scalar that is not closed before the end of the text when the text
    // ends with a line break; go-yaml (kubectl) does not.
    int scanDoubleQuoted(int begin) const
    {
        const int size = int(m_text.size());
        for (int p = begin + 1; p < size; ++p) {
            if (m_text[p] == '\\')
                ++p;
            else if (m_text[p] == '"')
                return p + 1;
        }
        throw BuildError {begin, Tr::tr("the quoted text starting here is not closed")};
    }

    int scanSingleQuoted(int begin) const
    {
        const int size = int(m_text.size());
        for (int p = begin + 1; p < size; ++p) {
            if (m_text[p] == '\'') {
                if (p + 1 < size && m_text[p + 1] == '\'')
                    ++p;
                else
                    return p + 1;
            }
        }
        throw BuildError {begin, Tr::tr("the quoted text starting here is not closed")};
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
        bool keep = false;
        while (p < size && (m_text[p] == '+' || m_text[p] == '-' || (m_text[p] >= '1' && m_text[p] <= '9'))) {
            if (m_text[p] >= '1' && m_text[p] <= '9')
                explicitIndent = m_text[p] - '0';
            keep = keep || m_text[p] == '+';
            ++p;
        }
        int trailingBlankEnd = -1; // end of the last blank line after the content (kept by '+')
        // An empty block scalar ends after its header (indicators and a comment).
        int end = p;
        for (int q = p; q < size && !isBreak(m_text[q]); ++q) {
            if (!isBlank(m_text[q]))
                end = q + 1;
        }
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
            // A line of spaces is empty; a tab after the content's indentation is content.
            // libyaml (kubectl) refuses a tab in a less indented blank line inside the scalar.
            // Spaces beyond the content's indentation, or a tab after it, are content too.
            const bool tabContent =
                (q > p && (contentIndent >= 0 ? indent >= contentIndent : indent > parentIndent)) ||
                (contentIndent >= 0 && indent > contentIndent);
            if (q > p && !tabContent && contentIndent >= 0 && (q >= size || isBreak(m_text[q])) && indent > 0)
                throw BuildError {
                    lineBegin, Tr::tr("a tab in a blank line of a block scalar that is not indented enough")};
            if ((q >= size || isBreak(m_text[q])) && !tabContent) {
                p = q;
                if (q < size)
                    trailingBlankEnd = q;
                continue; // blank line: part of the scalar only if content follows (or with '+')
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
            trailingBlankEnd = -1;
        }
        if (keep && trailingBlankEnd > end) {
            // Keep chomping: the blank lines after the content are part of the value. End at the
            // line break of the last one (a '\r' of CRLF stays outside like every other line end).
            end = trailingBlankEnd;
            if (end > 0 && m_text[end] == '\n' && m_text[end - 1] == '\r')
                --end;
        }
        return end;
    }

    Document &m_doc;
    const std::string &m_text;
    const Limits &m_limits;
    const int m_markOffset;
    int m_afterProperties = 0; ///< end of the properties of the node made last (before blanks)
    std::vector<Node *> m_stack;
};

Document::Result Document::parse(std::string text, TextOrigin origin, const Limits &limits)
{
    std::shared_ptr<Document> doc(new Document);
    doc->m_text = std::move(text);
    doc->m_origin = std::move(origin);
    // Line 0 starts after a byte order mark: it takes no column.
    doc->m_lineStarts.push_back(doc->m_text.compare(0, utf8Bom.size(), utf8Bom) == 0 ? int(utf8Bom.size())
                                                                                     : 0);
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

    if (const auto [offset, message] = checkCharacters(doc->m_text); offset >= 0)
        return fail(offset, message);

    // One run of yaml-cpp over \a input (the document text, or a copy of the same length).
    auto run = [&](const std::string &input, std::optional<YAML::Exception> &yamlError) -> bool {
        doc->m_nodes.clear();
        doc->m_root = nullptr;
        doc->m_anchors.clear();
        TreeBuilder builder(*doc, limits);
        try {
            std::istringstream in(input);
            YAML::Parser parser(in);
            while (parser.HandleNextDocument(builder)) {
                if (builder.documents > 1) {
                    fail(int(doc->m_text.size()), Tr::tr("more than one document in one document chunk"));
                    return false;
                }
            }
            builder.checkCoverage();
            if (doc->m_root) {
                builder.checkTabs();
                builder.checkDuplicateKeys(doc->m_root);
            }
            if (&input != &doc->m_text) {
                for (size_t i = 0; i < input.size(); ++i) {
                    if (input[i] != doc->m_text[i] && builder.blockScalarAt(int(i))) {
                        fail(int(i),
                             Tr::tr("a tab in a blank line of a block scalar that is not indented enough"));
                        return false;
                    }
                }
            }
            return true;
        } catch (const YAML::DeepRecursion &e) {
            fail(e.mark.pos, Tr::tr("nesting deeper than %1 levels").arg(limits.maxDepth));
        } catch (const YAML::Exception &e) {
            yamlError = e;
        } catch (const BuildError &e) {
            fail(e.offset, e.message);
        } catch (const std::bad_alloc &) {
            fail(0, Tr::tr("the document is too large to read"));
        } catch (const std::exception &e) {
            // yaml-cpp is not supposed to throw anything but YAML::Exception; never let it take us down.
            fail(0, Tr::tr("the YAML reader failed: %1").arg(QString::fromLocal8Bit(e.what())));
        }
        return false;
    };

    std::optional<YAML::Exception> yamlError;
    if (run(doc->m_text, yamlError)) {
        result.document = std::move(doc);
        return result;
    }
    if (yamlError && yamlError->msg.find("illegal tab") != std::string::npos) {
        // yaml-cpp refuses a blank line that holds a tab after a space inside a nested block
        // ("illegal tab when looking for indentation"); libyaml, and so kubectl, reads it as the
        // blank line it is. Try again with such lines handed to yaml-cpp with spaces (the offsets
        // stay the same), unless they lie in a block scalar, where they would be content.
        std::string spaced = doc->m_text;
        for (size_t i = 0; i < doc->m_lineStarts.size(); ++i) {
            const size_t b = size_t(doc->m_lineStarts[i]);
            const size_t e =
                i + 1 < doc->m_lineStarts.size() ? size_t(doc->m_lineStarts[i + 1]) : spaced.size();
            const std::string_view line(doc->m_text.data() + b, e - b);
            // Blank lines and comment lines: only their leading blanks change.
            const size_t content = line.find_first_not_of(" \t\r\n");
            if (!line.empty() && line.front() == ' ' &&
                (content == std::string_view::npos || line[content] == '#'))
                std::replace(spaced.begin() + std::ptrdiff_t(b),
                             spaced.begin() +
                                 std::ptrdiff_t(content == std::string_view::npos ? e : b + content),
                             '\t', ' ');
        }
        std::optional<YAML::Exception> again;
        if (spaced != doc->m_text && result.diagnostics.empty() && run(spaced, again)) {
            result.document = std::move(doc);
            return result;
        }
        result.diagnostics.clear(); // report what yaml-cpp said about the text itself
    }
    if (result.diagnostics.empty() && yamlError) {
        // yaml-cpp's mark: 0-based line and column of the document text (after a byte order mark,
        // where line 0 starts too).
        const YAML::Exception &e = *yamlError;
        int offset = 0;
        if (e.mark.line >= 0 && e.mark.line < int(doc->m_lineStarts.size()))
            offset = doc->m_lineStarts[size_t(e.mark.line)] + std::max(e.mark.column, 0);
        else if (e.mark.pos >= 0)
            offset = e.mark.pos;
        offset = std::clamp(offset, 0, int(doc->m_text.size()));
        return fail(offset, Tr::tr("YAML syntax error: %1").arg(ParserMessages::translate(e.msg)));
    }
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
    const int line = std::max(int(it - m_lineStarts.begin()) - 1, 0);
    return {line, std::max(offset - m_lineStarts[size_t(line)], 0)};
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
