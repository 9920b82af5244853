// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QGroupBox;

namespace gw::views {

class ResourceForm;

/**
 * The "Client certificates" group of the Gateway form: spec.tls.frontend, the validation of client
 * certificates on the HTTPS listeners (docs/ngf.md, "Frontend client certificates"). The default
 * validation (mode AllowValidOnly or AllowInsecureFallback, CA certificate ConfigMaps or Secrets), the
 * perPort entries as a list, and the CA certificates of the selected port below it. Every edit goes
 * through the form's FormContext, one undo command each.
 */
class FrontendTlsSection
{
    Q_DECLARE_TR_FUNCTIONS(gw::views::FrontendTlsSection)

public:
    static QGroupBox *add(ResourceForm *form);
};

} // namespace gw::views
