#include "ingest/stixrules.h"
#include "reports/reportstore.h"
#include "sharing/stixexport.h"
#include "store/auditlog.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace waymark;
using namespace waymark::sharing;

namespace {

const char* const kRed = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";

QString problemsText(const QJsonObject& bundle)
{
    QStringList lines;
    for (const auto& p : ingest::StixRules::check(bundle))
        lines << p.text();
    return lines.join(QLatin1Char('\n'));
}

QJsonObject byId(const QJsonObject& bundle, const QString& id)
{
    for (const QJsonValue& v : bundle.value(QLatin1String("objects")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QList<QJsonObject> ofType(const QJsonObject& bundle, const QString& type)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : bundle.value(QLatin1String("objects")).toArray()) {
        if (v.toObject().value(QLatin1String("type")).toString() == type)
            out << v.toObject();
    }
    return out;
}

} // namespace

/// STIX 2.1 export (issue 17 §3): every object meets the STIX property
/// rules, TLP 2.0 markings come from the OASIS extension, ids are stable,
/// and nothing the releasability check withholds is in the bundle.
class TestStixExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

    QString incidentOf(const QString& source)
    {
        return m_ws
            ->strings(QStringLiteral("SELECT i.incident_key FROM incidents i JOIN sources s ON s.id = i.source_id "
                                     "WHERE s.source_key = '%1' ORDER BY i.id LIMIT 1")
                          .arg(source)
                          .toStdString())
            .value(0);
    }

    qint64 storeReport(const QStringList& sources)
    {
        reports::ReportStore store(*m_ws);
        auto doc = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
        doc.title = QStringLiteral("Corridor assessment");
        doc.marking.classification = QStringLiteral("TLP:GREEN");
        doc.author = QStringLiteral("Analyst One");
        reports::KeyJudgement j;
        j.statement = QStringLiteral("It is likely that the corridor is in use.");
        j.term = QStringLiteral("likely");
        j.confidence = QStringLiteral("moderate");
        for (const QString& source : sources) {
            auto e = store.evidence(reports::Evidence::Kind::Incident, incidentOf(source));
            if (e)
                j.evidence.push_back(e.value());
        }
        doc.judgements.push_back(j);
        if (auto* s = doc.section(QStringLiteral("assessment")))
            s->html = QStringLiteral("<p>The corridor runs through the port.</p>");
        auto id = store.create(doc);
        return id ? id.value() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::forbiddenRecordWorkspace(m_dir.path(), 400, 5);
        QVERIFY(m_ws);
    }

    void bundleMeetsTheRules()
    {
        StixExport::Options o;
        auto outcome = StixExport::check(*m_ws, o);
        QVERIFY2(outcome, qPrintable(outcome.error().toString()));
        QVERIFY(outcome->withheldCount() > 0); // the sample holds TLP:RED and AMBER+STRICT sources
        auto bundle = StixExport::bundle(*m_ws, outcome.value(), o);
        QVERIFY2(bundle, qPrintable(bundle.error().toString()));
        const QString problems = problemsText(bundle.value());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(ofType(bundle.value(), QStringLiteral("incident")).size(),
            int(outcome->released.of(RecordKind::Incident).size()));
        for (const char* type : { "identity", "location", "relationship", "grouping", "marking-definition" })
            QVERIFY2(!ofType(bundle.value(), QLatin1String(type)).isEmpty(), type);
        // TLP 2.0 through the OASIS extension, never TLP:RED.
        for (const QJsonObject& m : ofType(bundle.value(), QStringLiteral("marking-definition"))) {
            QVERIFY(m.value(QLatin1String("id")).toString() != QLatin1String(kRed));
            if (m.contains(QLatin1String("extensions"))) {
                const QJsonObject ext = m.value(QLatin1String("extensions"))
                                            .toObject()
                                            .value(QLatin1String(ingest::StixRules::kTlp2Extension))
                                            .toObject();
                QCOMPARE(ext.value(QLatin1String("extension_type")).toString(), QStringLiteral("property-extension"));
                QCOMPARE(ingest::StixRules::tlp2MarkingId(m.value(QLatin1String("name")).toString()),
                    m.value(QLatin1String("id")).toString());
            }
        }
        // P4's written conditions travel as a statement marking on its records.
        bool statement = false;
        for (const QJsonObject& m : ofType(bundle.value(), QStringLiteral("marking-definition")))
            statement = statement
                || m.value(QLatin1String("definition"))
                       .toObject()
                       .value(QLatin1String("statement"))
                       .toString()
                       .contains(QStringLiteral("Only for the joint investigation team"));
        QVERIFY(statement);
        // Every SDO and SRO carries a marking.
        for (const QJsonValue& v : bundle->value(QLatin1String("objects")).toArray()) {
            const QJsonObject ob = v.toObject();
            const QString type = ob.value(QLatin1String("type")).toString();
            if (type == QLatin1String("incident") || type == QLatin1String("identity")
                || type == QLatin1String("relationship"))
                QVERIFY2(!ob.value(QLatin1String("object_marking_refs")).toArray().isEmpty(),
                    qPrintable(ob.value(QLatin1String("id")).toString()));
        }
    }

