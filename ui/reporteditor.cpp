#include "reporteditor.h"

#include "analysis/analysiscontext.h"
#include "core/yardstick.h"
#include "reports/datafingerprint.h"
#include "reports/reportstore.h"
#include "store/workspace.h"
#include "versionhistorydialog.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QInputMethodEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QToolButton>

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace waymark::ui {

using reports::Evidence;
using reports::KeyJudgement;
using reports::ReportDocument;

/// One structural edit (judgements added, removed, moved, graded, cited;
/// header fields) as the document before and after. Section text has the
/// text editors' own undo.
class SnapshotCommand : public QUndoCommand {
public:
    SnapshotCommand(ReportEditor* editor, const QString& text, ReportDocument before, ReportDocument after)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { apply(m_before); }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        apply(m_after);
    }

private:
    void apply(const ReportDocument& doc)
    {
        // Sections stay as typed; only the structure goes back.
        ReportDocument now = m_editor->document();
        now.judgements = doc.judgements;
        now.title = doc.title;
        now.reference = doc.reference;
        now.author = doc.author;
        now.marking = doc.marking;
        now.dismissals = doc.dismissals;
        // Figures come and go, but their captions stay as typed.
        std::vector<reports::Figure> figures = doc.figures;
        for (reports::Figure& f : figures) {
            for (const reports::Figure& typed : now.figures) {
                if (typed.imageSha == f.imageSha)
                    f.caption = typed.caption;
            }
        }
        now.figures = std::move(figures);
        for (auto it = doc.images.cbegin(); it != doc.images.cend(); ++it)
            now.images.insert(it.key(), it.value());
        m_editor->showDocument(now);
        m_editor->markDirty();
    }
    ReportEditor* m_editor;
    ReportDocument m_before;
    ReportDocument m_after;
    bool m_first = true;
};

