#include "reportsession.h"

#include "analysis/analysiscontext.h"
#include "core/logging.h"
#include "core/yardstick.h"
#include "reportcommands.h"
#include "reports/datafingerprint.h"
#include "reports/reportstore.h"
#include "store/workspace.h"

#include <QSignalBlocker>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace waymark::reports {

namespace {

/// Autosave every few seconds: what a crash can cost.
constexpr int kAutosaveMs = 3000;
/// The checker waits for a pause in the typing.
constexpr int kCheckMs = 400;

bool inRange(int index, size_t size)
{
    return index >= 0 && size_t(index) < size;
}

} // namespace

ReportSession::ReportSession(analysis::AnalysisContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_undo(new QUndoStack(this))
    , m_autosave(new QTimer(this))
    , m_check(new QTimer(this))
{
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, [this] { autosaveNow(); });
    m_autosave->start();
    m_check->setSingleShot(true);
    m_check->setInterval(kCheckMs);
    connect(m_check, &QTimer::timeout, this, &ReportSession::check);
    // An import may change what the figures were drawn from.
    if (m_context)
        connect(m_context, &analysis::AnalysisContext::dataChanged, this, [this] { checkFigures(); });
}

ReportSession::~ReportSession()
{
    // Ending the session keeps what was typed; nobody listens any more.
    const QSignalBlocker quiet(this);
    if (m_dirty)
        autosaveNow();
}

store::Workspace* ReportSession::workspace() const
{
    return m_context ? m_context->workspace() : nullptr;
}

Status ReportSession::newReport(ReportDocument::Template t)
{
    store::Workspace* ws = workspace();
    if (!ws)
        return Error(tr("Open a workspace first."));
    ReportDocument doc = ReportDocument::fromTemplate(t);
    if (auto id = ReportStore(*ws).create(doc); !id)
        return id.error();
    reset(doc, false);
    return Ok {};
}

Status ReportSession::open(qint64 id)
{
    store::Workspace* ws = workspace();
    if (!ws)
        return Error(tr("Open a workspace first."));
    ReportStore store(*ws);
    auto doc = store.load(id);
    if (!doc)
        return doc.error();
    auto kept = store.autosaved(id);
    if (!kept)
        return kept.error();
    const bool recovered = kept->has_value();
    reset(recovered ? kept->value() : doc.value(), recovered);
    // Recovered text is not saved yet: it stays in the autosave.
    m_dirty = recovered;
    return Ok {};
}

void ReportSession::reset(const ReportDocument& doc, bool recovered)
{
    // The report being left keeps its unsaved edits.
    if (m_dirty)
        autosaveNow();
    m_undo->clear();
    m_doc = doc;
    m_recovered = recovered;
    m_dirty = false;
    Q_EMIT documentReset();
    check();
}

Result<int> ReportSession::save(const QString& note, QString* conflict)
{
    store::Workspace* ws = workspace();
    if (!ws)
        return Error(tr("Open a workspace first."));
    ReportDocument doc = m_doc;
    auto version = ReportStore(*ws).save(doc, note, conflict);
    if (!version)
        return version.error();
    m_doc.version = doc.version;
    m_dirty = false;
    // Typing after a save is a step of its own.
    m_undo->setClean();
    Q_EMIT saved(version.value());
    return version;
}

void ReportSession::setAutosaveInterval(int ms)
{
    m_autosave->setInterval(ms);
}

int ReportSession::autosaveInterval() const
{
    return m_autosave->interval();
}

Status ReportSession::autosaveNow()
{
    store::Workspace* ws = workspace();
    if (!m_dirty || m_doc.id <= 0 || !ws)
        return Ok {};
    if (Status st = ReportStore(*ws).autosave(m_doc); !st) {
        qCWarning(lcReports) << "autosave of report" << m_doc.id << "failed:" << st.error().detail;
        Q_EMIT autosaveFailed(st.error());
        return st;
    }
    m_dirty = false;
    Q_EMIT autosaved();
    return Ok {};
}

void ReportSession::check()
{
    m_check->stop();
    m_findings = ReportChecker::check(m_doc);
    Q_EMIT findingsChanged();
}

