// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace gw::nginx {

/**
 * A text with variables, as nginx compiles it (ngx_http_script_compile): literal bytes, `$name` /
 * `${name}` variables (names are case-insensitive and stored lowercased) and `$1`…`$9` regex captures.
 * Evaluating needs something that knows the variables; see RequestState.
 */
class ComplexValue
{
public:
    struct Part
    {
        enum Kind { Literal, Variable, Capture };
        Kind kind = Literal;
        QByteArray text; ///< the literal, or the lowercased variable name
        int capture = 0;
    };

    ComplexValue() = default;
    /** Compiles \a source; on a malformed variable returns false and sets \a error (nginx's wording). */
    bool compile(QByteArrayView source, QString *error = nullptr);
    static ComplexValue literalValue(const QByteArray &text);

    const std::vector<Part> &parts() const { return m_parts; }
    QByteArray source() const { return m_source; }
    bool isLiteral() const;
    /** True when the value is exactly one variable ("$host"). */
    bool isSingleVariable() const { return m_parts.size() == 1 && m_parts[0].kind == Part::Variable; }
    bool hasCaptures() const;

    /** Evaluates with \a resolver, called as resolver.variable(name) and resolver.capture(n). */
    template<typename Resolver>
    QByteArray evaluate(Resolver &resolver) const
    {
        if (m_parts.size() == 1 && m_parts[0].kind == Part::Literal)
            return m_parts[0].text;
        QByteArray out;
        for (const Part &p : m_parts) {
            switch (p.kind) {
            case Part::Literal:
                out += p.text;
                break;
            case Part::Variable:
                out += resolver.variable(p.text);
                break;
            case Part::Capture:
                out += resolver.capture(p.capture);
                break;
            }
        }
        return out;
    }

private:
    std::vector<Part> m_parts;
    QByteArray m_source;
};

} // namespace gw::nginx
