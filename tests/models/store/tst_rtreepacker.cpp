#include "store/rtreepacker.h"
#include "store/statement.h"

#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

using namespace waymark;
using store::RtreePacker;

namespace {

struct Db {
    sqlite3* db = nullptr;
    Db()
    {
        sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    }
    ~Db() { sqlite3_close(db); }
    bool exec(const QByteArray& sql)
    {
        return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    QStringList column(const QByteArray& sql)
    {
        QStringList out;
        sqlite3_stmt* probe = nullptr;
        sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &probe, nullptr);
        const int columns = sqlite3_column_count(probe);
        sqlite3_finalize(probe);
        store::Statement st(db, std::string_view(sql.constData(), size_t(sql.size())));
        while (st.next()) {
            QStringList row;
            for (int c = 0; c < columns; ++c)
                row << st.text(c);
            out << row.join(QLatin1Char('|'));
        }
        return out;
    }
};

struct Point {
    qint64 id;
    double x, y;
};

/// Points as real extracts have them: clustered in cities, repeated, on both
/// sides of zero and of the antimeridian, some at coordinates no float holds.
std::vector<Point> points(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const double cities[][2] = { { -0.1276, 51.5072 }, { 100.5018, 13.7563 }, { -99.1332, 19.4326 },
        { 179.9999, -16.5 }, { -179.9999, 65.2 }, { 0.0, 0.0 } };
    std::vector<Point> out;
    for (int i = 0; i < n; ++i) {
        const auto& c = cities[rng.bounded(6)];
        double x = c[0] + (rng.generateDouble() - 0.5) * (i % 7 == 0 ? 40.0 : 0.2);
        double y = c[1] + (rng.generateDouble() - 0.5) * (i % 7 == 0 ? 20.0 : 0.2);
        if (i % 11 == 0 && !out.empty()) {
            x = out.back().x; // the same place twice
            y = out.back().y;
        }
        out.push_back({ qint64(i) * 3 + 1, std::clamp(x, -180.0, 180.0), std::clamp(y, -90.0, 90.0) });
    }
    return out;
}

void insertRowByRow(Db& d, const char* table, const std::vector<Point>& pts)
{
    store::Statement ins(d.db, "INSERT INTO " + std::string(table) + " VALUES(?, ?, ?, ?, ?)");
    for (const Point& p : pts)
        QVERIFY(ins.bind(1, p.id).bind(2, p.x).bind(3, p.x).bind(4, p.y).bind(5, p.y).exec());
}

std::vector<RtreePacker::Entry> entriesOf(const std::vector<Point>& pts)
{
    std::vector<RtreePacker::Entry> out;
    for (const Point& p : pts)
        out.push_back(RtreePacker::point(p.id, p.x, p.y));
    return out;
}

/// The ids a window finds, through the tree.
QStringList window(Db& d, const char* table, double x0, double x1, double y0, double y1)
{
    return d.column(QByteArray("SELECT id FROM ") + table + " WHERE max_x >= " + QByteArray::number(x0, 'g', 17)
        + " AND min_x <= " + QByteArray::number(x1, 'g', 17) + " AND max_y >= " + QByteArray::number(y0, 'g', 17)
        + " AND min_y <= " + QByteArray::number(y1, 'g', 17) + " ORDER BY id");
}

} // namespace

