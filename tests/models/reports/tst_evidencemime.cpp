#include "reports/evidencemime.h"

#include <QMimeData>
#include <QtTest>

#include <memory>

using namespace waymark;
using namespace waymark::reports;

class TestEvidenceMime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const std::vector<EvidenceMime::Item> items { { Evidence::Kind::Incident, QStringLiteral("INC-1") },
            { Evidence::Kind::Entity, QStringLiteral("P-77") }, { Evidence::Kind::Account, QStringLiteral("GB12 ACC") },
            { Evidence::Kind::Source, QStringLiteral("SRC-3") } };
        const QByteArray bytes = EvidenceMime::encode(items);
        QCOMPARE(bytes,
            QByteArray(R"([{"key":"INC-1","kind":"incident"},{"key":"P-77","kind":"entity"},)"
                       R"({"key":"GB12 ACC","kind":"account"},{"key":"SRC-3","kind":"source"}])"));
        auto back = EvidenceMime::decode(bytes);
        QVERIFY(back);
        QVERIFY(back.value() == items);

        std::unique_ptr<QMimeData> data(EvidenceMime::toMimeData(items));
        QVERIFY(EvidenceMime::canDecode(data.get()));
        QVERIFY(data->formats().contains(QStringLiteral("application/x-waymark-evidence")));
        QCOMPARE(data->text().split(QLatin1Char('\n')).size(), 4);
        QVERIFY(data->text().startsWith(QStringLiteral("incident INC-1")));
        auto fromData = EvidenceMime::fromMimeData(data.get());
        QVERIFY(fromData);
        QVERIFY(fromData.value() == items);
    }

    void duplicatesAreDroppedOnce()
    {
        auto back = EvidenceMime::decode(R"([{"kind":"incident","key":"A"},{"kind":"incident","key":"A"},)"
                                         R"({"kind":"entity","key":"A"}])");
        QVERIFY(back);
        QCOMPARE(back->size(), size_t(2));
    }

    void badInputIsExplained_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("incident INC-1") << QStringLiteral("not a list of evidence");
        QTest::newRow("object") << QByteArray(R"({"kind":"incident"})") << QStringLiteral("not a list of evidence");
        QTest::newRow("unknown kind") << QByteArray(R"([{"kind":"victim","key":"V1"}])")
                                      << QStringLiteral("unknown kind “victim”");
        QTest::newRow("no key") << QByteArray(R"([{"kind":"incident","key":"A"},{"kind":"entity"}])")
                                << QStringLiteral("Item 2 of the dropped evidence has no key");
    }

    void badInputIsExplained()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        auto r = EvidenceMime::decode(bytes);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    }

    void otherMimeDataIsNotEvidence()
    {
        QMimeData data;
        data.setText(QStringLiteral("incident INC-1"));
        QVERIFY(!EvidenceMime::canDecode(&data));
        QVERIFY(!EvidenceMime::fromMimeData(&data));
        QVERIFY(!EvidenceMime::canDecode(nullptr));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceMime)
#include "tst_evidencemime.moc"
