// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/editor.h"

#include "yaml/emitter.h"
#include "yaml/textedit.h"

#include <QCoreApplication>

#include <set>

namespace gw::yaml {

namespace {

bool s_selfCheck = true;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::yaml::Editor)
};

QString pathText(const Path &path)
{
    return path.isEmpty() ? Tr::tr("the document") : path.toQString();
}

Editor::Result failure(const QString &error)
{
    return {{}, error};
}

// BEGIN scalars

/**
 * A literal block scalar for a multi-line string, indented to \a indent; nothing when the string
 * cannot be written as one (control characters, no content, a line that starts with a blank on the
 * first line is fine only with an indentation indicator).
 */
std::optional<std::string> literalBlock(const TextEdit &e, const Node *old, const std::string &s, int indent,
                                        int parentIndent)
{
    size_t contentEnd = s.size();
    while (contentEnd > 0 && s[contentEnd - 1] == '\n')
        --contentEnd;
    const size_t trailing = s.size() - contentEnd;
    if (contentEnd == 0 || !Emitter::isPrintable(s) || s.find('\r') != std::string::npos)
        return std::nullopt;
    std::string header = "|";
    // The first line with content decides the indentation when there is no indicator.
    const size_t firstContent = s.find_first_not_of('\n');
    if (s[firstContent] == ' ' || s[firstContent] == '\t') {
        const int indicator = indent - std::max(parentIndent, 0);
        if (indicator < 1 || indicator > 9)
            return std::nullopt;
        header += char('0' + indicator);
    }
    header += trailing == 0 ? "-" : trailing == 1 ? "" : "+";
    std::string out = header;
    const std::string pad(size_t(indent), ' ');
    for (size_t start = 0;;) {
        const size_t nl = std::min(s.find('\n', start), contentEnd);
        out += e.newline();
        if (nl > start)
            out += pad + s.substr(start, nl - start);
        if (nl >= contentEnd)
            break;
        start = nl + 1;
    }
    // The line break after the last line is the document's own; the ones after it are empty lines.
    for (size_t i = 1; i < trailing; ++i)
        out += e.newline();
    if (trailing > 0 && e.text().find('\n', size_t(old->end)) == std::string::npos)
        out += e.newline(); // nothing after the scalar gives it its last line break
    return out;
}

/** A scalar replacing \a old, keeping the old quoting style where the new value allows it. */
std::string styledScalar(const TextEdit &e, const Node *old, const Value &value, bool styled)
{
    const bool flow = inFlow(old);
    if (!styled || value.type() != Value::Type::String || !old->isScalar())
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
            // Keep a literal block, indented like the old content (or one level deeper than its parent).
            const int parentIndent = old->parent ? old->parent->column : -1;
            int indent = std::max(parentIndent, 0) + e.style().indent;
            const size_t firstContent = e.text().find('\n', size_t(old->begin));
            if (firstContent != std::string::npos && int(firstContent) + 1 < old->end) {
                size_t p = firstContent + 1;
                int spaces = 0;
                while (p < e.text().size() && e.text()[p] == ' ') {
                    ++spaces;
                    ++p;
                }
                if (spaces > parentIndent && p < e.text().size() && e.text()[p] != '\n' &&
                    e.text()[p] != '\r')
                    indent = spaces;
            }
            if (auto block = literalBlock(e, old, s, indent, parentIndent))
                return *block;
        }
        break;
    case ScalarStyle::Plain:
        break;
    }
    return Emitter::scalar(value, flow);
}

// END
// BEGIN replacing a node

/** The text a value is written as inline (a scalar or an empty collection). */
std::string inlineText(const TextEdit &e, const Node *old, const Value &value, bool styled)
{
    if (!value.isScalar())
        return Emitter::flow(value);
    return styledScalar(e, old, value, styled);
}

/** Joins kept properties and a value written on the same line. */
std::string withProperties(const std::string &properties, const std::string &text)
{
    return properties.empty() ? text : properties + ' ' + text;
}

