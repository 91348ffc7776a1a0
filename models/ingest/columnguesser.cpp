#include "columnguesser.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace waymark::ingest {

namespace {

QStringList valuesOf(const QList<QStringList>& rows, int column)
{
    QStringList out;
    for (const QStringList& row : rows) {
        if (column < row.size() && !row.at(column).trimmed().isEmpty())
            out << row.at(column).trimmed();
    }
    return out;
}

bool numberLike(const QString& v)
{
    static const QRegularExpression number(QStringLiteral("^[-+(]?[\\p{Sc}A-Z]{0,3}\\s?[-+]?\\d[\\d.,' ]*\\)?$"));
    return number.match(v).hasMatch();
}

bool dateLike(const QString& v)
{
    static const QRegularExpression date(QStringLiteral(
        "^\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}([ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    static const QRegularExpression integer(QStringLiteral("^\\d{1,10}$"));
    return date.match(v).hasMatch() || integer.match(v).hasMatch();
}

/// How many of the values fit; all of them (and at least one) is Sure, most Likely.
ColumnGuesser::Sureness byValues(const QStringList& values, bool (*fits)(const QString&))
{
    if (values.isEmpty())
        return ColumnGuesser::Sureness::Likely;
    const auto n = std::count_if(values.cbegin(), values.cend(), fits);
    if (n == values.size())
        return ColumnGuesser::Sureness::Sure;
    return n * 2 >= values.size() ? ColumnGuesser::Sureness::Likely : ColumnGuesser::Sureness::Unsure;
}

bool channelLike(const QStringList& values)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z][A-Za-z _-]{1,30}$"));
    if (values.isEmpty())
        return false;
    QSet<QString> distinct;
    for (const QString& v : values) {
        if (!word.match(v).hasMatch())
            return false;
        distinct.insert(v.toLower());
    }
    return distinct.size() <= 20;
}

} // namespace

bool ColumnGuesser::directionLike(const QStringList& values)
{
    static const QSet<QString> words { QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("dr"),
        QStringLiteral("cr"), QStringLiteral("db"), QStringLiteral("debit"), QStringLiteral("credit"),
        QStringLiteral("in"), QStringLiteral("out"), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("s"),
        QStringLiteral("h"), QStringLiteral("soll"), QStringLiteral("haben"), QStringLiteral("incoming"),
        QStringLiteral("outgoing"), QStringLiteral("inbound"), QStringLiteral("outbound"), QStringLiteral("money in"),
        QStringLiteral("money out"), QStringLiteral("paid in"), QStringLiteral("paid out") };
    bool any = false;
    for (const QString& v : values) {
        const QString w = v.trimmed().toLower();
        if (w.isEmpty())
            continue;
        if (!words.contains(w))
            return false;
        any = true;
    }
    return any;
}

ColumnGuesser::Sureness ColumnGuesser::Guess::overall() const
{
    Sureness least = Sureness::Sure;
    for (const Field& f : fields)
        least = std::min(least, f.sureness);
    return least;
}

QString ColumnGuesser::surenessName(Sureness s)
{
    switch (s) {
    case Sureness::Sure:
        return QCoreApplication::translate("ColumnGuesser", "sure");
    case Sureness::Likely:
        return QCoreApplication::translate("ColumnGuesser", "likely");
    case Sureness::Unsure:
        break;
    }
    return QCoreApplication::translate("ColumnGuesser", "unsure");
}