ReportEditor::ReportEditor(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_undo(new QUndoStack(this))
{
    build();
    m_autosave = new QTimer(this);
    m_autosave->setInterval(3000);
    connect(m_autosave, &QTimer::timeout, this, &ReportEditor::autosaveNow);
    m_autosave->start();
    m_check = new QTimer(this);
    m_check->setSingleShot(true);
    m_check->setInterval(400);
    connect(m_check, &QTimer::timeout, this, &ReportEditor::runChecker);
    // An import may change what the figures were drawn from.
    connect(m_context, &analysis::AnalysisContext::dataChanged, this, &ReportEditor::checkFigures);
    // Nothing to edit until a report is open.
    m_header->setEnabled(false);
    m_body->setEnabled(false);
    m_status->setText(tr("Open a report from the list above, start one with New report, or let Waymark draft one "
                         "from the data."));
}

ReportEditor::~ReportEditor()
{
    // Closing the editor keeps what was typed.
    if (m_dirty && m_context)
        autosaveNow();
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
    // Two columns, so the judgements and sections keep the height.
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    header->addWidget(label(tr("&Title"), m_title), 0, 0);
    header->addWidget(m_title, 0, 1, 1, 3);
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
    for (QLineEdit* e : { m_title, m_reference, m_author, m_conditions })
        connect(e, &QLineEdit::textEdited, this, &ReportEditor::markDirty);
    connect(m_marking, &QComboBox::currentTextChanged, this, &ReportEditor::markDirty);

    auto* split = new QSplitter(this);
    m_body = split;
    top->addWidget(split, 1);

    // Key judgements: the list above, the chosen one's form below.
    auto* leftSplit = new QSplitter(Qt::Vertical, split);
    auto* left = new QWidget(leftSplit);
    auto* l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(new QLabel(tr("Key judgements"), left));
    m_judgements = new QListWidget(left);
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
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_judgements->currentRow();
        if (row < 0)
            return;
        storeJudgement(m_current);
        const ReportDocument before = document();
        m_doc.judgements.erase(m_doc.judgements.begin() + row);
        m_current = -1;
        refreshJudgementList();
        pushSnapshot(tr("Remove judgement"), before);
    });
    connect(up, &QPushButton::clicked, this, [this] {
        const int row = m_judgements->currentRow();
        if (row > 0)
            moveJudgement(row, row - 1);
    });
    connect(down, &QPushButton::clicked, this, [this] {
        const int row = m_judgements->currentRow();
        if (row >= 0 && row + 1 < m_judgements->count())
            moveJudgement(row, row + 1);
    });
    connect(m_judgements->model(), &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex&, int from, int, const QModelIndex&, int to) {
            // A drag inside the list: the document follows the list.
            if (m_loading)
                return;
            const int dest = to > from ? to - 1 : to;
            storeJudgement(m_current);
            const ReportDocument before = document();
            KeyJudgement j = m_doc.judgements[size_t(from)];
            m_doc.judgements.erase(m_doc.judgements.begin() + from);
            m_doc.judgements.insert(m_doc.judgements.begin() + dest, j);
            m_current = -1;
            refreshJudgementList();
            m_judgements->setCurrentRow(dest);
            pushSnapshot(tr("Move judgement"), before);
        });
    connect(m_judgements, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        storeJudgement(m_current);
        showJudgement(row);
    });

    auto* form = new QFormLayout;
    m_statement = new QLineEdit(left);
    m_term = new QComboBox(left);
    m_term->addItem(QString());
    for (const auto& t : Yardstick::terms())
        m_term->addItem(QStringLiteral("%1 (%2)").arg(t.label(), Yardstick::rangeText(t)), t.term);
    m_confidence = new QComboBox(left);
    m_confidence->addItem(QString());
    m_confidence->addItems(Yardstick::confidenceLevels());
    m_rationale = new QLineEdit(left);
    m_evidence = new QListWidget(left);
    m_evidence->setAcceptDrops(true);
    m_evidence->viewport()->setAcceptDrops(true);
    m_evidence->viewport()->installEventFilter(this);
    m_evidence->setToolTip(tr("Drag incidents, entities or accounts here from any view to cite them"));
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
    auto edited = [this] {
        if (m_loading || m_current < 0)
            return;
        storeJudgement(m_current);
        if (QListWidgetItem* item = m_judgements->item(m_current))
            item->setText(
                QStringLiteral("%1. %2").arg(m_current + 1).arg(m_doc.judgements[size_t(m_current)].statement));
        markDirty();
    };
    connect(m_statement, &QLineEdit::textEdited, this, edited);
    connect(m_rationale, &QLineEdit::textEdited, this, edited);
    connect(m_term, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading || m_current < 0)
            return;
        const ReportDocument before = m_doc;
        storeJudgement(m_current);
        pushSnapshot(tr("Set probability"), before);
    });
    connect(m_confidence, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading || m_current < 0)
            return;
        const ReportDocument before = m_doc;
        storeJudgement(m_current);
        pushSnapshot(tr("Set confidence"), before);
    });

    // Sections, findings, actions.
    auto* right = new QWidget(split);
    auto* r = new QVBoxLayout(right);
    // Sections, figures and checks share the height; the analyst moves the splits.
    auto* parts = new QSplitter(Qt::Vertical, right);
    parts->setChildrenCollapsible(false);
    m_sections = new QTabWidget(parts);
    parts->addWidget(m_sections);
    parts->addWidget(buildFigures(parts));
    auto* checks = new QWidget(parts);
    auto* c = new QVBoxLayout(checks);
    c->setContentsMargins(0, 0, 0, 0);
    c->addWidget(new QLabel(tr("Checks"), checks));
    m_findingList = new QListWidget(checks);
    m_findingList->setToolTip(tr("Double-click a finding to go to what it is about"));
    c->addWidget(m_findingList, 1);
    connect(m_findingList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int row = m_findingList->row(item);
        if (row < 0 || row >= int(m_findings.size()))
            return;
        const reports::Finding& f = m_findings[size_t(row)];
        if (f.judgement >= 0) {
            m_judgements->setCurrentRow(f.judgement);
            m_statement->setFocus();
        } else if (f.figure >= 0) {
            m_figures->setCurrentRow(f.figure);
            m_figures->setFocus();
        } else {
            for (int i = 0; i < m_sections->count(); ++i) {
                if (m_sections->widget(i)->objectName() == f.section)
                    m_sections->setCurrentIndex(i);
            }
        }
    });
    parts->addWidget(checks);
    parts->setStretchFactor(0, 3);
    parts->setStretchFactor(1, 2);
    parts->setStretchFactor(2, 1);
    parts->setSizes({ 3000, 2000, 1000 }); // scaled to the height there is
    r->addWidget(parts, 1);
    auto* actions = new QHBoxLayout;
    auto* dismiss = new QPushButton(tr("Dismiss…"), right);
    auto* undo = new QPushButton(tr("Undo"), right);
    auto* redo = new QPushButton(tr("Redo"), right);
    auto* saveButton = new QPushButton(tr("Save version"), right);
    auto* history = new QPushButton(tr("History…"), right);
    history->setToolTip(tr("Saved versions, who saved them and when, and what changed between any two"));
    actions->addWidget(dismiss);
    actions->addWidget(undo);
    actions->addWidget(redo);
    actions->addWidget(saveButton);
    actions->addWidget(history);
    connect(history, &QPushButton::clicked, this, &ReportEditor::showHistory);
    for (const auto& [label, format] : { std::pair { "PDF", reports::ReportExporter::Format::Pdf },
             std::pair { "ODT", reports::ReportExporter::Format::Odt },
             std::pair { "HTML", reports::ReportExporter::Format::Html },
             std::pair { "Markdown", reports::ReportExporter::Format::Markdown } }) {
        auto* b = new QPushButton(tr("Export %1…").arg(QLatin1String(label)), right);
        actions->addWidget(b);
        const auto f = format;
        connect(b, &QPushButton::clicked, this, [this, f] {
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
    r->addLayout(actions);
    m_status = new QLabel(right);
    r->addWidget(m_status);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        Status st = save();
        if (!st)
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
    split->setStretchFactor(1, 2);
}

void ReportEditor::pushSnapshot(const QString& text, const ReportDocument& before)
{
    m_undo->push(new SnapshotCommand(this, text, before, document()));
    markDirty();
}

QTextEdit* ReportEditor::sectionEditor(const QString& key) const
{
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->widget(i)->objectName() == key)
            return qobject_cast<QTextEdit*>(m_sections->widget(i));
    }
    return nullptr;
}

