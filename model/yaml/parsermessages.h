// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <string>

namespace gw::yaml {

/**
 * yaml-cpp's syntax error messages (YAML::ErrorMsg, English only) in words a user can act on, and
 * translated: "illegal map value" becomes "a ':' where no value can start: check the indentation
 * of this line". Messages it does not know are shown as yaml-cpp wrote them.
 */
class ParserMessages
{
public:
    static QString translate(const std::string &message);
};

} // namespace gw::yaml
