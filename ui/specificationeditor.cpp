#include "specificationeditor.h"

#include "core/taxonomy.h"
#include "ingest/tablesource.h"
#include "ingest/tablesourcefactory.h"
#include "messages.h"
#include "specificationeditorcommands.h"
#include "specificationeditorpreview.h"
#include "specificationeditortext.h"
#include "specificationeditorvalue.h"
#include "store/workspace.h"
#include "undokeys.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace waymark::ui {

using ingest::ImportSpec;
using ingest::SpecCondition;
using ingest::SpecFieldGuess;
using ingest::SpecRecord;
using ingest::SpecTarget;
using ingest::SpecValue;
using namespace SpecText;

SpecificationEditor::SpecificationEditor(
    store::Workspace* ws, const QString& file, const QString& specName, QWidget* parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_file(file)
    , m_undo(new QUndoStack(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("specificationEditor"));
    setWindowTitle(tr("Import specification — %1").arg(QFileInfo(file).fileName()));
    resize(1400, 920);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &SpecificationEditor::refreshPreview);

    auto guessed = ingest::SpecGuesser::guessFile(file, previewRows);
    if (guessed)
        m_guess = std::move(guessed.value());
    m_spec = m_guess.spec;
    if (!specName.isEmpty() && m_ws) {
        if (auto loaded = ImportSpec::load(*m_ws, specName))
            m_spec = std::move(loaded.value());
    }
    readTable(); // from the header row the spec names

    m_fileLabel = new QLabel(tr("Table: %1").arg(QDir::toNativeSeparators(file)), this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guessLabel = new QLabel(this);
    m_guessLabel->setObjectName(QStringLiteral("specGuess"));
    m_guessLabel->setWordWrap(true);
    QStringList reasons;
    for (const auto& g : m_guess.fields)
        reasons << QStringLiteral("%1.%2: %3").arg(g.record.isEmpty() ? tr("source") : g.record, g.field, g.reason);
    if (guessed) {
        m_guessLabel->setText(tr("Guess from the header and the first %1 rows: %2 — %3 % sure (hover for the reasons).")
                                  .arg(m_sample.size())
                                  .arg(m_guess.summary)
                                  .arg(int(std::lround(m_guess.confidence * 100))));
        m_guessLabel->setToolTip(reasons.join(QLatin1Char('\n')));
    } else {
        m_guessLabel->setText(tr("No guess: the table cannot be read."));
        m_guessLabel->setToolTip(guessed.error().toString());
    }
    auto* applyGuessButton = new QPushButton(tr("Apply &guess"), this);
    applyGuessButton->setEnabled(bool(guessed));
    applyGuessButton->setObjectName(QStringLiteral("specApplyGuess"));
    applyGuessButton->setToolTip(tr("Replace the specification with the guess (undoable)"));
    connect(applyGuessButton, &QPushButton::clicked, this, &SpecificationEditor::applyGuess);
    auto* top = new QHBoxLayout;
    top->addWidget(m_guessLabel, 1);
    top->addWidget(applyGuessButton);

    m_previewWidget = new SpecificationEditorPreview(this);
    m_previewWidget->setTable(m_header, m_sample);

    m_tabs = new QTabWidget(this);
    auto* records = new QWidget(m_tabs);
    auto* source = new QWidget(m_tabs);
    auto* table = new QWidget(m_tabs);
    auto* versions = new QWidget(m_tabs);
    buildRecordsTab(records);
    buildSourceTab(source);
    buildTableTab(table);
    buildVersionsTab(versions);
    m_tabs->addTab(records, tr("&Records and fields"));
    m_tabs->addTab(source, tr("&Source and grading"));
    m_tabs->addTab(table, tr("&Table and missing values"));
    m_tabs->addTab(versions, tr("&Versions"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_previewWidget);
    split->addWidget(m_tabs);
    split->setChildrenCollapsible(false);
    split->setSizes({ 400, 460 }); // the preview is what the edits are for: room for its rows and records

    m_name = new QLineEdit(m_spec.name, this);
    m_name->setObjectName(QStringLiteral("specName"));
    m_name->setToolTip(tr("The specification's name, by which imports choose it"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("specNote"));
    m_note->setPlaceholderText(tr("What changed (kept with the version)"));
    m_saveButton = new QPushButton(tr("&Save version"), this);
    m_saveButton->setObjectName(QStringLiteral("specSave"));
    m_saveButton->setEnabled(m_ws != nullptr);
    m_saveButton->setToolTip(m_ws ? tr("Store a new version in the workspace (audited)")
                                  : tr("Open a workspace to save specifications in it"));
    auto* exportButton = new QPushButton(tr("E&xport JSON…"), this);
    exportButton->setToolTip(tr("Write the specification to a JSON file"));
    auto* importButton = new QPushButton(tr("I&mport JSON…"), this);
    importButton->setToolTip(tr("Read a specification from a JSON file (undoable)"));
    auto* undo = new QToolButton(this);
    undo->setDefaultAction(m_undo->createUndoAction(this, tr("&Undo")));
    auto* redo = new QToolButton(this);
    redo->setDefaultAction(m_undo->createRedoAction(this, tr("&Redo")));
    auto* close = new QPushButton(tr("&Close"), this);
    close->setToolTip(tr("Close the editor; what was not saved is asked about"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("specStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (auto v = save(m_note->text()); !v)
            setStatus(v.error().toString(), true);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export specification"), m_spec.name + QStringLiteral(".json"), tr("Specifications (*.json)"));
        if (!path.isEmpty())
            if (Status st = exportJson(path); !st)
                Messages::warn(this, tr("Export specification"), st.error());
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import specification"), QString(), tr("Specifications (*.json)"));
        if (!path.isEmpty())
            if (Status st = importJson(path); !st)
                Messages::warn(this, tr("Import specification"), st.error());
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("&Name:"), this));
    bottom->addWidget(m_name, 1);
    bottom->addWidget(new QLabel(tr("N&ote:"), this));
    bottom->addWidget(m_note, 2);
    bottom->addWidget(m_saveButton);
    bottom->addWidget(exportButton);
    bottom->addWidget(importButton);
    bottom->addWidget(undo);
    bottom->addWidget(redo);
    bottom->addWidget(close);
    const auto labels = findChildren<QLabel*>();
    for (QLabel* l : labels)
        if (l->text() == tr("&Name:"))
            l->setBuddy(m_name);
        else if (l->text() == tr("N&ote:"))
            l->setBuddy(m_note);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addLayout(bottom);

    new UndoKeys(m_undo, this);
    specChanged();
    refreshPreview();
}

SpecificationEditor::~SpecificationEditor() = default;

void SpecificationEditor::readTable()
{
    m_header.clear();
    m_sample.clear();
    const ingest::TableOptions o = m_spec.tableOptions();
    auto table = ingest::TableSourceFactory::create(m_file, o);
    if (!table || !table.value()->open())
        return;
    ingest::TableSource& t = *table.value();
    m_header = t.header();
    while (m_sample.size() < previewRows) {
        const auto n = t.next();
        if (n == ingest::TableSource::Next::End || n == ingest::TableSource::Next::Fatal)
            break;
        QStringList cells;
        for (int i = 0; i < t.cellCount(); ++i)
            cells << t.cell(i);
        m_sample << cells; // a bad row keeps its place (empty), as the preview counts it
    }
}

void SpecificationEditor::refreshPreview()
{
    m_previewTimer->stop();
    const QStringList header = m_header;
    const QList<QStringList> sample = m_sample;
    readTable();
    if (header != m_header || sample != m_sample)
        m_previewWidget->setTable(m_header, m_sample);
    m_preview.clear();
    const ingest::TableOptions o = m_spec.tableOptions();
    auto table = ingest::TableSourceFactory::create(m_file, o);
    Status opened = table ? table.value()->open() : Status(table.error());
    if (!opened) {
        ingest::SpecImporter::PreviewRow row;
        row.error = opened.error();
        m_preview.push_back(row);
    } else {
        m_preview = ingest::SpecImporter::preview(m_spec, *table.value(), previewRows);
    }
    m_previewWidget->setPreview(m_preview);
}

bool SpecificationEditor::previewPending() const
{
    return m_previewTimer->isActive();
}

void SpecificationEditor::schedulePreview()
{
    m_previewTimer->start();
}

void SpecificationEditor::applyEdit(const std::function<void(ImportSpec&)>& change)
{
    change(m_spec);
    specChanged();
    schedulePreview();
}

void SpecificationEditor::specChanged()
{
    m_loading = true;
    if (m_name->text().isEmpty())
        m_name->setText(m_spec.name);
    m_loading = false;
    showRecords();
    showSource();
    showTable();
    showVersions();
    showStatus();
}

void SpecificationEditor::select(int record, const QString& field)
{
    m_recordList->setCurrentRow(record);
    const auto& fields = SpecRecord::fieldsOf(m_spec.records[size_t(record)].target);
    for (int i = 0; i < int(fields.size()); ++i)
        if (fields[size_t(i)].name == field)
            m_fields->setCurrentCell(i, 0);
}

void SpecificationEditor::editRecord(const std::function<void(SpecRecord&)>& change, const QString& text)
{
    if (m_loading || m_record >= int(m_spec.records.size()))
        return;
    SpecRecord r = m_spec.records[size_t(m_record)];
    const QByteArray before = m_spec.toJson();
    change(r);
    ImportSpec probe = m_spec;
    probe.records[size_t(m_record)] = r;
    if (probe.toJson() != before)
        m_undo->push(SpecEdits::setRecord(this, m_record, r, text));
}

void SpecificationEditor::renameRecord(const QString& id)
{
    if (m_loading || m_record >= int(m_spec.records.size()) || id.isEmpty())
        return;
    const QString old = m_spec.records[size_t(m_record)].id;
    if (id == old)
        return;
    // References to the record follow it.
    ImportSpec after = m_spec;
    after.records[size_t(m_record)].id = id;
    for (SpecRecord& r : after.records)
        for (SpecValue& v : r.fields)
            if (v.record == old)
                v.record = id;
    m_undo->push(SpecEdits::replace(this, after, tr("Rename record %1 to %2").arg(old, id)));
}

void SpecificationEditor::applyGuess()
{
    ImportSpec g = m_guess.spec;
    g.name = m_spec.name.isEmpty() ? g.name : m_spec.name;
    g.version = m_spec.version;
    m_undo->push(SpecEdits::replace(this, g, tr("Apply the guess")));
}

void SpecificationEditor::setFieldValue(int record, const QString& field, const SpecValue& value)
{
    if (m_loading || record < 0 || record >= int(m_spec.records.size()) || field.isEmpty())
        return;
    if (sameValue(m_spec.records[size_t(record)].fields.value(field), value))
        return;
    m_undo->push(SpecEdits::setValue(this, record, field, value));
}

void SpecificationEditor::setSourceValue(const QString& field, const SpecValue& value)
{
    if (m_loading || field.isEmpty() || sameValue(m_spec.source.value(field), value))
        return;
    m_undo->push(SpecEdits::setValue(this, -1, field, value));
}

void SpecificationEditor::addRecord(SpecTarget target)
{
    SpecRecord r;
    r.target = target;
    const QString base = SpecRecord::targetName(target);
    r.id = base;
    for (int n = 2;; ++n) {
        bool taken = false;
        for (const SpecRecord& o : m_spec.records)
            taken |= o.id == r.id;
        if (!taken)
            break;
        r.id = base + QString::number(n);
    }
    // References go to the first earlier record of the kind they need.
    for (const ingest::SpecField& f : SpecRecord::fieldsOf(target))
        if (f.kind == ingest::SpecField::Kind::Reference)
            for (const SpecRecord& o : m_spec.records)
                if (o.target == f.refers && !r.fields.contains(f.name)) {
                    SpecValue v;
                    v.record = o.id;
                    r.fields.insert(f.name, v);
                }
    m_record = int(m_spec.records.size());
    m_field.clear();
    m_undo->push(SpecEdits::insertRecord(this, int(m_spec.records.size()), r));
}

void SpecificationEditor::removeRecord(int record)
{
    if (record < 0 || record >= int(m_spec.records.size()))
        return;
    m_undo->push(SpecEdits::removeRecord(this, record));
}

void SpecificationEditor::setMissing(const QStringList& missing)
{
    SpecEdits::Table t = SpecEdits::tableOf(m_spec);
    t.missing = missing;
    if (!(t == SpecEdits::tableOf(m_spec)))
        m_undo->push(SpecEdits::setTable(this, t, tr("Change the missing values")));
}

Result<int> SpecificationEditor::save(const QString& note)
{
    if (!m_ws)
        return Error(tr("Open a workspace to save specifications in it."));
    ImportSpec named = m_spec;
    named.name = m_name->text().trimmed();
    if (named.name.isEmpty())
        return Error(tr("Give the specification a name first."));
    if (auto again = ImportSpec::fromJson(named.toJson(), named.name + QStringLiteral(".json")); !again)
        return again.error();
    auto version = named.save(*m_ws, note);
    if (!version)
        return version;
    m_spec.name = named.name;
    m_spec.version = version.value();
    m_note->clear();
    showVersions();
    setStatus(tr("Saved %1 as version %2.").arg(m_spec.name).arg(version.value()));
    Q_EMIT saved(m_spec.name, version.value());
    return version;
}

Status SpecificationEditor::exportJson(const QString& path)
{
    if (!m_ws) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(m_spec.toJson()) < 0 || !out.commit())
            return Error(tr("%1 cannot be written: %2").arg(path, out.errorString()));
        return Ok {};
    }
    auto version = save(tr("exported"));
    if (!version)
        return version.error();
    if (Status st = ImportSpec::exportTo(*m_ws, m_spec.name, path, version.value()); !st)
        return st;
    setStatus(tr("Exported version %1 of %2 to %3.").arg(version.value()).arg(m_spec.name, path));
    return Ok {};
}

Status SpecificationEditor::importJson(const QString& path)
{
    Result<ImportSpec> spec = Error(QString());
    if (m_ws) {
        spec = ImportSpec::importFrom(*m_ws, path);
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Error(tr("%1 cannot be read: %2").arg(path, f.errorString()));
        spec = ImportSpec::fromJson(f.read(4 << 20), QFileInfo(path).fileName());
    }
    if (!spec)
        return spec.error();
    if (spec->kind != ImportSpec::Kind::Records)
        return Error(tr("%1 is a bank column mapping, which the column mapping dialog edits.").arg(path));
    m_name->setText(spec->name);
    m_undo->push(SpecEdits::replace(this, spec.value(), tr("Import %1").arg(QFileInfo(path).fileName())));
    return Ok {};
}

Status SpecificationEditor::loadVersion(int version)
{
    if (!m_ws)
        return Error(tr("Open a workspace to load saved versions."));
    auto spec = ImportSpec::load(*m_ws, m_name->text().trimmed(), version);
    if (!spec)
        return spec.error();
    m_undo->push(SpecEdits::replace(this, spec.value(), tr("Load version %1").arg(version)));
    return Ok {};
}

} // namespace waymark::ui
