// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/stream.h"

#include <QCoreApplication>

#include <regex>
#include <string_view>

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
    size_t pos = 0;
    while (pos < data.size()) {
        size_t nl = data.find('\n', pos);
        const size_t next = nl == std::string::npos ? data.size() : nl + 1;
        size_t end = nl == std::string::npos ? data.size() : nl;
        if (end > pos && data[end - 1] == '\r')
            --end;
        lines.push_back({std::string_view(data).substr(pos, end - pos), pos, next});
        pos = next;
    }
    return lines;
}

bool isMarker(std::string_view line, std::string_view marker)
{
    return line.substr(0, 3) == marker && (line.size() == 3 || line[3] == ' ' || line[3] == '\t');
}

/** `kubectl apply -f - <<EOF`, `cat <<'EOF' | kubectl apply -f -`, `<<-EOF`... */
const std::regex &heredocPattern()
{
    static const std::regex re(R"(<<(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2\s*(\|.*)?$)");
    return re;
}

bool isKubectlHeredoc(std::string_view line, std::smatch *match, std::string &storage)
{
    storage.assign(line);
    if (storage.find("kubectl") == std::string::npos && storage.find("cat ") == std::string::npos &&
        storage.find("tee ") == std::string::npos)
        return false;
    std::smatch m;
    if (!std::regex_search(storage, m, heredocPattern()))
        return false;
    if (match)
        *match = m;
    return true;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("gw::yaml::Stream", text);
}

} // namespace

bool Stream::looksLikeShell(const std::string &data)
{
    std::string storage;
    for (const Line &line : splitLines(data)) {
        if (isKubectlHeredoc(line.text, nullptr, storage))
            return true;
    }
    return false;
}

Stream::Result Stream::split(const std::string &data, const QString &fileName, const Limits &limits)
{
    Result result;
    auto fail = [&](int line, const QString &message) {
        result.documents.clear();
        result.diagnostics.push_back({Diagnostic::Severity::Error, {fileName, line, 1}, {}, {}, message});
        return result;
    };
    if (data.size() > limits.maxFileBytes)
        return fail(0, tr("the input is larger than %1 MiB").arg(limits.maxFileBytes >> 20));
    if (data.find('\0') != std::string::npos)
        return fail(0, tr("the input is not text (it contains NUL bytes)"));

    const std::vector<Line> lines = splitLines(data);

    // Text and 1-based original line number of each line of the YAML stream.
    std::string yaml;
    std::vector<int> lineNumbers;
    if (looksLikeShell(data)) {
        result.extractedFromShell = true;
        std::string storage;
        for (size_t i = 0; i < lines.size(); ++i) {
            std::smatch m;
            if (!isKubectlHeredoc(lines[i].text, &m, storage))
                continue;
            const bool stripTabs = m[1].length() > 0;
            const std::string terminator = m[3].str();
            const size_t start = i + 1;
            size_t j = start;
            for (; j < lines.size(); ++j) {
                std::string_view t = lines[j].text;
                if (stripTabs)
                    t.remove_prefix(std::min(t.find_first_not_of('\t'), t.size()));
                if (t == terminator)
                    break;
            }
            if (j == lines.size())
                return fail(int(i) + 1,
                            tr("here-document started here is not closed by \"%1\"")
                                .arg(QString::fromStdString(terminator)));
            bool first = true;
            for (size_t k = start; k < j; ++k) {
                std::string_view t = lines[k].text;
                if (stripTabs)
                    t.remove_prefix(std::min(t.find_first_not_of('\t'), t.size()));
                // Separate the bodies of consecutive here-documents.
                if (first && !yaml.empty() && !isMarker(t, "---")) {
                    yaml += "---\n";
                    lineNumbers.push_back(int(k) + 1);
                }
                first = false;
                yaml.append(t);
                yaml += '\n';
                lineNumbers.push_back(int(k) + 1);
            }
            i = j;
        }
    }

    const std::string &stream = result.extractedFromShell ? yaml : data;
    const std::vector<Line> streamLines = result.extractedFromShell ? splitLines(yaml) : lines;

    // Cut before every `---` line and after every `...` line.
    size_t chunkBegin = 0;
    int chunkFirstLine = 0; // 0-based index into streamLines
    auto flush = [&](size_t end, int nextFirstLine) {
        if (end > chunkBegin || result.documents.empty()) {
            DocumentText doc;
            doc.text = stream.substr(chunkBegin, end - chunkBegin);
            doc.origin.file = fileName;
            if (result.extractedFromShell) {
                for (int l = chunkFirstLine; l < nextFirstLine && l < int(lineNumbers.size()); ++l)
                    doc.origin.lineMap.push_back(lineNumbers[size_t(l)]);
                if (doc.origin.lineMap.empty())
                    doc.origin.lineMap.push_back(lineNumbers.empty() ? 1 : lineNumbers.back());
                doc.origin.firstLine = doc.origin.lineMap.front();
            } else {
                doc.origin.firstLine = chunkFirstLine + 1;
            }
            if (!doc.text.empty() || stream.empty())
                result.documents.push_back(std::move(doc));
        }
        chunkBegin = end;
        chunkFirstLine = nextFirstLine;
    };
    for (size_t i = 0; i < streamLines.size(); ++i) {
        const Line &line = streamLines[i];
        if (isMarker(line.text, "---") && line.begin > chunkBegin)
            flush(line.begin, int(i));
        else if (isMarker(line.text, "..."))
            flush(line.end, int(i) + 1);
        if (result.documents.size() > limits.maxDocuments)
            return fail(int(i) + 1, tr("more than %1 documents").arg(limits.maxDocuments));
    }
    flush(stream.size(), int(streamLines.size()));
    // A trailing chunk that is empty is dropped by flush(); an empty input gives one empty document.
    return result;
}

} // namespace gw::yaml
