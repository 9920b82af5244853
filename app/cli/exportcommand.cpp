// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "core/design.h"
#include "core/designeditor.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::cli::ExportCommand)
};

struct SetSpec
{
    QString kind;
    QString ns;
    QString name;
    yaml::Path field;
    yaml::Value value;
};

std::optional<SetSpec> parseSet(const QString &spec, QString *error)
{
    const qsizetype colon = spec.indexOf(u':');
    const qsizetype equals = spec.indexOf(u'=', colon);
    if (colon < 0 || equals < 0) {
        *error = Tr::tr("expected KIND/[NAMESPACE/]NAME:FIELD=VALUE, got \"%1\"").arg(spec);
        return std::nullopt;
    }
    const QStringList object = spec.left(colon).split(u'/');
    if (object.size() < 2 || object.size() > 3 || object.contains(QString())) {
        *error = Tr::tr("expected KIND/[NAMESPACE/]NAME before the colon, got \"%1\"").arg(spec.left(colon));
        return std::nullopt;
    }
    SetSpec s;
    s.kind = object.front();
    s.ns = object.size() == 3 ? object[1] : QStringLiteral("default");
    s.name = object.back();
    const auto field = yaml::Path::parse(spec.mid(colon + 1, equals - colon - 1).toStdString());
    if (!field || field->isEmpty()) {
        *error = Tr::tr("malformed field path \"%1\"").arg(spec.mid(colon + 1, equals - colon - 1));
        return std::nullopt;
    }
    s.field = *field;
    const QString value = spec.mid(equals + 1);
    const bool quoted = value.size() >= 2 &&
        ((value.startsWith(u'"') && value.endsWith(u'"')) ||
         (value.startsWith(u'\'') && value.endsWith(u'\'')));
    s.value = quoted ? yaml::Value(value.mid(1, value.size() - 2)) : yaml::Value::raw(value.toStdString());
    return s;
}

} // namespace

ExportCommand::ExportCommand()
    : m_output({QStringLiteral("o"), QStringLiteral("output")},
               Tr::tr("Write to OUT instead of standard output."), Tr::tr("OUT"))
    , m_set(QStringLiteral("set"),
            Tr::tr("Change one field before writing, keeping everything else byte for byte "
                   "(e.g. Deployment/coffee:spec.replicas=3). Repeatable."),
            Tr::tr("KIND/[NS/]NAME:FIELD=VALUE"))
{ }

QString ExportCommand::summary() const
{
    return Tr::tr("Write the manifests kubectl-ready; unchanged documents byte-identical.");
}

void ExportCommand::setup(QCommandLineParser &parser)
{
    m_input.setup(parser, false);
    parser.addOption(m_output);
    parser.addOption(m_set);
}

int ExportCommand::run(const QCommandLineParser &parser, QTextStream &, QTextStream &err)
{
    Design design;
    if (!m_input.load(parser, design, err))
        return ExitUsage;
    DesignEditor editor(&design);
    for (const QString &spec : parser.values(m_set)) {
        QString error;
        const auto set = parseSet(spec, &error);
        if (!set) {
            err << QStringLiteral("gwstudio: --set: ") << error << Qt::endl;
            return ExitUsage;
        }
        const Resource *target = nullptr;
        for (const Resource *r : design.resources()) {
            if (r->kindName.compare(set->kind, Qt::CaseInsensitive) == 0 && r->meta.name == set->name &&
                (!isNamespaced(r->kind) || r->meta.ns == set->ns))
                target = r;
        }
        if (!target) {
            err << QStringLiteral("gwstudio: --set: ")
                << Tr::tr("no %1 named %2/%3 in the input").arg(set->kind, set->ns, set->name) << Qt::endl;
            return ExitUsage;
        }
        if (!editor.setField(target->id, set->field, set->value)) {
            err << QStringLiteral("gwstudio: --set: ") << target->displayName() << QStringLiteral(": ")
                << editor.lastError() << Qt::endl;
            return ExitUsage;
        }
    }
    return writeOutput(parser.value(m_output), design.exportText(), err) ? ExitOk : ExitUsage;
}

} // namespace gw::cli
