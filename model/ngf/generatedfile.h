// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/sourceref.h"

#include <QString>
#include <vector>

namespace gw::ngf {

/**
 * One file NGF writes (`/etc/nginx/conf.d/http.conf`), its text, and for every line of the text
 * the manifest fields that produced it (empty for NGF's fixed lines).
 */
struct GeneratedFile
{
    QString path;
    QString content; ///< every line ends with '\n'
    std::vector<SourceRefs> lineSources; ///< one entry per line of content

    int lineCount() const { return int(lineSources.size()); }
    /** The text of line \a index (0-based) without its newline. */
    QString line(int index) const;
};

/** Builds a GeneratedFile line by line, with indentation and sources. */
class FileWriter
{
public:
    explicit FileWriter(const QString &path);

    void line(const QString &text, const SourceRefs &sources = {});
    void line(int indent, const QString &text, const SourceRefs &sources = {});
    /** Appends \a text to the last line (NGF's trimmed-newline quirks). */
    void appendToLast(const QString &text, const SourceRefs &sources = {});
    /** Appends raw text that may hold several lines, all with \a sources. */
    void text(const QString &text, const SourceRefs &sources = {});
    GeneratedFile take();

private:
    GeneratedFile m_file;
};

/**
 * The two-way index between generated lines and manifest fields that the editor uses: which
 * fields made a line, and which lines a resource (or one of its fields) made.
 */
class SourceMap
{
public:
    struct Location
    {
        int file = 0; ///< index into the files the map was built from
        int line = 0; ///< 0-based
        friend bool operator==(const Location &, const Location &) = default;
    };

    SourceMap() = default;
    explicit SourceMap(const std::vector<GeneratedFile> &files);

    /** The lines \a resource produced, in file and line order. */
    std::vector<Location> linesOf(ResourceId resource) const;
    /** The lines produced by \a field of \a resource or by anything below it. */
    std::vector<Location> linesOf(ResourceId resource, const QString &field) const;
    /** The sources of one line. */
    const SourceRefs &sourcesOf(int file, int line) const;

private:
    const std::vector<GeneratedFile> *m_files = nullptr;
    std::vector<std::pair<ResourceId, Location>> m_index; ///< sorted by resource
};

} // namespace gw::ngf
