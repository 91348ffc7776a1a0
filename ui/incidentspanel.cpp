#include "incidentspanel.h"

#include "tablecsvbutton.h"

#include "messages.h"
#include "releasabilitydialog.h"
#include "sharing/tablecsvexport.h"
#include "store/workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

#include "analysis/analysiscontext.h"
#include "analysis/incidenttablemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark::ui {

namespace {
/// Draws a row of the shared selection exactly as a selected row.
class SharedSelectionDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(analysis::IncidentTableModel::SelectedRole).toBool())
            option->state |= QStyle::State_Selected;
    }
};
} // namespace

IncidentsPanel::IncidentsPanel(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new analysis::IncidentTableModel(context, this))
    , m_table(new QTableView(this))
    , m_selectedOnly(new QCheckBox(tr("Show selected &only"), this))
    , m_count(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("incidentsTable"));
    // Tab leaves the table for the next control; the arrows move between cells.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Incidents"));
    m_table->setAccessibleDescription(tr("The incidents under the filter; the selection is shared with every view"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new SharedSelectionDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(analysis::IncidentTableModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_model->setSelectingView(m_table);

    m_selectedOnly->setObjectName(QStringLiteral("selectedOnly"));
    m_selectedOnly->setToolTip(
        tr("List only the incidents selected in any view (map, timeline, link chart, search), under the filter"));
    m_count->setObjectName(QStringLiteral("selectedCount"));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_selectedOnly);
    auto* csv = new TableCsvButton(
        m_context, m_table, sharing::RecordKind::Incident, analysis::IncidentTableModel::IncidentIdRole, this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    bar->addWidget(csv);
    bar->addStretch(1);
    bar->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_selectedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setSelectedOnly(on);
        updateCount();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncidentsPanel::pushTableSelection);
    // The model repaints the selection itself; this only tidies the table's
    // own selection and brings the first selected row into view.
    connect(m_context, &analysis::AnalysisContext::selectionChanged, this, &IncidentsPanel::showSharedSelection);
    connect(m_model, &analysis::IncidentTableModel::loaded, this, [this] { showSharedSelection(nullptr); });
    updateCount();
}

IncidentsPanel::~IncidentsPanel() = default;

void IncidentsPanel::pushTableSelection()
{
    std::vector<qint64> ids;
    const QItemSelection ranges = m_table->selectionModel()->selection();
    for (const QItemSelectionRange& r : ranges)
        for (int row = r.top(); row <= r.bottom(); ++row)
            ids.push_back(m_model->incidentId(row));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    m_context->setSelection(std::move(ids), m_table);
}

void IncidentsPanel::showSharedSelection(const QObject* origin)
{
    if (origin != m_table) {
        // Rows the user picked here earlier are not the selection any more.
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectionModel()->clearSelection();
        if (const int row = m_model->firstSelectedRow(); row >= 0)
            m_table->scrollTo(m_model->index(row, 0));
    }
    m_table->viewport()->update();
    updateCount();
}

bool IncidentsPanel::exportCsv(const QString& path)
{
    return findChild<TableCsvButton*>(QStringLiteral("exportCsv"))->exportTo(path);
}

void IncidentsPanel::updateCount()
{
    const auto selection = m_context->selection();
    if (!selection || selection->empty()) {
        m_count->setText(tr("No incidents selected"));
        return;
    }
    const qint64 shown = m_model->selectedRowCount();
    const qint64 all = qint64(selection->size());
    m_count->setText(shown == all
            ? tr("%1 selected").arg(QLocale().toString(all))
            : tr("%1 selected, %2 of them under the filter").arg(QLocale().toString(all), QLocale().toString(shown)));
}

} // namespace waymark::ui
