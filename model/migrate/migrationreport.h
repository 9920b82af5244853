// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace gw::migrate {

/**
 * What `gwstudio migrate` says about each annotation (and each other thing it had to change) of the
 * Ingresses it converted: converted exactly, converted with a difference a user will notice, or
 * not convertible, with the reason.
 */
class MigrationReport
{
public:
    enum class Status { Converted, Difference, NotConvertible };

    /** A resource of the converted design a line concerns (a Gateway listener: \c section). */
    struct ResourceRef
    {
        QString kind; ///< "RateLimitPolicy", "HTTPRoute", "Gateway", ...
        QString ns;
        QString name;
        QString section; ///< the listener of a Gateway, else empty

        bool operator==(const ResourceRef &) const = default;
    };

    struct Line
    {
        Status status = Status::Converted;
        QString ingress; ///< "ns/name"
        QString annotation; ///< without the prefix, or a field such as "spec.rules[0].http.paths[1]"
        QString value; ///< as written
        QString message; ///< what was emitted, what differs or why nothing was
        /** What the item produced (the policy, filter, Secret, route or listener), in the order made;
         *  empty when it produced nothing. */
        std::vector<ResourceRef> resources;
    };

    void add(Status status, const QString &ingress, const QString &annotation, const QString &value,
             const QString &message);
    void converted(const QString &ingress, const QString &annotation, const QString &value,
                   const QString &message)
    {
        add(Status::Converted, ingress, annotation, value, message);
    }
    void difference(const QString &ingress, const QString &annotation, const QString &value,
                    const QString &message)
    {
        add(Status::Difference, ingress, annotation, value, message);
    }
    void notConvertible(const QString &ingress, const QString &annotation, const QString &value,
                        const QString &message)
    {
        add(Status::NotConvertible, ingress, annotation, value, message);
    }

    const std::vector<Line> &lines() const { return m_lines; }
    /** The number of lines so far: a mark for link(). */
    size_t size() const { return m_lines.size(); }
    /**
     * Links the lines [\a first, \a last) (last -1: to the end) that converted, exactly or with a
     * difference, to \a resource, once each. Not convertible lines produced nothing and stay unlinked.
     */
    void link(size_t first, const ResourceRef &resource, size_t last = size_t(-1));
    /** Links the lines of \a ingress about \a annotation (not the not convertible ones) to \a resource. */
    void link(const QString &ingress, const QString &annotation, const ResourceRef &resource);
    int count(Status status) const;
    /** 0 when everything converted exactly, 1 when there are differences or unconvertible items. */
    int exitCode() const;

    /** One line per item ("ns/name: annotation: status: message") and a summary. */
    QString toText() const;
    /** {"summary": {...}, "lines": [{ingress, annotation, value, status, message,
     *  resources: [{kind, namespace, name[, sectionName]}]}]} */
    QByteArray toJson() const;

    static QString statusName(Status status); ///< converted, difference, not-convertible (JSON, stable)
    static QString statusText(Status status); ///< translated

private:
    std::vector<Line> m_lines;
};

} // namespace gw::migrate