Editor::Result replaceNode(const TextEdit &e, const Node *n, const Value &value, bool styled)
{
    const std::string &text = e.text();
    const bool collection = n->isMapping() || n->isSequence();
    const std::string props = e.keptProperties(n);

    // Inside a flow collection everything stays on the line; a flow collection with items stays a
    // flow collection (an empty `[]` or `{}` has no style to keep).
    const bool keepFlow =
        inFlow(n->parent) || (collection && n->isFlow() && !n->children.empty() && !value.isScalar());
    if (keepFlow) {
        const std::string t = inlineText(e, n, value, styled);
        if (n->implicitNull) {
            // "{a, b: 1}": a key without ':' needs one before its new value.
            int p = n->begin;
            while (p > 0 && (text[size_t(p - 1)] == ' ' || text[size_t(p - 1)] == '\t'))
                --p;
            const bool colon = p > 0 && text[size_t(p - 1)] == ':';
            return e.insert(n->begin, (colon ? " " : ": ") + t);
        }
        return e.replace(n->propertiesBegin, n->end, withProperties(props, t));
    }

    const Node *key = TextEdit::keyOf(n);
    const bool item = n->parent && n->parent->isSequence();

    if (n->implicitNull && key && !e.onlyBlanksBefore(n->begin) && e.afterColon(key) == key->end)
        // An explicit key ("? k") without ':': its value would need a line of its own.
        return failure(
            Tr::tr("%1 has no ':' yet; edit the YAML text instead").arg(pathText(e.document().pathOf(n))));

    if (Emitter::isInline(value)) {
        const std::string t = inlineText(e, n, value, styled);
        if (n->implicitNull && n->propertiesBegin != n->begin)
            return e.replace(n->propertiesBegin, n->begin, withProperties(props, t));
        if (n->implicitNull)
            return e.insert(n->begin, ' ' + t);
        if (collection && !n->isFlow() && n->parent) {
            // A block collection becomes one line: back onto the key's (or dash's) line, keeping a
            // comment that stood there.
            const int start =
                props.empty() && n->propertiesBegin == n->begin ? e.indicatorEnd(n) : n->propertiesBegin;
            const int propsEnd = e.propertiesEnd(n);
            const int tailFrom = props.empty() && n->propertiesBegin == n->begin ? start : propsEnd;
            std::string tail;
            if (e.lineEnd(tailFrom) < n->begin && e.onlyCommentAfter(tailFrom))
                tail = text.substr(size_t(tailFrom), size_t(e.lineEnd(tailFrom) - tailFrom));
            const bool needsSpace = start == e.indicatorEnd(n) && start != n->propertiesBegin;
            // A comment at the end of the collection's last line was about its content: it goes too.
            const int end = e.onlyCommentAfter(n->end) ? e.lineEnd(n->end) : n->end;
            return e.replace(start, end, (needsSpace ? " " : "") + withProperties(props, t) + tail);
        }
        // A value that now spans lines takes the blanks left after the old one on its last line.
        const int end = t.find('\n') != std::string::npos && e.onlyCommentAfter(n->end) &&
                e.text().find('#', size_t(n->end)) > size_t(e.lineEnd(n->end))
            ? e.lineEnd(n->end)
            : n->end;
        return e.replace(n->propertiesBegin, end, withProperties(props, t));
    }

    // A non-empty collection in block style.
    const bool sameKind =
        !n->isFlow() && ((value.isMapping() && n->isMapping()) || (value.isSequence() && n->isSequence()));
    if (sameKind && !n->implicitNull && e.onlyBlanksBefore(n->begin)) {
        // Keep the collection where it is and how far it is indented.
        return e.replace(n->begin, n->end, e.block(value, e.column(n->begin)));
    }
    if (key) {
        const int col = key->column + (value.isMapping() ? e.style().indent : e.style().sequenceIndent);
        const std::string body = e.newline() + std::string(size_t(col), ' ') + e.block(value, col);
        if (n->implicitNull)
            return e.insert(n->begin, body);
        if (!props.empty())
            return e.replace(n->propertiesBegin, n->end, props + body);
        // Standard tags go; a comment on the key's line stays there.
        const int start = e.indicatorEnd(n);
        const int lineEnd = e.lineEnd(start);
        if (lineEnd < n->propertiesBegin && e.onlyCommentAfter(start))
            return e.replace(lineEnd, n->end, body);
        return e.replace(start, n->end, body);
    }
    if (item) {
        if (n->implicitNull) {
            const int col = e.column(n->begin) + 1;
            return e.insert(n->begin, ' ' + e.block(value, col));
        }
        if (sameKind)
            return e.replace(n->begin, n->end, e.block(value, e.column(n->begin)));
        const int col = e.column(n->propertiesBegin);
        if (!props.empty())
            return e.replace(n->propertiesBegin, n->end,
                             props + e.newline() + std::string(size_t(col), ' ') + e.block(value, col));
        return e.replace(n->propertiesBegin, n->end, e.block(value, col));
    }
    // The root. On a `---` line ("--- x") a block collection cannot start: it goes below.
    if (e.text().compare(size_t(e.lineStart(n->propertiesBegin)), 3, "---") == 0 && props.empty())
        return e.replace(e.lineStart(n->propertiesBegin) + 3, n->end, e.newline() + e.block(value, 0));
    const int col = e.column(n->begin);
    if (n->propertiesBegin != n->begin)
        return e.replace(n->propertiesBegin, n->end,
                         props + e.newline() + std::string(size_t(col), ' ') + e.block(value, col));
    return e.replace(n->begin, n->end, e.block(value, col));
}

