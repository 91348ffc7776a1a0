#include "sharing/releasability.h"
#include "store/auditlog.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QtTest>

using namespace waymark;
using namespace waymark::sharing;

namespace {

const char* const kTables[] = { "incidents", "entities", "links", "accounts" };

/// Every row of every kind: an export of the whole workspace.
ExportSelection everything(store::Workspace& ws)
{
    ExportSelection s;
    for (int k = 0; k < kRecordKinds; ++k) {
        store::Statement st(
            ws.handle(), QStringLiteral("SELECT id FROM %1").arg(QLatin1String(kTables[k])).toStdString());
        while (st.next())
            s.ids[size_t(k)].push_back(st.int64(0));
    }
    return s;
}

/// Ids of a kind whose own source is one of `keys`.
QSet<qint64> idsFromSources(store::Workspace& ws, int kind, const QStringList& keys)
{
    QSet<qint64> out;
    store::Statement st(ws.handle(),
        QStringLiteral("SELECT t.id, s.source_key FROM %1 t JOIN sources s ON s.id = t.source_id")
            .arg(QLatin1String(kTables[kind]))
            .toStdString());
    while (st.next()) {
        if (keys.contains(st.text(1)))
            out.insert(st.int64(0));
    }
    return out;
}

using test::withheldFor;

} // namespace

