#include "centrality.h"

#include "core/parallel.h"
#include "core/random.h"
#include "network/graph.h"
#include "network/structure.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace waymark::network {

namespace {

int threadCount(int asked)
{
    return parallel::threadCount(asked);
}

/// Runs work(source, scratch) for every source over `threads` threads, each
/// with its own accumulator; progress and cancel through `feedback`.
template <typename Scratch, typename Work>
std::vector<Scratch> overSources(
    const std::vector<int>& sources, int threads, Feedback* feedback, const std::function<Scratch()>& make, Work work)
{
    std::vector<Scratch> scratch;
    for (int t = 0; t < threads; ++t)
        scratch.push_back(make());
    parallel::forChunks(qint64(sources.size()), threads, 1, feedback, [&](qint64 b, qint64 e, int t) {
        for (qint64 i = b; i < e; ++i)
            work(sources[size_t(i)], scratch[size_t(t)]);
    });
    return scratch;
}

struct BrandesScratch {
    std::vector<double> centrality, sigma, delta;
    std::vector<int> dist, stack, queue;
    explicit BrandesScratch(size_t n)
        : centrality(n, 0.0)
        , sigma(n, 0.0)
        , delta(n, 0.0)
        , dist(n, -1)
    {
        stack.reserve(n);
        queue.reserve(n);
    }
};

} // namespace

std::vector<double> Centrality::degree(const Graph& g)
{
    std::vector<double> d(size_t(g.nodeCount()));
    for (int v = 0; v < g.nodeCount(); ++v)
        d[size_t(v)] = g.degree(v);
    return d;
}

double Centrality::betweennessErrorBound(int n, int k, double delta)
{
    if (k <= 0 || n <= 0)
        return 0;
    return std::sqrt(std::log(2.0 * n / delta) / (2.0 * k));
}

