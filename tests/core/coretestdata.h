// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

/** Test data shared by the tests of gw_core. */
namespace gw::test {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(path));
    return f.readAll();
}

/** The cafe example of the session persistence walk-through (resources/examples/cafe.yaml). */
inline QByteArray cafe()
{
    return readFile(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
}

/** Writes \a data to \a name in \a dir and returns the file's path (empty when it cannot). */
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

} // namespace gw::test