/// A tree written packed holds what SQLite's own inserts leave, is sound by
/// SQLite's own check, answers every window alike, and keeps taking inserts
/// and deletes.
class TestRtreePacker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void packedEqualsRowByRow_data()
    {
        QTest::addColumn<int>("n");
        // Empty, one, a full root, one over it, two full levels and more.
        for (int n : { 0, 1, 51, 52, 2601, 2602, 20000 })
            QTest::addRow("%d", n) << n;
    }
    void packedEqualsRowByRow()
    {
        QFETCH(int, n);
        Db d;
        QVERIFY(d.exec("CREATE VIRTUAL TABLE a USING rtree(id, min_x, max_x, min_y, max_y)"));
        QVERIFY(d.exec("CREATE VIRTUAL TABLE b USING rtree(id, min_x, max_x, min_y, max_y)"));
        const std::vector<Point> pts = points(n, quint32(n) + 7);
        QVERIFY(d.exec("BEGIN"));
        insertRowByRow(d, "a", pts);
        QVERIFY(RtreePacker::replace(d.db, "b", entriesOf(pts)));
        QVERIFY(d.exec("COMMIT"));

        // The same rows, rounded alike, to the bit.
        QCOMPARE(d.column("SELECT * FROM b ORDER BY id"), d.column("SELECT * FROM a ORDER BY id"));
        QCOMPARE(d.column("SELECT rtreecheck('b')"), QStringList { QStringLiteral("ok") });
        // The connection is defensive again: shadow tables refuse writes.
        QVERIFY(!d.exec("DELETE FROM b_node"));
        int defensive = 0;
        sqlite3_db_config(d.db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
        QCOMPARE(defensive, 1);

        QRandomGenerator rng(42);
        for (int i = 0; i < 200; ++i) {
            const double x = rng.generateDouble() * 360 - 180, y = rng.generateDouble() * 180 - 90;
            const double w = i % 3 ? 0.3 : 30, h = i % 3 ? 0.2 : 15;
            QCOMPARE(window(d, "b", x, x + w, y, y + h), window(d, "a", x, x + w, y, y + h));
        }
        // A window exactly on a stored float edge.
        if (n > 0) {
            const Point& p = pts[size_t(n / 2)];
            QCOMPARE(window(d, "b", p.x, p.x, p.y, p.y), window(d, "a", p.x, p.x, p.y, p.y));
            QVERIFY(!window(d, "b", p.x, p.x, p.y, p.y).isEmpty());
        }

        // SQLite goes on inserting, moving and deleting in the packed tree.
        QVERIFY(d.exec("BEGIN"));
        const std::vector<Point> more = points(3000, 99);
        store::Statement ins(d.db, "INSERT INTO b VALUES(?, ?, ?, ?, ?)");
        for (const Point& p : more)
            QVERIFY(ins.bind(1, p.id + 1000000).bind(2, p.x).bind(3, p.x).bind(4, p.y).bind(5, p.y).exec());
        QVERIFY(d.exec("DELETE FROM b WHERE id % 5 = 0"));
        QVERIFY(d.exec("UPDATE b SET min_x = min_x + 1, max_x = max_x + 1 WHERE id % 7 = 0"));
        QVERIFY(d.exec("COMMIT"));
        QCOMPARE(d.column("SELECT rtreecheck('b')"), QStringList { QStringLiteral("ok") });
        qint64 kept = 0;
        for (const Point& p : pts)
            kept += p.id % 5 != 0;
        for (const Point& p : more)
            kept += (p.id + 1000000) % 5 != 0;
        QCOMPARE(d.column("SELECT count(*) FROM b"), QStringList { QString::number(kept) });
    }

    /// A rebuild keeps the rows already there: read back as stored, packed
    /// again with the new ones.
    void rebuildKeepsWhatWasThere()
    {
        Db d;
        QVERIFY(d.exec("CREATE VIRTUAL TABLE a USING rtree(id, min_x, max_x, min_y, max_y)"));
        QVERIFY(d.exec("CREATE VIRTUAL TABLE b USING rtree(id, min_x, max_x, min_y, max_y)"));
        const std::vector<Point> old = points(700, 1);
        std::vector<Point> fresh = points(1500, 2);
        for (Point& p : fresh)
            p.id += 5000;
        QVERIFY(d.exec("BEGIN"));
        insertRowByRow(d, "a", old);
        insertRowByRow(d, "a", fresh);
        insertRowByRow(d, "b", old);
        std::vector<RtreePacker::Entry> all = entriesOf(fresh);
        QVERIFY(RtreePacker::read(d.db, "b", all));
        QCOMPARE(all.size(), old.size() + fresh.size());
        QVERIFY(RtreePacker::replace(d.db, "b", std::move(all)));
        QVERIFY(d.exec("COMMIT"));
        QCOMPARE(d.column("SELECT * FROM b ORDER BY id"), d.column("SELECT * FROM a ORDER BY id"));
        QCOMPARE(d.column("SELECT rtreecheck('b')"), QStringList { QStringLiteral("ok") });
    }

    /// The box around a point holds it, whichever way the float rounds (that the
    /// rounding is SQLite's own, bit for bit, packedEqualsRowByRow shows).
    void roundsOutward()
    {
        // Not below float's normal range: there SQLite's nudge of 2^-23 is
        // less than a float's step and its box can miss the point; ours is
        // SQLite's, bit for bit, so the same.
        for (const double v : { 0.1, -0.1, 51.5072, -179.99999999, 1e-30, -1e-30, 123456789.123, 0.0 }) {
            const RtreePacker::Entry e = RtreePacker::point(1, v, v);
            QVERIFY(double(e.minX) <= v && double(e.maxX) >= v);
            QVERIFY(double(e.minY) <= v && double(e.maxY) >= v);
        }
    }

    /// Two rows with one id cannot both be in the tree: refused, nothing half-written.
    void duplicateIdIsRefused()
    {
        Db d;
        QVERIFY(d.exec("CREATE VIRTUAL TABLE b USING rtree(id, min_x, max_x, min_y, max_y)"));
        QVERIFY(d.exec("BEGIN"));
        QVERIFY(!RtreePacker::replace(d.db, "b", { RtreePacker::point(4, 1, 1), RtreePacker::point(4, 2, 2) }));
        QVERIFY(d.exec("ROLLBACK"));
        QCOMPARE(d.column("SELECT rtreecheck('b')"), QStringList { QStringLiteral("ok") });
        QCOMPARE(d.column("SELECT count(*) FROM b"), QStringList { QStringLiteral("0") });
    }
};

QTEST_GUILESS_MAIN(TestRtreePacker)
#include "tst_rtreepacker.moc"
