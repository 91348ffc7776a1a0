#include "columnmapping.h"

#include "ingest/importspec.h"
#include "store/auditlog.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::ingest {

const QStringList& ColumnMapping::timeUnits()
{
    static const QStringList u { QStringLiteral("seconds"), QStringLiteral("minutes"), QStringLiteral("hours"),
        QStringLiteral("days") };
    return u;
}

qint64 ColumnMapping::secondsPerStep() const
{
    static const qint64 seconds[] = { 1, 60, 3600, 86400 };
    const int i = int(timeUnits().indexOf(timeUnit));
    return i < 0 ? 0 : seconds[i];
}

const QStringList& ColumnMapping::fields()
{
    static const QStringList f { QStringLiteral("account"), QStringLiteral("payee_account"),
        QStringLiteral("payer_bank"), QStringLiteral("payee_bank"), QStringLiteral("timestamp"),
        QStringLiteral("amount"), QStringLiteral("debit"), QStringLiteral("credit"), QStringLiteral("currency"),
        QStringLiteral("direction"), QStringLiteral("id"), QStringLiteral("counterparty"),
        QStringLiteral("counterparty_account"), QStringLiteral("counterparty_country"), QStringLiteral("category"),
        QStringLiteral("merchant"), QStringLiteral("channel"), QStringLiteral("location"), QStringLiteral("country"),
        QStringLiteral("reference") };
    return f;
}

QString ColumnMapping::fieldLabel(const QString& field)
{
    static const QMap<QString, const char*> labels {
        { QStringLiteral("account"), QT_TRANSLATE_NOOP("ColumnMapping", "Account (the payer, with a payee account)") },
        { QStringLiteral("payee_account"),
            QT_TRANSLATE_NOOP("ColumnMapping", "Payee account (two-sided ledger: one row, a debit and a credit)") },
        { QStringLiteral("payer_bank"), QT_TRANSLATE_NOOP("ColumnMapping", "Payer's bank") },
        { QStringLiteral("payee_bank"), QT_TRANSLATE_NOOP("ColumnMapping", "Payee's bank") },
        { QStringLiteral("timestamp"), QT_TRANSLATE_NOOP("ColumnMapping", "Date or date and time (or time step)") },
        { QStringLiteral("amount"), QT_TRANSLATE_NOOP("ColumnMapping", "Amount (signed, or with direction)") },
        { QStringLiteral("debit"), QT_TRANSLATE_NOOP("ColumnMapping", "Debit amount (money out)") },
        { QStringLiteral("credit"), QT_TRANSLATE_NOOP("ColumnMapping", "Credit amount (money in)") },
        { QStringLiteral("currency"), QT_TRANSLATE_NOOP("ColumnMapping", "Currency") },
        { QStringLiteral("direction"), QT_TRANSLATE_NOOP("ColumnMapping", "Direction (in/out, credit/debit)") },
        { QStringLiteral("id"), QT_TRANSLATE_NOOP("ColumnMapping", "Transaction id") },
        { QStringLiteral("counterparty"), QT_TRANSLATE_NOOP("ColumnMapping", "Counterparty") },
        { QStringLiteral("counterparty_account"), QT_TRANSLATE_NOOP("ColumnMapping", "Counterparty account") },
        { QStringLiteral("counterparty_country"), QT_TRANSLATE_NOOP("ColumnMapping", "Counterparty country") },
        { QStringLiteral("category"), QT_TRANSLATE_NOOP("ColumnMapping", "Category") },
        { QStringLiteral("merchant"), QT_TRANSLATE_NOOP("ColumnMapping", "Merchant") },
        { QStringLiteral("channel"), QT_TRANSLATE_NOOP("ColumnMapping", "Channel (cash, card, transfer…)") },
        { QStringLiteral("location"), QT_TRANSLATE_NOOP("ColumnMapping", "Location or branch") },
        { QStringLiteral("country"), QT_TRANSLATE_NOOP("ColumnMapping", "Country") },
        { QStringLiteral("reference"), QT_TRANSLATE_NOOP("ColumnMapping", "Reference") },
    };
    return QCoreApplication::translate("ColumnMapping", labels.value(field, ""));
}

