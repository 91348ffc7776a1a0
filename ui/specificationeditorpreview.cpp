#include "specificationeditorpreview.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {
const QColor kBad(255, 221, 221);
const QColor kBadCell(255, 190, 190); // the cell an error names
const QColor kBadRow(255, 236, 236); // the rest of a row whose error names a cell
const QColor kBadText(138, 16, 16);
const QColor kSkipped(235, 235, 235);
} // namespace

SpecificationEditorPreview::SpecificationEditorPreview(QWidget* parent)
    : QWidget(parent)
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("specPreviewBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #ffdddd; color: #8a1010; padding: 4px; }"));
    m_banner->hide();

    m_rows = new QTableWidget(this);
    m_rows->setObjectName(QStringLiteral("specPreviewRows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setWordWrap(false);
    m_rows->setTabKeyNavigation(false); // Tab goes on; the arrows move between cells
    m_rows->setAccessibleName(tr("Preview of the file's rows"));
    m_rows->setAccessibleDescription(tr("The first rows of the file as read, with the cells each field reads marked"));
    m_rows->verticalHeader()->setDefaultSectionSize(m_rows->fontMetrics().height() + 8);
    m_rows->horizontalHeader()->setDefaultSectionSize(110);

    m_records = new QTreeWidget(this);
    m_records->setObjectName(QStringLiteral("specPreviewRecords"));
    m_records->setColumnCount(2);
    m_records->setHeaderLabels({ tr("Record · field"), tr("Value") });
    m_records->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_records->setWordWrap(true);
    m_records->setAccessibleName(tr("Preview of the records"));
    m_records->setAccessibleDescription(tr("The records each previewed row makes, field by field, and its errors"));

    auto* rowsBox = new QWidget(this);
    auto* rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    rowsLayout->addWidget(new QLabel(tr("First rows of the table, and what each becomes:"), rowsBox));
    rowsLayout->addWidget(m_rows);
    auto* recordsBox = new QWidget(this);
    auto* recordsLayout = new QVBoxLayout(recordsBox);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    recordsLayout->addWidget(new QLabel(tr("Records of the selected row:"), recordsBox));
    recordsLayout->addWidget(m_records);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(rowsBox);
    split->addWidget(recordsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);

    connect(m_rows, &QTableWidget::itemSelectionChanged, this, &SpecificationEditorPreview::showRecords);
}

void SpecificationEditorPreview::setTable(const QStringList& header, const QList<QStringList>& rows)
{
    m_rows->clear();
    m_rows->setColumnCount(int(header.size()) + 1);
    m_rows->setRowCount(int(rows.size()));
    m_rows->setHorizontalHeaderLabels(QStringList { tr("Becomes") } + header);
    for (int r = 0; r < rows.size(); ++r) {
        m_rows->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(r + 1)));
        m_rows->setItem(r, 0, new QTableWidgetItem);
        for (int c = 0; c < rows.at(r).size() && c < header.size(); ++c) {
            auto* item = new QTableWidgetItem(rows.at(r).at(c));
            item->setToolTip(rows.at(r).at(c));
            m_rows->setItem(r, c + 1, item);
        }
    }
    m_rows->setColumnWidth(0, 260);
}

