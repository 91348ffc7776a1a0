#include "geo/gazetteer.h"

#include <QSet>
#include <QTest>

using waymark::geo::Gazetteer;

class TestGazetteer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void m49Regions()
    {
        const auto& g = Gazetteer::instance();
        // Every country of a region is a gazetteer country: a typo in
        // regions.tsv would drop it silently, so count them.
        auto region = [&](const char* name) -> const waymark::geo::Region& {
            const int i = g.findRegion(QString::fromUtf8(name));
            if (i < 0)
                qFatal("no region %s", name);
            return g.regions().at(i);
        };
        QCOMPARE(region("Western Europe").countries.size(), 9);
        QCOMPARE(region("Western Europe").m49, QStringLiteral("155"));
        QCOMPARE(region("South-eastern Asia").countries.size(), 11);
        QCOMPARE(region("Northern Africa").countries.size(), 7);
        QCOMPARE(region("Caribbean").countries.size(), 28);
        QCOMPARE(region("Eastern Africa").countries.size(), 22);
        QCOMPARE(region("Western Asia").countries.size(), 18);
        // A region holds its subregions' countries.
        QCOMPARE(region("Europe").countries.size(), 51);
        QCOMPARE(region("Sub-Saharan Africa").countries.size(), 53);
        QCOMPARE(region("Africa").countries.size(), 60);
        QCOMPARE(region("Latin America and the Caribbean").countries.size(), 52);
        QCOMPARE(region("Americas").countries.size(), 57);
        QCOMPARE(region("Oceania").countries.size(), 29);
        // Found by M49 code, by variant, with any dash or case.
        QCOMPARE(g.findRegion(QStringLiteral("150")), g.findRegion(QStringLiteral("Europe")));
        QCOMPARE(g.findRegion(QStringLiteral("South\u2013Eastern Asia")), g.findRegion(QStringLiteral("035")));
        QCOMPARE(g.findRegion(QStringLiteral("southeast asia")), g.findRegion(QStringLiteral("035")));
        QCOMPARE(g.regions().at(g.findRegion(QStringLiteral("Western Europe"))).parent,
            g.findRegion(QStringLiteral("Europe")));
        // The merged region CTDC uses holds both parts' countries.
        const auto& merged = region("Americas/Oceania");
        QVERIFY(merged.m49.isEmpty());
        QCOMPARE(merged.countries.size(), 57 + 29);
        QCOMPARE(merged.parts.size(), 2);
        QCOMPARE(g.findRegion(QStringLiteral("Atlantis")), -1);
        // No country is counted twice in a region.
        for (const auto& r : g.regions())
            QVERIFY2(
                QSet<int>(r.countries.cbegin(), r.countries.cend()).size() == r.countries.size(), qPrintable(r.name));
    }
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
