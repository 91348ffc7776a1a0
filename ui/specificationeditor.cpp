#include "specificationeditor.h"

#include "core/taxonomy.h"
#include "ingest/tablesource.h"
#include "ingest/tablesourcefactory.h"
#include "messages.h"
#include "specificationeditorcommands.h"
#include "specificationeditorpreview.h"
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

namespace {

constexpr SpecTarget kTargets[] = { SpecTarget::Incident, SpecTarget::Place, SpecTarget::RouteLeg, SpecTarget::Entity,
    SpecTarget::Link, SpecTarget::Involvement, SpecTarget::Account, SpecTarget::Transaction };

QString targetLabel(SpecTarget t)
{
    switch (t) {
    case SpecTarget::Incident:
        return SpecificationEditor::tr("Incident");
    case SpecTarget::Place:
        return SpecificationEditor::tr("Place");
    case SpecTarget::RouteLeg:
        return SpecificationEditor::tr("Route leg");
    case SpecTarget::Entity:
        return SpecificationEditor::tr("Entity");
    case SpecTarget::Link:
        return SpecificationEditor::tr("Link");
    case SpecTarget::Involvement:
        return SpecificationEditor::tr("Involvement (incident – entity)");
    case SpecTarget::Account:
        return SpecificationEditor::tr("Account");
    case SpecTarget::Transaction:
        return SpecificationEditor::tr("Transaction");
    }
    return {};
}

/// "column = value; column ~ regex; column is empty" ⇄ conditions.
QString conditionsText(const QList<SpecCondition>& conditions)
{
    QStringList parts;
    for (const SpecCondition& c : conditions) {
        switch (c.op) {
        case SpecCondition::Op::Equals:
            parts << c.column + QStringLiteral(" = ") + c.value;
            break;
        case SpecCondition::Op::NotEquals:
            parts << c.column + QStringLiteral(" != ") + c.value;
            break;
        case SpecCondition::Op::Matches:
            parts << c.column + QStringLiteral(" ~ ") + c.value;
            break;
        case SpecCondition::Op::NotMatches:
            parts << c.column + QStringLiteral(" !~ ") + c.value;
            break;
        case SpecCondition::Op::Empty:
            parts << c.column + QStringLiteral(" is empty");
            break;
        case SpecCondition::Op::NotEmpty:
            parts << c.column + QStringLiteral(" is not empty");
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

QList<SpecCondition> parseConditions(const QString& text)
{
    QList<SpecCondition> out;
    static const QRegularExpression op(QStringLiteral("^\\s*(.+?)\\s*(!=|!~|=|~)\\s*(.*?)\\s*$"));
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        SpecCondition c;
        const QString p = part.trimmed();
        if (p.endsWith(QLatin1String(" is not empty"))) {
            c.column = p.chopped(13).trimmed();
            c.op = SpecCondition::Op::NotEmpty;
        } else if (p.endsWith(QLatin1String(" is empty"))) {
            c.column = p.chopped(9).trimmed();
            c.op = SpecCondition::Op::Empty;
        } else if (const auto m = op.match(p); m.hasMatch()) {
            c.column = m.captured(1);
            const QString o = m.captured(2);
            c.op = o == QLatin1String("=") ? SpecCondition::Op::Equals
                : o == QLatin1String("!=") ? SpecCondition::Op::NotEquals
                : o == QLatin1String("~")  ? SpecCondition::Op::Matches
                                           : SpecCondition::Op::NotMatches;
            c.value = m.captured(3);
            c.regex = QRegularExpression(c.value);
        } else {
            continue;
        }
        if (!c.column.isEmpty())
            out << c;
    }
    return out;
}

bool sameValue(const SpecValue& a, const SpecValue& b)
{
    return a.column == b.column && a.hasConstant == b.hasConstant && a.constant == b.constant && a.format == b.format
        && a.record == b.record && a.missing == b.missing && a.extract == b.extract && a.map == b.map
        && a.mapStrict == b.mapStrict && a.defaultValue == b.defaultValue && a.required == b.required
        && a.separators == b.separators && a.dateFormats == b.dateFormats && a.placeBy == b.placeBy
        && a.lonColumn == b.lonColumn && a.latColumn == b.latColumn && a.countryColumn == b.countryColumn
        && a.decimal == b.decimal;
}

/// What a value reads, in a few words, for the fields table.
QString readsText(const SpecValue& v)
{
    if (!v.record.isEmpty())
        return SpecificationEditor::tr("record %1").arg(v.record);
    if (v.hasConstant)
        return SpecificationEditor::tr("= \"%1\"").arg(v.constant);
    if (!v.format.isEmpty())
        return v.format;
    return v.column;
}

/// The value the guess gave a field of a record (by id), unset when none.
SpecValue guessedValue(const ImportSpec& guess, const QString& record, const QString& field)
{
    for (const SpecRecord& r : guess.records)
        if (r.id == record)
            return r.fields.value(field);
    return {};
}

QString transformsText(const SpecValue& v)
{
    QStringList t;
    if (!v.dateFormats.isEmpty())
        t << v.dateFormats.join(QStringLiteral(" | "));
    if (!v.map.isEmpty())
        t << SpecificationEditor::tr("map: %1").arg(SpecificationEditorValue::mapText(v.map));
    if (!v.missing.isEmpty())
        t << SpecificationEditor::tr("missing: %1").arg(v.missing.join(QStringLiteral(", ")));
    if (!v.separators.isEmpty())
        t << SpecificationEditor::tr("split at %1").arg(v.separators);
    if (!v.placeBy.isEmpty())
        t << SpecificationEditor::tr("place by %1").arg(v.placeBy);
    if (!v.lonColumn.isEmpty())
        t << SpecificationEditor::tr("at %1, %2").arg(v.lonColumn, v.latColumn);
    if (!v.defaultValue.isEmpty())
        t << SpecificationEditor::tr("default %1").arg(v.defaultValue);
    return t.join(QStringLiteral("; "));
}

} // namespace

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

    readTable();
    if (auto g = ingest::SpecGuesser::guessFile(file, previewRows))
        m_guess = std::move(g.value());
    m_spec = m_guess.spec;
    if (!specName.isEmpty() && m_ws) {
        if (auto loaded = ImportSpec::load(*m_ws, specName))
            m_spec = std::move(loaded.value());
    }

    m_fileLabel = new QLabel(tr("Table: %1").arg(QDir::toNativeSeparators(file)), this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guessLabel = new QLabel(this);
    m_guessLabel->setObjectName(QStringLiteral("specGuess"));
    m_guessLabel->setWordWrap(true);
    QStringList reasons;
    for (const auto& g : m_guess.fields)
        reasons << QStringLiteral("%1.%2: %3").arg(g.record.isEmpty() ? tr("source") : g.record, g.field, g.reason);
    m_guessLabel->setText(tr("Guess from the header and the first %1 rows: %2 — %3 % sure (hover for the reasons).")
                              .arg(m_sample.size())
                              .arg(m_guess.summary)
                              .arg(int(std::lround(m_guess.confidence * 100))));
    m_guessLabel->setToolTip(reasons.join(QLatin1Char('\n')));
    auto* applyGuessButton = new QPushButton(tr("Apply &guess"), this);
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
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    m_name = new QLineEdit(m_spec.name, this);
    m_name->setObjectName(QStringLiteral("specName"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("specNote"));
    m_note->setPlaceholderText(tr("What changed (kept with the version)"));
    m_saveButton = new QPushButton(tr("&Save version"), this);
    m_saveButton->setObjectName(QStringLiteral("specSave"));
    m_saveButton->setEnabled(m_ws != nullptr);
    m_saveButton->setToolTip(m_ws ? tr("Store a new version in the workspace (audited)")
                                  : tr("Open a workspace to save specifications in it"));
    auto* exportButton = new QPushButton(tr("E&xport JSON…"), this);
    auto* importButton = new QPushButton(tr("I&mport JSON…"), this);
    auto* undo = new QToolButton(this);
    undo->setDefaultAction(m_undo->createUndoAction(this, tr("&Undo")));
    auto* redo = new QToolButton(this);
    redo->setDefaultAction(m_undo->createRedoAction(this, tr("&Redo")));
    auto* close = new QPushButton(tr("&Close"), this);
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

void SpecificationEditor::buildRecordsTab(QWidget* tab)
{
    m_recordList = new QListWidget(tab);
    m_recordList->setObjectName(QStringLiteral("specRecords"));
    auto* add = new QToolButton(tab);
    add->setText(tr("&Add record"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(add);
    for (SpecTarget t : kTargets)
        menu->addAction(targetLabel(t), this, [this, t] { addRecord(t); });
    add->setMenu(menu);
    auto* remove = new QPushButton(tr("Remo&ve"), tab);
    connect(remove, &QPushButton::clicked, this, [this] { removeRecord(m_recordList->currentRow()); });
    m_recordId = new QLineEdit(tab);
    m_recordTarget = new QComboBox(tab);
    for (SpecTarget t : kTargets)
        m_recordTarget->addItem(targetLabel(t), int(t));
    m_splitColumn = new QComboBox(tab);
    m_splitColumn->setToolTip(tr("One record per part of this column's cell (\"A. Smith; B. Jones\" → two people)"));
    m_splitSeparators = new QLineEdit(tab);
    m_recordWhen = new QLineEdit(tab);
    m_recordWhen->setPlaceholderText(tr("role = defendant; year ~ ^20"));
    m_recordWhen->setToolTip(tr("This record only for rows that meet every condition: column = value, column != "
                                "value, column ~ regex, column !~ regex, column is empty, column is not empty; "
                                "separated by ';'"));
    m_attributes = new QLineEdit(tab);
    m_attributes->setToolTip(tr("Columns kept verbatim with the record, separated by ';' (* keeps every column no "
                                "field reads)"));

    auto* recordForm = new QFormLayout;
    recordForm->addRow(tr("Id:"), m_recordId);
    recordForm->addRow(tr("Makes:"), m_recordTarget);
    recordForm->addRow(tr("Split by column:"), m_splitColumn);
    recordForm->addRow(tr("Split at:"), m_splitSeparators);
    recordForm->addRow(tr("Only when:"), m_recordWhen);
    recordForm->addRow(tr("Attributes:"), m_attributes);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Each row becomes these records:"), tab));
    left->addWidget(m_recordList, 1);
    left->addLayout(buttons);
    left->addLayout(recordForm);

    m_fields = new QTableWidget(tab);
    m_fields->setObjectName(QStringLiteral("specFields"));
    m_fields->setColumnCount(4);
    m_fields->setHorizontalHeaderLabels({ tr("Field"), tr("Reads"), tr("Guess"), tr("Transforms") });
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fields->verticalHeader()->hide();
    m_fields->verticalHeader()->setDefaultSectionSize(m_fields->fontMetrics().height() + 6);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setWordWrap(false);
    m_valueForm = new SpecificationEditorValue(tab);
    m_valueForm->setMinimumWidth(340);

    auto* layout = new QHBoxLayout(tab);
    layout->addLayout(left, 2);
    layout->addWidget(m_fields, 5);
    layout->addWidget(m_valueForm, 3);

    connect(m_recordList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        m_record = row;
        m_field.clear();
        showRecord();
    });
    connect(m_fields, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (m_loading || row < 0 || m_record >= int(m_spec.records.size()))
            return;
        m_field = SpecRecord::fieldsOf(m_spec.records[size_t(m_record)].target)[size_t(row)].name;
        showField();
    });
    connect(m_valueForm, &SpecificationEditorValue::edited, this,
        [this](const SpecValue& v) { setFieldValue(m_record, m_field, v); });
    connect(m_recordId, &QLineEdit::editingFinished, this, [this] { renameRecord(m_recordId->text().trimmed()); });
    connect(m_recordTarget, &QComboBox::activated, this, [this] {
        const auto t = SpecTarget(m_recordTarget->currentData().toInt());
        editRecord(
            [t](SpecRecord& r) {
                r.target = t;
                // Fields the new target lacks go.
                for (const QString& f : r.fields.keys())
                    if (!SpecRecord::field(t, f))
                        r.fields.remove(f);
            },
            tr("Change what a record makes"));
    });
    connect(m_splitColumn, &QComboBox::activated, this, [this] {
        const QString c = m_splitColumn->currentText();
        editRecord([c](SpecRecord& r) { r.splitColumn = c; }, tr("Split a record"));
    });
    connect(m_splitSeparators, &QLineEdit::editingFinished, this, [this] {
        const QString s = m_splitSeparators->text().isEmpty() ? QStringLiteral(";") : m_splitSeparators->text();
        editRecord([s](SpecRecord& r) { r.splitSeparators = s; }, tr("Change where a record splits"));
    });
    connect(m_recordWhen, &QLineEdit::editingFinished, this, [this] {
        const auto when = parseConditions(m_recordWhen->text());
        editRecord([when](SpecRecord& r) { r.when = when; }, tr("Change a record's conditions"));
    });
    connect(m_attributes, &QLineEdit::editingFinished, this, [this] {
        QStringList a;
        for (const QString& p : m_attributes->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!p.trimmed().isEmpty())
                a << p.trimmed();
        editRecord([a](SpecRecord& r) { r.attributes = a; }, tr("Change a record's attributes"));
    });
}

void SpecificationEditor::buildSourceTab(QWidget* tab)
{
    m_sourceList = new QListWidget(tab);
    m_sourceList->setObjectName(QStringLiteral("specSourceFields"));
    m_sourceForm = new SpecificationEditorValue(tab);
    auto* intro = new QLabel(tr("Where every row comes from: a constant for the whole table, or a column when the "
                                "rows name their own source, grading, handling code or TLP."),
        tab);
    intro->setWordWrap(true);
    auto* layout = new QGridLayout(tab);
    layout->addWidget(intro, 0, 0, 1, 2);
    layout->addWidget(m_sourceList, 1, 0);
    layout->addWidget(m_sourceForm, 1, 1);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
    connect(m_sourceList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        m_sourceField = ImportSpec::sourceFields().value(row);
        showSource();
    });
    connect(m_sourceForm, &SpecificationEditorValue::edited, this,
        [this](const SpecValue& v) { setSourceValue(m_sourceField, v); });
}

void SpecificationEditor::buildTableTab(QWidget* tab)
{
    m_description = new QLineEdit(tab);
    m_missing = new QLineEdit(tab);
    m_missing->setObjectName(QStringLiteral("specMissing"));
    m_missing->setToolTip(tr("Values meaning \"not given\" in every column, separated by ';' (an empty cell always "
                             "is). Older CTDC releases use -99."));
    m_delimiter = new QComboBox(tab);
    m_delimiter->addItem(tr("Sniffed from the header"), 0);
    m_delimiter->addItem(tr("Comma ,"), int(','));
    m_delimiter->addItem(tr("Semicolon ;"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Bar |"), int('|'));
    m_when = new QLineEdit(tab);
    m_when->setToolTip(tr("Only rows that meet every condition are read (the others are counted, not "
                          "quarantined): column = value, column ~ regex, column is not empty…; separated by ';'"));
    auto* form = new QFormLayout(tab);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Missing values:"), m_missing);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(tr("Rows read only when:"), m_when);
    auto commit = [this] {
        if (m_loading)
            return;
        SpecEdits::Table t;
        t.description = m_description->text().trimmed();
        QStringList missing { QString() };
        for (const QString& m : m_missing->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!m.trimmed().isEmpty())
                missing << m.trimmed();
        t.missing = missing;
        t.delimiter = char(m_delimiter->currentData().toInt());
        t.when = parseConditions(m_when->text());
        if (!(t == SpecEdits::tableOf(m_spec)))
            m_undo->push(SpecEdits::setTable(this, t, tr("Change how the table is read")));
    };
    for (QLineEdit* e : { m_description, m_missing, m_when })
        connect(e, &QLineEdit::editingFinished, this, commit);
    connect(m_delimiter, &QComboBox::activated, this, commit);
}

void SpecificationEditor::buildVersionsTab(QWidget* tab)
{
    m_versions = new QListWidget(tab);
    m_versions->setObjectName(QStringLiteral("specVersions"));
    auto* load = new QPushButton(tr("&Load this version"), tab);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("Saved versions of this specification (each save is a new version):"), tab));
    layout->addWidget(m_versions, 1);
    layout->addWidget(load, 0, Qt::AlignLeft);
    auto loadCurrent = [this] {
        if (QListWidgetItem* item = m_versions->currentItem())
            if (Status st = loadVersion(item->data(Qt::UserRole).toInt()); !st)
                setStatus(st.error().toString(), true);
    };
    connect(load, &QPushButton::clicked, this, loadCurrent);
    connect(m_versions, &QListWidget::itemDoubleClicked, this, loadCurrent);
}

void SpecificationEditor::readTable()
{
    m_header.clear();
    m_sample.clear();
    ingest::TableOptions o;
    o.delimiter = m_spec.delimiter;
    o.sheet = m_spec.sheet;
    o.layer = m_spec.layer;
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
    ingest::TableOptions o;
    o.delimiter = m_spec.delimiter;
    o.sheet = m_spec.sheet;
    o.layer = m_spec.layer;
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

void SpecificationEditor::showRecords()
{
    m_loading = true;
    m_recordList->clear();
    for (const SpecRecord& r : m_spec.records)
        m_recordList->addItem(QStringLiteral("%1 · %2").arg(r.id, targetLabel(r.target)));
    m_record = std::clamp(m_record, 0, std::max(0, int(m_spec.records.size()) - 1));
    m_recordList->setCurrentRow(m_spec.records.empty() ? -1 : m_record);
    m_loading = false;
    showRecord();
}

void SpecificationEditor::showRecord()
{
    m_loading = true;
    const bool has = m_record < int(m_spec.records.size());
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_recordId, m_recordTarget, m_splitColumn, m_splitSeparators, m_recordWhen, m_attributes, m_fields })
        w->setEnabled(has);
    m_fields->setRowCount(0);
    if (!has) {
        m_valueForm->clear();
        m_loading = false;
        return;
    }
    const SpecRecord& r = m_spec.records[size_t(m_record)];
    m_recordId->setText(r.id);
    m_recordTarget->setCurrentIndex(m_recordTarget->findData(int(r.target)));
    m_splitColumn->clear();
    m_splitColumn->addItem(QString());
    m_splitColumn->addItems(m_header);
    m_splitColumn->setCurrentIndex(std::max(0, m_splitColumn->findText(r.splitColumn, Qt::MatchFixedString)));
    m_splitSeparators->setText(r.splitSeparators);
    m_recordWhen->setText(conditionsText(r.when));
    m_attributes->setText(r.attributes.join(QStringLiteral("; ")));
    const auto& fields = SpecRecord::fieldsOf(r.target);
    m_fields->setRowCount(int(fields.size()));
    int current = -1;
    for (int i = 0; i < int(fields.size()); ++i) {
        const ingest::SpecField& f = fields[size_t(i)];
        const SpecValue v = r.fields.value(f.name);
        auto* name = new QTableWidgetItem(f.label() + (f.required ? QStringLiteral(" *") : QString()));
        name->setToolTip(f.name + (f.required ? tr(" (required)") : QString()));
        if (f.required) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_fields->setItem(i, 0, name);
        m_fields->setItem(i, 1, new QTableWidgetItem(readsText(v)));
        m_fields->setItem(i, 3, new QTableWidgetItem(transformsText(v)));
        auto* guess = new QTableWidgetItem;
        const SpecFieldGuess* g = m_guess.find(r.id, f.name);
        if (g && sameValue(v, guessedValue(m_guess.spec, r.id, f.name))) {
            guess->setText(tr("%1 %").arg(int(std::lround(g->confidence * 100))));
            guess->setToolTip(g->reason);
            if (g->confidence < 0.8)
                guess->setForeground(QColor(150, 90, 0));
        }
        m_fields->setItem(i, 2, guess);
        if (f.name == m_field)
            current = i;
    }
    m_fields->resizeColumnToContents(0);
    m_fields->setColumnWidth(1, 150);
    m_fields->setColumnWidth(2, 60);
    if (current < 0 && !fields.empty()) {
        current = 0;
        m_field = fields.front().name;
    }
    m_fields->setCurrentCell(current, 0);
    m_loading = false;
    showField();
}

void SpecificationEditor::showField()
{
    if (m_record >= int(m_spec.records.size()) || m_field.isEmpty()) {
        m_valueForm->clear();
        return;
    }
    const SpecRecord& r = m_spec.records[size_t(m_record)];
    const ingest::SpecField* f = SpecRecord::field(r.target, m_field);
    QStringList earlier;
    for (int i = 0; i < m_record; ++i)
        if (!f || m_spec.records[size_t(i)].target == f->refers)
            earlier << m_spec.records[size_t(i)].id;
    m_valueForm->setValue(
        tr("%1 of %2: %3").arg(m_field, r.id, f ? f->label() : m_field), r.fields.value(m_field), f, m_header, earlier);
    const SpecFieldGuess* g = m_guess.find(r.id, m_field);
    const bool guessed = g && sameValue(r.fields.value(m_field), guessedValue(m_guess.spec, r.id, m_field));
    m_valueForm->setNote(
        guessed ? tr("Guessed, %1 % sure: %2").arg(int(std::lround(g->confidence * 100))).arg(g->reason) : QString());
}

void SpecificationEditor::showSource()
{
    m_loading = true;
    const int row = std::max(0, int(ImportSpec::sourceFields().indexOf(m_sourceField)));
    m_sourceList->clear();
    for (const QString& f : ImportSpec::sourceFields()) {
        const SpecValue v = m_spec.source.value(f);
        m_sourceList->addItem(v.isSet() ? QStringLiteral("%1: %2").arg(f, readsText(v)) : f);
    }
    m_sourceList->setCurrentRow(row);
    m_sourceField = ImportSpec::sourceFields().value(row);
    m_loading = false;
    QStringList choices;
    if (m_sourceField == QLatin1String("kind"))
        choices = Taxonomy::sourceKinds();
    else if (m_sourceField == QLatin1String("grading_scheme"))
        choices = Taxonomy::gradingSchemes();
    else if (m_sourceField == QLatin1String("tlp"))
        choices = QStringList { QStringLiteral("TLP:CLEAR"), QStringLiteral("TLP:GREEN"), QStringLiteral("TLP:AMBER"),
            QStringLiteral("TLP:AMBER+STRICT"), QStringLiteral("TLP:RED") };
    m_sourceForm->setValue(
        tr("Source: %1").arg(m_sourceField), m_spec.source.value(m_sourceField), nullptr, m_header, {}, choices);
}

void SpecificationEditor::showTable()
{
    m_loading = true;
    m_description->setText(m_spec.description);
    QStringList missing;
    for (const QString& m : m_spec.missing)
        if (!m.isEmpty())
            missing << m;
    m_missing->setText(missing.join(QStringLiteral("; ")));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(m_spec.delimiter))));
    m_when->setText(conditionsText(m_spec.when));
    m_loading = false;
}

