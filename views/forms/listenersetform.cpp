// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/listenersetform.h"

#include "core/design.h"
#include "views/forms/formcontext.h"
#include "views/forms/listenerssection.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QVBoxLayout>
#include <algorithm>

namespace gw::views {

using yaml::Path;
using yaml::Value;
using Column = SequenceModel::Column;

ListenerSetForm::ListenerSetForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);

    // spec.parentRef: a Gateway (ParentGatewayReference; group and kind default to the Gateway's).
    QGroupBox *parentGroup = addGroup(tr("Parent Gateway"));
    QFormLayout *form = formLayout(parentGroup);
    addField(form, tr("&Gateway:"), Path::of("spec.parentRef.name"),
             FieldSpec::reference(ReferenceChoices::names(Kind::Gateway)));
    addField(form, tr("Na&mespace:"), Path::of("spec.parentRef.namespace"),
             FieldSpec::reference(ReferenceChoices::namespaces(), true));
    parentGroup->setToolTip(tr("The Gateway must allow ListenerSets from this namespace (its "
                               "spec.allowedListeners) for the listeners to be merged"));

    m_listeners = ListenersSection::add(this, [](const FormContext &c) {
                      const auto *ls = c.resource() ? c.resource()->as<ListenerSet>() : nullptr;
                      return ls ? &ls->listeners : nullptr;
                  }).list;
    finish();
}

} // namespace gw::views