/** The last node (in text order) whose text ends exactly at \a end, or nullptr. */
const Node *lastNodeEndingAt(const Node *n, int end)
{
    for (auto it = n->children.rbegin(); it != n->children.rend(); ++it) {
        if (const Node *found = lastNodeEndingAt(*it, end))
            return found;
    }
    return n->end == end && n->isScalar() ? n : nullptr;
}

/**
 * Appending after the last line of a document that has no final line break gives that line one.
 * When the line ends a block scalar ("|" or "|+"), the break would become part of its value:
 * switch it to strip chomping ("|-"), which reads back as the same value.
 */
Editor::Result appendAtEnd(const TextEdit &e, const std::string &what)
{
    const std::string &text = e.text();
    Editor::Result r = e.insert(int(text.size()), what);
    if (text.empty() || text.back() == '\n' || !e.document().root())
        return r;
    const Node *last = lastNodeEndingAt(e.document().root(), int(text.size()));
    if (!last || (last->scalarStyle != ScalarStyle::Literal && last->scalarStyle != ScalarStyle::Folded))
        return r;
    size_t p = size_t(last->begin) + 1;
    while (p < text.size() && (text[p] == '+' || text[p] == '-' || (text[p] >= '1' && text[p] <= '9'))) {
        if (text[p] == '-')
            return r;
        if (text[p] == '+') {
            r.text[p] = '-';
            return r;
        }
        ++p;
    }
    r.text.insert(size_t(last->begin) + 1, 1, '-');
    return r;
}

/** Where content goes in a document without any: before a closing `...` line, else at the end. */
Editor::Result setContent(const TextEdit &e, const Value &whole)
{
    const std::string &text = e.text();
    int at = int(text.size());
    for (size_t pos = 0; pos < text.size();
         pos = text.find('\n', pos) == std::string::npos ? text.size() : text.find('\n', pos) + 1) {
        if (text.compare(pos, 3, "...") == 0 &&
            (pos + 3 == text.size() || text[pos + 3] == ' ' || text[pos + 3] == '\t' ||
             text[pos + 3] == '\r' || text[pos + 3] == '\n')) {
            at = int(pos);
            break;
        }
    }
    std::string what = e.block(whole, 0) + e.newline();
    if (at > 0 && text[size_t(at - 1)] != '\n')
        what.insert(0, e.newline());
    return e.insert(at, what);
}

