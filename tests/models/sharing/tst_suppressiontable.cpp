#include "core/random.h"
#include "sharing/suppressiontable.h"

#include <QtTest>

#include <cmath>
#include <deque>

using namespace waymark;
using namespace waymark::sharing;

namespace {

/// Rank of a dense matrix by Gaussian elimination with partial pivoting
/// (entries are 0 and ±1, tables small: doubles are exact enough).
int rank(std::vector<std::vector<double>> m)
{
    int r = 0;
    const int rows = int(m.size());
    const int cols = rows ? int(m[0].size()) : 0;
    for (int c = 0; c < cols && r < rows; ++c) {
        int pivot = r;
        for (int i = r + 1; i < rows; ++i) {
            if (std::abs(m[size_t(i)][size_t(c)]) > std::abs(m[size_t(pivot)][size_t(c)]))
                pivot = i;
        }
        if (std::abs(m[size_t(pivot)][size_t(c)]) < 1e-9)
            continue;
        std::swap(m[size_t(pivot)], m[size_t(r)]);
        for (int i = 0; i < rows; ++i) {
            if (i == r)
                continue;
            const double f = m[size_t(i)][size_t(c)] / m[size_t(r)][size_t(c)];
            for (int j = c; j < cols; ++j)
                m[size_t(i)][size_t(j)] -= f * m[size_t(r)][size_t(j)];
        }
        ++r;
    }
    return r;
}

/// The oracle, independent of the graph argument in SuppressionTable: the
/// suppressed cells an attacker can solve for exactly from the published
/// equations (every row and column of the augmented table adds up to its
/// total), by linear algebra: cell i is determined iff the unit vector e_i
/// lies in the row space of the equations restricted to the unknowns.
std::vector<std::pair<int, int>> solvableCells(const SuppressionTable& t)
{
    std::vector<std::pair<int, int>> unknowns;
    for (int r = 0; r <= t.rows(); ++r) {
        for (int c = 0; c <= t.columns(); ++c) {
            if (t.at(r, c).suppressed)
                unknowns.push_back({ r, c });
        }
    }
    std::vector<std::vector<double>> m;
    for (int line = 0; line <= t.rows() + t.columns() + 1; ++line) {
        std::vector<double> eq(unknowns.size(), 0.0);
        for (size_t u = 0; u < unknowns.size(); ++u) {
            const auto [r, c] = unknowns[u];
            const bool isRow = line <= t.rows();
            const int index = isRow ? line : line - t.rows() - 1;
            if (isRow && r == index)
                eq[u] = c == t.columns() ? -1 : 1;
            if (!isRow && c == index)
                eq[u] = r == t.rows() ? -1 : 1;
        }
        m.push_back(eq);
    }
    const int base = rank(m);
    std::vector<std::pair<int, int>> out;
    for (size_t u = 0; u < unknowns.size(); ++u) {
        auto with = m;
        std::vector<double> e(unknowns.size(), 0.0);
        e[u] = 1;
        with.push_back(e);
        if (rank(with) == base)
            out.push_back(unknowns[u]);
    }
    return out;
}

bool equationsHold(const SuppressionTable& t)
{
    for (int r = 0; r <= t.rows(); ++r) {
        qint64 sum = 0;
        for (int c = 0; c < t.columns(); ++c)
            sum += t.at(r, c).incidents;
        if (sum != t.at(r, t.columns()).incidents)
            return false;
    }
    for (int c = 0; c <= t.columns(); ++c) {
        qint64 sum = 0;
        for (int r = 0; r < t.rows(); ++r)
            sum += t.at(r, c).incidents;
        if (sum != t.at(t.rows(), c).incidents)
            return false;
    }
    return true;
}

/// The sufficient condition without linear programming: for a suppressed
/// cell, a cycle of suppressed cells through it (alternating rows and
/// columns) along which ±1 can be moved gives two other tables that agree
/// with everything published and are non-negative, in which the cell is one
/// more and one less. So the cell cannot be worked out exactly.
///
/// Its limits: it proves only that the value is not pinned down, not how
/// wide the interval an attacker can prove is. With the non-negativity
/// bounds a linear program (as τ-ARGUS's audit does) may still narrow a
/// cell to, say, 2…4, which for k = 10 tells a lot; and it looks at one
/// table, not at other tables published from the same records beyond the
/// shared margins, nor at the records themselves.
bool alternativeTablesExist(const SuppressionTable& t, std::pair<int, int> cell)
{
    const int rowVertices = t.rows() + 1;
    const int n = rowVertices + t.columns() + 1;
    auto neighbours = [&](int v) {
        std::vector<std::pair<int, std::pair<int, int>>> out;
        if (v < rowVertices) {
            for (int c = 0; c <= t.columns(); ++c) {
                if (t.at(v, c).suppressed && std::make_pair(v, c) != cell)
                    out.push_back({ rowVertices + c, { v, c } });
            }
        } else {
            for (int r = 0; r <= t.rows(); ++r) {
                if (t.at(r, v - rowVertices).suppressed && std::make_pair(r, v - rowVertices) != cell)
                    out.push_back({ r, { r, v - rowVertices } });
            }
        }
        return out;
    };
    // A path from the cell's column back to its row, not using the cell.
    std::vector<int> from(size_t(n), -2);
    std::vector<std::pair<int, int>> via(static_cast<size_t>(n));
    const int start = rowVertices + cell.second, goal = cell.first;
    std::deque<int> queue { start };
    from[size_t(start)] = -1;
    while (!queue.empty() && from[size_t(goal)] == -2) {
        const int v = queue.front();
        queue.pop_front();
        for (const auto& [w, edge] : neighbours(v)) {
            if (from[size_t(w)] == -2) {
                from[size_t(w)] = v;
                via[size_t(w)] = edge;
                queue.push_back(w);
            }
        }
    }
    if (from[size_t(goal)] == -2)
        return false;
    std::vector<std::pair<int, int>> cycle { cell };
    for (int v = goal; v != start; v = from[size_t(v)])
        cycle.push_back(via[size_t(v)]);
    for (int direction : { 1, -1 }) {
        SuppressionTable alt = t;
        int delta = direction;
        for (const auto& [r, c] : cycle) {
            // Totals enter their equations with the other sign.
            const bool total = (r == t.rows()) != (c == t.columns());
            alt.at(r, c).incidents += total ? -delta : delta;
            delta = -delta;
        }
        if (!equationsHold(alt))
            return false;
        for (int r = 0; r <= t.rows(); ++r) {
            for (int c = 0; c <= t.columns(); ++c) {
                if (alt.at(r, c).incidents < 0)
                    return false;
                if (!t.at(r, c).suppressed && alt.at(r, c).incidents != t.at(r, c).incidents)
                    return false;
            }
        }
        if (alt.at(cell.first, cell.second).incidents == t.at(cell.first, cell.second).incidents)
            return false;
    }
    return true;
}

SuppressionTable randomTable(Random& random, int k)
{
    SuppressionTable t(int(random.between(1, 9)), int(random.between(1, 9)));
    const double zeros = random.uniform() * 0.6, small = random.uniform() * 0.6;
    for (int r = 0; r < t.rows(); ++r) {
        for (int c = 0; c < t.columns(); ++c) {
            const double p = random.uniform();
            const qint64 n = p < zeros ? 0 : p < zeros + small ? random.between(1, k - 1) : random.between(k, 6 * k);
            t.add(r, c, n, n == 0 ? 0 : n + random.between(0, n));
        }
    }
    t.computeTotals();
    return t;
}

} // namespace

