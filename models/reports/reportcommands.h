#pragma once

#include "reports/reportdocument.h"
#include "reports/reportsession.h"

#include <QByteArray>
#include <QUndoCommand>

#include <vector>

namespace waymark::reports {

/// The undo commands of a report (ReportSession pushes them). Each keeps
/// only what its edit changes, never a copy of the document, and changes
/// the document through the session so the session says what changed.
class ReportCommand : public QUndoCommand {
protected:
    ReportCommand(ReportSession* session, const QString& text);
    static CommandKey key() { return {}; }
    ReportSession* m_session;
};

/// Adds or removes one judgement (Tiled's AddRemoveLayer): the two are the
/// same edit run the other way.
class AddRemoveJudgement : public ReportCommand {
protected:
    AddRemoveJudgement(ReportSession* session, const QString& text, int index, KeyJudgement judgement);
    void add();
    void remove();

private:
    int m_index;
    KeyJudgement m_judgement;
};

class AddJudgement : public AddRemoveJudgement {
public:
    AddJudgement(ReportSession* session, int index, KeyJudgement judgement);
    void redo() override { add(); }
    void undo() override { remove(); }
};

class RemoveJudgement : public AddRemoveJudgement {
public:
    RemoveJudgement(ReportSession* session, int index, KeyJudgement judgement);
    void redo() override { remove(); }
    void undo() override { add(); }
};

class MoveJudgement : public ReportCommand {
public:
    MoveJudgement(ReportSession* session, int from, int to);
    void redo() override;
    void undo() override;

private:
    int m_from;
    int m_to;
};

/// A judgement's statement, probability term, confidence or rationale.
/// Typing into the statement or the rationale merges into one step.
class EditJudgement : public ReportCommand {
public:
    EditJudgement(ReportSession* session, int index, ReportSession::Field field, QString before, QString after,
        bool generatedBefore);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    int m_index;
    ReportSession::Field m_field;
    QString m_before;
    QString m_after;
    bool m_generatedBefore;
};

/// Cites evidence in a judgement, or removes a citation: a run of evidence
/// links at one place in the judgement's list.
class AddRemoveEvidence : public ReportCommand {
protected:
    AddRemoveEvidence(
        ReportSession* session, const QString& text, int judgement, int index, std::vector<Evidence> evidence);
    void add();
    void remove();

private:
    int m_judgement;
    int m_index;
    std::vector<Evidence> m_evidence;
};

class CiteEvidence : public AddRemoveEvidence {
public:
    CiteEvidence(ReportSession* session, int judgement, int index, std::vector<Evidence> evidence);
    void redo() override { add(); }
    void undo() override { remove(); }
};

class RemoveCitation : public AddRemoveEvidence {
public:
    RemoveCitation(ReportSession* session, int judgement, int index, Evidence evidence);
    void redo() override { remove(); }
    void undo() override { add(); }
};

/// Inserts or removes a figure with its image.
class AddRemoveFigure : public ReportCommand {
protected:
    AddRemoveFigure(ReportSession* session, const QString& text, int index, Figure figure, QByteArray png);
    void add();
    void remove();

private:
    int m_index;
    Figure m_figure;
    QByteArray m_png;
};

class InsertFigure : public AddRemoveFigure {
public:
    InsertFigure(ReportSession* session, int index, Figure figure, QByteArray png);
    void redo() override { add(); }
    void undo() override { remove(); }
};

class RemoveFigure : public AddRemoveFigure {
public:
    RemoveFigure(ReportSession* session, int index, Figure figure, QByteArray png);
    void redo() override { remove(); }
    void undo() override { add(); }
};

/// A figure drawn again from today's data in place of the old drawing.
class RefreshFigure : public ReportCommand {
public:
    RefreshFigure(
        ReportSession* session, int index, Figure before, QByteArray beforePng, Figure after, QByteArray afterPng);
    void redo() override;
    void undo() override;

private:
    int m_index;
    Figure m_before;
    QByteArray m_beforePng;
    Figure m_after;
    QByteArray m_afterPng;
};

/// A figure's caption; typing merges into one step.
class EditCaption : public ReportCommand {
public:
    EditCaption(ReportSession* session, int index, QString before, QString after);
    void redo() override;
    void undo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    int m_index;
    QString m_before;
    QString m_after;
};

/// A header field (title, reference, author, handling marking, conditions);
/// typing merges into one step.
class EditHeader : public ReportCommand {
public:
    EditHeader(ReportSession* session, ReportSession::Header field, QString before, QString after);
    void redo() override;
    void undo() override;
    int id() const override { return 3; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    ReportSession::Header m_field;
    QString m_before;
    QString m_after;
};

} // namespace waymark::reports