void ReportEditor::showDocument(const ReportDocument& doc)
{
    if (!m_body->isEnabled()) {
        m_header->setEnabled(true);
        m_body->setEnabled(true);
        m_status->clear();
    }
    m_loading = true;
    const int current = m_current;
    m_doc = doc;
    m_title->setText(doc.title);
    m_reference->setText(doc.reference);
    m_author->setText(doc.author);
    m_marking->setCurrentText(doc.marking.classification);
    m_conditions->setText(doc.marking.conditions);
    for (const reports::Section& s : doc.sections) {
        QTextEdit* e = sectionEditor(s.key);
        if (!e) {
            e = new QTextEdit(m_sections);
            e->setObjectName(s.key);
            m_sections->addTab(e, s.title);
            connect(e, &QTextEdit::textChanged, this, [this] {
                if (!m_loading)
                    markDirty();
            });
        }
        if (e->toHtml() != s.html && ReportDocument::plainText(e->toHtml()) != ReportDocument::plainText(s.html))
            e->setHtml(s.html);
        else if (e->document()->isEmpty())
            e->setHtml(s.html);
    }
    m_current = -1;
    m_loading = false;
    refreshJudgementList();
    if (current >= 0 && current < int(m_doc.judgements.size()))
        m_judgements->setCurrentRow(current);
    refreshFigureList();
    m_check->start();
}

void ReportEditor::refreshJudgementList()
{
    m_loading = true;
    m_judgements->clear();
    for (size_t i = 0; i < m_doc.judgements.size(); ++i)
        m_judgements->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(m_doc.judgements[i].statement));
    m_loading = false;
    showJudgement(m_judgements->currentRow());
}

void ReportEditor::showJudgement(int row)
{
    m_loading = true;
    m_current = row >= 0 && row < int(m_doc.judgements.size()) ? row : -1;
    const KeyJudgement j = m_current >= 0 ? m_doc.judgements[size_t(m_current)] : KeyJudgement();
    m_statement->setText(j.statement);
    m_term->setCurrentIndex(std::max(0, m_term->findData(j.term)));
    m_confidence->setCurrentIndex(std::max(0, m_confidence->findText(j.confidence)));
    m_rationale->setText(j.rationale);
    m_statement->setCursorPosition(0); // long statements show their start
    m_rationale->setCursorPosition(0);
    m_evidence->clear();
    for (const Evidence& e : j.evidence) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 · %2%3")
                                             .arg(e.label.isEmpty() ? e.key : e.label, e.gradeText(),
                                                 e.missing ? tr(" · no longer in the workspace") : QString()),
            m_evidence);
        if (e.missing)
            item->setForeground(Qt::red);
    }
    for (QWidget* w : std::initializer_list<QWidget*> { m_statement, m_term, m_confidence, m_rationale, m_evidence })
        w->setEnabled(m_current >= 0);
    m_loading = false;
    underlineStatement();
}