/// The one releasability check, on a generated sample workspace (it holds
/// TLP:RED and TLP:AMBER+STRICT sources) with records of other forbidding
/// markings planted next to it (test::plantMarkedRecords).
class TestReleasability : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::forbiddenRecordWorkspace(m_dir.path(), 1500, 7);
        QVERIFY(m_ws);
    }

    void partnerGetsNothingForbidden()
    {
        const ExportSelection all = everything(*m_ws);
        auto o = Releasability::check(*m_ws, all, Destination::Partner);
        QVERIFY2(o, qPrintable(o.error().toString()));
        const QStringList forbidden { QStringLiteral("S5"), QStringLiteral("S4"), QStringLiteral("P1"),
            QStringLiteral("P2"), QStringLiteral("P3") };
        qint64 forbiddenCount = 0;
        for (int k = 0; k < kRecordKinds; ++k) {
            const QSet<qint64> bad = idsFromSources(*m_ws, k, forbidden);
            forbiddenCount += bad.size();
            for (qint64 id : o->released.ids[size_t(k)])
                QVERIFY2(!bad.contains(id), qPrintable(QStringLiteral("%1 %2 leaves").arg(kTables[k]).arg(id)));
        }
        QVERIFY(forbiddenCount > 0);
        // The sample holds records of each: each reason is counted.
        qint64 red = 0, strict = 0;
        for (int k = 0; k < kRecordKinds; ++k) {
            red += idsFromSources(*m_ws, k, { QStringLiteral("S5") }).size();
            strict += idsFromSources(*m_ws, k, { QStringLiteral("S4") }).size();
        }
        QVERIFY(red > 0 && strict > 0);
        QCOMPARE(withheldFor(o.value(), Releasability::Reason::TlpRed), red);
        QCOMPARE(withheldFor(o.value(), Releasability::Reason::AmberStrictOutside), strict);
        QCOMPARE(withheldFor(o.value(), Releasability::Reason::HandlingReferToOriginator),
            qint64(5)); // 3 incidents, 2 entities
        QCOMPARE(withheldFor(o.value(), Releasability::Reason::HandlingWithinAgency), qint64(5));
        QCOMPARE(withheldFor(o.value(), Releasability::Reason::ConditionsNotWritten), qint64(5));
        // Links whose end is withheld go neither (the planted P4 link to a P1 entity among them).
        QVERIFY(withheldFor(o.value(), Releasability::Reason::DependsOnWithheld) >= 1);
        qint64 sum = 0;
        for (const auto& w : o->withheld)
            sum += w.total();
        QCOMPARE(sum, o->withheldCount());
        QCOMPARE(o->released.size() + o->withheldCount(), all.size());

        // The unmarked source counts as TLP:AMBER, the sample's S1 is
        // TLP:AMBER: the most restrictive label that goes.
        QCOMPARE(o->marking, QStringLiteral("TLP:AMBER"));
        // P4's conditions go with the export; S5's do not (nothing of it goes).
        QCOMPARE(o->conditions.size(), 1);
        QVERIFY(o->conditions.front().contains(QStringLiteral("Only for the joint investigation team")));
        // Counts by label, handling code and source each add up to what goes.
        for (const QStringList& lines : { o->countsByTlp(), o->countsByHandling(), o->countsBySource() }) {
            qint64 n = 0;
            for (const QString& l : lines)
                n += l.section(QStringLiteral(": "), -1).toLongLong();
            QCOMPARE(n, o->released.size());
        }
        QVERIFY(o->countsByTlp().contains(QStringLiteral("TLP:AMBER (unmarked): 5")));
        QVERIFY(!o->countsByTlp().join(QLatin1Char(' ')).contains(QStringLiteral("TLP:RED")));
        const QString summary = o->summary();
        QVERIFY2(summary.contains(QStringLiteral("TLP:RED: for the named recipients only")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("marking of the export: TLP:AMBER")));

        // Each released record carries its own mark: its own source's label
        // or a more restrictive one (a link's ends, an account's holder), and
        // P4's conditions on P4's records. A withheld record has none.
        QHash<qint64, const Releasability::SourceLine*> sourceOf;
        for (const auto& line : o->sources)
            sourceOf.insert(line.id, &line);
        int conditioned = 0;
        for (int k = 0; k < kRecordKinds; ++k) {
            QCOMPARE(o->releasedMarks[size_t(k)].size(), o->released.ids[size_t(k)].size());
            store::Statement st(m_ws->handle(),
                QStringLiteral("SELECT id, source_id FROM %1").arg(QLatin1String(kTables[k])).toStdString());
            while (st.next()) {
                const Releasability::Outcome::Mark* mark = o->markOf(RecordKind(k), st.int64(0));
                const Releasability::SourceLine* own = sourceOf.value(st.int64(1));
                QVERIFY(own);
                if (own->withheld) {
                    QVERIFY(!mark);
                    continue;
                }
                if (!mark)
                    continue; // withheld for what it depends on
                if (k == int(RecordKind::Incident) || k == int(RecordKind::Entity))
                    QCOMPARE(mark->tlp, own->tlp);
                else
                    QVERIFY(Releasability::tlpRank(mark->tlp) >= Releasability::tlpRank(own->tlp));
                QVERIFY(mark->tlp != QLatin1String("TLP:RED") && mark->tlp != QLatin1String("TLP:AMBER+STRICT"));
                if (own->key == QLatin1String("P4")) {
                    QVERIFY(mark->conditions.join(QLatin1Char(' '))
                                .contains(QStringLiteral("Only for the joint investigation team")));
                    ++conditioned;
                }
            }
        }
        QVERIFY(conditioned > 0);
        QCOMPARE(o->markCells(RecordKind::Incident, -1), QStringList({ QString(), QString() }));
    }

    void ownOrganisationKeepsStrictButNeverRed()
    {
        auto o = Releasability::check(*m_ws, everything(*m_ws), Destination::OwnOrganisation);
        QVERIFY(o);
        QCOMPARE(withheldFor(o.value(), Releasability::Reason::AmberStrictOutside), qint64(0));
        QCOMPARE(withheldFor(o.value(), Releasability::Reason::HandlingWithinAgency), qint64(0));
        QCOMPARE(withheldFor(o.value(), Releasability::Reason::ConditionsNotWritten), qint64(0));
        QVERIFY(withheldFor(o.value(), Releasability::Reason::TlpRed) > 0);
        QCOMPARE(withheldFor(o.value(), Releasability::Reason::HandlingReferToOriginator), qint64(5));
        QCOMPARE(o->marking, QStringLiteral("TLP:AMBER+STRICT"));
        // P3's missing conditions are said, P4's carried.
        QCOMPARE(o->conditions.size(), 2);
        const QSet<qint64> red = idsFromSources(*m_ws, 0, { QStringLiteral("S5") });
        for (qint64 id : o->released.of(RecordKind::Incident))
            QVERIFY(!red.contains(id));
    }

    void onlyForbiddenRecordsLeaveNothing()
    {
        ExportSelection s;
        for (qint64 id : idsFromSources(*m_ws, 0, { QStringLiteral("S5") }))
            s.of(RecordKind::Incident).push_back(id);
        QVERIFY(!s.of(RecordKind::Incident).empty());
        auto o = Releasability::check(*m_ws, s, Destination::OwnOrganisation);
        QVERIFY(o);
        QVERIFY(o->isEmpty());
        QVERIFY(o->marking.isEmpty());
        QCOMPARE(o->withheldCount(), qint64(s.of(RecordKind::Incident).size()));
        QVERIFY(o->summary().contains(QStringLiteral("would go: nothing")));
    }

    void unknownIdsAreNotCounted()
    {
        ExportSelection s;
        s.of(RecordKind::Incident) = { 1, 1, 2, 99999999 };
        auto o = Releasability::check(*m_ws, s, Destination::Partner);
        QVERIFY(o);
        QCOMPARE(o->requested.of(RecordKind::Incident).size(), size_t(3)); // duplicates folded
        qint64 asked = 0;
        for (const auto& src : o->sources)
            asked += src.requested[0];
        QCOMPARE(asked, qint64(2));
    }

    void recordsWhatLeftAndWhere()
    {
        auto o = Releasability::check(*m_ws, everything(*m_ws), Destination::Partner);
        QVERIFY(o);
        const qint64 before = m_ws->count(QStringLiteral("audit_log"));
        QVERIFY(Releasability::record(
            *m_ws, o.value(), QStringLiteral("test"), QStringLiteral("out.zip"), QStringLiteral("sha256=abc")));
        QCOMPARE(m_ws->count(QStringLiteral("audit_log")), before + 1);
        store::Statement st(m_ws->handle(), "SELECT action, object, details FROM audit_log ORDER BY id DESC LIMIT 1");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("export.test"));
        QCOMPARE(st.text(1), QStringLiteral("out.zip"));
        const QString details = st.text(2);
        QVERIFY2(details.startsWith(QStringLiteral("destination=partner marking=TLP:AMBER released=incidents:")),
            qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("tlp_red:")));
        QVERIFY(details.contains(QStringLiteral("S1:")) && !details.contains(QStringLiteral("S5:")));
        QVERIFY(details.endsWith(QStringLiteral("sha256=abc")));
        auto verified = m_ws->audit().verify();
        QVERIFY2(verified, qPrintable(verified.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestReleasability)
#include "tst_releasability.moc"