    void redNeverAppears()
    {
        // Within the own organisation labels are kept: a TLP:RED record's
        // label would show, were it there.
        StixExport::Options o;
        o.destination = Destination::OwnOrganisation;
        auto outcome = StixExport::check(*m_ws, o);
        QVERIFY(outcome);
        const QString path = m_dir.filePath(QStringLiteral("own.json"));
        auto written = StixExport::write(*m_ws, outcome.value(), path, o);
        QVERIFY2(written, qPrintable(written.error().toString()));
        const QByteArray bytes = test::fileBytes(path);
        const QStringList redLabels = m_ws->strings("SELECT e.label FROM entities e JOIN sources s ON s.id = "
                                                    "e.source_id WHERE s.tlp = 'TLP:RED' OR (s.handling_code = '5' "
                                                    "AND s.grading_scheme = 'uk_5x5x5')");
        QVERIFY(!redLabels.isEmpty());
        for (const QString& label : redLabels)
            QVERIFY2(!bytes.contains(('"' + label + '"').toUtf8()), qPrintable(label));
        QVERIFY(!bytes.contains(kRed));
        // A kept label does show: the check above could have failed.
        const QString kept = m_ws->strings("SELECT e.label FROM entities e JOIN sources s ON s.id = e.source_id "
                                           "WHERE s.source_key = 'S1' AND e.type = 'business' LIMIT 1")
                                 .value(0);
        if (!kept.isEmpty())
            QVERIFY(bytes.contains(('"' + kept + '"').toUtf8()));
        // The audit log names what left and where to.
        QVERIFY(m_ws->strings("SELECT details FROM audit_log WHERE action = 'export.stix'")
                    .value(0)
                    .contains(QStringLiteral("sha256=") + written->sha256));
    }

    void identifiersAreStable()
    {
        StixExport::Options o;
        auto outcome = StixExport::check(*m_ws, o);
        QVERIFY(outcome);
        auto a = StixExport::bundle(*m_ws, outcome.value(), o);
        auto b = StixExport::bundle(*m_ws, outcome.value(), o);
        QVERIFY(a && b);
        QCOMPARE(QJsonDocument(a.value()).toJson(), QJsonDocument(b.value()).toJson());
        // UUIDv5 (version nibble 5).
        const QString id = ofType(a.value(), QStringLiteral("incident")).value(0).value(QLatin1String("id")).toString();
        QCOMPARE(id.mid(QStringLiteral("incident--").size() + 14, 1), QStringLiteral("5"));
        // A partner gets pseudonymous names, not the workspace's hub keys.
        for (const QJsonObject& i : ofType(a.value(), QStringLiteral("incident")))
            QVERIFY(!i.value(QLatin1String("name")).toString().contains(QLatin1Char('-')));
    }