void ReportEditor::storeJudgement(int row)
{
    if (row < 0 || row >= int(m_doc.judgements.size()))
        return;
    KeyJudgement& j = m_doc.judgements[size_t(row)];
    j.statement = m_statement->text();
    j.term = m_term->currentData().toString();
    j.confidence = m_confidence->currentText();
    j.rationale = m_rationale->text();
    j.generated = false;
}

void ReportEditor::collect(ReportDocument& doc) const
{
    doc.title = m_title->text();
    doc.reference = m_reference->text();
    doc.author = m_author->text();
    doc.marking.classification = m_marking->currentText();
    doc.marking.conditions = m_conditions->text();
    for (reports::Section& s : doc.sections) {
        if (QTextEdit* e = sectionEditor(s.key))
            s.html = e->toHtml();
    }
    if (m_current >= 0 && m_current < int(doc.judgements.size())) {
        KeyJudgement& j = doc.judgements[size_t(m_current)];
        j.statement = m_statement->text();
        j.term = m_term->currentData().toString();
        j.confidence = m_confidence->currentText();
        j.rationale = m_rationale->text();
    }
}

ReportDocument ReportEditor::document() const
{
    ReportDocument d = m_doc;
    collect(d);
    return d;
}

void ReportEditor::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_check->start();
}

void ReportEditor::setAutosaveInterval(int ms)
{
    m_autosave->setInterval(ms);
}

