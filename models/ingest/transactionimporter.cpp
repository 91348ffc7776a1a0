#include "transactionimporter.h"

#include "ingest/columnmapping.h"
#include "ingest/csvtable.h"
#include "ingest/fieldtext.h"
#include "ingest/importsession.h"
#include "ingest/transactionrecord.h"
#include "store/workspace.h"

#include <QHash>

namespace waymark::ingest {

namespace {

QByteArray bytes(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

/// What a two-sided import did beyond the counts, for the summary's notes.
struct TwoSidedCounts {
    qint64 selfTransfers = 0; ///< payer and payee the same account: kept once
    qint64 payerOnly = 0, payeeOnly = 0; ///< the other side is another bank's
    qint64 noPayee = 0; ///< the payee cell empty: the payer's side only
};

} // namespace

Status TransactionImporter::run(
    ImportSession& session, QIODevice* device, const QString& displayName, qint64 totalBytes)
{
    auto mapping = ColumnMapping::load(session.workspace(), session.options().mapping);
    if (!mapping)
        return mapping.error();
    const ColumnMapping& m = mapping.value();
    if (ColumnMapping::presetNames(session.workspace()).contains(m.name) == false) {
        if (Status st = m.save(session.workspace()); !st)
            return st;
    }
    return run(session, m, device, displayName, totalBytes);
}

Status TransactionImporter::run(
    ImportSession& session, const ColumnMapping& m, QIODevice* device, const QString& displayName, qint64 totalBytes)
{
    store::Workspace& ws = session.workspace();

    CsvTable t(session, device, displayName, totalBytes, m.delimiter);
    if (Status st = t.open(); !st)
        return st;
    QHash<QString, int> col;
    // A two-sided mapping on a file without its payee column still reads the
    // payer's side, and the summary says the payees never see money arrive.
    const bool payeeInFile
        = m.twoSided() && t.column(m.columns.value(QStringLiteral("payee_account")).toStdString()) >= 0;
    const bool twoSided = m.twoSided() && payeeInFile;
    for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it) {
        const int c = t.column(it.value().toStdString());
        if (c < 0 && m.twoSided() && !payeeInFile
            && (it.key() == QLatin1String("payee_account") || it.key() == QLatin1String("payee_bank")))
            continue;
        if (c < 0) {
            return Error::at(displayName, 1, 1,
                QCoreApplication::translate(
                    "TransactionImporter", "the mapping %1 expects a column \"%2\" for %3, which the header lacks")
                    .arg(m.name, it.value(), it.key()));
        }
        col.insert(it.key(), c);
    }
    if (m.twoSided() && !payeeInFile)
        session.summary().notes << QCoreApplication::translate("TransactionImporter",
            "The mapping %1 names a payee column \"%2\" that this file lacks: read "
            "one-sided, from the payer's side only; payees do not see money arrive.")
                                       .arg(m.name, m.columns.value(QStringLiteral("payee_account")));
    auto c = [&](const char* field) { return col.value(QLatin1String(field), -1); };
    const int cAccount = c("account"), cTs = c("timestamp"), cAmount = c("amount"), cDebit = c("debit"),
              cCredit = c("credit"), cCurrency = c("currency"), cDirection = c("direction"), cId = c("id"),
              cPayee = c("payee_account"), cPayerBank = c("payer_bank"), cPayeeBank = c("payee_bank");
    const qint64 secondsPerStep = m.secondsPerStep();

    const QString sourceKey = QStringLiteral("bank-csv:") + m.name;
    if (Status st
        = ws.cached("INSERT OR IGNORE INTO sources(extract_id, line, source_key, name, kind, grading_scheme) "
                    "VALUES(?, 1, ?, ?, 'financial_partner', 'none')")
              .bind(1, session.extractId())
              .bind(2, sourceKey)
              .bind(3, QCoreApplication::translate("TransactionImporter", "Bank transactions (%1)").arg(m.name))
              .exec();
        !st)
        return st;
    store::Statement& src = ws.cached("SELECT id FROM sources WHERE source_key = ?");
    src.bind(1, sourceKey);
    const qint64 sourceId = src.next() ? src.int64(0) : 0;
    src.reset();

    const QByteArray defaultCurrency = m.defaultCurrency.toLatin1();
    const QByteArray ownBank = m.ownBank.trimmed().toUtf8();
    QHash<QByteArray, qint64> accounts;
    QHash<QByteArray, qint64> seenIds;
    TwoSidedCounts counts;

