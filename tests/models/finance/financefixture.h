#pragma once

// Hand-built bank accounts in a real workspace file, written through the
// same record checks the importers use.

#include "finance/ledgerreader.h"
#include "ingest/transactionrecord.h"
#include "store/workspace.h"

#include <QDate>
#include <QStringList>
#include <QTest>

namespace waymark::test {

struct FinanceProfile {
    QString currency = QStringLiteral("GBP");
    QString phone; ///< empty: a phone of its own
    QString occupation;
    QString address; ///< empty: none
    double income = -1;
    bool noDetails = false;
};

class FinanceFixture {
public:
    explicit FinanceFixture(const QString& path)
    {
        auto ws = store::Workspace::open(path);
        if (ws) {
            m_ws = std::move(ws.value());
            m_ws->exec("INSERT INTO extracts(file_name, sha256, format, imported_at) VALUES('hand', 'hand', 'hand', "
                       "'2024-01-01');"
                       "INSERT INTO sources(extract_id, line, source_key, name, kind, grading_scheme) VALUES(1, 0, "
                       "'bank', 'Bank', 'financial_partner', 'none');");
        }
    }
    store::Workspace& ws() { return *m_ws; }
    bool ok() const { return m_ws != nullptr; }

    using Profile = FinanceProfile;

    qint64 addAccount(const QString& key, const Profile& p = {})
    {
        store::Statement& st = m_ws->cached(
            "INSERT INTO accounts(extract_id, line, account_key, currency, phone, occupation, declared_income, "
            "address, source_id) VALUES(1, ?, ?, ?, ?, ?, ?, ?, 1)");
        st.bind(1, ++m_line).bind(2, key).bind(3, p.currency);
        if (p.noDetails)
            st.bindNull(4);
        else
            st.bind(4, p.phone.isEmpty() ? QStringLiteral("07000%1").arg(m_line) : p.phone);
        st.bindTextOrNull(5, p.occupation);
        if (p.income >= 0)
            st.bind(6, p.income);
        else
            st.bindNull(6);
        st.bindTextOrNull(7, p.address);
        if (!st.exec())
            return 0;
        return m_ws->lastInsertId();
    }

    /// One row as `day|hh:mm|amount|dir|counterparty|cpCountry|category|merchant|channel|location|reference`,
    /// optionally with `|counterparty account` after it;
    /// day counts from 2024-01-01; an empty time means a date-only timestamp;
    /// the currency is the account's unless `currency` is given.
    bool addRow(qint64 account, const QString& row, const QString& currency = QStringLiteral("GBP"))
    {
        const QStringList f = row.split(QLatin1Char('|'));
        if (f.size() != 11 && f.size() != 12) {
            qWarning("bad fixture row %s", qPrintable(row));
            return false;
        }
        ingest::TransactionRecord r;
        QString why;
        const QDate d = QDate(2024, 1, 1).addDays(f[0].toInt());
        const QString ts = f[1].isEmpty() ? d.toString(Qt::ISODate)
                                          : d.toString(Qt::ISODate) + QLatin1Char('T') + f[1] + QStringLiteral(":00");
        const QByteArray tsb = ts.toUtf8(), amount = f[2].toUtf8(), dir = f[3].toUtf8(), cur = currency.toUtf8();
        if (!ingest::TransactionRecord::setTimestamp(r, tsb.constData(), QString(), 2100, &why)
            || !ingest::TransactionRecord::setDirection(r, dir.constData(), &why)
            || !ingest::TransactionRecord::setAmount(r, amount.constData(), '.', &why)
            || !ingest::TransactionRecord::setCurrency(r, cur.constData(), &why)) {
            qWarning("fixture row rejected: %s", qPrintable(why));
            return false;
        }
        r.counterparty = f[4];
        r.counterpartyCountry = f[5];
        r.category = f[6];
        r.merchant = f[7];
        r.channel = f[8];
        r.location = f[9];
        r.reference = f[10];
        r.counterpartyAccount = f.value(11);
        return ingest::TransactionRecord::insert(*m_ws, 1, ++m_line, account, r).ok();
    }
    bool addRows(qint64 account, const QStringList& rows, const QString& currency = QStringLiteral("GBP"))
    {
        for (const QString& row : rows) {
            if (!addRow(account, row, currency))
                return false;
        }
        return true;
    }

    /// The account's cleaned ledger, as scoring reads it.
    finance::AccountLedger ledger(qint64 account)
    {
        finance::AccountLedger out;
        finance::LedgerReader::Options o;
        o.accountIds = { account };
        auto r = finance::LedgerReader::read(*m_ws, o, [&](const finance::AccountLedger& l) {
            out = l;
            return true;
        });
        if (!r)
            qWarning("%s", qPrintable(r.error().toString()));
        return out;
    }

private:
    std::unique_ptr<store::Workspace> m_ws;
    qint64 m_line = 0;
};

/// `n` rows from a template with %1 replaced by the day (start + k × step).
inline QStringList rows(int n, const QString& pattern, int start = 0, int step = 1)
{
    QStringList out;
    for (int k = 0; k < n; ++k)
        out << pattern.arg(start + k * step);
    return out;
}

} // namespace waymark::test
