#include "analysis/incidentsnapshot.h"
#include "analysis/timebins.h"
#include "analysis/timeticks.h"
#include "core/taxonomy.h"

#include <QDate>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace waymark;
using analysis::IncidentSnapshot;
using analysis::TimeBins;

namespace {
qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

struct Builder {
    IncidentSnapshot s;
    void add(qint64 from, qint64 to, quint32 bits = Taxonomy::ForcedLabour)
    {
        s.ids.push_back(qint64(s.ids.size()) + 1);
        s.dayFrom.push_back(from == IncidentSnapshot::noDay ? IncidentSnapshot::noDay : qint32(from));
        s.dayTo.push_back(to == IncidentSnapshot::noDay ? IncidentSnapshot::noDay : qint32(to));
        s.exploitation.push_back(bits);
    }
    void day(int y, int m, int d, quint32 bits = Taxonomy::ForcedLabour) { add(jd(y, m, d), jd(y, m, d), bits); }
    void month(int y, int m) { add(jd(y, m, 1), QDate(y, m, 1).addMonths(1).toJulianDay() - 1); }
    void year(int y) { add(jd(y, 1, 1), jd(y, 12, 31)); }
};

int sumAll(const TimeBins& b)
{
    int n = 0;
    for (int i = 0; i < b.binCount(); ++i)
        n += b.total(i);
    return n;
}
} // namespace

