// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/generatedfile.h"

#include <QStringList>

#include <algorithm>

namespace gw::ngf {

QString GeneratedFile::line(int index) const
{
    int start = 0;
    for (int i = 0; i < index; ++i) {
        start = int(content.indexOf(u'\n', start)) + 1;
        if (start <= 0)
            return {};
    }
    const int end = int(content.indexOf(u'\n', start));
    return content.mid(start, end < 0 ? -1 : end - start);
}

FileWriter::FileWriter(const QString &path)
{
    m_file.path = path;
}

void FileWriter::line(const QString &text, const SourceRefs &sources)
{
    m_file.content += text;
    m_file.content += u'\n';
    m_file.lineSources.push_back(sources);
}

void FileWriter::line(int indent, const QString &text, const SourceRefs &sources)
{
    m_file.content += QString(indent, u' ');
    line(text, sources);
}

void FileWriter::appendToLast(const QString &text, const SourceRefs &sources)
{
    if (m_file.lineSources.empty()) {
        line(text, sources);
        return;
    }
    m_file.content.chop(1);
    m_file.content += text;
    m_file.content += u'\n';
    auto &last = m_file.lineSources.back();
    last.insert(last.end(), sources.begin(), sources.end());
}

void FileWriter::text(const QString &text, const SourceRefs &sources)
{
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (const QString &l : std::as_const(lines))
        line(l, sources);
}

GeneratedFile FileWriter::take()
{
    return std::move(m_file);
}

SourceMap::SourceMap(const std::vector<GeneratedFile> &files)
    : m_files(&files)
{
    for (int f = 0; f < int(files.size()); ++f) {
        const GeneratedFile &file = files[size_t(f)];
        for (int l = 0; l < file.lineCount(); ++l) {
            ResourceId last = 0;
            for (const SourceRef &s : file.lineSources[size_t(l)]) {
                if (s.resource != last)
                    m_index.emplace_back(s.resource, Location {f, l});
                last = s.resource;
            }
        }
    }
    std::stable_sort(m_index.begin(), m_index.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    m_index.erase(std::unique(m_index.begin(), m_index.end()), m_index.end());
}

std::vector<SourceMap::Location> SourceMap::linesOf(ResourceId resource) const
{
    std::vector<Location> out;
    auto it = std::lower_bound(m_index.begin(), m_index.end(), resource,
                               [](const auto &e, ResourceId r) { return e.first < r; });
    for (; it != m_index.end() && it->first == resource; ++it) {
        if (out.empty() || !(out.back() == it->second))
            out.push_back(it->second);
    }
    return out;
}

std::vector<SourceMap::Location> SourceMap::linesOf(ResourceId resource, const QString &field) const
{
    std::vector<Location> out;
    for (const Location &loc : linesOf(resource)) {
        for (const SourceRef &s : sourcesOf(loc.file, loc.line)) {
            if (s.resource == resource &&
                (s.contains(field) || SourceRef {resource, field}.contains(s.field))) {
                out.push_back(loc);
                break;
            }
        }
    }
    return out;
}

const SourceRefs &SourceMap::sourcesOf(int file, int line) const
{
    static const SourceRefs none;
    if (!m_files || file < 0 || file >= int(m_files->size()))
        return none;
    const GeneratedFile &f = (*m_files)[size_t(file)];
    if (line < 0 || line >= f.lineCount())
        return none;
    return f.lineSources[size_t(line)];
}

} // namespace gw::ngf
