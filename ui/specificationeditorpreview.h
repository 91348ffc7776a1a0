#pragma once

#include "ingest/specimporter.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace waymark::ui {

/// The live preview of a specification: the table's first rows, each with
/// what it becomes (or its error, in red, in place), and beside them the
/// records of the selected rows with their fields and values.
class SpecificationEditorPreview : public QWidget {
    Q_OBJECT
public:
    explicit SpecificationEditorPreview(QWidget* parent = nullptr);

    /// The table as read (header and first rows), shown whatever the spec.
    void setTable(const QStringList& header, const QList<QStringList>& rows);
    /// What the spec makes of the rows; an error with no row (a column the
    /// spec reads that the table lacks) is shown above the table.
    void setPreview(const std::vector<ingest::SpecImporter::PreviewRow>& rows);

    QTableWidget* rowsTable() const { return m_rows; }
    QTreeWidget* recordsTree() const { return m_records; }
    QLabel* banner() const { return m_banner; }

private:
    void showRecords();

    QLabel* m_banner;
    QTableWidget* m_rows;
    QTreeWidget* m_records;
    std::vector<ingest::SpecImporter::PreviewRow> m_preview;
};

} // namespace waymark::ui
