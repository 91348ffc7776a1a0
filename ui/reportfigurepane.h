#pragma once

#include "core/result.h"
#include "figuremaker.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLineEdit;
class QListWidget;

namespace waymark::analysis {
class AnalysisContext;
}
namespace waymark::reports {
class ReportSession;
}

namespace waymark::ui {

/// The figures of the report a ReportEditor edits: the list with thumbnails
/// (a figure drawn from data that has changed since says so), Insert
/// figure ▸ (map, link chart, timeline, breakdown chart, drawn at print
/// resolution by FigureMaker from what the window's views show), Refresh
/// figure, Remove figure, and the selected figure's caption. Every change
/// goes to the session as an undo command; the list follows the session.
class ReportFigurePane : public QWidget {
    Q_OBJECT
public:
    /// What the window's views show now, for a figure of a kind (map,
    /// graph, timeline, chart). Without one, figures follow the shared
    /// filter with the views' defaults.
    using FigureSource = std::function<Result<FigureMaker::Request>(const QString& kind)>;

    ReportFigurePane(analysis::AnalysisContext* context, reports::ReportSession* session, QWidget* parent = nullptr);

    void setFigureSource(FigureSource source) { m_figureSource = std::move(source); }
    /// Draws the current view of a kind and adds it as a figure.
    Status insertFigure(const QString& kind);
    /// Draws a figure again with its stored filter and view (keeps its caption).
    Status refreshFigure(int index);
    Status removeFigure(int index);

    QListWidget* list() const { return m_figures; }
    QLineEdit* captionEdit() const { return m_caption; }
    /// Insert figure ▸ Map … Breakdown chart, with their Ctrl+Alt shortcuts,
    /// for the editor to offer anywhere in it.
    QList<QAction*> insertActions() const { return m_insertActions; }

Q_SIGNALS:
    /// A line for the editor's status line (what was drawn, what went wrong).
    void message(const QString& text);

private:
    void refreshList(int current);
    void showItem(int index);
    void showCaption(int row);
    /// Draws with the wait cursor; a failure goes to the status line.
    void drawing(const std::function<Status()>& draw);

    QPointer<analysis::AnalysisContext> m_context;
    reports::ReportSession* m_session;
    QListWidget* m_figures = nullptr;
    QLineEdit* m_caption = nullptr;
    QList<QAction*> m_insertActions;
    FigureSource m_figureSource;
};

} // namespace waymark::ui
