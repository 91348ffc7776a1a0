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

bool TransactionRecord::setTimeStep(TransactionRecord& r, std::string_view text, const QString& origin,
    qint64 secondsPerStep, int maxYear, QString* why)
{
    const std::optional<double> step = FieldText::toDouble(FieldText::trim(text));
    // About 10,000 years of seconds: anything beyond is not a step count.
    if (!step || !std::isfinite(*step) || *step < 0 || *step * double(secondsPerStep) > 3.2e11) {
        *why = QCoreApplication::translate("TransactionRecord", "\"%1\" is not a time step (a number ≥ 0)")
                   .arg(FieldText::toQString(text));
        return false;
    }
    const QDate originDate = QDate::fromString(origin, Qt::ISODate);
    const bool wholeDays = originDate.isValid() && secondsPerStep % 86400 == 0 && *step == std::floor(*step);
    QDateTime dt = originDate.isValid() ? originDate.startOfDay(Qt::UTC) : QDateTime::fromString(origin, Qt::ISODate);
    dt = dt.addSecs(qint64(std::llround(*step * double(secondsPerStep))));
    if (!dt.isValid() || dt.date().year() < 1900 || dt.date().year() > maxYear) {
        *why = QCoreApplication::translate("TransactionRecord", "time step %1 falls on an impossible date")
                   .arg(FieldText::toQString(text));
        return false;
    }
    r.day = dt.date().toJulianDay();
    r.timestamp = wholeDays ? dt.date().toString(Qt::ISODate) : dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return true;
}

std::optional<double> TransactionRecord::parseAmount(std::string_view text, char decimal, QString* why)
{
    // The grammar, strictly: [sign] digits [grouping] [decimal digits], or the
    // same in accounting parentheses. Grouping separators (the other of . and
    // ',', a space, a no-break space, an apostrophe) stand only between groups
    // of exactly three digits and are all the same; one sign at most. Anything
    // else is refused with a reason rather than read as some other number:
    // "12,50" with decimal '.' is not 1250.
    const QString original = FieldText::toQString(text);
    auto fail = [&](const QString& reason) -> std::optional<double> {
        *why = QCoreApplication::translate("TransactionRecord", "\"%1\" is not an amount: %2").arg(original, reason);
        return std::nullopt;
    };
    std::string s;
    s.reserve(text.size());
    // No-break and narrow no-break spaces (UTF-8) are grouping spaces.
    for (size_t i = 0; i < text.size(); ++i) {
        if (text.substr(i, 2) == "\xc2\xa0") {
            s += ' ';
            ++i;
        } else if (text.substr(i, 3) == "\xe2\x80\xaf") {
            s += ' ';
            i += 2;
        } else {
            s += text[i];
        }
    }
    std::string_view v = FieldText::trim(s);
    bool negative = false;
    if (v.size() >= 2 && v.front() == '(' && v.back() == ')') {
        negative = true;
        v = FieldText::trim(v.substr(1, v.size() - 2));
    }
    if (!v.empty() && (v.front() == '+' || v.front() == '-')) {
        if (negative)
            return fail(QCoreApplication::translate("TransactionRecord", "a sign inside parentheses"));
        negative = v.front() == '-';
        v.remove_prefix(1);
    }
    if (v.empty())
        return fail(QCoreApplication::translate("TransactionRecord", "no digits"));
    const char otherMark = decimal == ',' ? '.' : ',';
    auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    auto badGrouping = [&](char separator) {
        return separator == otherMark
            ? QCoreApplication::translate("TransactionRecord",
                "'%1' is not the decimal separator of this file ('%2') and does not group thousands")
                  .arg(QString::fromLatin1(&separator, 1), QString::fromLatin1(&decimal, 1))
            : QCoreApplication::translate("TransactionRecord", "digits grouped other than by three");
    };
    std::string clean = negative ? "-" : "";
    char grouping = 0;
    size_t i = 0;
    int run = 0; // digits since the start or the last grouping separator
    bool grouped = false;
    for (; i < v.size() && v[i] != decimal; ++i) {
        const char c = v[i];
        if (isDigit(c)) {
            clean += c;
            ++run;
            continue;
        }
        if (c == '+' || c == '-')
            return fail(QCoreApplication::translate("TransactionRecord", "more than one sign"));
        if (c != otherMark && c != ' ' && c != '\'')
            return fail(QCoreApplication::translate("TransactionRecord", "'%1' is not part of a number")
                            .arg(QString::fromLatin1(&c, 1)));
        if (grouping && c != grouping)
            return fail(QCoreApplication::translate("TransactionRecord", "mixed grouping separators"));
        if (run == 0 || (grouped ? run != 3 : run > 3))
            return fail(badGrouping(c));
        grouping = c;
        grouped = true;
        run = 0;
    }
    if (grouped && run != 3)
        return fail(badGrouping(grouping));
    bool anyDigit = run > 0 || grouped;
    if (i < v.size()) { // the decimal separator
        clean += '.';
        ++i;
        if (i == v.size())
            return fail(QCoreApplication::translate("TransactionRecord", "no digits after the decimal separator"));
        for (; i < v.size(); ++i) {
            if (!isDigit(v[i]))
                return fail(v[i] == decimal || v[i] == otherMark
                        ? QCoreApplication::translate("TransactionRecord", "a separator after the decimal separator")
                        : QCoreApplication::translate("TransactionRecord", "'%1' is not part of a number")
                              .arg(QString::fromLatin1(&v[i], 1)));
            clean += v[i];
            anyDigit = true;
        }
    }
    if (!anyDigit)
        return fail(QCoreApplication::translate("TransactionRecord", "no digits"));
    const auto value = FieldText::toDouble(clean);
    if (!value || !std::isfinite(*value))
        return fail(QCoreApplication::translate("TransactionRecord", "out of range"));
    return value;
}

bool TransactionRecord::setAmount(TransactionRecord& r, std::string_view text, char decimal, QString* why)
{
    const std::optional<double> v = parseAmount(text, decimal, why);
    if (!v)
        return false;
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
