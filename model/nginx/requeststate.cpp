// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/requeststate.h"

#include "nginx/uri.h"

#include <QCoreApplication>

namespace gw::nginx {

namespace {

bool headerNameIs(const QByteArray &header, QByteArrayView variableSuffix)
{
    // ngx_http_variable_unknown_header(): lowercase, '-' read as '_'.
    if (header.size() != variableSuffix.size())
        return false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        char ch = header[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = char(ch | 0x20);
        else if (ch == '-')
            ch = '_';
        if (ch != variableSuffix[i])
            return false;
    }
    return true;
}

} // namespace

RequestState::RequestState(const HttpContext &ctx)
    : context(ctx)
{ }

QByteArray RequestState::capture(int n) const
{
    const QByteArray c = captures.group(n);
    return escapeCaptures ? Uri::escape(c, Uri::Escape::Args) : c;
}

bool RequestState::match(const Regex &regex, QByteArrayView subject)
{
    if (regex.captureCount() == 0)
        return regex.match(subject);
    Captures c;
    if (!regex.match(subject, &c))
        return false;
    for (const auto &named : c.named)
        setValues.insert(named.first, named.second);
    captures = std::move(c);
    return true;
}

std::vector<QByteArray> RequestState::headerValues(QByteArrayView name) const
{
    std::vector<QByteArray> out;
    for (const auto &h : headers) {
        if (h.first.size() == name.size() && QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            out.push_back(h.second);
    }
    return out;
}

QByteArray RequestState::httpVariable(QByteArrayView suffix) const
{
    std::vector<QByteArray> values;
    for (const auto &h : headers) {
        if (headerNameIs(h.first, suffix))
            values.push_back(h.second);
    }
    if (values.empty())
        return {};
    const bool cookie = suffix == "cookie";
    const bool joinAll = context.nginxVersion >= 1023000 || cookie || suffix == "x_forwarded_for";
    if (!joinAll || values.size() == 1)
        return values.front();
    QByteArray out = values.front();
    for (size_t i = 1; i < values.size(); ++i)
        out += (cookie ? "; " : ", ") + values[i];
    return out;
}

QByteArray RequestState::mapValue(int index)
{
    const MapBlock &map = context.maps[size_t(index)];
    QByteArray source = evaluate(map.source);
    if (map.hostnames && source.endsWith('.'))
        source.chop(1);
    QString how;
    Captures found;
    const ComplexValue *value = map.find(source, &how, &found);
    if (!found.isEmpty()) {
        for (const auto &named : found.named)
            setValues.insert(named.first, named.second);
        captures = std::move(found);
    }
    const QByteArray result = value ? evaluate(*value) : QByteArray();
    if (notes) {
        notes->append(
            QCoreApplication::translate("gw::nginx::RequestState", "map %1 = \"%2\" -> $%3 = \"%4\" (%5)")
                .arg(QString::fromUtf8(map.source.source()), QString::fromUtf8(source),
                     QString::fromUtf8(map.variable), QString::fromUtf8(result),
                     how.isEmpty() ? QStringLiteral("no match") : how));
    }
    return result;
}

QByteArray RequestState::splitValue(int index)
{
    const SplitClients &split = context.splits[size_t(index)];
    const QByteArray key = evaluate(split.key);
    const SplitClients::Choice choice = split.choose(key);
    if (notes) {
        const QString part = choice.part >= 0
            ? QString::fromUtf8(split.parts()[size_t(choice.part)].percentText)
            : QCoreApplication::translate("gw::nginx::RequestState",
                                          "no part (the percentages add up to less "
                                          "than 100%)");
        notes->append(
            QCoreApplication::translate("gw::nginx::RequestState",
                                        "split_clients %1 = \"%2\": MurmurHash2 %3 (%4% of 2^32) -> %5 "
                                        "-> $%6 = \"%7\"")
                .arg(QString::fromUtf8(split.key.source()), QString::fromUtf8(key))
                .arg(choice.hash)
                .arg(double(choice.hash) * 100.0 / 4294967296.0, 0, 'f', 4)
                .arg(part, QString::fromUtf8(split.variable), QString::fromUtf8(choice.value)));
    }
    return choice.value;
}

QByteArray RequestState::variable(const QByteArray &name)
{
    const auto set = setValues.constFind(name);
    if (set != setValues.constEnd())
        return *set;
    const auto cachedValue = cached.constFind(name);
    if (cachedValue != cached.constEnd())
        return *cachedValue;

    enum Builtin {
        Uri_,
        Args,
        IsArgs,
        RequestUri,
        Host,
        ServerName,
        Scheme,
        Https,
        RequestMethod,
        ServerProtocol,
        Request_,
        RemoteAddr,
        RemotePort,
        BinaryRemoteAddr,
        ServerAddr,
        ServerPort,
        RequestId,
        SslServerName,
        ProxyHost,
        ProxyAddXForwardedFor,
        ContentType,
        ContentLength,
        NginxVersion,
        Hostname,
    };
    static const QHash<QByteArray, Builtin> builtins = {
        {"uri", Uri_},
        {"document_uri", Uri_},
        {"args", Args},
        {"query_string", Args},
        {"is_args", IsArgs},
        {"request_uri", RequestUri},
        {"host", Host},
        {"server_name", ServerName},
        {"scheme", Scheme},
        {"https", Https},
        {"request_method", RequestMethod},
        {"server_protocol", ServerProtocol},
        {"request", Request_},
        {"remote_addr", RemoteAddr},
        {"remote_port", RemotePort},
        {"binary_remote_addr", BinaryRemoteAddr},
        {"server_addr", ServerAddr},
        {"server_port", ServerPort},
        {"request_id", RequestId},
        {"ssl_server_name", SslServerName},
        {"proxy_host", ProxyHost},
        {"proxy_add_x_forwarded_for", ProxyAddXForwardedFor},
        {"content_type", ContentType},
        {"content_length", ContentLength},
        {"nginx_version", NginxVersion},
        {"hostname", Hostname},
    };
    const auto builtin = builtins.constFind(name);
    if (builtin != builtins.constEnd()) {
        switch (*builtin) {
        case Uri_:
            return uri;
        case Args:
            return args;
        case IsArgs:
            return args.isEmpty() ? QByteArray() : QByteArray("?");
        case RequestUri:
            return requestUri;
        case Host:
            return !host.isEmpty() ? host : (server ? server->firstName : QByteArray());
        case ServerName:
            return server ? server->firstName : QByteArray();
        case Scheme:
            return https ? "https" : "http";
        case Https:
            return https ? "on" : "";
        case RequestMethod:
            return method;
        case ServerProtocol:
            return protocol;
        case Request_:
            return method + ' ' + requestUri + ' ' + protocol;
        case RemoteAddr:
            return remoteAddr();
        case RemotePort:
            return remotePort;
        case BinaryRemoteAddr:
            return client ? client->binary() : QByteArray();
        case ServerAddr:
            return serverAddr;
        case ServerPort:
            return serverPort > 0 ? QByteArray::number(serverPort) : QByteArray();
        case RequestId:
            return requestId;
        case SslServerName:
            return https ? sni : QByteArray();
        case ProxyHost:
            return proxyHost;
        case ProxyAddXForwardedFor: {
            const QByteArray xff = httpVariable("x_forwarded_for");
            return xff.isEmpty() ? remoteAddr() : xff + ", " + remoteAddr();
        }
        case ContentType:
            return httpVariable("content_type");
        case ContentLength:
            return httpVariable("content_length");
        case NginxVersion: {
            const int v = context.nginxVersion;
            return QByteArray::number(v / 1000000) + '.' + QByteArray::number(v / 1000 % 1000) + '.' +
                QByteArray::number(v % 1000);
        }
        case Hostname:
            return "nginx";
        }
    }
    if (name.startsWith("http_"))
        return httpVariable(QByteArrayView(name).sliced(5));
    if (name.startsWith("arg_"))
        return Uri::argument(args, QByteArrayView(name).sliced(4)).value_or(QByteArray());
    if (name.startsWith("cookie_")) {
        for (const QByteArray &c : headerValues("Cookie")) {
            if (const auto v = Uri::cookie(c, QByteArrayView(name).sliced(7)))
                return *v;
        }
        return {};
    }
    const auto map = context.mapIndex.constFind(name);
    if (map != context.mapIndex.constEnd()) {
        const QByteArray v = mapValue(*map);
        cached.insert(name, v);
        return v;
    }
    const auto split = context.splitIndex.constFind(name);
    if (split != context.splitIndex.constEnd()) {
        const QByteArray v = splitValue(*split);
        cached.insert(name, v);
        return v;
    }
    return {};
}

} // namespace gw::nginx