/** An empty `{}` or `[]` in block context: its flow style is no choice, only the way to write "empty". */
bool isEmptyFlowInBlock(const Node *n)
{
    return (n->isMapping() || n->isSequence()) && n->isFlow() && n->children.empty() && !inFlow(n->parent);
}

Editor::Result addEntry(const TextEdit &e, const Node *map, const std::string &key, const Value &value,
                        bool styled)
{
    if (isEmptyFlowInBlock(map))
        return replaceNode(e, map, Value::mapping().set(key, value), styled);
    if (map->flowPair)
        return failure(Tr::tr("%1 is a single-pair mapping without braces; edit the YAML text instead")
                           .arg(pathText(e.document().pathOf(map))));
    if (map->size() > 0 && !map->isFlow() && map->children.back()->implicitNull &&
        e.afterColon(map->children[map->children.size() - 2]) == map->children[map->children.size() - 2]->end)
        // After an explicit key without ':' ("? k"), a new key would be read as part of it.
        return failure(Tr::tr("%1 ends with a key that has no ':'; edit the YAML text instead")
                           .arg(pathText(e.document().pathOf(map))));
    if (inFlow(map)) {
        const std::string entry = Emitter::scalar(Value(key), true) + ": " + Emitter::flow(value);
        if (map->size() == 0)
            return e.insert(map->begin + 1, entry);
        return e.insert(map->children.back()->end, ", " + entry);
    }
    const int col = e.column(map->begin);
    std::string line = Emitter::scalar(Value(key)) + ':';
    if (Emitter::isInline(value)) {
        line += ' ' + e.block(value, col);
    } else {
        const int child = col + (value.isMapping() ? e.style().indent : e.style().sequenceIndent);
        line += e.newline() + std::string(size_t(child), ' ') + e.block(value, child);
    }
    const int at = e.lineEnd(map->end);
    const std::string what = e.newline() + std::string(size_t(col), ' ') + line;
    // A document that ends without a line break gets none after the new entry either.
    return at == int(e.text().size()) ? appendAtEnd(e, what) : e.insert(at, what);
}

// END
// BEGIN anchors

void collectAnchors(const Node *n, std::set<std::string> &out)
{
    if (!n->anchor.empty())
        out.insert(n->anchor);
    for (const Node *c : n->children)
        collectAnchors(c, out);
}

const Node *findAliasOutside(const Node *n, const Node *subtree, const std::set<std::string> &anchors)
{
    if (n == subtree)
        return nullptr;
    if (n->isAlias() && anchors.count(n->alias))
        return n;
    for (const Node *c : n->children) {
        if (const Node *a = findAliasOutside(c, subtree, anchors))
            return a;
    }
    return nullptr;
}

/**
 * An error when replacing or removing \a n would leave an alias elsewhere without its anchor.
 * With \a keepOwn, the node's own anchor survives (set() keeps it).
 */
QString brokenAlias(const Document &doc, const Node *n, bool keepOwn)
{
    std::set<std::string> anchors;
    for (const Node *c : n->children)
        collectAnchors(c, anchors);
    if (!keepOwn && !n->anchor.empty())
        anchors.insert(n->anchor);
    if (anchors.empty() || !doc.root())
        return {};
    if (const Node *alias = findAliasOutside(doc.root(), n, anchors))
        return Tr::tr("%1 defines the anchor &%2 that %3 refers to")
            .arg(pathText(doc.pathOf(n)), QString::fromStdString(alias->alias), pathText(doc.pathOf(alias)));
    return {};
}

// END
// BEGIN checking the result

bool hasAliasesOrMerges(const Node *n)
{
    if (!n)
        return false;
    if (n->isAlias() || (n->isScalar() && n->value == "<<" && n->scalarStyle == ScalarStyle::Plain))
        return true;
    for (const Node *c : n->children) {
        if (hasAliasesOrMerges(c))
            return true;
    }
    return false;
}

/**
 * Checks that \a result reads back as \a expected (when the document has no aliases or merge
 * keys, the whole document; else the value at \a path, or for a removal just that it parses).
 */
