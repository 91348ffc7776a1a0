#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace waymark::sharing {

/// A two-way table of counts (incidents and victims per row and column)
/// published with its row totals, column totals and grand total, and made
/// k-anonymous by cell suppression.
///
/// The table is kept "augmented": row `rows()` holds the column totals,
/// column `columns()` the row totals, and their corner the grand total, so a
/// total is a cell like any other and may be suppressed too. Every row and
/// every column of the augmented table is one published equation (its cells
/// add up to its total). Seen as a bipartite graph — one vertex per row and
/// per column, one edge per suppressed cell — the values of the suppressed
/// cells that satisfy all equations differ from the true ones by the
/// alternating sums around the graph's cycles. So a suppressed cell can be
/// worked out exactly from what is published if and only if its edge is a
/// bridge (lies on no cycle); an edge of a vertex of degree one (the only
/// suppressed cell of a row or column) is the simplest bridge.
class SuppressionTable {
public:
    struct Cell {
        qint64 incidents = 0;
        qint64 victims = 0;
        bool suppressed = false;
    };

    SuppressionTable() = default;
    SuppressionTable(int rows, int columns);

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    /// Interior and totals alike: r in [0, rows()], c in [0, columns()].
    Cell& at(int r, int c) { return m_cells[size_t(r) * size_t(m_columns + 1) + size_t(c)]; }
    const Cell& at(int r, int c) const { return m_cells[size_t(r) * size_t(m_columns + 1) + size_t(c)]; }
    /// Adds to an interior cell (not to the totals: computeTotals does).
    void add(int r, int c, qint64 incidents, qint64 victims);
    /// Fills the totals from the interior cells.
    void computeTotals();

    /// Whether a cell must be suppressed for itself: 1 … k−1 incidents or victims.
    static bool isSensitive(const Cell& cell, int k);

    /// Suppresses every sensitive cell (primary suppression), every total of
    /// `forcedRowTotals` (row indexes, rows() for the grand total), then
    /// enough others (complementary suppression) that no suppressed cell is
    /// a bridge: (1) while some row or column has exactly one suppressed
    /// cell, its smallest other non-zero cell (the total included) is
    /// suppressed; (2) when a bridge remains, the smallest non-zero cell
    /// that closes a cycle through it is; both repeat to a fixpoint. Clears
    /// any earlier suppression first. Returns the number of cells suppressed.
    int suppress(int k, const std::vector<int>& forcedRowTotals = {});

    /// The suppressed cells that can be worked out exactly from the
    /// published cells and totals (the bridges of the suppression graph);
    /// empty after suppress().
    std::vector<std::pair<int, int>> derivableCells() const;
    /// Rows and columns (as (index, isColumn)) holding exactly one suppressed cell.
    std::vector<std::pair<int, bool>> linesWithOneSuppressed() const;

private:
    /// Suppresses the smallest unsuppressed non-zero cell among `candidates`; false if there is none.
    bool suppressSmallest(const std::vector<std::pair<int, int>>& candidates);
    /// One bridge of the suppression graph, if there is one.
    bool findBridge(std::pair<int, int>* bridge) const;
    /// The graph without one edge: which vertices the edge's row end still reaches.
    std::vector<bool> reachableWithout(std::pair<int, int> edge) const;

    int m_rows = 0;
    int m_columns = 0;
    std::vector<Cell> m_cells;
};

} // namespace waymark::sharing
