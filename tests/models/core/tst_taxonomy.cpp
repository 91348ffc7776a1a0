#include "core/taxonomy.h"
#include "core/taxonomymapping.h"

#include <QTest>

using waymark::StandardValue;
using waymark::Taxonomy;
using waymark::TaxonomyMapping;

class TestTaxonomy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Grades in their schemes' own words (DOMAIN.md §1).
    void gradeMeanings()
    {
        QCOMPARE(Taxonomy::gradeMeaning(QStringLiteral("nato_admiralty"), QStringLiteral("F"), QStringLiteral("6")),
            QStringLiteral("reliability cannot be judged; truth cannot be judged"));
        QCOMPARE(Taxonomy::gradeMeaning(QStringLiteral("nato_admiralty"), QStringLiteral("B"), QStringLiteral("2")),
            QStringLiteral("usually reliable; probably true"));
        QCOMPARE(Taxonomy::gradeMeaning(QStringLiteral("uk_5x5x5"), QStringLiteral("E"), QStringLiteral("4")),
            QStringLiteral("untested source; cannot be judged"));
        QCOMPARE(Taxonomy::gradeMeaning(QStringLiteral("uk_3x5x2"), QStringLiteral("3"), QString()),
            QStringLiteral("not reliable (also printed unreliable)"));
        QCOMPARE(Taxonomy::gradeMeaning(QStringLiteral("uk_3x5x2"), QString(), QStringLiteral("B")),
            QStringLiteral("known indirectly to the source but corroborated"));
        QCOMPARE(
            Taxonomy::gradeMeaning(QStringLiteral("uk_3x5x2"), QStringLiteral("9"), QStringLiteral("Z")), QString());
        QCOMPARE(Taxonomy::gradeMeaning(QStringLiteral("none"), QStringLiteral("A"), QStringLiteral("1")), QString());
    }

    void standardsRoundTripWithoutLoss()
    {
        using M = TaxonomyMapping;
        using G = Taxonomy::Group;
        // Every Waymark value to CTDC v2 (and HTCDS for sectors) and back to itself.
        const int types = int(Taxonomy::codes(G::Exploitation).size());
        for (int i = 0; i < types; ++i) {
            const auto bit = Taxonomy::Exploitation(1u << i);
            const StandardValue c = M::toCtdc(bit);
            QVERIFY2(M::ctdcExploitation().contains(c.value), qPrintable(c.value));
            QCOMPARE(M::fromCtdc(c), std::uint32_t(bit));
            // A value of Waymark's own carries its code as the detail, and is marked.
            QCOMPARE(M::isWaymarkOwn(G::Exploitation, bit),
                bit == Taxonomy::ForcedCriminality || bit == Taxonomy::DomesticServitude);
            QCOMPARE(M::describe(G::Exploitation, bit).contains(QStringLiteral("Waymark's own")),
                M::isWaymarkOwn(G::Exploitation, bit));
        }
        const int sectors = int(Taxonomy::codes(G::Sector).size());
        QCOMPARE(sectors, 16);
        for (int i = 0; i < sectors; ++i) {
            const auto bit = Taxonomy::Sector(1u << i);
            const StandardValue h = M::sectorToHtcds(bit);
            QVERIFY2(M::htcdsSectors().contains(h.value), qPrintable(Taxonomy::codes(G::Sector).at(i)));
            QCOMPARE(M::sectorFromHtcds(h), std::uint32_t(bit));
            const StandardValue c = M::sectorToCtdc(bit);
            QVERIFY(c.value.isEmpty() || M::ctdcSectors().contains(c.value));
            QCOMPARE(M::sectorFromCtdc(c), std::uint32_t(bit));
        }
        // Fishing, car washes, nail bars and cannabis cultivation are in neither standard (DOMAIN.md §5).
        for (auto own : { Taxonomy::Fishing, Taxonomy::CarWashes, Taxonomy::NailBars, Taxonomy::CannabisCultivation })
            QVERIFY(M::isWaymarkOwn(G::Sector, own));
        QCOMPARE(M::sectorToHtcds(Taxonomy::CannabisCultivation).value, QStringLiteral("IllicitActivities"));
        QVERIFY(!M::isWaymarkOwn(G::Sector, Taxonomy::Agriculture));
        // Every standard value to Waymark and back to itself.
        for (const QString& v : M::ctdcExploitation()) {
            const std::uint32_t b = M::fromCtdc({ v, {} });
            QVERIFY2(b != 0, qPrintable(v));
            QCOMPARE(M::toCtdc(Taxonomy::Exploitation(b)), (StandardValue { v, {} }));
        }
        for (const QString& v : M::ctdcOlderExploitation())
            QVERIFY2(M::fromCtdc({ v, {} }) != 0, qPrintable(v));
        QCOMPARE(M::fromCtdc({ QStringLiteral("isSexAndLabour"), {} }),
            std::uint32_t(Taxonomy::SexualExploitation | Taxonomy::ForcedLabour));
        for (const QString& v : M::htcdsSectors()) {
            const std::uint32_t b = M::sectorFromHtcds({ v, {} });
            QVERIFY2(b != 0, qPrintable(v));
            QCOMPARE(M::sectorToHtcds(Taxonomy::Sector(b)), (StandardValue { v, {} }));
        }
        for (const QString& v : M::ctdcSectors()) {
            const std::uint32_t b = M::sectorFromCtdc({ v, {} });
            QVERIFY2(b != 0, qPrintable(v));
            QCOMPARE(M::sectorToCtdc(Taxonomy::Sector(b)), (StandardValue { v, {} }));
        }
        // A detail the standard's value cannot hold is not read as that value.
        QCOMPARE(M::fromCtdc({ QStringLiteral("isSexualExploit"), QStringLiteral("forced_criminality") }), 0u);
    }

    void codesMapToBits()
    {
        QCOMPARE(
            Taxonomy::bit(Taxonomy::Group::Exploitation, "sexual_exploitation"), quint32(Taxonomy::SexualExploitation));
        QCOMPARE(Taxonomy::bit(Taxonomy::Group::Exploitation, " Forced_Labour "), quint32(Taxonomy::ForcedLabour));
        QCOMPARE(Taxonomy::bit(Taxonomy::Group::Sector, "nail_bars"), quint32(Taxonomy::NailBars));
        QCOMPARE(Taxonomy::bit(Taxonomy::Group::Exploitation, "smuggling"), 0u);
        for (auto g : { Taxonomy::Group::Exploitation, Taxonomy::Group::Sector, Taxonomy::Group::SexForm,
                 Taxonomy::Group::Means, Taxonomy::Group::Recruiter })
            QCOMPARE(Taxonomy::codes(g).size(), Taxonomy::names(g).size());
    }
    void describe()
    {
        QCOMPARE(
            Taxonomy::describe(Taxonomy::Group::Exploitation, Taxonomy::ForcedLabour | Taxonomy::SexualExploitation),
            QStringLiteral("Sexual exploitation, Forced labour"));
        QCOMPARE(Taxonomy::describe(Taxonomy::Group::Exploitation, 0), QString());
    }
    void grades_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("info");
        QTest::addColumn<QString>("handling");
        QTest::addColumn<bool>("valid");
        QTest::newRow("3x5x2 ok") << "uk_3x5x2"
                                  << "1"
                                  << "A"
                                  << "P" << true;
        QTest::newRow("3x5x2 conditions") << "uk_3x5x2"
                                          << "3"
                                          << "E"
                                          << "C" << true;
        QTest::newRow("3x5x2 source 4") << "uk_3x5x2"
                                        << "4"
                                        << "A"
                                        << "P" << false;
        QTest::newRow("3x5x2 info F") << "uk_3x5x2"
                                      << "1"
                                      << "F"
                                      << "" << false;
        QTest::newRow("5x5x5 ok") << "uk_5x5x5"
                                  << "E"
                                  << "5"
                                  << "3" << true;
        QTest::newRow("5x5x5 swapped") << "uk_5x5x5"
                                       << "1"
                                       << "A"
                                       << "" << false;
        QTest::newRow("admiralty F6") << "nato_admiralty"
                                      << "F"
                                      << "6"
                                      << "" << true;
        QTest::newRow("admiralty handling") << "nato_admiralty"
                                            << "A"
                                            << "1"
                                            << "P" << false;
        QTest::newRow("none") << "none"
                              << ""
                              << ""
                              << "" << true;
        QTest::newRow("unknown scheme") << "ucr"
                                        << ""
                                        << ""
                                        << "" << false;
    }
    void grades()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, source);
        QFETCH(QString, info);
        QFETCH(QString, handling);
        QFETCH(bool, valid);
        QCOMPARE(Taxonomy::isValidGrade(scheme, source, info, handling), valid);
    }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
