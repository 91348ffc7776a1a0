#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace waymark::analysis {
class AnalysisContext;
class IncidentTableModel;
}

namespace waymark::ui {

/// The incidents table under the shared filter, with the shared selection
/// drawn from the model's SelectedRole (so a scattered selection of 100,000
/// rows costs one repaint, not a QItemSelectionModel of 100,000 ranges), a
/// count of the selected rows and a "Show selected only" toggle. Clicks,
/// Shift- and Ctrl-clicks in the table select into the shared context.
class IncidentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit IncidentsPanel(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~IncidentsPanel() override;

    QTableView* table() const { return m_table; }
    analysis::IncidentTableModel* model() const { return m_model; }
    QCheckBox* selectedOnlyBox() const { return m_selectedOnly; }
    /// The table as shown (sorted, filtered; the selected rows when there
    /// is a selection, else all), through the releasability dialog. False
    /// when nothing was written.
    bool exportCsv(const QString& path);

private:
    void pushTableSelection();
    void showSharedSelection(const QObject* origin);
    void updateCount();

    analysis::AnalysisContext* m_context;
    analysis::IncidentTableModel* m_model;
    QTableView* m_table;
    QCheckBox* m_selectedOnly;
    QLabel* m_count;
};

} // namespace waymark::ui
