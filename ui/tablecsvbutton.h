#pragma once

#include "sharing/tablecsvexport.h"

#include <QPushButton>

class QTableView;

namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::ui {

/// "Export CSV…" under a table: the one way every table of the window
/// (incidents, accounts) is saved as CSV, as the user sees it (the view's
/// order, its visible columns in their visual order, the selected rows if
/// any), through the releasability dialog and sharing::TableCsvExport.
class TableCsvButton : public QPushButton {
    Q_OBJECT
public:
    TableCsvButton(analysis::AnalysisContext* context, QTableView* table, sharing::RecordKind kind, int idRole,
        QWidget* parent = nullptr);

    /// The table as the view shows it now.
    static sharing::TableCsvExport::Table tableOf(const QTableView* view, sharing::RecordKind kind, int idRole);
    /// Asks (the releasability dialog), writes `path`; false when cancelled,
    /// refused or failed (the user is told why).
    bool exportTo(const QString& path);

private:
    analysis::AnalysisContext* m_context;
    QTableView* m_table;
    sharing::RecordKind m_kind;
    int m_idRole;
};

} // namespace waymark::ui
