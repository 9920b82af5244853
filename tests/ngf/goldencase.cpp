// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldencase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace gw::ngf::test {

QStringList GoldenCase::all()
{
    QDir root(QStringLiteral(GW_TEST_DATA_DIR));
    return root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString GoldenCase::read(const QString &file) const
{
    QFile f(dir.filePath(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

GoldenCase GoldenCase::load(const QString &name)
{
    GoldenCase c;
    c.name = name;
    c.dir = QDir(QStringLiteral(GW_TEST_DATA_DIR) + u'/' + name);
    c.design = std::make_unique<Design>();
    const QStringList inputs = c.dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &file : inputs) {
        if (file == u"status.yaml")
            continue;
        const auto result = c.design->openFile(c.dir.filePath(file));
        if (!result.ok) {
            for (const Diagnostic &d : result.diagnostics)
                c.error += d.toString() + u'\n';
        }
    }
    c.flags = c.read(QStringLiteral("flags")).simplified().split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < c.flags.size(); ++i) {
        const QString &f = c.flags[i];
        if (f == u"--plus")
            c.profile.plus = true;
        else if (f == u"--experimental")
            c.profile.experimental = true;
        else if (f == u"--snippets")
            c.profile.snippets = true;
        else if (f == u"--ngf-version" && i + 1 < c.flags.size()) {
            const auto v = NgfVersion::parse(c.flags[++i]);
            if (!v)
                c.error += QStringLiteral("unknown version in flags\n");
            else
                c.profile.version = *v;
        } else if (f == u"--gateway" && i + 1 < c.flags.size())
            c.profile.gateway = c.flags[++i];
        else
            c.error += QStringLiteral("unknown flag %1\n").arg(f);
    }
    return c;
}

QStringList canonicalLines(const QString &text)
{
    QStringList out;
    for (QString line : text.split(u'\n')) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        out << line;
    }
    return out;
}

QString checkFragments(const QString &text, const QString &fragment)
{
    const QStringList lines = canonicalLines(text);
    QList<QStringList> chunks {{}};
    for (const QString &l : canonicalLines(fragment)) {
        if (l.startsWith(QStringLiteral("[...")))
            chunks.append(QStringList());
        else
            chunks.last() << l;
    }
    int from = 0;
    for (const QStringList &chunk : std::as_const(chunks)) {
        if (chunk.isEmpty())
            continue;
        bool found = false;
        for (int i = from; i + chunk.size() <= lines.size(); ++i) {
            if (lines.mid(i, chunk.size()) == chunk) {
                from = i + int(chunk.size());
                found = true;
                break;
            }
        }
        if (!found) {
            // Report the longest prefix of the chunk that matches somewhere, to point at the line.
            int best = 0;
            for (int i = 0; i < lines.size(); ++i) {
                int n = 0;
                while (n < chunk.size() && i + n < lines.size() && lines[i + n] == chunk[n])
                    ++n;
                best = std::max(best, n);
            }
            return QStringLiteral("fragment not found; first %1 of %2 lines match, then expected: %3")
                .arg(best)
                .arg(chunk.size())
                .arg(chunk.value(best));
        }
    }
    return {};
}

bool updateGolden()
{
    return qEnvironmentVariable("GW_UPDATE_GOLDEN") == u"1";
}

QString compareGolden(const GoldenCase &c, const QString &file, const QString &actual)
{
    const QString path = c.dir.filePath(file);
    if (updateGolden()) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write ") + path;
        f.write(actual.toUtf8());
        return {};
    }
    const QString expected = c.read(file);
    if (expected == actual)
        return {};
    if (!c.exists(file))
        return QStringLiteral("missing golden file %1 (run with GW_UPDATE_GOLDEN=1 and review it)").arg(path);
    // A readable diff, as KSyntaxHighlighting's tests do.
    QTemporaryDir tmp;
    QFile out(tmp.filePath(QStringLiteral("actual")));
    out.open(QIODevice::WriteOnly);
    out.write(actual.toUtf8());
    out.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"), {QStringLiteral("-u"), path, out.fileName()});
    diff.waitForFinished();
    return QString::fromUtf8(diff.readAllStandardOutput()).left(6000);
}

} // namespace gw::ngf::test
