#include "core/taxonomy.h"

#include <QTest>

using waymark::Taxonomy;

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
