// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/design.h"

#include <QFile>

namespace gw::test {

/** The bundled cafe example, as bytes. */
inline QByteArray cafeText()
{
    QFile f(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cafe.yaml missing");
    return f.readAll();
}

/** Loads the cafe example into \a design (file name "cafe.yaml"). */
inline bool loadCafe(Design &design)
{
    return design.addFile(cafeText(), QStringLiteral("cafe.yaml")).ok;
}

/** Writes \a data to \a path; false when it cannot. */
inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

/** The bytes of \a path, empty when it cannot be read. */
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline const Resource *find(const Design &design, Kind kind, const char *name, const char *ns = "default")
{
    return design.find(kind, QString::fromLatin1(ns), QString::fromLatin1(name));
}

} // namespace gw::test
