// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/design.h"
#include "ngf/profile.h"

#include <QDir>
#include <QStringList>
#include <memory>

namespace gw::ngf::test {

/**
 * One golden case folder of tests/ngf/data: the manifests (every *.yaml except status.yaml, in
 * name order), the CLI-style profile flags (`flags`), and the expected outputs.
 */
struct GoldenCase
{
    QString name;
    QDir dir;
    QStringList flags;
    Profile profile;
    std::unique_ptr<Design> design;
    QString error; ///< why the case could not be loaded

    static QStringList all();
    static GoldenCase load(const QString &name);
    QString read(const QString &file) const;
    bool exists(const QString &file) const { return dir.exists(file); }
};

/** The canonical form fragments.conf uses: trailing spaces stripped, blank and `#` comment lines removed. */
QStringList canonicalLines(const QString &text);

/**
 * Checks that each chunk of \a fragment (separated by lines starting with "[...") appears, in
 * order, as consecutive lines of \a text, both canonicalised. Returns an empty string or a
 * description of the first chunk that is missing.
 */
QString checkFragments(const QString &text, const QString &fragment);

/** True when golden files should be rewritten (GW_UPDATE_GOLDEN=1). */
bool updateGolden();
/** Compares \a actual with the golden \a file of \a c (or rewrites it); returns a diff or "". */
QString compareGolden(const GoldenCase &c, const QString &file, const QString &actual);

} // namespace gw::ngf::test
