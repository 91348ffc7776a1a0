#include "specificationeditorvalue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace waymark::ui {

using K = ingest::SpecField::Kind;

namespace {

QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& p : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out;
}

void fillColumns(QComboBox* box, const QStringList& header, const QString& current)
{
    box->clear();
    box->addItem(QString());
    box->addItems(header);
    if (!current.isEmpty() && box->findText(current, Qt::MatchFixedString) < 0)
        box->addItem(current); // a column this table lacks: kept, and the preview says so
    box->setCurrentIndex(std::max(0, box->findText(current, Qt::MatchFixedString)));
}

} // namespace

SpecificationEditorValue::SpecificationEditorValue(QWidget* parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("specValueTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("specValueNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #205080; }"));
    m_note->hide();

    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("specValueFrom"));
    m_from->addItem(tr("(not set)"), QStringLiteral("none"));
    m_from->addItem(tr("A column"), QStringLiteral("column"));
    m_from->addItem(tr("A constant"), QStringLiteral("constant"));
    m_from->addItem(tr("A template of columns"), QStringLiteral("format"));
    m_from->addItem(tr("Another record of the row"), QStringLiteral("record"));
    m_from->setToolTip(tr("Where the field's value comes from"));
    m_column = new QComboBox(this);
    m_column->setToolTip(tr("The column the field reads"));
    m_column->setObjectName(QStringLiteral("specValueColumn"));
    m_constant = new QComboBox(this);
    m_constant->setObjectName(QStringLiteral("specValueConstant"));
    m_constant->setEditable(true);
    m_constant->setToolTip(tr("The value every record gets"));
    m_format = new QLineEdit(this);
    m_format->setPlaceholderText(tr("{Case number}/{Court}"));
    m_format->setToolTip(tr("Text with column names in braces, replaced by the row's cells"));
    m_record = new QComboBox(this);
    m_record->setToolTip(tr("The record of the same row the field refers to"));
    m_dateFormats = new QLineEdit(this);
    m_dateFormats->setObjectName(QStringLiteral("specValueDateFormats"));
    m_dateFormats->setPlaceholderText(tr("iso; dd/MM/yyyy; MMM yyyy; banded"));
    m_dateFormats->setToolTip(tr("Qt date formats tried in order, separated by ';'. iso reads YYYY, YYYY-MM and "
                                 "YYYY-MM-DD; banded also reads 2014-2018 as a range of years."));
    m_map = new QLineEdit(this);
    m_map->setObjectName(QStringLiteral("specValueMap"));
    m_map->setPlaceholderText(tr("e.g. Female=woman; Male=man"));
    m_map->setToolTip(tr("Values replaced before they are read: from=to, separated by ';'"));
    m_strict = new QCheckBox(tr("Only values in the map (a code list)"), this);
    m_strict->setToolTip(tr("A value that is not in the map is an error at its cell, not read as it is"));
    m_missing = new QLineEdit(this);
    m_missing->setPlaceholderText(tr("e.g. -99; unknown"));
    m_missing->setToolTip(tr("Values of this column meaning \"not given\", on top of the specification's"));
    m_separators = new QLineEdit(this);
    m_separators->setPlaceholderText(tr("e.g. ;|"));
    m_separators->setToolTip(tr("Several values in one cell: the characters between them"));
    m_placeBy = new QComboBox(this);
    m_placeBy->setObjectName(QStringLiteral("specValuePlaceBy"));
    m_placeBy->addItem(tr("Code or name (auto)"), QStringLiteral("auto"));
    m_placeBy->addItem(tr("Name"), QStringLiteral("name"));
    m_placeBy->addItem(tr("ISO code"), QStringLiteral("iso"));
    m_placeBy->addItem(tr("UN M49 region or country number"), QStringLiteral("m49"));
    m_placeBy->addItem(tr("Name, else its coordinates"), QStringLiteral("coordinates"));
    m_lon = new QComboBox(this);
    m_lat = new QComboBox(this);
    m_country = new QComboBox(this);
    m_extract = new QLineEdit(this);
    m_extract->setPlaceholderText(tr("regular expression; its first group is the value"));
    m_extract->setToolTip(tr("Only the part of the cell this regular expression's first group matches is read"));
    m_default = new QLineEdit(this);
    m_default->setToolTip(tr("The value when the cell is empty or means \"not given\""));
    m_required = new QCheckBox(tr("A row without it is rejected"), this);
    m_required->setToolTip(tr("A row whose cell gives no value is an error at its cell"));

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("Reads:"), m_from);
    m_form->addRow(tr("Column:"), m_column);
    m_form->addRow(tr("Constant:"), m_constant);
    m_form->addRow(tr("Template:"), m_format);
    m_form->addRow(tr("Record:"), m_record);
    m_form->addRow(tr("Date formats:"), m_dateFormats);
    m_form->addRow(tr("Value map:"), m_map);
    m_form->addRow(QString(), m_strict);
    m_form->addRow(tr("Missing values:"), m_missing);
    m_form->addRow(tr("Separators:"), m_separators);
    m_form->addRow(tr("Place by:"), m_placeBy);
    m_form->addRow(tr("Longitude column:"), m_lon);
    m_form->addRow(tr("Latitude column:"), m_lat);
    m_form->addRow(tr("Country column:"), m_country);
    m_form->addRow(tr("Extract:"), m_extract);
    m_form->addRow(tr("Default:"), m_default);
    m_form->addRow(QString(), m_required);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addLayout(m_form);
    layout->addStretch();

    for (QComboBox* box : { m_from, m_column, m_record, m_placeBy, m_lon, m_lat, m_country })
        connect(box, &QComboBox::activated, this, [this] {
            showRows();
            emitEdited();
        });
    connect(m_constant, &QComboBox::activated, this, &SpecificationEditorValue::emitEdited);
    connect(m_constant->lineEdit(), &QLineEdit::editingFinished, this, &SpecificationEditorValue::emitEdited);
    for (QLineEdit* edit : { m_format, m_dateFormats, m_map, m_missing, m_separators, m_extract, m_default })
        connect(edit, &QLineEdit::editingFinished, this, &SpecificationEditorValue::emitEdited);
    for (QCheckBox* box : { m_strict, m_required })
        connect(box, &QCheckBox::toggled, this, &SpecificationEditorValue::emitEdited);
    clear();
}