    // The account of a key, created on first sight.
    auto accountOf = [&](std::string_view accountKey, qint64 line, const QString& currency, qint64& id) -> Status {
        const QByteArray key = bytes(accountKey);
        id = accounts.value(key);
        if (id)
            return Ok {};
        store::Statement& ins = ws.cached("INSERT INTO accounts(extract_id, line, account_key, currency, source_id) "
                                          "VALUES(?,?,?,?,?) ON CONFLICT(account_key) DO NOTHING");
        if (Status e = ins.bind(1, session.extractId())
                           .bind(2, line)
                           .bind(3, accountKey)
                           .bind(4, currency)
                           .bind(5, sourceId)
                           .exec();
            !e)
            return e;
        store::Statement& find = ws.cached("SELECT id FROM accounts WHERE account_key = ?");
        find.bind(1, accountKey);
        id = find.next() ? find.int64(0) : 0;
        find.reset();
        accounts.insert(key, id);
        return Ok {};
    };
    // Whether a side of a two-sided row is an account of ours (an empty bank
    // cell is: the file is the bank's own export).
    auto ours = [&](int bankColumn) {
        if (bankColumn < 0 || ownBank.isEmpty())
            return true;
        const std::string_view bank = t.value(bankColumn);
        return bank.empty()
            || FieldText::equalsIgnoreCase(bank, std::string_view(ownBank.constData(), size_t(ownBank.size())));
    };
    // Inserts one side; `added` counts the sides that were new.
    auto insertSide
        = [&](std::string_view accountKey, qint64 line, const TransactionRecord& r, int& added, int& sides) -> Status {
        qint64 account = 0;
        if (Status st = accountOf(accountKey, line, r.currency, account); !st)
            return st;
        const auto inserted = TransactionRecord::insert(ws, session.extractId(), line, account, r);
        if (!inserted)
            return inserted.error();
        ++sides;
        added += inserted.value() ? 1 : 0;
        return Ok {};
    };

