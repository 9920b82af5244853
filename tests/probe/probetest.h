// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the sandbox's and the probe's tests share.
#pragma once

#include <QFile>
#include <QString>
#include <QtGlobal>

#ifdef GW_PROBETEST_DESIGN
#include "core/design.h"

#include <memory>

/** The manifests at \a path as a Design (a warning when they do not read). */
inline std::shared_ptr<gw::Design> loadDesign(const QString &path)
{
    auto design = std::make_shared<gw::Design>();
    const gw::Design::LoadResult loaded = design->openFile(path);
    if (!loaded.ok)
        qWarning("cannot load %s: %s", qPrintable(path),
                 loaded.diagnostics.empty() ? "" : qPrintable(loaded.diagnostics[0].toString()));
    return design;
}
#endif

/** No process with \a pid runs: gone, or a zombie nobody reaped yet (/proc/PID/stat's state Z). */
inline bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) == "Z";
}
