#include "finance/scorer.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "finance/typologystore.h"
#include "store/auditlog.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using Origin = finance::TypologyStore::Standing::Origin;

/// Built-in typology upgrades reaching a workspace scored by an earlier
/// program: unedited copies give way, edits are kept with a notice and can
/// adopt the built-in. Real sample workspaces; the earlier built-in is the
/// laundering_structures version 1 this program still ships.
class TestTypologyStore : public QObject {
    Q_OBJECT

    static finance::Typology earlierStructures()
    {
        auto t = finance::TypologyReader::load(
            QStringLiteral(":/waymark/typologies/earlier/laundering_structures.v1.2.json"));
        if (!t)
            qFatal("%s", qPrintable(t.error().toString()));
        return t.value();
    }
    static finance::TypologyStore::Standing standingOf(store::Workspace& ws, const QString& id)
    {
        auto all = finance::TypologyStore::standing(ws);
        if (!all)
            qFatal("%s", qPrintable(all.error().toString()));
        for (auto& s : all.value()) {
            if (s.typology.id == id)
                return s;
        }
        qFatal("no %s", qPrintable(id));
        return {};
    }
    static bool hasIndicator(const finance::Typology& t, const QString& indicator)
    {
        for (const auto& w : t.weights) {
            if (w.indicator == indicator)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void anUneditedEarlierBuiltInGivesWayAndTheUpgradeIsAudited()
    {
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 200, 3);
        QVERIFY(ws);
        const finance::Typology v1 = earlierStructures();
        QCOMPARE(v1.version, 1);
        QVERIFY(!hasIndicator(v1, QStringLiteral("shared_counterparties")));
        QCOMPARE(finance::TypologyStore::builtInVersionOf(v1), 1);
        // What a run of the earlier program left in the workspace.
        QVERIFY(finance::ScoreRun::saveTypology(*ws, v1));

        auto s = standingOf(*ws, v1.id);
        QCOMPARE(s.origin, Origin::Upgraded);
        QCOMPARE(s.basedOn, 1);
        QCOMPARE(s.storedVersion, 1);
        QCOMPARE(s.builtInVersion, 2);
        QVERIFY(!s.newerBuiltIn());
        QVERIFY(hasIndicator(s.typology, QStringLiteral("shared_counterparties")));
        QVERIFY2(s.changes.join(QLatin1Char('|')).contains(QStringLiteral("new indicator shared_counterparties")),
            qPrintable(s.changes.join(QLatin1Char('|'))));

        auto current = finance::TypologyStore::current(*ws);
        QVERIFY(current);
        const finance::Scorer scorer(current.value());
        QVERIFY(finance::ScoreRun::run(*ws, scorer, {}));
        // The run used and recorded version 2, and said it replaced version 1.
        QCOMPARE(ws->scalar("SELECT max(version) FROM typology_versions WHERE typology = 'laundering_structures'"),
            qint64(2));
        QCOMPARE(ws->scalar("SELECT count(*) FROM audit_log WHERE action = 'typology.upgrade'"), qint64(1));
        QVERIFY(ws->audit().verify().ok());
        s = standingOf(*ws, v1.id);
        QCOMPARE(s.origin, Origin::BuiltIn);
        QCOMPARE(s.storedVersion, 2);
        // A second run has nothing more to upgrade.
        QVERIFY(finance::ScoreRun::run(*ws, scorer, {}));
        QCOMPARE(ws->scalar("SELECT count(*) FROM audit_log WHERE action = 'typology.upgrade'"), qint64(1));
    }

    void anEditIsKeptWithANoticeAndCanAdoptTheBuiltIn()
    {
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 200, 4);
        QVERIFY(ws);
        const finance::Typology v1 = earlierStructures();
        QVERIFY(finance::ScoreRun::saveTypology(*ws, v1));
        // The analyst's edit of version 1, saved by the earlier program as version 2.
        finance::Typology edit = v1;
        edit.version = 2;
        edit.weights.front().hitLr = 20;
        QVERIFY(finance::ScoreRun::saveTypology(*ws, edit));
        QCOMPARE(finance::TypologyStore::builtInVersionOf(edit), 0);

        auto s = standingOf(*ws, v1.id);
        QCOMPARE(s.origin, Origin::Edited);
        QCOMPARE(s.storedVersion, 2);
        QCOMPARE(s.basedOn, 1);
        QVERIFY(s.newerBuiltIn());
        QVERIFY(s.typology == edit); // the edit is what scores
        // What the built-in changed since version 1, not the analyst's own change.
        const QString changes = s.changes.join(QLatin1Char('|'));
        QVERIFY2(changes.contains(QStringLiteral("new indicator shared_counterparties")), qPrintable(changes));
        QVERIFY2(!changes.contains(edit.weights.front().indicator + QLatin1Char(':')), qPrintable(changes));

        // Adopting makes the built-in current; the edit stays in the history.
        auto adopted = finance::TypologyStore::adoptBuiltIn(*ws, v1.id);
        QVERIFY2(adopted, adopted ? "" : qPrintable(adopted.error().toString()));
        QCOMPARE(adopted.value(), 2);
        s = standingOf(*ws, v1.id);
        QCOMPARE(s.origin, Origin::BuiltIn);
        QVERIFY(hasIndicator(s.typology, QStringLiteral("shared_counterparties")));
        QCOMPARE(finance::TypologyStore::history(*ws, v1.id).size(), size_t(3));
        QCOMPARE(ws->scalar("SELECT count(*) FROM audit_log WHERE action = 'typology.adopt'"), qint64(1));
        QVERIFY(ws->audit().verify().ok());
        // Adopting again changes nothing.
        QCOMPARE(finance::TypologyStore::adoptBuiltIn(*ws, v1.id).value(), 2);
        QCOMPARE(finance::TypologyStore::history(*ws, v1.id).size(), size_t(3));
        QVERIFY(!finance::TypologyStore::adoptBuiltIn(*ws, QStringLiteral("no_such_typology")));
    }