ColumnGuesser::Guess ColumnGuesser::guess(const QStringList& header, const QList<QStringList>& rows)
{
    // Common header words of bank exports, so most presets need only a look.
    static const QList<QPair<QString, QStringList>> hints {
        { QStringLiteral("account"),
            { QStringLiteral("account"), QStringLiteral("acct"), QStringLiteral("iban"), QStringLiteral("konto"),
                QStringLiteral("compte"), QStringLiteral("orig") } },
        { QStringLiteral("amount"),
            { QStringLiteral("amount"), QStringLiteral("betrag"), QStringLiteral("montant"), QStringLiteral("value"),
                QStringLiteral("amt") } },
        { QStringLiteral("category"),
            { QStringLiteral("category"), QStringLiteral("mcc"), QStringLiteral("kategorie") } },
        { QStringLiteral("channel"), { QStringLiteral("channel"), QStringLiteral("method") } },
        { QStringLiteral("counterparty"),
            { QStringLiteral("counterparty"), QStringLiteral("payee"), QStringLiteral("beneficiary"),
                QStringLiteral("empf") } },
        { QStringLiteral("credit"), { QStringLiteral("credit"), QStringLiteral("haben"), QStringLiteral("paid in") } },
        { QStringLiteral("currency"),
            { QStringLiteral("currency"), QStringLiteral("ccy"), QStringLiteral("waehrung"),
                QStringLiteral("devise") } },
        { QStringLiteral("debit"), { QStringLiteral("debit"), QStringLiteral("soll"), QStringLiteral("paid out") } },
        { QStringLiteral("direction"),
            { QStringLiteral("direction"), QStringLiteral("dr/cr"), QStringLiteral("cr/dr"), QStringLiteral("d/c"),
                QStringLiteral("debit/credit"), QStringLiteral("credit/debit"), QStringLiteral("in/out"),
                QStringLiteral("sign"), QStringLiteral("type") } },
        { QStringLiteral("id"),
            { QStringLiteral("transaction id"), QStringLiteral("txn"), QStringLiteral("tran_id"),
                QStringLiteral("ref") } },
        { QStringLiteral("location"),
            { QStringLiteral("location"), QStringLiteral("branch"), QStringLiteral("city") } },
        { QStringLiteral("merchant"), { QStringLiteral("merchant"), QStringLiteral("description") } },
        { QStringLiteral("payee_account"),
            { QStringLiteral("bene_acct"), QStringLiteral("namedest"), QStringLiteral("payee account"),
                QStringLiteral("to account"), QStringLiteral("dest_acct") } },
        { QStringLiteral("timestamp"),
            { QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("booking"), QStringLiteral("buchung"),
                QStringLiteral("datum"), QStringLiteral("step") } },
    };
    Guess g;
    const QString fromHeader = QCoreApplication::translate("ColumnGuesser", "the header says so");
    const QString headerAndValues = QCoreApplication::translate("ColumnGuesser", "the header and the values agree");
    const QString valuesDisagree
        = QCoreApplication::translate("ColumnGuesser", "the header fits but not all values do");
    for (const auto& [field, words] : hints) {
        for (int i = 0; i < header.size() && !g.fields.contains(field); ++i) {
            const QString& h = header.at(i);
            if (!std::any_of(
                    words.cbegin(), words.cend(), [&](const QString& w) { return h.contains(w, Qt::CaseInsensitive); }))
                continue;
            const QStringList values = valuesOf(rows, i);
            Field f { h, Sureness::Likely, fromHeader };
            if (field == QLatin1String("direction")) {
                // A transaction type (TRANSFER, CASH_OUT, PAYMENT, DEBIT…) is no direction.
                if (!directionLike(values)) {
                    if (!values.isEmpty() || !h.contains(QLatin1String("direction"), Qt::CaseInsensitive))
                        continue;
                    f.sureness = Sureness::Unsure;
                    f.why = QCoreApplication::translate("ColumnGuesser", "the header says so; no values to check");
                } else {
                    f.sureness = Sureness::Sure;
                    f.why = QCoreApplication::translate("ColumnGuesser", "its values are debit/credit words");
                }
            } else if (field == QLatin1String("amount") || field == QLatin1String("debit")
                || field == QLatin1String("credit")) {
                f.sureness = byValues(values, numberLike);
                if (f.sureness == Sureness::Unsure)
                    continue; // "Debit/Credit" as words is not an amount
            } else if (field == QLatin1String("timestamp")) {
                f.sureness = byValues(values, dateLike);
            } else if (!values.isEmpty()) {
                f.sureness = Sureness::Sure;
            }
            if (!values.isEmpty())
                f.why = f.sureness == Sureness::Sure ? headerAndValues
                                                     : (f.sureness == Sureness::Unsure ? valuesDisagree : fromHeader);
            g.fields.insert(field, f);
        }
    }
    // A column whose values are all debit/credit words is the direction, whatever its header.
    if (!g.fields.contains(QStringLiteral("direction"))) {
        for (int i = 0; i < header.size(); ++i) {
            const QStringList values = valuesOf(rows, i);
            if (values.size() >= 2 && directionLike(values)) {
                g.fields.insert(QStringLiteral("direction"),
                    { header.at(i), Sureness::Likely,
                        QCoreApplication::translate("ColumnGuesser", "its values are debit/credit words") });
                break;
            }
        }
    }
    // A "type" column of words that is not the direction is how the money moved.
    for (int i = 0; i < header.size(); ++i) {
        const QString& h = header.at(i);
        if (!h.contains(QLatin1String("type"), Qt::CaseInsensitive)
            || g.fields.value(QStringLiteral("direction")).column == h)
            continue;
        const QStringList values = valuesOf(rows, i);
        if (values.isEmpty() || directionLike(values))
            continue;
        QStringList sample = values.mid(0, 50);
        sample.removeDuplicates();
        g.notes << QCoreApplication::translate(
            "ColumnGuesser", "%1 is not the direction: its values (%2) are transaction types, not debit/credit")
                       .arg(h, sample.mid(0, 4).join(QStringLiteral(", ")));
        if (!g.fields.contains(QStringLiteral("channel")) && channelLike(values))
            g.fields.insert(QStringLiteral("channel"),
                { h, Sureness::Likely,
                    QCoreApplication::translate("ColumnGuesser", "a transaction type: how the money moved") });
    }
    // An amount column makes debit/credit unneeded, and the reverse.
    if (g.fields.contains(QStringLiteral("amount"))) {
        g.fields.remove(QStringLiteral("debit"));
        g.fields.remove(QStringLiteral("credit"));
    }
    // A payee account makes the ledger two-sided: the amount runs from payer
    // to payee, and each side's counterparty is the other side.
    if (g.fields.contains(QStringLiteral("payee_account"))) {
        for (const char* field :
            { "direction", "debit", "credit", "counterparty", "counterparty_account", "counterparty_country" })
            g.fields.remove(QLatin1String(field));
    }
    // PaySim's `step` counts hours from the simulation's start.
    if (g.fields.value(QStringLiteral("timestamp")).column.compare(QLatin1String("step"), Qt::CaseInsensitive) == 0)
        g.timeUnit = QStringLiteral("hours");
    return g;
}

} // namespace waymark::ingest