Status ColumnMapping::validate() const
{
    if (name.trimmed().isEmpty())
        return Error(QCoreApplication::translate("ColumnMapping", "A column mapping needs a name."));
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!fields().contains(it.key()))
            return Error(QCoreApplication::translate("ColumnMapping", "Column mapping %1: unknown field \"%2\".")
                             .arg(name, it.key()));
    }
    if (columns.value(QStringLiteral("account")).isEmpty())
        return Error(
            QCoreApplication::translate("ColumnMapping", "Column mapping %1 must say which column holds the account.")
                .arg(name));
    if (columns.value(QStringLiteral("timestamp")).isEmpty())
        return Error(
            QCoreApplication::translate("ColumnMapping", "Column mapping %1 must say which column holds the date.")
                .arg(name));
    const bool amount = !columns.value(QStringLiteral("amount")).isEmpty();
    const bool split
        = !columns.value(QStringLiteral("debit")).isEmpty() || !columns.value(QStringLiteral("credit")).isEmpty();
    if (amount == split)
        return Error(QCoreApplication::translate(
            "ColumnMapping", "Column mapping %1 must map either an amount column or debit/credit columns.")
                         .arg(name));
    if (columns.value(QStringLiteral("currency")).isEmpty() && defaultCurrency.isEmpty())
        return Error(QCoreApplication::translate(
            "ColumnMapping", "Column mapping %1 must map a currency column or give a default currency.")
                         .arg(name));
    if (Status st = validateLedgerShape(); !st)
        return st;
    if (decimal != '.' && decimal != ',')
        return Error(QCoreApplication::translate("ColumnMapping", "Column mapping %1: the decimal mark must be . or ,")
                         .arg(name));
    if (decimal == delimiter)
        return Error(QCoreApplication::translate(
            "ColumnMapping", "Column mapping %1: the decimal mark and the delimiter must differ.")
                         .arg(name));
    return Ok {};
}

