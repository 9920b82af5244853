// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/httpresponse.h"

#include <QCoreApplication>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::HttpResponseParser)
};

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (sameName(n, name))
            return v;
    }
    return {};
}

std::vector<QByteArray> HttpResponse::setCookies() const
{
    std::vector<QByteArray> out;
    for (const auto &[n, v] : headers) {
        if (sameName(n, "Set-Cookie"))
            out.push_back(v);
    }
    return out;
}

HttpResponseParser::State HttpResponseParser::fail(const QString &error)
{
    m_error = error;
    m_phase = Phase::Done;
    return m_state = State::Failed;
}

bool HttpResponseParser::readLine(QByteArray &line)
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return false;
    line = m_buffer.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    m_buffer.remove(0, end + 1);
    return true;
}

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView data)
{
    if (m_state != State::Incomplete)
        return m_state;
    m_buffer.append(data.data(), data.size());
    return parse();
}

HttpResponseParser::State HttpResponseParser::parse()
{
    QByteArray line;
    while (m_state == State::Incomplete) {
        switch (m_phase) {
        case Phase::StatusLine:
        case Phase::Headers: {
            if (!readLine(line)) {
                if (m_headerBytes + m_buffer.size() > MaxHeaderBytes)
                    return fail(
                        Tr::tr("the response's headers are larger than %1 bytes").arg(MaxHeaderBytes));
                return m_state;
            }
            m_headerBytes += line.size() + 2;
            if (m_headerBytes > MaxHeaderBytes)
                return fail(Tr::tr("the response's headers are larger than %1 bytes").arg(MaxHeaderBytes));
            if (m_phase == Phase::StatusLine) {
                // "HTTP/1.1 200 OK"
                if (!line.startsWith("HTTP/1.") || line.size() < 12 || line[8] != ' ')
                    return fail(
                        Tr::tr("not an HTTP response: \"%1\"").arg(QString::fromLatin1(line.left(60))));
                bool ok = false;
                m_response.status = line.mid(9, 3).toInt(&ok);
                if (!ok || m_response.status < 100 || m_response.status > 999)
                    return fail(Tr::tr("not an HTTP status: \"%1\"").arg(QString::fromLatin1(line.left(60))));
                m_response.reason = line.mid(13);
                m_http10 = line.startsWith("HTTP/1.0");
                m_phase = Phase::Headers;
                continue;
            }
            if (!line.isEmpty()) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    return fail(Tr::tr("a response header without a name: \"%1\"")
                                    .arg(QString::fromLatin1(line.left(60))));
                m_response.headers.emplace_back(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
                continue;
            }
            if (m_response.status < 200) { // 1xx: another status line follows
                m_response = HttpResponse();
                m_phase = Phase::StatusLine;
                continue;
            }
            const QByteArray connection = m_response.header("Connection").toLower();
            m_response.keepAlive =
                m_http10 ? connection.contains("keep-alive") : !connection.contains("close");
            const QByteArray te = m_response.header("Transfer-Encoding").toLower();
            const QByteArray length = m_response.header("Content-Length");
            if (m_head || m_response.status == 204 || m_response.status == 304) {
                m_phase = Phase::Done;
            } else if (te.contains("chunked")) {
                m_phase = Phase::ChunkSize;
            } else if (!length.isNull()) {
                bool ok = false;
                m_remaining = length.toLongLong(&ok);
                if (!ok || m_remaining < 0)
                    return fail(Tr::tr("a bad Content-Length: \"%1\"").arg(QString::fromLatin1(length)));
                if (m_remaining > MaxBodyBytes)
                    return fail(Tr::tr("the response's body is larger than %1 bytes").arg(MaxBodyBytes));
                m_phase = Phase::Body;
            } else {
                m_response.keepAlive = false;
                m_phase = Phase::UntilClose;
            }
            continue;
        }
        case Phase::Body: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            m_response.body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return m_state;
            m_phase = Phase::Done;
            continue;
        }
        case Phase::ChunkSize: {
            if (!readLine(line))
                return m_state;
            bool ok = false;
            const qsizetype extension = line.indexOf(';'); // "5;name=value"
            m_remaining = (extension < 0 ? line : line.left(extension)).trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                return fail(Tr::tr("a bad chunk size: \"%1\"").arg(QString::fromLatin1(line.left(40))));
            if (m_response.body.size() + m_remaining > MaxBodyBytes)
                return fail(Tr::tr("the response's body is larger than %1 bytes").arg(MaxBodyBytes));
            m_phase = m_remaining == 0 ? Phase::ChunkTrailer : Phase::ChunkData;
            continue;
        }
        case Phase::ChunkData: {
            if (m_remaining > 0) {
                const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
                m_response.body += m_buffer.left(take);
                m_buffer.remove(0, take);
                m_remaining -= take;
                if (m_remaining > 0)
                    return m_state;
            }
            if (!readLine(line)) // the CRLF after the data
                return m_state;
            m_phase = Phase::ChunkSize;
            continue;
        }
        case Phase::ChunkTrailer:
            if (!readLine(line))
                return m_state;
            if (line.isEmpty())
                m_phase = Phase::Done;
            continue;
        case Phase::UntilClose:
            m_response.body += m_buffer;
            m_buffer.clear();
            if (m_response.body.size() > MaxBodyBytes)
                return fail(Tr::tr("the response's body is larger than %1 bytes").arg(MaxBodyBytes));
            return m_state;
        case Phase::Done:
            m_state = State::Complete;
            break;
        }
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state != State::Incomplete)
        return m_state;
    if (m_phase == Phase::UntilClose) {
        m_phase = Phase::Done;
        return m_state = State::Complete;
    }
    return fail(m_phase == Phase::StatusLine && m_buffer.isEmpty() && m_headerBytes == 0
                    ? Tr::tr("the connection closed without an answer")
                    : Tr::tr("the connection closed in the middle of the response"));
}

} // namespace gw::probe
