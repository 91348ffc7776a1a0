#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace waymark::store {
class Workspace;
}

namespace waymark::analysis {

/// What a workspace holds, for the overview shown on open: row counts,
/// the span of incident dates (with how many are undated or known only to
/// a month or a year), sources by kind and grade, and every extract with
/// its SHA-256, so an analyst can check provenance at a glance; and the
/// reports edited last (saved or autosaved), each a link "report:ID"; and
/// each source's coverage with the cautions it calls for.
struct WorkspaceOverview {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceOverview)

public:
    struct Count {
        QString table;
        QString label;
        qint64 rows = 0;
    };
    struct SourceRow {
        QString kind;
        QString grade; ///< empty: ungraded
        qint64 sources = 0;
        qint64 incidents = 0;
    };
    struct Extract {
        QString fileName;
        QString sha256;
        QString format;
        QString exportedAt;
        QString importedAt;
        qint64 rowsImported = 0;
        qint64 rowsQuarantined = 0;
        qint64 id = 0;
        qint64 rowsRead = 0;
        qint64 rowsDuplicate = 0;
    };

    /// One source's incidents and how precisely they are placed and dated:
    /// what a comparison across sources or periods can rest on.
    struct Coverage {
        QString source; ///< its name
        QString kind; ///< its kind's code
        qint64 incidents = 0;
        qint64 located = 0; ///< located to a point (else only to a country or region)
        qint64 dayDated = 0; ///< dated to the day
        std::optional<qint64> firstDay, lastDay; ///< Julian days
    };

    struct RecentReport {
        qint64 id = 0;
        QString title;
        QString editedAt; ///< ISO 8601, UTC: the newer of its last save and its autosave
        QString savedBy; ///< who saved its newest version
        int version = 0;
        bool unsavedChanges = false; ///< an autosave newer than the version
    };

    QList<Count> counts;
    std::optional<qint64> firstDay; ///< Julian day of the earliest dated incident
    std::optional<qint64> lastDay;
    qint64 undated = 0;
    qint64 monthOnly = 0;
    qint64 yearOnly = 0;
    QList<SourceRow> sources;
    QList<Extract> extracts;
    QList<RecentReport> recentReports; ///< newest first
    QList<Coverage> coverage; ///< by source, most incidents first
    std::optional<qint64> firstLocatedDay; ///< Julian day of the earliest incident located to a point
    qint64 beforeLocated = 0; ///< incidents dated wholly before firstLocatedDay

    /// What the data can and cannot support, in plain words: the artefact
    /// checks (analysis/claimchecks.h) run on the whole workspace — one
    /// source making up most incidents, a period with no incident located to
    /// a point, sources that locate nothing, dates known only coarsely.
    QStringList cautions() const;

    static constexpr int recentReportCount = 5;

    static Result<WorkspaceOverview> load(store::Workspace& workspace);
    /// The overview as an HTML page (escaped), for the panel and reports.
    QString toHtml() const;
    /// A SHA-256 in four groups of 16 digits, so that a narrow panel can
    /// wrap it between groups rather than squeeze the other columns.
    static QString groupedHash(const QString& hash);
};

} // namespace waymark::analysis
