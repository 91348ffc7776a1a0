#include "ingest/importjob.h"
#include "network/entitygraph.h"
#include "network/keyactors.h"
#include "network/structure.h"
#include "sample/samplegenerator.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDate>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestKeyActors : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::sampleWorkspace(m_dir.path(), m_dir.filePath(QStringLiteral("w.waymark")), 3000, 3);
        QVERIFY(m_ws);
    }

    void plantedLeadersAndBrokerComeFirst()
    // Among people: the front businesses of the rings rank high too, rightly.
    {
        const auto eg = network::EntityGraph::load(*m_ws);
        QVERIFY(eg);
        QCOMPARE(qint64(eg->nodes().size()), m_ws->count(QStringLiteral("entities")));
        QSet<qint64> planted;
        store::Statement leaders(
            m_ws->handle(), "SELECT holder_entity_id FROM accounts WHERE account_key LIKE 'ACC-R%'");
        while (leaders.next())
            planted.insert(leaders.int64(0));
        QCOMPARE(planted.size(), 4);
        const qint64 broker = m_ws->scalar(
            "SELECT from_id FROM links WHERE type = 'associate' AND weight = 3 GROUP BY from_id HAVING count(*) = 2");
        QVERIFY(broker > 0);
        planted.insert(broker);

        const network::EntityGraph folded = eg->attributed();
        std::vector<bool> actors(eg->nodes().size());
        for (size_t v = 0; v < actors.size(); ++v)
            actors[v] = eg->nodes()[v].type == QLatin1String("person");
        const auto ranked = network::KeyActors::rank(folded.graph(), actors);
        QSet<qint64> top;
        for (size_t i = 0; i < 5; ++i)
            top.insert(eg->nodes()[size_t(ranked[i].node)].entityId);
        QCOMPARE(top, planted);
        // The broker is named as one, with reasons in words.
        for (const auto& a : ranked) {
            if (eg->nodes()[size_t(a.node)].entityId == broker) {
                QVERIFY(a.broker);
                QVERIFY(a.reasons.join(QLatin1Char(' ')).contains(QLatin1String("broker")));
            }
        }
    }

    void phonesAreAttributedToTheirOneUser()
    {
        const auto eg = network::EntityGraph::load(*m_ws);
        const network::EntityGraph folded = eg->attributed();
        // Each ring's phone is used by its leader alone: it folds into the leader.
        store::Statement phones(m_ws->handle(),
            "SELECT l.to_id, l.from_id FROM links l JOIN entities e ON e.id = l.to_id "
            "WHERE e.type = 'phone' AND l.type = 'uses' AND l.from_id IN (SELECT holder_entity_id FROM accounts WHERE "
            "account_key LIKE 'ACC-R%')");
        int checked = 0;
        while (phones.next()) {
            QCOMPARE(folded.attributedTo()[size_t(eg->indexOf(phones.int64(0)))], eg->indexOf(phones.int64(1)));
            ++checked;
        }
        QCOMPARE(checked, 4);
        QVERIFY(folded.graph().edgeCount() < eg->graph().edgeCount());
    }

    void timeWindowKeepsUndatedLinks()
    {
        const auto all = network::EntityGraph::load(*m_ws);
        const auto window
            = network::EntityGraph::load(*m_ws, QDate(2019, 1, 1).toJulianDay(), QDate(2019, 12, 31).toJulianDay());
        QVERIFY(window->graph().edgeCount() < all->graph().edgeCount());
        QVERIFY(window->graph().edgeCount() > 0);
        QCOMPARE(window->nodes().size(), all->nodes().size());
    }
};

QTEST_GUILESS_MAIN(TestKeyActors)
#include "tst_keyactors.moc"