bool verify(const Document &before, const Editor::Result &result, const std::optional<Value> &expected,
            const Path &path, const std::optional<Value> &atPath)
{
    if (!result.ok())
        return false;
    const auto parsed = Document::parse(result.text, before.origin());
    if (!parsed.document)
        return false;
    if (expected && !hasAliasesOrMerges(before.root())) {
        const auto got = Value::fromNode(*parsed.document, parsed.document->root());
        return got && equalIgnoringKeyOrder(*got, *expected);
    }
    if (atPath) {
        const Node *n = parsed.document->find(path);
        const auto got = n ? Value::fromNode(*parsed.document, n) : std::nullopt;
        return got && equalIgnoringKeyOrder(*got, *atPath);
    }
    return true;
}

/** The whole document's value after an edit, for verify(); nothing when it cannot be computed. */
std::optional<Value> documentValue(const Document &doc)
{
    if (!s_selfCheck || hasAliasesOrMerges(doc.root()))
        return std::nullopt;
    return Value::fromNode(doc, doc.root());
}

Editor::Result checked(const Document &doc, Editor::Result result, const std::optional<Value> &expected,
                       const Path &path, const std::optional<Value> &atPath)
{
    if (!result.ok() || !s_selfCheck)
        return result;
    if (verify(doc, result, expected, path, atPath))
        return result;
    return failure(
        Tr::tr("%1 cannot be changed without rewriting more of the document; edit the YAML text instead")
            .arg(pathText(path)));
}

// END

