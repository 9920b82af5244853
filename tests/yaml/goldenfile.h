// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QTest>

namespace gw::test {

/**
 * Golden files of the YAML layer hold exact bytes: the comparison has no normalisation at all,
 * because keeping bytes is what is tested (line ends, a missing final line break and a byte order
 * mark included). With GW_UPDATE_GOLDEN=1 in the environment the file is (re)written from \a actual
 * instead; review the diff before committing it.
 *
 * Returns an empty string when \a actual matches, else a message that shows the first differing
 * line of both.
 */
inline QString compareGolden(const QByteArray &actual, const QString &path)
{
    if (qEnvironmentVariableIntValue("GW_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(path);
        out.write(actual);
        return {};
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("missing golden file %1 (run with GW_UPDATE_GOLDEN=1 to create it)").arg(path);
    const QByteArray expected = in.readAll();
    if (expected == actual)
        return {};
    const QList<QByteArray> e = expected.split('\n');
    const QList<QByteArray> a = actual.split('\n');
    qsizetype line = 0;
    while (line < e.size() && line < a.size() && e[line] == a[line])
        ++line;
    auto show = [](const QList<QByteArray> &lines, qsizetype i) {
        return i < lines.size()
            ? QString::fromUtf8(lines[i].toPercentEncoding(" !\"#$%&'()*+,-./:;<=>?@[]^_`{|}~"))
            : QStringLiteral("<end of file>");
    };
    return QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
        .arg(path)
        .arg(line + 1)
        .arg(show(e, line), show(a, line));
}

} // namespace gw::test

/** QVERIFY that \a actual equals the golden file \a path (see gw::test::compareGolden()). */
#define GW_COMPARE_GOLDEN(actual, path)                                                                      \
    do {                                                                                                     \
        const QString goldenMessage_ = gw::test::compareGolden((actual), (path));                            \
        QVERIFY2(goldenMessage_.isEmpty(), qPrintable(goldenMessage_));                                      \
    } while (false)
