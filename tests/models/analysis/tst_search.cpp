#include "analysis/search.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace waymark;
using analysis::Search;

/// Search over a generated workspace: words, phrases, prefixes, bad syntax,
/// phone numbers in any spelling, accounts, and paging.
class TestSearch : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

    Search::Page run(const QString& q, Search::Kind kind, int offset = 0, int limit = 20)
    {
        auto page = Search::run(*m_ws, q, kind, offset, limit);
        if (!page)
            qFatal("search %s failed: %s", qPrintable(q), qPrintable(page.error().toString()));
        return page.value();
    }
    QString first(const char* sql) { return m_ws->strings(sql).value(0); }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::sampleWorkspace(m_dir.path(), m_dir.filePath(QStringLiteral("w.waymark")), 1500, 4);
        QVERIFY(m_ws);
    }

    void wordsAreHighlighted()
    {
        const auto page = run(QStringLiteral("labour"), Search::Kind::Incident);
        QVERIFY(!page.hits.isEmpty());
        for (const auto& hit : page.hits) {
            QVERIFY(!hit.highlights.isEmpty());
            const auto [start, length] = hit.highlights.first();
            QCOMPARE(hit.snippet.mid(start, length).toLower(), QStringLiteral("labour"));
            QVERIFY(hit.snippetHtml().contains(QStringLiteral("<b>")));
        }
        // Newest first.
        QVERIFY(page.hits.first().id > page.hits.last().id);
    }

    void phrasesAndPrefixes()
    {
        const auto phrase = run(QStringLiteral("\"forced labour\""), Search::Kind::Incident, 0, 50);
        QVERIFY(!phrase.hits.isEmpty());
        for (const auto& hit : phrase.hits)
            QVERIFY2(
                hit.snippet.contains(QStringLiteral("forced labour"), Qt::CaseInsensitive), qPrintable(hit.snippet));
        const auto word = run(QStringLiteral("forced labour"), Search::Kind::Incident, 0, 50);
        QVERIFY(!word.hits.isEmpty());
        const auto prefix = run(QStringLiteral("explo*"), Search::Kind::Incident);
        QVERIFY(!prefix.hits.isEmpty());
        QVERIFY(prefix.hits.first().snippet.contains(QStringLiteral("exploitation")));
        QVERIFY(run(QStringLiteral("zzzqqq"), Search::Kind::Incident).hits.isEmpty());
        QVERIFY(run(QStringLiteral("   "), Search::Kind::Incident).hits.isEmpty());
    }

    void badSyntaxIsAClearMessage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("open quote") << QStringLiteral("\"forced labour");
        QTest::newRow("dangling AND") << QStringLiteral("forced AND");
        QTest::newRow("lone star") << QStringLiteral("*");
        QTest::newRow("parenthesis") << QStringLiteral("(forced");
        QTest::newRow("column filter") << QStringLiteral("nosuchcolumn: x");
    }
    void badSyntaxIsAClearMessage()
    {
        QFETCH(QString, query);
        for (auto kind : { Search::Kind::Incident, Search::Kind::Entity }) {
            const auto page = Search::run(*m_ws, query, kind);
            QVERIFY(!page);
            QVERIFY2(page.error().message.contains(QStringLiteral("cannot be read")), qPrintable(page.error().message));
            QVERIFY(page.error().message.contains(QStringLiteral("double quotes")));
        }
    }

    void aPhoneNumberFindsItsEntity()
    {
        const QString label = first("SELECT label FROM entities WHERE type = 'phone' AND label LIKE '+44 %' LIMIT 1");
        QVERIFY2(label.startsWith(QStringLiteral("+44 ")), qPrintable(label));
        const qint64 id = m_ws->scalar("SELECT id FROM entities WHERE type = 'phone' AND label LIKE '+44 %' LIMIT 1");
        const QString national = QStringLiteral("0") + label.mid(4).remove(QLatin1Char(' '));
        const QString spaced = label.mid(4).left(4) + QLatin1Char(' ') + label.mid(4).mid(4);
        for (const QString& q : { label, national, spaced, QString(label).remove(QLatin1Char(' ')) }) {
            QVERIFY(Search::isPhoneLike(q));
            const auto page = run(q, Search::Kind::Entity);
            bool found = false;
            for (const auto& hit : page.hits)
                found = found || (hit.id == id && hit.detail == QLatin1String("phone"));
            QVERIFY2(found, qPrintable(q));
        }
        QVERIFY(!Search::isPhoneLike(QStringLiteral("Fresno")));
        QVERIFY(!Search::isPhoneLike(QStringLiteral("2021")));
    }

    void entitiesByName()
    {
        const QString label = first("SELECT label FROM entities WHERE type = 'person' LIMIT 1");
        const QString surname = label.section(QLatin1Char(' '), -1);
        const auto page = run(surname, Search::Kind::Entity, 0, 100);
        QVERIFY(!page.hits.isEmpty());
        bool exact = false;
        for (const auto& hit : page.hits)
            exact = exact || hit.title == label;
        QVERIFY(exact);
    }

    void accounts()
    {
        const QString name = first("SELECT customer_name FROM accounts WHERE customer_name IS NOT NULL LIMIT 1");
        const auto page = run(name.left(4), Search::Kind::Account, 0, 100);
        QVERIFY(!page.hits.isEmpty());
        QVERIFY(page.hits.first().snippetHtml().contains(QStringLiteral("<b>")));
        const QString key = first("SELECT account_key FROM accounts LIMIT 1");
        QVERIFY(!run(key, Search::Kind::Account).hits.isEmpty());
        // A literal % is not a wildcard.
        QVERIFY(run(QStringLiteral("%"), Search::Kind::Account).hits.isEmpty());
        const QString phone = first("SELECT phone FROM accounts WHERE phone IS NOT NULL LIMIT 1");
        QVERIFY(!run(phone, Search::Kind::Account).hits.isEmpty());
    }

    void paging()
    {
        const auto one = run(QStringLiteral("case"), Search::Kind::Incident, 0, 10);
        const auto two = run(QStringLiteral("case"), Search::Kind::Incident, 10, 10);
        QCOMPARE(one.hits.size(), 10);
        QVERIFY(one.hasMore);
        QCOMPARE(two.hits.size(), 10);
        std::set<qint64> ids;
        for (const auto& h : one.hits)
            ids.insert(h.id);
        for (const auto& h : two.hits)
            QVERIFY(!ids.count(h.id));
        QVERIFY(one.hits.last().id > two.hits.first().id);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
