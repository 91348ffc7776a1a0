#include "reporteditor.h"

#include "releasabilitydialog.h"
#include "sharing/reportrelease.h"

#include "analysis/analysiscontext.h"
#include "core/yardstick.h"
#include "messages.h"
#include "reportfigurepane.h"
#include "undokeys.h"
#include "versionhistorydialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextEdit>
#include <QTime>
#include <QUndoStack>
#include <QVBoxLayout>

namespace waymark::ui {

using reports::Evidence;
using reports::KeyJudgement;
using reports::ReportDocument;
using reports::ReportSession;
using Field = reports::ReportSession::Field;
using Header = reports::ReportSession::Header;

ReportEditor::ReportEditor(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(new ReportSession(context, this))
{
    build();
    connectSession();
    // Nothing to edit until a report is open.
    m_header->setEnabled(false);
    m_body->setEnabled(false);
    m_status->setText(tr("Open a report from the list above, start one with New report, or let Waymark draft one "
                         "from the data."));
}

ReportEditor::~ReportEditor()
{
    // The session autosaves what was typed when it ends; the widgets it would tell go first.
    disconnect(m_session, nullptr, this, nullptr);
}

void ReportEditor::build()
{
    auto* top = new QVBoxLayout(this);
    auto* header = new QGridLayout;
    m_title = new QLineEdit(this);
    m_reference = new QLineEdit(this);
    m_author = new QLineEdit(this);
    m_marking = new QComboBox(this);
    m_marking->setEditable(true);
    m_marking->addItems({ QStringLiteral("OFFICIAL"), QStringLiteral("OFFICIAL-SENSITIVE"), QStringLiteral("TLP:CLEAR"),
        QStringLiteral("TLP:GREEN"), QStringLiteral("TLP:AMBER"), QStringLiteral("TLP:AMBER+STRICT"),
        QStringLiteral("TLP:RED") });
    m_conditions = new QLineEdit(this);
    m_standard = new QComboBox(this);
    m_standard->setObjectName(QStringLiteral("probabilityScale"));
    for (ProbabilityScale scale : { ProbabilityScale::Phia, ProbabilityScale::Icd203 })
        m_standard->addItem(Yardstick::scaleName(scale), Yardstick::scaleId(scale));
    m_standard->setToolTip(tr("The probability language the judgements are written in: the UK PHIA yardstick (the "
                              "house standard) or US ICD 203 for partners who use it. Changing it moves each "
                              "judgement's term to the band that holds its range's middle."));
    // Two columns, so the judgements and sections keep the height.
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    header->addWidget(label(tr("&Title"), m_title), 0, 0);
    header->addWidget(m_title, 0, 1);
    header->addWidget(label(tr("Probability &scale"), m_standard), 0, 2);
    header->addWidget(m_standard, 0, 3);
    header->addWidget(label(tr("Re&ference"), m_reference), 1, 0);
    header->addWidget(m_reference, 1, 1);
    header->addWidget(label(tr("Aut&hor"), m_author), 1, 2);
    header->addWidget(m_author, 1, 3);
    header->addWidget(label(tr("Handling"), m_marking), 2, 0);
    header->addWidget(m_marking, 2, 1);
    header->addWidget(label(tr("Conditions"), m_conditions), 2, 2);
    header->addWidget(m_conditions, 2, 3);
    header->setColumnStretch(1, 1);
    header->setColumnStretch(3, 1);
    m_header = new QWidget(this);
    m_header->setLayout(header);
    header->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_header);
    for (const auto& [edit, field] :
        { std::pair { m_title, Header::Title }, std::pair { m_reference, Header::Reference },
            std::pair { m_author, Header::Author }, std::pair { m_conditions, Header::Conditions } }) {
        const Header f = field;
        connect(edit, &QLineEdit::textEdited, this, [this, f](const QString& text) { m_session->setHeader(f, text); });
    }
    connect(m_marking, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        if (!m_loading)
            m_session->setHeader(Header::Classification, text);
    });
    connect(m_standard, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            m_session->setHeader(Header::Standard, m_standard->currentData().toString());
    });

    auto* split = new QSplitter(this);
    m_body = split;
    top->addWidget(split, 1);
    split->addWidget(buildJudgements(split));

    // Sections, figures, checks and actions.
    auto* right = new QWidget(split);
    auto* r = new QVBoxLayout(right);
    m_status = new QLabel(right);
    m_status->setWordWrap(true); // fits a laptop's width in every language
    // Sections, figures and checks share the height; the analyst moves the splits.
    auto* parts = new QSplitter(Qt::Vertical, right);
    parts->setChildrenCollapsible(false);
    m_sections = new QTabWidget(parts);
    parts->addWidget(m_sections);
    m_figures = new ReportFigurePane(m_context, m_session, parts);
    connect(m_figures, &ReportFigurePane::message, m_status, &QLabel::setText);
    addActions(m_figures->insertActions()); // the shortcuts work anywhere in the editor
    parts->addWidget(m_figures);
    parts->addWidget(buildChecks(parts));
    parts->setStretchFactor(0, 3);
    parts->setStretchFactor(1, 2);
    parts->setStretchFactor(2, 1);
    parts->setSizes({ 3000, 2000, 1000 }); // scaled to the height there is
    r->addWidget(parts, 1);
    r->addLayout(buildActions(right));
    r->addWidget(m_status);
    split->setStretchFactor(1, 2);

    // Ctrl+Z in a field undoes the report's last edit, not the field's own typing.
    new UndoKeys(m_session->undoStack(), this);
}

