// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/explanation.h"

namespace gw::sim {

namespace {

QString nameOf(const PeerTable &peers, PeerId id)
{
    return id == NoPeer ? QStringLiteral("none") : peers.info(id).name;
}

QString printable(const QByteArray &bytes)
{
    QString s;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        s += (u >= 0x20 && u < 0x7f) ? QString(QLatin1Char(c))
                                     : QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return s;
}

QString fallbackText(Explanation::Fallback f)
{
    switch (f) {
    case Explanation::Fallback::None:
        break;
    case Explanation::Fallback::SinglePeer:
        return QStringLiteral("a single server: round robin's single-peer shortcut decides");
    case Explanation::Fallback::FewPeers:
        return QStringLiteral("fewer than two servers: round robin decides");
    case Explanation::Fallback::EmptyKey:
        return QStringLiteral("the key is empty: round robin decides");
    case Explanation::Fallback::TooManyTries:
        return QStringLiteral("more than 20 tries: round robin decides");
    }
    return {};
}

} // namespace

QString Explanation::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Chosen:
        return QStringLiteral("chosen");
    case Verdict::Considered:
        return QStringLiteral("considered");
    case Verdict::Tried:
        return QStringLiteral("already tried");
    case Verdict::Down:
        return QStringLiteral("down");
    case Verdict::Failed:
        return QStringLiteral("failed (max_fails within fail_timeout)");
    case Verdict::Full:
        return QStringLiteral("at max_conns");
    case Verdict::NotLeast:
        return QStringLiteral("more connections per weight");
    case Verdict::OtherServer:
        return QStringLiteral("another server");
    case Verdict::SameAsFirst:
        return QStringLiteral("same as the first draw");
    case Verdict::Unknown:
        return QStringLiteral("no such server");
    }
    return {};
}

QString Explanation::describeSticky(const PeerTable &peers) const
{
    QString line = QStringLiteral("sticky: id \"%1\"").arg(printable(sticky.id));
    if (sticky.sid.isEmpty())
        return line + QStringLiteral(": no session is known for it");
    if (sticky.sid != sticky.id)
        line += QStringLiteral(" → SID \"%1\"").arg(printable(sticky.sid));
    if (sticky.peer == NoPeer)
        return line + QStringLiteral(" names no server of the current list");
    line += QStringLiteral(" names %1: ").arg(nameOf(peers, sticky.peer)) +
        (sticky.honoured ? QStringLiteral("honoured")
                         : QStringLiteral("not honoured, ") + verdictName(sticky.verdict));
    if (sticky.weightsKept)
        line += QStringLiteral(" (weights untouched: its current weight is at the low limit)");
    return line;
}

QStringList Explanation::describe(const PeerTable &peers) const
{
    QStringList lines;
    if (!sticky.id.isEmpty())
        lines << describeSticky(peers);
    if (fallback != Fallback::None)
        lines << fallbackText(fallback);
    if (!key.isEmpty() &&
        (method == Method::IpHash || method == Method::Hash || method == Method::ConsistentHash)) {
        if (method == Method::IpHash) {
            QStringList bytes;
            for (char c : key)
                bytes << QString::number(static_cast<unsigned char>(c));
            lines << QStringLiteral("ip_hash key bytes %1").arg(bytes.join(u' '));
        } else {
            lines << QStringLiteral("key \"%1\"").arg(printable(key));
        }
    }
    for (const HashStep &s : hashSteps) {
        const QString target = QStringLiteral("%1 % %2 = %3 → %4: %5")
                                   .arg(s.value)
                                   .arg(peers.list(peers.listOf(s.peer)).totalWeight)
                                   .arg(s.target)
                                   .arg(nameOf(peers, s.peer), verdictName(s.verdict));
        if (method == Method::IpHash)
            lines << QStringLiteral("hash %1").arg(target);
        else
            lines << QStringLiteral("crc32(%1\"%2\") = 0x%3 → +%4 → %5")
                         .arg(s.round ? QString::number(s.round) + QStringLiteral(" + ") : QString(),
                              printable(key))
                         .arg(s.crc, 8, 16, QLatin1Char('0'))
                         .arg((s.crc >> 16) & 0x7fff)
                         .arg(target);
    }
    if (method == Method::ConsistentHash && !ringSteps.empty())
        lines << QStringLiteral("crc32(key) = %1 → ring point #%2").arg(keyCrc).arg(ringStart);
    for (const RingStep &s : ringSteps) {
        lines << QStringLiteral("point #%1 (hash %2) → server %3: %4")
                     .arg(s.index)
                     .arg(s.pointHash)
                     .arg(s.server,
                          s.peer == NoPeer ? verdictName(s.verdict)
                                           : QStringLiteral("chosen ") + nameOf(peers, s.peer));
    }
    for (const Draw &d : draws) {
        lines << QStringLiteral("draw %1 % %2 = %3 → %4: %5")
                     .arg(d.value)
                     .arg(peers.list(peers.listOf(d.peer)).totalWeight)
                     .arg(d.target)
                     .arg(nameOf(peers, d.peer), verdictName(d.verdict));
    }
    if (comparison.second != NoPeer) {
        lines << QStringLiteral("random two: %1 (%2 conns, weight %3) vs %4 (%5 conns, weight %6)")
                     .arg(nameOf(peers, comparison.first))
                     .arg(comparison.connsFirst)
                     .arg(comparison.weightFirst)
                     .arg(nameOf(peers, comparison.second))
                     .arg(comparison.connsSecond)
                     .arg(comparison.weightSecond);
    }
    if (switchedToBackup)
        lines << QStringLiteral("no primary server left: the request moves to the backup servers");
    for (const WeightRow &r : weights) {
        QString line = QStringLiteral("%1: ").arg(nameOf(peers, r.peer));
        if (r.verdict == Verdict::Considered || r.verdict == Verdict::Chosen ||
            r.verdict == Verdict::NotLeast)
            line += QStringLiteral("weight %1, effective %2, current %3, conns %4 → ")
                        .arg(r.weight)
                        .arg(r.effectiveWeight)
                        .arg(r.currentWeight)
                        .arg(r.conns);
        lines << line + verdictName(r.verdict);
    }
    if (!weights.empty() && total)
        lines << QStringLiteral("total effective weight %1, subtracted from the winner").arg(total);
    lines << (chosen == NoPeer ? QStringLiteral("→ no live upstreams")
                               : QStringLiteral("→ ") + nameOf(peers, chosen));
    if (!setCookie.isEmpty())
        lines << QStringLiteral("Set-Cookie: ") + QString::fromLatin1(setCookie);
    return lines;
}

} // namespace gw::sim