Status ReportSession::dismissFinding(int index, const QString& reason)
{
    store::Workspace* ws = workspace();
    if (!inRange(index, m_findings.size()) || !ws)
        return Error(tr("No such finding."));
    const Finding& f = m_findings[size_t(index)];
    if (Status st = ReportStore(*ws).dismiss(m_doc, { f.rule, f.where(), f.text, reason, {}, {} }); !st)
        return st;
    m_dirty = true;
    Q_EMIT edited();
    check();
    return Ok {};
}

Status ReportSession::checkFigures()
{
    store::Workspace* ws = workspace();
    if (!ws || m_doc.figures.empty())
        return Ok {};
    if (Status st = ReportStore(*ws).checkFigures(m_doc); !st)
        return st;
    for (size_t i = 0; i < m_doc.figures.size(); ++i)
        Q_EMIT figureChanged(int(i));
    check();
    return Ok {};
}

QString ReportSession::fingerprintNow() const
{
    store::Workspace* ws = workspace();
    if (!ws)
        return {};
    auto fingerprint = DataFingerprint::of(*ws);
    return fingerprint ? fingerprint.value() : QString();
}

// The edits: each pushes one command.

void ReportSession::addJudgement()
{
    KeyJudgement j;
    j.statement = tr("New judgement");
    m_undo->push(new AddJudgement(this, int(m_doc.judgements.size()), j));
}

void ReportSession::removeJudgement(int index)
{
    if (inRange(index, m_doc.judgements.size()))
        m_undo->push(new RemoveJudgement(this, index, m_doc.judgements[size_t(index)]));
}

void ReportSession::moveJudgement(int from, int to)
{
    const size_t n = m_doc.judgements.size();
    if (inRange(from, n) && inRange(to, n) && from != to)
        m_undo->push(new MoveJudgement(this, from, to));
}

QString ReportSession::field(const KeyJudgement& j, Field field)
{
    switch (field) {
    case Field::Statement:
        return j.statement;
    case Field::Term:
        return j.term;
    case Field::Confidence:
        return j.confidence;
    case Field::Rationale:
        return j.rationale;
    }
    return {};
}

void ReportSession::setJudgementField(int index, Field f, const QString& value)
{
    if (!inRange(index, m_doc.judgements.size()))
        return;
    const KeyJudgement& j = m_doc.judgements[size_t(index)];
    if (field(j, f) != value)
        m_undo->push(new EditJudgement(this, index, f, field(j, f), value, j.generated));
}

Result<std::vector<Evidence>> ReportSession::uncited(
    int judgement, const std::vector<EvidenceMime::Item>& items, QStringList* unknown)
{
    store::Workspace* ws = workspace();
    if (!ws)
        return Error(tr("Open a workspace first."));
    if (!inRange(judgement, m_doc.judgements.size()))
        return Error(tr("Choose a judgement first."));
    const std::vector<Evidence>& cited = m_doc.judgements[size_t(judgement)].evidence;
    std::vector<Evidence> out;
    ReportStore store(*ws);
    for (const auto& item : items) {
        auto same = [&](const Evidence& e) { return e.kind == item.kind && e.key == item.key; };
        if (std::any_of(cited.begin(), cited.end(), same) || std::any_of(out.begin(), out.end(), same))
            continue;
        auto e = store.evidence(item.kind, item.key);
        if (!e) {
            if (unknown)
                *unknown << QStringLiteral("%1 %2").arg(Evidence::kindName(item.kind), item.key);
            continue;
        }
        out.push_back(e.value());
    }
    return out;
}

Status ReportSession::cite(int judgement, const std::vector<EvidenceMime::Item>& items, int* added)
{
    QStringList unknown;
    auto fresh = uncited(judgement, items, &unknown);
    if (!fresh)
        return fresh.error();
    if (added)
        *added = int(fresh->size());
    if (!fresh->empty()) {
        const int at = int(m_doc.judgements[size_t(judgement)].evidence.size());
        m_undo->push(new CiteEvidence(this, judgement, at, std::move(fresh.value())));
    }
    if (!unknown.isEmpty())
        return Error(tr("Not in this workspace, so not cited: %1").arg(unknown.join(QStringLiteral(", "))));
    return Ok {};
}

