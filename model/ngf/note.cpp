// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/note.h"

#include "core/design.h"

namespace gw::ngf {

Diagnostic note(const Design &design, const Resource &resource, const QString &field, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.resource = resource.displayName();
    d.field = field;
    d.message = message;
    if (const DesignDocument *doc = design.document(resource.document); doc && doc->yaml) {
        const yaml::Path path =
            resource.basePath + yaml::Path::parse(field.toStdString()).value_or(yaml::Path());
        // The field, or the closest written parent (a list item may be addressed by index).
        for (yaml::Path p = path;; p = p.parent()) {
            if (const yaml::Node *node = doc->yaml->find(p)) {
                d.location = doc->yaml->location(node);
                break;
            }
            if (p.isEmpty())
                break;
        }
    }
    return d;
}

} // namespace gw::ngf
