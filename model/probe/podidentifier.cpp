// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/podidentifier.h"

#include "sim/socketaddress.h"

#include <QCoreApplication>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::PodIdentifier)
};

} // namespace

bool PodIdentifier::parse(const QString &spec, QString *error)
{
    if (spec.isEmpty() || spec == u"body") {
        m_mode = Mode::Body;
        return true;
    }
    if (spec.startsWith(u"header:") && spec.size() > 7) {
        m_mode = Mode::Header;
        m_header = spec.mid(7);
        return true;
    }
    if (spec.startsWith(u"regex:") && spec.size() > 6) {
        m_mode = Mode::Regex;
        m_regex = QRegularExpression(spec.mid(6), QRegularExpression::MultilineOption);
        if (!m_regex.isValid()) {
            *error = Tr::tr("--pod-from: the regular expression \"%1\" is not valid: %2 (at offset %3)")
                         .arg(spec.mid(6), m_regex.errorString())
                         .arg(m_regex.patternErrorOffset());
            return false;
        }
        return true;
    }
    *error = Tr::tr("--pod-from expects body, header:NAME or regex:RX, not \"%1\"").arg(spec);
    return false;
}

PodIdentity PodIdentifier::fromValue(const QString &value) const
{
    PodIdentity id;
    const QString v = value.trimmed();
    if (v.isEmpty())
        return id;
    if (const auto address = sim::SocketAddress::parse(v, 0); address && address->isIp()) {
        if (address->port() != 0)
            id.endpoint = address->toString();
        id.pod = m_pods.value(id.endpoint.isEmpty() ? address->hostText() : id.endpoint,
                              m_pods.value(address->hostText()));
        return id;
    }
    id.pod = v;
    return id;
}

PodIdentity PodIdentifier::identify(const HttpResponse &response) const
{
    switch (m_mode) {
    case Mode::Header:
        return fromValue(QString::fromUtf8(response.header(m_header.toLatin1())));
    case Mode::Regex: {
        const auto m = m_regex.match(QString::fromUtf8(response.body));
        if (!m.hasMatch())
            return {};
        return fromValue(m.lastCapturedIndex() >= 1 ? m.captured(1) : m.captured(0));
    }
    case Mode::Body:
        break;
    }
    static const QRegularExpression address(QStringLiteral("^Server address:\\s*(\\S+)\\s*$"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression name(QStringLiteral("^Server name:\\s*(\\S+)\\s*$"),
                                         QRegularExpression::MultilineOption);
    const QString body = QString::fromUtf8(response.body);
    PodIdentity id;
    if (const auto m = address.match(body); m.hasMatch())
        id = fromValue(m.captured(1));
    if (const auto m = name.match(body); m.hasMatch())
        id.pod = m.captured(1);
    return id;
}

} // namespace gw::probe
