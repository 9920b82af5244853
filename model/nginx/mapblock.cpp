// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/mapblock.h"

#include "nginx/compilelog.h"

#include <QCoreApplication>

#include <algorithm>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::ContextCompiler)
};

} // namespace

void MapBlock::compileEntries(CompileLog &log, const Directive &d)
{
    for (const Directive &line : d.children) {
        if (line.argCount() == 0 && (line.name == "hostnames" || line.name == "volatile")) {
            hostnames = hostnames || line.name == "hostnames";
            continue;
        }
        if (line.argCount() != 1) {
            log.error(line, Tr::tr("invalid number of the map parameters"));
            continue;
        }
        ComplexValue value;
        if (!log.compileValue(line, 0, &value))
            continue;
        QByteArray key = line.name;
        if (key == "default") {
            if (hasDefault) {
                log.error(line, Tr::tr("duplicate default map parameter"));
                continue;
            }
            hasDefault = true;
            defaultValue = value;
            continue;
        }
        if (key.startsWith('~')) {
            const bool caseless = key.size() > 1 && key[1] == '*';
            RegexEntry entry;
            if (log.compileRegex(line, -1, QByteArrayView(key).sliced(caseless ? 2 : 1), caseless,
                                 &entry.regex)) {
                entry.value = value;
                regexes.push_back(std::move(entry));
            }
            continue;
        }
        if (key.startsWith('\\'))
            key = key.mid(1);
        key = key.toLower();
        if (hostnames) {
            Wild w;
            w.value = value;
            if (key.size() > 1 && key[0] == '.') {
                w.key = key;
                w.alsoBare = true;
                leading.push_back(w);
                continue;
            }
            if (key.size() > 2 && key.startsWith("*.")) {
                w.key = key.mid(1);
                leading.push_back(w);
                continue;
            }
            if (key.size() > 2 && key.endsWith(".*")) {
                w.key = key.left(key.size() - 1);
                trailing.push_back(w);
                continue;
            }
        }
        if (exact.contains(key)) {
            log.error(line, Tr::tr("conflicting parameter \"%1\"").arg(line.nameText()));
            continue;
        }
        exact.insert(key, value);
    }
    auto longest = [](const Wild &a, const Wild &b) { return a.key.size() > b.key.size(); };
    std::stable_sort(leading.begin(), leading.end(), longest);
    std::stable_sort(trailing.begin(), trailing.end(), longest);
}

const ComplexValue *MapBlock::find(QByteArray source, QString *how, Captures *captures) const
{
    if (hostnames && source.endsWith('.'))
        source.chop(1);
    const QByteArray low = source.toLower();
    QString matched;
    const ComplexValue *value = nullptr;
    const auto e = exact.constFind(low);
    if (e != exact.constEnd()) {
        value = &*e;
        matched = QStringLiteral("\"%1\"").arg(QString::fromUtf8(low));
    }
    if (!value && hostnames) {
        for (const Wild &w : leading) {
            if ((low.size() > w.key.size() && low.endsWith(w.key)) ||
                (w.alsoBare && low.size() == w.key.size() - 1 && w.key.endsWith(low))) {
                value = &w.value;
                matched = QString::fromUtf8(w.alsoBare ? w.key : '*' + w.key);
                break;
            }
        }
        for (size_t i = 0; !value && i < trailing.size(); ++i) {
            const Wild &w = trailing[i];
            if (low.size() > w.key.size() && low.startsWith(w.key)) {
                value = &w.value;
                matched = QString::fromUtf8(w.key + '*');
            }
        }
    }
    if (!value && !source.isEmpty()) {
        for (const RegexEntry &r : regexes) {
            if (r.regex.match(source, captures && r.regex.captureCount() > 0 ? captures : nullptr)) {
                value = &r.value;
                matched = QStringLiteral("~%1").arg(QString::fromUtf8(r.regex.pattern()));
                break;
            }
        }
    }
    if (!value && hasDefault) {
        value = &defaultValue;
        matched = QStringLiteral("default");
    }
    if (how)
        *how = matched;
    return value;
}

} // namespace gw::nginx
