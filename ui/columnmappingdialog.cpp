#include "columnmappingdialog.h"

#include "ingest/columnguesser.h"
#include "ingest/csvreader.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark::ui {

ColumnMappingDialog::ColumnMappingDialog(store::Workspace* workspace, const QString& sampleFile, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_sampleFile(sampleFile)
{
    setWindowTitle(tr("Column mapping for %1").arg(QFileInfo(sampleFile).fileName()));
    setObjectName(QStringLiteral("columnMappingDialog"));
    m_name = new QLineEdit(QFileInfo(sampleFile).completeBaseName(), this);
    m_name->setObjectName(QStringLiteral("mappingName"));
    m_name->setToolTip(tr("The preset's name, e.g. the bank and its export format"));
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe |"), QStringLiteral("|"));
    m_delimiter->setToolTip(tr("The character between the file's columns"));
    m_decimal = new QComboBox(this);
    m_decimal->setToolTip(tr("The character before the decimals of amounts"));
    m_decimal->addItem(tr("Point: 1234.56"), QStringLiteral("."));
    m_decimal->addItem(tr("Comma: 1234,56"), QStringLiteral(","));
    m_dateFormat = new QLineEdit(this);
    m_dateFormat->setPlaceholderText(tr("ISO 8601 (2024-03-05 or 2024-03-05T22:15:00)"));
    m_dateFormat->setToolTip(tr("Qt date format, e.g. dd.MM.yyyy HH:mm or MM/dd/yyyy; empty for ISO 8601"));
    m_currency = new QLineEdit(this);
    m_currency->setPlaceholderText(tr("e.g. EUR, when the file has no currency column"));
    m_currency->setMaxLength(3);
    m_currency->setObjectName(QStringLiteral("mappingCurrency"));
    m_ownBank = new QLineEdit(this);
    m_ownBank->setObjectName(QStringLiteral("mappingOwnBank"));
    m_ownBank->setPlaceholderText(tr("only when payer and payee banks are mapped"));
    m_ownBank->setToolTip(tr("Accounts at this bank are scored; accounts at any other bank are counterparties"));
    m_timeUnit = new QComboBox(this);
    m_timeUnit->setObjectName(QStringLiteral("mappingTimeUnit"));
    m_timeUnit->setToolTip(tr("Whether the time column holds dates, or numbered steps of a simulation"));
    m_timeUnit->addItem(tr("Dates (not steps)"), QString());
    m_timeUnit->addItem(tr("Steps of a second"), QStringLiteral("seconds"));
    m_timeUnit->addItem(tr("Steps of a minute"), QStringLiteral("minutes"));
    m_timeUnit->addItem(tr("Steps of an hour (PaySim)"), QStringLiteral("hours"));
    m_timeUnit->addItem(tr("Steps of a day"), QStringLiteral("days"));
    m_timeOrigin = new QLineEdit(this);
    m_timeOrigin->setObjectName(QStringLiteral("mappingTimeOrigin"));
    m_timeOrigin->setPlaceholderText(tr("date and time of step 0, e.g. 2024-01-01T00:00:00"));

    auto* format = new QFormLayout;
    format->addRow(tr("Preset name:"), m_name);
    format->addRow(tr("Delimiter:"), m_delimiter);
    format->addRow(tr("Decimal mark:"), m_decimal);
    format->addRow(tr("Date format:"), m_dateFormat);
    format->addRow(tr("Default currency:"), m_currency);
    format->addRow(tr("Our bank:"), m_ownBank);
    format->addRow(tr("Time column counts:"), m_timeUnit);
    format->addRow(tr("Time steps start at:"), m_timeOrigin);

    auto* columns = new QGroupBox(tr("Which column holds…"), this);
    auto* columnForm = new QFormLayout(columns);
    for (const QString& field : ingest::ColumnMapping::fields()) {
        auto* combo = new QComboBox(columns);
        combo->setObjectName(QStringLiteral("mapping_") + field);
        m_fields.insert(field, combo);
        // The tooltip tells the guess (guess()); the description stays.
        combo->setAccessibleDescription(
            tr("The column of the file read as: %1").arg(ingest::ColumnMapping::fieldLabel(field)));
        const bool required = field == QLatin1String("account") || field == QLatin1String("timestamp");
        columnForm->addRow(
            ingest::ColumnMapping::fieldLabel(field) + (required ? QStringLiteral(" *") : QString()), combo);
    }
    m_guess = new QLabel(this);
    m_guess->setWordWrap(true);
    m_guess->setObjectName(QStringLiteral("mappingGuess"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColumnMappingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(format);
    layout->addWidget(columns);
    layout->addWidget(m_guess);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::readHeader);
    // A semicolon-separated file is usually also a decimal-comma file.
    QFile f(sampleFile);
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray first = f.readLine(1 << 16);
        if (first.count(';') > first.count(',')) {
            m_delimiter->setCurrentIndex(1);
            m_decimal->setCurrentIndex(1);
        } else if (first.count('\t') > first.count(',')) {
            m_delimiter->setCurrentIndex(2);
        }
    }
    readHeader();
}

void ColumnMappingDialog::readHeader()
{
    m_header.clear();
    m_sample.clear();
    QFile f(m_sampleFile);
    if (f.open(QIODevice::ReadOnly)) {
        ingest::CsvReader reader(
            &f, QFileInfo(m_sampleFile).fileName(), m_delimiter->currentData().toString().at(0).toLatin1());
        if (reader.readRecord() == ingest::CsvReader::Status::Record) {
            for (int i = 0; i < reader.fieldCount(); ++i)
                m_header << QString::fromUtf8(reader.field(i).data(), qsizetype(reader.field(i).size())).trimmed();
            // The first rows' values, so the guess looks at them too.
            for (int row = 0; row < kSampleRows; ++row) {
                const auto st = reader.readRecord();
                if (st == ingest::CsvReader::Status::End || st == ingest::CsvReader::Status::Fatal)
                    break;
                if (st != ingest::CsvReader::Status::Record)
                    continue;
                QStringList values;
                for (int i = 0; i < reader.fieldCount(); ++i)
                    values << QString::fromUtf8(reader.field(i).data(), qsizetype(reader.field(i).size()));
                m_sample << values;
            }
        } else {
            m_message->setText(reader.error().toString());
        }
    }
    for (QComboBox* combo : std::as_const(m_fields)) {
        combo->clear();
        combo->addItem(tr("(not in this file)"), QString());
        for (const QString& h : std::as_const(m_header))
            combo->addItem(h, h);
    }
    guess();
}

void ColumnMappingDialog::guess()
{
    const ingest::ColumnGuesser::Guess g = ingest::ColumnGuesser::guess(m_header, m_sample);
    QStringList lines;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QComboBox* combo = it.value();
        const auto f = g.fields.constFind(it.key());
        if (f == g.fields.cend()) {
            combo->setCurrentIndex(0);
            combo->setToolTip(QString());
            continue;
        }
        combo->setCurrentIndex(std::max(0, combo->findData(f->column)));
        const QString sure = ingest::ColumnGuesser::surenessName(f->sureness);
        combo->setToolTip(tr("Guessed (%1): %2").arg(sure, f->why));
        lines << tr("%1 ← %2 (%3)").arg(ingest::ColumnMapping::fieldLabel(it.key()), f->column, sure);
    }
    if (!g.timeUnit.isEmpty())
        m_timeUnit->setCurrentIndex(m_timeUnit->findData(g.timeUnit));
    QString text = g.fields.isEmpty()
        ? tr("Nothing guessed: choose the columns.")
        : tr("Guessed from the header and the first %n rows, %1 overall: %2", nullptr, int(m_sample.size()))
              .arg(ingest::ColumnGuesser::surenessName(g.overall()), lines.join(QStringLiteral("; ")));
    for (const QString& note : g.notes)
        text += QLatin1Char('\n') + note;
    m_guess->setText(text);
}

ingest::ColumnMapping ColumnMappingDialog::mapping() const
{
    ingest::ColumnMapping m;
    m.name = m_name->text().trimmed();
    m.delimiter = m_delimiter->currentData().toString().at(0).toLatin1();
    m.decimal = m_decimal->currentData().toString().at(0).toLatin1();
    m.dateFormat = m_dateFormat->text().trimmed();
    m.defaultCurrency = m_currency->text().trimmed().toUpper();
    m.ownBank = m_ownBank->text().trimmed();
    m.timeUnit = m_timeUnit->currentData().toString();
    m.timeOrigin = m_timeOrigin->text().trimmed();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (!column.isEmpty())
            m.columns.insert(it.key(), column);
    }
    return m;
}

void ColumnMappingDialog::accept()
{
    const ingest::ColumnMapping m = mapping();
    if (Status st = m.validate(); !st) {
        m_message->setText(st.error().message);
        return;
    }
    if (m_workspace) {
        if (Status st = m.save(*m_workspace); !st) {
            m_message->setText(st.error().toString());
            return;
        }
    }
    QDialog::accept();
}

} // namespace waymark::ui