void SpecificationEditorValue::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void SpecificationEditorValue::clear()
{
    setNote(QString());
    m_loading = true;
    m_title->setText(tr("Select a field to edit where its value comes from."));
    for (int r = 0; r < m_form->rowCount(); ++r)
        m_form->setRowVisible(r, false);
    m_loading = false;
}

void SpecificationEditorValue::setValue(const QString& title, const ingest::SpecValue& value,
    const ingest::SpecField* field, const QStringList& header, const QStringList& records, const QStringList& choices)
{
    m_loading = true;
    m_value = value;
    m_hasField = field != nullptr;
    m_kind = field ? field->kind : K::Text;
    m_title->setText(title);
    const QString from = !value.record.isEmpty() ? QStringLiteral("record")
        : value.hasConstant                      ? QStringLiteral("constant")
        : !value.format.isEmpty()                ? QStringLiteral("format")
        : !value.column.isEmpty()                ? QStringLiteral("column")
                                                 : QStringLiteral("none");
    m_from->setCurrentIndex(m_from->findData(from));
    fillColumns(m_column, header, value.column);
    m_constant->clear();
    m_constant->addItems(field && field->kind == K::Choice ? field->allowed : choices);
    m_constant->setCurrentText(value.constant);
    m_format->setText(value.format);
    m_record->clear();
    m_record->addItem(QString());
    m_record->addItems(records);
    m_record->setCurrentIndex(std::max(0, m_record->findText(value.record)));
    m_dateFormats->setText(value.dateFormats.join(QStringLiteral("; ")));
    m_map->setText(mapText(value.map));
    m_strict->setChecked(value.mapStrict);
    m_missing->setText(value.missing.join(QStringLiteral("; ")));
    m_separators->setText(value.separators);
    m_placeBy->setCurrentIndex(std::max(0, m_placeBy->findData(value.placeBy)));
    fillColumns(m_lon, header, value.lonColumn);
    fillColumns(m_lat, header, value.latColumn);
    fillColumns(m_country, header, value.countryColumn);
    m_extract->setText(value.extract);
    m_default->setText(value.defaultValue);
    m_required->setChecked(value.required);
    showRows();
    m_loading = false;
}