    void reportBecomesAReport()
    {
        const qint64 id = storeReport({ QStringLiteral("S1"), QStringLiteral("P4") });
        QVERIFY(id > 0);
        StixExport::Options o;
        o.reportId = id;
        auto outcome = StixExport::check(*m_ws, o);
        QVERIFY(outcome);
        QCOMPARE(outcome->withheldCount(), qint64(0));
        QCOMPARE(outcome->released.of(RecordKind::Incident).size(), size_t(2));
        auto bundle = StixExport::bundle(*m_ws, outcome.value(), o);
        QVERIFY(bundle);
        const QString problems = problemsText(bundle.value());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const auto reports = ofType(bundle.value(), QStringLiteral("report"));
        QCOMPARE(reports.size(), 1);
        const QJsonObject r = reports.front();
        QCOMPARE(r.value(QLatin1String("name")).toString(), QStringLiteral("Corridor assessment"));
        const QJsonArray refs = r.value(QLatin1String("object_refs")).toArray();
        int incidents = 0;
        for (const QJsonValue& v : refs)
            incidents += v.toString().startsWith(QLatin1String("incident--")) ? 1 : 0;
        QCOMPARE(incidents, 2);
        // The judgement is a note on its evidence; the section a note too.
        const auto notes = ofType(bundle.value(), QStringLiteral("note"));
        QVERIFY(notes.size() >= 2);
        bool judgement = false;
        for (const QJsonObject& n : notes) {
            if (!n.value(QLatin1String("content")).toString().contains(QStringLiteral("corridor is in use")))
                continue;
            judgement = true;
            int cited = 0;
            for (const QJsonValue& v : n.value(QLatin1String("object_refs")).toArray())
                cited += v.toString().startsWith(QLatin1String("incident--")) ? 1 : 0;
            QCOMPARE(cited, 2);
        }
        QVERIFY(judgement);
        // The report's marking: GREEN raised to the evidence's AMBER, with P4's conditions.
        const QJsonArray marks = r.value(QLatin1String("object_marking_refs")).toArray();
        QVERIFY(marks.contains(ingest::StixRules::tlp2MarkingId(QStringLiteral("TLP:AMBER"))));
        QCOMPARE(marks.size(), 2);
        QCOMPARE(byId(bundle.value(), marks.at(1).toString()).value(QLatin1String("definition_type")).toString(),
            QStringLiteral("statement"));
    }

    void reportCitingRedIsWithheld()
    {
        const qint64 id = storeReport({ QStringLiteral("S5"), QStringLiteral("S1") });
        QVERIFY(id > 0);
        StixExport::Options o;
        o.reportId = id;
        auto outcome = StixExport::check(*m_ws, o);
        QVERIFY(outcome);
        QCOMPARE(outcome->withheldCount(), qint64(1));
        QCOMPARE(outcome->withheld.front().reason, Releasability::Reason::TlpRed);
        auto bundle = StixExport::bundle(*m_ws, outcome.value(), o);
        QVERIFY(bundle);
        QCOMPARE(ofType(bundle.value(), QStringLiteral("incident")).size(), 1);
    }

