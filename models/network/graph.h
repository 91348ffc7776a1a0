#pragma once

#include <QtGlobal>

#include <vector>

namespace waymark::network {

/// A link between two nodes as it comes in: possibly a self-loop, a repeat
/// of another, or pointing at a node that does not exist.
struct Edge {
    int from = 0;
    int to = 0;
    double weight = 1;
};

/// What building a Graph did with the links it was given, so the caller can
/// tell the analyst (nothing is dropped silently).
struct GraphReport {
    int selfLoops = 0; ///< a node linked to itself: kept out of the analytics
    int parallelMerged = 0; ///< repeated links between one pair: weights summed
    int danglingEnds = 0; ///< a link end that names no node: left out
    int badWeights = 0; ///< zero, negative or not-a-number weights: taken as 1
};

/// An undirected, weighted, simple graph in compressed sparse rows: the
/// neighbours of node v are targets()[offsets()[v] .. offsets()[v+1]). Built
/// once, read by every algorithm, safe to share between threads.
class Graph {
public:
    Graph() = default;
    static Graph fromEdges(int nodeCount, const std::vector<Edge>& edges, GraphReport* report = nullptr);

    int nodeCount() const { return int(m_offsets.empty() ? 0 : m_offsets.size() - 1); }
    qint64 edgeCount() const { return qint64(m_targets.size() / 2); }
    const std::vector<qint64>& offsets() const { return m_offsets; }
    const std::vector<int>& targets() const { return m_targets; }
    const std::vector<double>& weights() const { return m_weights; }
    int degree(int v) const { return int(m_offsets[size_t(v) + 1] - m_offsets[size_t(v)]); }
    double strength(int v) const { return m_strength[size_t(v)]; }
    /// Sum of all edge weights (each edge once).
    double totalWeight() const { return m_totalWeight; }

private:
    std::vector<qint64> m_offsets;
    std::vector<int> m_targets;
    std::vector<double> m_weights;
    std::vector<double> m_strength;
    double m_totalWeight = 0;
};

} // namespace waymark::network
