#include "ingest/importsummary.h"
#include "sharing/stixexport.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QtTest>

using namespace waymark;

namespace {

/// A small bundle as MISP and OpenCTI write them: TLP 1.0 marking by its
/// well-known id (not in the bundle), a statement marking, a producer, and
/// objects Waymark does not map.
QByteArray partnerBundle(const QByteArray& brokenTarget = {})
{
    const QByteArray target = brokenTarget.isEmpty() ? "identity--c5a2b7aa-5f3b-4b8e-9a0d-2f1e3c4d5b6a" : brokenTarget;
    return R"({
  "type": "bundle",
  "id": "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d",
  "objects": [
    {"type": "identity", "spec_version": "2.1", "id": "identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5",
     "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z", "name": "Partner CERT",
     "identity_class": "organization"},
    {"type": "marking-definition", "spec_version": "2.1", "id": "marking-definition--0e1c9b1e-3c1c-4b1f-9e7f-0e5e8f2f0a11",
     "created": "2024-01-01T00:00:00.000Z", "definition_type": "statement",
     "definition": {"statement": "Not for court without asking"}},
    {"type": "identity", "spec_version": "2.1", "id": "identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e",
     "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z", "name": "Ivan Petrov",
     "identity_class": "individual", "created_by_ref": "identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5",
     "object_marking_refs": ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
                             "marking-definition--0e1c9b1e-3c1c-4b1f-9e7f-0e5e8f2f0a11"]},
    {"type": "identity", "spec_version": "2.1", "id": "identity--c5a2b7aa-5f3b-4b8e-9a0d-2f1e3c4d5b6a",
     "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z", "name": "Blue Lotus Bar",
     "identity_class": "organization", "created_by_ref": "identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5",
     "object_marking_refs": ["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"]},
    {"type": "relationship", "spec_version": "2.1", "id": "relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad",
     "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z", "relationship_type": "works-at",
     "source_ref": "identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e",
     "target_ref": ")"
        + target + R"(",
     "created_by_ref": "identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5",
     "object_marking_refs": ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"]},
    {"type": "malware", "spec_version": "2.1", "id": "malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b",
     "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z", "name": "Stealer",
     "is_family": true},
    {"type": "x-misp-object", "spec_version": "2.1", "id": "x-misp-object--7f0d7f5e-1b1a-4c43-9a1c-6c6d9a9b0c01",
     "created": "2024-01-01T00:00:00.000Z", "modified": "2024-01-01T00:00:00.000Z", "name": "phone-number"}
  ]
}
)";
}

qint64 count(store::Workspace& ws, const char* sql)
{
    store::Statement st(ws.handle(), sql);
    return st.next() ? st.int64(0) : -1;
}

} // namespace

/// STIX 2.1 import through the import job (issue 17 §3): Waymark's own
/// export comes back whole, a partner's bundle maps its markings to
/// sources, unknown types are kept and counted, broken references refuse
/// the file naming the object and the property.
class TestStixImport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<store::Workspace> fresh(const QString& name)
    {
        auto ws = store::Workspace::open(m_dir.filePath(name), store::Workspace::Mode::Create);
        return ws ? std::move(ws.value()) : nullptr;
    }