Editor::Result setImpl(const Document &document, const Path &path, const Value &value, bool styled)
{
    TextEdit e(document);
    const Node *n = document.root();
    if (!n || (n->implicitNull && n->propertiesBegin == n->begin)) {
        // A document with only comments: the value becomes its content.
        Value whole = value;
        for (int i = path.size() - 1; i >= 0; --i) {
            if (path.at(i).isIndex())
                return failure(
                    Tr::tr("%1: there is no item %2").arg(pathText(path.left(i))).arg(path.at(i).index));
            Value m = Value::mapping();
            m.set(path.at(i).key, std::move(whole));
            whole = std::move(m);
        }
        return setContent(e, whole);
    }
    int depth = 0;
    for (; depth < path.size(); ++depth) {
        if (n->isAlias())
            return failure(
                Tr::tr("%1 is an alias; edit the anchored value instead").arg(pathText(path.left(depth))));
        const Path::Segment &seg = path.at(depth);
        if (seg.isIndex()) {
            if (!n->isSequence() || seg.index >= n->size())
                return failure(
                    Tr::tr("%1: there is no item %2").arg(pathText(path.left(depth))).arg(seg.index));
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
            return failure(Tr::tr("%1 is an alias; edit the anchored value instead").arg(pathText(path)));
        if (const QString broken = brokenAlias(document, n, true); !broken.isEmpty())
            return failure(broken);
        return replaceNode(e, n, value, styled);
    }
    Value nested = value;
    for (int i = path.size() - 1; i > depth; --i) {
        if (path.at(i).isIndex())
            return failure(
                Tr::tr("%1: there is no item %2").arg(pathText(path.left(i))).arg(path.at(i).index));
        Value m = Value::mapping();
        m.set(path.at(i).key, std::move(nested));
        nested = std::move(m);
    }
    const std::string &key = path.at(depth).key;
    if (n->isMapping())
        return addEntry(e, n, key, nested, styled);
    if (n->isNull()) {
        Value m = Value::mapping();
        m.set(key, std::move(nested));
        return replaceNode(e, n, m, styled);
    }
    return failure(Tr::tr("%1 is not a mapping").arg(pathText(path.left(depth))));
}

/** The expected document value after set(), following set()'s rules for missing keys. */
std::optional<Value> expectedAfterSet(std::optional<Value> doc, const Path &path, const Value &value)
{
    if (!doc)
        return std::nullopt;
    Value *v = &*doc;
    for (const Path::Segment &seg : path.segments()) {
        if (seg.isIndex()) {
            v = v->at(Path().index(seg.index));
            if (!v)
                return std::nullopt;
            continue;
        }
        if (!v->isMapping())
            *v = Value::mapping();
        if (!v->get(seg.key))
            v->set(seg.key, Value());
        v = v->get(seg.key);
    }
    *v = value;
    return doc;
}

Editor::Result insertImpl(const Document &document, const Path &sequencePath, int index, const Value &value)
{
    TextEdit e(document);
    const Node *s = document.find(sequencePath);
    if (!s || s->isNull()) {
        if (index != 0)
            return failure(Tr::tr("%1: there is no item %2").arg(pathText(sequencePath)).arg(index));
        Value seq = Value::sequence();
        seq.append(value);
        return setImpl(document, sequencePath, seq, true);
    }
    if (s->isAlias())
        return failure(Tr::tr("%1 is an alias; edit the anchored value instead").arg(pathText(sequencePath)));
    if (!s->isSequence())
        return failure(Tr::tr("%1 is not a list").arg(pathText(sequencePath)));
    if (index < 0 || index > s->size())
        return failure(Tr::tr("%1: cannot insert at %2 (the list has %3 items)")
                           .arg(pathText(sequencePath))
                           .arg(index)
                           .arg(s->size()));
    if (isEmptyFlowInBlock(s))
        return replaceNode(e, s, Value::sequence().append(value), true);
    if (inFlow(s)) {
        const std::string t = Emitter::flow(value);
        if (s->size() == 0)
            return e.insert(s->begin + 1, t);
        if (index == s->size())
            return e.insert(s->children.back()->end, ", " + t);
        return e.insert(s->itemAt(index)->propertiesBegin, t + ", ");
    }
    const int dashCol = e.column(s->begin);
    // The content of a new item starts as far after its dash as in the first item ("-   name: x").
    int offset = 2;
    if (const Node *first = s->itemAt(0);
        !first->implicitNull && first->line == e.document().lineColumn(e.dashOf(first)).first)
        offset = std::clamp(e.column(first->propertiesBegin) - dashCol, 2, 8);
    const std::string item = '-' + std::string(size_t(offset - 1), ' ') + e.block(value, dashCol + offset);
    if (index == s->size()) {
        const int at = e.lineEnd(s->end);
        const std::string what = e.newline() + std::string(size_t(dashCol), ' ') + item;
        return at == int(e.text().size()) ? appendAtEnd(e, what) : e.insert(at, what);
    }
    const int dash = e.dashOf(s->itemAt(index));
    if (e.onlyBlanksBefore(dash))
        return e.insert(e.lineStart(dash), std::string(size_t(dashCol), ' ') + item + e.newline());
    return e.insert(dash, item + e.newline() + std::string(size_t(dashCol), ' '));
}

Editor::Result removeImpl(const Document &document, const Path &path)
{
    TextEdit e(document);
    if (path.isEmpty())
        return failure(Tr::tr("cannot remove the whole document this way"));
    const Node *n = document.find(path);
    if (!n)
        return failure(Tr::tr("%1 does not exist").arg(pathText(path)));
    if (const QString broken = brokenAlias(document, n, false); !broken.isEmpty())
        return failure(broken);
    const Node *p = n->parent;
    if (p->isMapping()) {
        int idx = 0;
        while (idx < p->size() && p->valueAt(idx) != n)
            ++idx;
        const Node *key = p->keyAt(idx);
        if (p->size() == 1)
            return setImpl(document, path.parent(), Value::mapping(), true);
        if (inFlow(p)) {
            if (idx + 1 < p->size())
                return e.replace(key->propertiesBegin, p->keyAt(idx + 1)->propertiesBegin, {});
            return e.replace(p->valueAt(idx - 1)->end, std::max(n->end, key->end), {});
        }
        const int end = std::max(n->end, key->end);
        if (e.onlyBlanksBefore(key->propertiesBegin))
            return e.replace(e.lineStart(key->propertiesBegin), e.afterLine(end), {});
        if (idx + 1 < p->size())
            return e.replace(key->propertiesBegin, p->keyAt(idx + 1)->propertiesBegin, {});
        return e.replace(e.lineEnd(p->valueAt(idx - 1)->end), e.lineEnd(end), {});
    }
    // A sequence item.
    int idx = 0;
    while (idx < p->size() && p->itemAt(idx) != n)
        ++idx;
    if (p->size() == 1)
        return setImpl(document, path.parent(), Value::sequence(), true);
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

/**
 * Moves an item of a block sequence by moving its lines, or of a flow sequence by moving its text,
 * so that its comments and formatting move with it. Nothing when the items do not sit on lines of
 * their own.
 */
std::optional<Editor::Result> moveText(const Document &document, const Node *s, int from, int to)
{
    TextEdit e(document);
    const std::string &text = e.text();
    if (s->isFlow()) {
        std::vector<std::string> items;
        for (const Node *c : s->children)
            items.emplace_back(document.sourceOf(c));
        std::string moved = items[size_t(from)];
        items.erase(items.begin() + from);
        items.insert(items.begin() + to, moved);
        std::string out = text;
        for (int i = s->size() - 1; i >= 0; --i) {
            const Node *c = s->itemAt(i);
            out.replace(size_t(c->propertiesBegin), size_t(c->end - c->propertiesBegin), items[size_t(i)]);
        }
        return Editor::Result {std::move(out), {}};
    }
    // Each item owns the lines from the end of the previous item to the end of its own last line.
    std::vector<std::pair<int, int>> blocks;
    for (int i = 0; i < s->size(); ++i) {
        const Node *c = s->itemAt(i);
        const int dash = e.dashOf(c);
        if (!e.onlyBlanksBefore(dash))
            return std::nullopt;
        const int begin = i == 0 ? e.lineStart(dash) : blocks.back().second;
        const int end = e.afterLine(std::max(c->end, dash));
        if (end == int(text.size()) && (text.empty() || text.back() != '\n'))
            return std::nullopt; // the last line has no line break to move with it
        blocks.emplace_back(begin, end);
    }
    std::vector<std::string> parts;
    for (const auto &[b, en] : blocks)
        parts.push_back(text.substr(size_t(b), size_t(en - b)));
    std::string moved = parts[size_t(from)];
    parts.erase(parts.begin() + from);
    parts.insert(parts.begin() + to, moved);
    std::string out = text.substr(0, size_t(blocks.front().first));
    for (const std::string &part : parts)
        out += part;
    out += text.substr(size_t(blocks.back().second));
    return Editor::Result {std::move(out), {}};
}

} // namespace

void Editor::setSelfCheck(bool enabled)
{
    s_selfCheck = enabled;
}

/**
 * True when a key of mapping \a n cannot be addressed by its text alone: a null key (`: v`, whose
 * text reads as "" like a quoted empty key), a collection, or a key with an anchor or a tag.
 */
bool hasKeysBeyondText(const Node *n)
{
    for (int i = 0; i < n->size(); ++i) {
        const Node *k = n->keyAt(i);
        if (!k->isScalar() || !k->anchor.empty() || !k->tag.empty())
            return true;
    }
    return false;
}

/**
 * A mapping set onto a block mapping: only the entries that differ are edited (recursively), so
 * that the others keep their comments, quoting and order. Nothing when the mapping is not there,
 * not in block style, holds aliases or merge keys, or has keys that are more than their text.
 */
std::optional<Editor::Result> mergeMapping(const Document &document, const Path &path, const Value &value)
{
    const Node *n = document.find(path);
    if (!n || !n->isMapping() || n->isFlow() || n->size() == 0 || !value.isMapping() || value.size() == 0 ||
        hasAliasesOrMerges(n) || hasKeysBeyondText(n))
        return std::nullopt;
    const auto current = Value::fromNode(document, n);
    if (!current)
        return std::nullopt;
    std::shared_ptr<const Document> doc;
    std::string text = document.text();
    auto step = [&](const Editor::Result &r) {
        if (!r.ok())
            return false;
        text = r.text;
        doc = Document::parse(text, document.origin()).document;
        return doc != nullptr;
    };
    const Document *at = &document;
    for (const auto &[key, old] : current->entries()) {
        if (!value.get(key)) {
            if (!step(Editor::remove(*at, path.key(key))))
                return std::nullopt;
            at = doc.get();
        }
    }
    for (const auto &[key, v] : value.entries()) {
        const Value *old = current->get(key);
        if (old && equalIgnoringKeyOrder(*old, v))
            continue;
        if (!step(Editor::set(*at, path.key(key), v)))
            return std::nullopt;
        at = doc.get();
    }
    return Editor::Result {std::move(text), {}};
}

Editor::Result Editor::set(const Document &document, const Path &path, const Value &value)
{
    const auto expected = expectedAfterSet(documentValue(document), path, value);
    if (auto merged = mergeMapping(document, path, value)) {
        if (!s_selfCheck || verify(document, *merged, expected, path, value))
            return *merged;
    }
    Result r = setImpl(document, path, value, true);
    if (!r.ok() || !s_selfCheck || verify(document, r, expected, path, value))
        return r;
    // The preferred form (the old quoting style, a literal block) did not read back right: try the
    // canonical one before giving up.
    return checked(document, setImpl(document, path, value, false), expected, path, value);
}

Editor::Result Editor::insert(const Document &document, const Path &sequencePath, int index,
                              const Value &value)
{
    std::optional<Value> expected = documentValue(document);
    if (expected) {
        Value *seq = expected->at(sequencePath);
        if (!seq || seq->isNull()) {
            expected = expectedAfterSet(expected, sequencePath, Value::sequence().append(value));
        } else if (!seq->insert(index, value)) {
            expected.reset();
        }
    }
    return checked(document, insertImpl(document, sequencePath, index, value), expected,
                   sequencePath.index(index), value);
}

Editor::Result Editor::remove(const Document &document, const Path &path)
{
    std::optional<Value> expected = documentValue(document);
    if (expected && !path.isEmpty()) {
        Value *parent = expected->at(path.parent());
        const bool removed = parent &&
            (path.last().isIndex() ? parent->removeAt(path.last().index)
                                   : parent->removeKey(path.last().key));
        if (!removed)
            expected.reset();
    }
    return checked(document, removeImpl(document, path), expected, path, std::nullopt);
}

Editor::Result Editor::move(const Document &document, const Path &sequencePath, int from, int to)
{
    const Node *s = document.find(sequencePath);
    if (!s || !s->isSequence())
        return failure(Tr::tr("%1 is not a list").arg(pathText(sequencePath)));
    if (from < 0 || from >= s->size() || to < 0 || to >= s->size())
        return failure(Tr::tr("%1: cannot move item %2 to %3 (the list has %4 items)")
                           .arg(pathText(sequencePath))
                           .arg(from)
                           .arg(to)
                           .arg(s->size()));
    if (from == to)
        return {document.text(), {}};
    std::optional<Value> expected = documentValue(document);
    if (expected) {
        Value *seq = expected->at(sequencePath);
        Value item = seq->items()[size_t(from)];
        seq->removeAt(from);
        seq->insert(to, std::move(item));
    }
    if (auto r = moveText(document, s, from, to)) {
        if (!s_selfCheck || verify(document, *r, expected, sequencePath, std::nullopt))
            return *r;
    }
    // Re-write the item in canonical form: take it out and put it back in.
    QString error;
    const auto item = Value::fromNode(document, s->itemAt(from), 100000, &error);
    if (!item)
        return failure(error);
    const Result removed = remove(document, sequencePath.index(from));
    if (!removed.ok())
        return removed;
    const auto reparsed = Document::parse(removed.text, document.origin());
    if (!reparsed.document)
        return failure(
            Tr::tr("%1 cannot be changed without rewriting more of the document; edit the YAML text instead")
                .arg(pathText(sequencePath)));
    return checked(document, insert(*reparsed.document, sequencePath, to, *item), expected, sequencePath,
                   std::nullopt);
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