void ReportEditor::autosaveNow()
{
    if (!m_dirty || m_doc.id <= 0 || !m_context->workspace())
        return;
    reports::ReportStore store(*m_context->workspace());
    if (Status st = store.autosave(document()); !st) {
        m_status->setText(tr("Autosave failed: %1").arg(st.error().message));
        return;
    }
    m_dirty = false;
    m_status->setText(tr("Autosaved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    Q_EMIT autosaved();
}

Status ReportEditor::newReport(ReportDocument::Template t)
{
    if (!m_context->workspace())
        return Error(tr("Open a workspace first."));
    ReportDocument d = ReportDocument::fromTemplate(t);
    reports::ReportStore store(*m_context->workspace());
    if (auto id = store.create(d); !id)
        return id.error();
    m_undo->clear();
    m_recovered = false;
    m_dirty = false;
    showDocument(d);
    return Ok {};
}

Status ReportEditor::openReport(qint64 id)
{
    if (!m_context->workspace())
        return Error(tr("Open a workspace first."));
    reports::ReportStore store(*m_context->workspace());
    auto doc = store.load(id);
    if (!doc)
        return doc.error();
    auto kept = store.autosaved(id);
    if (!kept)
        return kept.error();
    m_undo->clear();
    // Sections are replaced wholesale when another report is opened.
    while (m_sections->count() > 0) {
        QWidget* w = m_sections->widget(0);
        m_sections->removeTab(0);
        delete w;
    }
    m_recovered = kept->has_value();
    showDocument(m_recovered ? kept->value() : doc.value());
    m_dirty = m_recovered;
    if (m_recovered)
        m_status->setText(tr("Unsaved text from %1 was recovered from the autosave.").arg(doc->title));
    if (!doc->missingEvidence().isEmpty())
        m_status->setText(tr("Some evidence is no longer in the workspace: %1")
                              .arg(doc->missingEvidence().join(QStringLiteral("; "))));
    return Ok {};
}

Status ReportEditor::save(const QString& note)
{
    if (!m_context->workspace())
        return Error(tr("Open a workspace first."));
    reports::ReportStore store(*m_context->workspace());
    ReportDocument d = document();
    QString conflict;
    auto v = store.save(d, note, &conflict);
    if (!v)
        return v.error();
    m_doc.version = d.version;
    m_dirty = false;
    m_status->setText(conflict.isEmpty() ? tr("Saved version %1.").arg(v.value()) : conflict);
    if (!conflict.isEmpty() && isVisible()) {
        auto* box
            = new QMessageBox(QMessageBox::Information, tr("Saved as a new version"), conflict, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT saved(v.value());
    return Ok {};
}

Status ReportEditor::exportTo(reports::ReportExporter::Format format, const QString& path, bool redact)
{
    if (!m_context->workspace())
        return Error(tr("Open a workspace first."));
    reports::ExportOptions o;
    o.redact = redact;
    return reports::ReportExporter::write(*m_context->workspace(), document(), format, path, o);
}

Status ReportEditor::citeSelection()
{
    if (m_current < 0)
        return Error(tr("Choose a judgement first."));
    const auto selection = m_context->selection();
    if (!selection || selection->empty() || !m_context->workspace())
        return Error(tr("Select incidents on the map, the timeline or a table first."));
    storeJudgement(m_current);
    const ReportDocument before = m_doc;
    reports::ReportStore store(*m_context->workspace());
    store::Statement& key
        = m_context->workspace()->cached("SELECT coalesce(incident_key, '#' || id) FROM incidents WHERE id = ?");
    KeyJudgement& j = m_doc.judgements[size_t(m_current)];
    for (qint64 id : *selection) {
        key.bind(1, id);
        const QString k = key.next() ? key.text(0) : QString();
        key.reset();
        if (k.isEmpty() || std::any_of(j.evidence.begin(), j.evidence.end(), [&](const Evidence& e) {
                return e.kind == Evidence::Kind::Incident && e.key == k;
            }))
            continue;
        if (auto e = store.evidence(Evidence::Kind::Incident, k))
            j.evidence.push_back(e.value());
    }
    showJudgement(m_current);
    pushSnapshot(tr("Cite evidence"), before);
    return Ok {};
}

void ReportEditor::addJudgement()
{
    storeJudgement(m_current);
    const ReportDocument before = document();
    KeyJudgement j;
    j.statement = tr("New judgement");
    m_doc.judgements.push_back(j);
    refreshJudgementList();
    m_judgements->setCurrentRow(int(m_doc.judgements.size()) - 1);
    pushSnapshot(tr("Add judgement"), before);
}

void ReportEditor::moveJudgement(int from, int to)
{
    if (from < 0 || to < 0 || from >= int(m_doc.judgements.size()) || to >= int(m_doc.judgements.size()) || from == to)
        return;
    storeJudgement(m_current);
    const ReportDocument before = document();
    std::swap(m_doc.judgements[size_t(from)], m_doc.judgements[size_t(to)]);
    m_current = -1;
    refreshJudgementList();
    m_judgements->setCurrentRow(to);
    pushSnapshot(tr("Move judgement"), before);
}

Status ReportEditor::dismissFinding(int row, const QString& reason)
{
    if (row < 0 || row >= int(m_findings.size()) || !m_context->workspace())
        return Error(tr("No such finding."));
    const reports::Finding& f = m_findings[size_t(row)];
    reports::ReportStore store(*m_context->workspace());
    storeJudgement(m_current);
    if (Status st = store.dismiss(m_doc, { f.rule, f.where(), f.text, reason, {}, {} }); !st)
        return st;
    markDirty();
    runChecker();
    return Ok {};
}

void ReportEditor::runChecker()
{
    m_findings = reports::ReportChecker::check(document());
    m_findingList->clear();
    for (const reports::Finding& f : m_findings) {
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
        for (const reports::Finding& f : m_findings) {
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
    for (const reports::Finding& f : m_findings) {
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

QWidget* ReportEditor::buildFigures(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* l = new QVBoxLayout(box);
    l->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Figures"), box), 1);
    m_insertFigure = new QToolButton(box);
    m_insertFigure->setText(tr("Insert figure ▸"));
    m_insertFigure->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    m_insertFigure->setPopupMode(QToolButton::InstantPopup);
    m_insertFigure->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_insertFigure);
    for (const auto& [kind, key] : { std::pair { "map", Qt::Key_M }, std::pair { "graph", Qt::Key_L },
             std::pair { "timeline", Qt::Key_T }, std::pair { "chart", Qt::Key_B } }) {
        const QString k = QLatin1String(kind);
        QAction* a = menu->addAction(FigureMaker::kindTitle(k));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | key));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tr("Insert the current %1 at print resolution, captioned with its filter and data date")
                          .arg(FigureMaker::kindTitle(k).toLower()));
        addAction(a); // the shortcut works anywhere in the editor
        connect(a, &QAction::triggered, this, [this, k] {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const Status st = insertFigure(k);
            QApplication::restoreOverrideCursor();
            if (!st)
                m_status->setText(st.error().toString());
        });
    }
    m_insertFigure->setMenu(menu);
    auto* refresh = new QPushButton(tr("Refresh figure"), box);
    refresh->setToolTip(tr("Draw the figure again from today's data with the filter and view it was made with"));
    auto* remove = new QPushButton(tr("Remove figure"), box);
    head->addWidget(m_insertFigure);
    head->addWidget(refresh);
    head->addWidget(remove);
    l->addLayout(head);
    m_figures = new QListWidget(box);
    m_figures->setIconSize(QSize(120, 80));
    m_figures->setMinimumHeight(90);
    m_figures->setWordWrap(true);
    l->addWidget(m_figures, 1);
    auto* captionRow = new QFormLayout;
    m_caption = new QLineEdit(box);
    m_caption->setPlaceholderText(tr("Caption of the selected figure"));
    captionRow->addRow(tr("Caption"), m_caption);
    l->addLayout(captionRow);
    connect(m_figures, &QListWidget::currentRowChanged, this, &ReportEditor::showFigure);
    connect(m_caption, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int row = m_figures->currentRow();
        if (row >= 0)
            setFigureCaption(row, text);
    });
    connect(refresh, &QPushButton::clicked, this, [this] {
        const int row = m_figures->currentRow();
        if (row < 0)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const Status st = refreshFigure(row);
        QApplication::restoreOverrideCursor();
        if (!st)
            m_status->setText(st.error().toString());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (Status st = removeFigure(m_figures->currentRow()); !st)
            m_status->setText(st.error().toString());
    });
    return box;
}

void ReportEditor::refreshFigureList()
{
    if (!m_figures)
        return;
    const int row = m_figures->currentRow();
    const QSignalBlocker block(m_figures);
    m_figures->clear();
    for (size_t i = 0; i < m_doc.figures.size(); ++i) {
        const reports::Figure& f = m_doc.figures[i];
        QString text = tr("Figure %1 · %2: %3\n%4 · data as of %5")
                           .arg(i + 1)
                           .arg(FigureMaker::kindTitle(f.kind), f.caption, f.filter, f.dataDate);
        auto* item = new QListWidgetItem(m_figures);
        if (f.stale)
            text += QStringLiteral("\n") + tr("⚠ The data has changed since this was drawn: Refresh figure");
        item->setText(text);
        const QImage image = QImage::fromData(m_doc.images.value(f.imageSha));
        if (!image.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(
                image.scaled(m_figures->iconSize() * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
        if (f.stale) {
            item->setForeground(QColor(0xa0, 0x30, 0));
            QString now;
            if (m_context->workspace()) {
                if (auto fp = reports::DataFingerprint::of(*m_context->workspace()))
                    now = fp.value();
            }
            item->setToolTip(tr("Drawn from: %1\nThe workspace now holds: %2").arg(f.fingerprint, now));
        }
    }
    if (row >= 0 && row < m_figures->count())
        m_figures->setCurrentRow(row);
    else if (m_figures->count() > 0)
        m_figures->setCurrentRow(m_figures->count() - 1);
    showFigure(m_figures->currentRow());
}

void ReportEditor::showFigure(int row)
{
    const bool valid = row >= 0 && row < int(m_doc.figures.size());
    m_caption->setEnabled(valid);
    if (!m_caption->hasFocus() || !valid)
        m_caption->setText(valid ? m_doc.figures[size_t(row)].caption : QString());
}

Status ReportEditor::insertFigure(const QString& kind)
{
    if (!m_context->workspace())
        return Error(tr("Open a workspace first."));
    if (m_doc.id <= 0)
        return Error(tr("Open or start a report first."));
    FigureMaker::Request request { kind, m_context->filter(), {} };
    if (m_figureSource) {
        auto current = m_figureSource(kind);
        if (!current)
            return current.error();
        request = current.value();
    }
    auto made = FigureMaker::make(m_context->workspacePath(), request);
    if (!made)
        return made.error();
    const ReportDocument before = document();
    m_doc.addFigure(made->png, made->figure);
    refreshFigureList();
    m_figures->setCurrentRow(int(m_doc.figures.size()) - 1);
    pushSnapshot(tr("Insert figure"), before);
    m_status->setText(tr("Inserted figure %1: %2.").arg(m_doc.figures.size()).arg(made->figure.caption));
    return Ok {};
}

Status ReportEditor::refreshFigure(int index)
{
    if (!m_context->workspace())
        return Error(tr("Open a workspace first."));
    if (index < 0 || index >= int(m_doc.figures.size()))
        return Error(tr("No such figure."));
    auto made = FigureMaker::remake(m_context->workspacePath(), m_doc.figures[size_t(index)]);
    if (!made)
        return made.error();
    const ReportDocument before = document();
    ReportDocument scratch;
    scratch.addFigure(made->png, made->figure);
    m_doc.images.insert(scratch.figures.front().imageSha, made->png);
    m_doc.figures[size_t(index)] = scratch.figures.front();
    refreshFigureList();
    m_figures->setCurrentRow(index);
    pushSnapshot(tr("Refresh figure"), before);
    runChecker();
    m_status->setText(tr("Figure %1 drawn again from the data as of %2.").arg(index + 1).arg(made->figure.dataDate));
    return Ok {};
}

Status ReportEditor::removeFigure(int index)
{
    if (index < 0 || index >= int(m_doc.figures.size()))
        return Error(tr("Choose a figure first."));
    const ReportDocument before = document();
    m_doc.figures.erase(m_doc.figures.begin() + index);
    refreshFigureList();
    pushSnapshot(tr("Remove figure"), before);
    return Ok {};
}

void ReportEditor::setFigureCaption(int index, const QString& caption)
{
    if (index < 0 || index >= int(m_doc.figures.size()))
        return;
    m_doc.figures[size_t(index)].caption = caption;
    if (QListWidgetItem* item = m_figures->item(index)) {
        const reports::Figure& f = m_doc.figures[size_t(index)];
        QString text = tr("Figure %1 · %2: %3\n%4 · data as of %5")
                           .arg(index + 1)
                           .arg(FigureMaker::kindTitle(f.kind), f.caption, f.filter, f.dataDate);
        if (f.stale)
            text += QStringLiteral("\n") + tr("⚠ The data has changed since this was drawn: Refresh figure");
        item->setText(text);
    }
    if (m_caption->text() != caption && !m_caption->hasFocus())
        m_caption->setText(caption);
    markDirty();
}

void ReportEditor::checkFigures()
{
    if (!m_context->workspace() || m_doc.figures.empty())
        return;
    reports::ReportStore store(*m_context->workspace());
    if (Status st = store.checkFigures(m_doc); !st) {
        m_status->setText(st.error().toString());
        return;
    }
    refreshFigureList();
    runChecker();
}

void ReportEditor::showHistory()
{
    if (!m_context->workspace() || m_doc.id <= 0)
        return;
    auto* dialog = new VersionHistoryDialog(*m_context->workspace(), m_doc.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Status ReportEditor::cite(int judgement, const std::vector<reports::EvidenceMime::Item>& items)
{
    if (judgement < 0)
        judgement = m_current;
    if (judgement < 0 || judgement >= int(m_doc.judgements.size()))
        return Error(tr("Choose a judgement first."));
    if (!m_context->workspace())
        return Error(tr("Open a workspace first."));
    storeJudgement(m_current);
    const ReportDocument before = m_doc;
    reports::ReportStore store(*m_context->workspace());
    KeyJudgement& j = m_doc.judgements[size_t(judgement)];
    QStringList unknown;
    int added = 0;
    for (const auto& item : items) {
        if (std::any_of(j.evidence.begin(), j.evidence.end(),
                [&](const Evidence& e) { return e.kind == item.kind && e.key == item.key; }))
            continue;
        auto e = store.evidence(item.kind, item.key);
        if (!e) {
            unknown << QStringLiteral("%1 %2").arg(Evidence::kindName(item.kind), item.key);
            continue;
        }
        j.evidence.push_back(e.value());
        ++added;
    }
    if (added > 0) {
        if (m_judgements->currentRow() != judgement)
            m_judgements->setCurrentRow(judgement);
        else
            showJudgement(m_current);
        pushSnapshot(tr("Cite evidence"), before);
        m_status->setText(tr("Judgement %1 cites %n more item(s).", nullptr, added).arg(judgement + 1));
    }
    if (!unknown.isEmpty())
        return Error(tr("Not in this workspace, so not cited: %1").arg(unknown.join(QStringLiteral(", "))));
    return Ok {};
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