private Q_SLOTS:
    void ownExportRoundTrips()
    {
        auto ws = test::forbiddenRecordWorkspace(m_dir.path(), 300, 11);
        QVERIFY(ws);
        sharing::StixExport::Options o;
        o.destination = sharing::Destination::OwnOrganisation;
        auto outcome = sharing::StixExport::check(*ws, o);
        QVERIFY(outcome);
        const QString path = m_dir.filePath(QStringLiteral("own.json"));
        QVERIFY(sharing::StixExport::write(*ws, outcome.value(), path, o));

        auto back = fresh(QStringLiteral("back.waymark"));
        QVERIFY(back);
        const auto summary = test::importFile(*back, path);
        QVERIFY2(summary.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(summary.toText()));
        QCOMPARE(summary.format, QStringLiteral("stix-2.1"));
        QCOMPARE(summary.rowsQuarantined, qint64(0));
        QCOMPARE(count(*back, "SELECT count(*) FROM incidents"),
            qint64(outcome->released.of(sharing::RecordKind::Incident).size()));
        QVERIFY(count(*back, "SELECT count(*) FROM incidents WHERE place_id IS NOT NULL") > 0);
        QVERIFY(count(*back, "SELECT count(*) FROM incidents WHERE day_from IS NOT NULL") > 0);
        QVERIFY(count(*back, "SELECT count(*) FROM links") > 0);
        QVERIFY(count(*back, "SELECT count(*) FROM incident_entities") > 0);
        // Markings come back as the sources' TLP labels; nothing red went, nothing red came.
        QCOMPARE(count(*back, "SELECT count(*) FROM sources WHERE tlp = 'TLP:RED'"), qint64(0));
        QVERIFY(count(*back, "SELECT count(*) FROM sources WHERE tlp = 'TLP:AMBER+STRICT'") > 0);
        // P4's conditions (a link to a record of another source carries both markings: a source of its own).
        QVERIFY(count(*back,
                    "SELECT count(*) FROM sources WHERE handling_code = 'C' AND handling_conditions LIKE "
                    "'%Only for the joint investigation team%'")
            >= 1);
        // Importing the same file again changes nothing.
        const auto again = test::importFile(*back, path);
        QVERIFY(again.outcome == ingest::ImportSummary::Outcome::AlreadyImported);
    }

    void partnerBundleMapsMarkings()
    {
        const QString path = m_dir.filePath(QStringLiteral("partner.json"));
        test::writeFile(path, partnerBundle());
        auto ws = fresh(QStringLiteral("partner.waymark"));
        QVERIFY(ws);
        const auto summary = test::importFile(*ws, path);
        QVERIFY2(summary.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(summary.toText()));
        // Two people and places, one link, two kept objects; the producer names the sources.
        QCOMPARE(count(*ws, "SELECT count(*) FROM entities WHERE type IN ('person', 'organisation')"), qint64(2));
        QCOMPARE(count(*ws, "SELECT count(*) FROM links WHERE type = 'works-at'"), qint64(1));
        QCOMPARE(count(*ws, "SELECT count(*) FROM entities WHERE type = 'other'"), qint64(2));
        QVERIFY2(summary.notes.join(QLatin1Char('\n')).contains(QStringLiteral("2 STIX object(s)")),
            qPrintable(summary.notes.join(QLatin1Char('\n'))));
        QVERIFY(summary.notes.join(QLatin1Char('\n')).contains(QStringLiteral("malware 1")));
        QCOMPARE(
            count(*ws, "SELECT count(*) FROM entities WHERE type = 'other' AND attributes LIKE '%\"is_family\":true%'"),
            qint64(1));
        // TLP 1.0 AMBER with a statement: AMBER, 3x5x2 C with the statement.
        QCOMPARE(count(*ws,
                     "SELECT count(*) FROM sources s JOIN entities e ON e.source_id = s.id WHERE e.label = 'Ivan "
                     "Petrov' AND s.tlp = 'TLP:AMBER' AND s.handling_code = 'C' AND s.handling_conditions = 'Not for "
                     "court without asking' AND s.name = 'Partner CERT (STIX)'"),
            qint64(1));
        // TLP 1.0 RED by its well-known id.
        QCOMPARE(count(*ws,
                     "SELECT count(*) FROM sources s JOIN entities e ON e.source_id = s.id WHERE e.label = 'Blue "
                     "Lotus Bar' AND s.tlp = 'TLP:RED'"),
            qint64(1));
    }

    void brokenReferenceIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        test::writeFile(path, partnerBundle("identity--99999999-9999-4999-8999-999999999999"));
        auto ws = fresh(QStringLiteral("broken.waymark"));
        QVERIFY(ws);
        const auto summary = test::importFile(*ws, path, true);
        QVERIFY(summary.outcome == ingest::ImportSummary::Outcome::Failed);
        const QString message = summary.error.toString();
        QVERIFY2(message.contains(QStringLiteral("broken.json:20:59:")), qPrintable(message));
        QVERIFY2(message.contains(
                     QStringLiteral("object relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad, property target_ref: "
                                    "identity--99999999-9999-4999-8999-999999999999 is not in the bundle")),
            qPrintable(message));
        QCOMPARE(count(*ws, "SELECT count(*) FROM entities"), qint64(0));
        QCOMPARE(count(*ws, "SELECT count(*) FROM extracts"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestStixImport)
#include "tst_stiximport.moc"
