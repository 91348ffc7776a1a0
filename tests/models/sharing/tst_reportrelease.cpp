#include "reports/reportstore.h"
#include "sharing/reportrelease.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QtTest>

using namespace waymark;
using namespace waymark::sharing;

/// A report's evidence through the releasability check (issue 17 §1 for
/// the report export path).
class TestReportRelease : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

    reports::ReportDocument citing(const QStringList& sources)
    {
        reports::ReportStore store(*m_ws);
        auto doc = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
        doc.marking.classification = QStringLiteral("TLP:GREEN");
        reports::KeyJudgement j;
        j.statement = QStringLiteral("It is likely that the corridor is in use.");
        for (const QString& source : sources) {
            const QString key = m_ws->strings(QStringLiteral("SELECT i.incident_key FROM incidents i JOIN sources s ON "
                                                             "s.id = i.source_id WHERE s.source_key = '%1' LIMIT 1")
                                                  .arg(source)
                                                  .toStdString())
                                    .value(0);
            auto e = store.evidence(reports::Evidence::Kind::Incident, key);
            if (e)
                j.evidence.push_back(e.value());
        }
        doc.judgements.push_back(j);
        return doc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::forbiddenRecordWorkspace(m_dir.path(), 1500, 9);
        QVERIFY(m_ws);
    }

    void redEvidenceNeverGoes()
    {
        const auto doc = citing({ QStringLiteral("S5"), QStringLiteral("S1") });
        auto s = ReportRelease::evidenceOf(*m_ws, doc);
        QVERIFY(s);
        QCOMPARE(s->of(RecordKind::Incident).size(), size_t(2));
        for (Destination to : { Destination::OwnOrganisation, Destination::Partner }) {
            auto o = ReportRelease::check(*m_ws, doc, to);
            QVERIFY(o);
            QCOMPARE(o->withheldCount(), qint64(1));
            QCOMPARE(o->withheld.front().reason, Releasability::Reason::TlpRed);
        }
    }

    void markingFollowsTheEvidence()
    {
        auto doc = citing({ QStringLiteral("S1"), QStringLiteral("P4") });
        auto o = ReportRelease::check(*m_ws, doc, Destination::Partner);
        QVERIFY(o);
        QCOMPARE(o->withheldCount(), qint64(0));
        reports::Marking m = ReportRelease::markingFor(doc, o.value());
        QCOMPARE(m.classification, QStringLiteral("TLP:AMBER"));
        QVERIFY(m.conditions.contains(QStringLiteral("Only for the joint investigation team")));
        // A more restrictive marking of the report's own stays.
        doc.marking.classification = QStringLiteral("TLP:AMBER+STRICT");
        QCOMPARE(ReportRelease::markingFor(doc, o.value()).classification, QStringLiteral("TLP:AMBER+STRICT"));
        // A classification gets the evidence's label beside it.
        doc.marking.classification = QStringLiteral("OFFICIAL-SENSITIVE");
        QCOMPARE(
            ReportRelease::markingFor(doc, o.value()).classification, QStringLiteral("OFFICIAL-SENSITIVE TLP:AMBER"));
        // Strict evidence: fine inside, refused outside.
        doc = citing({ QStringLiteral("S4") });
        QCOMPARE(ReportRelease::check(*m_ws, doc, Destination::Partner)->withheldCount(), qint64(1));
        auto inside = ReportRelease::check(*m_ws, doc, Destination::OwnOrganisation);
        QCOMPARE(inside->withheldCount(), qint64(0));
        QCOMPARE(ReportRelease::markingFor(doc, inside.value()).classification, QStringLiteral("TLP:AMBER+STRICT"));
    }
};

QTEST_GUILESS_MAIN(TestReportRelease)
#include "tst_reportrelease.moc"
