// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fielddescription.h"

#include "core/design.h"
#include "yaml/node.h"

#include <QCoreApplication>

namespace gw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::FieldDescription)
};

struct Word
{
    const char *key;
    const char *text;
};

// One item of a list, by the list's key.
constexpr Word items[] = {
    {"rules", QT_TRANSLATE_NOOP("gw::FieldDescription", "rule")},
    {"matches", QT_TRANSLATE_NOOP("gw::FieldDescription", "match")},
    {"backendRefs", QT_TRANSLATE_NOOP("gw::FieldDescription", "backend")},
    {"parentRefs", QT_TRANSLATE_NOOP("gw::FieldDescription", "parent")},
    {"hostnames", QT_TRANSLATE_NOOP("gw::FieldDescription", "hostname")},
    {"headers", QT_TRANSLATE_NOOP("gw::FieldDescription", "header")},
    {"queryParams", QT_TRANSLATE_NOOP("gw::FieldDescription", "query parameter")},
    {"filters", QT_TRANSLATE_NOOP("gw::FieldDescription", "filter")},
    {"listeners", QT_TRANSLATE_NOOP("gw::FieldDescription", "listener")},
    {"certificateRefs", QT_TRANSLATE_NOOP("gw::FieldDescription", "certificate")},
    {"addresses", QT_TRANSLATE_NOOP("gw::FieldDescription", "address")},
    {"kinds", QT_TRANSLATE_NOOP("gw::FieldDescription", "route kind")},
    {"ports", QT_TRANSLATE_NOOP("gw::FieldDescription", "port")},
    {"containers", QT_TRANSLATE_NOOP("gw::FieldDescription", "container")},
    {"endpoints", QT_TRANSLATE_NOOP("gw::FieldDescription", "endpoint")},
    {"targetRefs", QT_TRANSLATE_NOOP("gw::FieldDescription", "target")},
    {"from", QT_TRANSLATE_NOOP("gw::FieldDescription", "source")},
    {"to", QT_TRANSLATE_NOOP("gw::FieldDescription", "destination")},
    {"set", QT_TRANSLATE_NOOP("gw::FieldDescription", "header to set")},
    {"add", QT_TRANSLATE_NOOP("gw::FieldDescription", "header to add")},
    {"remove", QT_TRANSLATE_NOOP("gw::FieldDescription", "header to remove")},
    {"trustedAddresses", QT_TRANSLATE_NOOP("gw::FieldDescription", "trusted address")},
};

// Keys whose camel case does not say it well enough; "parent.key" entries win over "key".
constexpr Word keys[] = {
    {"sessionPersistence.sessionName", QT_TRANSLATE_NOOP("gw::FieldDescription", "cookie name")},
    {"sessionPersistence.type", QT_TRANSLATE_NOOP("gw::FieldDescription", "session persistence type")},
    {"sessionPersistence.absoluteTimeout", QT_TRANSLATE_NOOP("gw::FieldDescription", "session timeout")},
    {"sessionPersistence.idleTimeout", QT_TRANSLATE_NOOP("gw::FieldDescription", "session idle timeout")},
    {"sessionPersistence", QT_TRANSLATE_NOOP("gw::FieldDescription", "session persistence")},
    {"cookieConfig.lifetimeType", QT_TRANSLATE_NOOP("gw::FieldDescription", "cookie lifetime")},
    {"path.value", QT_TRANSLATE_NOOP("gw::FieldDescription", "path")},
    {"path.type", QT_TRANSLATE_NOOP("gw::FieldDescription", "path type")},
    {"method.service", QT_TRANSLATE_NOOP("gw::FieldDescription", "gRPC service")},
    {"method.method", QT_TRANSLATE_NOOP("gw::FieldDescription", "gRPC method")},
    {"method.type", QT_TRANSLATE_NOOP("gw::FieldDescription", "method match type")},
    {"timeouts.request", QT_TRANSLATE_NOOP("gw::FieldDescription", "request timeout")},
    {"timeouts.backendRequest", QT_TRANSLATE_NOOP("gw::FieldDescription", "backend request timeout")},
    {"metadata.name", QT_TRANSLATE_NOOP("gw::FieldDescription", "name")},
    {"metadata.namespace", QT_TRANSLATE_NOOP("gw::FieldDescription", "namespace")},
    {"sectionName", QT_TRANSLATE_NOOP("gw::FieldDescription", "listener")},
    {"gatewayClassName", QT_TRANSLATE_NOOP("gw::FieldDescription", "GatewayClass")},
    {"loadBalancingMethod", QT_TRANSLATE_NOOP("gw::FieldDescription", "load-balancing method")},
    {"hashMethodKey", QT_TRANSLATE_NOOP("gw::FieldDescription", "hash key")},
    {"targetPort", QT_TRANSLATE_NOOP("gw::FieldDescription", "target port")},
    {"containerPort", QT_TRANSLATE_NOOP("gw::FieldDescription", "container port")},
    {"replicas", QT_TRANSLATE_NOOP("gw::FieldDescription", "replicas")},
    {"hostname", QT_TRANSLATE_NOOP("gw::FieldDescription", "hostname")},
};

QString lookup(const Word *begin, const Word *end, std::string_view key)
{
    for (const Word *w = begin; w != end; ++w) {
        if (key == w->key)
            return QCoreApplication::translate("gw::FieldDescription", w->text);
    }
    return {};
}

