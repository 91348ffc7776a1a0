#include "job.h"

#include <QCoreApplication>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>

using waymark::Error;
using waymark::Feedback;
using waymark::Result;
using waymark::ui::Job;

namespace {

/// Lets a test hold a worker until it says so, without sleeping.
struct Gate {
    QSemaphore entered, release;
};

} // namespace

class TestJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Tests below hold one worker while another runs.
        QThreadPool::globalInstance()->setMaxThreadCount(std::max(4, QThreadPool::globalInstance()->maxThreadCount()));
    }

    void restartFromTheFinishedCallback()
    {
        // A view that starts again when a result arrives: the watcher that
        // delivered it must outlive the call.
        Job<int> job(this);
        QList<int> got;
        job.onFinished([&](Result<int> r) {
            got.append(r.value());
            if (r.value() < 3)
                job.start([n = r.value() + 1](Feedback&) -> Result<int> { return n; });
        });
        job.start([](Feedback&) -> Result<int> { return 1; });
        QTRY_COMPARE(got, (QList<int> { 1, 2, 3 }));
    }

    void deliversTheResultOnTheGuiThread()
    {
        Job<int> job(this);
        std::optional<int> got;
        Qt::HANDLE thread = nullptr;
        job.onFinished([&](Result<int> r) {
            QVERIFY(r.ok());
            got = r.value();
            thread = QThread::currentThreadId();
        });
        job.start([](Feedback&) -> Result<int> { return 42; });
        QVERIFY(job.isRunning());
        QTRY_VERIFY(got.has_value());
        QCOMPARE(*got, 42);
        QCOMPARE(thread, QThread::currentThreadId());
        QVERIFY(!job.isRunning());
    }

    void errorsArriveAsError()
    {
        Job<QString> job(this);
        std::optional<Result<QString>> got;
        job.onFinished([&](Result<QString> r) { got = std::move(r); });
        job.start([](Feedback&) -> Result<QString> {
            return Error(QStringLiteral("Cannot open."), QStringLiteral("disk I/O"));
        });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(got->error().message, QStringLiteral("Cannot open."));
    }

    void restartDropsTheStaleResult()
    {
        Job<int> job(this);
        QList<int> got;
        job.onFinished([&](Result<int> r) { got.append(r.value()); });
        auto gate = std::make_shared<Gate>();
        auto firstCanceled = std::make_shared<std::atomic<bool>>(false);
        job.start([gate, firstCanceled](Feedback& f) -> Result<int> {
            gate->entered.release();
            gate->release.acquire();
            *firstCanceled = f.isCanceled();
            return 1; // finishes anyway: its result must not arrive
        });
        QVERIFY(gate->entered.tryAcquire(1, 5000));
        job.start([](Feedback&) -> Result<int> { return 2; });
        gate->release.release();
        QTRY_COMPARE(got, QList<int> { 2 });
        job.waitForAll();
        QVERIFY(*firstCanceled); // the restart canceled the older run
        QCoreApplication::processEvents();
        QCOMPARE(got, QList<int> { 2 });
    }

    void cancelReachesTheWorker()
    {
        Job<int> job(this);
        std::optional<Result<int>> got;
        job.onFinished([&](Result<int> r) { got = std::move(r); });
        auto gate = std::make_shared<Gate>();
        job.start([gate](Feedback& f) -> Result<int> {
            gate->entered.release();
            // A child feedback, as the parts of a job use: canceled with it.
            Feedback part(&f);
            while (!part.isCanceled())
                QThread::yieldCurrentThread();
            return Error(QStringLiteral("Canceled."));
        });
        QVERIFY(gate->entered.tryAcquire(1, 5000));
        QVERIFY(job.feedback());
        job.cancel();
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(got->error().message, QStringLiteral("Canceled."));
    }

    void discardDropsTheResult()
    {
        Job<int> job(this);
        int calls = 0;
        job.onFinished([&](Result<int>) { ++calls; });
        job.start([](Feedback& f) -> Result<int> {
            while (!f.isCanceled())
                QThread::yieldCurrentThread();
            return 0;
        });
        job.discard();
        QVERIFY(!job.isRunning());
        job.waitForAll();
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }

    void destructionCancelsAndWaits()
    {
        auto gate = std::make_shared<Gate>();
        auto returned = std::make_shared<std::atomic<bool>>(false);
        int calls = 0;
        {
            Job<int> job(this);
            job.onFinished([&](Result<int>) { ++calls; });
            job.start([gate, returned](Feedback& f) -> Result<int> {
                gate->entered.release();
                while (!f.isCanceled())
                    QThread::yieldCurrentThread();
                QThread::msleep(50); // still busy when the destructor starts waiting
                *returned = true;
                return 0;
            });
            QVERIFY(gate->entered.tryAcquire(1, 5000));
        }
        QVERIFY(returned->load());
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }

    void progressIsRelayedQueued()
    {
        Job<int> job(this);
        QList<double> fractions;
        QString status;
        bool onGui = true;
        job.onProgress([&](double f, const QString& s) {
            onGui = onGui && QThread::currentThread() == QCoreApplication::instance()->thread();
            fractions.append(f);
            status = s;
        });
        bool done = false;
        job.onFinished([&](Result<int>) { done = true; });
        auto gate = std::make_shared<Gate>();
        job.start([gate](Feedback& f) -> Result<int> {
            f.setStatus(QStringLiteral("Reading"));
            f.setProgress(0.5);
            gate->entered.release();
            gate->release.acquire();
            f.setProgress(1.0);
            return 1;
        });
        QVERIFY(gate->entered.tryAcquire(1, 5000));
        QTRY_VERIFY(!fractions.isEmpty() && fractions.last() == 0.5);
        QCOMPARE(status, QStringLiteral("Reading"));
        gate->release.release();
        QTRY_VERIFY(done);
        QTRY_COMPARE(fractions.last(), 1.0);
        QVERIFY(onGui);
    }

    void moveOnlyResults()
    {
        Job<std::unique_ptr<int>> job(this);
        int got = 0;
        job.onFinished([&](Result<std::unique_ptr<int>> r) { got = *r.value(); });
        job.start([](Feedback&) -> Result<std::unique_ptr<int>> { return std::make_unique<int>(7); });
        QTRY_COMPARE(got, 7);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
