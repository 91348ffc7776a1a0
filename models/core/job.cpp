#include "core/job.h"

#include <QThreadPool>

#include <algorithm>

namespace waymark {

QThreadPool* jobPool()
{
    static QThreadPool* pool = [] {
        // Never deleted: jobs still running at exit belong to objects that
        // wait for them in their destructors, and a pool destroyed among the
        // statics would wait for nothing.
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("waymark jobs"));
        p->setMaxThreadCount(std::max(8, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

QThreadPool* backgroundPool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool; // never deleted, as jobPool()
        p->setObjectName(QStringLiteral("waymark background"));
        p->setMaxThreadCount(2);
        p->setThreadPriority(QThread::IdlePriority);
        return p;
    }();
    return pool;
}

} // namespace waymark
