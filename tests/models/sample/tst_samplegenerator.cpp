#include "sample/ctdcgenerator.h"
#include "sample/samplegenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {
QByteArray hashFolder(const QString& dir)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        QFile f(QDir(dir).filePath(name));
        f.open(QIODevice::ReadOnly);
        h.addData(name.toUtf8());
        h.addData(f.readAll());
    }
    return h.result().toHex();
}
} // namespace

class TestSampleGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deterministic()
    {
        QTemporaryDir dir;
        sample::SampleGenerator::Options o;
        o.incidents = 800;
        o.seed = 42;
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("a")), o));
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("b")), o));
        o.seed = 43;
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("c")), o));
        QCOMPARE(hashFolder(dir.filePath(QStringLiteral("a"))), hashFolder(dir.filePath(QStringLiteral("b"))));
        QVERIFY(hashFolder(dir.filePath(QStringLiteral("a"))) != hashFolder(dir.filePath(QStringLiteral("c"))));
        // Zips of the same options are byte for byte the same, so their hashes match.
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("z1.zip")), o));
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("z2.zip")), o));
        QFile z1(dir.filePath(QStringLiteral("z1.zip"))), z2(dir.filePath(QStringLiteral("z2.zip")));
        QVERIFY(z1.open(QIODevice::ReadOnly) && z2.open(QIODevice::ReadOnly));
        QCOMPARE(z1.readAll(), z2.readAll());
    }
    void plantsBehaviourAndLabels()
    {
        QTemporaryDir dir;
        sample::SampleGenerator::Options o;
        o.incidents = 1000;
        const auto n = sample::SampleGenerator::write(dir.filePath(QStringLiteral("x")), o);
        QVERIFY(n);
        QCOMPARE(n->incidents, 1000);
        QVERIFY(n->planted >= 6);
        QVERIFY(n->accounts > n->planted * 5);
        QFile labels(sample::SampleGenerator::labelsPathFor(dir.filePath(QStringLiteral("x"))));
        QVERIFY(labels.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = labels.readAll().trimmed().split('\n');
        QCOMPARE(lines.size() - 1, int(n->accounts));
        int planted = 0;
        for (const QByteArray& l : lines.mid(1))
            planted += l.split(',').value(1) == "1";
        QCOMPARE(planted, int(n->planted));
    }
    void ctdcShape()
    {
        QTemporaryDir dir;
        sample::CtdcGenerator::Options o;
        o.rows = 10;
        QVERIFY(sample::CtdcGenerator::write(dir.filePath(QStringLiteral("c.csv")), o));
        QFile f(dir.filePath(QStringLiteral("c.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.first().split(',').size(), 27);
        QVERIFY(lines.first().startsWith("yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation"));
        QCOMPARE(lines.at(1).split(',').size(), 27);
    }
};

QTEST_GUILESS_MAIN(TestSampleGenerator)
#include "tst_samplegenerator.moc"
