#include "ingest/columnguesser.h"

#include <QTest>

using namespace waymark;
using ingest::ColumnGuesser;

namespace {
QList<QStringList> rows(std::initializer_list<const char*> lines)
{
    QList<QStringList> out;
    for (const char* l : lines)
        out << QString::fromUtf8(l).split(QLatin1Char(','));
    return out;
}
} // namespace

class TestColumnGuesser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // PaySim's header, one-sided (no nameDest): `type` holds TRANSFER,
    // CASH_OUT, PAYMENT, DEBIT… — how the money moved, not its direction.
    void paysimTypeIsNotTheDirection()
    {
        const QStringList header { "step", "type", "amount", "nameOrig", "oldbalanceOrg", "newbalanceOrig", "isFraud" };
        const auto g = ColumnGuesser::guess(header,
            rows({ "1,PAYMENT,9839.64,C1231006815,170136.0,160296.36,0", "1,TRANSFER,181.0,C1305486145,181.0,0.0,1",
                "1,CASH_OUT,181.0,C840083671,181.0,0.0,1", "1,DEBIT,5337.77,C712410124,41720.0,36382.23,0" }));
        QVERIFY(!g.fields.contains(QStringLiteral("direction")));
        QCOMPARE(g.fields.value(QStringLiteral("channel")).column, QStringLiteral("type"));
        QCOMPARE(g.fields.value(QStringLiteral("account")).column, QStringLiteral("nameOrig"));
        QCOMPARE(g.fields.value(QStringLiteral("amount")).column, QStringLiteral("amount"));
        QCOMPARE(int(g.fields.value(QStringLiteral("amount")).sureness), int(ColumnGuesser::Sureness::Sure));
        QCOMPARE(g.fields.value(QStringLiteral("timestamp")).column, QStringLiteral("step"));
        QCOMPARE(g.timeUnit, QStringLiteral("hours"));
        QCOMPARE(g.notes.size(), 1);
        QVERIFY2(g.notes.first().startsWith(QLatin1String("type is not the direction: its values (PAYMENT, TRANSFER, "
                                                          "CASH_OUT, DEBIT) are transaction types")),
            qPrintable(g.notes.first()));
        // Two-sided PaySim: the payee makes direction moot, type is still the channel.
        const auto two = ColumnGuesser::guess(
            QStringList { "step", "type", "amount", "nameOrig", "nameDest" }, rows({ "1,TRANSFER,181.0,C1,C2" }));
        QVERIFY(!two.fields.contains(QStringLiteral("direction")));
        QCOMPARE(two.fields.value(QStringLiteral("payee_account")).column, QStringLiteral("nameDest"));
        QCOMPARE(two.fields.value(QStringLiteral("channel")).column, QStringLiteral("type"));
    }

    void directionOnlyFromDebitCreditValues_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QStringList>("values"); // of the column under test, the second
        QTest::addColumn<QString>("direction");
        QTest::addColumn<int>("sureness");
        const QStringList typed { "Account", "Type", "Amount", "Date" };
        QTest::newRow("D/C") << typed << QStringList { "D", "C", "D" } << "Type" << int(ColumnGuesser::Sureness::Sure);
        QTest::newRow("DR/CR") << typed << QStringList { "DR", "cr" } << "Type" << int(ColumnGuesser::Sureness::Sure);
        QTest::newRow("debit/credit") << typed << QStringList { "Debit", "Credit" } << "Type"
                                      << int(ColumnGuesser::Sureness::Sure);
        QTest::newRow("in/out") << typed << QStringList { "IN", "OUT" } << "Type" << int(ColumnGuesser::Sureness::Sure);
        QTest::newRow("+/-") << typed << QStringList { "+", "-" } << "Type" << int(ColumnGuesser::Sureness::Sure);
        QTest::newRow("transaction types")
            << typed << QStringList { "TRANSFER", "CASH_OUT", "DEBIT" } << QString() << -1;
        QTest::newRow("card words") << typed << QStringList { "POS", "ATM", "credit" } << QString() << -1;
        QTest::newRow("values decide, header does not")
            << QStringList { "Account", "Flag", "Amount", "Date" } << QStringList { "CR", "DR" } << "Flag"
            << int(ColumnGuesser::Sureness::Likely);
        QTest::newRow("direction header, no rows")
            << QStringList { "Account", "Direction", "Amount", "Date" } << QStringList() << "Direction"
            << int(ColumnGuesser::Sureness::Unsure);
        QTest::newRow("type header, no rows") << typed << QStringList() << QString() << -1;
    }
    void directionOnlyFromDebitCreditValues()
    {
        QFETCH(QStringList, header);
        QFETCH(QStringList, values);
        QFETCH(QString, direction);
        QFETCH(int, sureness);
        QList<QStringList> sample;
        for (const QString& v : values)
            sample << QStringList { "GB01", v, "12.50", "2024-03-05" };
        const auto g = ColumnGuesser::guess(header, sample);
        QCOMPARE(g.fields.value(QStringLiteral("direction")).column, direction);
        if (sureness >= 0)
            QCOMPARE(int(g.fields.value(QStringLiteral("direction")).sureness), sureness);
        // How sure the whole guess is never exceeds its least sure part.
        QVERIFY(int(g.overall()) <= int(g.fields.value(QStringLiteral("account")).sureness));
    }

    void valuesOverruleAWrongHeader()
    {
        // "Value Date" says value, but holds dates; the amount is the next numeric one.
        const auto g = ColumnGuesser::guess(QStringList { "Account", "Value Date", "Amount" },
            rows({ "GB01,2024-03-05,12.00", "GB01,2024-03-06,-3.10" }));
        QCOMPARE(g.fields.value(QStringLiteral("amount")).column, QStringLiteral("Amount"));
        QCOMPARE(g.fields.value(QStringLiteral("timestamp")).column, QStringLiteral("Value Date"));
        QCOMPARE(int(g.fields.value(QStringLiteral("timestamp")).sureness), int(ColumnGuesser::Sureness::Sure));
        QCOMPARE(ColumnGuesser::surenessName(ColumnGuesser::Sureness::Likely), QStringLiteral("likely"));
    }
};

QTEST_GUILESS_MAIN(TestColumnGuesser)
#include "tst_columnguesser.moc"
