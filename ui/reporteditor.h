#pragma once

#include "core/result.h"
#include "figuremaker.h"
#include "reports/evidencemime.h"
#include "reports/reportchecker.h"
#include "reports/reportdocument.h"
#include "reports/reportexporter.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTextEdit;
class QTimer;
class QToolButton;
class QUndoStack;

namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::ui {

/// Edits one Key Judgement Report of the context's workspace: header and
/// handling marking, key judgements as a list the analyst reorders (drag or
/// Up/Down), each with its statement, yardstick term, confidence, rationale
/// and evidence (cite the shared selection); the sections as rich text; the
/// checker's findings as wavy underlines and as a list, dismissable with a
/// reason; undo/redo of structural edits; save as a new version; export.
/// Unsaved work is autosaved to the workspace every few seconds, and
/// opening a report with a newer autosave brings that text back.
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
    /// Stores the edits as a new version.
    Status save(const QString& note = {});
    Status exportTo(reports::ReportExporter::Format format, const QString& path, bool redact);

    /// The document as edited so far.
    reports::ReportDocument document() const;
    qint64 reportId() const { return m_doc.id; }
    bool recoveredFromAutosave() const { return m_recovered; }
    bool isDirty() const { return m_dirty; }
    void setAutosaveInterval(int ms);
    QUndoStack* undoStack() const { return m_undo; }

    /// Cites the context's selected incidents in the current judgement.
    Status citeSelection();
    /// Cites rows in a judgement (-1: the current one), one undo step;
    /// rows already cited are skipped, unknown keys are an error naming them.
    Status cite(int judgement, const std::vector<reports::EvidenceMime::Item>& items);

    /// What the window's views show now, for a figure of a kind (map,
    /// graph, timeline, chart). Without one, figures follow the shared
    /// filter with the views' defaults.
    using FigureSource = std::function<Result<FigureMaker::Request>(const QString& kind)>;
    void setFigureSource(FigureSource source) { m_figureSource = std::move(source); }
    /// Draws the current view of a kind and adds it as a figure (one undo step).
    Status insertFigure(const QString& kind);
    /// Draws a figure again with its stored filter and view (keeps its caption).
    Status refreshFigure(int index);
    Status removeFigure(int index);
    void setFigureCaption(int index, const QString& caption);
    /// Checks every figure against the workspace's data (after an import).
    void checkFigures();
    QListWidget* figureList() const { return m_figures; }
    /// Opens the version history dialog.
    void showHistory();
    void addJudgement();
    void moveJudgement(int from, int to);
    /// Dismisses the finding at a row of the findings list, with a reason.
    Status dismissFinding(int row, const QString& reason);
    const std::vector<reports::Finding>& findings() const { return m_findings; }

    /// For tests: the parts a user types into.
    QTextEdit* sectionEditor(const QString& key) const;
    QLineEdit* statementEdit() const { return m_statement; }
    QListWidget* judgementList() const { return m_judgements; }
    QListWidget* findingList() const { return m_findingList; }
    /// The ranges of the statement underlined for the checker's findings ({start, length}).
    const std::vector<std::pair<int, int>>& statementMarks() const { return m_statementMarks; }

Q_SIGNALS:
    void autosaved();
    void findingsChanged();
    void saved(int version);

private:
    friend class SnapshotCommand;
    void build();
    void showDocument(const reports::ReportDocument& doc);
    void collect(reports::ReportDocument& doc) const;
    void showJudgement(int row);
    void storeJudgement(int row);
    void refreshJudgementList();
    void markDirty();
    void autosaveNow();
    void runChecker();
    void underlineStatement();
    void pushSnapshot(const QString& text, const reports::ReportDocument& before);
    void refreshFigureList();
    void showFigure(int row);
    bool eventFilter(QObject* watched, QEvent* event) override;
    QWidget* buildFigures(QWidget* parent);

    QPointer<analysis::AnalysisContext> m_context;
    reports::ReportDocument m_doc;
    QWidget* m_header = nullptr; ///< title, reference, author, marking
    QWidget* m_body = nullptr; ///< judgements, sections, figures, checks
    int m_current = -1;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_recovered = false;
    std::vector<reports::Finding> m_findings;
    std::vector<std::pair<int, int>> m_statementMarks;

    QLineEdit* m_title = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_author = nullptr;
    QComboBox* m_marking = nullptr;
    QLineEdit* m_conditions = nullptr;
    QListWidget* m_judgements = nullptr;
    QLineEdit* m_statement = nullptr;
    QComboBox* m_term = nullptr;
    QComboBox* m_confidence = nullptr;
    QLineEdit* m_rationale = nullptr;
    QListWidget* m_evidence = nullptr;
    QTabWidget* m_sections = nullptr;
    QListWidget* m_findingList = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_figures = nullptr;
    QLineEdit* m_caption = nullptr;
    QToolButton* m_insertFigure = nullptr;
    FigureSource m_figureSource;
    QTimer* m_autosave = nullptr;
    QTimer* m_check = nullptr;
    QUndoStack* m_undo = nullptr;
};

} // namespace waymark::ui