/** "backendRequest" -> "backend request", "tls.crt" stays as it is. */
QString spellOut(const std::string &key)
{
    const QString k = QString::fromStdString(key);
    if (k.contains(u'.') || k.contains(u'/') || k.contains(u'-'))
        return k;
    QString out;
    for (int i = 0; i < k.size(); ++i) {
        const QChar c = k[i];
        const bool boundary = c.isUpper() && i > 0 && !(k[i - 1].isUpper());
        if (boundary)
            out += u' ';
        // Keep acronyms ("HTTP", "IP") as they are.
        const bool acronym =
            c.isUpper() && ((i + 1 < k.size() && k[i + 1].isUpper()) || (i > 0 && k[i - 1].isUpper()));
        out += acronym ? c : c.toLower();
    }
    return out;
}

/** The name written at \a item, when it is a mapping with a scalar name. */
QString nameAt(const yaml::Node *item)
{
    const yaml::Node *name = item && item->isMapping() ? item->get("name") : nullptr;
    return name && name->isScalar() && !name->value.empty() ? QString::fromStdString(name->value) : QString();
}

/** The key just before segment \a i that is a key, or "". */
std::string parentKey(const yaml::Path &path, int i)
{
    for (int j = i - 1; j >= 0; --j) {
        if (!path.at(j).isIndex())
            return path.at(j).key;
    }
    return {};
}

struct Parts
{
    QString leaf; ///< "cookie name", "hostname 2", or empty for the whole resource
    QStringList context; ///< "rule 1", "match 2"
};

Parts split(const Design &design, const Resource &resource, const yaml::Path &field)
{
    Parts parts;
    const DesignDocument *doc = design.document(resource.document);
    const yaml::Document *yaml = doc ? doc->yaml.get() : nullptr;
    // The last list item in the path ends the context; what follows it is the leaf.
    int lastIndex = -1;
    for (int i = 0; i < field.size(); ++i) {
        if (field.at(i).isIndex())
            lastIndex = i;
    }
    for (int i = 0; i < field.size(); ++i) {
        const yaml::Path::Segment &s = field.at(i);
        if (!s.isIndex())
            continue;
        const std::string list = i > 0 && !field.at(i - 1).isIndex() ? field.at(i - 1).key : std::string();
        QString item = FieldDescription::itemWord(list);
        const QString name = yaml ? nameAt(yaml->find(resource.basePath + field.left(i + 1))) : QString();
        item += u' ' + (name.isEmpty() ? QString::number(s.index + 1) : name);
        if (i == field.size() - 1)
            parts.leaf = item; // the item itself: "hostname 2"
        else
            parts.context << item;
    }
    if (lastIndex < field.size() - 1) {
        const yaml::Path tail = field.mid(lastIndex + 1);
        std::string parent = lastIndex >= 0 ? parentKey(field, lastIndex + 1) : std::string();
        const int last = tail.size() - 1;
        const std::string before = last > 0 ? tail.at(last - 1).key : parent;
        QString words = FieldDescription::keyWords(before, tail.at(last).key);
        if (words.isEmpty())
            words = spellOut(tail.at(last).key);
        // A key under a label or selector mapping is a label's name: "label app".
        if (before == "labels" || before == "matchLabels")
            words = Tr::tr("label %1").arg(QString::fromStdString(tail.at(last).key));
        else if (before == "selector")
            words = Tr::tr("selector %1").arg(QString::fromStdString(tail.at(last).key));
        else if (before == "annotations")
            words = Tr::tr("annotation %1").arg(QString::fromStdString(tail.at(last).key));
        parts.leaf = words;
    }
    return parts;
}

QString joined(const Resource &resource, const Parts &parts)
{
    QString s = resource.meta.name;
    if (!parts.context.isEmpty())
        s += QStringLiteral(", ") + parts.context.join(QStringLiteral(", "));
    return s;
}

} // namespace

QString FieldDescription::itemWord(const std::string &key)
{
    const QString w = lookup(std::begin(items), std::end(items), key);
    return w.isEmpty() ? Tr::tr("item") : w;
}

QString FieldDescription::keyWords(const std::string &parent, const std::string &key)
{
    if (!parent.empty()) {
        const QString w = lookup(std::begin(keys), std::end(keys), parent + '.' + key);
        if (!w.isEmpty())
            return w;
    }
    return lookup(std::begin(keys), std::end(keys), key);
}

QString FieldDescription::describe(const Design &design, const Resource &resource, const yaml::Path &field)
{
    const Parts parts = split(design, resource, field);
    if (parts.leaf.isEmpty())
        return joined(resource, parts);
    return Tr::tr("%1 of %2").arg(parts.leaf, joined(resource, parts));
}

QString FieldDescription::change(const Design &design, const Resource &resource, const yaml::Path &field)
{
    return Tr::tr("Change %1").arg(describe(design, resource, field));
}

QString FieldDescription::remove(const Design &design, const Resource &resource, const yaml::Path &field)
{
    return Tr::tr("Remove %1").arg(describe(design, resource, field));
}

QString FieldDescription::add(const Design &design, const Resource &resource, const yaml::Path &sequence)
{
    const Parts parts = split(design, resource, sequence);
    const std::string list =
        sequence.isEmpty() || sequence.last().isIndex() ? std::string() : sequence.last().key;
    return Tr::tr("Add %1 to %2").arg(itemWord(list), joined(resource, parts));
}

QString FieldDescription::reorder(const Design &design, const Resource &resource, const yaml::Path &sequence)
{
    const Parts parts = split(design, resource, sequence);
    return Tr::tr("Reorder %1 of %2")
        .arg(parts.leaf.isEmpty() ? Tr::tr("items") : parts.leaf, joined(resource, parts));
}

} // namespace gw
