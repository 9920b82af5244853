// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzchecks.h"

#include "core/design.h"
#include "yaml/editor.h"
#include "yaml/emitter.h"
#include "yaml/stream.h"
#include "yaml/value.h"

#include <functional>

namespace gw::fuzz {

using yaml::Document;
using yaml::Node;
using yaml::Path;
using yaml::Value;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}

std::string describe(const Document &doc, const Node *n)
{
    return doc.pathOf(n).toString() + " @" + std::to_string(n->begin) + ".." + std::to_string(n->end);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string checkNode(const Document &doc, const Node *n)
{
    const std::string &t = doc.text();
    const int size = int(t.size());
    if (!(0 <= n->propertiesBegin && n->propertiesBegin <= n->begin && n->begin <= n->end && n->end <= size))
        return "bad range " + describe(doc, n);
    if (n->implicitNull && n->begin != n->end)
        return "implicit null with text " + describe(doc, n);
    const std::string_view src(t.data() + n->begin, size_t(n->end - n->begin));
    if (n->isScalar()) {
        switch (n->scalarStyle) {
        case yaml::ScalarStyle::DoubleQuoted:
            if (src.size() < 2 || src.front() != '"' || src.back() != '"')
                return "double-quoted range " + describe(doc, n);
            break;
        case yaml::ScalarStyle::SingleQuoted:
            if (src.size() < 2 || src.front() != '\'' || src.back() != '\'')
                return "single-quoted range " + describe(doc, n);
            break;
        case yaml::ScalarStyle::Literal:
        case yaml::ScalarStyle::Folded:
            if (src.empty() || (src.front() != '|' && src.front() != '>'))
                return "block scalar range " + describe(doc, n);
            break;
        case yaml::ScalarStyle::Plain:
            if (src.empty() ? !n->value.empty() : (isSpace(src.front()) || isSpace(src.back())))
                return "plain scalar range " + describe(doc, n);
            break;
        }
    } else if (n->isAlias()) {
        if (src.empty() || src.front() != '*')
            return "alias range " + describe(doc, n);
    } else if ((n->isMapping() || n->isSequence()) && n->isFlow() && !n->flowPair) {
        if (src.size() < 2 || (src.front() != '[' && src.front() != '{') ||
            (src.back() != ']' && src.back() != '}'))
            return "flow collection range " + describe(doc, n);
    }
    const Node *previous = nullptr;
    for (const Node *c : n->children) {
        if (c->parent != n)
            return "wrong parent " + describe(doc, c);
        if (!c->implicitNull && (c->propertiesBegin < n->begin || c->end > n->end))
            return "child outside its parent " + describe(doc, c) + " in " + describe(doc, n);
        if (previous && previous->end > c->propertiesBegin)
            return "children out of order " + describe(doc, previous) + " / " + describe(doc, c);
        previous = c;
        if (auto e = checkNode(doc, c); !e.empty())
            return e;
    }
    return {};
}

bool hasAliasesOrMerges(const Node *n)
{
    if (!n)
        return false;
    if (n->isAlias() || (n->isScalar() && n->value == "<<" && n->scalarStyle == yaml::ScalarStyle::Plain))
        return true;
    for (const Node *c : n->children) {
        if (hasAliasesOrMerges(c))
            return true;
    }
    return false;
}

/** Value nodes (not keys) with their paths; subtrees under keys a Path cannot name are left out. */
void collect(const Node *n, const Path &path, std::vector<std::pair<const Node *, Path>> &out)
{
    if (!n)
        return;
    out.emplace_back(n, path);
    if (n->isMapping()) {
        for (int i = 0; i < n->size(); ++i) {
            const Node *k = n->keyAt(i);
            if (k->isScalar()) // a Path names scalar keys only
                collect(n->valueAt(i), path.key(k->value), out);
        }
    } else if (n->isSequence()) {
        for (int i = 0; i < n->size(); ++i)
            collect(n->itemAt(i), path.index(i), out);
    }
}

std::vector<Value> sampleValues(const std::string &fuzzString)
{
    std::vector<Value> v = {
        Value("x"),
        Value("80"),
        Value(80),
        Value(true),
        Value(),
        Value(""),
        Value("a: b"),
        Value("- x"),
        Value("# c"),
        Value("line1\nline2"),
        Value("line\n"),
        Value("it's"),
        Value("say \"hi\""),
        Value("\xc3\xbc\xe2\x82\xac"),
        Value(" lead"),
        Value("trail "),
        Value(1.5),
        Value("yes"),
        Value("null"),
        Value("2025-01-01"),
        Value("0x1F"),
        Value("[a]"),
        Value("{a}"),
        Value("*x"),
        Value("&x"),
        Value("!t"),
        Value("%x"),
        Value("@x"),
        Value("`x"),
        Value("a,b"),
        Value("---"),
        Value("..."),
        Value(" "),
        Value("\t"),
        Value(std::string(300, 'z')),
        Value(fuzzString),
        Value::raw("42"),
        Value::raw("x y"),
        Value("a\n\nb\n\n"),
        Value("\n"),
        Value("<<"),
        Value("1e3"),
        Value("08"),
        Value("~"),
        Value("-"),
        Value("?"),
        Value(":"),
        Value("a #b"),
        Value("\xc2\x85"),
        Value("\xe2\x80\xa8"),
        Value(std::int64_t(-9007199254740993)),
        Value("99999999999999999999"),
    };
    v.push_back(Value::mapping());
    v.push_back(Value::sequence());
    v.push_back(Value::mapping().set("k", Value("v")));
    v.push_back(Value::sequence().append(Value(1)).append(Value(2)));
    Value deep = Value::mapping();
    deep.set("a",
             Value::mapping().set("b",
                                  Value::sequence().append(Value(1)).append(
                                      Value::mapping().set("c", Value("d")).set("e", Value::sequence()))));
    v.push_back(deep);
    v.push_back(Value::sequence().append(Value::sequence()).append(Value::mapping()));
    v.push_back(Value::mapping().set("a b", Value(1)).set("80", Value("x")).set("", Value("empty key")));
    v.push_back(Value::sequence().append(Value("multi\nline")).append(Value::mapping().set("k", Value("v"))));
    return v;
}

/** Start of the text that an edit of \a c (a node or nullptr for the document) may touch. */
int regionBegin(const Document &doc, const Node *c)
{
    if (!c)
        return 0;
    const Node *p = c->parent;
    int from = c->propertiesBegin;
    if (p && p->isMapping()) {
        for (int i = 0; i < p->size(); ++i) {
            if (p->valueAt(i) == c)
                from = std::min(from, p->keyAt(i)->propertiesBegin);
        }
    } else if (p && p->isSequence()) {
        const auto it = std::find(p->children.begin(), p->children.end(), c);
        from = it == p->children.begin() ? p->begin : (*(it - 1))->end;
    }
    return doc.lineStart(from);
}

int regionEnd(const Document &doc, const Node *c)
{
    const std::string &t = doc.text();
    if (!c)
        return int(t.size());
    const size_t nl = t.find('\n', size_t(c->end));
    return nl == std::string::npos ? int(t.size()) : int(nl) + 1;
}

} // namespace