QWidget* ReportEditor::buildJudgements(QWidget* parent)
{
    // Key judgements: the list above, the chosen one's form below.
    auto* leftSplit = new QSplitter(Qt::Vertical, parent);
    auto* left = new QWidget(leftSplit);
    auto* l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(new QLabel(tr("Key judgements"), left));
    m_judgements = new QListWidget(left);
    m_judgements->setAccessibleName(tr("Key judgements"));
    m_judgements->setDragDropMode(QAbstractItemView::InternalMove);
    m_judgements->setWordWrap(true);
    m_judgements->setTextElideMode(Qt::ElideNone);
    m_judgements->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    l->addWidget(m_judgements, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add"), left);
    auto* remove = new QPushButton(tr("Remove"), left);
    auto* up = new QPushButton(tr("Up"), left);
    auto* down = new QPushButton(tr("Down"), left);
    for (QPushButton* b : { add, remove, up, down })
        buttons->addWidget(b);
    l->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ReportEditor::addJudgement);
    connect(remove, &QPushButton::clicked, this, [this] { m_session->removeJudgement(m_judgements->currentRow()); });
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = m_judgements->currentRow();
        moveJudgement(row, row - 1);
    });
    connect(down, &QPushButton::clicked, this, [this] {
        const int row = m_judgements->currentRow();
        moveJudgement(row, row + 1);
    });
    connect(m_judgements->model(), &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex&, int from, int, const QModelIndex&, int to) {
            // A drag inside the list: the document follows the list.
            if (!m_loading)
                m_session->moveJudgement(from, to > from ? to - 1 : to);
        });
    connect(m_judgements, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            showJudgement(row);
    });

    auto* form = new QFormLayout;
    m_statement = new QLineEdit(left);
    m_term = new QComboBox(left);
    fillTerms(ProbabilityScale::Phia);
    m_confidence = new QComboBox(left);
    m_confidence->addItem(QString());
    m_confidence->addItems(Yardstick::confidenceLevels());
    m_rationale = new QLineEdit(left);
    m_evidence = new QListWidget(left);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setAcceptDrops(true);
    m_evidence->viewport()->setAcceptDrops(true);
    m_evidence->viewport()->installEventFilter(this);
    m_evidence->setToolTip(
        tr("Drag incidents, entities or accounts here from any view to cite them; Delete removes a citation"));
    auto* uncite = new QAction(tr("Remove citation"), m_evidence);
    uncite->setShortcut(QKeySequence::Delete);
    uncite->setShortcutContext(Qt::WidgetShortcut);
    m_evidence->addAction(uncite);
    m_evidence->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(
        uncite, &QAction::triggered, this, [this] { m_session->removeCitation(m_current, m_evidence->currentRow()); });
    m_judgements->viewport()->installEventFilter(this);
    m_judgements->setToolTip(tr("Drop incidents, entities or accounts on a judgement to cite them"));
    auto* cite = new QPushButton(tr("Cite the selected incidents"), left);
    form->addRow(tr("Statement"), m_statement);
    form->addRow(tr("Probability"), m_term);
    form->addRow(tr("Confidence"), m_confidence);
    form->addRow(tr("Rationale"), m_rationale);
    form->addRow(tr("Evidence"), m_evidence);
    form->addRow(QString(), cite);
    auto* judgement = new QWidget(leftSplit);
    judgement->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0);
    leftSplit->setStretchFactor(0, 3);
    leftSplit->setStretchFactor(1, 2);
    m_evidence->setMinimumHeight(60);
    connect(cite, &QPushButton::clicked, this, [this] {
        if (Status st = citeSelection(); !st)
            m_status->setText(st.error().message);
    });
    connect(m_statement, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_session->setJudgementField(m_current, Field::Statement, text); });
    connect(m_rationale, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_session->setJudgementField(m_current, Field::Rationale, text); });
    connect(m_term, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            m_session->setJudgementField(m_current, Field::Term, m_term->currentData().toString());
    });
    connect(m_confidence, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            m_session->setJudgementField(m_current, Field::Confidence, m_confidence->currentText());
    });
    return leftSplit;
}

