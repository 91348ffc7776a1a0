#include "geo/gazetteer.h"

#include <QTest>

using waymark::geo::Gazetteer;

class TestGazetteer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hasEveryIsoCountry()
    {
        const auto& g = Gazetteer::instance();
        QVERIFY(g.countries().size() >= 249);
        for (const auto& c : g.countries()) {
            QCOMPARE(c.alpha2.size(), 2);
            QCOMPARE(c.alpha3.size(), 3);
            QVERIFY2(c.lon >= -180 && c.lon <= 180 && c.lat >= -90 && c.lat <= 90, qPrintable(c.alpha3));
        }
    }
    void resolves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("alpha3");
        QTest::newRow("alpha-3") << "VNM"
                                 << "VNM";
        QTest::newRow("alpha-2 lower") << "gb"
                                       << "GBR";
        QTest::newRow("numeric") << "566"
                                 << "NGA";
        QTest::newRow("name") << "Albania"
                              << "ALB";
        QTest::newRow("variant") << "Ivory Coast"
                                 << "CIV";
        QTest::newRow("diacritics and case") << "CÔTE D'IVOIRE"
                                             << "CIV";
        QTest::newRow("UK") << "UK"
                            << "GBR";
        QTest::newRow("Kosovo") << "XKX"
                                << "XKX";
        QTest::newRow("unknown") << "Atlantis"
                                 << "";
        QTest::newRow("not a code") << "ZZZ"
                                    << "";
    }
    void resolves()
    {
        QFETCH(QString, text);
        QFETCH(QString, alpha3);
        const auto& g = Gazetteer::instance();
        const int i = g.find(text);
        QCOMPARE(i < 0 ? QString() : g.countries().at(i).alpha3, alpha3);
    }
    void fastCodes()
    {
        const auto& g = Gazetteer::instance();
        QCOMPARE(g.countries().at(g.findCode("NGA")).name, QStringLiteral("Nigeria"));
        QCOMPARE(g.countries().at(g.findCode("ng")).alpha3, QStringLiteral("NGA"));
        QCOMPARE(g.findCode("N1A"), -1);
        QCOMPARE(g.findCode("NGAA"), -1);
        QVERIFY(g.isCurrency("EUR"));
        QVERIFY(g.isCurrency("gbp"));
        QVERIFY(!g.isCurrency("XYZ"));
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
