#include "columnmappingdialog.h"

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
    m_decimal = new QComboBox(this);
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
        const bool required = field == QLatin1String("account") || field == QLatin1String("timestamp");
        columnForm->addRow(
            ingest::ColumnMapping::fieldLabel(field) + (required ? QStringLiteral(" *") : QString()), combo);
    }
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColumnMappingDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(format);
    layout->addWidget(columns);
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
    QFile f(m_sampleFile);
    if (f.open(QIODevice::ReadOnly)) {
        ingest::CsvReader reader(
            &f, QFileInfo(m_sampleFile).fileName(), m_delimiter->currentData().toString().at(0).toLatin1());
        if (reader.readRecord() == ingest::CsvReader::Status::Record) {
            for (int i = 0; i < reader.fieldCount(); ++i)
                m_header << QString::fromUtf8(reader.field(i).data(), qsizetype(reader.field(i).size())).trimmed();
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
    // Common header words of bank exports, so most presets need only a look.
    const QMap<QString, QStringList> hints {
        { QStringLiteral("account"),
            { QStringLiteral("account"), QStringLiteral("acct"), QStringLiteral("iban"), QStringLiteral("konto"),
                QStringLiteral("compte"), QStringLiteral("orig") } },
        { QStringLiteral("payee_account"),
            { QStringLiteral("bene_acct"), QStringLiteral("namedest"), QStringLiteral("payee account"),
                QStringLiteral("to account"), QStringLiteral("dest_acct") } },
        { QStringLiteral("timestamp"),
            { QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("booking"), QStringLiteral("buchung"),
                QStringLiteral("datum"), QStringLiteral("step") } },
        { QStringLiteral("amount"),
            { QStringLiteral("amount"), QStringLiteral("betrag"), QStringLiteral("montant"), QStringLiteral("value"),
                QStringLiteral("amt") } },
        { QStringLiteral("debit"), { QStringLiteral("debit"), QStringLiteral("soll"), QStringLiteral("paid out") } },
        { QStringLiteral("credit"), { QStringLiteral("credit"), QStringLiteral("haben"), QStringLiteral("paid in") } },
        { QStringLiteral("currency"),
            { QStringLiteral("currency"), QStringLiteral("ccy"), QStringLiteral("waehrung"),
                QStringLiteral("devise") } },
        { QStringLiteral("direction"),
            { QStringLiteral("direction"), QStringLiteral("dr/cr"), QStringLiteral("type") } },
        { QStringLiteral("id"),
            { QStringLiteral("transaction id"), QStringLiteral("txn"), QStringLiteral("tran_id"),
                QStringLiteral("ref") } },
        { QStringLiteral("counterparty"),
            { QStringLiteral("counterparty"), QStringLiteral("payee"), QStringLiteral("beneficiary"),
                QStringLiteral("empf") } },
        { QStringLiteral("category"),
            { QStringLiteral("category"), QStringLiteral("mcc"), QStringLiteral("kategorie") } },
        { QStringLiteral("merchant"), { QStringLiteral("merchant"), QStringLiteral("description") } },
        { QStringLiteral("channel"), { QStringLiteral("channel"), QStringLiteral("method") } },
        { QStringLiteral("location"),
            { QStringLiteral("location"), QStringLiteral("branch"), QStringLiteral("city") } },
    };
    for (auto it = hints.cbegin(); it != hints.cend(); ++it) {
        QComboBox* combo = m_fields.value(it.key());
        for (int i = 0; i < m_header.size() && combo->currentIndex() == 0; ++i) {
            for (const QString& word : it.value()) {
                if (m_header.at(i).contains(word, Qt::CaseInsensitive)) {
                    combo->setCurrentIndex(i + 1);
                    break;
                }
            }
        }
    }
    // An amount column makes debit/credit unneeded, and the reverse.
    if (m_fields.value(QStringLiteral("amount"))->currentIndex() > 0) {
        m_fields.value(QStringLiteral("debit"))->setCurrentIndex(0);
        m_fields.value(QStringLiteral("credit"))->setCurrentIndex(0);
    }
    // A payee account makes the ledger two-sided: the amount runs from payer
    // to payee, and each side's counterparty is the other side.
    if (m_fields.value(QStringLiteral("payee_account"))->currentIndex() > 0) {
        for (const char* field :
            { "direction", "debit", "credit", "counterparty", "counterparty_account", "counterparty_country" })
            m_fields.value(QLatin1String(field))->setCurrentIndex(0);
    }
    // PaySim's `step` counts hours from the simulation's start.
    if (m_fields.value(QStringLiteral("timestamp"))->currentText().compare(QLatin1String("step"), Qt::CaseInsensitive)
        == 0)
        m_timeUnit->setCurrentIndex(m_timeUnit->findData(QStringLiteral("hours")));
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