    Status done = t.forEachRow([&]() -> Status {
        const qint64 line = t.reader().recordLine();
        const std::string_view accountKey = t.value(cAccount);
        if (accountKey.empty())
            return t.reject(cAccount,
                twoSided ? QCoreApplication::translate("TransactionImporter", "the payer account is missing")
                         : QCoreApplication::translate("TransactionImporter", "the account is missing"));
        TransactionRecord r;
        QString why;
        if (cDirection >= 0 && !t.value(cDirection).empty()
            && !TransactionRecord::setDirection(r, t.value(cDirection), &why))
            return t.reject(cDirection, why);
        if (secondsPerStep > 0
                ? !TransactionRecord::setTimeStep(
                    r, t.value(cTs), m.timeOrigin, secondsPerStep, session.maxYear(), &why)
                : !TransactionRecord::setTimestamp(r, t.value(cTs), m.dateFormat, session.maxYear(), &why))
            return t.reject(cTs, why);
        if (cAmount >= 0) {
            if (!TransactionRecord::setAmount(r, t.value(cAmount), m.decimal, &why))
                return t.reject(cAmount, why);
            if (m.twoSided() && !r.direction.isEmpty())
                return t.reject(cAmount,
                    QCoreApplication::translate("TransactionImporter",
                        "a two-sided ledger's amount is paid from the payer to the payee and cannot be negative"));
            if (r.direction.isEmpty())
                r.direction = QStringLiteral("in");
        } else {
            const bool debit = cDebit >= 0 && !t.value(cDebit).empty();
            const bool credit = cCredit >= 0 && !t.value(cCredit).empty();
            if (debit == credit)
                return t.reject(debit ? cCredit : std::max(cDebit, cCredit),
                    QCoreApplication::translate(
                        "TransactionImporter", "exactly one of debit and credit must have an amount"));
            const int used = debit ? cDebit : cCredit;
            if (!TransactionRecord::setAmount(r, t.value(used), m.decimal, &why))
                return t.reject(used, why);
            r.direction = debit ? QStringLiteral("out") : QStringLiteral("in");
        }
        const std::string_view currency = cCurrency >= 0 && !t.value(cCurrency).empty()
            ? t.value(cCurrency)
            : std::string_view(defaultCurrency.constData(), size_t(defaultCurrency.size()));
        if (!TransactionRecord::setCurrency(r, currency, &why))
            return t.reject(cCurrency, why);
        if (cId >= 0 && !t.value(cId).empty()) {
            // One id per row: a two-sided row's id is the ledger's, shared by its two sides.
            const QByteArray idKey = (m.twoSided() ? QByteArray() : bytes(accountKey) + '\x1f') + bytes(t.value(cId));
            if (const qint64 first = seenIds.value(idKey))
                return t.reject(cId,
                    QCoreApplication::translate(
                        "TransactionImporter", "duplicate transaction id \"%1\" (first at line %2)")
                        .arg(FieldText::toQString(t.value(cId)))
                        .arg(first));
            seenIds.insert(idKey, line);
            r.key = FieldText::toQString(t.value(cId));
        }
        auto text = [&](const char* field) { return FieldText::toQString(t.value(c(field))); };
        r.counterparty = text("counterparty");
        r.counterpartyAccount = text("counterparty_account");
        r.counterpartyCountry = text("counterparty_country");
        r.category = text("category");
        r.merchant = text("merchant");
        r.channel = text("channel");
        r.location = text("location");
        r.country = text("country");
        r.reference = text("reference");

        int added = 0, sides = 0;
        const std::string_view payee = cPayee >= 0 ? t.value(cPayee) : std::string_view();
        if (!m.twoSided()) {
            if (Status st = insertSide(accountKey, line, r, added, sides); !st)
                return st;
        } else if (payee.empty()) {
            // The payer's side only: a one-sided file, or a row with no payee.
            counts.noPayee += twoSided ? 1 : 0;
            r.direction = QStringLiteral("out");
            if (ours(cPayerBank)) {
                if (Status st = insertSide(accountKey, line, r, added, sides); !st)
                    return st;
            } else {
                ++session.summary().rowsOutside;
            }
        } else if (payee == accountKey) {
            // Paid to itself: kept once, flagged, so no sum counts it twice.
            ++counts.selfTransfers;
            r.direction = QStringLiteral("out");
            r.counterparty = r.counterpartyAccount = FieldText::toQString(payee);
            r.attributes = QStringLiteral("{\"self_transfer\":true}");
            if (ours(cPayerBank)) {
                if (Status st = insertSide(accountKey, line, r, added, sides); !st)
                    return st;
            } else {
                ++session.summary().rowsOutside;
            }
        } else {
            const bool payerOurs = ours(cPayerBank), payeeOurs = ours(cPayeeBank);
            counts.payerOnly += payerOurs && !payeeOurs ? 1 : 0;
            counts.payeeOnly += payeeOurs && !payerOurs ? 1 : 0;
            session.summary().rowsOutside += !payerOurs && !payeeOurs ? 1 : 0;
            if (payerOurs) {
                r.direction = QStringLiteral("out");
                r.counterparty = r.counterpartyAccount = FieldText::toQString(payee);
                if (Status st = insertSide(accountKey, line, r, added, sides); !st)
                    return st;
            }
            if (payeeOurs) {
                r.direction = QStringLiteral("in");
                r.counterparty = r.counterpartyAccount = FieldText::toQString(accountKey);
                if (Status st = insertSide(payee, line, r, added, sides); !st)
                    return st;
            }
        }
        if (sides > 0)
            ++(added > 0 ? session.summary().rowsImported : session.summary().rowsDuplicate);
        return Ok {};
    });
    if (!done || !twoSided)
        return done;
    QStringList& notes = session.summary().notes;
    notes << QCoreApplication::translate("TransactionImporter",
        "Two-sided ledger: each row is a debit of the payer and a credit of the payee, under one "
        "transaction id.");
    if (counts.selfTransfers)
        notes << QCoreApplication::translate("TransactionImporter",
            "%1 rows pay the payer's own account: kept once each as money out, flagged self_transfer, not "
            "counted twice.")
                     .arg(counts.selfTransfers);
    if (counts.payerOnly + counts.payeeOnly)
        notes << QCoreApplication::translate("TransactionImporter",
            "%1 rows have one side at another bank than %2: that side is a counterparty, not an account.")
                     .arg(counts.payerOnly + counts.payeeOnly)
                     .arg(m.ownBank);
    if (const qint64 outside = session.summary().rowsOutside)
        notes << QCoreApplication::translate(
            "TransactionImporter", "%1 rows are between accounts of other banks only: nothing of %2's, not imported.")
                     .arg(outside)
                     .arg(m.ownBank);
    if (counts.noPayee)
        notes << QCoreApplication::translate(
            "TransactionImporter", "%1 rows have no payee: read from the payer's side only.")
                     .arg(counts.noPayee);
    return done;
}

} // namespace waymark::ingest
