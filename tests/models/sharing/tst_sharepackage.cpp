#include "sharing/aggregatetables.h"
#include "sharing/sharepackage.h"
#include "store/auditlog.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace waymark;
using namespace waymark::sharing;

namespace {

QByteArray member(const QString& zip, const QString& name)
{
    QuaZipFile f(zip, name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList members(const QString& zip)
{
    QuaZip z(zip);
    if (!z.open(QuaZip::mdUnzip))
        return {};
    return z.getFileNameList();
}

QSet<QString> personPseudonyms(const QString& zip)
{
    QSet<QString> out;
    for (const QByteArray& line : member(zip, QStringLiteral("entities.csv")).split('\n')) {
        for (const QByteArray& field : line.split(',')) {
            if (field.startsWith("PERSON-"))
                out.insert(QString::fromLatin1(field));
        }
    }
    return out;
}

} // namespace

/// `waymark export share` in models/: a filtered, pseudonymised package of
/// a generated sample workspace (with forbidden records planted) that
/// imports into a fresh workspace, with k-anonymous aggregates.
class TestSharePackage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

    SharePackage::Options since2019() const
    {
        SharePackage::Options o;
        o.filter.dayFrom = QDate(2019, 1, 1).toJulianDay();
        o.aggregates = true;
        o.k = 10;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::forbiddenRecordWorkspace(m_dir.path(), 3000, 5);
        QVERIFY(m_ws);
    }

    void roundTrip()
    {
        const SharePackage::Options options = since2019();
        auto outcome = SharePackage::check(*m_ws, options);
        QVERIFY2(outcome, qPrintable(outcome.error().toString()));
        QVERIFY(outcome->withheldCount() > 0);
        QVERIFY(!outcome->released.of(RecordKind::Entity).empty());
        QVERIFY(!outcome->released.of(RecordKind::Link).empty());
        const QString zip = m_dir.filePath(QStringLiteral("share.zip"));
        const qint64 auditBefore = m_ws->count(QStringLiteral("audit_log"));
        auto written = SharePackage::write(*m_ws, outcome.value(), zip, options);
        QVERIFY2(written, qPrintable(written.error().toString()));
        QCOMPARE(written->rows[1], qint64(outcome->released.of(RecordKind::Incident).size()));
        QCOMPARE(written->rows[3], qint64(outcome->released.of(RecordKind::Entity).size()));
        QCOMPARE(written->rows[4], qint64(outcome->released.of(RecordKind::Link).size()));

        // Imports, whole, into a fresh workspace.
        auto fresh = store::Workspace::open(m_dir.filePath(QStringLiteral("fresh.waymark")));
        QVERIFY(fresh);
        const auto summary = test::importFile(*fresh.value(), zip);
        QVERIFY2(summary.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(summary.error.toString()));
        QCOMPARE(summary.rowsQuarantined, qint64(0));
        store::Workspace& f = *fresh.value();
        QCOMPARE(f.count(QStringLiteral("incidents")), written->rows[1]);
        QCOMPARE(f.count(QStringLiteral("route_legs")), written->rows[2]);
        QCOMPARE(f.count(QStringLiteral("entities")), written->rows[3]);
        QCOMPARE(f.count(QStringLiteral("links")), written->rows[4]);
        QCOMPARE(f.count(QStringLiteral("incident_entities")), written->rows[5]);
        QCOMPARE(f.count(QStringLiteral("accounts")), written->rows[6]);
        QVERIFY(written->rows[5] > 0);
        // Nothing forbidden came along; the filter held.
        const QStringList keys = f.strings("SELECT source_key FROM sources ORDER BY source_key");
        for (const char* banned : { "S4", "S5", "P1", "P2", "P3" })
            QVERIFY2(!keys.contains(QLatin1String(banned)), qPrintable(keys.join(QLatin1Char(','))));
        QCOMPARE(f.scalar("SELECT count(*) FROM sources WHERE tlp IS NULL OR tlp = 'TLP:RED'"), qint64(0));
        QCOMPARE(f.scalar("SELECT count(*) FROM incidents WHERE day_to < " + std::to_string(*options.filter.dayFrom)),
            qint64(0));
        QCOMPARE(f.strings("SELECT handling FROM extracts").value(0),
            QStringLiteral("TLP:AMBER, with handling "
                           "conditions (share.conditions) "
                           "TLP:AMBER"));
        // The same incidents, by their attributes: victims add up.
        QStringList released;
        for (qint64 id : outcome->released.of(RecordKind::Incident))
            released << QString::number(id);
        QCOMPARE(f.scalar("SELECT sum(victims) FROM incidents"),
            m_ws->scalar(QString(QStringLiteral("SELECT sum(victims) FROM incidents WHERE id IN (")
                + released.join(QLatin1Char(',')) + QLatin1Char(')'))
                             .toStdString()));

        // Pseudonymised: no name, phone, address, account number or key of ours is in the package.
        QStringList identifiers = m_ws->strings(
            "SELECT label FROM entities WHERE type IN ('person','phone','email','address','account','online_ad')");
        identifiers << m_ws->strings("SELECT customer_name FROM accounts WHERE customer_name IS NOT NULL");
        identifiers << m_ws->strings("SELECT incident_key FROM incidents WHERE incident_key IS NOT NULL LIMIT 200");
        identifiers << m_ws->strings("SELECT entity_key FROM entities");
        QByteArray all;
        for (const QString& name : members(zip))
            all += member(zip, name);
        QVERIFY(all.size() > 1000);
        for (const QString& id : std::as_const(identifiers))
            QVERIFY2(!all.contains(id.toUtf8()), qPrintable(id));
        QVERIFY(!all.contains("TLP:RED"));
        QVERIFY(!all.contains("summary")); // free text removed by the default policy
        QCOMPARE(
            f.scalar("SELECT count(*) FROM entities WHERE type = 'person' AND label NOT LIKE 'PERSON-%'"), qint64(0));
        // Businesses are kept by the default policy.
        QVERIFY(f.scalar("SELECT count(*) FROM entities WHERE type = 'business' AND label NOT LIKE 'BUSINESS-%'") > 0);

        // The manifest's provenance.
        const QJsonObject manifest = QJsonDocument::fromJson(member(zip, QStringLiteral("manifest.json"))).object();
        QCOMPARE(manifest.value(QLatin1String("tlp")).toString(), QStringLiteral("TLP:AMBER"));
        const QJsonObject share = manifest.value(QLatin1String("share")).toObject();
        QCOMPARE(share.value(QLatin1String("policy")).toObject().value(QLatin1String("sha256")).toString(),
            SharePolicy::defaults().sha256());
        QCOMPARE(share.value(QLatin1String("aggregates")).toObject().value(QLatin1String("k")).toInt(), 10);
        QCOMPARE(share.value(QLatin1String("filter")).toObject().value(QLatin1String("dayFrom")).toDouble(),
            double(*options.filter.dayFrom));
        QVERIFY(!share.value(QLatin1String("audit_chain_head")).toString().isEmpty());
        QCOMPARE(share.value(QLatin1String("destination")).toString(), QStringLiteral("partner"));
        const QJsonArray extracts = share.value(QLatin1String("source_extracts")).toArray();
        QVERIFY(!extracts.isEmpty());
        const QStringList shas = m_ws->strings("SELECT sha256 FROM extracts");
        for (const QJsonValue& e : extracts)
            QVERIFY(shas.contains(e.toObject().value(QLatin1String("sha256")).toString()));
        QVERIFY(share.value(QLatin1String("conditions")).toArray().size() == 1);

        // The audit record names what left, where to, and the package.
        QCOMPARE(m_ws->count(QStringLiteral("audit_log")), auditBefore + 1);
        store::Statement st(m_ws->handle(), "SELECT action, object, details FROM audit_log ORDER BY id DESC LIMIT 1");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("export.share"));
        QCOMPARE(st.text(1), QStringLiteral("share.zip"));
        QVERIFY(st.text(2).contains(QStringLiteral("destination=partner")));
        QVERIFY(st.text(2).contains(QStringLiteral("sha256=") + written->sha256));
        QVERIFY(st.text(2).contains(QStringLiteral("policy=") + SharePolicy::defaults().sha256()));
        QCOMPARE(written->sha256,
            QString::fromLatin1(QCryptographicHash::hash(test::fileBytes(zip), QCryptographicHash::Sha256).toHex()));

        // A second package of the same records: other pseudonyms (the key is per package).
        const QString zip2 = m_dir.filePath(QStringLiteral("share2.zip"));
        QVERIFY(SharePackage::write(*m_ws, outcome.value(), zip2, options));
        const QSet<QString> first = personPseudonyms(zip), second = personPseudonyms(zip2);
        QVERIFY(!first.isEmpty());
        QCOMPARE(first.size(), second.size());
        QVERIFY(!first.intersects(second));
    }

