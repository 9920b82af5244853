// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resource.h"

#include <QCoreApplication>

namespace gw {

QString Resource::qualifiedName() const
{
    if (meta.name.isEmpty())
        return QCoreApplication::translate("gw::Resource", "(no name)");
    if (!isNamespaced(kind) || meta.ns.isEmpty())
        return meta.name;
    return meta.ns + u'/' + meta.name;
}

QString Resource::displayName() const
{
    return kindName + u' ' + qualifiedName();
}

} // namespace gw
