// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace gw::ngf {

/**
 * NGF's validators for values that end up in the nginx configuration (its
 * `nginx/config/validation` package and the hostname checks of the graph). Each returns the
 * detail text NGF puts after `<field>: Invalid value: <v>: `, or an empty string when the value is
 * accepted. These are what keeps hostile values out of the generated text: a value is only ever
 * printed after one of these accepted it.
 */
namespace validation {

/** Listener and route hostnames: DNS-1123 subdomain, or `*.` + subdomain. */
QString hostname(const QString &hostname);
/** Exact and PathPrefix match paths (`/[^\s{};]*`, not empty). */
QString pathInMatch(const QString &path);
/** RegularExpression match paths: like pathInMatch, and the expression must compile. */
QString pathInRegexMatch(const QString &path);
/** Paths in filters (redirect and rewrite): `/[^\s{};]*` or empty, and no `$`. */
QString filterPath(const QString &path);
/** Header names in matches (k8s IsHTTPHeaderName) and the njs non-empty rule. */
QString headerNameInMatch(const QString &name);
/** Header values, query names and values in matches: not empty, not only whitespace. */
QString njsMatchPart(const QString &value);
/** The methods nginx can match (sorted, as NGF lists them). */
QStringList supportedMethods();
/** Header names in header modifiers: length, token characters, not Host/Connection/Upgrade. */
QString filterHeaderName(const QString &name);
/** Header values in header modifiers: escaped quotes and no `$`, or one nginx variable. */
QString filterHeaderValue(const QString &value);
/** Hostnames in redirect and rewrite filters: escaped quotes and no `$`. */
QString filterHostname(const QString &hostname);
/** `^[0-9]{1,4}(ms|s|m|h)?$` (USP keepAlive time and timeout). */
QString nginxDuration(const QString &value);
/** `^\d{1,4}(k|m|g)?$` (USP zoneSize). */
QString nginxSize(const QString &value);
/** `$name` or `${name}` with lowercase letters and underscores (USP hashMethodKey). */
QString nginxVariable(const QString &value);

/** k8s IsDNS1123Subdomain: its messages (length, then form), empty when valid. */
QStringList dns1123Subdomain(const QString &value);
/** An IPv4 or IPv6 address as k8s IsValidIP accepts it (leading zeros in IPv4 allowed). */
bool isIpAddress(const QString &value);
/** An address/prefix as k8s IsValidCIDR accepts it. */
bool isCidr(const QString &value);
/** `[a-zA-Z0-9_-]+` (NginxProxy telemetry.serviceName). */
QString serviceName(const QString &value);
/** An OTLP endpoint: host[:port] with an optional `http://` (NginxProxy telemetry.exporter.endpoint). */
QString telemetryEndpoint(const QString &value);
/** A value NGF puts between double quotes without variable expansion (span attributes). */
QString escapedStringNoVarExpansion(const QString &value, const QStringList &examples = {});
/** A value NGF puts between double quotes (custom serverTokens on Plus). */
QString escapedString(const QString &value, const QStringList &examples);
/** A value NGF puts between single quotes (the access log format). */
QString singleQuotedString(const QString &value, const QStringList &examples);

/**
 * Converts a Gateway API duration to the NGINX form NGF writes in `expires=`
 * (NGF nginx/config/validation/common.go HTTPDurationValidator). On failure returns nothing and sets \a
 * error.
 */
std::optional<QString> convertDuration(const QString &value, QString *error);

/**
 * Parses a Go duration (time.ParseDuration) into nanoseconds. On failure returns nothing and sets
 * \a error to Go's message (`time: invalid duration "x"`).
 */
std::optional<qint64> parseGoDuration(const QString &value, QString *error);

/**
 * A cookie name nginx can take as a bare `sticky cookie` parameter: an RFC 6265 token without
 * characters that end an nginx token. NGF itself does not check sessionName (see docs/ngf.md).
 */
QString cookieName(const QString &name);

} // namespace validation
} // namespace gw::ngf