static bool s_raw = qEnvironmentVariableIntValue("GW_FUZZ_EDITOR_RAW") == 1;

void setRawEditor(bool raw)
{
    s_raw = raw;
}

bool rawEditor()
{
    return s_raw;
}

std::string checkTree(const Document &document)
{
    if (!document.root())
        return {};
    return checkNode(document, document.root());
}

std::string checkImport(const std::uint8_t *data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    const auto split = yaml::Stream::split(bytes, QStringLiteral("fuzz.yaml"));
    if (!hasErrors(split.diagnostics)) {
        std::string joined;
        for (const auto &d : split.documents)
            joined += d.text;
        if (!split.extractedFromShell && joined != bytes)
            return "Stream::split lost bytes";
        for (const auto &d : split.documents) {
            const auto parsed = Document::parse(d.text, d.origin);
            if (parsed.document) {
                if (auto e = checkTree(*parsed.document); !e.empty())
                    return "tree: " + e;
            } else if (parsed.diagnostics.empty()) {
                return "a document failed to parse without a message";
            }
        }
    } else if (!split.documents.empty()) {
        return "Stream::split returned documents and errors";
    }

    Design design;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto loaded = design.addFile(input, QStringLiteral("fuzz.yaml"));
    if (!loaded.ok) {
        if (!hasErrors(loaded.diagnostics))
            return "import failed without an error";
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.location.file != u"fuzz.yaml")
                return "error without a file: " + str(d.toString());
        }
        if (design.fileCount() != 0 || !design.documents().empty())
            return "a failed import left documents behind";
        return {};
    }
    if (hasErrors(loaded.diagnostics))
        return "import succeeded with errors";
    if (!design.file(0).extractedFromShell && design.fileText(0) != input)
        return "the saved file is not byte-identical";

    // What export writes imports again, to the same values.
    auto values = [](const Design &d) {
        std::vector<Value> out;
        for (DocumentId id : d.documents()) {
            const DesignDocument *doc = d.document(id);
            if (!doc->yaml->root() || doc->yaml->root()->isNull())
                continue;
            if (std::any_of(doc->resources.begin(), doc->resources.end(),
                            [](const Resource &r) { return r.isToolOnly(); }))
                continue;
            auto v = Value::fromNode(*doc->yaml, doc->yaml->root());
            out.push_back(v ? *v : Value("<alias budget>"));
        }
        return out;
    };
    const QByteArray exported = design.exportText();
    // Export is the file itself unless kubectl needs a `---` after a `...` line (then the import
    // warned) or Gateway Studio's own documents are left out.
    const bool toolDocuments = !design.resources(Kind::ToolDocument).empty();
    const bool documentEndWarning =
        std::any_of(loaded.diagnostics.begin(), loaded.diagnostics.end(), [](const Diagnostic &d) {
            return d.severity == Diagnostic::Severity::Warning &&
                d.message.contains(QStringLiteral("\"...\""));
        });
    if (!design.file(0).extractedFromShell && !toolDocuments && !documentEndWarning && exported != input)
        return "the export of an unedited file is not byte-identical";
    Design again;
    const auto reloaded = again.addFile(exported, QStringLiteral("fuzz.yaml"));
    if (!reloaded.ok) {
        std::string why;
        for (const Diagnostic &d : reloaded.diagnostics)
            why += str(d.toString()) + "; ";
        return "the export does not import again: " + why;
    }
    if (values(design) != values(again))
        return "the export reads back to different values";
    return {};
}

