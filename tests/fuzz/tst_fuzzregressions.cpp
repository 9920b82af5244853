// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzzers' seed corpora and every input they ever found a problem with, through the same
// checks the fuzzers run (fuzzchecks.h), so that the normal test run keeps them fixed.
#include "fuzzchecks.h"

#include <QDir>
#include <QFile>
#include <QTest>

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void import_data() { addFiles({QStringLiteral("corpus/import"), QStringLiteral("regressions/import")}); }
    void import() { run(&gw::fuzz::checkImport); }
    void editor_data() { addFiles({QStringLiteral("corpus/editor"), QStringLiteral("regressions/editor")}); }
    void editor() { run(&gw::fuzz::checkEditor); }
    /** The same inputs without the Editor's self-check: the raw edits are right too. */
    void editorRaw_data() { editor_data(); }
    void editorRaw()
    {
        struct Raw
        {
            Raw() { gw::fuzz::setRawEditor(true); }
            ~Raw() { gw::fuzz::setRawEditor(false); }
        } raw;
        run(&gw::fuzz::checkEditor);
    }

private:
    static void addFiles(const QStringList &dirs)
    {
        QTest::addColumn<QString>("file");
        int count = 0;
        for (const QString &sub : dirs) {
            const QDir dir(QStringLiteral(GW_FUZZ_DIR "/") + sub);
            const QStringList names = dir.entryList(QDir::Files, QDir::Name);
            for (const QString &name : names) {
                QTest::newRow(qPrintable(sub + u'/' + name)) << dir.filePath(name);
                ++count;
            }
        }
        QVERIFY2(count > 0, "no inputs found");
    }

    static void run(std::string (*check)(const std::uint8_t *, std::size_t))
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        const std::string problem =
            check(reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size()));
        QVERIFY2(problem.empty(), problem.c_str());
    }
};

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