void SpecificationEditor::showVersions()
{
    m_versions->clear();
    if (!m_ws)
        return;
    const QString name = m_name->text().trimmed().isEmpty() ? m_spec.name : m_name->text().trimmed();
    for (const auto& v : ImportSpec::versions(*m_ws, name)) {
        auto* item = new QListWidgetItem(
            tr("Version %1 · %2 · %3%4")
                .arg(v.version)
                .arg(v.savedAt, v.savedBy, v.note.isEmpty() ? QString() : QStringLiteral(" · ") + v.note),
            m_versions);
        item->setData(Qt::UserRole, v.version);
    }
}

void SpecificationEditor::showStatus()
{
    // The JSON round trip checks what validate() does and the regular expressions too.
    ImportSpec named = m_spec;
    if (!m_name->text().trimmed().isEmpty())
        named.name = m_name->text().trimmed();
    auto again = ImportSpec::fromJson(named.toJson(), named.name + QStringLiteral(".json"));
    if (!again)
        setStatus(tr("Not yet valid: %1").arg(again.error().message), true);
    else
        setStatus(m_spec.version > 0 ? tr("Valid. Loaded from version %1.").arg(m_spec.version) : tr("Valid."));
}

void SpecificationEditor::setStatus(const QString& text, bool bad)
{
    m_status->setText(text);
    m_status->setStyleSheet(bad ? QStringLiteral("color: #8a1010;") : QString());
}

QString SpecificationEditor::statusText() const
{
    return m_status->text();
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