namespace {

/// Exact betweenness (Brandes 2001) with the leaves taken out first
/// (Baglioni et al. 2012): a node of degree 1 hanging on a node of higher
/// degree lies on no shortest path, and every path from it runs through its
/// parent, so it is folded into the parent's weight ω (the number of original
/// nodes it stands for) and the BFS runs over the rest only. Pairs with a leaf
/// at one end then count ω(s)·ω(t) times, and each parent p of L leaves in a
/// piece of r nodes gets the L(r-1-L) + L(L-1)/2 pairs it joins to the
/// rest. Returns the sum over ordered pairs (each unordered pair twice).
std::vector<double> exactBetweenness(const Graph& g, int threads, Feedback* feedback)
{
    const int n = g.nodeCount();
    const auto& off = g.offsets();
    const auto& adj = g.targets();
    std::vector<int> coreIndex(size_t(n), -1), original;
    std::vector<double> omega;
    std::vector<int> leaves(size_t(n), 0);
    for (int v = 0; v < n; ++v) {
        if (g.degree(v) == 1 && g.degree(adj[size_t(off[size_t(v)])]) > 1)
            ++leaves[size_t(adj[size_t(off[size_t(v)])])];
        else {
            coreIndex[size_t(v)] = int(original.size());
            original.push_back(v);
        }
    }
    // The core in compressed rows of its own, so the inner loops test nothing.
    const int k = int(original.size());
    std::vector<qint64> coff(size_t(k) + 1, 0);
    std::vector<int> cadj;
    cadj.reserve(adj.size());
    omega.resize(size_t(k));
    for (int i = 0; i < k; ++i) {
        const int v = original[size_t(i)];
        omega[size_t(i)] = 1.0 + leaves[size_t(v)];
        for (qint64 e = off[size_t(v)]; e < off[size_t(v) + 1]; ++e) {
            const int c = coreIndex[size_t(adj[size_t(e)])];
            if (c >= 0)
                cadj.push_back(c);
        }
        coff[size_t(i) + 1] = qint64(cadj.size());
    }
    threads = std::clamp(threads, 1, std::max(1, k));
    std::vector<std::vector<double>> parts(static_cast<size_t>(threads));
    std::atomic<bool> stop { false };
    // Fixed ranges of sources per worker, summed in worker order below: the
    // result depends on the thread count only, never on timing.
    parallel::run(threads, [&](int t) {
        std::vector<double>& acc = parts[size_t(t)];
        acc.assign(size_t(k), 0.0);
        std::vector<double> sigma(size_t(k), 0.0), coeff(size_t(k), 0.0);
        std::vector<int> dist(size_t(k), -1), order;
        order.reserve(size_t(k));
        const int begin = int(qint64(k) * t / threads), end = int(qint64(k) * (t + 1) / threads);
        for (int s = begin; s < end; ++s) {
            if (feedback && ((s - begin) & 63) == 0) {
                if (feedback->isCanceled()) {
                    stop = true;
                    return;
                }
                if (t == 0)
                    feedback->setProgress(double(s - begin) / double(std::max(1, end - begin)));
            }
            order.clear();
            order.push_back(s);
            sigma[size_t(s)] = 1;
            dist[size_t(s)] = 0;
            for (size_t head = 0; head < order.size(); ++head) {
                const int v = order[head];
                const int next = dist[size_t(v)] + 1;
                const double sv = sigma[size_t(v)];
                for (qint64 e = coff[size_t(v)], eEnd = coff[size_t(v) + 1]; e < eEnd; ++e) {
                    const int w = cadj[size_t(e)];
                    const int dw = dist[size_t(w)];
                    if (dw < 0) {
                        dist[size_t(w)] = next;
                        sigma[size_t(w)] = sv;
                        order.push_back(w);
                    } else if (dw == next) {
                        sigma[size_t(w)] += sv;
                    }
                }
            }
            // Backwards, each node pulls from its successors their
            // (ω(w) + δ(w)) / σ(w), computed once when w was finished.
            const double ws = omega[size_t(s)];
            for (size_t i = order.size(); i-- > 1;) {
                const int v = order[i];
                const int next = dist[size_t(v)] + 1;
                double sum = 0;
                for (qint64 e = coff[size_t(v)], eEnd = coff[size_t(v) + 1]; e < eEnd; ++e) {
                    const int w = cadj[size_t(e)];
                    if (dist[size_t(w)] == next)
                        sum += coeff[size_t(w)];
                }
                const double delta = sigma[size_t(v)] * sum;
                acc[size_t(v)] += ws * delta;
                coeff[size_t(v)] = (omega[size_t(v)] + delta) / sigma[size_t(v)];
            }
            for (int v : order) {
                dist[size_t(v)] = -1;
                coeff[size_t(v)] = 0;
            }
        }
    });
    if (stop)
        return {};
    std::vector<double> c(size_t(n), 0.0);
    for (const auto& part : parts) {
        for (int i = 0; i < k; ++i)
            c[size_t(original[size_t(i)])] += part[size_t(i)];
    }
    int pieces = 0;
    const std::vector<int> piece = Structure::components(g, &pieces);
    std::vector<double> pieceSize(size_t(pieces), 0.0);
    for (int v = 0; v < n; ++v)
        pieceSize[size_t(piece[size_t(v)])] += 1;
    for (int v = 0; v < n; ++v) {
        const double L = leaves[size_t(v)];
        if (L > 0)
            c[size_t(v)] += 2.0 * (L * (pieceSize[size_t(piece[size_t(v)])] - 1 - L) + L * (L - 1) / 2);
    }
    return c;
}

/// Turns sums over ordered pairs into betweenness: halved (undirected,
/// every pair was counted from both ends), times `sampling` (all sources /
/// sources walked), normalized by (n-1)(n-2)/2 if asked.
void finishBetweenness(std::vector<double>& c, double sampling, bool normalized, Feedback* feedback)
{
    const double n = double(c.size());
    double scale = 0.5 * sampling;
    if (normalized && n > 2)
        scale *= 2.0 / ((n - 1) * (n - 2));
    for (double& x : c)
        x *= scale;
    if (feedback)
        feedback->setProgress(1.0);
}

} // namespace

