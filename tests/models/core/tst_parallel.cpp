#include "core/parallel.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <numeric>
#include <set>
#include <vector>

using namespace waymark;

class TestParallel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runCallsEveryWorkerOnce()
    {
        std::vector<std::atomic<int>> calls(5);
        parallel::run(5, [&](int w) { calls[size_t(w)].fetch_add(1); });
        for (const auto& c : calls)
            QCOMPARE(c.load(), 1);
        int zero = 0;
        parallel::run(0, [&](int w) { zero += w + 1; }); // at least one worker, on this thread
        QCOMPARE(zero, 1);
    }

    void rangesCoverInOrder_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<int>("threads");
        QTest::newRow("empty") << qint64(0) << 4;
        QTest::newRow("fewer items than threads") << qint64(3) << 8;
        QTest::newRow("uneven") << qint64(1001) << 4;
        QTest::newRow("one thread") << qint64(17) << 1;
    }
    void rangesCoverInOrder()
    {
        QFETCH(qint64, n);
        QFETCH(int, threads);
        std::vector<int> hits(size_t(n), 0);
        std::vector<std::pair<qint64, qint64>> ranges(size_t(threads), { -1, -1 });
        parallel::forRanges(n, threads, [&](qint64 b, qint64 e, int w) {
            ranges[size_t(w)] = { b, e };
            for (qint64 i = b; i < e; ++i)
                ++hits[size_t(i)];
        });
        for (int h : hits)
            QCOMPARE(h, 1);
        // The split is fixed: worker w always gets the w-th range.
        const int used = int(std::min<qint64>(threads, std::max<qint64>(n, 1)));
        for (int w = 0; n > 0 && w < used; ++w) {
            QCOMPARE(ranges[size_t(w)].first, n * w / used);
            QCOMPARE(ranges[size_t(w)].second, n * (w + 1) / used);
        }
    }

    void chunksCoverEveryIndexOnce()
    {
        const qint64 n = 100003;
        std::vector<std::atomic<int>> hits(static_cast<size_t>(n));
        Feedback feedback;
        const bool ok = parallel::forChunks(n, 4, 7, &feedback, [&](qint64 b, qint64 e, int w) {
            QVERIFY(w >= 0 && w < 4);
            QVERIFY(e - b <= 7);
            for (qint64 i = b; i < e; ++i)
                hits[size_t(i)].fetch_add(1);
        });
        QVERIFY(ok);
        for (const auto& h : hits)
            QCOMPARE(h.load(), 1);
        QCOMPARE(feedback.progress(), 1.0);
    }

    void perWorkerAccumulatorsAgree()
    {
        // The same sum whatever the number of threads: one accumulator per
        // worker, combined in worker order, over integers.
        const qint64 n = 50000;
        auto sum = [&](int threads) {
            std::vector<qint64> acc(size_t(threads), 0);
            parallel::forChunks(n, threads, 13, nullptr, [&](qint64 b, qint64 e, int w) {
                for (qint64 i = b; i < e; ++i)
                    acc[size_t(w)] += i * i % 97;
            });
            return std::accumulate(acc.begin(), acc.end(), qint64(0));
        };
        const qint64 one = sum(1);
        QCOMPARE(sum(2), one);
        QCOMPARE(sum(8), one);
    }

    void cancelStopsTakingChunks()
    {
        Feedback feedback;
        std::atomic<qint64> seen { 0 };
        const bool ok = parallel::forChunks(1000000, 4, 10, &feedback, [&](qint64 b, qint64 e, int) {
            if (seen.fetch_add(e - b) + (e - b) >= 1000)
                feedback.cancel();
        });
        QVERIFY(!ok);
        QVERIFY(feedback.isCanceled());
        // Chunks already started finish; no new one starts once canceled.
        QVERIFY(seen.load() < 1000 + 4 * 10 + 10);
    }

    void parentCancelReachesChild()
    {
        Feedback parent;
        Feedback child(&parent);
        parent.cancel();
        int calls = 0;
        QVERIFY(!parallel::forChunks(100, 2, 1, &child, [&](qint64, qint64, int) { ++calls; }));
        QCOMPARE(calls, 0);
    }

    void progressFromTheCallingThreadOnly()
    {
        Feedback feedback;
        std::vector<double> seen;
        const Qt::HANDLE caller = QThread::currentThreadId();
        bool otherThread = false;
        feedback.setProgressCallback([&](double f, const QString&) {
            otherThread = otherThread || QThread::currentThreadId() != caller;
            seen.push_back(f);
        });
        parallel::forChunks(
            10000, 4, 10, &feedback, [](qint64, qint64, int) {}, 0.25, 0.75);
        QVERIFY(!otherThread);
        for (double f : seen)
            QVERIFY(f >= 0.25 && f <= 0.75);
    }
};

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
