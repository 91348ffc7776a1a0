#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace waymark::ingest {

/// What an import did, for the dialog, the terminal and the audit log.
struct ImportSummary {
    enum class Outcome {
        Imported, ///< committed (possibly with rows quarantined under keep-going)
        AlreadyImported, ///< the same extract is in the workspace; nothing changed
        Rejected, ///< rows were bad and keep-going was off; nothing changed
        Failed, ///< the file could not be read at all; nothing changed
        Canceled, ///< the user stopped it; nothing changed
    };

    QString file;
    QString format;
    QString sha256;
    qint64 extractId = 0;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsDuplicate = 0;
    qint64 rowsQuarantined = 0; ///< rows rejected (stored in quarantine when keep-going is on)
    /// Two-sided ledger rows between accounts of other banks only: nothing of
    /// ours, not imported, and said so in the notes.
    qint64 rowsOutside = 0;
    /// Rows with every cell empty (",,,," from a spreadsheet), passed over:
    /// read, not imported, not quarantined, and said in the notes.
    qint64 rowsBlank = 0;
    Outcome outcome = Outcome::Failed;
    /// Failed because nothing says how to read this table: the GUI offers
    /// to choose or define an import specification, the command line names
    /// --spec.
    bool needsSpecification = false;
    Error error; ///< why, for Failed; a summary line for Rejected
    QList<Error> problems; ///< the first rejected rows, file:line:column: reason
    /// What the reader did that the counts alone do not say (a two-sided
    /// ledger read one-sided, self-transfers kept once), one line each.
    QStringList notes;
    static constexpr int maxProblemsKept = 1000;

    bool changedWorkspace() const { return outcome == Outcome::Imported; }
    /// The lines a terminal or a dialog shows after the import.
    QString toText() const;
};

} // namespace waymark::ingest
