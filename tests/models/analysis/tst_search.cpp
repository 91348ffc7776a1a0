#include "analysis/search.h"
#include "reports/reportdocument.h"
#include "reports/reportstore.h"
#include "store/sqlfunctions.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace waymark;
using analysis::Search;

/// Search over a generated workspace: words, phrases, prefixes, bad syntax,
/// phone numbers in any spelling, accounts, paging, and report text kept in
/// step with every save by the schema's triggers.
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

    void punctuationInANameIsNotSyntax()
    {
        // "SURNAME, Given" as partners write names, an e-mail address, an
        // apostrophe: each finds what the words find, with no syntax error.
        const QString label = first("SELECT label FROM entities WHERE type = 'person' AND label LIKE '% %' LIMIT 1");
        const QString given = label.section(QLatin1Char(' '), 0, 0);
        const QString surname = label.section(QLatin1Char(' '), -1);
        const qint64 id = m_ws->scalar(QStringLiteral("SELECT id FROM entities WHERE label = '%1'")
                                           .arg(QString(label).replace("'", "''"))
                                           .toStdString());
        const QStringList queries { QString(surname.toUpper() + QStringLiteral(", ") + given),
            QString(surname + QStringLiteral(",") + given),
            QString(QStringLiteral("(") + given + QStringLiteral(" & ") + surname + QStringLiteral(")")) };
        for (const QString& q : queries) {
            const auto page = run(q, Search::Kind::Entity, 0, 200);
            bool found = false;
            for (const auto& hit : page.hits)
                found = found || hit.id == id;
            QVERIFY2(found, qPrintable(q));
        }
        // An e-mail address entity (the sample keeps addresses on accounts only).
        QVERIFY(m_ws->exec("INSERT INTO entities(extract_id, line, entity_key, type, label, source_id) "
                           "SELECT extract_id, line, 'test:email', 'email', 'ana.ruiz@example.org', source_id "
                           "FROM entities LIMIT 1"));
        const qint64 emailId = m_ws->scalar("SELECT id FROM entities WHERE entity_key = 'test:email'");
        QVERIFY(m_ws->exec(QStringLiteral("INSERT INTO entity_fts(rowid, label, attributes) VALUES(%1, "
                                          "'ana.ruiz@example.org', '')")
                               .arg(emailId)
                               .toStdString()));
        const auto byAddress = run(QStringLiteral("ana.ruiz@example.org"), Search::Kind::Entity);
        QVERIFY(!byAddress.hits.isEmpty());
        QCOMPARE(byAddress.hits.first().id, emailId);
        QVERIFY(Search::run(*m_ws, QStringLiteral("O'Brien-Smith's"), Search::Kind::Entity)); // reads, no error
        QVERIFY(run(QStringLiteral("forced, labour."), Search::Kind::Incident).hits.size() > 0);
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

    /// A report with a title, a judgement and a section as the editor saves it
    /// (a whole QTextDocument page: head, style sheet, entities).
    reports::ReportDocument nightjar()
    {
        reports::ReportDocument doc
            = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
        doc.title = QStringLiteral("Operation Nightjar assessment");
        reports::KeyJudgement j;
        j.statement = QStringLiteral("It is highly likely that the Lagos cell recruits through modelling agencies.");
        j.term = QStringLiteral("highly likely");
        j.confidence = QStringLiteral("moderate");
        doc.judgements = { j };
        doc.sections.at(0).html = QStringLiteral(
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\"><html><head><meta name=\"qrichtext\" content=\"1\" />"
            "<style type=\"text/css\">p, li { white-space: pre-wrap; margin-top:0px; }</style></head><body>"
            "<p>Victims travelled by <b>bus</b>ses via Agadez &amp; Tripoli, then by sea.</p><p>Crossings&nbsp;rose "
            "in 2023.</p></body></html>");
        return doc;
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("blocks") << "<p>one</p><p>two</p>"
                                << "one two";
        QTest::newRow("inline") << "im<b>port</b>ant"
                                << "important";
        QTest::newRow("head and style") << "<html><head><title>T</title><style>p { margin: 0 }</style></head>"
                                           "<body><p>text</p></body></html>"
                                        << "text";
        QTest::newRow("entities") << "a &amp; b &lt;c&gt; &#39;d&#x27; &nbsp;e &unknown; f"
                                  << "a & b <c> 'd' e &unknown; f";
        QTest::newRow("cut tag") << "words <p class="
                                 << "words";
        QTest::newRow("plain") << "no tags at all"
                               << "no tags at all";
    }
    void plainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        QCOMPARE(store::SqlFunctions::plainText(html), text);
    }

    void reportTextIsFound()
    {
        reports::ReportDocument doc = nightjar();
        reports::ReportStore store(*m_ws);
        auto id = store.create(doc);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        // Title, judgement statement, section text; a phrase; a prefix.
        for (const QString& q : { QStringLiteral("Nightjar"), QStringLiteral("Lagos"),
                 QStringLiteral("\"modelling agencies\""), QStringLiteral("Agad*"), QStringLiteral("Tripoli"),
                 QStringLiteral("busses"), QStringLiteral("crossings rose") }) {
            const auto page = run(q, Search::Kind::Report);
            QCOMPARE(page.hits.size(), 1);
            const Search::Hit& hit = page.hits.first();
            QCOMPARE(hit.id, id.value());
            QCOMPARE(hit.title, QStringLiteral("Operation Nightjar assessment"));
            QVERIFY2(!hit.highlights.isEmpty(), qPrintable(q));
            QVERIFY2(hit.snippetHtml().contains(QStringLiteral("<b>")), qPrintable(hit.snippetHtml()));
        }
        const auto phrase = run(QStringLiteral("\"modelling agencies\""), Search::Kind::Report).hits.first();
        const auto [start, length] = phrase.highlights.first();
        QCOMPARE(phrase.snippet.mid(start, length), QStringLiteral("modelling agencies"));
        // The entity is text again, the mark-up is not text at all.
        QVERIFY(run(QStringLiteral("Agadez"), Search::Kind::Report)
                    .hits.first()
                    .snippet.contains(QStringLiteral("Agadez & Tripoli")));
        for (const QString& q : { QStringLiteral("margin"), QStringLiteral("qrichtext"), QStringLiteral("amp"),
                 QStringLiteral("nbsp"), QStringLiteral("style") })
            QVERIFY2(run(q, Search::Kind::Report).hits.isEmpty(), qPrintable(q));
        // Bad syntax: a clear message, as for the other kinds.
        for (const QString& q : { QStringLiteral("\"Lagos"), QStringLiteral("Lagos AND"), QStringLiteral("(Lagos") }) {
            const auto bad = Search::run(*m_ws, q, Search::Kind::Report);
            QVERIFY2(!bad, qPrintable(q));
            QVERIFY2(
                bad.error().toString().contains(QStringLiteral("cannot be read")), qPrintable(bad.error().toString()));
        }

        // A new version replaces the text: the old words go, the new ones come.
        doc.sections.at(0).html = QStringLiteral("<p>Routes now run through Niamey.</p>");
        doc.title = QStringLiteral("Operation Kestrel assessment");
        QVERIFY(store.save(doc));
        QVERIFY(run(QStringLiteral("Tripoli"), Search::Kind::Report).hits.isEmpty());
        QVERIFY(run(QStringLiteral("Nightjar"), Search::Kind::Report).hits.isEmpty());
        QCOMPARE(run(QStringLiteral("Niamey"), Search::Kind::Report).hits.size(), 1);
        const auto renamed = run(QStringLiteral("Kestrel"), Search::Kind::Report);
        QCOMPARE(renamed.hits.size(), 1);
        QCOMPARE(renamed.hits.first().title, QStringLiteral("Operation Kestrel assessment"));
        // An autosave is not a saved version: not searchable until saved.
        doc.sections.at(0).html = QStringLiteral("<p>Draft words about Ouagadougou.</p>");
        QVERIFY(store.autosave(doc));
        QVERIFY(run(QStringLiteral("Ouagadougou"), Search::Kind::Report).hits.isEmpty());
        // A report that is gone is not found, whatever the index still holds.
        QVERIFY(m_ws->exec("DELETE FROM reports WHERE id = " + std::to_string(id.value())));
        QVERIFY(run(QStringLiteral("Niamey"), Search::Kind::Report).hits.isEmpty());
    }

    void reportsOfAnOlderWorkspaceAreIndexedOnOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.waymark"));
        qint64 id = 0;
        {
            auto ws = store::Workspace::open(path);
            QVERIFY(ws);
            reports::ReportDocument doc = nightjar();
            auto created = reports::ReportStore(*ws.value()).create(doc);
            QVERIFY(created);
            id = created.value();
            // Back to schema version 4, as a workspace saved before report search.
            QVERIFY(ws.value()->exec("PRAGMA foreign_keys = OFF"));
            QVERIFY(ws.value()->exec(test::undoSchemaVersion9()));
            QVERIFY(ws.value()->exec("PRAGMA foreign_keys = ON"));
            QVERIFY(ws.value()->exec("DROP TABLE import_specs; DROP TABLE typology_calibrations; "
                                     "ALTER TABLE audit_log DROP COLUMN signature; "
                                     "ALTER TABLE audit_log DROP COLUMN signer; DROP TABLE report_fts; "
                                     "PRAGMA user_version = 4"));
        }
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        QVERIFY(ws);
        QCOMPARE(ws.value()->schemaVersion(), store::Workspace::currentSchemaVersion());
        auto page = Search::run(*ws.value(), QStringLiteral("Tripoli"), Search::Kind::Report);
        QVERIFY(page);
        QCOMPARE(page.value().hits.size(), 1);
        QCOMPARE(page.value().hits.first().id, id);
        QCOMPARE(Search::run(*ws.value(), QStringLiteral("Nightjar"), Search::Kind::Report).value().hits.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
