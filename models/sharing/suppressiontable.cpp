#include "suppressiontable.h"

#include <algorithm>
#include <functional>

namespace waymark::sharing {

SuppressionTable::SuppressionTable(int rows, int columns)
    : m_rows(rows)
    , m_columns(columns)
    , m_cells(size_t(rows + 1) * size_t(columns + 1))
{
}

void SuppressionTable::add(int r, int c, qint64 incidents, qint64 victims)
{
    Cell& cell = at(r, c);
    cell.incidents += incidents;
    cell.victims += victims;
}

void SuppressionTable::computeTotals()
{
    for (int r = 0; r <= m_rows; ++r)
        at(r, m_columns) = {};
    for (int c = 0; c < m_columns; ++c)
        at(m_rows, c) = {};
    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_columns; ++c) {
            const Cell& v = at(r, c);
            for (Cell* total : { &at(r, m_columns), &at(m_rows, c), &at(m_rows, m_columns) }) {
                total->incidents += v.incidents;
                total->victims += v.victims;
            }
        }
    }
}

bool SuppressionTable::isSensitive(const Cell& cell, int k)
{
    return (cell.incidents > 0 && cell.incidents < k) || (cell.victims > 0 && cell.victims < k);
}

bool SuppressionTable::suppressSmallest(const std::vector<std::pair<int, int>>& candidates)
{
    const Cell* best = nullptr;
    for (const auto& [r, c] : candidates) {
        const Cell& cell = at(r, c);
        if (cell.suppressed || (cell.incidents == 0 && cell.victims == 0))
            continue;
        if (!best || std::make_pair(cell.incidents, cell.victims) < std::make_pair(best->incidents, best->victims))
            best = &cell;
    }
    if (!best)
        return false;
    const_cast<Cell*>(best)->suppressed = true;
    return true;
}

std::vector<std::pair<int, bool>> SuppressionTable::linesWithOneSuppressed() const
{
    std::vector<std::pair<int, bool>> out;
    for (int r = 0; r <= m_rows; ++r) {
        int n = 0;
        for (int c = 0; c <= m_columns; ++c)
            n += at(r, c).suppressed ? 1 : 0;
        if (n == 1)
            out.push_back({ r, false });
    }
    for (int c = 0; c <= m_columns; ++c) {
        int n = 0;
        for (int r = 0; r <= m_rows; ++r)
            n += at(r, c).suppressed ? 1 : 0;
        if (n == 1)
            out.push_back({ c, true });
    }
    return out;
}

bool SuppressionTable::findBridge(std::pair<int, int>* bridge) const
{
    // Tarjan's bridge search over the suppression graph: vertices 0…rows for
    // the rows, rows+1… for the columns; one edge per suppressed cell.
    const int rowVertices = m_rows + 1;
    const int n = rowVertices + m_columns + 1;
    std::vector<std::vector<std::pair<int, int>>> adjacent(static_cast<size_t>(n)); // (vertex, edge id)
    for (int r = 0; r <= m_rows; ++r) {
        for (int c = 0; c <= m_columns; ++c) {
            if (!at(r, c).suppressed)
                continue;
            const int edge = r * (m_columns + 1) + c;
            adjacent[size_t(r)].push_back({ rowVertices + c, edge });
            adjacent[size_t(rowVertices + c)].push_back({ r, edge });
        }
    }
    std::vector<int> order(size_t(n), -1), low(size_t(n), 0);
    int time = 0;
    bool found = false;
    std::function<void(int, int)> visit = [&](int v, int viaEdge) {
        order[size_t(v)] = low[size_t(v)] = time++;
        for (const auto& [w, edge] : adjacent[size_t(v)]) {
            if (found)
                return;
            if (edge == viaEdge)
                continue;
            if (order[size_t(w)] >= 0) {
                low[size_t(v)] = std::min(low[size_t(v)], order[size_t(w)]);
                continue;
            }
            visit(w, edge);
            low[size_t(v)] = std::min(low[size_t(v)], low[size_t(w)]);
            if (!found && low[size_t(w)] > order[size_t(v)]) {
                found = true;
                *bridge = { edge / (m_columns + 1), edge % (m_columns + 1) };
            }
        }
    };
    for (int v = 0; v < n && !found; ++v) {
        if (order[size_t(v)] < 0)
            visit(v, -1);
    }
    return found;
}

