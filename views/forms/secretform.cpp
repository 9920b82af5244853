// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/secretform.h"

#include "views/forms/formcontext.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>

namespace gw::views {

using yaml::Path;

SecretForm::SecretForm(FormContext *context, QWidget *parent)
    : ResourceForm(context, parent)
{
    addMetadata(false);
    QGroupBox *group = addGroup(tr("Secret"));
    QFormLayout *form = formLayout(group);
    FieldSpec type = FieldSpec::reference(
        ReferenceChoices::fixed({QStringLiteral("kubernetes.io/tls"), QStringLiteral("Opaque")}), true);
    type.defaultText = QStringLiteral("Opaque");
    addField(form, tr("&Type:"), Path::of("type"), type);
    form->addRow(tr("&Data:"), addMap(group, tr("data key"), Path::of("data")));
    form->addRow(tr("&String data:"), addMap(group, tr("string data key"), Path::of("stringData")));
    finish();
}

} // namespace gw::views
