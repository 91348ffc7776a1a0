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
}

Status TransactionImporter::run(
    ImportSession& session, QIODevice* device, const QString& displayName, qint64 totalBytes)
{
    store::Workspace& ws = session.workspace();
    auto mapping = ColumnMapping::load(ws, session.options().mapping);
    if (!mapping)
        return mapping.error();
    const ColumnMapping& m = mapping.value();
    if (ColumnMapping::presetNames(ws).contains(m.name) == false) {
        if (Status st = m.save(ws); !st)
            return st;
    }

    CsvTable t(session, device, displayName, totalBytes, m.delimiter);
    if (Status st = t.open(); !st)
        return st;
    QHash<QString, int> col;
    for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it) {
        const int c = t.column(it.value().toStdString());
        if (c < 0) {
            return Error::at(displayName, 1, 1,
                QCoreApplication::translate(
                    "TransactionImporter", "the mapping %1 expects a column \"%2\" for %3, which the header lacks")
                    .arg(m.name, it.value(), it.key()));
        }
        col.insert(it.key(), c);
    }
    auto c = [&](const char* field) { return col.value(QLatin1String(field), -1); };
    const int cAccount = c("account"), cTs = c("timestamp"), cAmount = c("amount"), cDebit = c("debit"),
              cCredit = c("credit"), cCurrency = c("currency"), cDirection = c("direction"), cId = c("id");

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
    QHash<QByteArray, qint64> accounts;
    QHash<QByteArray, qint64> seenIds;
    return t.forEachRow([&]() -> Status {
        const qint64 line = t.reader().recordLine();
        const std::string_view accountKey = t.value(cAccount);
        if (accountKey.empty())
            return t.reject(cAccount, QCoreApplication::translate("TransactionImporter", "the account is missing"));
        TransactionRecord r;
        QString why;
        if (cDirection >= 0 && !t.value(cDirection).empty()
            && !TransactionRecord::setDirection(r, t.value(cDirection), &why))
            return t.reject(cDirection, why);
        if (!TransactionRecord::setTimestamp(r, t.value(cTs), m.dateFormat, session.maxYear(), &why))
            return t.reject(cTs, why);
        if (cAmount >= 0) {
            if (!TransactionRecord::setAmount(r, t.value(cAmount), m.decimal, &why))
                return t.reject(cAmount, why);
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
            const QByteArray idKey = QByteArray(accountKey.data(), qsizetype(accountKey.size())) + '\x1f'
                + QByteArray(t.value(cId).data(), qsizetype(t.value(cId).size()));
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

        const QByteArray key(accountKey.data(), qsizetype(accountKey.size()));
        qint64 account = accounts.value(key);
        if (!account) {
            store::Statement& ins
                = ws.cached("INSERT INTO accounts(extract_id, line, account_key, currency, source_id) "
                            "VALUES(?,?,?,?,?) ON CONFLICT(account_key) DO NOTHING");
            if (Status e = ins.bind(1, session.extractId())
                               .bind(2, line)
                               .bind(3, accountKey)
                               .bind(4, r.currency)
                               .bind(5, sourceId)
                               .exec();
                !e)
                return e;
            store::Statement& find = ws.cached("SELECT id FROM accounts WHERE account_key = ?");
            find.bind(1, accountKey);
            account = find.next() ? find.int64(0) : 0;
            find.reset();
            accounts.insert(key, account);
        }
        const auto added = TransactionRecord::insert(ws, session.extractId(), line, account, r);
        if (!added)
            return added.error();
        ++(added.value() ? session.summary().rowsImported : session.summary().rowsDuplicate);
        return Ok {};
    });
}

} // namespace waymark::ingest
