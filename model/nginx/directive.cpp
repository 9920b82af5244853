// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/directive.h"

namespace gw::nginx {

QString Directive::arg(int i) const
{
    if (i < 0 || i >= int(args.size()))
        return {};
    return QString::fromUtf8(args[size_t(i)]);
}

SourceLocation Directive::argLocation(int i) const
{
    if (i < 0 || i >= int(argLocations.size()))
        return location;
    return argLocations[size_t(i)];
}

const Directive *Directive::find(QByteArrayView childName) const
{
    return findDirective(children, childName);
}

std::vector<const Directive *> Directive::findAll(QByteArrayView childName) const
{
    std::vector<const Directive *> out;
    for (const Directive &d : children) {
        if (d.name == childName)
            out.push_back(&d);
    }
    return out;
}

static bool needsQuotes(const QByteArray &arg)
{
    if (arg.isEmpty())
        return true;
    for (char c : arg) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '{' || c == '"' ||
            c == '\'' || c == '\\' || c == '#')
            return true;
    }
    return false;
}

QString Directive::toString() const
{
    QByteArray s = name;
    for (const QByteArray &a : args) {
        s += ' ';
        if (needsQuotes(a)) {
            QByteArray escaped = a;
            escaped.replace('\\', "\\\\").replace('"', "\\\"");
            s += '"' + escaped + '"';
        } else {
            s += a;
        }
    }
    s += block ? " {" : ";";
    return QString::fromUtf8(s);
}

const Directive *findDirective(const std::vector<Directive> &directives, QByteArrayView name)
{
    for (const Directive &d : directives) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

} // namespace gw::nginx
