#pragma once

#include "core/result.h"
#include "reports/reportdocument.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::reports {

/// Keeps Key Judgement Reports in a workspace: every save is a new version
/// (nothing is overwritten), each save and dismissal is in the audit log,
/// and one autosave per report holds typing not yet saved. Loading
/// refreshes every evidence link from the workspace and flags the ones
/// whose row is gone. Use on the thread that owns the Workspace.
class ReportStore {
public:
    struct Summary {
        qint64 id = 0;
        QString title;
        QString reference;
        int version = 0;
        QString updatedAt;
        bool generated = false;
    };
    struct VersionInfo {
        int version = 0;
        QString savedAt;
        QString savedBy;
        QString note;
    };

    explicit ReportStore(store::Workspace& workspace);

    /// Stores a new report as version 1; sets doc.id and doc.version.
    Result<qint64> create(ReportDocument& doc, const QString& note = {});
    /// Stores doc as the next version of its report and clears its autosave.
    /// If someone saved the report since doc.version was loaded (another
    /// window or process), nothing is overwritten and both are kept: theirs
    /// stays the version before, doc becomes the next version with a note
    /// saying so, and `conflict` (if given) gets a message for the user.
    Result<int> save(ReportDocument& doc, const QString& note = {}, QString* conflict = nullptr);
    /// The report at a version (0: the latest), evidence refreshed.
    Result<ReportDocument> load(qint64 id, int version = 0);
    Result<std::vector<Summary>> list();
    Result<std::vector<VersionInfo>> versions(qint64 id);
    /// A readable line diff ("- old", "+ new") between two versions.
    Result<QString> diff(qint64 id, int fromVersion, int toVersion);
    static QString diff(const ReportDocument& from, const ReportDocument& to);

    /// Keeps unsaved work (replacing the report's previous autosave).
    Status autosave(const ReportDocument& doc);
    /// The autosaved document, if one was made after the latest save.
    Result<std::optional<ReportDocument>> autosaved(qint64 id);

    /// Refreshes labels and grades of every evidence link; sets `missing`
    /// on links whose row no longer exists (their stored label is kept).
    Status resolveEvidence(ReportDocument& doc);
    /// Sets `stale` on every figure drawn from data that has changed since
    /// (its fingerprint differs from the workspace's now).
    Status checkFigures(ReportDocument& doc);
    /// The evidence link for a row, looked up by its key.
    Result<Evidence> evidence(Evidence::Kind kind, const QString& key);
    /// Whether records of the source may not leave even within the
    /// organisation — TLP:RED (the source's label, else its extract's) or
    /// 5x5x5 handling code 5 — so a generated draft does not cite them: a
    /// report citing them could not be exported (sharing::Releasability).
    bool heldBack(const QString& sourceKey);
    /// The keys incidents are cited by (incident_key, or "#id" for a row
    /// without one), in the order of `ids`; ids without a row are left out.
    Result<QStringList> incidentKeys(const std::vector<qint64>& ids);
    /// Reports whose latest version cites a row.
    Result<std::vector<qint64>> reportsCiting(Evidence::Kind kind, const QString& key);

    /// Records a dismissed checker finding in the document and the audit log.
    Status dismiss(ReportDocument& doc, const Dismissal& dismissal);

private:
    Status storeVersion(ReportDocument& doc, int version, const QString& note);
    Status loadImages(ReportDocument& doc);
    store::Workspace& m_ws;
};

} // namespace waymark::reports
