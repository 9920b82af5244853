// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A small stand-in for NGF's httpmatches.js, written for Gateway Studio's nginx tests: it exports
// the `redirect` handler NGF's configuration names and follows the semantics of NGF's
// internal/controller/nginx/modules/src/httpmatches.js: the list under $match_key is tried in order, the
// first entry whose method, headers and
// query parameters fit wins, and the request is redirected internally to its redirectPath with
// the query string kept; no match gives 404, a broken list gives 500.

// Entries are "name<sep>Exact|RegularExpression<sep>value"; the value may contain the separator.
function conditionsHold(conditions, separator, lookup) {
    for (let i = 0; i < conditions.length; i++) {
        const parts = conditions[i].split(separator);
        const actual = lookup(parts[0]);
        const value = parts.slice(2).join(separator);
        if (actual === undefined) {
            return false;
        }
        if (parts[1] === 'RegularExpression' ? !new RegExp(value).test(actual) : actual !== value) {
            return false;
        }
    }
    return true;
}

function fits(r, m) {
    if (m.any) {
        return true;
    }
    if (m.method && m.method !== r.method) {
        return false;
    }
    return conditionsHold(m.headers || [], ':', (name) => r.headersIn[name]) &&
        conditionsHold(m.params || [], '=', (name) => r.args[name]);
}

function redirect(r) {
    const list = matches[r.variables.match_key];
    if (!Array.isArray(list)) {
        r.return(500);
        return;
    }
    for (let i = 0; i < list.length; i++) {
        if (fits(r, list[i])) {
            const args = r.variables.args;
            r.internalRedirect(args ? list[i].redirectPath + '?' + args : list[i].redirectPath);
            return;
        }
    }
    r.return(404);
}

export default { redirect };
