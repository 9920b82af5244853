// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ingressnginx/luachash.h"

#include "sim/crc32.h"
#include "sim/keyexpression.h"

#include <QCoreApplication>

namespace gw::sim::ingressnginx {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ingressnginx::LuaChash)
};

bool isVarChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

/** ngx.var[name] for the variables a hash key can name; empty when the request has none. */
QByteArray variable(const QString &name, const Request &request, const QString &host)
{
    const QString lower = name.toLower();
    if (lower == u"host")
        return host.toUtf8();
    bool numeric = !name.isEmpty();
    for (QChar c : name)
        numeric = numeric && c.isDigit();
    if (numeric)
        return {}; // a regex capture: the locations of ingress-nginx capture nothing here
    const std::optional<KeyExpression> e = KeyExpression::parse(QString(u'$' + lower));
    if (!e)
        return {};
    return e->value(request);
}
} // namespace

QByteArray LuaChash::evaluateKey(const QString &hashBy, const Request &request, const QString &host)
{
    // util.lua: tokens \$var (literal), ${var}, $var, then "$" or runs of other text.
    QByteArray out;
    qsizetype i = 0;
    const qsizetype n = hashBy.size();
    while (i < n) {
        const QChar c = hashBy[i];
        if (c == u'\\' && i + 1 < n && hashBy[i + 1] == u'$') {
            qsizetype j = i + 2;
            while (j < n && isVarChar(hashBy[j]))
                ++j;
            if (j > i + 2) {
                out += hashBy.mid(i, j - i).toUtf8();
                i = j;
                continue;
            }
        }
        if (c == u'$') {
            if (i + 1 < n && hashBy[i + 1] == u'{') {
                qsizetype j = i + 2;
                while (j < n && isVarChar(hashBy[j]))
                    ++j;
                if (j > i + 2 && j < n && hashBy[j] == u'}') {
                    out += variable(hashBy.mid(i + 2, j - i - 2), request, host);
                    i = j + 1;
                    continue;
                }
            }
            qsizetype j = i + 1;
            while (j < n && isVarChar(hashBy[j]))
                ++j;
            if (j > i + 1) {
                out += variable(hashBy.mid(i + 1, j - i - 1), request, host);
                i = j;
                continue;
            }
            out += '$';
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && hashBy[j] != u'$' && hashBy[j] != u'\\')
            ++j;
        if (j == i) {
            // A lone backslash matches no alternative: gmatch skips it.
            ++i;
            continue;
        }
        out += hashBy.mid(i, j - i).toUtf8();
        i = j;
    }
    return out;
}

LuaChash::LuaChash(const LuaBackend &backend, LuaWorker &worker)
    : m_hashBy(backend.hashBy)
    , m_nodes(nodeIds(backend.endpoints))
    , m_ring(m_nodes)
{
    Q_UNUSED(worker);
    keepShaping(backend);
}

void LuaChash::sync(const LuaBackend &backend, LuaWorker &worker)
{
    Q_UNUSED(worker);
    keepShaping(backend);
    std::vector<QString> nodes = nodeIds(backend.endpoints);
    std::vector<QString> a = nodes;
    std::vector<QString> b = m_nodes;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a != b) {
        m_nodes = std::move(nodes);
        m_ring = RestyChash(m_nodes);
    }
}

QString LuaChash::balance(LuaTry &t, LuaWorker &worker)
{
    Q_UNUSED(worker);
    if (m_ring.isEmpty())
        return {};
    const QByteArray key = evaluateKey(m_hashBy, *t.request, t.host);
    int point = 0;
    const QString node = m_ring.find(key, &point);
    t.explain(Tr::tr("chash: key %1 = \"%2\", CRC-32 %3, ring point %4 of %5 -> %6")
                  .arg(m_hashBy, QString::fromUtf8(key))
                  .arg(Crc32::of(key))
                  .arg(point)
                  .arg(m_ring.points().size())
                  .arg(node));
    return node;
}

} // namespace gw::sim::ingressnginx