Result<int> ReportSession::citeIncidents(int judgement, const std::vector<qint64>& ids)
{
    store::Workspace* ws = workspace();
    if (!ws)
        return Error(tr("Open a workspace first."));
    auto keys = ReportStore(*ws).incidentKeys(ids);
    if (!keys)
        return keys.error();
    std::vector<EvidenceMime::Item> items;
    items.reserve(size_t(keys->size()));
    for (const QString& k : keys.value())
        items.push_back({ Evidence::Kind::Incident, k });
    // The keys come from the workspace: none is unknown.
    int added = 0;
    if (Status st = cite(judgement, items, &added); !st)
        return st.error();
    return added;
}

void ReportSession::removeCitation(int judgement, int index)
{
    if (!inRange(judgement, m_doc.judgements.size()))
        return;
    const std::vector<Evidence>& cited = m_doc.judgements[size_t(judgement)].evidence;
    if (inRange(index, cited.size()))
        m_undo->push(new RemoveCitation(this, judgement, index, cited[size_t(index)]));
}

namespace {

/// The figure named after its image.
Figure withImage(const QByteArray& png, const Figure& figure)
{
    ReportDocument scratch;
    scratch.addFigure(png, figure);
    return scratch.figures.front();
}

} // namespace

void ReportSession::insertFigure(const QByteArray& png, const Figure& figure)
{
    m_undo->push(new InsertFigure(this, int(m_doc.figures.size()), withImage(png, figure), png));
}

void ReportSession::refreshFigure(int index, const QByteArray& png, const Figure& figure)
{
    if (!inRange(index, m_doc.figures.size()))
        return;
    const Figure& before = m_doc.figures[size_t(index)];
    m_undo->push(
        new RefreshFigure(this, index, before, m_doc.images.value(before.imageSha), withImage(png, figure), png));
    check();
}

void ReportSession::removeFigure(int index)
{
    if (!inRange(index, m_doc.figures.size()))
        return;
    const Figure& f = m_doc.figures[size_t(index)];
    m_undo->push(new RemoveFigure(this, index, f, m_doc.images.value(f.imageSha)));
}

void ReportSession::setFigureCaption(int index, const QString& caption)
{
    if (inRange(index, m_doc.figures.size()) && m_doc.figures[size_t(index)].caption != caption)
        m_undo->push(new EditCaption(this, index, m_doc.figures[size_t(index)].caption, caption));
}

QString ReportSession::header(Header field) const
{
    switch (field) {
    case Header::Title:
        return m_doc.title;
    case Header::Reference:
        return m_doc.reference;
    case Header::Author:
        return m_doc.author;
    case Header::Classification:
        return m_doc.marking.classification;
    case Header::Conditions:
        return m_doc.marking.conditions;
    case Header::Standard:
        return m_doc.probabilityStandard;
    }
    return {};
}

void ReportSession::setHeader(Header field, const QString& value)
{
    if (header(field) == value)
        return;
    if (field != Header::Standard) {
        m_undo->push(new EditHeader(this, field, header(field), value));
        return;
    }
    const ProbabilityScale from = Yardstick::scaleOf(m_doc.probabilityStandard);
    const ProbabilityScale to = Yardstick::scaleOf(value);
    m_undo->beginMacro(tr("Set probability scale to %1").arg(Yardstick::scaleName(to)));
    m_undo->push(new EditHeader(this, field, header(field), Yardstick::scaleId(to)));
    for (size_t i = 0; i < m_doc.judgements.size(); ++i) {
        const KeyJudgement& j = m_doc.judgements[i];
        if (const YardstickTerm* t = Yardstick::find(j.term, from)) {
            const QString moved = Yardstick::nearest(*t, to).term;
            if (moved != j.term)
                m_undo->push(new EditJudgement(this, int(i), Field::Term, j.term, moved, j.generated));
        }
    }
    m_undo->endMacro();
}

void ReportSession::setSectionHtml(const QString& key, const QString& html)
{
    Section* s = m_doc.section(key);
    if (!s || s->html == html)
        return;
    s->html = html;
    touched();
}

void ReportSession::touched()
{
    m_dirty = true;
    m_check->start();
    Q_EMIT edited();
}

// What the commands do.

