// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Replays the fuzz_nginxconf seed corpus and every input the fuzzer found (tests/fuzz/regressions/nginxconf)
// through the same check as the harness, so that the normal test run keeps them fixed.
#include "nginxfuzzcheck.h"

#include <QDir>
#include <QFile>
#include <QTest>

class tst_NginxFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void tst_NginxFuzz::replay_data()
{
    QTest::addColumn<QString>("path");
    for (const char *dir : {"corpus/nginxconf", "regressions/nginxconf"}) {
        const QDir d(QStringLiteral(GW_FUZZ_DIR "/") + QLatin1String(dir));
        const QStringList names = d.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString path = d.filePath(name);
            QTest::newRow(qPrintable(QLatin1String(dir) + u'/' + name)) << path;
        }
    }
}

void tst_NginxFuzz::replay()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    gw::nginx::test::checkNginxInput(f.readAll());
}

QTEST_GUILESS_MAIN(tst_NginxFuzz)
#include "tst_nginxfuzz.moc"