void SpecificationEditorValue::showRows()
{
    const QString from = m_from->currentData().toString();
    const bool ref = m_hasField && m_kind == K::Reference;
    const bool reads = from != QLatin1String("none") && from != QLatin1String("record");
    auto show = [this](QWidget* w, bool visible) { m_form->setRowVisible(w, visible); };
    show(m_from, !ref); // a reference reads only another record of the row
    show(m_column, from == QLatin1String("column"));
    show(m_constant, from == QLatin1String("constant"));
    show(m_format, from == QLatin1String("format"));
    show(m_record, ref);
    show(m_dateFormats, reads && m_kind == K::Date);
    show(m_map, reads && !ref);
    show(m_strict, reads && !ref);
    show(m_missing, reads && !ref);
    show(m_separators, reads && (m_kind == K::Text || m_kind == K::Codes || m_kind == K::Key));
    const bool place = m_kind == K::Place;
    show(m_placeBy, place && reads);
    show(m_lon, place && reads);
    show(m_lat, place && reads);
    show(m_country, place && reads);
    show(m_extract, reads && !ref);
    show(m_default, !ref);
    show(m_required, reads && !ref);
}

ingest::SpecValue SpecificationEditorValue::value() const
{
    ingest::SpecValue v;
    const QString from = m_from->currentData().toString();
    if (from == QLatin1String("column"))
        v.column = m_column->currentText();
    else if (from == QLatin1String("constant")) {
        v.hasConstant = true;
        v.constant = m_constant->currentText().trimmed();
    } else if (from == QLatin1String("format"))
        v.format = m_format->text().trimmed();
    if (m_hasField && m_kind == K::Reference) {
        v = {};
        v.record = m_record->currentText();
        return v;
    }
    v.dateFormats = splitList(m_dateFormats->text());
    v.map = parseMap(m_map->text());
    v.mapStrict = m_strict->isChecked() && !v.map.isEmpty();
    v.missing = splitList(m_missing->text());
    v.separators = m_separators->text();
    const QString placeBy = m_placeBy->currentData().toString();
    if (m_kind == K::Place) {
        v.placeBy = placeBy == QLatin1String("auto") ? QString() : placeBy;
        v.lonColumn = m_lon->currentText();
        v.latColumn = m_lat->currentText();
        v.countryColumn = m_country->currentText();
    }
    v.extract = m_extract->text().trimmed();
    v.extractRegex = QRegularExpression(v.extract);
    v.defaultValue = m_default->text().trimmed();
    v.required = m_required->isChecked();
    v.decimal = m_value.decimal;
    return v;
}

void SpecificationEditorValue::emitEdited()
{
    if (m_loading)
        return;
    Q_EMIT edited(value());
}

QString SpecificationEditorValue::mapText(const QMap<QString, QString>& map)
{
    QStringList parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value();
    return parts.join(QStringLiteral("; "));
}

QMap<QString, QString> SpecificationEditorValue::parseMap(const QString& text)
{
    QMap<QString, QString> map;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        map.insert(part.left(eq).trimmed().toLower(), part.mid(eq + 1).trimmed());
    }
    return map;
}

} // namespace waymark::ui