class TstTimeBins : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unitsAndFloors()
    {
        QCOMPARE(TimeBins::binFloor(TimeBins::Unit::Week, jd(2021, 3, 17)), jd(2021, 3, 15)); // a Monday
        QCOMPARE(QDate::fromJulianDay(TimeBins::binFloor(TimeBins::Unit::Week, jd(2021, 3, 21))).dayOfWeek(), 1);
        QCOMPARE(TimeBins::binFloor(TimeBins::Unit::Month, jd(2021, 3, 17)), jd(2021, 3, 1));
        QCOMPARE(TimeBins::binFloor(TimeBins::Unit::Year, jd(2021, 3, 17)), jd(2021, 1, 1));
        QCOMPARE(TimeBins::nextBin(TimeBins::Unit::Month, jd(2021, 2, 1)), jd(2021, 3, 1));
        QCOMPARE(TimeBins::unitFor(100), TimeBins::Unit::Day);
        QCOMPARE(TimeBins::unitFor(1000), TimeBins::Unit::Week);
        QCOMPARE(TimeBins::unitFor(5000), TimeBins::Unit::Month);
        QCOMPARE(TimeBins::unitFor(50000), TimeBins::Unit::Year);
        QCOMPARE(TimeBins::categoryOf(Taxonomy::SexualExploitation), 0);
        QCOMPARE(TimeBins::categoryOf(Taxonomy::OtherExploitation), 8);
        QCOMPARE(TimeBins::categoryOf(Taxonomy::SexualExploitation | Taxonomy::ForcedLabour), TimeBins::severalTypes);
        QCOMPARE(TimeBins::categoryOf(0), TimeBins::typeUnknown);
        const TimeBins none;
        QCOMPARE(none.binCount(), 0);
        QCOMPARE(none.binOf(jd(2021, 1, 1)), -1);
        QCOMPARE(none.maxTotal(), 0);
    }

    void dayPrecision()
    {
        Builder b;
        b.day(2021, 3, 5, Taxonomy::SexualExploitation);
        b.day(2021, 3, 5, Taxonomy::ForcedLabour);
        b.day(2021, 3, 7, Taxonomy::ForcedLabour | Taxonomy::Slavery);
        b.day(2021, 3, 8, 0);
        const auto bins
            = TimeBins::build(b.s, jd(2021, 3, 1), jd(2021, 3, 31), TimeBins::Unit::Day, {}, jd(2025, 1, 1));
        QCOMPARE(bins.binCount(), 31);
        const int d5 = bins.binOf(jd(2021, 3, 5));
        QCOMPARE(bins.binStart(d5), jd(2021, 3, 5));
        QCOMPARE(bins.total(d5), 2);
        QCOMPARE(bins.count(0, d5), 1);
        QCOMPARE(bins.count(1, d5), 1);
        QCOMPARE(bins.count(TimeBins::severalTypes, bins.binOf(jd(2021, 3, 7))), 1);
        QCOMPARE(bins.count(TimeBins::typeUnknown, bins.binOf(jd(2021, 3, 8))), 1);
        QVERIFY(bins.periods().empty());
        // Weeks: 5 and 7 March 2021 are in the week of Monday 1 March, the 8th starts the next.
        const auto weeks
            = TimeBins::build(b.s, jd(2021, 3, 1), jd(2021, 3, 31), TimeBins::Unit::Week, {}, jd(2025, 1, 1));
        QCOMPARE(weeks.total(weeks.binOf(jd(2021, 3, 1))), 3);
        QCOMPARE(weeks.total(weeks.binOf(jd(2021, 3, 8))), 1);
        QCOMPARE(weeks.binLast(weeks.binOf(jd(2021, 3, 1))), jd(2021, 3, 7));
    }

    void monthPrecision()
    {
        Builder b;
        b.month(2021, 3);
        b.month(2021, 3);
        b.day(2021, 3, 9);
        // In month and year bins a month-only incident counts like any other…
        for (auto unit : { TimeBins::Unit::Month, TimeBins::Unit::Year }) {
            const auto bins = TimeBins::build(b.s, jd(2021, 1, 1), jd(2021, 12, 31), unit, {}, jd(2025, 1, 1));
            QCOMPARE(bins.total(bins.binOf(jd(2021, 3, 15))), 3);
            QVERIFY(bins.periods().empty());
        }
        // …in day and week bins it is never put on an invented day: it is one period of the band.
        for (auto unit : { TimeBins::Unit::Day, TimeBins::Unit::Week }) {
            const auto bins = TimeBins::build(b.s, jd(2021, 2, 1), jd(2021, 4, 30), unit, {}, jd(2025, 1, 1));
            QCOMPARE(sumAll(bins), 1);
            QCOMPARE(bins.periods().size(), size_t(1));
            const auto& p = bins.periods().front();
            QCOMPARE(p.dayFrom, jd(2021, 3, 1));
            QCOMPARE(p.dayTo, jd(2021, 3, 31));
            QCOMPARE(p.count, 2);
            QCOMPARE(p.precision, TimeBins::Precision::Month);
        }
    }

    void yearPrecision()
    {
        Builder b;
        b.year(2019);
        b.year(2019);
        b.year(2020);
        b.day(2019, 6, 1);
        const auto years
            = TimeBins::build(b.s, jd(2018, 1, 1), jd(2021, 12, 31), TimeBins::Unit::Year, {}, jd(2025, 1, 1));
        QCOMPARE(years.binCount(), 4);
        QCOMPARE(years.total(years.binOf(jd(2019, 1, 1))), 3);
        QCOMPARE(years.total(years.binOf(jd(2020, 1, 1))), 1);
        QVERIFY(years.periods().empty());
        const auto months
            = TimeBins::build(b.s, jd(2019, 1, 1), jd(2020, 12, 31), TimeBins::Unit::Month, {}, jd(2025, 1, 1));
        QCOMPARE(sumAll(months), 1); // only the day
        QCOMPARE(months.periods().size(), size_t(2));
        QCOMPARE(months.periods()[0].count, 2);
        QCOMPARE(months.periods()[0].precision, TimeBins::Precision::Year);
        QCOMPARE(months.periods()[1].dayFrom, jd(2020, 1, 1));
        QCOMPARE(months.periods()[1].count, 1);
    }

    void notPlottedIsReported()
    {
        Builder b;
        b.add(IncidentSnapshot::noDay, IncidentSnapshot::noDay);
        b.day(1890, 5, 5);
        b.day(2030, 1, 1);
        b.day(2030, 1, 2);
        b.day(2021, 1, 1);
        b.day(2010, 1, 1); // outside the bins: plottable, just not in view
        const auto bins
            = TimeBins::build(b.s, jd(2020, 1, 1), jd(2021, 12, 31), TimeBins::Unit::Month, {}, jd(2025, 1, 1));
        QCOMPARE(sumAll(bins), 1);
        QCOMPARE(bins.undated(), 1);
        QCOMPARE(bins.beforeEarliest(), 1);
        QCOMPARE(bins.future(), 2);
        QCOMPARE(bins.outside(), 1);
        QVERIFY2(bins.notPlottedText().contains(QStringLiteral("1 undated")), qPrintable(bins.notPlottedText()));
        QVERIFY(bins.notPlottedText().contains(QStringLiteral("2 dated in the future")));
        QVERIFY(bins.notPlottedText().contains(QStringLiteral("before 1900")));
        const auto span = TimeBins::span(b.s, jd(2025, 1, 1));
        QCOMPARE(span.first, jd(2010, 1, 1));
        QCOMPARE(span.second, jd(2021, 1, 1));
    }

    void selectionCountsPerBin()
    {
        Builder b;
        b.day(2021, 3, 5);
        b.day(2021, 3, 5);
        b.day(2021, 4, 5);
        b.month(2021, 5);
        const auto bins
            = TimeBins::build(b.s, jd(2021, 3, 1), jd(2021, 5, 31), TimeBins::Unit::Week, { 1, 2, 3 }, jd(2025, 1, 1));
        QCOMPARE(bins.selected(bins.binOf(jd(2021, 3, 5))), 1);
        QCOMPARE(bins.selected(bins.binOf(jd(2021, 4, 5))), 1);
        QCOMPARE(bins.periods().front().selected, 1);
    }

    void membersAreWhatTheBarsCount()
    {
        Builder b;
        b.day(2021, 3, 5); // 0
        b.day(2021, 3, 20, Taxonomy::SexualExploitation); // 1
        b.month(2021, 3); // 2: in the March bar of month bins, never in a week's
        b.year(2021); // 3: in no month bar
        b.day(2021, 4, 1); // 4
        b.day(2030, 3, 1); // 5: in the future
        b.add(IncidentSnapshot::noDay, IncidentSnapshot::noDay); // 6
        const qint64 today = jd(2025, 1, 1);
        const auto months = TimeBins::build(b.s, jd(2021, 1, 1), jd(2021, 12, 31), TimeBins::Unit::Month, {}, today);
        const int march = months.binOf(jd(2021, 3, 1));
        QCOMPARE(months.members(b.s, march, -1, today), (std::vector<quint32> { 0, 1, 2 }));
        const int labour = TimeBins::categoryOf(Taxonomy::ForcedLabour);
        QCOMPARE(months.members(b.s, march, labour, today), (std::vector<quint32> { 0, 2 }));
        QCOMPARE(months.members(b.s, march, TimeBins::categoryOf(Taxonomy::SexualExploitation), today),
            (std::vector<quint32> { 1 }));
        for (int bin = 0; bin < months.binCount(); ++bin) {
            QCOMPARE(int(months.members(b.s, bin, -1, today).size()), months.total(bin));
            for (int c = 0; c < TimeBins::categoryCount; ++c)
                QCOMPARE(int(months.members(b.s, bin, c, today).size()), months.count(c, bin));
        }
        const auto weeks = TimeBins::build(b.s, jd(2021, 3, 1), jd(2021, 3, 31), TimeBins::Unit::Week, {}, today);
        QCOMPARE(weeks.members(b.s, weeks.binOf(jd(2021, 3, 5)), -1, today), (std::vector<quint32> { 0 }));
        const auto years = TimeBins::build(b.s, jd(2021, 1, 1), jd(2030, 12, 31), TimeBins::Unit::Year, {}, today);
        QCOMPARE(years.members(b.s, years.binOf(jd(2021, 1, 1)), -1, today), (std::vector<quint32> { 0, 1, 2, 3, 4 }));
        QVERIFY(years.members(b.s, years.binOf(jd(2030, 1, 1)), -1, today).empty());
        QVERIFY(years.members(b.s, -1).empty());
        QVERIFY(years.members(b.s, years.binCount()).empty());
    }

    void millionRebinsAtEveryUnit()
    {
        Builder b;
        b.s.ids.reserve(1000000);
        auto* rng = QRandomGenerator::global();
        const qint64 lo = jd(2010, 1, 1);
        for (int i = 0; i < 1000000; ++i) {
            const qint64 d = lo + rng->bounded(5000);
            if (i % 20 == 0)
                b.add(TimeBins::binFloor(TimeBins::Unit::Year, d),
                    TimeBins::nextBin(TimeBins::Unit::Year, TimeBins::binFloor(TimeBins::Unit::Year, d)) - 1);
            else
                b.add(d, d, 1u << rng->bounded(9));
        }
        std::vector<quint32> selected;
        for (quint32 i = 0; i < 1000000; i += 10)
            selected.push_back(i);
        for (auto unit : { TimeBins::Unit::Day, TimeBins::Unit::Week, TimeBins::Unit::Month, TimeBins::Unit::Year }) {
            QElapsedTimer t;
            t.start();
            const auto bins = TimeBins::build(b.s, lo, lo + 5000, unit, selected, jd(2025, 1, 1));
            const qint64 ms = t.elapsed();
            qInfo("1M incidents in %d bins: %lld ms", bins.binCount(), ms);
            QVERIFY(bins.maxTotal() > 0);
            // Speed is judged by bench_timeline, not here (sanitizer builds are slow).
        }
    }

    void calendarTicksReadAndKeepApart()
    {
        using analysis::TimeTicks;
        const QLocale c = QLocale::c();
        // Each label 7 px a character, as a fixed-width font would draw it.
        auto width = [](const QString& s) { return 7.0 * s.size(); };
        const qint64 from = QDate(2003, 12, 30).toJulianDay();
        struct Case {
            qint64 days;
            double pixels;
            TimeTicks::Unit unit;
            int step;
            const char* first;
        };
        const Case cases[] = {
            { 22 * 365, 1400, TimeTicks::Unit::Year, 1, "2004" },
            { 22 * 365, 300, TimeTicks::Unit::Year, 5, "2005" },
            { 730, 1400, TimeTicks::Unit::Month, 2, "Jan 2004" },
            { 730, 500, TimeTicks::Unit::Month, 6, "Jan 2004" },
            { 40, 1400, TimeTicks::Unit::Day, 2, "1 Jan" }, // not the 31st next to the 1st
            { 40, 300, TimeTicks::Unit::Day, 14, "1 Jan" },
        };
        for (const Case& k : cases) {
            const TimeTicks t = TimeTicks::choose(from, from + k.days - 1, k.pixels, width, 16, c);
            QCOMPARE(t.unit, k.unit);
            QCOMPARE(t.step, k.step);
            QVERIFY(!t.labels.empty());
            QCOMPARE(t.labels.front(), QString::fromLatin1(k.first));
            QCOMPARE(t.labels.size(), t.days.size());
            const double perDay = k.pixels / double(k.days);
            for (size_t i = 1; i < t.days.size(); ++i)
                QVERIFY(double(t.days[i] - t.days[i - 1]) * perDay >= width(t.labels[i]) + 16);
        }
        // Months start at a multiple of the step; the labels are in the locale's words.
        const auto quarters = TimeTicks::generate(TimeTicks::Unit::Month, 3, from, from + 400);
        QCOMPARE(TimeTicks::label(TimeTicks::Unit::Month, quarters.front(), c), QStringLiteral("Jan 2004"));
        QCOMPARE(TimeTicks::label(TimeTicks::Unit::Month, quarters[1], c), QStringLiteral("Apr 2004"));
        QCOMPARE(TimeTicks::label(TimeTicks::Unit::Day, QDate(2005, 3, 3).toJulianDay(), c), QStringLiteral("3 Mar"));
        QCOMPARE(TimeTicks::label(TimeTicks::Unit::Year, QDate(2005, 1, 1).toJulianDay(), c), QStringLiteral("2005"));
        QCOMPARE(analysis::TimeBins::tickLabel(analysis::TimeBins::Unit::Year, QDate(2005, 1, 1).toJulianDay()),
            QStringLiteral("2005"));
    }
};

QTEST_GUILESS_MAIN(TstTimeBins)
#include "tst_timebins.moc"
