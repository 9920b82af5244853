// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/stream.h"

#include <QCoreApplication>

#include <regex>
#include <string_view>

// kubectl reads a stream with k8s.io/apimachinery's YAMLReader: it cuts the text before every line
// that starts with "---" (a line that has anything but blanks or a comment after the dashes is an
// error, "invalid Yaml document separator"), and hands each chunk to go-yaml, which reads the first
// document of the chunk only. Stream::split follows that, so that Gateway Studio sees what kubectl
// applies, and says so where YAML and kubectl disagree.

namespace gw::yaml {

namespace {

struct Line
{
    std::string_view text; ///< without the line break
    size_t begin = 0; ///< offset of the line in the input
    size_t end = 0; ///< offset after the line break
};

std::vector<Line> splitLines(const std::string &data)
{
    std::vector<Line> lines;
    lines.reserve(data.size() / 24 + 1);
    size_t pos = 0;
    while (pos < data.size()) {
        const size_t nl = data.find('\n', pos);
        const size_t next = nl == std::string::npos ? data.size() : nl + 1;
        size_t end = nl == std::string::npos ? data.size() : nl;
        if (end > pos && data[end - 1] == '\r')
            --end;
        lines.push_back({std::string_view(data).substr(pos, end - pos), pos, next});
        pos = next;
    }
    return lines;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isBlank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back()))
        s.remove_suffix(1);
    return s;
}

enum class Separator { None, Valid, Invalid };

/** A `---` line as kubectl's YAMLReader sees it: only blanks or a comment may follow the dashes. */
Separator separatorKind(std::string_view line)
{
    if (line.substr(0, 3) != "---")
        return Separator::None;
    const std::string_view rest = trimmed(line.substr(3));
    return rest.empty() || rest.front() == '#' ? Separator::Valid : Separator::Invalid;
}

/** A `...` document end marker line. */
bool isDocumentEnd(std::string_view line)
{
    return line.substr(0, 3) == "..." && (line.size() == 3 || isBlank(line[3]) || line[3] == '#');
}

bool isCommentOrBlank(std::string_view line)
{
    const std::string_view t = trimmed(line);
    return t.empty() || t.front() == '#';
}

/**
 * `kubectl apply -f - <<EOF`, `kubectl create -f - <<'EOF'`, `cat <<EOF | kubectl apply -f -`,
 * `<<-EOF` (strips leading tabs), `<< "EOF"`, `<<\EOF`: a here-document whose body kubectl reads as
 * a manifest stream.
 */
const std::regex &heredocPattern()
{
    static const std::regex re(R"(<<(-?)[ \t]*(['"\\]?)([A-Za-z_][A-Za-z0-9_]*)['"]?)");
    return re;
}

const std::regex &stdinPattern()
{
    static const std::regex re(R"((^|[\s|;&(])kubectl\s.*(-f\s*-|--filename[=\s]-)(\s|<|$))");
    return re;
}

struct Heredoc
{
    bool stripTabs = false;
    std::string terminator;
    std::string indent; ///< indentation of the command line, stripped from the body
};

/** The here-document a shell line feeds to `kubectl ... -f -`, if it is one. */
std::optional<Heredoc> kubectlHeredoc(std::string_view line)
{
    const std::string_view t = trimmed(line);
    if (t.empty() || t.front() == '#' || line.find("kubectl") == std::string_view::npos ||
        line.find("<<") == std::string_view::npos)
        return std::nullopt;
    const std::string s(line);
    std::smatch m;
    if (!std::regex_search(s, m, heredocPattern()) || !std::regex_search(s, stdinPattern()))
        return std::nullopt;
    Heredoc h;
    h.stripTabs = m[1].length() > 0;
    h.terminator = m[3].str();
    h.indent = std::string(line.substr(0, line.find_first_not_of(" \t")));
    return h;
}

bool isFence(std::string_view line)
{
    const std::string_view t = trimmed(line);
    return t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~";
}

/**
 * Lines that start a here-document for kubectl. Only at the start of a line (after a `$ ` prompt),
 * indented with tabs, or inside a Markdown code fence: a line indented with spaces outside a fence
 * is text inside YAML (a script in a ConfigMap), not a command.
 */
std::vector<std::pair<size_t, Heredoc>> findHeredocs(const std::vector<Line> &lines)
{
    std::vector<std::pair<size_t, Heredoc>> found;
    bool inFence = false;
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string_view text = lines[i].text;
        if (isFence(text)) {
            inFence = !inFence;
            continue;
        }
        auto h = kubectlHeredoc(text);
        if (!h)
            continue;
        // Outside a fence an indented command is fine only when tabs indent it: YAML cannot.
        if (!inFence && !h->indent.empty() && h->indent.find('\t') == std::string::npos)
            continue;
        found.emplace_back(i, std::move(*h));
    }
    return found;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::yaml::Stream)
};

} // namespace

bool Stream::looksLikeShell(const std::string &data)
{
    if (data.find("kubectl") == std::string::npos)
        return false;
    return !findHeredocs(splitLines(data)).empty();
}

