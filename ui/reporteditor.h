#pragma once

#include "core/result.h"
#include "reportfigurepane.h"
#include "reports/evidencemime.h"
#include "reports/reportchecker.h"
#include "reports/reportdocument.h"
#include "reports/reportexporter.h"
#include "reports/reportsession.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QComboBox;
class QLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTextEdit;
class QUndoStack;

namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::ui {

/// Edits one Key Judgement Report of the context's workspace, as a view on
/// a reports::ReportSession (which owns the document, the undo stack, the
/// autosave and the checker): header and handling marking, key judgements
/// as a list the analyst reorders (drag or Up/Down), each with its
/// statement, yardstick term, confidence, rationale and evidence (cite the
/// shared selection; Delete removes a citation); the sections as rich text;
/// the checker's findings as wavy underlines and as a list, dismissable with
/// a reason; undo/redo (Ctrl+Z, Ctrl+Shift+Z; the sections' text has its
/// own); save as a new version; export.
///
/// Figures come from the current map, link chart, timeline or breakdown
/// chart (Insert figure ▸, Ctrl+Alt+M/L/T/B): the window says what its
/// views show through setFigureSource(), FigureMaker draws it at print
/// resolution. A figure whose data has changed since says so and can be
/// refreshed with its own filter. Evidence dragged from any view
/// (EvidenceMime) and dropped on a judgement is cited in it.
class ReportEditor : public QWidget {
    Q_OBJECT
public:
    explicit ReportEditor(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~ReportEditor() override;

    /// A new report from a template, stored at once so autosave has a home.
    Status newReport(reports::ReportDocument::Template t);
    /// Opens a report; a newer autosave (after a crash) is loaded instead,
    /// and recoveredFromAutosave() says so.
    Status openReport(qint64 id);
    /// Stores the edits as a new version; says so in a message box when
    /// someone saved the report since and both were kept.
    Status save(const QString& note = {});
    Status exportTo(reports::ReportExporter::Format format, const QString& path, bool redact);

    reports::ReportSession* session() const { return m_session; }
    /// The document as edited so far.
    const reports::ReportDocument& document() const { return m_session->document(); }
    qint64 reportId() const { return m_session->reportId(); }
    bool recoveredFromAutosave() const { return m_session->recoveredFromAutosave(); }
    bool isDirty() const { return m_session->isDirty(); }
    void setAutosaveInterval(int ms) { m_session->setAutosaveInterval(ms); }
    QUndoStack* undoStack() const { return m_session->undoStack(); }

    /// Cites the context's selected incidents in the current judgement.
    Status citeSelection();
    /// Cites rows in a judgement (-1: the current one), one undo step;
    /// rows already cited are skipped, unknown keys are an error naming them.
    Status cite(int judgement, const std::vector<reports::EvidenceMime::Item>& items);

    /// What the window's views show now, for a figure (see ReportFigurePane).
    using FigureSource = ReportFigurePane::FigureSource;
    void setFigureSource(FigureSource source) { m_figures->setFigureSource(std::move(source)); }
    /// Draws the current view of a kind and adds it as a figure (one undo step).
    Status insertFigure(const QString& kind) { return m_figures->insertFigure(kind); }
    /// Draws a figure again with its stored filter and view (keeps its caption).
    Status refreshFigure(int index) { return m_figures->refreshFigure(index); }
    Status removeFigure(int index) { return m_figures->removeFigure(index); }
    void setFigureCaption(int index, const QString& caption) { m_session->setFigureCaption(index, caption); }
    /// Checks every figure against the workspace's data (the session does this after an import).
    void checkFigures();
    QListWidget* figureList() const { return m_figures->list(); }
    /// Opens the version history dialog.
    void showHistory();
    void addJudgement();
    void moveJudgement(int from, int to);
    /// Dismisses the finding at a row of the findings list, with a reason.
    Status dismissFinding(int row, const QString& reason);
    const std::vector<reports::Finding>& findings() const { return m_session->findings(); }

    /// For tests: the parts a user types into.
    QTextEdit* sectionEditor(const QString& key) const;
    QLineEdit* statementEdit() const { return m_statement; }
    QListWidget* judgementList() const { return m_judgements; }
    QListWidget* evidenceList() const { return m_evidence; }
    QListWidget* findingList() const { return m_findingList; }
    /// The ranges of the statement underlined for the checker's findings ({start, length}).
    const std::vector<std::pair<int, int>>& statementMarks() const { return m_statementMarks; }

Q_SIGNALS:
    void autosaved();
    void findingsChanged();
    void saved(int version);

private:
    void build();
    QWidget* buildJudgements(QWidget* parent);
    QWidget* buildChecks(QWidget* parent);
    void fillTerms(ProbabilityScale scale);
    QLayout* buildActions(QWidget* parent);
    void connectSession();
    /// Shows the session's document afresh (another report).
    void showDocument();
    void showHeader(reports::ReportSession::Header field);
    void showJudgement(int row);
    void refreshJudgementList(int current);
    void showFindings();
    void underlineStatement();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QPointer<analysis::AnalysisContext> m_context;
    reports::ReportSession* m_session = nullptr;
    QWidget* m_header = nullptr; ///< title, reference, author, marking
    QWidget* m_body = nullptr; ///< judgements, sections, figures, checks
    int m_current = -1;
    bool m_loading = false;
    std::vector<std::pair<int, int>> m_statementMarks;

    QLineEdit* m_title = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_author = nullptr;
    QComboBox* m_marking = nullptr;
    QLineEdit* m_conditions = nullptr;
    QComboBox* m_standard = nullptr; ///< the probability scale: PHIA or ICD 203
    QListWidget* m_judgements = nullptr;
    QLineEdit* m_statement = nullptr;
    QComboBox* m_term = nullptr;
    QComboBox* m_confidence = nullptr;
    QLineEdit* m_rationale = nullptr;
    QListWidget* m_evidence = nullptr;
    QTabWidget* m_sections = nullptr;
    QListWidget* m_findingList = nullptr;
    QLabel* m_status = nullptr;
    ReportFigurePane* m_figures = nullptr;
};

} // namespace waymark::ui
