// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/requestscsv.h"

#include <QCoreApplication>

#include <map>

namespace gw::sim {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::RequestsCsv)
};

struct Field
{
    QString text;
    int line = 0;
    int column = 0;
};

using Row = std::vector<Field>;

/** RFC 4180 records with the line and column where each field starts. */
class CsvReader
{
public:
    CsvReader(const QString &text, const QString &fileName, Diagnostics &diagnostics)
        : m_text(text)
        , m_file(fileName)
        , m_diagnostics(diagnostics)
    { }

    /** The next record; false at the end of the input. */
    bool next(Row &row, bool *ok)
    {
        row.clear();
        *ok = true;
        if (m_pos >= m_text.size())
            return false;
        for (;;) {
            Field field;
            field.line = m_line;
            field.column = m_column;
            if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                advance();
                for (;;) {
                    if (m_pos >= m_text.size()) {
                        error(field.line, field.column, Tr::tr("the quoted field does not end"));
                        *ok = false;
                        row.push_back(std::move(field));
                        return true;
                    }
                    const QChar c = m_text[m_pos];
                    if (c == u'"') {
                        if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                            field.text += u'"';
                            advance();
                            advance();
                            continue;
                        }
                        advance();
                        break;
                    }
                    field.text += c;
                    advance();
                }
                if (m_pos < m_text.size() && !atSeparator()) {
                    error(m_line, m_column, Tr::tr("unexpected text after a quoted field"));
                    *ok = false;
                    skipToEndOfLine();
                    row.push_back(std::move(field));
                    return true;
                }
            } else {
                while (m_pos < m_text.size() && !atSeparator()) {
                    if (m_text[m_pos] == u'"') {
                        error(m_line, m_column,
                              Tr::tr("a quote inside an unquoted field (quote the whole field)"));
                        *ok = false;
                    }
                    field.text += m_text[m_pos];
                    advance();
                }
            }
            row.push_back(std::move(field));
            if (m_pos >= m_text.size())
                return true;
            if (m_text[m_pos] == u',') {
                advance();
                continue;
            }
            // end of line: \n or \r\n
            if (m_text[m_pos] == u'\r')
                advance();
            if (m_pos < m_text.size() && m_text[m_pos] == u'\n')
                advance();
            return true;
        }
    }

    void error(int line, int column, const QString &message)
    {
        Diagnostic d;
        d.location = {m_file, line, column};
        d.message = message;
        m_diagnostics.push_back(std::move(d));
    }

