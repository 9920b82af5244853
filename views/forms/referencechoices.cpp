// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/referencechoices.h"

#include "core/design.h"
#include "views/forms/formcontext.h"

namespace gw::views {

namespace {

/** The resource of \a kind named by the `name`/`namespace` fields next to \a field. */
const Resource *siblingTarget(const FormContext &context, const yaml::Path &field, Kind kind)
{
    const Resource *self = context.resource();
    if (!self)
        return nullptr;
    const yaml::Path parent = field.parent();
    const QString name = context.scalar(parent / "name").value_or(QString());
    const QString ns = context.scalar(parent / "namespace").value_or(self->meta.ns);
    return context.design()->find(kind, ns, name);
}

} // namespace

ReferenceChoices::Suggest ReferenceChoices::names(Kind kind)
{
    return [kind](const FormContext &context, const yaml::Path &) {
        QStringList local;
        QStringList other;
        const Resource *self = context.resource();
        for (const Resource *r : context.design()->resources(kind)) {
            QStringList &list = self && r->meta.ns == self->meta.ns ? local : other;
            if (!list.contains(r->meta.name))
                list << r->meta.name;
        }
        for (const QString &name : std::as_const(other)) {
            if (!local.contains(name))
                local << name;
        }
        return local;
    };
}

ReferenceChoices::Suggest ReferenceChoices::listenersOfSiblingGateway()
{
    return [](const FormContext &context, const yaml::Path &field) {
        QStringList list;
        if (const Resource *gw = siblingTarget(context, field, Kind::Gateway)) {
            for (const Listener &l : gw->as<Gateway>()->listeners)
                list << l.name;
        }
        return list;
    };
}

ReferenceChoices::Suggest ReferenceChoices::portsOfSiblingService()
{
    return [](const FormContext &context, const yaml::Path &field) {
        QStringList list;
        if (const Resource *svc = siblingTarget(context, field, Kind::Service)) {
            for (const ServicePort &p : svc->as<Service>()->ports)
                list << QString::number(p.port);
        }
        return list;
    };
}

ReferenceChoices::Suggest ReferenceChoices::namespaces()
{
    return [](const FormContext &context, const yaml::Path &) {
        QStringList list;
        for (const Resource *r : context.design()->resources()) {
            if (isNamespaced(r->kind) && !list.contains(r->meta.ns))
                list << r->meta.ns;
        }
        if (!list.contains(QStringLiteral("default")))
            list.prepend(QStringLiteral("default"));
        return list;
    };
}

ReferenceChoices::Suggest ReferenceChoices::fixed(const QStringList &values)
{
    return [values](const FormContext &, const yaml::Path &) { return values; };
}

} // namespace gw::views
