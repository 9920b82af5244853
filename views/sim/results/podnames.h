// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gw::views {

/**
 * Short Pod labels for charts where full names do not fit: the random suffix Kubernetes gives a
 * Pod ("7gfwn" of coffee-5b9c74f9d9-7gfwn), which is what tells two Pods of a Deployment apart,
 * with more of the name where two suffixes would read the same.
 */
class PodNames
{
public:
    /** A label for each of \a names, unique among them, in the same order. */
    static QStringList shortNames(const QStringList &names);
};

} // namespace gw::views
