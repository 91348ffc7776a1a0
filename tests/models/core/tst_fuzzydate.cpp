#include "core/fuzzydate.h"

#include <QDate>
#include <QTest>

using waymark::FuzzyDate;

class TestFuzzyDate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("year") << "2019" << int(FuzzyDate::Year) << QDate(2019, 1, 1) << QDate(2019, 12, 31);
        QTest::newRow("month") << "2020-02" << int(FuzzyDate::Month) << QDate(2020, 2, 1) << QDate(2020, 2, 29);
        QTest::newRow("day") << "2021-07-14" << int(FuzzyDate::Day) << QDate(2021, 7, 14) << QDate(2021, 7, 14);
        QTest::newRow("datetime") << "2021-07-14T22:10:00" << int(FuzzyDate::Day) << QDate(2021, 7, 14)
                                  << QDate(2021, 7, 14);
        QTest::newRow("before 1900") << "1899" << int(FuzzyDate::Unknown) << QDate() << QDate();
        QTest::newRow("future") << "2031" << int(FuzzyDate::Unknown) << QDate() << QDate();
        QTest::newRow("month 13") << "2020-13" << int(FuzzyDate::Unknown) << QDate() << QDate();
        QTest::newRow("30 February") << "2020-02-30" << int(FuzzyDate::Unknown) << QDate() << QDate();
        QTest::newRow("garbage") << "20x0" << int(FuzzyDate::Unknown) << QDate() << QDate();
        QTest::newRow("empty") << "" << int(FuzzyDate::Unknown) << QDate() << QDate();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, precision);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const QByteArray utf8 = text.toUtf8();
        const auto d = FuzzyDate::parse(std::string_view(utf8.constData(), size_t(utf8.size())), 2030);
        if (precision == FuzzyDate::Unknown) {
            QVERIFY(!d);
            return;
        }
        QVERIFY(d);
        QCOMPARE(int(d->precision), precision);
        QCOMPARE(QDate::fromJulianDay(d->dayFrom), from);
        QCOMPARE(QDate::fromJulianDay(d->dayTo), to);
        // Written back at its own precision: no invented day.
        QCOMPARE(d->toString(), text.left(precision == FuzzyDate::Year ? 4 : precision == FuzzyDate::Month ? 7 : 10));
    }

    void yearBands_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("first"); // 0: rejected
        QTest::addColumn<int>("last");
        QTest::addColumn<QString>("written");
        QTest::newRow("one year") << QByteArray("2019") << 2019 << 2019 << QStringLiteral("2019");
        QTest::newRow("hyphen") << QByteArray("2014-2018") << 2014 << 2018 << QStringLiteral("2014\u20132018");
        QTest::newRow("two hyphens") << QByteArray("2005--2013") << 2005 << 2013 << QStringLiteral("2005\u20132013");
        QTest::newRow("en dash") << QByteArray("2021\xE2\x80\x93"
                                               "2022")
                                 << 2021 << 2022 << QStringLiteral("2021\u20132022");
        QTest::newRow("em dash") << QByteArray("2021\xE2\x80\x94"
                                               "2022")
                                 << 2021 << 2022 << QStringLiteral("2021\u20132022");
        QTest::newRow("backwards") << QByteArray("2018-2014") << 0 << 0 << QString();
        QTest::newRow("after the last year") << QByteArray("2029-2031") << 0 << 0 << QString();
        QTest::newRow("before 1900") << QByteArray("1899-1901") << 0 << 0 << QString();
        QTest::newRow("a month, not a band") << QByteArray("2019-03") << 0 << 0 << QString();
        QTest::newRow("open band") << QByteArray("2019-") << 0 << 0 << QString();
    }
    void yearBands()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(QString, written);
        const auto d = FuzzyDate::parseYearBand(std::string_view(text.constData(), size_t(text.size())), 2030);
        if (!first) {
            QVERIFY(!d);
            return;
        }
        QVERIFY(d);
        // A band is a range at year precision: the filters and the timeline see every day it covers.
        QCOMPARE(int(d->precision), int(FuzzyDate::Year));
        QCOMPARE(QDate::fromJulianDay(d->dayFrom), QDate(first, 1, 1));
        QCOMPARE(QDate::fromJulianDay(d->dayTo), QDate(last, 12, 31));
        QCOMPARE(d->toString(), written);
    }
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
