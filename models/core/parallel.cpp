#include "parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace waymark::parallel {

int threadCount(int asked)
{
    return asked > 0 ? asked : std::max(1, int(std::thread::hardware_concurrency()));
}

void run(int threads, const std::function<void(int worker)>& fn)
{
    threads = std::max(1, threads);
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads - 1));
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(fn, t);
    fn(0);
    for (std::thread& th : pool)
        th.join();
}

void forRanges(qint64 n, int threads, const std::function<void(qint64 begin, qint64 end, int worker)>& fn)
{
    if (n <= 0)
        return;
    threads = int(std::clamp<qint64>(threads, 1, n));
    run(threads, [&](int t) { fn(n * t / threads, n * (t + 1) / threads, t); });
}

bool forChunks(qint64 n, int threads, qint64 chunk, Feedback* feedback,
    const std::function<void(qint64 begin, qint64 end, int worker)>& fn, double p0, double p1)
{
    chunk = std::max<qint64>(1, chunk);
    std::atomic<qint64> next { 0 };
    std::atomic<qint64> done { 0 };
    const bool report = feedback && p0 != p1 && n > 0;
    threads = int(std::clamp<qint64>(threads, 1, std::max<qint64>(1, (n + chunk - 1) / chunk)));
    run(threads, [&](int t) {
        for (;;) {
            if (feedback && feedback->isCanceled())
                return;
            const qint64 b = next.fetch_add(chunk);
            if (b >= n)
                return;
            const qint64 e = std::min(n, b + chunk);
            fn(b, e, t);
            const qint64 d = done.fetch_add(e - b) + (e - b);
            if (report && t == 0)
                feedback->setProgress(p0 + (p1 - p0) * double(d) / double(n));
        }
    });
    const bool canceled = feedback && feedback->isCanceled();
    // Worker 0 may not have finished the last chunk: the end is reported here.
    if (report && !canceled)
        feedback->setProgress(p1);
    return !canceled;
}

} // namespace waymark::parallel
