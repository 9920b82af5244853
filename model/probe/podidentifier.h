// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/httpresponse.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace gw::probe {

/** Which Pod answered, as far as the answer tells. */
struct PodIdentity
{
    QString endpoint; ///< "ip:port" when the answer names it
    QString pod; ///< the Pod's name; empty when unknown
};

/**
 * Tells which Pod answered a request (`gwstudio probe --pod-from`):
 *
 * - `body` (the default): the body of NGF's demo apps (`nginxdemos/nginx-hello:plain-text`),
 *   "Server address: IP:PORT" and "Server name: NAME";
 * - `header:NAME`: the value of a response header;
 * - `regex:RX`: the first capture group of RX (else the whole match) in the body.
 *
 * A value that is an address ("10.244.0.94:8080" or "10.244.0.94") is the endpoint, and its Pod
 * comes from the design (setAddresses()); any other value is the Pod's name.
 */
class PodIdentifier
{
public:
    /** Parses the --pod-from argument; false with \a error set when it is not one of the forms. */
    bool parse(const QString &spec, QString *error);
    /** The design's endpoints: "ip:port" -> Pod (and "ip" -> Pod). */
    void setAddresses(const QHash<QString, QString> &podByEndpoint) { m_pods = podByEndpoint; }

    PodIdentity identify(const HttpResponse &response) const;

private:
    PodIdentity fromValue(const QString &value) const;

    enum class Mode { Body, Header, Regex } m_mode = Mode::Body;
    QString m_header;
    QRegularExpression m_regex;
    QHash<QString, QString> m_pods;
};

} // namespace gw::probe