Stream::Result Stream::split(const std::string &data, const QString &fileName, const Limits &limits)
{
    Result result;
    auto fail = [&](int line, int column, const QString &message) {
        result.documents.clear();
        result.diagnostics.push_back(
            {Diagnostic::Severity::Error, {fileName, line, column}, {}, {}, message});
        return result;
    };
    if (data.size() > limits.maxFileBytes)
        return fail(0, 0, Tr::tr("the input is larger than %1 MiB").arg(limits.maxFileBytes >> 20));
    if (const size_t nul = data.find('\0'); nul != std::string::npos) {
        const int line = int(std::count(data.begin(), data.begin() + std::ptrdiff_t(nul), '\n')) + 1;
        return fail(line, 0, Tr::tr("the input is not text (it contains NUL bytes)"));
    }

    const std::vector<Line> lines =
        data.find("kubectl") == std::string::npos ? std::vector<Line>() : splitLines(data);
    const auto heredocs = lines.empty() ? decltype(findHeredocs(lines))() : findHeredocs(lines);

    // Text and 1-based original line number of each line of the YAML stream.
    std::string yaml;
    std::vector<int> lineNumbers;
    if (!heredocs.empty()) {
        result.extractedFromShell = true;
        for (const auto &heredoc : heredocs) {
            const size_t start = heredoc.first;
            const Heredoc &h = heredoc.second;
            auto body = [&h](std::string_view t) {
                if (h.stripTabs)
                    t.remove_prefix(std::min(t.find_first_not_of('\t'), t.size()));
                else if (t.substr(0, h.indent.size()) == h.indent)
                    t.remove_prefix(h.indent.size());
                return t;
            };
            // The terminator line holds the word alone (as bash wants it; trailing blanks are forgiven).
            auto isTerminator = [&](std::string_view t) {
                while (!t.empty() && isBlank(t.back()))
                    t.remove_suffix(1);
                return t == h.terminator;
            };
            size_t j = start + 1;
            for (; j < lines.size(); ++j) {
                if (isTerminator(body(lines[j].text)))
                    break;
            }
            if (j == lines.size())
                return fail(int(start) + 1, 1,
                            Tr::tr("the here-document started here is not closed by \"%1\"")
                                .arg(QString::fromStdString(h.terminator)));
            bool first = true;
            for (size_t k = start + 1; k < j; ++k) {
                const std::string_view t = body(lines[k].text);
                // The bodies of consecutive here-documents are separate documents.
                if (first && !yaml.empty() && separatorKind(t) == Separator::None) {
                    yaml += "---\n";
                    lineNumbers.push_back(int(k) + 1);
                }
                first = false;
                yaml.append(t);
                yaml += '\n';
                lineNumbers.push_back(int(k) + 1);
            }
        }
        if (yaml.empty())
            return fail(int(heredocs.front().first) + 1, 1, Tr::tr("the here-documents hold no manifests"));
    }

    const std::string &stream = result.extractedFromShell ? yaml : data;
    const std::vector<Line> streamLines = result.extractedFromShell ? splitLines(yaml)
        : lines.empty()                                             ? splitLines(data)
                                                                    : lines;
    auto originalLine = [&](size_t i) {
        return result.extractedFromShell ? lineNumbers[std::min(i, lineNumbers.size() - 1)] : int(i) + 1;
    };

    // Cut before every `---` line, as kubectl does. A chunk that ends with a `...` line is followed
    // by a chunk of its own (YAML reads a new document there), which kubectl never applies unless
    // it starts with `---`: say so.
    size_t chunkBegin = 0;
    size_t chunkFirstLine = 0; // index into streamLines
    bool afterDocumentEnd = false; // the previous chunk ended with `...` and this one has no `---`
    auto flush = [&](size_t end, size_t nextFirstLine) {
        if (end > chunkBegin || (result.documents.empty() && stream.empty())) {
            DocumentText doc;
            doc.text = stream.substr(chunkBegin, end - chunkBegin);
            doc.origin.file = fileName;
            if (result.extractedFromShell) {
                for (size_t l = chunkFirstLine; l < nextFirstLine && l < lineNumbers.size(); ++l)
                    doc.origin.lineMap.push_back(lineNumbers[l]);
                if (doc.origin.lineMap.empty())
                    doc.origin.lineMap.push_back(lineNumbers.empty() ? 1 : lineNumbers.back());
                doc.origin.firstLine = doc.origin.lineMap.front();
            } else {
                doc.origin.firstLine = int(chunkFirstLine) + 1;
            }
            if (afterDocumentEnd) {
                bool content = false;
                for (size_t l = chunkFirstLine; l < nextFirstLine && !content; ++l)
                    content = !isCommentOrBlank(streamLines[l].text) && !isDocumentEnd(streamLines[l].text);
                if (content)
                    result.diagnostics.push_back(
                        {Diagnostic::Severity::Warning,
                         {fileName, originalLine(chunkFirstLine), 1},
                         {},
                         {},
                         Tr::tr(
                             "kubectl apply skips this document: it follows a \"...\" line without a \"---\" "
                             "line (export adds the \"---\")")});
            }
            result.documents.push_back(std::move(doc));
        }
        chunkBegin = end;
        chunkFirstLine = nextFirstLine;
    };
    for (size_t i = 0; i < streamLines.size(); ++i) {
        const Line &line = streamLines[i];
        if (line.text.substr(0, 1) == "%")
            return fail(
                originalLine(i), 1,
                Tr::tr("kubectl apply does not accept YAML directives (it cuts the file at \"---\" lines and "
                       "reads the directive alone); remove this line"));
        switch (separatorKind(line.text)) {
        case Separator::Invalid:
            return fail(originalLine(i), 4,
                        Tr::tr("invalid document separator: kubectl allows only a comment after \"---\""));
        case Separator::Valid:
            if (line.begin > chunkBegin)
                flush(line.begin, i);
            afterDocumentEnd = false;
            break;
        case Separator::None:
            if (isDocumentEnd(line.text)) {
                flush(line.end, i + 1);
                afterDocumentEnd = true;
            }
            break;
        }
        if (result.documents.size() > limits.maxDocuments)
            return fail(originalLine(i), 1, Tr::tr("more than %1 documents").arg(limits.maxDocuments));
    }
    flush(stream.size(), streamLines.size());
    // An empty input gives one empty document; a trailing empty chunk is dropped by flush().
    return result;
}

} // namespace gw::yaml
