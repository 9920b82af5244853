// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace gw::nginx {

/**
 * A set of named configuration files (absolute paths such as /etc/nginx/nginx.conf) standing in for a
 * file system: `include` and `js_preload_object` are resolved against it. It can be read from the output
 * of `nginx -T` (or `gwstudio render`), where every file is introduced by a line
 * `# configuration file PATH:`, and it remembers where each file starts in that listing so that a
 * location in a file can be turned back into a line of the listing.
 */
class FileSet
{
public:
    struct File
    {
        QString path;
        QByteArray content;
        int listingLine = 0; ///< 1-based line of the listing where the content starts; 0: not from a listing
    };

    /** Adds a file, or replaces the content of the file with that path. */
    void insert(const QString &path, QByteArray content, int listingLine = 0);
    bool contains(const QString &path) const { return file(path) != nullptr; }
    const File *file(const QString &path) const;
    const std::vector<File> &files() const { return m_files; }
    bool isEmpty() const { return m_files.empty(); }

    /**
     * The paths matching a glob pattern (`*`, `?`, `[…]`, as glob(3): a wildcard never matches `/` or a
     * leading `.` of a name), sorted bytewise as glob(3) sorts them in the C locale.
     */
    QStringList glob(const QString &pattern) const;

    /**
     * Reads an `nginx -T` listing. Text before the first `# configuration file` line (such as
     * "nginx: the configuration file … syntax is ok") is ignored; CRLF line ends are accepted. Each file's
     * content ends before the blank line nginx -T prints after it. A listing without any file header
     * is reported in \a diagnostics (as an error naming \a listingName) and gives an empty set.
     */
    static FileSet fromListing(const QByteArray &listing, Diagnostics *diagnostics = nullptr,
                               const QString &listingName = {});
    /** The files as nginx -T lists them. fromListing(toListing()) gives the same files. */
    QByteArray toListing() const;
    /** The location in the listing of a location in one of its files (line 0 when unknown). */
    SourceLocation listingLocation(const SourceLocation &inFile, const QString &listingName = {}) const;

    /** True when \a name matches the glob \a pattern (one path component, no `/`). */
    static bool matchComponent(QStringView pattern, QStringView name);

private:
    std::vector<File> m_files;
};

} // namespace gw::nginx
