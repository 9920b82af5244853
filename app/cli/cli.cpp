// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "dispatch.h"
#include "exportcommand.h"
#include "migratecommand.h"
#include "probecommand.h"
#include "rendercommand.h"
#include "sandboxcommand.h"
#include "simulatecommand.h"
#include "statuscommand.h"
#include "subcommand.h"

#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QTextStream>

#include <memory>
#include <vector>

namespace gw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::cli)
};

std::vector<std::unique_ptr<Subcommand>> makeSubcommands()
{
    std::vector<std::unique_ptr<Subcommand>> list;
    list.push_back(std::make_unique<RenderCommand>());
    list.push_back(std::make_unique<StatusCommand>());
    list.push_back(std::make_unique<ExportCommand>());
    list.push_back(std::make_unique<SimulateCommand>());
    list.push_back(std::make_unique<MigrateCommand>());
    list.push_back(std::make_unique<SandboxCommand>());
    list.push_back(std::make_unique<ProbeCommand>());
    return list;
}

QStringList argumentList(int argc, char **argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

QStringList namesOf(const std::vector<std::unique_ptr<Subcommand>> &subcommands)
{
    QStringList names;
    for (const auto &s : subcommands)
        names << s->name();
    return names;
}

void printSubcommands(QTextStream &out, const std::vector<std::unique_ptr<Subcommand>> &subcommands)
{
    for (const auto &s : subcommands)
        out << QStringLiteral("  %1  %2").arg(s->name(), -9).arg(s->summary()) << u'\n';
}

void printGeneralHelp(QTextStream &out, const std::vector<std::unique_ptr<Subcommand>> &subcommands)
{
    out << Tr::tr("Usage: gwstudio [FILE...]") << u'\n'
        << Tr::tr("       gwstudio SUBCOMMAND [OPTIONS] FILE...") << QStringLiteral("\n\n")
        << Tr::tr("Gateway Studio designs Gateway API routing for NGINX Gateway Fabric, previews the nginx "
                  "configuration and status NGF would produce, and simulates which Pod each client reaches.")
        << QStringLiteral("\n\n") << Tr::tr("Without a subcommand, opens the editor on the given manifests.")
        << QStringLiteral("\n\n") << Tr::tr("Subcommands (they never open a window):") << u'\n';
    printSubcommands(out, subcommands);
    out << u'\n' << Tr::tr("Run \"gwstudio SUBCOMMAND --help\" for the options of a subcommand.") << u'\n'
        << Tr::tr("Exit codes: 0 success, 1 the input is valid but has problems, 2 usage or input errors.")
        << u'\n';
}

} // namespace

bool isHeadless(int argc, char **argv)
{
    const QStringList args = argumentList(argc, argv);
    return classify(args, namesOf(makeSubcommands()), hasDisplay(args)) != Request::Editor;
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gwstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GWSTUDIO_VERSION));
    // The same catalogs as the editor, by the user's locale (GWSTUDIO_LANGUAGE, else LC_ALL,
    // LC_MESSAGES, LANG); the editor's View > Language choice is the editor's own. Without a
    // catalog for the language the English one resolves the "%n item(s)" plurals.
    LanguageManager languages;
    languages.install(LanguageManager::preferredLocale());
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = QCoreApplication::arguments();
    auto subcommands = makeSubcommands();
    const QString first = args.value(1);
    switch (classify(args, namesOf(subcommands), hasDisplay(args))) {
    case Request::EditorWithoutDisplay:
        err << Tr::tr("gwstudio: the editor needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY "
                      "are not set).")
            << u'\n' << Tr::tr("These subcommands work without one:") << u'\n';
        printSubcommands(err, subcommands);
        err << Tr::tr("Run \"gwstudio --help\" for more.") << Qt::endl;
        return ExitUsage;
    case Request::UnknownSubcommand:
        err << Tr::tr("gwstudio: unknown subcommand \"%1\"; the subcommands are:").arg(first) << u'\n';
        printSubcommands(err, subcommands);
        err << Tr::tr("To open a file of that name in the editor, write it as ./%1").arg(first) << Qt::endl;
        return ExitUsage;
    case Request::MissingFile:
        err << Tr::tr("gwstudio: %1: no such file").arg(first) << Qt::endl;
        return ExitUsage;
    case Request::Subcommand:
    case Request::Information:
    case Request::Editor:
        break;
    }
    if (first == u"--version" || first == u"-v") {
        out << QStringLiteral("gwstudio %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitOk;
    }
    if (first == u"--help" || first == u"-h") {
        printGeneralHelp(out, subcommands);
        return ExitOk;
    }
    for (const auto &sub : subcommands) {
        if (sub->name() != first)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(sub->summary());
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        const QCommandLineOption help = parser.addHelpOption();
        sub->setup(parser);
        QStringList subArgs = args;
        subArgs.removeAt(1);
        subArgs[0] = QStringLiteral("gwstudio ") + sub->name();
        if (!parser.parse(subArgs)) {
            err << QStringLiteral("gwstudio %1: ").arg(sub->name()) << parser.errorText() << Qt::endl;
            return ExitUsage;
        }
        if (parser.isSet(help)) {
            // QCommandLineParser names the executable path; name the subcommand instead.
            QString help = parser.helpText();
            const qsizetype firstSpace = help.indexOf(u' ', help.indexOf(u':') + 2);
            help.replace(help.indexOf(u':') + 2, firstSpace - help.indexOf(u':') - 2,
                         QStringLiteral("gwstudio ") + sub->name());
            out << help;
            return ExitOk;
        }
        return sub->run(parser, out, err);
    }
    err << Tr::tr("gwstudio: the subcommand \"%1\" is not available in this build").arg(first) << Qt::endl;
    return ExitUsage;
}

} // namespace gw::cli
