// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"
#include "ngf/generatedfile.h"

namespace gw::ngf {

/**
 * Prints a Configuration as the files NGF writes (NGF internal/controller/nginx/config/generator.go
 * getExecuteFuncs): the static nginx.conf, the main and
 * events includes, conf.d/http.conf (base http section, servers, upstreams, split_clients, maps),
 * conf.d/matches.json, conf.d/plus-api.conf on Plus and stream-conf.d/stream.conf. Every line
 * carries its sources. Output is NGF's text without the blank lines its templates leave (the
 * canonical form the golden cases' fragments.conf use), so it compares line for line with them.
 */
class ConfigRenderer
{
public:
    /** All files, in the order `nginx -T` lists them (see docs/ngf.md). */
    static std::vector<GeneratedFile> render(const Configuration &config);

    static GeneratedFile nginxConf(const Profile &profile);
    static GeneratedFile httpConf(const Configuration &config);
    static GeneratedFile matchesJson(const Configuration &config);
    static GeneratedFile streamConf(const Configuration &config);

    /** The `nginx -T` listing: `# configuration file PATH:` + content + newline, per file. */
    static QString nginxT(const std::vector<GeneratedFile> &files);

private:
    /** Appends the include files (snippets, policies) the last of \a files includes. */
    static void includedFiles(std::vector<GeneratedFile> &files, const Configuration &config);
    static void baseHttp(FileWriter &w, const Configuration &config);
    static void server(FileWriter &w, const Configuration &config, const VirtualServer &s, bool first);
    static void realIp(FileWriter &w, const Configuration &config);
    static void sslSettings(FileWriter &w, const VirtualServer &s);
    static void listen(FileWriter &w, const Configuration &config, const VirtualServer &s,
                       const QString &suffix);
};

} // namespace gw::ngf