std::string checkEditor(const std::uint8_t *data, std::size_t size)
{
    if (size < 4)
        return {};
    // Raw mode sees what the Editor produces before its self-check refuses what it got wrong.
    yaml::Editor::setSelfCheck(!s_raw);
    struct Restore
    {
        ~Restore() { yaml::Editor::setSelfCheck(true); }
    } restore;
    const int op = data[0] % 6;
    const int nodeSel = data[1];
    const int valueSel = data[2];
    const int extra = data[3];
    const std::string text(reinterpret_cast<const char *>(data) + 4, size - 4);
    const auto parsed = Document::parse(text);
    if (!parsed.document || !parsed.document->root())
        return {};
    const Document &doc = *parsed.document;
    if (auto e = checkTree(doc); !e.empty())
        return "tree: " + e;
    const auto before = Value::fromNode(doc, doc.root(), 10000);
    if (!before)
        return {};
    bool exact = !hasAliasesOrMerges(doc.root());

    std::vector<std::pair<const Node *, Path>> nodes;
    collect(doc.root(), {}, nodes);
    // Only nodes their path names (several "<<" merge keys share one).
    nodes.erase(std::remove_if(nodes.begin(), nodes.end(),
                               [&](const auto &n) { return doc.find(n.second) != n.first; }),
                nodes.end());
    if (nodes.empty())
        return {};
    const size_t from = size_t(text.size() > 8 ? extra % (text.size() - 4) : 0);
    // Values come from QStrings in the application: always valid UTF-8.
    const std::string fuzzString =
        QString::fromUtf8(text.substr(from, size_t(extra % 23)).c_str()).toStdString();
    const std::vector<Value> values = sampleValues(fuzzString);
    Value value = values[size_t(valueSel) % values.size()];
    if (op == 0 && !value.isScalar())
        value = values[size_t(valueSel) % 8];
    if (op == 1 && value.isScalar())
        value = values[values.size() - 1 - size_t(valueSel) % 8];

    // Pick a node that suits the operation, starting at the chosen one.
    auto pick = [&](const std::function<bool(const Node *, const Path &)> &ok) -> int {
        for (size_t i = 0; i < nodes.size(); ++i) {
            const size_t k = (size_t(nodeSel) + i) % nodes.size();
            if (ok(nodes[k].first, nodes[k].second))
                return int(k);
        }
        return -1;
    };
    Value expected = *before;
    // A complex key (`? a: b`) has no path in the value model: check such documents like aliased ones.
    for (size_t i = 0; exact && i < nodes.size(); ++i)
        exact = expected.at(nodes[i].second) != nullptr;
    yaml::Editor::Result result;
    const Node *target = nullptr;
    const Node *region = nullptr; // the node whose text may change; nullptr = the whole document
    Path path;
    std::string what;
    switch (op) {
    case 0:
    case 1: {
        const int k = pick([](const Node *, const Path &) { return true; });
        target = nodes[size_t(k)].first;
        path = nodes[size_t(k)].second;
        what = "set " + path.toString() + " = " + yaml::Emitter::flow(value);
        result = yaml::Editor::set(doc, path, value);
        if (exact)
            *expected.at(path) = value;
        region = target->parent;
        break;
    }
    case 2:
    case 5: {
        const int k = pick([](const Node *n, const Path &) { return n->isMapping() || n->isNull(); });
        if (k < 0)
            return {};
        target = nodes[size_t(k)].first;
        const Path base = nodes[size_t(k)].second;
        std::string key = "new";
        while (target->get(key))
            key += '_';
        path = op == 2 ? base.key(key) : base.key(key).key("sub");
        what = "set " + path.toString() + " = " + yaml::Emitter::flow(value);
        result = yaml::Editor::set(doc, path, value);
        if (exact) {
            Value *at = expected.at(base);
            if (!at->isMapping())
                *at = Value::mapping();
            at->set(key, op == 2 ? value : Value::mapping().set("sub", value));
        }
        region = target->isNull() ? target->parent : target;
        if (region && region->isMapping() && !region->isFlow())
            region = region->parent; // a block mapping grows after its last line
        break;
    }
    case 3: {
        const int k = pick([](const Node *n, const Path &) { return n->isSequence() || n->isNull(); });
        if (k < 0)
            return {};
        target = nodes[size_t(k)].first;
        path = nodes[size_t(k)].second;
        const int index = target->isSequence() ? extra % (target->size() + 1) : 0;
        what =
            "insert " + path.toString() + "[" + std::to_string(index) + "] = " + yaml::Emitter::flow(value);
        result = yaml::Editor::insert(doc, path, index, value);
        if (exact) {
            Value *at = expected.at(path);
            if (!at->isSequence())
                *at = Value::sequence();
            at->insert(index, value);
        }
        path = path.index(index);
        region = target->parent;
        break;
    }
    case 4: {
        const int k = pick([](const Node *, const Path &p) { return !p.isEmpty(); });
        if (k < 0)
            return {};
        target = nodes[size_t(k)].first;
        path = nodes[size_t(k)].second;
        what = "remove " + path.toString();
        result = yaml::Editor::remove(doc, path);
        if (exact) {
            Value *parent = expected.at(path.parent());
            if (path.last().isIndex())
                parent->removeAt(path.last().index);
            else
                parent->removeKey(path.last().key);
        }
        region = target->parent ? target->parent->parent : nullptr;
        break;
    }
    }
    if (!result.ok())
        return {}; // refusing is allowed; producing wrong text is not
    const auto after = Document::parse(result.text);
    if (!after.document)
        return what + ": the result does not parse: " + str(after.diagnostics.front().toString()) + "\n" +
            result.text;
    if (auto e = checkTree(*after.document); !e.empty())
        return what + ": tree of the result: " + e;
    if (exact) {
        const auto got = Value::fromNode(*after.document, after.document->root(), 100000);
        // Setting a whole mapping keeps the keys that stay where they were (yaml::Editor's contract).
        if (!got || !equalIgnoringKeyOrder(*got, expected))
            return what + ": wrong values after the edit:\n" + result.text +
                "\nexpected: " + yaml::Emitter::flow(expected) +
                "\ngot:      " + (got ? yaml::Emitter::flow(*got) : "?");
    } else if (op != 4) {
        const Node *n = after.document->find(path);
        const auto got = n ? Value::fromNode(*after.document, n, 100000) : std::nullopt;
        if (!got || !equalIgnoringKeyOrder(*got, value))
            return what + ": wrong value at the edited path:\n" + result.text;
    }

    // Locality: bytes before and after the region are unchanged.
    int lo = regionBegin(doc, region);
    int hi = regionEnd(doc, region);
    if ((op == 0 || op == 1) && target->isScalar() && !target->implicitNull &&
        yaml::Emitter::isInline(value)) {
        lo = target->propertiesBegin;
        hi = target->end;
        // A value that becomes several lines may take the blanks after the old one.
        while (hi < int(doc.text().size()) &&
               (doc.text()[size_t(hi)] == ' ' || doc.text()[size_t(hi)] == '\t'))
            ++hi;
    }
    const std::string &in = doc.text();
    const std::string &out = result.text;
    if (out.compare(0, size_t(lo), in, 0, size_t(lo)) != 0)
        return what + ": bytes before the edited node changed:\n" + out;
    const size_t tail = in.size() - size_t(hi);
    if (out.size() < tail || out.compare(out.size() - tail, tail, in, size_t(hi), tail) != 0)
        return what + ": bytes after the edited node changed:\n" + out;
    return {};
}

} // namespace gw::fuzz