class TestSuppressionTable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aBridgeIsDerivableThoughNoLineHasOneSuppressedCell()
    {
        // Two blocks of four suppressed cells, joined by one more cell: every
        // row and column holds two or three suppressed cells, yet the
        // joining cell is the difference of two published totals.
        SuppressionTable t(4, 4);
        const int v[4][4] = { { 20, 20, 0, 0 }, { 20, 20, 5, 0 }, { 0, 0, 20, 20 }, { 0, 0, 20, 20 } };
        for (int r = 0; r < 4; ++r) {
            for (int c = 0; c < 4; ++c)
                t.add(r, c, v[r][c], v[r][c]);
        }
        t.computeTotals();
        for (auto [r, c] :
            { std::pair { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 2, 2 }, { 2, 3 }, { 3, 2 }, { 3, 3 }, { 1, 2 } })
            t.at(r, c).suppressed = true;
        QVERIFY(t.linesWithOneSuppressed().empty());
        const auto derivable = t.derivableCells();
        QCOMPARE(derivable.size(), size_t(1));
        QCOMPARE(derivable.front(), std::make_pair(1, 2));
        QCOMPARE(solvableCells(t), derivable);
    }

    void aSmallCellAloneTakesItsTotalsWithIt()
    {
        // One row of one cell: the cell is its row total and its column
        // total, and all of them are the grand total.
        SuppressionTable t(1, 1);
        t.add(0, 0, 3, 4);
        t.computeTotals();
        QCOMPARE(t.suppress(10), 4);
        QVERIFY(t.derivableCells().empty());
    }

    void nothingUnderKIsDerivable_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : { 1ull, 2ull, 3ull, 4ull, 5ull })
            QTest::addRow("seed %llu", seed) << seed;
    }

    void nothingUnderKIsDerivable()
    {
        QFETCH(quint64, seed);
        Random random(seed);
        int suppressedAll = 0, tables = 0;
        for (int n = 0; n < 400; ++n) {
            const int k = int(random.pick(std::vector<qint64> { 3, 5, 10, 11 }));
            SuppressionTable t = randomTable(random, k);
            suppressedAll += t.suppress(k);
            ++tables;
            for (int r = 0; r <= t.rows(); ++r) {
                for (int c = 0; c <= t.columns(); ++c) {
                    const auto& cell = t.at(r, c);
                    if (SuppressionTable::isSensitive(cell, k))
                        QVERIFY2(cell.suppressed,
                            qPrintable(QStringLiteral("table %1: cell %2,%3 (%4) under k=%5 "
                                                      "is published")
                                           .arg(n)
                                           .arg(r)
                                           .arg(c)
                                           .arg(cell.incidents)
                                           .arg(k)));
                    if (cell.suppressed)
                        QVERIFY(cell.incidents > 0);
                }
            }
            // The rule of thumb: no row or column with one suppressed cell.
            QVERIFY(t.linesWithOneSuppressed().empty());
            // Exact derivation by linear algebra: none.
            const auto solvable = solvableCells(t);
            if (!solvable.empty())
                QFAIL(qPrintable(QStringLiteral("table %1: cell %2,%3 can be solved for")
                                     .arg(n)
                                     .arg(solvable.front().first)
                                     .arg(solvable.front().second)));
            QVERIFY(t.derivableCells().empty());
            // The constructive check: each suppressed cell could be one more or one less.
            for (int r = 0; r <= t.rows(); ++r) {
                for (int c = 0; c <= t.columns(); ++c) {
                    if (t.at(r, c).suppressed)
                        QVERIFY2(alternativeTablesExist(t, { r, c }),
                            qPrintable(QStringLiteral("table %1: cell %2,%3").arg(n).arg(r).arg(c)));
                }
            }
        }
        QVERIFY(suppressedAll > tables); // the tables did need suppression
    }

    void forcedTotalsAreHiddenAndProtected()
    {
        Random random(42);
        for (int n = 0; n < 200; ++n) {
            SuppressionTable t = randomTable(random, 10);
            const int row = int(random.between(0, t.rows()));
            t.suppress(10, { row });
            QVERIFY(t.at(row, t.columns()).suppressed || t.at(row, t.columns()).incidents == 0);
            QVERIFY(solvableCells(t).empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSuppressionTable)
#include "tst_suppressiontable.moc"
