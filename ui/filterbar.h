#pragma once

#include <QToolBar>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace waymark::analysis {
class AnalysisContext;
struct Filter;
}

namespace waymark::ui {

/// The filter bar: time window, exploitation type, source kind and grade.
/// It edits the shared AnalysisContext's filter and follows it, so every
/// view, and the next session on this workspace, sees the same filter.
class FilterBar : public QToolBar {
    Q_OBJECT
public:
    explicit FilterBar(analysis::AnalysisContext* context, QWidget* parent = nullptr);

private:
    void apply();
    void showFilter(const analysis::Filter& filter);
    void refreshChoices();

    analysis::AnalysisContext* m_context;
    QCheckBox* m_useWindow;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_exploitation;
    QComboBox* m_kind;
    QComboBox* m_grade;
    bool m_updating = false;
};

} // namespace waymark::ui
