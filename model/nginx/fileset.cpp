// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/fileset.h"

#include <QCoreApplication>

#include <algorithm>

namespace gw::nginx {

namespace {

const QByteArray kHeader = QByteArrayLiteral("# configuration file ");

// Matches one bracket expression starting at pattern[p] == '['. Returns the index after ']' and sets
// matched; returns -1 when the bracket is not closed (then '[' is an ordinary character).
int matchBracket(QStringView pattern, int p, QChar c, bool *matched)
{
    int i = p + 1;
    bool negate = false;
    if (i < pattern.size() && (pattern[i] == u'!' || pattern[i] == u'^')) {
        negate = true;
        ++i;
    }
    bool found = false;
    bool first = true;
    while (i < pattern.size() && (first || pattern[i] != u']')) {
        first = false;
        QChar lo = pattern[i];
        if (lo == u'\\' && i + 1 < pattern.size())
            lo = pattern[++i];
        QChar hi = lo;
        if (i + 2 < pattern.size() && pattern[i + 1] == u'-' && pattern[i + 2] != u']') {
            hi = pattern[i + 2];
            if (hi == u'\\' && i + 3 < pattern.size()) {
                hi = pattern[i + 3];
                ++i;
            }
            i += 2;
        }
        if (c >= lo && c <= hi)
            found = true;
        ++i;
    }
    if (i >= pattern.size())
        return -1;
    *matched = found != negate;
    return i + 1;
}

} // namespace

void FileSet::insert(const QString &path, QByteArray content, int listingLine)
{
    for (File &f : m_files) {
        if (f.path == path) {
            f.content = std::move(content);
            f.listingLine = listingLine;
            return;
        }
    }
    m_files.push_back({path, std::move(content), listingLine});
}

const FileSet::File *FileSet::file(const QString &path) const
{
    for (const File &f : m_files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

bool FileSet::matchComponent(QStringView pattern, QStringView name)
{
    // Iterative wildcard matching with one backtrack point: linear in practice, never exponential.
    if (!name.isEmpty() && name[0] == u'.' && !pattern.isEmpty() && pattern[0] != u'.')
        return false;
    int p = 0, n = 0, starP = -1, starN = 0;
    while (n < name.size()) {
        bool advanced = false;
        if (p < pattern.size()) {
            const QChar pc = pattern[p];
            if (pc == u'*') {
                starP = p++;
                starN = n;
                continue;
            }
            if (pc == u'?') {
                ++p;
                ++n;
                advanced = true;
            } else if (pc == u'[') {
                bool matched = false;
                const int next = matchBracket(pattern, p, name[n], &matched);
                if (next < 0) {
                    if (name[n] == u'[') {
                        ++p;
                        ++n;
                        advanced = true;
                    }
                } else if (matched) {
                    p = next;
                    ++n;
                    advanced = true;
                }
            } else {
                QChar literal = pc;
                int width = 1;
                if (pc == u'\\' && p + 1 < pattern.size()) {
                    literal = pattern[p + 1];
                    width = 2;
                }
                if (literal == name[n]) {
                    p += width;
                    ++n;
                    advanced = true;
                }
            }
        }
        if (advanced)
            continue;
        if (starP < 0)
            return false;
        p = starP + 1;
        n = ++starN;
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

QStringList FileSet::glob(const QString &pattern) const
{
    const QList<QStringView> patternParts = QStringView(pattern).split(u'/');
    QStringList out;
    for (const File &f : m_files) {
        const QList<QStringView> parts = QStringView(f.path).split(u'/');
        if (parts.size() != patternParts.size())
            continue;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i)
            ok = matchComponent(patternParts[i], parts[i]);
        if (ok)
            out.append(f.path);
    }
    std::sort(out.begin(), out.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    return out;
}

FileSet FileSet::fromListing(const QByteArray &listing, Diagnostics *diagnostics, const QString &listingName)
{
    FileSet set;
    QString currentPath;
    QByteArray current;
    int currentLine = 0;
    bool inFile = false;

    auto flush = [&]() {
        if (!inFile)
            return;
        // nginx -T ends every file with a newline and then prints one empty line.
        if (current.endsWith("\n\n"))
            current.chop(1);
        set.insert(currentPath, current, currentLine);
    };

    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < listing.size()) {
        qsizetype end = listing.indexOf('\n', pos);
        const qsizetype next = end < 0 ? listing.size() : end + 1;
        if (end < 0)
            end = listing.size();
        ++lineNumber;
        QByteArray line = listing.mid(pos, end - pos);
        const bool crlf = line.endsWith('\r');
        if (crlf)
            line.chop(1);
        if (line.startsWith(kHeader) && line.endsWith(':') && line.size() > kHeader.size() + 1) {
            flush();
            currentPath = QString::fromUtf8(line.mid(kHeader.size(), line.size() - kHeader.size() - 1));
            current.clear();
            currentLine = lineNumber + 1;
            inFile = true;
        } else if (inFile) {
            current += line;
            if (end < listing.size())
                current += '\n';
        }
        pos = next;
    }
    flush();

    if (set.m_files.empty() && diagnostics) {
        Diagnostic d;
        d.location = {listingName, 1, 1};
        d.message =
            QCoreApplication::translate("gw::nginx::FileSet",
                                        "no \"# configuration file PATH:\" line: this is not an nginx -T "
                                        "listing");
        diagnostics->push_back(d);
    }
    return set;
}

QByteArray FileSet::toListing() const
{
    QByteArray out;
    for (const File &f : m_files) {
        out += kHeader + f.path.toUtf8() + ":\n";
        out += f.content;
        if (f.content.isEmpty() || !f.content.endsWith('\n'))
            out += '\n';
        out += '\n';
    }
    return out;
}

SourceLocation FileSet::listingLocation(const SourceLocation &inFile, const QString &listingName) const
{
    const File *f = file(inFile.file);
    if (!f || f->listingLine <= 0 || inFile.line <= 0)
        return {listingName, 0, 0};
    return {listingName, f->listingLine + inFile.line - 1, inFile.column};
}

} // namespace gw::nginx
