#pragma once

#include "analysis/search.h"

#include "job.h"

#include <QFrame>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::ui {

/// One search box over incidents, entities and accounts (analysis::Search):
/// typing searches on a worker thread after a short pause and lists the
/// first page of each kind under its heading, matched terms in bold;
/// "More…" fetches the next page of that kind. A query FTS5 cannot read
/// shows why instead of results. Choosing a result (click, Enter) emits
/// resultChosen(kind, id) for the window to open it where it lives.
/// The box itself is one line high: results and messages drop down over
/// the window below it (Down enters them, Escape closes them), so the
/// toolbar that holds the box never grows.
class SearchBox : public QWidget {
    Q_OBJECT
public:
    explicit SearchBox(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~SearchBox() override;

    QLineEdit* lineEdit() const { return m_edit; }
    QListWidget* results() const { return m_list; }
    /// What drops down under the line: the results or the message.
    QFrame* dropDown() const { return m_dropDown; }
    /// The message shown instead of results (an unreadable query), or empty.
    QString message() const;
    bool isSearching() const { return m_job.isRunning(); }
    /// Searches now, without waiting for the typing pause.
    void search(const QString& query);

    static constexpr int pageSize = 8;
    enum Role { KindRole = Qt::UserRole + 1, IdRole, HtmlRole, MoreRole };

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void resultChosen(waymark::analysis::Search::Kind kind, qint64 id);
    /// Results (or a message) for the current query are in place.
    void searched();

private:
    struct Found {
        QString query;
        analysis::Search::Kind kind = analysis::Search::Kind::Incident;
        bool allKinds = true;
        QList<analysis::Search::Page> pages;
    };
    void start(const QString& query, bool allKinds, analysis::Search::Kind kind, int offset);
    void showFound(const Result<Found>& found);
    void addHit(const analysis::Search::Hit& hit, int row);
    void activated(QListWidgetItem* item);
    /// Shows the drop-down when it has something to show, over the window, under the line.
    void placeDropDown();

    analysis::AnalysisContext* m_context;
    QLineEdit* m_edit;
    QPointer<QFrame> m_dropDown; // a child of the window once shown: the window may delete it first
    QListWidget* m_list;
    QLabel* m_message;
    QTimer* m_pause;
    Job<Found> m_job { this };
};

} // namespace waymark::ui
