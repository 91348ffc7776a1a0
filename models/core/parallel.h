#pragma once

#include "core/feedback.h"

#include <QtGlobal>

#include <functional>

namespace waymark::parallel {

/// Threads to use: `asked` if positive, else one per core.
int threadCount(int asked = 0);

/// Runs fn(worker) for worker = 0 … threads-1, worker 0 on the calling thread
/// and the others on threads of their own; returns when every worker has
/// returned. For work that splits by hand (a connection per worker, a
/// consumer beside producers). `fn` must not throw.
void run(int threads, const std::function<void(int worker)>& fn);

/// Runs fn(begin, end) over [0, n) cut into `threads` contiguous ranges, the
/// i-th being [n*i/threads, n*(i+1)/threads); which range goes to which
/// worker is fixed, so per-index results do not depend on timing.
void forRanges(qint64 n, int threads, const std::function<void(qint64 begin, qint64 end, int worker)>& fn);

/// Runs fn(begin, end, worker) over [0, n) in chunks of `chunk` indices that
/// the workers take in turn (for rows that differ in cost). Stops taking
/// chunks once `feedback` (may be null) is canceled; a chunk already started
/// finishes. The calling thread, and only it, reports progress from p0 to p1
/// on `feedback` (none when p0 == p1), ending at p1 unless canceled. Returns
/// false when canceled.
///
/// Which worker ran a chunk depends on timing: write results per index, or
/// keep one accumulator per worker and combine them in worker order.
bool forChunks(qint64 n, int threads, qint64 chunk, Feedback* feedback,
    const std::function<void(qint64 begin, qint64 end, int worker)>& fn, double p0 = 0.0, double p1 = 1.0);

} // namespace waymark::parallel