    void editsNumberedPastTheBuiltInAdoptUnderTheNextNumber()
    {
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 200, 5);
        QVERIFY(ws);
        // Two edits of version 1 (versions 2 and 3), none of the built-in stored.
        finance::Typology edit = earlierStructures();
        for (int v : { 2, 3 }) {
            edit.version = v;
            edit.prior = 0.001 + 0.0001 * v; // not the built-in's 0.003
            QVERIFY(finance::ScoreRun::saveTypology(*ws, edit));
        }
        auto s = standingOf(*ws, edit.id);
        QCOMPARE(s.origin, Origin::Edited);
        QCOMPARE(s.storedVersion, 3);
        QCOMPARE(s.basedOn, 1);
        QVERIFY(s.newerBuiltIn());
        auto adopted = finance::TypologyStore::adoptBuiltIn(*ws, edit.id);
        QVERIFY(adopted);
        QCOMPARE(adopted.value(), 4);
        s = standingOf(*ws, edit.id);
        QCOMPARE(s.origin, Origin::BuiltIn);
        QCOMPARE(finance::TypologyStore::builtInVersionOf(s.typology), 2);
        QVERIFY(hasIndicator(s.typology, QStringLiteral("shared_counterparties")));
        // An edit of the built-in from here on is the next version, and no notice.
        finance::Typology again = s.typology;
        again.prior = 0.01;
        auto saved = finance::TypologyStore::save(*ws, again);
        QVERIFY(saved);
        QCOMPARE(saved.value(), 5);
        s = standingOf(*ws, edit.id);
        QCOMPARE(s.origin, Origin::Edited);
        QCOMPARE(s.basedOn, 2);
        QVERIFY(!s.newerBuiltIn());
    }

    void everyEarlierBuiltInStillReads()
    {
        // Each shipped earlier version reads with today's indicators, so an
        // unedited copy of it is recognised.
        const QDir earlier(QStringLiteral(":/waymark/typologies/earlier"));
        (void)finance::TypologyReader::builtIn();
        const QStringList files = earlier.entryList({ QStringLiteral("*.json") }, QDir::Files);
        QVERIFY(files.size() >= 8);
        for (const QString& f : files) {
            auto t = finance::TypologyReader::load(earlier.filePath(f));
            QVERIFY2(t, qPrintable(f));
            QVERIFY(finance::TypologyStore::builtInVersionOf(t.value()) >= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestTypologyStore)
#include "tst_typologystore.moc"