void ReportEditor::fillTerms(ProbabilityScale scale)
{
    const bool loading = m_loading;
    m_loading = true;
    m_term->clear();
    m_term->addItem(QString());
    for (const auto& t : Yardstick::terms(scale))
        m_term->addItem(QStringLiteral("%1 (%2)").arg(t.label(), Yardstick::rangeText(t)), t.term);
    m_loading = loading;
}

QWidget* ReportEditor::buildChecks(QWidget* parent)
{
    auto* checks = new QWidget(parent);
    auto* c = new QVBoxLayout(checks);
    c->setContentsMargins(0, 0, 0, 0);
    c->addWidget(new QLabel(tr("Checks"), checks));
    m_findingList = new QListWidget(checks);
    m_findingList->setAccessibleName(tr("Checks"));
    m_findingList->setToolTip(tr("Double-click a finding to go to what it is about"));
    c->addWidget(m_findingList, 1);
    connect(m_findingList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = m_findingList->row(item);
        if (row < 0 || row >= int(findings().size()))
            return;
        const reports::Finding& f = findings()[size_t(row)];
        if (f.judgement >= 0) {
            m_judgements->setCurrentRow(f.judgement);
            m_statement->setFocus();
        } else if (f.figure >= 0) {
            m_figures->list()->setCurrentRow(f.figure);
            m_figures->list()->setFocus();
        } else {
            for (int i = 0; i < m_sections->count(); ++i) {
                if (m_sections->widget(i)->objectName() == f.section)
                    m_sections->setCurrentIndex(i);
            }
        }
    });
    return checks;
}

