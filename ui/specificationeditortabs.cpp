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
#include <QSpinBox>
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

namespace {
constexpr SpecTarget kTargets[] = { SpecTarget::Incident, SpecTarget::Place, SpecTarget::RouteLeg, SpecTarget::Entity,
    SpecTarget::Link, SpecTarget::Involvement, SpecTarget::Account, SpecTarget::Transaction };
} // namespace

// The editor's tabs: how they are built and how they show the specification.

void SpecificationEditor::buildRecordsTab(QWidget* tab)
{
    m_recordList = new QListWidget(tab);
    m_recordList->setObjectName(QStringLiteral("specRecords"));
    m_recordList->setAccessibleName(tr("Records each row makes"));
    m_recordList->setAccessibleDescription(tr("Choose a record to edit its fields"));
    auto* add = new QToolButton(tab);
    add->setText(tr("&Add record"));
    add->setPopupMode(QToolButton::InstantPopup);
    add->setToolTip(tr("Add a record of a kind: incident, place, person, link…"));
    auto* menu = new QMenu(add);
    for (SpecTarget t : kTargets)
        menu->addAction(targetLabel(t), this, [this, t] { addRecord(t); });
    add->setMenu(menu);
    auto* remove = new QPushButton(tr("Remo&ve"), tab);
    remove->setToolTip(tr("Remove the chosen record (undoable)"));
    connect(remove, &QPushButton::clicked, this, [this] { removeRecord(m_recordList->currentRow()); });
    m_recordId = new QLineEdit(tab);
    m_recordId->setToolTip(tr("The record's id, by which other records of the row refer to it"));
    m_recordTarget = new QComboBox(tab);
    m_recordTarget->setToolTip(tr("What kind of record it makes"));
    for (SpecTarget t : kTargets)
        m_recordTarget->addItem(targetLabel(t), int(t));
    m_splitColumn = new QComboBox(tab);
    m_splitColumn->setToolTip(tr("One record per part of this column's cell (\"A. Smith; B. Jones\" → two people)"));
    m_splitSeparators = new QLineEdit(tab);
    m_splitSeparators->setToolTip(tr("The characters between the parts of the split column's cell"));
    m_recordWhen = new QLineEdit(tab);
    m_recordWhen->setObjectName(QStringLiteral("specRecordWhen"));
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
    m_fields->setTabKeyNavigation(false); // Tab goes on to the field's editor; the arrows move between fields
    m_fields->setAccessibleName(tr("Fields of the record"));
    m_fields->setAccessibleDescription(tr("Each field with what it reads, the guess and its transforms; choose one "
                                          "to edit it below"));
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
        QString error;
        const auto when = parseConditions(m_recordWhen->text(), &error);
        if (!markConditions(m_recordWhen, error))
            return;
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
    m_headerRow = new QSpinBox(tab);
    m_headerRow->setObjectName(QStringLiteral("specHeaderRow"));
    m_headerRow->setRange(0, 1000000);
    m_headerRow->setSpecialValueText(tr("The first row with a value"));
    m_headerRow->setToolTip(tr("The row of the column names, as the file numbers rows (a sheet's row, a text "
                               "file's line), when a title or notes are above it; the rows above are not read"));
    m_when = new QLineEdit(tab);
    m_when->setObjectName(QStringLiteral("specTableWhen"));
    m_when->setToolTip(tr("Only rows that meet every condition are read (the others are counted, not "
                          "quarantined): column = value, column ~ regex, column is not empty…; separated by ';'"));
    auto* form = new QFormLayout(tab);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Missing values:"), m_missing);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(tr("&Header row:"), m_headerRow);
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
        t.headerRow = m_headerRow->value();
        QString error;
        t.when = parseConditions(m_when->text(), &error);
        if (!markConditions(m_when, error))
            return;
        if (!(t == SpecEdits::tableOf(m_spec)))
            m_undo->push(SpecEdits::setTable(this, t, tr("Change how the table is read")));
    };
    for (QLineEdit* e : { m_description, m_missing, m_when })
        connect(e, &QLineEdit::editingFinished, this, commit);
    connect(m_delimiter, &QComboBox::activated, this, commit);
    connect(m_headerRow, &QSpinBox::editingFinished, this, commit);
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
    m_headerRow->setValue(m_spec.headerRow);
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

bool SpecificationEditor::markConditions(QLineEdit* edit, const QString& error)
{
    // What was typed stays in the box, marked, until it reads: a condition
    // that is not understood is never silently dropped.
    edit->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #b00020; }"));
    edit->setProperty("conditionError", error);
    if (!error.isEmpty())
        setStatus(error, true);
    return error.isEmpty();
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

} // namespace waymark::ui
