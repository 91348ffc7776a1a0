#pragma once

#include "core/feedback.h"
#include "ingest/importoptions.h"
#include "ingest/importsummary.h"

#include <QString>

namespace waymark::store {
class Workspace;
}

namespace waymark::ingest {

/// Imports one file into a workspace, whatever its format (hub extract
/// folder or .zip, CTDC CSV, bank-transaction CSV with a column mapping), in
/// one transaction: after a failure, a cancel or rejected rows without
/// keep-going, the workspace holds exactly what it held before. The same
/// extract (by SHA-256) imported twice changes nothing. Runs synchronously;
/// the GUI runs it on a worker thread with its own Workspace connection.
class ImportJob {
public:
    static ImportSummary run(
        store::Workspace& workspace, const QString& path, const ImportOptions& options, Feedback& feedback);

    /// Whether a file, imported with no specification and no mapping, is a
    /// table no reader recognises (a sheet, a layer, a CSV that is not
    /// CTDC's): run() then reads it with the one saved specification whose
    /// columns it has (SpecImporter::specsReading), or refuses it. Reads at
    /// most the first line.
    static bool needsSpecification(const QString& path);

    /// SHA-256 (hex) of a file, or of a folder's files by name and content.
    static QString sha256Of(const QString& path);
};

} // namespace waymark::ingest