QLayout* ReportEditor::buildActions(QWidget* parent)
{
    auto* actions = new QHBoxLayout;
    auto* dismiss = new QPushButton(tr("Dismiss…"), parent);
    auto* undo = new QPushButton(tr("Undo"), parent);
    auto* redo = new QPushButton(tr("Redo"), parent);
    auto* saveButton = new QPushButton(tr("Save version"), parent);
    auto* history = new QPushButton(tr("History…"), parent);
    history->setToolTip(tr("Saved versions, who saved them and when, and what changed between any two"));
    // The four formats share one button and its menu: nine buttons in a row do not fit a laptop in French.
    auto* exportButton = new QPushButton(tr("Export"), parent);
    exportButton->setObjectName(QStringLiteral("reportExport"));
    exportButton->setToolTip(tr("Write the report as PDF, ODT, HTML or Markdown"));
    auto* exportMenu = new QMenu(exportButton);
    exportButton->setMenu(exportMenu);
    for (QPushButton* b : { dismiss, undo, redo, saveButton, history, exportButton })
        actions->addWidget(b);
    connect(history, &QPushButton::clicked, this, &ReportEditor::showHistory);
    for (const auto& [label, format] : { std::pair { "PDF", reports::ReportExporter::Format::Pdf },
             std::pair { "ODT", reports::ReportExporter::Format::Odt },
             std::pair { "HTML", reports::ReportExporter::Format::Html },
             std::pair { "Markdown", reports::ReportExporter::Format::Markdown } }) {
        const auto f = format;
        exportMenu->addAction(tr("Export %1…").arg(QLatin1String(label)), this, [this, f] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export report"), QString(), QStringLiteral("*.") + reports::ReportExporter::formatName(f));
            if (path.isEmpty())
                return;
            const bool redact = QInputDialog::getItem(this, tr("Export report"), tr("Personal identifiers"),
                                    { tr("Redact"), tr("Keep") }, 0, false)
                == tr("Redact");
            Status st = exportTo(f, path, redact);
            m_status->setText(st ? tr("Exported %1.").arg(path) : st.error().message);
        });
    }
    // The buttons say what they would undo and redo.
    QUndoStack* stack = m_session->undoStack();
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString& text) {
        undo->setToolTip(text.isEmpty() ? QString() : tr("Undo %1 (Ctrl+Z)").arg(text.toLower()));
    });
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString& text) {
        redo->setToolTip(text.isEmpty() ? QString() : tr("Redo %1 (Ctrl+Shift+Z)").arg(text.toLower()));
    });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (Status st = save(); !st)
            m_status->setText(st.error().message);
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        const int row = m_findingList->currentRow();
        if (row < 0)
            return;
        bool ok = false;
        const QString reason
            = QInputDialog::getText(this, tr("Dismiss finding"), tr("Why?"), QLineEdit::Normal, {}, &ok);
        if (ok) {
            if (Status st = dismissFinding(row, reason); !st)
                m_status->setText(st.error().message);
        }
    });
    return actions;
}

void ReportEditor::connectSession()
{
    ReportSession* s = m_session;
    connect(s, &ReportSession::documentReset, this, &ReportEditor::showDocument);
    connect(s, &ReportSession::headerChanged, this, &ReportEditor::showHeader);
    connect(s, &ReportSession::judgementAdded, this, [this](int index) { refreshJudgementList(index); });
    connect(s, &ReportSession::judgementRemoved, this,
        [this](int index) { refreshJudgementList(std::min(index, int(document().judgements.size()) - 1)); });
    connect(s, &ReportSession::judgementMoved, this, [this](int, int to) { refreshJudgementList(to); });
    connect(s, &ReportSession::judgementChanged, this, [this](int index) {
        if (QListWidgetItem* item = m_judgements->item(index))
            item->setText(QStringLiteral("%1. %2").arg(index + 1).arg(document().judgements[size_t(index)].statement));
        if (index == m_current)
            showJudgement(index);
    });
    connect(s, &ReportSession::findingsChanged, this, &ReportEditor::showFindings);
    connect(s, &ReportSession::autosaved, this, [this] {
        m_status->setText(tr("Autosaved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        Q_EMIT autosaved();
    });
    connect(s, &ReportSession::autosaveFailed, this,
        [this](const Error& e) { m_status->setText(tr("Autosave failed: %1").arg(e.message)); });
    connect(s, &ReportSession::saved, this, &ReportEditor::saved);
}

QTextEdit* ReportEditor::sectionEditor(const QString& key) const
{
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->widget(i)->objectName() == key)
            return qobject_cast<QTextEdit*>(m_sections->widget(i));
    }
    return nullptr;
}

