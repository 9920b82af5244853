// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatch.h"

#include <QFileInfo>
#include <QtGlobal>

namespace gw::cli {

bool hasDisplay(const QStringList &arguments)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    const qsizetype option = arguments.indexOf(QStringLiteral("-platform"));
    if (option > 0 && option + 1 < arguments.size())
        platform = arguments[option + 1];
    // "wayland;xcb" is a list of fallbacks; "offscreen:fontengine=..." carries options.
    for (const QString &entry : platform.split(u';', Qt::SkipEmptyParts)) {
        const QString name = entry.section(u':', 0, 0).trimmed();
        if (!name.isEmpty() && name != u"xcb" && !name.startsWith(u"wayland"))
            return true; // offscreen, minimal, eglfs, linuxfb, vnc...: no display server needed
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(arguments)
    return true;
#endif
}

Request classify(const QStringList &arguments, const QStringList &subcommands, bool display)
{
    const QString first = arguments.value(1);
    if (first == u"--help" || first == u"-h" || first == u"--version" || first == u"-v")
        return Request::Information;
    if (!first.isEmpty() && subcommands.contains(first))
        return Request::Subcommand;
    if (!first.isEmpty() && !first.startsWith(u'-') && !QFileInfo::exists(first)) {
        const bool looksLikeFile = first.contains(u'.') || first.contains(u'/') || first.contains(u'\\');
        return looksLikeFile ? Request::MissingFile : Request::UnknownSubcommand;
    }
    return display ? Request::Editor : Request::EditorWithoutDisplay;
}

} // namespace gw::cli