void ReportSession::insertJudgement(CommandKey, int index, const KeyJudgement& j)
{
    m_doc.judgements.insert(m_doc.judgements.begin() + index, j);
    Q_EMIT judgementAdded(index);
    touched();
}

KeyJudgement ReportSession::takeJudgement(CommandKey, int index)
{
    KeyJudgement j = std::move(m_doc.judgements[size_t(index)]);
    m_doc.judgements.erase(m_doc.judgements.begin() + index);
    Q_EMIT judgementRemoved(index);
    touched();
    return j;
}

void ReportSession::placeJudgement(CommandKey, int from, int to)
{
    KeyJudgement j = std::move(m_doc.judgements[size_t(from)]);
    m_doc.judgements.erase(m_doc.judgements.begin() + from);
    m_doc.judgements.insert(m_doc.judgements.begin() + to, std::move(j));
    Q_EMIT judgementMoved(from, to);
    touched();
}

void ReportSession::writeField(CommandKey, int index, Field field, const QString& value, bool generated)
{
    KeyJudgement& j = m_doc.judgements[size_t(index)];
    switch (field) {
    case Field::Statement:
        j.statement = value;
        break;
    case Field::Term:
        j.term = value;
        break;
    case Field::Confidence:
        j.confidence = value;
        break;
    case Field::Rationale:
        j.rationale = value;
        break;
    }
    j.generated = generated;
    Q_EMIT judgementChanged(index);
    touched();
}

void ReportSession::insertEvidence(CommandKey, int judgement, int index, const std::vector<Evidence>& evidence)
{
    std::vector<Evidence>& cited = m_doc.judgements[size_t(judgement)].evidence;
    cited.insert(cited.begin() + index, evidence.begin(), evidence.end());
    Q_EMIT judgementChanged(judgement);
    touched();
}

void ReportSession::takeEvidence(CommandKey, int judgement, int index, int count)
{
    std::vector<Evidence>& cited = m_doc.judgements[size_t(judgement)].evidence;
    cited.erase(cited.begin() + index, cited.begin() + index + count);
    Q_EMIT judgementChanged(judgement);
    touched();
}

void ReportSession::placeFigure(CommandKey, int index, const Figure& figure, const QByteArray& png)
{
    if (!png.isEmpty())
        m_doc.images.insert(figure.imageSha, png);
    m_doc.figures.insert(m_doc.figures.begin() + index, figure);
    Q_EMIT figureAdded(index);
    touched();
}

Figure ReportSession::takeFigure(CommandKey, int index)
{
    Figure f = m_doc.figures[size_t(index)];
    m_doc.figures.erase(m_doc.figures.begin() + index);
    dropImageIfUnused(f.imageSha);
    Q_EMIT figureRemoved(index);
    touched();
    return f;
}

void ReportSession::replaceFigure(CommandKey, int index, const Figure& figure, const QByteArray& png)
{
    const QString old = m_doc.figures[size_t(index)].imageSha;
    if (!png.isEmpty())
        m_doc.images.insert(figure.imageSha, png);
    m_doc.figures[size_t(index)] = figure;
    if (old != figure.imageSha)
        dropImageIfUnused(old);
    Q_EMIT figureChanged(index);
    touched();
}

void ReportSession::dropImageIfUnused(const QString& sha)
{
    if (std::none_of(m_doc.figures.begin(), m_doc.figures.end(), [&](const Figure& f) { return f.imageSha == sha; }))
        m_doc.images.remove(sha);
}

void ReportSession::writeCaption(CommandKey, int index, const QString& caption)
{
    m_doc.figures[size_t(index)].caption = caption;
    Q_EMIT figureChanged(index);
    touched();
}

void ReportSession::writeHeader(CommandKey, Header field, const QString& value)
{
    switch (field) {
    case Header::Title:
        m_doc.title = value;
        break;
    case Header::Reference:
        m_doc.reference = value;
        break;
    case Header::Author:
        m_doc.author = value;
        break;
    case Header::Classification:
        m_doc.marking.classification = value;
        break;
    case Header::Conditions:
        m_doc.marking.conditions = value;
        break;
    case Header::Standard:
        m_doc.probabilityStandard = value;
        break;
    }
    Q_EMIT headerChanged(field);
    touched();
}

} // namespace waymark::reports
