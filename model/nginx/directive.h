// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/diagnostic.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace gw::nginx {

/**
 * One directive of an nginx configuration, as nginx reads it: a name, its arguments (quotes removed,
 * escapes resolved exactly as ngx_conf_read_token does) and, for block directives, the directives inside
 * the braces. Arguments are the raw bytes of the file; arg() decodes them as UTF-8 for display.
 *
 * Every directive knows where it was written (file, 1-based line and character column of its name, and
 * the byte range it covers in that file), so that messages and the GUI can point at it. `include` is
 * resolved while parsing: the included directives take its place, each with its own file.
 */
struct Directive
{
    QByteArray name;
    std::vector<QByteArray> args;
    SourceLocation location; ///< where the name starts
    std::vector<SourceLocation> argLocations; ///< where each argument starts (its opening quote, if any)
    int offset = -1; ///< byte offset of the name in its file
    int endOffset = -1; ///< byte offset just past the terminating ';' or '}'
    SourceLocation endLocation; ///< where the terminating ';' or the block's '}' is
    int bodyOffset = -1; ///< for a block: byte offset just past its '{'
    int bodyLine = 0; ///< for a block: the line of its '{'
    bool block = false; ///< written with `{ … }`
    std::vector<Directive> children;

    /** Argument \a i decoded as UTF-8; empty when there is no such argument. */
    QString arg(int i) const;
    QString nameText() const { return QString::fromUtf8(name); }
    int argCount() const { return int(args.size()); }
    /** The location of argument \a i, or of the directive when there is no such argument. */
    SourceLocation argLocation(int i) const;

    /** The first child named \a childName, or nullptr. */
    const Directive *find(QByteArrayView childName) const;
    /** Every child named \a childName, in order. */
    std::vector<const Directive *> findAll(QByteArrayView childName) const;

    /** The directive as nginx -T would show its first line: name, arguments (quoted when needed). */
    QString toString() const;
};

/** Finds the first directive named \a name among \a directives, or nullptr. */
const Directive *findDirective(const std::vector<Directive> &directives, QByteArrayView name);

} // namespace gw::nginx