void ReportEditor::showDocument()
{
    if (!m_body->isEnabled()) {
        m_header->setEnabled(true);
        m_body->setEnabled(true);
        m_status->clear();
    }
    for (Header f : { Header::Title, Header::Reference, Header::Author, Header::Classification, Header::Conditions,
             Header::Standard })
        showHeader(f);
    // Each report brings its own sections, each editor its own undo.
    m_loading = true;
    while (m_sections->count() > 0) {
        QWidget* w = m_sections->widget(0);
        m_sections->removeTab(0);
        delete w;
    }
    for (const reports::Section& s : document().sections) {
        auto* e = new QTextEdit(m_sections);
        e->setObjectName(s.key);
        e->setHtml(s.html);
        // Tab moves on to the next control, as everywhere else: the keyboard must not be trapped in the text.
        e->setTabChangesFocus(true);
        e->setAccessibleName(s.title);
        m_sections->addTab(e, s.title);
        connect(e, &QTextEdit::textChanged, this, [this, e] {
            if (!m_loading)
                m_session->setSectionHtml(e->objectName(), e->toHtml());
        });
    }
    m_loading = false;
    refreshJudgementList(-1);
    showFindings();
}

void ReportEditor::showHeader(Header field)
{
    const QString value = m_session->header(field);
    m_loading = true;
    if (field == Header::Classification) {
        if (m_marking->currentText() != value)
            m_marking->setCurrentText(value);
    } else if (field == Header::Standard) {
        const ProbabilityScale scale = Yardstick::scaleOf(value);
        m_standard->setCurrentIndex(std::max(0, m_standard->findData(Yardstick::scaleId(scale))));
        fillTerms(scale);
        if (m_current >= 0 && m_current < int(document().judgements.size()))
            m_term->setCurrentIndex(std::max(0, m_term->findData(document().judgements[size_t(m_current)].term)));
    } else {
        QLineEdit* edit = field == Header::Title ? m_title
            : field == Header::Reference         ? m_reference
            : field == Header::Author            ? m_author
                                                 : m_conditions;
        if (edit->text() != value)
            edit->setText(value);
    }
    m_loading = false;
}

void ReportEditor::refreshJudgementList(int current)
{
    m_loading = true;
    m_judgements->clear();
    const auto& judgements = document().judgements;
    for (size_t i = 0; i < judgements.size(); ++i)
        m_judgements->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(judgements[i].statement));
    m_judgements->setCurrentRow(current);
    m_loading = false;
    showJudgement(m_judgements->currentRow());
}

void ReportEditor::showJudgement(int row)
{
    const auto& judgements = document().judgements;
    m_loading = true;
    const bool moved = row != m_current;
    m_current = row >= 0 && row < int(judgements.size()) ? row : -1;
    const KeyJudgement j = m_current >= 0 ? judgements[size_t(m_current)] : KeyJudgement();
    // What is typed stays where it is; only what changed elsewhere (undo) is shown again.
    if (m_statement->text() != j.statement || moved) {
        m_statement->setText(j.statement);
        m_statement->setCursorPosition(0); // long statements show their start
    }
    if (m_rationale->text() != j.rationale || moved) {
        m_rationale->setText(j.rationale);
        m_rationale->setCursorPosition(0);
    }
    m_term->setCurrentIndex(std::max(0, m_term->findData(j.term)));
    m_confidence->setCurrentIndex(std::max(0, m_confidence->findText(j.confidence)));
    const int evidenceRow = m_evidence->currentRow();
    m_evidence->clear();
    for (const Evidence& e : j.evidence) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 · %2%3")
                                             .arg(e.label.isEmpty() ? e.key : e.label, e.gradeText(),
                                                 e.missing ? tr(" · no longer in the workspace") : QString()),
            m_evidence);
        if (e.missing)
            item->setForeground(Qt::red);
    }
    if (!moved)
        m_evidence->setCurrentRow(std::min(evidenceRow, m_evidence->count() - 1));
    for (QWidget* w : std::initializer_list<QWidget*> { m_statement, m_term, m_confidence, m_rationale, m_evidence })
        w->setEnabled(m_current >= 0);
    m_loading = false;
    underlineStatement();
}

