// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include "core/design.h"

#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QTreeWidget>

namespace gw {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gwstudio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gateway Studio"));
    QApplication::setApplicationVersion(QStringLiteral(GWSTUDIO_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("gwstudio.dev"));

    Design design;
    const QStringList files = QApplication::arguments().mid(1);
    for (const QString &file : files) {
        const auto result = design.openFile(file);
        if (!result.ok) {
            QStringList lines;
            for (const Diagnostic &d : result.diagnostics)
                lines << d.toString();
            QMessageBox::critical(nullptr, QApplication::translate("gw", "Cannot open %1").arg(file),
                                  lines.join(u'\n'));
        }
    }
    QMainWindow window;
    auto *tree = new QTreeWidget(&window);
    tree->setHeaderLabels({QApplication::translate("gw", "Resource")});
    for (const Resource *r : design.resources())
        tree->addTopLevelItem(new QTreeWidgetItem({r->displayName()}));
    window.setCentralWidget(tree);
    window.resize(1200, 800);
    window.show();
    return app.exec();
}

} // namespace gw