    void aggregatesAreKAnonymous()
    {
        const SharePackage::Options options = since2019();
        auto outcome = SharePackage::check(*m_ws, options);
        QVERIFY(outcome);
        auto tables = AggregateTables::build(*m_ws, outcome->released.of(RecordKind::Incident));
        QVERIFY(tables);
        QCOMPARE(tables->tables().size(), size_t(4));
        const int suppressed = tables->suppress(options.k);
        QVERIFY(suppressed > 0);
        const auto& first = tables->tables().front();
        QCOMPARE(first.cells.at(first.cells.rows(), first.cells.columns()).incidents,
            qint64(outcome->released.of(RecordKind::Incident).size()));
        for (const auto& t : tables->tables()) {
            QVERIFY(t.cells.derivableCells().empty());
            QVERIFY(t.cells.linesWithOneSuppressed().empty());
            QCOMPARE(t.rowLabels, first.rowLabels);
            for (int r = 0; r <= t.cells.rows(); ++r) {
                // The shared totals: hidden in all tables or in none.
                QCOMPARE(
                    t.cells.at(r, t.cells.columns()).suppressed, first.cells.at(r, first.cells.columns()).suppressed);
                for (int c = 0; c <= t.cells.columns(); ++c) {
                    if (SuppressionTable::isSensitive(t.cells.at(r, c), options.k))
                        QVERIFY(t.cells.at(r, c).suppressed);
                }
            }
        }
        // As written: no published count between 1 and k−1.
        const QString zip = m_dir.filePath(QStringLiteral("agg.zip"));
        QVERIFY(SharePackage::write(*m_ws, outcome.value(), zip, options));
        const QList<QByteArray> lines = member(zip, QStringLiteral("aggregates.csv")).split('\n');
        QCOMPARE(lines.front(), QByteArray("table,row,column,incidents,victims,status"));
        int published = 0, hidden = 0;
        for (const QByteArray& line : lines.mid(1)) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> f = line.split(',');
            QCOMPARE(f.size(), 6);
            if (f[5] == "suppressed") {
                QVERIFY(f[3].isEmpty() && f[4].isEmpty());
                ++hidden;
                continue;
            }
            ++published;
            for (int i : { 3, 4 }) {
                const int n = f[i].toInt();
                QVERIFY2(n == 0 || n >= options.k, line.constData());
            }
        }
        QCOMPARE(hidden, suppressed);
        QVERIFY(published > 0);
    }

    void nothingThatMayGoWritesNothing()
    {
        // The only financial partner source of the sample is TLP:RED.
        SharePackage::Options options;
        options.filter.sourceKinds = QStringList { QStringLiteral("financial_partner") };
        auto outcome = SharePackage::check(*m_ws, options);
        QVERIFY(outcome);
        QVERIFY(outcome->requested.size() > 0);
        QVERIFY(outcome->isEmpty());
        const QString zip = m_dir.filePath(QStringLiteral("empty.zip"));
        const qint64 audit = m_ws->count(QStringLiteral("audit_log"));
        auto written = SharePackage::write(*m_ws, outcome.value(), zip, options);
        QVERIFY(!written);
        QVERIFY(written.error().message.contains(QStringLiteral("Nothing may go")));
        QVERIFY(!QFile::exists(zip));
        QCOMPARE(m_ws->count(QStringLiteral("audit_log")), audit);
    }

    void policies_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray head = "{\n \"format\": \"waymark-share-policy\",\n \"version\": 1,\n \"fields\": {\n";
        const QByteArray required = "  \"sources\": {\"source_id\": \"keep\", \"name\": \"keep\"},\n"
                                    "  \"entities\": {\"entity_id\": \"pseudonymise\"},\n"
                                    "  \"links\": {\"link_id\": \"pseudonymise\"},\n"
                                    "  \"accounts\": {\"account_id\": \"pseudonymise\"},\n";
        QTest::newRow("date removed") << head + required
                + "  \"incidents\": {\"incident_id\": \"keep\", \"date\": \"remove\"}\n }\n}\n"
                                      << QStringLiteral("p.json:9:40: fields.incidents.date: the hub extract format "
                                                        "requires it");
        QTest::newRow("lon pseudonymised") << head + required
                + "  \"incidents\": {\"incident_id\": \"keep\", \"date\": \"keep\", \"lon\": \"pseudonymise\"}\n }\n}\n"
                                           << QStringLiteral("p.json:9:56: fields.incidents.lon: a code");
        QTest::newRow("tlp removed") << head + required
                + "  \"incidents\": {\"incident_id\": \"keep\", \"date\": \"keep\"},\n"
                  "  \"sources\": {\"tlp\": \"remove\"}\n }\n}\n"
                                     << QStringLiteral("fields.sources.tlp: always goes as it is");
        QTest::newRow("syntax") << QByteArray("{\n \"format\": \"waymark-share-policy\",\n \"version\": 1,,\n}")
                                << QStringLiteral("p.json:3:16: JSON syntax error");
        QTest::newRow("incident id missing") << head + required + "  \"incidents\": {\"date\": \"keep\"}\n }\n}\n"
                                             << QStringLiteral("fields.incidents.incident_id: the hub extract format "
                                                               "requires it");
    }

    void policies()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        auto p = SharePolicy::parse(json, QStringLiteral("p.json"));
        QVERIFY(!p);
        QVERIFY2(p.error().toString().contains(error), qPrintable(p.error().toString()));
    }

    void aPolicyThatKeepsNamesKeepsThem()
    {
        QByteArray json = SharePolicy::defaults().bytes();
        json.replace("\"person\": \"pseudonymise\"", "\"person\": \"keep\"");
        auto policy = SharePolicy::parse(json, QStringLiteral("keep-names.json"));
        QVERIFY2(policy, qPrintable(policy.error().toString()));
        QVERIFY(policy->sha256() != SharePolicy::defaults().sha256());
        SharePackage::Options options = since2019();
        options.aggregates = false;
        options.policy = policy.value();
        auto outcome = SharePackage::check(*m_ws, options);
        QVERIFY(outcome);
        const QString zip = m_dir.filePath(QStringLiteral("names.zip"));
        auto written = SharePackage::write(*m_ws, outcome.value(), zip, options);
        QVERIFY(written);
        QVERIFY(!members(zip).contains(QStringLiteral("aggregates.csv")));
        const QByteArray entities = member(zip, QStringLiteral("entities.csv"));
        QVERIFY(!entities.contains("PERSON-"));
        QVERIFY(entities.contains("ENTITY-")); // identifiers still are
        QCOMPARE(written->manifest.value(QLatin1String("share"))
                     .toObject()
                     .value(QLatin1String("policy"))
                     .toObject()
                     .value(QLatin1String("sha256"))
                     .toString(),
            policy->sha256());
    }
};

QTEST_GUILESS_MAIN(TestSharePackage)
#include "tst_sharepackage.moc"
