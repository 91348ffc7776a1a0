#pragma once

#include "core/result.h"
#include "sharing/releasability.h"

#include <QList>
#include <QString>

class QAbstractItemModel;

namespace waymark::store {
class Workspace;
}

namespace waymark::sharing {

/// CSV of a table view as the user sees it: the rows in the view's order
/// (sorted and filtered, as the model the view shows gives them), only the
/// selected ones when a selection is given, the visible columns with their
/// headers, display text. Each row is a record (its id under `idRole`), so
/// the table goes through the one releasability check: rows that may not
/// go are left out and counted, like any other export. Each row ends with
/// its own marking (Releasability::markColumns: its TLP label and the
/// handling conditions it carries), so the marking travels in the file.
class TableCsvExport {
public:
    struct Table {
        const QAbstractItemModel* model = nullptr;
        QList<int> rows; ///< model rows to write, in order
        QList<int> columns; ///< visible columns, in order
        RecordKind kind = RecordKind::Incident;
        int idRole = 0; ///< role holding each row's record id (qint64)
    };
    static Result<Releasability::Outcome> check(store::Workspace& ws, const Table& table, Destination destination);
    /// A cell as written, guarded against CSV injection as OWASP
    /// recommends: text that a spreadsheet would read as a formula (it
    /// starts with = + - @, a tab or a carriage return) gets a leading
    /// apostrophe, so it is shown as text; a plain number ("-12.5") is kept.
    static QString guardCell(const QString& text);
    /// Writes the released rows; the number written. Records the export.
    static Result<int> write(
        store::Workspace& ws, const Releasability::Outcome& outcome, const Table& table, const QString& path);
};

} // namespace waymark::sharing
