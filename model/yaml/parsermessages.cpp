// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/parsermessages.h"

#include <QCoreApplication>

namespace gw::yaml {

namespace {

struct Message
{
    const char *yamlCpp; ///< as in yaml-cpp's exceptions.h (YAML::ErrorMsg)
    const char *text;
    bool prefix = false; ///< yaml-cpp appends a detail ("bad YAML version: 3.0")
};

// yaml-cpp 0.7 and 0.8, YAML::ErrorMsg: the messages its parser and scanner throw.
const Message messages[] = {
    {"YAML directives must have exactly one argument",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a %YAML directive takes exactly one argument")},
    {"bad YAML version: ", QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "unsupported YAML version: %1"),
     true},
    {"YAML major version too large",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "the YAML version is too new")},
    {"repeated YAML directive", QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "%YAML is given twice")},
    {"TAG directives must have exactly two arguments",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a %TAG directive takes exactly two arguments")},
    {"repeated TAG directive",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "the %TAG directive is given twice")},
    {"illegal character found while scanning tag handle",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a character that cannot be part of a tag")},
    {"tag handle with no suffix",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a tag without a name after '!'")},
    {"end of verbatim tag not found",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a '!<' tag without its '>'")},
    {"end of map not found",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages",
                       "the mapping above does not end properly: check the indentation of this line")},
    {"end of map flow not found",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a '{' without its closing '}'")},
    {"end of sequence not found",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages",
                       "the list above does not end properly: check the indentation of this line")},
    {"end of sequence flow not found",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a '[' without its closing ']'")},
    {"cannot assign multiple tags to the same node",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a value with two tags")},
    {"cannot assign multiple anchors to the same node",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a value with two anchors ('&')")},
    {"cannot assign multiple aliases to the same node",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a value with two aliases ('*')")},
    {"aliases can't have any content, *including* tags",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages",
                       "an alias ('*name') cannot have a value or a tag of its own")},
    {"bad character found while scanning hex number",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages",
                       "a character that is not a hexadecimal digit in an escape")},
    {"invalid unicode: ", QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "not a Unicode character: %1"), true},
    {"unknown escape character: ",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "unknown escape '\\%1' in a double-quoted string"), true},
    {"unknown token", QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "text that YAML cannot read here")},
    {"illegal document indicator in scalar",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "'---' or '...' inside a value: quote the value")},
    {"illegal EOF in scalar",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages",
                       "the text ends inside a quoted value: a quote is missing")},
    {"illegal character in scalar",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a character not allowed in a value")},
    {"illegal tab when looking for indentation",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages",
                       "a tab in the indentation: YAML indents with spaces only")},
    {"illegal flow end",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a ']' or '}' without its opening '[' or '{'")},
    {"illegal block entry",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages",
                       "a list item ('- ') where none can start: check the indentation of this line")},
    {"illegal map key",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages",
                       "a key where none can start: check the indentation of this line")},
    {"illegal map value",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages",
                       "a ':' where no value can start: check the indentation of this line, or quote a value "
                       "that holds ': '")},
    {"alias not found after *", QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a '*' without an alias name")},
    {"anchor not found after &",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a '&' without an anchor name")},
    {"illegal character found while scanning alias",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a character that cannot be part of an alias name")},
    {"illegal character found while scanning anchor",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "a character that cannot be part of an anchor name")},
    {"cannot set zero indentation for a block scalar",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages",
                       "a block value ('|' or '>') cannot have an indentation of 0")},
    {"unexpected character in block scalar",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "an unexpected character after '|' or '>'")},
    {"cannot assign the same alias to multiple nodes",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages", "one anchor name used for two values")},
    {"the referenced anchor is not defined",
     QT_TRANSLATE_NOOP("gw::yaml::ParserMessages",
                       "an alias ('*name') to an anchor that is not defined above")},
};

} // namespace

QString ParserMessages::translate(const std::string &message)
{
    for (const Message &m : messages) {
        const std::string_view known(m.yamlCpp);
        if (m.prefix && message.rfind(known, 0) == 0)
            return QCoreApplication::translate("gw::yaml::ParserMessages", m.text)
                .arg(QString::fromStdString(message.substr(known.size())));
        if (!m.prefix && message == known)
            return QCoreApplication::translate("gw::yaml::ParserMessages", m.text);
    }
    return QString::fromStdString(message);
}

} // namespace gw::yaml
