// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/path.h"

#include <QString>

namespace gw {

class Design;
class Resource;

/**
 * Field paths in words, for undo texts and messages: `spec.rules[0].sessionPersistence.sessionName`
 * of the route tea reads "cookie name of tea, rule 1"; `spec.listeners[1].port` of a Gateway
 * "port of gateway, listener https" (items with a name are called by it). Keys without a word of
 * their own are spelled out from their camel case ("backendRequest" -> "backend request").
 */
class FieldDescription
{
public:
    /** "cookie name of tea, rule 1" */
    static QString describe(const Design &design, const Resource &resource, const yaml::Path &field);
    /** "Change cookie name of tea, rule 1" */
    static QString change(const Design &design, const Resource &resource, const yaml::Path &field);
    /** "Remove filter 2 of tea, rule 1" */
    static QString remove(const Design &design, const Resource &resource, const yaml::Path &field);
    /** "Add backend to tea, rule 1" (\a sequence is the list added to) */
    static QString add(const Design &design, const Resource &resource, const yaml::Path &sequence);
    /** "Reorder rules of tea" */
    static QString reorder(const Design &design, const Resource &resource, const yaml::Path &sequence);

    /** The word for one item of the list \a key ("rules" -> "rule"), translated. */
    static QString itemWord(const std::string &key);
    /** The words for a key ("sessionName" under a cookie -> "cookie name"), translated. */
    static QString keyWords(const std::string &parent, const std::string &key);
};

} // namespace gw