std::vector<double> Centrality::betweenness(const Graph& g, const BetweennessOptions& o, Feedback* feedback)
{
    const int n = g.nodeCount();
    const auto& off = g.offsets();
    const auto& adj = g.targets();
    std::vector<int> sources(static_cast<size_t>(n));
    std::iota(sources.begin(), sources.end(), 0);
    const bool sampled = o.sampleSize > 0 && o.sampleSize < n;
    if (!sampled) {
        std::vector<double> c = exactBetweenness(g, threadCount(o.threads), feedback);
        if (c.empty() && n > 0)
            return {};
        finishBetweenness(c, 1.0, o.normalized, feedback);
        return c;
    }
    {
        Random r(o.seed);
        for (int i = n - 1; i > 0; --i)
            std::swap(sources[size_t(i)], sources[size_t(r.between(0, i))]);
        sources.resize(size_t(o.sampleSize));
    }
    // Brandes (2001): one BFS per source, dependencies accumulated backwards.
    auto work = [&](int s, BrandesScratch& b) {
        b.stack.clear();
        b.queue.clear();
        b.sigma[size_t(s)] = 1;
        b.dist[size_t(s)] = 0;
        b.queue.push_back(s);
        for (size_t head = 0; head < b.queue.size(); ++head) {
            const int v = b.queue[head];
            b.stack.push_back(v);
            const int dv = b.dist[size_t(v)];
            for (qint64 e = off[size_t(v)]; e < off[size_t(v) + 1]; ++e) {
                const int w = adj[size_t(e)];
                if (b.dist[size_t(w)] < 0) {
                    b.dist[size_t(w)] = dv + 1;
                    b.queue.push_back(w);
                }
                if (b.dist[size_t(w)] == dv + 1)
                    b.sigma[size_t(w)] += b.sigma[size_t(v)];
            }
        }
        for (size_t i = b.stack.size(); i-- > 0;) {
            const int w = b.stack[i];
            const double coeff = (1.0 + b.delta[size_t(w)]) / b.sigma[size_t(w)];
            const int dw = b.dist[size_t(w)];
            for (qint64 e = off[size_t(w)]; e < off[size_t(w) + 1]; ++e) {
                const int v = adj[size_t(e)];
                if (b.dist[size_t(v)] == dw - 1)
                    b.delta[size_t(v)] += b.sigma[size_t(v)] * coeff;
            }
            if (w != s)
                b.centrality[size_t(w)] += b.delta[size_t(w)];
        }
        for (int v : b.stack) {
            b.sigma[size_t(v)] = 0;
            b.delta[size_t(v)] = 0;
            b.dist[size_t(v)] = -1;
        }
    };
    const std::vector<BrandesScratch> parts = overSources<BrandesScratch>(
        sources, threadCount(o.threads), feedback, [n] { return BrandesScratch(static_cast<size_t>(n)); }, work);
    if (feedback && feedback->isCanceled())
        return {};
    std::vector<double> c(size_t(n), 0.0);
    for (const BrandesScratch& p : parts) {
        for (size_t v = 0; v < size_t(n); ++v)
            c[v] += p.centrality[v];
    }
    finishBetweenness(c, double(n) / double(sources.size()), o.normalized, feedback);
    return c;
}

std::vector<double> Centrality::pageRank(
    const Graph& g, bool weighted, double damping, double tolerance, int maxIterations)
{
    const int n = g.nodeCount();
    if (n == 0)
        return {};
    // Gauss–Seidel sweeps on the undirected graph: each node pulls from its
    // neighbours the rank they pass on, using the values already updated in
    // this sweep, which roughly halves the sweeps of the power method for
    // the same fixed point. The rank of dangling nodes (spread evenly) is
    // taken from the previous sweep; the result is normalised to sum 1.
    const auto& off = g.offsets();
    const auto& adj = g.targets();
    const auto& wts = g.weights();
    std::vector<double> outShare(static_cast<size_t>(n), 0.0);
    std::vector<int> dangling;
    for (int v = 0; v < n; ++v) {
        const double out = weighted ? g.strength(v) : double(g.degree(v));
        if (out > 0)
            outShare[size_t(v)] = damping / out;
        else
            dangling.push_back(v);
    }
    std::vector<double> rank(size_t(n), 1.0 / n);
    std::vector<double> pass(static_cast<size_t>(n)); // rank[v] · damping / out(v)
    for (int v = 0; v < n; ++v)
        pass[size_t(v)] = rank[size_t(v)] * outShare[size_t(v)];
    for (int it = 0; it < maxIterations; ++it) {
        double danglingRank = 0;
        for (int v : dangling)
            danglingRank += rank[size_t(v)];
        const double base = (1.0 - damping) / n + damping * danglingRank / n;
        double change = 0;
        for (int v = 0; v < n; ++v) {
            double x = base;
            const qint64 eEnd = off[size_t(v) + 1];
            if (weighted) {
                for (qint64 e = off[size_t(v)]; e < eEnd; ++e)
                    x += pass[size_t(adj[size_t(e)])] * wts[size_t(e)];
            } else {
                for (qint64 e = off[size_t(v)]; e < eEnd; ++e)
                    x += pass[size_t(adj[size_t(e)])];
            }
            change += std::fabs(x - rank[size_t(v)]);
            rank[size_t(v)] = x;
            pass[size_t(v)] = x * outShare[size_t(v)];
        }
        if (change < tolerance)
            break;
    }
    const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
    for (double& x : rank)
        x /= total;
    return rank;
}