Status ReportEditor::newReport(ReportDocument::Template t)
{
    return m_session->newReport(t);
}

Status ReportEditor::openReport(qint64 id)
{
    if (Status st = m_session->open(id); !st)
        return st;
    if (recoveredFromAutosave())
        m_status->setText(tr("Unsaved text from %1 was recovered from the autosave.").arg(document().title));
    if (const QStringList missing = document().missingEvidence(); !missing.isEmpty())
        m_status->setText(
            tr("Some evidence is no longer in the workspace: %1").arg(missing.join(QStringLiteral("; "))));
    return Ok {};
}

Status ReportEditor::save(const QString& note)
{
    QString conflict;
    auto v = m_session->save(note, &conflict);
    if (!v)
        return v.error();
    m_status->setText(conflict.isEmpty() ? tr("Saved version %1.").arg(v.value()) : conflict);
    if (!conflict.isEmpty())
        Messages::inform(this, tr("Saved as a new version"), conflict);
    return Ok {};
}

Status ReportEditor::exportTo(reports::ReportExporter::Format format, const QString& path, bool redact)
{
    if (!m_context->workspace())
        return Error(tr("Open a workspace first."));
    // The one releasability check: a report does not go without what it
    // cites, and its marking is at least its evidence's.
    store::Workspace& ws = *m_context->workspace();
    const reports::ReportDocument doc = document();
    const auto outcome = ReleasabilityDialog::confirm(
        this, tr("report %1").arg(QFileInfo(path).fileName()),
        [&ws, doc](sharing::Destination to) { return sharing::ReportRelease::check(ws, doc, to); },
        sharing::Destination::OwnOrganisation, true);
    if (!outcome)
        return Error(tr("Not exported: the releasability check did not let it go."));
    // The same way out as `waymark report export`: figures showing what may
    // not go are drawn again without it (or left out), in the copy only.
    reports::ExportOptions o;
    o.redact = redact;
    auto written = sharing::ReportRelease::write(ws, doc, outcome.value(), format, path, o);
    if (!written)
        return written.error();
    if (written->redrawn > 0 || written->leftOut > 0)
        m_status->setText(tr("Exported: %1 figure(s) drawn again without what may not go, %2 left out.")
                              .arg(written->redrawn)
                              .arg(written->leftOut));
    return Ok {};
}

Status ReportEditor::citeSelection()
{
    if (m_current < 0)
        return Error(tr("Choose a judgement first."));
    const auto selection = m_context->selection();
    if (!selection || selection->empty() || !m_context->workspace())
        return Error(tr("Select incidents on the map, the timeline or a table first."));
    auto added = m_session->citeIncidents(m_current, *selection);
    if (!added)
        return added.error();
    m_status->setText(tr("Judgement %1 cites %n more item(s).", nullptr, added.value()).arg(m_current + 1));
    return Ok {};
}

void ReportEditor::addJudgement()
{
    m_session->addJudgement();
}

void ReportEditor::moveJudgement(int from, int to)
{
    m_session->moveJudgement(from, to);
}

Status ReportEditor::dismissFinding(int row, const QString& reason)
{
    return m_session->dismissFinding(row, reason);
}