    void rulesFindWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<QString>("property");
        const QByteArray ok = "\"spec_version\":\"2.1\",\"created\":\"2024-01-01T00:00:00Z\",\"modified\":"
                              "\"2024-01-01T00:00:00.000Z\"";
        QTest::newRow("no name") << QByteArray("{\"type\":\"identity\",\"id\":\"identity--3f6e2c0a-0d3b-4c1e-9b7a-"
                                               "1a2b3c4d5e6f\","
            + ok + "}") << QStringLiteral("name");
        QTest::newRow("id of another type") << QByteArray("{\"type\":\"identity\",\"name\":\"x\",\"id\":\"location--"
                                                          "3f6e2c0a-0d3b-4c1e-9b7a-1a2b3c4d5e6f\","
            + ok + "}") << QStringLiteral("id");
        QTest::newRow("local time") << QByteArray(
            "{\"type\":\"identity\",\"name\":\"x\",\"id\":\"identity--3f6e2c0a-"
            "0d3b-4c1e-9b7a-1a2b3c4d5e6f\",\"spec_version\":\"2.1\",\"created\":"
            "\"2024-01-01T00:00:00+01:00\",\"modified\":\"2024-01-01T00:00:00Z\"}")
                                    << QStringLiteral("created");
        QTest::newRow("broken reference") << QByteArray(
            "{\"type\":\"relationship\",\"id\":\"relationship--3f6e2c0a-0d3b-4c1e-9b7a-1a2b3c4d5e6f\","
            "\"relationship_type\":\"related-to\",\"source_ref\":\"identity--11111111-1111-4111-8111-"
            "111111111111\",\"target_ref\":\"identity--11111111-1111-4111-8111-111111111111\","
            + ok + "}") << QStringLiteral("source_ref");
        QTest::newRow("marking of the wrong type") << QByteArray(
            "{\"type\":\"identity\",\"name\":\"x\",\"id\":\"identity--3f6e2c0a-0d3b-4c1e-9b7a-"
            "1a2b3c4d5e6f\",\"object_marking_refs\":[\"identity--3f6e2c0a-0d3b-4c1e-9b7a-1a2b3c4d5e6f\"],"
            + ok + "}") << QStringLiteral("object_marking_refs");
        QTest::newRow("location with nothing") << QByteArray(
            "{\"type\":\"location\",\"name\":\"x\",\"id\":\"location--3f6e2c0a-0d3b-4c1e-9b7a-"
            "1a2b3c4d5e6f\","
            + ok + "}") << QStringLiteral("region");
        QTest::newRow("report without refs") << QByteArray(
            "{\"type\":\"report\",\"name\":\"x\",\"published\":\"2024-01-01T00:00:00Z\",\"id\":"
            "\"report--3f6e2c0a-0d3b-4c1e-9b7a-1a2b3c4d5e6f\","
            + ok + "}") << QStringLiteral("object_refs");
    }

    void rulesFindWhatIsWrong()
    {
        QFETCH(QByteArray, object);
        QFETCH(QString, property);
        const QJsonObject o = QJsonDocument::fromJson(object).object();
        QVERIFY(!o.isEmpty());
        const QJsonObject bundle { { QStringLiteral("type"), QStringLiteral("bundle") },
            { QStringLiteral("id"), QStringLiteral("bundle--3f6e2c0a-0d3b-4c1e-9b7a-1a2b3c4d5e6f") },
            { QStringLiteral("objects"), QJsonArray { o } } };
        const auto problems = ingest::StixRules::check(bundle);
        QVERIFY(!problems.empty());
        QCOMPARE(problems.front().property, property);
        // The well-known TLP 1.0 markings need not be in the bundle.
        QJsonObject fine = QJsonDocument::fromJson("{\"type\":\"identity\",\"name\":\"x\",\"id\":\"identity--3f6e2c0a-"
                                                   "0d3b-4c1e-9b7a-1a2b3c4d5e6f\",\"spec_version\":\"2.1\",\"created\":"
                                                   "\"2024-01-01T00:00:00Z\",\"modified\":\"2024-01-01T00:00:00Z\","
                                                   "\"object_marking_refs\":[\"marking-definition--34098fce-860f-48ae-"
                                                   "8e50-ebd3cc5e41da\"]}")
                               .object();
        QVERIFY(ingest::StixRules::check(
            QJsonObject { { QStringLiteral("type"), QStringLiteral("bundle") },
                { QStringLiteral("id"), QStringLiteral("bundle--3f6e2c0a-0d3b-4c1e-9b7a-1a2b3c4d5e6f") },
                { QStringLiteral("objects"), QJsonArray { fine } } })
                    .empty());
    }
};

QTEST_GUILESS_MAIN(TestStixExport)
#include "tst_stixexport.moc"
