// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/proxysettingshandler.h"

#include "ngf/fielderror.h"
#include "ngf/validation.h"

namespace gw::ngf {

namespace {

/** proxysettings.ParseNginxSize: bytes of "8k", "16m", "1g", "1024"; nullopt when unreadable. */
std::optional<qint64> parseNginxSize(QString size)
{
    size = size.trimmed().toLower();
    if (size.isEmpty())
        return std::nullopt;
    qint64 multiplier = 1;
    if (size.endsWith(u'k'))
        multiplier = 1024;
    else if (size.endsWith(u'm'))
        multiplier = 1024 * 1024;
    else if (size.endsWith(u'g'))
        multiplier = 1024 * 1024 * 1024;
    if (multiplier != 1)
        size.chop(1);
    bool ok = false;
    const qint64 n = size.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return n * multiplier;
}

template<typename T>
bool bothSet(const std::optional<T> &a, const std::optional<T> &b)
{
    return a.has_value() && b.has_value();
}

} // namespace

std::vector<PolicyTargetReference> ProxySettingsHandler::targetRefs(const Resource &policy) const
{
    return policy.as<ProxySettingsPolicy>()->targetRefs;
}

Conditions ProxySettingsHandler::validate(const Resource &policy) const
{
    const ProxySettingsPolicy &p = *policy.as<ProxySettingsPolicy>();
    FieldErrors errors;
    const auto size = [&](const QString &v, const char *path) {
        if (const QString e = validation::nginxSize(v); !e.isEmpty())
            errors.push_back(FieldError::invalid(QString::fromLatin1(path), jsonQuote(v), e));
    };
    const auto duration = [&](const std::optional<QString> &v, const char *path) {
        if (!v)
            return;
        if (const QString e = validation::nginxDuration(*v); !e.isEmpty())
            errors.push_back(FieldError::invalid(QString::fromLatin1(path), jsonQuote(*v), e));
    };
    if (const auto &b = p.buffering) {
        // validateBufferSizes
        if (b->bufferSize)
            size(*b->bufferSize, "spec.buffering.bufferSize");
        if (b->buffers)
            size(b->buffers->size, "spec.buffering.buffers.size");
        if (b->busyBuffersSize)
            size(*b->busyBuffersSize, "spec.buffering.busyBuffersSize");
        // validateBusyBufferSizeRelationships
        if (b->busyBuffersSize) {
            if (const auto busy = parseNginxSize(*b->busyBuffersSize)) {
                const QString path = QStringLiteral("spec.buffering.busyBuffersSize");
                if (b->bufferSize) {
                    const auto buffer = parseNginxSize(*b->bufferSize);
                    if (buffer && *busy <= *buffer)
                        errors.push_back(
                            FieldError::invalid(path, jsonQuote(*b->busyBuffersSize),
                                                QStringLiteral("must be larger than bufferSize")));
                }
                if (b->buffers) {
                    if (const auto one = parseNginxSize(b->buffers->size)) {
                        const qint64 max = *one * b->buffers->number - *one;
                        if (*busy >= max)
                            errors.push_back(FieldError::invalid(
                                path, jsonQuote(*b->busyBuffersSize),
                                QStringLiteral(
                                    "must be less than the size of all proxy_buffers minus one buffer")));
                    }
                }
            }
        }
    }
    if (const auto &t = p.timeout) {
        duration(t->connect, "spec.timeout.connect");
        duration(t->read, "spec.timeout.read");
        duration(t->send, "spec.timeout.send");
    }
    if (!errors.empty())
        return {conditions::policyInvalid(aggregate(errors))};
    return {};
}

bool ProxySettingsHandler::conflicts(const Resource &ra, const Resource &rb) const
{
    const ProxySettingsPolicy &a = *ra.as<ProxySettingsPolicy>();
    const ProxySettingsPolicy &b = *rb.as<ProxySettingsPolicy>();
    if (a.buffering && b.buffering) {
        const ProxyBuffering &x = *a.buffering;
        const ProxyBuffering &y = *b.buffering;
        if (bothSet(x.disable, y.disable) || bothSet(x.bufferSize, y.bufferSize) ||
            bothSet(x.buffers, y.buffers) || bothSet(x.busyBuffersSize, y.busyBuffersSize))
            return true;
    }
    if (a.timeout && b.timeout) {
        const ProxyTimeout &x = *a.timeout;
        const ProxyTimeout &y = *b.timeout;
        return bothSet(x.connect, y.connect) || bothSet(x.read, y.read) || bothSet(x.send, y.send);
    }
    return false;
}

std::optional<IncludeFile> ProxySettingsHandler::generate(const Resource &policy, Context context) const
{
    if (context == Context::Main || context == Context::HttpShadow || context == Context::Server)
        return std::nullopt;
    const ProxySettingsPolicy &p = *policy.as<ProxySettingsPolicy>();
    IncludeFile f;
    f.path =
        includePath(QStringLiteral("ProxySettingsPolicy_%1_%2.conf").arg(policy.meta.ns, policy.meta.name));
    const auto line = [&](const QString &text, const char *field) {
        f.lines.push_back({text, refs(policy, QString::fromLatin1(field))});
    };
    if (const auto &b = p.buffering) {
        if (b->disable)
            line(QStringLiteral("proxy_buffering %1;").arg(*b->disable ? u"off" : u"on"),
                 "spec.buffering.disable");
        if (b->bufferSize)
            line(QStringLiteral("proxy_buffer_size %1;").arg(*b->bufferSize), "spec.buffering.bufferSize");
        if (b->buffers)
            line(QStringLiteral("proxy_buffers %1 %2;").arg(b->buffers->number).arg(b->buffers->size),
                 "spec.buffering.buffers");
        if (b->busyBuffersSize)
            line(QStringLiteral("proxy_busy_buffers_size %1;").arg(*b->busyBuffersSize),
                 "spec.buffering.busyBuffersSize");
    }
    if (const auto &t = p.timeout) {
        if (t->connect)
            line(QStringLiteral("proxy_connect_timeout %1;").arg(*t->connect), "spec.timeout.connect");
        if (t->read)
            line(QStringLiteral("proxy_read_timeout %1;").arg(*t->read), "spec.timeout.read");
        if (t->send)
            line(QStringLiteral("proxy_send_timeout %1;").arg(*t->send), "spec.timeout.send");
    }
    return f;
}

} // namespace gw::ngf