void ReportEditor::showFindings()
{
    m_findingList->clear();
    for (const reports::Finding& f : findings()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 · %2%3")
                .arg(f.where(), f.message, f.dismissed ? tr(" (dismissed: %1)").arg(f.dismissReason) : QString()),
            m_findingList);
        if (f.dismissed)
            item->setForeground(Qt::gray);
    }
    // Wavy underlines in the section editors.
    for (int i = 0; i < m_sections->count(); ++i) {
        auto* e = qobject_cast<QTextEdit*>(m_sections->widget(i));
        QList<QTextEdit::ExtraSelection> marks;
        for (const reports::Finding& f : findings()) {
            if (f.section != e->objectName() || f.dismissed)
                continue;
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(e->document());
            s.cursor.setPosition(f.start);
            s.cursor.setPosition(f.start + f.length, QTextCursor::KeepAnchor);
            s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            s.format.setUnderlineColor(Qt::red);
            s.format.setToolTip(f.message);
            marks << s;
        }
        e->setExtraSelections(marks);
    }
    underlineStatement();
    Q_EMIT findingsChanged();
}

void ReportEditor::underlineStatement()
{
    // QLineEdit has no extra selections; input-method text formats draw the
    // same wavy underline without touching the text or the undo history.
    m_statementMarks.clear();
    const int length = int(m_statement->text().size());
    QList<QInputMethodEvent::Attribute> formats;
    for (const reports::Finding& f : findings()) {
        // The words at fault; findings about the whole judgement (no probability, no evidence) are listed only.
        static const QStringList wordRules { QStringLiteral("vague-word"), QStringLiteral("off-yardstick"),
            QStringLiteral("percent-out-of-range"), QStringLiteral("term-mismatch") };
        if (f.judgement != m_current || m_current < 0 || f.dismissed || f.length <= 0 || f.start >= length
            || !wordRules.contains(f.rule))
            continue;
        const int n = std::min(f.length, length - f.start);
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(Qt::red);
        formats << QInputMethodEvent::Attribute(
            QInputMethodEvent::TextFormat, f.start - m_statement->cursorPosition(), n, format);
        m_statementMarks.emplace_back(f.start, n);
    }
    QInputMethodEvent event(QString(), formats);
    QCoreApplication::sendEvent(m_statement, &event);
}

void ReportEditor::checkFigures()
{
    if (Status st = m_session->checkFigures(); !st)
        m_status->setText(st.error().toString());
}

void ReportEditor::showHistory()
{
    if (!m_context->workspace() || reportId() <= 0)
        return;
    auto* dialog = new VersionHistoryDialog(*m_context->workspace(), reportId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Status ReportEditor::cite(int judgement, const std::vector<reports::EvidenceMime::Item>& items)
{
    if (judgement < 0)
        judgement = m_current;
    if (judgement < 0 || judgement >= int(document().judgements.size()))
        return Error(tr("Choose a judgement first."));
    int added = 0;
    const Status st = m_session->cite(judgement, items, &added);
    if (added > 0) {
        m_judgements->setCurrentRow(judgement);
        m_status->setText(tr("Judgement %1 cites %n more item(s).", nullptr, added).arg(judgement + 1));
    }
    return st;
}

bool ReportEditor::eventFilter(QObject* watched, QEvent* event)
{
    const bool onJudgements = watched == m_judgements->viewport();
    const bool onEvidence = watched == m_evidence->viewport();
    if (!onJudgements && !onEvidence)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* e = static_cast<QDragMoveEvent*>(event);
        if (!reports::EvidenceMime::canDecode(e->mimeData()))
            return false; // the list's own reordering
        const bool target = onEvidence ? m_current >= 0 : m_judgements->indexAt(e->position().toPoint()).isValid();
        if (target) {
            e->setDropAction(Qt::CopyAction);
            e->accept();
        } else {
            e->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto* e = static_cast<QDropEvent*>(event);
        if (!reports::EvidenceMime::canDecode(e->mimeData()))
            return false;
        const int row = onEvidence ? m_current : m_judgements->indexAt(e->position().toPoint()).row();
        auto items = reports::EvidenceMime::fromMimeData(e->mimeData());
        const Status st = items ? cite(row, items.value()) : Status(items.error());
        if (!st)
            m_status->setText(st.error().toString());
        e->setDropAction(Qt::CopyAction);
        e->accept();
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace waymark::ui
