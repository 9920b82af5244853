// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <utility>
#include <vector>

namespace gw::probe {

/** An HTTP response as the probe received it. */
struct HttpResponse
{
    int status = 0;
    QByteArray reason;
    std::vector<std::pair<QByteArray, QByteArray>> headers; ///< in order, names as sent
    QByteArray body;
    bool keepAlive = false; ///< the connection may carry another request

    /** The first header named \a name (ASCII case-insensitive); null when absent. */
    QByteArray header(QByteArrayView name) const;
    /** Every Set-Cookie header, in order. */
    std::vector<QByteArray> setCookies() const;
};

/**
 * Reads one HTTP/1.x response from bytes as they arrive: the status line, the headers, then the
 * body by Content-Length, chunked transfer coding, or up to the end of the connection (and none for
 * HEAD requests, 1xx, 204 and 304). Bounded: at most 64 KiB of headers and 8 MiB of body; more is
 * an error, never a hang or a crash.
 */
class HttpResponseParser
{
public:
    enum class State { Incomplete, Complete, Failed };

    explicit HttpResponseParser(bool headRequest = false)
        : m_head(headRequest)
    { }

    /** Feeds received bytes (the probe never pipelines: nothing follows a response). */
    State feed(QByteArrayView data);
    /** The connection closed: completes a body that runs to the end of the connection. */
    State finish();

    State state() const { return m_state; }
    const HttpResponse &response() const { return m_response; }
    QString errorString() const { return m_error; }
    /** Nothing received yet. */
    bool isEmpty() const { return m_buffer.isEmpty() && m_phase == Phase::StatusLine; }

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;

private:
    enum class Phase { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkTrailer, UntilClose, Done };
    State fail(const QString &error);
    bool readLine(QByteArray &line);
    State parse();

    bool m_head = false;
    Phase m_phase = Phase::StatusLine;
    State m_state = State::Incomplete;
    QByteArray m_buffer;
    qsizetype m_headerBytes = 0;
    qint64 m_remaining = 0;
    HttpResponse m_response;
    QString m_error;
    bool m_http10 = false;
};

} // namespace gw::probe
