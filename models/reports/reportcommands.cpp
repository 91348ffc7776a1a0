#include "reportcommands.h"

#include <QCoreApplication>

namespace waymark::reports {

namespace {

QString fieldText(ReportSession::Field field)
{
    switch (field) {
    case ReportSession::Field::Statement:
        return QCoreApplication::translate("waymark::reports::ReportSession", "Edit statement");
    case ReportSession::Field::Term:
        return QCoreApplication::translate("waymark::reports::ReportSession", "Set probability");
    case ReportSession::Field::Confidence:
        return QCoreApplication::translate("waymark::reports::ReportSession", "Set confidence");
    case ReportSession::Field::Rationale:
        return QCoreApplication::translate("waymark::reports::ReportSession", "Edit rationale");
    }
    return {};
}

QString headerText(ReportSession::Header field)
{
    switch (field) {
    case ReportSession::Header::Title:
        return QCoreApplication::translate("waymark::reports::ReportSession", "Edit title");
    case ReportSession::Header::Reference:
        return QCoreApplication::translate("waymark::reports::ReportSession", "Edit reference");
    case ReportSession::Header::Author:
        return QCoreApplication::translate("waymark::reports::ReportSession", "Edit author");
    case ReportSession::Header::Classification:
        return QCoreApplication::translate("waymark::reports::ReportSession", "Set handling marking");
    case ReportSession::Header::Conditions:
        return QCoreApplication::translate("waymark::reports::ReportSession", "Edit handling conditions");
    case ReportSession::Header::Standard:
        return QCoreApplication::translate("waymark::reports::ReportSession", "Set probability scale");
    }
    return {};
}

} // namespace

ReportCommand::ReportCommand(ReportSession* session, const QString& text)
    : QUndoCommand(text)
    , m_session(session)
{
}

AddRemoveJudgement::AddRemoveJudgement(ReportSession* session, const QString& text, int index, KeyJudgement judgement)
    : ReportCommand(session, text)
    , m_index(index)
    , m_judgement(std::move(judgement))
{
}

void AddRemoveJudgement::add()
{
    m_session->insertJudgement(key(), m_index, m_judgement);
}

void AddRemoveJudgement::remove()
{
    m_judgement = m_session->takeJudgement(key(), m_index);
}

AddJudgement::AddJudgement(ReportSession* session, int index, KeyJudgement judgement)
    : AddRemoveJudgement(session, QCoreApplication::translate("waymark::reports::ReportSession", "Add judgement"),
        index, std::move(judgement))
{
}

RemoveJudgement::RemoveJudgement(ReportSession* session, int index, KeyJudgement judgement)
    : AddRemoveJudgement(session, QCoreApplication::translate("waymark::reports::ReportSession", "Remove judgement"),
        index, std::move(judgement))
{
}

MoveJudgement::MoveJudgement(ReportSession* session, int from, int to)
    : ReportCommand(session, QCoreApplication::translate("waymark::reports::ReportSession", "Move judgement"))
    , m_from(from)
    , m_to(to)
{
}

void MoveJudgement::redo()
{
    m_session->placeJudgement(key(), m_from, m_to);
}

void MoveJudgement::undo()
{
    m_session->placeJudgement(key(), m_to, m_from);
}

EditJudgement::EditJudgement(
    ReportSession* session, int index, ReportSession::Field field, QString before, QString after, bool generatedBefore)
    : ReportCommand(session, fieldText(field))
    , m_index(index)
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_generatedBefore(generatedBefore)
{
}

void EditJudgement::redo()
{
    // An analyst's edit makes a generated judgement the analyst's own.
    m_session->writeField(key(), m_index, m_field, m_after, false);
}

void EditJudgement::undo()
{
    m_session->writeField(key(), m_index, m_field, m_before, m_generatedBefore);
}

bool EditJudgement::mergeWith(const QUndoCommand* other)
{
    // Typing is one step; each choice of a term or a confidence is its own.
    const auto* o = static_cast<const EditJudgement*>(other);
    const bool typed = m_field == ReportSession::Field::Statement || m_field == ReportSession::Field::Rationale;
    if (!typed || o->m_index != m_index || o->m_field != m_field)
        return false;
    m_after = o->m_after;
    return true;
}

AddRemoveEvidence::AddRemoveEvidence(
    ReportSession* session, const QString& text, int judgement, int index, std::vector<Evidence> evidence)
    : ReportCommand(session, text)
    , m_judgement(judgement)
    , m_index(index)
    , m_evidence(std::move(evidence))
{
}

void AddRemoveEvidence::add()
{
    m_session->insertEvidence(key(), m_judgement, m_index, m_evidence);
}

void AddRemoveEvidence::remove()
{
    m_session->takeEvidence(key(), m_judgement, m_index, int(m_evidence.size()));
}

CiteEvidence::CiteEvidence(ReportSession* session, int judgement, int index, std::vector<Evidence> evidence)
    : AddRemoveEvidence(session, QCoreApplication::translate("waymark::reports::ReportSession", "Cite evidence"),
        judgement, index, std::move(evidence))
{
}

RemoveCitation::RemoveCitation(ReportSession* session, int judgement, int index, Evidence evidence)
    : AddRemoveEvidence(session, QCoreApplication::translate("waymark::reports::ReportSession", "Remove citation"),
        judgement, index, { std::move(evidence) })
{
}

AddRemoveFigure::AddRemoveFigure(ReportSession* session, const QString& text, int index, Figure figure, QByteArray png)
    : ReportCommand(session, text)
    , m_index(index)
    , m_figure(std::move(figure))
    , m_png(std::move(png))
{
}

void AddRemoveFigure::add()
{
    m_session->placeFigure(key(), m_index, m_figure, m_png);
}

void AddRemoveFigure::remove()
{
    // The caption may have been edited since: the figure comes back as it went.
    m_figure = m_session->takeFigure(key(), m_index);
}

InsertFigure::InsertFigure(ReportSession* session, int index, Figure figure, QByteArray png)
    : AddRemoveFigure(session, QCoreApplication::translate("waymark::reports::ReportSession", "Insert figure"), index,
        std::move(figure), std::move(png))
{
}

RemoveFigure::RemoveFigure(ReportSession* session, int index, Figure figure, QByteArray png)
    : AddRemoveFigure(session, QCoreApplication::translate("waymark::reports::ReportSession", "Remove figure"), index,
        std::move(figure), std::move(png))
{
}

RefreshFigure::RefreshFigure(
    ReportSession* session, int index, Figure before, QByteArray beforePng, Figure after, QByteArray afterPng)
    : ReportCommand(session, QCoreApplication::translate("waymark::reports::ReportSession", "Refresh figure"))
    , m_index(index)
    , m_before(std::move(before))
    , m_beforePng(std::move(beforePng))
    , m_after(std::move(after))
    , m_afterPng(std::move(afterPng))
{
}

void RefreshFigure::redo()
{
    m_session->replaceFigure(key(), m_index, m_after, m_afterPng);
}

void RefreshFigure::undo()
{
    m_session->replaceFigure(key(), m_index, m_before, m_beforePng);
}

EditCaption::EditCaption(ReportSession* session, int index, QString before, QString after)
    : ReportCommand(session, QCoreApplication::translate("waymark::reports::ReportSession", "Edit caption"))
    , m_index(index)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditCaption::redo()
{
    m_session->writeCaption(key(), m_index, m_after);
}

void EditCaption::undo()
{
    m_session->writeCaption(key(), m_index, m_before);
}

bool EditCaption::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditCaption*>(other);
    if (o->m_index != m_index)
        return false;
    m_after = o->m_after;
    return true;
}

EditHeader::EditHeader(ReportSession* session, ReportSession::Header field, QString before, QString after)
    : ReportCommand(session, headerText(field))
    , m_field(field)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditHeader::redo()
{
    m_session->writeHeader(key(), m_field, m_after);
}

void EditHeader::undo()
{
    m_session->writeHeader(key(), m_field, m_before);
}

bool EditHeader::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const EditHeader*>(other);
    if (o->m_field != m_field)
        return false;
    m_after = o->m_after;
    return true;
}

} // namespace waymark::reports
