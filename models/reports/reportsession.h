#pragma once

#include "core/result.h"
#include "reports/evidencemime.h"
#include "reports/reportchecker.h"
#include "reports/reportdocument.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <vector>

class QTimer;
class QUndoStack;

namespace waymark::analysis {
class AnalysisContext;
}
namespace waymark::store {
class Workspace;
}

namespace waymark::reports {

class ReportCommand;

/// Only the undo commands change the document directly (a pass key: the
/// commands' base class is the one that can make it).
class CommandKey {
    friend class ReportCommand;
    CommandKey() { }
};

/// One Key Judgement Report being edited in the context's workspace: the
/// document, its undo stack, its autosave and its checker run. Every edit
/// of the document is one command on the stack (see reportcommands.h), as
/// Tiled's MapDocument owns its QUndoStack: the command changes the document
/// through this session, which says precisely what changed (judgementAdded,
/// figureChanged, …) so a view redraws just that. Typing into one field is
/// one undo step (the commands merge).
///
/// Section text is the exception: its rich-text editor keeps its own undo,
/// and setSectionHtml() only brings the text into the document. Dismissing a
/// finding is recorded in the audit log at once and is not undone either.
///
/// Unsaved edits are autosaved to the workspace every few seconds (and when
/// the session ends); opening a report with a newer autosave brings that
/// back. The checker runs shortly after each edit, and at once after a
/// dismissal, a figure refresh or a figure check.
class ReportSession : public QObject {
    Q_OBJECT
public:
    /// The fields of a judgement typed or chosen in its form.
    enum class Field { Statement, Term, Confidence, Rationale };
    /// The header fields. Standard is the probability scale ("phia",
    /// "icd203"); changing it moves every judgement's term to the band of
    /// the new scale that holds its range's middle, in one undo step.
    enum class Header { Title, Reference, Author, Classification, Conditions, Standard };
    Q_ENUM(Field)
    Q_ENUM(Header)

    explicit ReportSession(analysis::AnalysisContext* context, QObject* parent = nullptr);
    /// Autosaves unsaved edits.
    ~ReportSession() override;

    /// A new report from a template, stored at once so autosave has a home.
    Status newReport(ReportDocument::Template t);
    /// Opens a report; a newer autosave (after a crash) is loaded instead,
    /// and recoveredFromAutosave() says so.
    Status open(qint64 id);
    /// Stores the document as a new version. When someone saved the report
    /// since it was opened, both are kept and `conflict` gets a message.
    Result<int> save(const QString& note = {}, QString* conflict = nullptr);

    const ReportDocument& document() const { return m_doc; }
    qint64 reportId() const { return m_doc.id; }
    bool recoveredFromAutosave() const { return m_recovered; }
    /// Edited since the last save or autosave.
    bool isDirty() const { return m_dirty; }
    QUndoStack* undoStack() const { return m_undo; }

    /// Three seconds unless set.
    void setAutosaveInterval(int ms);
    int autosaveInterval() const;
    /// Keeps unsaved edits in the workspace now (nothing to do when clean).
    Status autosaveNow();

    const std::vector<Finding>& findings() const { return m_findings; }
    /// Runs the checker now (it also runs shortly after every edit).
    void check();
    /// Dismisses a finding (an index into findings()) with a reason, in the
    /// document and the audit log.
    Status dismissFinding(int index, const QString& reason);
    /// Marks the figures drawn from data that has changed since (after an
    /// import; the context's dataChanged does this too).
    Status checkFigures();
    /// The workspace's DataFingerprint now, to compare with a figure's.
    QString fingerprintNow() const;

    /// The edits, one undo step each. Indexes out of range change nothing.
    void addJudgement();
    void removeJudgement(int index);
    /// Moves a judgement to another place in the list (the others close up).
    void moveJudgement(int from, int to);
    void setJudgementField(int index, Field field, const QString& value);
    /// Cites rows by key in a judgement: rows already cited are skipped,
    /// unknown keys are an error naming them (the others are still cited).
    /// `added` gets how many were cited.
    Status cite(int judgement, const std::vector<EvidenceMime::Item>& items, int* added = nullptr);
    /// Cites incidents by id (the shared selection); ids without a row are skipped.
    Result<int> citeIncidents(int judgement, const std::vector<qint64>& ids);
    void removeCitation(int judgement, int index);
    /// Adds a drawn figure (PNG) at the end.
    void insertFigure(const QByteArray& png, const Figure& figure);
    /// Puts a figure drawn again in place of the one at index (the caller
    /// keeps the caption); checks at once.
    void refreshFigure(int index, const QByteArray& png, const Figure& figure);
    void removeFigure(int index);
    void setFigureCaption(int index, const QString& caption);
    void setHeader(Header field, const QString& value);
    QString header(Header field) const;
    /// The text of a section as its editor holds it; not an undo step (the
    /// section editor has its own undo).
    void setSectionHtml(const QString& key, const QString& html);

    /// The value of a judgement's field in the document.
    static QString field(const KeyJudgement& j, Field field);

    /// What the undo commands do to the document, each saying what changed
    /// with its signal. Everyone else edits through the commands above.
    void insertJudgement(CommandKey, int index, const KeyJudgement& j);
    KeyJudgement takeJudgement(CommandKey, int index);
    void placeJudgement(CommandKey, int from, int to);
    void writeField(CommandKey, int index, Field field, const QString& value, bool generated);
    void insertEvidence(CommandKey, int judgement, int index, const std::vector<Evidence>& evidence);
    void takeEvidence(CommandKey, int judgement, int index, int count);
    /// Inserts a figure whose imageSha is that of png (kept with the document).
    void placeFigure(CommandKey, int index, const Figure& figure, const QByteArray& png);
    /// Removes a figure, and its image when no other figure shows it.
    Figure takeFigure(CommandKey, int index);
    void replaceFigure(CommandKey, int index, const Figure& figure, const QByteArray& png);
    void writeCaption(CommandKey, int index, const QString& caption);
    void writeHeader(CommandKey, Header field, const QString& value);

Q_SIGNALS:
    /// Another report was opened or started: show everything again.
    void documentReset();
    void judgementAdded(int index);
    void judgementRemoved(int index);
    void judgementMoved(int from, int to);
    /// Its fields or its evidence changed.
    void judgementChanged(int index);
    void figureAdded(int index);
    void figureRemoved(int index);
    /// Drawn again, captioned, or found stale.
    void figureChanged(int index);
    void headerChanged(waymark::reports::ReportSession::Header field);
    /// Any change of the document (after the precise signal).
    void edited();
    void findingsChanged();
    void autosaved();
    void autosaveFailed(const waymark::Error& error);
    void saved(int version);

private:
    store::Workspace* workspace() const;
    /// The document changed: dirty, check soon.
    void touched();
    void reset(const ReportDocument& doc, bool recovered);
    /// The evidence links of items not yet cited in a judgement; keys the
    /// workspace does not hold go to `unknown`.
    Result<std::vector<Evidence>> uncited(
        int judgement, const std::vector<EvidenceMime::Item>& items, QStringList* unknown);
    void dropImageIfUnused(const QString& sha);

    QPointer<analysis::AnalysisContext> m_context;
    ReportDocument m_doc;
    std::vector<Finding> m_findings;
    bool m_dirty = false;
    bool m_recovered = false;
    QUndoStack* m_undo = nullptr;
    QTimer* m_autosave = nullptr;
    QTimer* m_check = nullptr;
};

} // namespace waymark::reports
