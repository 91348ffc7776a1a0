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
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
