#include "transactionrecord.h"

#include "geo/gazetteer.h"
#include "ingest/fieldtext.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace waymark::ingest {

namespace {
}

bool TransactionRecord::setTimestamp(
    TransactionRecord& r, std::string_view text, const QString& format, int maxYear, QString* why)
{
    const QString s = FieldText::toQString(text);
    QDateTime dt;
    QDate date;
    if (!format.isEmpty()) {
        if (format.contains(QLatin1Char('H')) || format.contains(QLatin1Char('h')))
            dt = QDateTime::fromString(s, format);
        date = dt.isValid() ? dt.date() : QDate::fromString(s, format);
    } else {
        // A date alone stays a date: Qt reads "2024-03-05" as midnight,
        // which would invent a time of day the bank never gave.
        if (s.size() > 10)
            dt = QDateTime::fromString(s, Qt::ISODate);
        if (!dt.isValid() && s.size() > 10)
            dt = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!dt.isValid() && s.size() > 10)
            dt = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm"));
        date = dt.isValid() ? dt.date() : QDate::fromString(s, Qt::ISODate);
    }
    if (!date.isValid()) {
        *why = format.isEmpty()
            ? QCoreApplication::translate(
                "TransactionRecord", "\"%1\" is not a date (expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ss)")
                  .arg(s)
            : QCoreApplication::translate("TransactionRecord", "\"%1\" is not a date in the format %2").arg(s, format);
        return false;
    }
    if (date.year() < 1900 || date.year() > maxYear) {
        *why = QCoreApplication::translate("TransactionRecord", "impossible date %1").arg(date.toString(Qt::ISODate));
        return false;
    }
    r.day = date.toJulianDay();
    r.timestamp = dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : date.toString(Qt::ISODate);
    return true;
}

bool TransactionRecord::setAmount(TransactionRecord& r, std::string_view text, char decimal, QString* why)
{
    std::string clean;
    clean.reserve(text.size());
    for (char c : text) {
        if (c == decimal)
            clean += '.';
        else if ((c >= '0' && c <= '9') || c == '-' || c == '+')
            clean += c;
        else if (c == ' ' || c == '\'' || (c == ',' && decimal == '.') || (c == '.' && decimal == ','))
            continue; // thousands separators
        else {
            *why = QCoreApplication::translate("TransactionRecord", "\"%1\" is not an amount")
                       .arg(FieldText::toQString(text));
            return false;
        }
    }
    const auto v = FieldText::toDouble(clean);
    if (!v || !std::isfinite(*v)) {
        *why = QCoreApplication::translate("TransactionRecord", "\"%1\" is not an amount")
                   .arg(FieldText::toQString(text));
        return false;
    }
    if (std::fabs(*v) > maxAmount) {
        *why = QCoreApplication::translate("TransactionRecord", "amount %1 is beyond any plausible transaction")
                   .arg(FieldText::toQString(text));
        return false;
    }
    if (*v < 0) {
        // A signed amount carries its direction.
        if (r.direction.isEmpty())
            r.direction = QStringLiteral("out");
        r.amount = -*v;
    } else {
        r.amount = *v;
    }
    if (r.amount == 0) {
        *why = QCoreApplication::translate("TransactionRecord", "amount is zero");
        return false;
    }
    return true;
}

bool TransactionRecord::setCurrency(TransactionRecord& r, std::string_view text, QString* why)
{
    if (!geo::Gazetteer::instance().isCurrency(text)) {
        *why = QCoreApplication::translate(
            "TransactionRecord", "unknown currency \"%1\" (expected an ISO 4217 code such as EUR)")
                   .arg(FieldText::toQString(text));
        return false;
    }
    r.currency = FieldText::toQString(text).toUpper();
    return true;
}

bool TransactionRecord::setDirection(TransactionRecord& r, std::string_view text, QString* why)
{
    const QString s = FieldText::toQString(text).toLower();
    if (s == QLatin1String("in") || s == QLatin1String("credit") || s == QLatin1String("cr"))
        r.direction = QStringLiteral("in");
    else if (s == QLatin1String("out") || s == QLatin1String("debit") || s == QLatin1String("dr"))
        r.direction = QStringLiteral("out");
    else {
        *why = QCoreApplication::translate(
            "TransactionRecord", "direction must be in or out (or credit/debit), found \"%1\"")
                   .arg(s);
        return false;
    }
    return true;
}

Result<bool> TransactionRecord::insert(
    store::Workspace& ws, qint64 extractId, qint64 line, qint64 accountId, const TransactionRecord& r)
{
    store::Statement& st = ws.cached(
        "INSERT INTO transactions(extract_id, line, txn_key, account_id, ts, day, amount, currency, direction, "
        "counterparty, counterparty_account, counterparty_country, category, merchant, channel, location, country, "
        "reference, attributes) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(account_id, txn_key) WHERE txn_key IS NOT NULL DO NOTHING");
    st.bind(1, extractId).bind(2, line).bindTextOrNull(3, r.key).bind(4, accountId).bind(5, r.timestamp);
    st.bind(6, r.day).bind(7, r.amount).bind(8, r.currency).bind(9, r.direction);
    st.bindTextOrNull(10, r.counterparty).bindTextOrNull(11, r.counterpartyAccount);
    st.bindTextOrNull(12, r.counterpartyCountry).bindTextOrNull(13, r.category).bindTextOrNull(14, r.merchant);
    st.bindTextOrNull(15, r.channel).bindTextOrNull(16, r.location).bindTextOrNull(17, r.country);
    st.bindTextOrNull(18, r.reference).bindTextOrNull(19, r.attributes);
    if (Status s = st.exec(); !s)
        return s.error();
    return ws.changes() > 0;
}

} // namespace waymark::ingest
