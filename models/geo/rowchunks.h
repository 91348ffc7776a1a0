#pragma once

#include "core/feedback.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace waymark::geo {

/// Threads to use: `asked` if positive, else one per core.
inline int rowThreads(int asked)
{
    return asked > 0 ? asked : std::max(1, int(std::thread::hardware_concurrency()));
}

/// Runs work(begin, end) over the rows [0, n) in small chunks that `threads`
/// threads take in turn (rows differ in cost: kernels widen towards the
/// poles); only the calling thread reports progress, from p0 to p1. Returns
/// false when canceled; work already started finishes its chunk.
template <typename Work> bool forRowChunks(int n, int threads, Feedback& feedback, double p0, double p1, Work work)
{
    constexpr int kChunk = 8;
    std::atomic<int> next { 0 };
    std::atomic<int> done { 0 };
    auto run = [&](int t) {
        for (;;) {
            if (feedback.isCanceled())
                return;
            const int b = next.fetch_add(kChunk);
            if (b >= n)
                return;
            const int e = std::min(n, b + kChunk);
            work(b, e);
            const int d = done.fetch_add(e - b) + (e - b);
            if (t == 0)
                feedback.setProgress(p0 + (p1 - p0) * double(d) / double(n));
        }
    };
    threads = std::max(1, std::min(threads, (n + kChunk - 1) / kChunk));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(run, t);
    run(0);
    for (std::thread& th : pool)
        th.join();
    return !feedback.isCanceled();
}

} // namespace waymark::geo
