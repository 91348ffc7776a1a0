#include "ingest/importjob.h"
#include "sample/ctdcgenerator.h"
#include "sample/samplegenerator.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace waymark;
using ingest::ImportSummary;

namespace {
QString outcomeName(ImportSummary::Outcome o)
{
    switch (o) {
    case ImportSummary::Outcome::Imported:
        return QStringLiteral("imported");
    case ImportSummary::Outcome::AlreadyImported:
        return QStringLiteral("already-imported");
    case ImportSummary::Outcome::Rejected:
        return QStringLiteral("rejected");
    case ImportSummary::Outcome::Failed:
        return QStringLiteral("failed");
    case ImportSummary::Outcome::Canceled:
        return QStringLiteral("canceled");
    }
    return {};
}

/// Imports `input` into a workspace that already holds data, and checks that
/// nothing changed. Returns "outcome\nfirst error".
QString importBad(const QString& input, const QString& mapping)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.waymark"));
    auto ws = store::Workspace::open(path);
    if (!ws)
        return QStringLiteral("cannot open workspace");
    sample::CtdcGenerator::Options o;
    o.rows = 50;
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    sample::CtdcGenerator::write(good, o);
    Feedback fb;
    ingest::ImportJob::run(*ws.value(), good, {}, fb);
    const QString before = test::workspaceDigest(path);
    ingest::ImportOptions options;
    options.mapping = mapping;
    const ImportSummary s = ingest::ImportJob::run(*ws.value(), input, options, fb);
    if (test::workspaceDigest(path) != before)
        return QStringLiteral("the workspace changed");
    if (test::integrityCheck(path) != QLatin1String("ok"))
        return QStringLiteral("the workspace is damaged");
    const QString first = s.problems.isEmpty() ? s.error.toString() : s.problems.first().toString();
    return outcomeName(s.outcome) + QLatin1Char('\n') + first;
}
/// A good sample extract to damage.
QString sampleZip(const QTemporaryDir& dir)
{
    const QString zip = dir.filePath(QStringLiteral("x.zip"));
    sample::SampleGenerator::Options o;
    o.incidents = 2000;
    return sample::SampleGenerator::write(zip, o) ? zip : QString();
}
/// Zips the files of a folder, each under `prefix`, plus extra members as
/// (name, bytes): to build zips the generator would never write.
bool zipFolder(const QString& folder, const QString& zipPath, const QList<QPair<QString, QByteArray>>& extra)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QList<QPair<QString, QByteArray>> members;
    QDirIterator it(folder, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            return false;
        members.append({ QFileInfo(f.fileName()).fileName(), f.readAll() });
    }
    members += extra;
    for (const auto& [name, bytes] : std::as_const(members)) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || out.write(bytes) != bytes.size())
            return false;
        out.close();
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

/// A good sample extract as a folder, to change before zipping.
QString sampleFolder(const QTemporaryDir& dir)
{
    const QString folder = dir.filePath(QStringLiteral("extract"));
    sample::SampleGenerator::Options o;
    o.incidents = 200;
    return sample::SampleGenerator::write(folder, o) ? folder : QString();
}
} // namespace

class TestMalformed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void referenceCases_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QDir root(test::dataDir() + QStringLiteral("/malformed"));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 15);
        for (const QString& c : cases)
            QTest::newRow(qPrintable(c)) << root.filePath(c);
    }
    void referenceCases()
    {
        QFETCH(QString, caseDir);
        const QDir d(caseDir);
        const QString input = d.exists(QStringLiteral("input.csv")) ? d.filePath(QStringLiteral("input.csv"))
                                                                    : d.filePath(QStringLiteral("input"));
        const QString mapping
            = d.exists(QStringLiteral("mapping.json")) ? d.filePath(QStringLiteral("mapping.json")) : QString();
        const QString got = importBad(input, mapping);
        QFile f(d.filePath(QStringLiteral("expected.txt")));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("no expected.txt; this case gives:\n") + got));
        QCOMPARE(got, QString::fromUtf8(f.readAll()).trimmed());
    }

    void truncatedZip()
    {
        QTemporaryDir dir;
        const QString zip = sampleZip(dir);
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
        f.close();
        const QString got = importBad(zip, QString());
        QVERIFY2(got.startsWith(QLatin1String("failed\nx.zip: not a readable zip file")), qPrintable(got));
    }

    void damagedZipMember()
    {
        QTemporaryDir dir;
        const QString zip = sampleZip(dir);
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        // Flip bytes inside the compressed data of a member, away from the headers.
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 64; ++i)
            bytes[i] = char(bytes[i] ^ 0x5A);
        f.seek(0);
        f.write(bytes);
        f.close();
        const QString got = importBad(zip, QString());
        QVERIFY2(got.startsWith(QLatin1String("failed\nx.zip/")) || got.startsWith(QLatin1String("rejected\nx.zip/")),
            qPrintable(got));
    }

    void emptyZip()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("empty.zip"));
        test::writeFile(zip, QByteArray());
        QCOMPARE(importBad(zip, QString()), QStringLiteral("failed\nempty.zip: the zip file is empty"));
    }

    // Members are found by name wherever they sit in the zip: two of one name
    // would make the importer pick one silently.
    void ambiguousZip_data()
    {
        QTest::addColumn<QString>("member");
        QTest::newRow("in another folder") << QStringLiteral("b/incidents.csv");
        QTest::newRow("the same entry twice") << QStringLiteral("incidents.csv");
        QTest::newRow("another case") << QStringLiteral("INCIDENTS.CSV");
    }
    void ambiguousZip()
    {
        QFETCH(QString, member);
        QTemporaryDir dir;
        const QString folder = sampleFolder(dir);
        QVERIFY(!folder.isEmpty());
        const QString zip = dir.filePath(QStringLiteral("x.zip"));
        QVERIFY(zipFolder(folder, zip, { { member, QByteArray("incident_id,source_id\n") } }));
        const QString got = importBad(zip, QString());
        QVERIFY2(got.startsWith(QLatin1String("failed\nx.zip: the zip holds two members named ")), qPrintable(got));
        QVERIFY2(got.contains(member), qPrintable(got));
    }

    // A field over the size limit inside a zip member is named as such, not
    // as a damaged member ("zip error 0").
    void hugeFieldInZip()
    {
        QTemporaryDir dir;
        const QString folder = sampleFolder(dir);
        QVERIFY(!folder.isEmpty());
        QFile incidents(folder + QLatin1String("/incidents.csv"));
        QVERIFY(incidents.open(QIODevice::Append));
        incidents.write("I-huge," + QByteArray(3 << 20, 'x') + "\n");
        incidents.close();
        const QString zip = dir.filePath(QStringLiteral("x.zip"));
        QVERIFY(zipFolder(folder, zip, {}));
        const QString got = importBad(zip, QString());
        QVERIFY2(got.contains(QLatin1String("field is larger than 1048576 bytes")), qPrintable(got));
        QVERIFY2(!got.contains(QLatin1String("zip error")), qPrintable(got));
    }

    void hugeField()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("huge.csv"));
        test::writeFile(
            csv, "yearOfRegistration,gender\n2019,Man\n2019," + QByteArray(3 << 20, 'M') + "\n2020,Woman\n");
        QCOMPARE(
            importBad(csv, QString()), QStringLiteral("rejected\nhuge.csv:3:6: field is larger than 1048576 bytes"));
    }
};

QTEST_GUILESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
