#include "tablecsvbutton.h"

#include "messages.h"
#include "releasabilitydialog.h"

#include "analysis/analysiscontext.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace waymark::ui {

TableCsvButton::TableCsvButton(
    analysis::AnalysisContext* context, QTableView* table, sharing::RecordKind kind, int idRole, QWidget* parent)
    : QPushButton(tr("Export CSV…"), parent)
    , m_context(context)
    , m_table(table)
    , m_kind(kind)
    , m_idRole(idRole)
{
    setToolTip(tr("Save the table as shown (sorted, filtered, the selected rows if any) as CSV, after the "
                  "releasability check"));
    connect(this, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
}

sharing::TableCsvExport::Table TableCsvButton::tableOf(const QTableView* view, sharing::RecordKind kind, int idRole)
{
    sharing::TableCsvExport::Table t;
    t.model = view->model();
    t.kind = kind;
    t.idRole = idRole;
    for (int c = 0; c < t.model->columnCount(); ++c) {
        if (!view->isColumnHidden(c))
            t.columns << c;
    }
    const QHeaderView* header = view->horizontalHeader();
    std::sort(t.columns.begin(), t.columns.end(),
        [header](int a, int b) { return header->visualIndex(a) < header->visualIndex(b); });
    const QModelIndexList selected
        = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    if (!selected.isEmpty()) {
        for (const QModelIndex& i : selected)
            t.rows << i.row();
        std::sort(t.rows.begin(), t.rows.end());
    } else {
        for (int r = 0; r < t.model->rowCount(); ++r)
            t.rows << r;
    }
    return t;
}

bool TableCsvButton::exportTo(const QString& path)
{
    store::Workspace* ws = m_context->workspace();
    if (!ws)
        return false;
    const sharing::TableCsvExport::Table t = tableOf(m_table, m_kind, m_idRole);
    const auto outcome = ReleasabilityDialog::confirm(this, tr("table %1").arg(QFileInfo(path).fileName()),
        [ws, t](sharing::Destination to) { return sharing::TableCsvExport::check(*ws, t, to); });
    if (!outcome)
        return false;
    const auto written = sharing::TableCsvExport::write(*ws, outcome.value(), t, path);
    if (!written)
        Messages::warn(this, tr("Export CSV"), written.error());
    return bool(written);
}

} // namespace waymark::ui