Status ColumnMapping::validateLedgerShape() const
{
    auto has = [&](const char* field) { return !columns.value(QLatin1String(field)).isEmpty(); };
    if (!timeUnit.isEmpty() && !timeUnits().contains(timeUnit))
        return Error(QCoreApplication::translate(
            "ColumnMapping", "Column mapping %1: the time unit must be one of %2, not \"%3\".")
                         .arg(name, timeUnits().join(QStringLiteral(", ")), timeUnit));
    if (!timeUnit.isEmpty() && timeOrigin.trimmed().isEmpty())
        return Error(QCoreApplication::translate("ColumnMapping",
            "Column mapping %1 counts time in %2 from a start but does not say when step 0 was: add "
            "\"time_origin\": \"2024-01-01T00:00:00\" (the date and time of step 0) to the mapping, "
            "or fill in \"Time steps start at\" in the mapping dialog.")
                         .arg(name, timeUnit));
    if (!timeOrigin.isEmpty() && timeUnit.isEmpty())
        return Error(QCoreApplication::translate(
            "ColumnMapping", "Column mapping %1 gives a time origin but no time unit (one of %2).")
                         .arg(name, timeUnits().join(QStringLiteral(", "))));
    if (!timeOrigin.isEmpty() && !QDateTime::fromString(timeOrigin, Qt::ISODate).isValid()
        && !QDate::fromString(timeOrigin, Qt::ISODate).isValid())
        return Error(QCoreApplication::translate(
            "ColumnMapping", "Column mapping %1: the time origin \"%2\" is not an ISO 8601 date or date and time.")
                         .arg(name, timeOrigin));
    if ((has("payer_bank") || has("payee_bank")) && !twoSided())
        return Error(QCoreApplication::translate(
            "ColumnMapping", "Column mapping %1 maps the banks of payer and payee but no payee account.")
                         .arg(name));
    if ((has("payer_bank") || has("payee_bank")) && ownBank.trimmed().isEmpty())
        return Error(QCoreApplication::translate("ColumnMapping",
            "Column mapping %1 maps the banks of payer and payee but does not say which bank is ours: add "
            "\"own_bank\" to the mapping.")
                         .arg(name));
    if (!ownBank.isEmpty() && !(has("payer_bank") || has("payee_bank")))
        return Error(QCoreApplication::translate(
            "ColumnMapping", "Column mapping %1 names its own bank but maps no bank column.")
                         .arg(name));
    if (!twoSided())
        return Ok {};
    if (!has("amount") || has("direction"))
        return Error(QCoreApplication::translate("ColumnMapping",
            "Column mapping %1 is two-sided (it maps a payee account): it needs one amount column, paid "
            "from the payer to the payee, and no direction or debit/credit columns.")
                         .arg(name));
    if (has("counterparty") || has("counterparty_account") || has("counterparty_country"))
        return Error(QCoreApplication::translate("ColumnMapping",
            "Column mapping %1 is two-sided: each side's counterparty is the other side's account, so no "
            "counterparty column may be mapped too.")
                         .arg(name));
    return Ok {};
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject cols;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        cols.insert(it.key(), it.value());
    QJsonObject o { { QStringLiteral("name"), name }, { QStringLiteral("delimiter"), QString(QLatin1Char(delimiter)) },
        { QStringLiteral("decimal"), QString(QLatin1Char(decimal)) }, { QStringLiteral("date_format"), dateFormat },
        { QStringLiteral("default_currency"), defaultCurrency }, { QStringLiteral("columns"), cols } };
    if (!ownBank.isEmpty())
        o.insert(QStringLiteral("own_bank"), ownBank);
    if (!timeUnit.isEmpty())
        o.insert(QStringLiteral("time_unit"), timeUnit);
    if (!timeOrigin.isEmpty())
        o.insert(QStringLiteral("time_origin"), timeOrigin);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<ColumnMapping> ColumnMapping::fromJson(const QByteArray& json, const QString& fileName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        qint64 line = 1, col = 1;
        for (int i = 0; i < pe.offset && i < json.size(); ++i) {
            if (json.at(i) == '\n') {
                ++line;
                col = 1;
            } else {
                ++col;
            }
        }
        return Error::at(fileName, line, col,
            pe.error != QJsonParseError::NoError
                ? QCoreApplication::translate("ColumnMapping", "JSON syntax error: %1").arg(pe.errorString())
                : QCoreApplication::translate("ColumnMapping", "a mapping must be a JSON object"));
    }
    const QJsonObject o = doc.object();
    ColumnMapping m;
    m.name = o.value(QLatin1String("name")).toString();
    auto oneChar = [&](const char* key, char fallback, char& out) -> bool {
        const QString s = o.value(QLatin1String(key)).toString();
        if (s.isEmpty()) {
            out = fallback;
            return true;
        }
        const QChar c = (s == QLatin1String("\\t") || s == QLatin1String("tab")) ? QLatin1Char('\t') : s.at(0);
        if (s.size() > 1 && c != QLatin1Char('\t'))
            return false;
        if (c.unicode() > 127)
            return false;
        out = char(c.unicode());
        return true;
    };
    if (!oneChar("delimiter", ',', m.delimiter))
        return Error::at(
            fileName, 0, 0, QCoreApplication::translate("ColumnMapping", "\"delimiter\" must be one character"));
    if (!oneChar("decimal", '.', m.decimal))
        return Error::at(
            fileName, 0, 0, QCoreApplication::translate("ColumnMapping", "\"decimal\" must be one character"));
    m.dateFormat = o.value(QLatin1String("date_format")).toString();
    m.defaultCurrency = o.value(QLatin1String("default_currency")).toString().toUpper();
    m.ownBank = o.value(QLatin1String("own_bank")).toString();
    m.timeUnit = o.value(QLatin1String("time_unit")).toString();
    m.timeOrigin = o.value(QLatin1String("time_origin")).toString();
    const QJsonObject cols = o.value(QLatin1String("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it) {
        if (!it.value().toString().isEmpty())
            m.columns.insert(it.key(), it.value().toString());
    }
    if (Status st = m.validate(); !st)
        return Error::at(fileName, 0, 0, st.error().message);
    return m;
}

Result<ColumnMapping> ColumnMapping::load(store::Workspace& ws, const QString& nameOrPath)
{
    if (const auto json = ws.getNamed("mapping_presets", nameOrPath))
        return fromJson(json->toUtf8(), QCoreApplication::translate("ColumnMapping", "preset %1").arg(nameOrPath));
    // A bank mapping saved or imported as an import specification.
    if (ImportSpec::names(ws).contains(nameOrPath)) {
        auto spec = ImportSpec::load(ws, nameOrPath);
        if (!spec)
            return spec.error();
        if (spec->kind != ImportSpec::Kind::BankTransactions)
            return Error(QCoreApplication::translate("ColumnMapping",
                "%1 is an import specification of records, not a bank column mapping: import with --spec %1.")
                             .arg(nameOrPath));
        return spec->bank;
    }
    QFile f(nameOrPath);
    if (!f.exists())
        return Error(QCoreApplication::translate(
            "ColumnMapping", "No column mapping named %1 in this workspace, and no such file.")
                         .arg(nameOrPath));
    if (!f.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("ColumnMapping", "%1 cannot be read: %2").arg(nameOrPath, f.errorString()));
    auto m = fromJson(f.read(1 << 20), QFileInfo(nameOrPath).fileName());
    if (m && m->name.isEmpty())
        m->name = QFileInfo(nameOrPath).completeBaseName();
    return m;
}

Status ColumnMapping::save(store::Workspace& ws) const
{
    if (Status st = validate(); !st)
        return st;
    if (Status st = ws.putNamed("mapping_presets", name, QString::fromUtf8(toJson())); !st)
        return st;
    if (Status st = ws.audit().append(QStringLiteral("mapping.save"), name, QString::fromUtf8(toJson()).simplified());
        !st)
        return st;
    // The mapping is also one kind of import specification: its versions
    // are kept with every other specification's.
    if (auto v = ImportSpec::fromMapping(*this).save(ws); !v)
        return v.error();
    return Ok {};
}

QStringList ColumnMapping::presetNames(store::Workspace& ws)
{
    return ws.strings("SELECT name FROM mapping_presets ORDER BY name");
}

} // namespace waymark::ingest
