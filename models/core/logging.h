#pragma once

#include <QLoggingCategory>

/// One logging category per models/ folder ("waymark.store", …), warnings
/// and above on by default. Turn more on without rebuilding, e.g.
/// QT_LOGGING_RULES="waymark.*.debug=true" waymark …, to see how long
/// checks, imports, snapshots and scores take. Nothing here is case data:
/// counts, timings and file names only.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcGeo)
Q_DECLARE_LOGGING_CATEGORY(lcIngest)
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis)
Q_DECLARE_LOGGING_CATEGORY(lcMap)
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcFinance)
Q_DECLARE_LOGGING_CATEGORY(lcReports)