std::vector<double> Centrality::closeness(const Graph& g, Feedback* feedback)
{
    const int n = g.nodeCount();
    const auto& off = g.offsets();
    const auto& adj = g.targets();
    std::vector<int> sources(static_cast<size_t>(n));
    std::iota(sources.begin(), sources.end(), 0);
    struct Scratch {
        std::vector<int> dist, queue;
        std::vector<std::pair<int, double>> out;
    };
    auto parts = overSources<Scratch>(
        sources, threadCount(0), feedback,
        [n] {
            Scratch s;
            s.dist.assign(size_t(n), -1);
            return s;
        },
        [&](int s, Scratch& b) {
            b.queue.clear();
            b.queue.push_back(s);
            b.dist[size_t(s)] = 0;
            double total = 0;
            for (size_t head = 0; head < b.queue.size(); ++head) {
                const int v = b.queue[head];
                total += b.dist[size_t(v)];
                for (qint64 e = off[size_t(v)]; e < off[size_t(v) + 1]; ++e) {
                    const int w = adj[size_t(e)];
                    if (b.dist[size_t(w)] < 0) {
                        b.dist[size_t(w)] = b.dist[size_t(v)] + 1;
                        b.queue.push_back(w);
                    }
                }
            }
            const double r = double(b.queue.size());
            double c = 0;
            if (total > 0 && n > 1)
                c = ((r - 1) / total) * ((r - 1) / (n - 1));
            b.out.emplace_back(s, c);
            for (int v : b.queue)
                b.dist[size_t(v)] = -1;
        });
    if (feedback && feedback->isCanceled())
        return {};
    std::vector<double> c(size_t(n), 0.0);
    for (const Scratch& p : parts) {
        for (const auto& [v, x] : p.out)
            c[size_t(v)] = x;
    }
    return c;
}

std::vector<double> Centrality::eigenvector(const Graph& g, double tolerance, int maxIterations)
{
    const int n = g.nodeCount();
    if (n == 0)
        return {};
    const auto& off = g.offsets();
    const auto& adj = g.targets();
    std::vector<double> x(size_t(n), 1.0 / std::sqrt(double(n))), y(static_cast<size_t>(n));
    for (int it = 0; it < maxIterations; ++it) {
        // A + I has the same leading eigenvector and converges on bipartite graphs too.
        for (int v = 0; v < n; ++v) {
            double s = x[size_t(v)];
            for (qint64 e = off[size_t(v)]; e < off[size_t(v) + 1]; ++e)
                s += x[size_t(adj[size_t(e)])];
            y[size_t(v)] = s;
        }
        double norm = 0;
        for (double v : y)
            norm += v * v;
        norm = std::sqrt(norm);
        if (norm == 0)
            return x;
        double change = 0;
        for (int v = 0; v < n; ++v) {
            y[size_t(v)] /= norm;
            change += std::fabs(y[size_t(v)] - x[size_t(v)]);
        }
        x.swap(y);
        if (change < tolerance * n)
            break;
    }
    return x;
}

} // namespace waymark::network