void SpecificationEditorPreview::setPreview(const std::vector<ingest::SpecImporter::PreviewRow>& rows)
{
    m_preview = rows;
    const bool unbound = rows.size() == 1 && rows.front().row == 0 && !rows.front().error.isNull();
    m_banner->setVisible(unbound);
    if (unbound)
        m_banner->setText(tr("This specification cannot read the table: %1").arg(rows.front().error.toString()));
    for (int r = 0; r < m_rows->rowCount(); ++r) {
        const ingest::SpecImporter::PreviewRow* p = nullptr;
        for (const auto& row : rows)
            if (row.row == r + 1)
                p = &row;
        QString text, tip;
        QColor background;
        if (!p) {
            text = unbound ? tr("—") : QString();
        } else if (!p->error.isNull()) {
            // The reason without the file name: the row is where it is.
            text = p->error.message;
            tip = p->error.toString();
            background = kBad;
        } else if (p->skipped) {
            text = tr("skipped: a condition leaves it out");
            background = kSkipped;
        } else if (p->blank) {
            text = tr("blank: every cell is empty");
            background = kSkipped;
        } else {
            QStringList kinds;
            for (const auto& rec : p->records)
                kinds << rec.id;
            text = p->records.size() == 1
                ? tr("1 record: %1").arg(kinds.join(QStringLiteral(", ")))
                : tr("%1 records: %2").arg(p->records.size()).arg(kinds.join(QStringLiteral(", ")));
            tip = text;
        }
        // The cell an error names is marked in full, with the reason as its
        // tip; the rest of its row only lightly.
        const bool bad = p && !p->error.isNull();
        const int badCell = bad && p->errorCell >= 0 ? p->errorCell + 1 : -1;
        for (int c = 0; c < m_rows->columnCount(); ++c) {
            QTableWidgetItem* item = m_rows->item(r, c);
            if (!item)
                m_rows->setItem(r, c, item = new QTableWidgetItem);
            const bool named = c == badCell;
            QColor back = background;
            if (bad && badCell > 0 && c > 0)
                back = named ? kBadCell : kBadRow;
            item->setBackground(back.isValid() ? QBrush(back) : QBrush());
            item->setForeground(c == 0 && bad ? QBrush(kBadText) : QBrush());
            QFont font = item->font();
            font.setBold(named);
            item->setFont(font);
            if (c == 0) {
                item->setText(text);
                item->setToolTip(tip);
            } else {
                item->setToolTip(named ? QStringLiteral("%1\n%2").arg(item->text(), p->error.message) : item->text());
            }
        }
    }
    if (m_rows->rowCount() > 0 && m_rows->selectedItems().isEmpty())
        m_rows->selectRow(0);
    showRecords();
}

void SpecificationEditorPreview::showRecords()
{
    m_records->clear();
    QList<int> selected;
    for (const QModelIndex& i : m_rows->selectionModel()->selectedRows())
        selected << i.row() + 1;
    std::sort(selected.begin(), selected.end());
    // One bad row selected: its named cell is brought into view.
    for (const auto& p : m_preview)
        if (selected.size() == 1 && p.row == selected.front() && !p.error.isNull() && p.errorCell >= 0)
            if (QTableWidgetItem* cell = m_rows->item(int(p.row) - 1, p.errorCell + 1))
                m_rows->scrollToItem(cell);
    for (const auto& p : m_preview) {
        if (!selected.contains(int(p.row)))
            continue;
        auto* rowItem = new QTreeWidgetItem(m_records, { tr("Row %1").arg(p.row) });
        if (!p.error.isNull()) {
            const QTableWidgetItem* column = p.errorCell >= 0 ? m_rows->horizontalHeaderItem(p.errorCell + 1) : nullptr;
            auto* e = new QTreeWidgetItem(
                rowItem, { column ? tr("Error in %1").arg(column->text()) : tr("Error"), p.error.message });
            e->setToolTip(1, p.error.toString());
            e->setForeground(0, kBadText);
            e->setForeground(1, kBadText);
            e->setBackground(1, kBad);
        } else if (p.skipped) {
            new QTreeWidgetItem(rowItem, { tr("Skipped"), tr("a condition of the specification leaves it out") });
        } else if (p.blank) {
            new QTreeWidgetItem(rowItem, { tr("Skipped"), tr("a blank row: every cell is empty") });
        }
        for (const auto& rec : p.records) {
            auto* recItem = new QTreeWidgetItem(
                rowItem, { QStringLiteral("%1 (%2)").arg(rec.id, ingest::SpecRecord::targetName(rec.target)) });
            for (const auto& [field, value] : rec.values) {
                const ingest::SpecField* f = ingest::SpecRecord::field(rec.target, field);
                auto* v = new QTreeWidgetItem(recItem, { f ? f->label() : field, value });
                v->setToolTip(1, value);
            }
        }
    }
    m_records->expandAll();
}

} // namespace waymark::ui