std::vector<bool> SuppressionTable::reachableWithout(std::pair<int, int> edge) const
{
    const int rowVertices = m_rows + 1;
    const int n = rowVertices + m_columns + 1;
    std::vector<bool> seen(size_t(n), false);
    std::vector<int> stack { edge.first };
    seen[size_t(edge.first)] = true;
    while (!stack.empty()) {
        const int v = stack.back();
        stack.pop_back();
        auto reach = [&](int w) {
            if (!seen[size_t(w)]) {
                seen[size_t(w)] = true;
                stack.push_back(w);
            }
        };
        if (v < rowVertices) {
            for (int c = 0; c <= m_columns; ++c) {
                if (at(v, c).suppressed && std::make_pair(v, c) != edge)
                    reach(rowVertices + c);
            }
        } else {
            const int c = v - rowVertices;
            for (int r = 0; r <= m_rows; ++r) {
                if (at(r, c).suppressed && std::make_pair(r, c) != edge)
                    reach(r);
            }
        }
    }
    return seen;
}

std::vector<std::pair<int, int>> SuppressionTable::derivableCells() const
{
    // Every bridge, found one at a time on a copy with the found ones
    // "published" (they are known, so they no longer hide anything).
    SuppressionTable copy = *this;
    std::vector<std::pair<int, int>> out;
    std::pair<int, int> bridge;
    while (copy.findBridge(&bridge)) {
        out.push_back(bridge);
        copy.at(bridge.first, bridge.second).suppressed = false;
    }
    std::sort(out.begin(), out.end());
    return out;
}

int SuppressionTable::suppress(int k, const std::vector<int>& forcedRowTotals)
{
    for (Cell& c : m_cells)
        c.suppressed = isSensitive(c, k);
    for (int r : forcedRowTotals) {
        // A zero total tells nothing about anyone: it stays published.
        if (r >= 0 && r <= m_rows && at(r, m_columns).incidents > 0)
            at(r, m_columns).suppressed = true;
    }
    for (bool changed = true; changed;) {
        changed = false;
        // (1) A row or column with one suppressed cell gives it away through
        // its published total: hide its smallest other non-zero cell too.
        for (const auto& [index, isColumn] : linesWithOneSuppressed()) {
            std::vector<std::pair<int, int>> line;
            if (isColumn) {
                for (int r = 0; r <= m_rows; ++r)
                    line.push_back({ r, index });
            } else {
                for (int c = 0; c <= m_columns; ++c)
                    line.push_back({ index, c });
            }
            if (suppressSmallest(line))
                changed = true;
        }
        if (changed)
            continue;
        // (2) A bridge is worked out from the equations around it even when
        // every row and column has two suppressed cells: close a cycle
        // through it with the smallest non-zero cell joining its two sides.
        std::pair<int, int> bridge;
        if (!findBridge(&bridge))
            break;
        const std::vector<bool> side = reachableWithout(bridge);
        const int rowVertices = m_rows + 1;
        std::vector<std::pair<int, int>> joining;
        for (int r = 0; r <= m_rows; ++r) {
            for (int c = 0; c <= m_columns; ++c) {
                if (side[size_t(r)] != side[size_t(rowVertices + c)] && std::make_pair(r, c) != bridge)
                    joining.push_back({ r, c });
            }
        }
        if (!suppressSmallest(joining)) {
            // Nothing non-zero joins the sides (a table of zeros around the
            // bridge): publish nothing of it rather than something derivable.
            bool more = false;
            for (Cell& c : m_cells) {
                if (!c.suppressed && (c.incidents > 0 || c.victims > 0)) {
                    c.suppressed = true;
                    more = true;
                }
            }
            if (!more)
                break; // every non-zero cell is hidden already; the zeros were published anyway
        }
        changed = true;
    }
    return int(std::count_if(m_cells.begin(), m_cells.end(), [](const Cell& c) { return c.suppressed; }));
}

} // namespace waymark::sharing
