#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <tuple>
#include <utility>
#include <vector>

#include "analysis/filter.h"
#include "ingest/importsummary.h"
#include "sharing/releasability.h"

namespace waymark::store {
class Workspace;
}
namespace waymark::network {
class EntityGraph;
}
namespace waymark::finance {
struct Typology;
}

namespace waymark::test {

/// A digest of every row of every table of a workspace file (read with its
/// own connection), to prove that a failed or canceled import changed nothing.
QString workspaceDigest(const QString& path);
/// Rows in a table, through a connection of its own.
qint64 rowCount(const QString& path, const char* table);
/// Runs SQL on a workspace file through a connection of its own; SQLite's result code.
int execSql(const QString& path, const char* sql);
/// The first column of the first row of a query, as an integer (-1 when it fails).
qint64 countSql(const QString& path, const char* sql);
/// The first column of every row of a query, as text.
QStringList stringsSql(const QString& path, const char* sql);
/// `PRAGMA integrity_check` result ("ok" when whole).
QString integrityCheck(const QString& path);
/// tests/data
QString dataDir();
/// SQL that takes a workspace back from schema version 9 to 8: places as
/// version 1 made them (no region kind, no m49), no region_members. Tests
/// that fake an older workspace run it first.
const char* undoSchemaVersion9();
/// A file's bytes (empty if it cannot be read).
QByteArray fileBytes(const QString& path);
/// Writes bytes to a file, creating folders; fails the test if it cannot.
void writeFile(const QString& path, const QByteArray& bytes);
/// A tool's standard output (pdftotext, pdfimages, …), or "<program failed: why>".
QString runTool(const QString& program, const QStringList& args);

/// What a run of the program gave: its exit code (-1 when it crashed) and output.
struct Run {
    int code;
    QString out;
    QString err;
};
/// Runs a program with `args`, waiting up to five minutes.
Run run(const QString& program, const QStringList& args);
/// Runs the waymark binary of this build (WAYMARK_BIN) with `args`.
Run runWaymark(const QStringList& args);

/// Runs the import job on a file with fresh feedback, as the CLI does.
ingest::ImportSummary importFile(store::Workspace& ws, const QString& path, bool keepGoing = false);
/// The same through a column mapping (a preset's name or a .json file).
ingest::ImportSummary importFileWithMapping(
    store::Workspace& ws, const QString& path, const QString& mapping, bool keepGoing = false);

/// A workspace at `path` holding a generated sample hub extract (written
/// into `dir`), imported; fails the calling test if anything goes wrong.
std::unique_ptr<store::Workspace> sampleWorkspace(
    const QString& dir, const QString& path, qint64 incidents, quint64 seed = 1);

/// Imports a second, small hub extract (written into `dir`) into a sample
/// workspace, planting records whose marking limits where they may go, three
/// incidents and two entities per source: P1 (UK 5x5x5 handling code 5),
/// P2 (5x5x5 code 4), P3 (3x5x2 `C` without conditions), P4 (3x5x2 `C`
/// with the conditions "Only for the joint investigation team", TLP:CLEAR),
/// P5 (no TLP, in an extract without one: unmarked); and a link from P1's
/// first entity to the sample's E000001. The sample itself already holds
/// TLP:RED (S5) and TLP:AMBER+STRICT (S4) records. False on failure.
bool plantMarkedRecords(store::Workspace& ws, const QString& dir);
/// The forbidden-record workspace every export test tries (issue 17): a
/// sample of `incidents` incidents at `dir`/w.waymark, whose own sources
/// hold TLP:RED (S5, the only "financial_partner") and TLP:AMBER+STRICT
/// (S4) records, with plantMarkedRecords() next to it. nullptr (and a
/// warning) when it cannot be built.
std::unique_ptr<store::Workspace> forbiddenRecordWorkspace(
    const QString& dir, qint64 incidents = 400, quint64 seed = 5);
/// Keys of the records of `table` ("incidents", "entities") whose source is
/// under the TLP label `tlp` ("TLP:RED"), ascending.
QStringList keysUnderTlp(store::Workspace& ws, const QString& table, const QString& tlp);
/// Keys of the incidents a filter selects (what a map or chart under it draws).
QSet<QString> incidentKeysUnder(store::Workspace& ws, const analysis::Filter& filter);
/// Stores a Key Judgement Report (marked TLP:GREEN) with one judgement
/// citing one incident of the source `sourceKey` ("S5", the sample's
/// TLP:RED one); its id, 0 on failure. `incidentKey` gets the incident's key.
qint64 reportCitingSource(store::Workspace& ws, const QString& sourceKey, QString* incidentKey = nullptr);
/// The audit record written last: action, object, details.
QStringList lastAudit(store::Workspace& ws);
/// Records an export's check left out for `reason`.
qint64 withheldFor(const sharing::Releasability::Outcome& outcome, sharing::Releasability::Reason reason);

/// Stores a calibration of each typology fitted on 60 labelled accounts
/// (30 cases with high log-odds, 30 clean with low, 10 % of each labelled
/// the other way), so their results show as calibrated probabilities;
/// returns false (and fails the calling test) if one is refused.
bool calibrateTypologies(store::Workspace& ws, const std::vector<finance::Typology>& typologies);

/// Zachary's karate club (tests/data/graphs/karate.csv): 34 nodes, 78 edges.
std::vector<std::pair<int, int>> karateEdges();
/// tests/data/graphs/karate-expected.json, the values networkx computes.
QJsonObject karateExpected();

/// A graph's links as (entity id, entity id, weight), sorted: to compare
/// states before and after a merge and its undo.
std::vector<std::tuple<qint64, qint64, double>> edgesOf(const network::EntityGraph& graph);

} // namespace waymark::test