private:
    bool atSeparator() const
    {
        const QChar c = m_text[m_pos];
        return c == u',' || c == u'\n' ||
            (c == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n');
    }
    void advance()
    {
        if (m_text[m_pos] == u'\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }
    void skipToEndOfLine()
    {
        while (m_pos < m_text.size() && m_text[m_pos] != u'\n')
            advance();
        if (m_pos < m_text.size())
            advance();
    }

    const QString &m_text;
    QString m_file;
    Diagnostics &m_diagnostics;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

enum class Column { Client, Host, Path, Method, Cookie, Header, AtMs, DurationMs, Scheme, Sni, Port };

bool isToken(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        const ushort u = c.unicode();
        if (u <= 32 || u >= 127 || QStringView(u"()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

bool isEmptyRow(const Row &row)
{
    return row.size() == 1 && row.front().text.isEmpty();
}

} // namespace

std::vector<TraceRequest> RequestsCsv::parse(const QByteArray &data, const QString &fileName,
                                             Diagnostics &diagnostics)
{
    std::vector<TraceRequest> out;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1); // a UTF-8 byte order mark, as spreadsheets write it
    CsvReader reader(text, fileName, diagnostics);
    Row header;
    bool ok = true;
    do {
        if (!reader.next(header, &ok)) {
            reader.error(1, 1, Tr::tr("the file is empty: a header row naming the columns is required"));
            return out;
        }
    } while (isEmptyRow(header));
    if (!ok)
        return out;

    struct ColumnInfo
    {
        Column kind;
        QString header; ///< header:<Name>
    };
    std::vector<ColumnInfo> columns;
    std::map<QString, int> seen;
    bool headerOk = true;
    for (const Field &f : header) {
        const QString name = f.text.trimmed();
        const QString lower = name.toLower();
        ColumnInfo info {Column::Client, {}};
        if (lower == u"client")
            info.kind = Column::Client;
        else if (lower == u"host")
            info.kind = Column::Host;
        else if (lower == u"path")
            info.kind = Column::Path;
        else if (lower == u"method")
            info.kind = Column::Method;
        else if (lower == u"cookie")
            info.kind = Column::Cookie;
        else if (lower == u"at_ms")
            info.kind = Column::AtMs;
        else if (lower == u"duration_ms")
            info.kind = Column::DurationMs;
        else if (lower == u"scheme")
            info.kind = Column::Scheme;
        else if (lower == u"sni")
            info.kind = Column::Sni;
        else if (lower == u"port")
            info.kind = Column::Port;
        else if (lower.startsWith(u"header:")) {
            info.kind = Column::Header;
            info.header = name.mid(7).trimmed();
            if (!isToken(info.header)) {
                reader.error(f.line, f.column, Tr::tr("\"%1\" is not a valid header name").arg(info.header));
                headerOk = false;
            }
        } else {
            reader.error(f.line, f.column,
                         Tr::tr("unknown column \"%1\" (expected client, host, path, scheme, sni, port, "
                                "method, cookie, header:<Name>, at_ms, duration_ms)")
                             .arg(name));
            headerOk = false;
        }
        const QString key = info.kind == Column::Header ? u"header:" + info.header.toLower() : lower;
        if (seen.count(key)) {
            reader.error(f.line, f.column, Tr::tr("column \"%1\" appears twice").arg(name));
            headerOk = false;
        }
        seen[key] = 1;
        columns.push_back(info);
    }
    // host and path are needed by HTTP rows only: with a scheme column, rows of TLS, TCP or UDP
    // connections may do without them (each HTTP row is checked below).
    const bool schemeColumn = seen.count(QStringLiteral("scheme")) > 0;
    for (const char *required : {"client", "host", "path"}) {
        if (!seen.count(QLatin1String(required)) && (!schemeColumn || qstrcmp(required, "client") == 0)) {
            reader.error(header.front().line, 1,
                         Tr::tr("the header row has no \"%1\" column (required: client, host, path)")
                             .arg(QLatin1String(required)));
            headerOk = false;
        }
    }
    if (!headerOk)
        return out;

    Row row;
    while (reader.next(row, &ok)) {
        if (!ok)
            continue;
        if (isEmptyRow(row))
            continue;
        if (row.size() != columns.size()) {
            reader.error(row.front().line, row.size() > columns.size() ? row[columns.size()].column : 1,
                         Tr::tr("%1 fields where the header has %2").arg(row.size()).arg(columns.size()));
            continue;
        }
        TraceRequest r;
        r.line = row.front().line;
        bool rowOk = true;
        const Field *hostField = nullptr;
        const Field *pathField = nullptr;
        const auto fail = [&](const Field &f, const QString &message) {
            reader.error(f.line, f.column, message);
            rowOk = false;
        };
        for (size_t i = 0; i < columns.size(); ++i) {
            const Field &f = row[i];
            const QString value = f.text.trimmed();
            switch (columns[i].kind) {
            case Column::Client: {
                const auto address = SocketAddress::parseIp(value);
                if (!address)
                    fail(f, Tr::tr("client \"%1\" is not an IPv4 or IPv6 address").arg(value));
                else
                    r.client = *address;
                r.clientText = value;
                break;
            }
            case Column::Host:
                hostField = &f;
                if (value.isEmpty())
                    break; // required for HTTP rows, checked when the scheme is known
                if (value.contains(u' ') || value.contains(u'/'))
                    fail(f, Tr::tr("host \"%1\" is not a host name").arg(value));
                r.host = value;
                break;
            case Column::Path:
                pathField = &f;
                if (value.isEmpty())
                    break;
                if (!value.startsWith(u'/'))
                    fail(f, Tr::tr("path \"%1\" must start with \"/\"").arg(value));
                else if (value.contains(u' ') || value.contains(u'#'))
                    fail(f, Tr::tr("path \"%1\" contains a space or '#' (percent-encode it)").arg(value));
                r.target = value;
                break;
            case Column::Method:
                if (!value.isEmpty() && !isToken(value))
                    fail(f, Tr::tr("method \"%1\" is not an HTTP method token").arg(value));
                else if (!value.isEmpty())
                    r.method = value;
                break;
            case Column::Cookie:
                r.cookie = value;
                break;
            case Column::Scheme:
                if (value.isEmpty())
                    break;
                r.scheme = value.toLower();
                if (r.scheme != u"http" && r.scheme != u"https" && r.scheme != u"tls" && r.scheme != u"tcp" &&
                    r.scheme != u"udp")
                    fail(f, Tr::tr("scheme \"%1\" is not one of http, https, tls, tcp, udp").arg(value));
                break;
            case Column::Sni:
                if (value.contains(u' ') || value.contains(u'/') || value.contains(u':'))
                    fail(f, Tr::tr("sni \"%1\" is not a host name").arg(value));
                r.sni = value;
                break;
            case Column::Port: {
                if (value.isEmpty())
                    break;
                bool portOk = false;
                const int port = value.toInt(&portOk);
                if (!portOk || port < 1 || port > 65535)
                    fail(f, Tr::tr("port \"%1\" is not a port number (1 to 65535)").arg(value));
                else
                    r.port = port;
                break;
            }
            case Column::Header:
                if (!value.isEmpty())
                    r.headers.emplace_back(columns[i].header, value);
                break;
            case Column::AtMs:
            case Column::DurationMs: {
                if (value.isEmpty())
                    break;
                bool numberOk = false;
                const qint64 n = value.toLongLong(&numberOk);
                if (!numberOk || n < 0) {
                    fail(f, Tr::tr("\"%1\" is not a whole number of milliseconds (0 or more)").arg(value));
                    break;
                }
                if (columns[i].kind == Column::AtMs)
                    r.atMs = n;
                else
                    r.durationMs = n;
                break;
            }
            }
        }
        if (rowOk && !r.isConnection()) {
            // An HTTP request needs its Host and its path.
            if (r.host.isEmpty())
                fail(hostField ? *hostField : row.front(),
                     Tr::tr("an %1 row needs a host (tls, tcp and udp rows do not)").arg(r.scheme));
            else if (r.target.isEmpty())
                fail(pathField ? *pathField : row.front(),
                     Tr::tr("an %1 row needs a path (tls, tcp and udp rows do not)").arg(r.scheme));
        }
        if (rowOk && (r.scheme == u"tcp" || r.scheme == u"udp") && !r.port && portOf(r.host, 0) == 0)
            fail(row.front(), Tr::tr("a %1 row needs a port (a port column, or host:port)").arg(r.scheme));
        if (rowOk && r.scheme == u"http" && !r.sni.isEmpty())
            fail(row.front(), Tr::tr("an http row sends no SNI (use https or tls)"));
        if (rowOk)
            out.push_back(std::move(r));
    }
    return out;
}

bool RequestsCsv::requireHttp(const std::vector<TraceRequest> &requests, const QString &fileName,
                              Diagnostics &diagnostics)
{
    bool ok = true;
    for (const TraceRequest &r : requests) {
        if (!r.isConnection())
            continue;
        Diagnostic d;
        d.location = {fileName, r.line, 1};
        d.message = Tr::tr("a %1 row is a connection, not an HTTP request: only gwstudio simulate routes it")
                        .arg(r.scheme);
        diagnostics.push_back(std::move(d));
        ok = false;
    }
    return ok;
}

std::vector<qint64> RequestsCsv::arrivalTimes(const std::vector<TraceRequest> &requests)
{
    std::vector<qint64> times;
    qint64 previousEnd = 0;
    for (const TraceRequest &r : requests) {
        const qint64 at = r.atMs.value_or(previousEnd);
        times.push_back(at);
        previousEnd = at + r.durationMs;
    }
    return times;
}

int RequestsCsv::portOf(const QString &host, int fallback)
{
    const qsizetype colon = host.lastIndexOf(u':');
    if (colon < 0 || host.endsWith(u']'))
        return fallback;
    bool ok = false;
    const int port = QStringView(host).mid(colon + 1).toInt(&ok);
    return ok ? port : fallback;
}

QString RequestsCsv::hostWithoutPort(const QString &host)
{
    const qsizetype colon = host.lastIndexOf(u':');
    if (colon < 0 || host.endsWith(u']'))
        return host;
    return host.left(colon);
}

} // namespace gw::sim
