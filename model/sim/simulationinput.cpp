// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/simulationinput.h"

#include "core/design.h"

namespace gw::sim {

SimulationInput SimulationInput::fromDesign(const Design &design, const ngf::Profile &profile)
{
    SimulationInput input;
    input.profile = profile;
    for (int i = 0; i < design.fileCount(); ++i)
        input.files.push_back({design.file(i).path, design.fileText(i)});
    return input;
}

std::shared_ptr<Design> SimulationInput::makeDesign(const QByteArray &extra, Diagnostics *diagnostics) const
{
    auto design = std::make_shared<Design>();
    bool ok = true;
    const auto add = [&](const QByteArray &text, const QString &path) {
        Design::LoadResult r = design->addFile(text, path);
        if (diagnostics)
            diagnostics->insert(diagnostics->end(), r.diagnostics.begin(), r.diagnostics.end());
        ok = ok && r.ok;
    };
    for (const File &f : files)
        add(f.text, f.path);
    if (!extra.isEmpty())
        add(extra, QStringLiteral("<simulated endpoints>"));
    return ok ? design : nullptr;
}

} // namespace gw::sim
