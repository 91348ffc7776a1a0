#include "ingest/importjob.h"
#include "network/entitygraph.h"
#include "network/entityresolution.h"
#include "sample/samplegenerator.h"
#include "store/auditlog.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using network::EntityResolution;

class TestEntityResolution : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalisation()
    {
        QCOMPARE(EntityResolution::normalisePhone(QStringLiteral("+44 7700 900123")),
            EntityResolution::normalisePhone(QStringLiteral("07700900123")));
        QCOMPARE(
            EntityResolution::normalisePhone(QStringLiteral("0044 (7700) 900-123")), QStringLiteral("447700900123"));
        QCOMPARE(EntityResolution::normaliseName(QStringLiteral("POPESCU, Ión")),
            EntityResolution::normaliseName(QStringLiteral("Ion Popescu")));
        QVERIFY(EntityResolution::similarity(QStringLiteral("martha"), QStringLiteral("marhta")) > 0.95);
        QVERIFY(EntityResolution::similarity(QStringLiteral("ana tran"), QStringLiteral("bogdan le")) < 0.7);
        QCOMPARE(EntityResolution::similarity(QString(), QString()), 0.0);
    }

    void suggestAcceptUndo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = test::sampleWorkspace(dir.path(), path, 600);
        QVERIFY(ws);
        store::Workspace& w = *ws;

        auto suggestions = EntityResolution::suggest(w);
        QVERIFY(suggestions);
        // The two planted leaders recorded twice, and their phones written twice.
        int people = 0, phones = 0;
        for (const auto& s : suggestions.value()) {
            const QString reasons = s.reasons.join(QLatin1Char(' '));
            people += reasons.contains(QLatin1String("same date of birth"));
            phones += reasons.contains(QLatin1String("same phone"));
        }
        QVERIFY2(people >= 2, qPrintable(QString::number(people)));
        QVERIFY2(phones >= 2, qPrintable(QString::number(phones)));
        const network::MergeSuggestion first = suggestions->front();
        QVERIFY(first.score >= 0.9);

        const auto before = network::EntityGraph::load(w);
        const auto beforeEdges = test::edgesOf(before.value());
        const QString beforeEntities = test::workspaceDigest(path);

        network::MergeSuggestion pick;
        for (const auto& s : suggestions.value()) {
            if (s.reasons.join(QLatin1Char(' ')).contains(QLatin1String("same date of birth")))
                pick = s;
        }
        const auto id = EntityResolution::accept(w, pick, QStringLiteral("same passport seen by both partners"));
        QVERIFY(id);
        const auto merged = network::EntityGraph::load(w);
        const int kept = merged->indexOf(pick.keep), gone = merged->indexOf(pick.merge);
        QCOMPARE(merged->mergedInto().value(gone), kept);
        QCOMPARE(merged->graph().degree(gone), 0);
        QVERIFY(merged->graph().degree(kept) > before->graph().degree(kept));
        // The pair is not suggested again; the rows of both records are all still there.
        auto again = EntityResolution::suggest(w);
        for (const auto& s : again.value())
            QVERIFY(!(s.keep == pick.keep && s.merge == pick.merge));
        QCOMPARE(w.scalar(QStringLiteral("SELECT count(*) FROM entities WHERE id IN (%1, %2)")
                              .arg(pick.keep)
                              .arg(pick.merge)
                              .toStdString()),
            2);

        // Undo restores the exact prior graph.
        QVERIFY(EntityResolution::undo(w, id.value()));
        QVERIFY(!EntityResolution::undo(w, id.value()));
        const auto after = network::EntityGraph::load(w);
        QCOMPARE(test::edgesOf(after.value()), beforeEdges);
        QVERIFY(w.audit().verify());
        QCOMPARE(w.scalar("SELECT count(*) FROM audit_log WHERE action LIKE 'entity.merge%'"), 2);

        // A rejection is remembered too.
        QVERIFY(EntityResolution::reject(w, suggestions->back(), QStringLiteral("different people")));
        QCOMPARE(int(EntityResolution::suggest(w)->size()), int(suggestions->size()) - 1);
    }
};

QTEST_GUILESS_MAIN(TestEntityResolution)
#include "tst_entityresolution.moc"
