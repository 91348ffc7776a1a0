#include "core/yardstick.h"
#include "finance/scorepresentation.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "reports/reportchecker.h"
#include "reports/reportexporter.h"
#include "reports/reportstore.h"
#include "reports/starterdraft.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QtTest>

using namespace waymark;
using namespace waymark::reports;

class TestStarterDraft : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::sampleWorkspace(m_dir.path(), m_dir.filePath(QStringLiteral("w.waymark")), 3000, 3);
        QVERIFY(m_ws);
    }

    void namesTheLeadingRouteTheHotspotAndTheRing()
    {
        const QString savedFilter = m_ws->meta(QStringLiteral("filter"));
        Feedback feedback;
        QElapsedTimer t;
        t.start();
        auto draft = StarterDraft::build(*m_ws, analysis::Filter(), feedback, DraftOptions());
        QVERIFY2(draft, qPrintable(draft.error().toString()));
        qInfo() << "starter draft" << t.elapsed() << "ms";
        const ReportDocument& d = draft.value();
        QVERIFY(d.generated);
        QCOMPARE(d.judgements.size(), size_t(3));
        ReportStore held(*m_ws);
        for (const KeyJudgement& j : d.judgements) {
            QVERIFY(j.generated);
            QVERIFY(!j.evidence.empty());
            // Nothing cited that could not be exported (TLP:RED, 5x5x5 code 5).
            for (const Evidence& e : j.evidence)
                QVERIFY2(!held.heldBack(e.sourceKey), qPrintable(e.key + QStringLiteral(" of ") + e.sourceKey));
        }
        QVERIFY(
            m_ws->scalar("SELECT count(*) FROM sources WHERE tlp = 'TLP:RED'") > 0); // there was something to hold back
        // Annex A names every source the counts draw on, graded, not only those cited.
        QStringList annex;
        for (const Evidence& e : d.sourcesAnnex()) {
            annex << e.key;
            QVERIFY(!e.gradeText().isEmpty());
        }
        annex.sort();
        QStringList all = m_ws->strings("SELECT DISTINCT s.source_key FROM sources s JOIN incidents i ON i.source_id = "
                                        "s.id");
        all.sort();
        QCOMPARE(annex, all);
        QCOMPARE(d.probabilityStandard, QStringLiteral("phia"));

        // The leading route, counted in SQL from the legs (as RouteFlows does, by country).
        const QString country = QStringLiteral("(SELECT CASE WHEN kind = 'country' THEN id ELSE country_id END FROM "
                                               "places WHERE id = %1)");
        const QString sql
            = QStringLiteral(
                "WITH legs AS (SELECT incident_id AS i, %1 AS a, %2 AS b FROM route_legs "
                "UNION ALL SELECT id, %3, %4 FROM incidents WHERE origin_id IS NOT NULL AND destination_id IS NOT NULL "
                "AND id NOT IN (SELECT incident_id FROM route_legs)) "
                "SELECT (SELECT name FROM places WHERE id = a), (SELECT name FROM places WHERE id = b), count(DISTINCT "
                "i) AS n FROM legs WHERE a <> b GROUP BY a, b ORDER BY n DESC LIMIT 1")
                  .arg(country.arg(QStringLiteral("from_place_id")), country.arg(QStringLiteral("to_place_id")),
                      country.arg(QStringLiteral("origin_id")), country.arg(QStringLiteral("destination_id")));
        store::Statement st(m_ws->handle(), sql.toStdString());
        QVERIFY(st.next());
        const QString route = st.text(0) + QStringLiteral(" → ") + st.text(1);
        QVERIFY2(d.judgements[0].statement.contains(route), qPrintable(d.judgements[0].statement + " / " + route));
        QVERIFY(d.judgements[0].statement.contains(QLocale::c().toString(st.int64(2))));

        QVERIFY2(d.judgements[1].statement.contains(QStringLiteral("emerging hotspot")),
            qPrintable(d.judgements[1].statement));

        // The planted ring's leaders and its broker are the key actors.
        QStringList planted = m_ws->strings(
            "SELECT label FROM entities WHERE id IN (SELECT holder_entity_id FROM accounts WHERE account_key LIKE "
            "'ACC-R%') OR id = (SELECT from_id FROM links WHERE type = 'associate' AND weight = 3 GROUP BY from_id "
            "HAVING count(*) = 2)");
        QCOMPARE(planted.size(), 5);
        const KeyJudgement& actors = d.judgements[2];
        int named = 0;
        for (const QString& name : std::as_const(planted))
            named += actors.statement.contains(name);
        QVERIFY2(named >= 3, qPrintable(actors.statement));
        QVERIFY(actors.evidence.front().kind == Evidence::Kind::Entity);
        // The headline's count folds in the actor's phones and accounts, the
        // check's counts only the entity's own links: each says which it is,
        // so "10 links" beside "7 links on the entity itself" is no contradiction.
        QVERIFY2(actors.statement.contains(QStringLiteral("links counting those of the phones and accounts it uses")),
            qPrintable(actors.statement));
        // The scope's counts per source are grouped like every other number ("1,234", not "1234").
        const QString scope = d.section(QStringLiteral("scope"))->html;
        QVERIFY2(!QRegularExpression(QStringLiteral("\\(\\d{4,}\\)")).match(scope).hasMatch(), qPrintable(scope));
        bool entityOnly = false;
        for (const analysis::CheckResult& r : actors.checks.results)
            entityOnly = entityOnly || r.text().contains(QStringLiteral("on the entity itself"));
        QVERIFY(entityOnly);

        // The route map is a figure at print size.
        QCOMPARE(d.figures.size(), size_t(1));
        // It says what it was drawn from, so it can be refreshed when the data change.
        QVERIFY(!d.figures[0].fingerprint.isEmpty());
        QVERIFY(d.figures[0].source.contains(QStringLiteral("filter")));
        const QImage map = QImage::fromData(d.images.value(d.figures[0].imageSha));
        // 2400 pixels wide (8 inches at 300 dpi); as high as the data need, from 2:5 of the map's
        // width to 5:8 (the sample's legend hides bubbles in every corner, so it stands beside a
        // map a column narrower).
        QCOMPARE(map.width(), 2400);
        QVERIFY2(map.height() >= 900 && map.height() <= 1500, qPrintable(QString::number(map.height())));
        // The column right of the map is white above the caption: the legend is there, not over the map.
        QCOMPARE(map.pixelColor(map.width() - 4, 4), QColor(Qt::white));
        QCOMPARE(m_ws->meta(QStringLiteral("filter")), savedFilter);

        // The generated words pass the checker's language rules.
        for (const Finding& f : ReportChecker::check(d))
            QVERIFY2(f.rule != QLatin1String("vague-word") && f.rule != QLatin1String("off-yardstick")
                    && f.rule != QLatin1String("percent-out-of-range") && f.rule != QLatin1String("no-evidence")
                    && f.rule != QLatin1String("term-mismatch") && f.rule != QLatin1String("weak-evidence"),
                qPrintable(f.where() + QLatin1Char(' ') + f.rule + QLatin1Char(' ') + f.message));

        // Nothing scored yet: the draft says how to get the typology alerts.
        QVERIFY(ReportDocument::plainText(d.section(QStringLiteral("assessment"))->html)
                    .contains(QStringLiteral("No accounts have been scored")));

        // It stores and exports like any report.
        ReportDocument stored = d;
        ReportStore store(*m_ws);
        QVERIFY(store.create(stored));
        QVERIFY(
            ReportExporter::write(*m_ws, stored, ReportExporter::Format::Pdf, m_dir.filePath(QStringLiteral("d.pdf"))));
    }

    void draftsUnderIcd203()
    {
        Feedback feedback;
        DraftOptions o;
        o.scale = ProbabilityScale::Icd203;
        auto draft = StarterDraft::build(*m_ws, analysis::Filter(), feedback, o);
        QVERIFY2(draft, qPrintable(draft.error().toString()));
        QCOMPARE(draft->probabilityStandard, QStringLiteral("icd203"));
        QVERIFY(!draft->judgements.empty());
        for (const KeyJudgement& j : draft->judgements)
            QVERIFY2(Yardstick::find(j.term, ProbabilityScale::Icd203), qPrintable(j.term));
        for (const Finding& f : ReportChecker::check(draft.value())) {
            QVERIFY2(f.rule != QLatin1String("no-probability") && f.rule != QLatin1String("off-yardstick")
                    && f.rule != QLatin1String("term-mismatch") && !f.rule.startsWith(QLatin1String("icd203")),
                qPrintable(f.rule + QStringLiteral(": ") + f.message));
        }
    }

    void citesTheTopTypologyAlerts()
    {
        auto typologies = finance::TypologyReader::builtIn();
        QVERIFY(typologies);
        const finance::Scorer scorer(typologies.value());
        auto run = finance::ScoreRun::run(*m_ws, scorer, {});
        QVERIFY2(run, qPrintable(run.error().toString()));
        Feedback feedback;
        DraftOptions o;
        o.mapFigure = false;
        auto draft = StarterDraft::build(*m_ws, analysis::Filter(), feedback, o);
        QVERIFY2(draft, qPrintable(draft.error().toString()));
        const auto accountJudgement = [](const ReportDocument& d) -> const KeyJudgement* {
            for (const KeyJudgement& j : d.judgements) {
                if (!j.evidence.empty() && j.evidence.front().kind == Evidence::Kind::Account)
                    return &j;
            }
            return nullptr;
        };
        // Expert weights never calibrated: the alerts are a table of scores,
        // with no yardstick term and no key judgement.
        QVERIFY(!accountJudgement(draft.value()));
        QString assessment = ReportDocument::plainText(draft->section(QStringLiteral("assessment"))->html);
        QVERIFY(assessment.contains(QStringLiteral("Typology alerts, score run %1").arg(run->runId)));
        QVERIFY(assessment.contains(QStringLiteral("uncalibrated scores from expert weights")));
        QVERIFY(assessment.contains(QStringLiteral(" / 100")));
        QVERIFY(!assessment.contains(QStringLiteral("almost certain")));

        // Calibrated on labelled accounts for these typology versions: the
        // top alert becomes a judgement with a yardstick term and its reliability.
        QVERIFY(test::calibrateTypologies(*m_ws, scorer.typologies()));
        // The sample's bank partner marks its referrals TLP:RED: they may not
        // leave, so no judgement cites them (the report could not be exported).
        QVERIFY(m_ws->scalar("SELECT count(*) FROM accounts a JOIN sources s ON s.id = a.source_id WHERE s.tlp = "
                             "'TLP:RED'")
            > 0);
        draft = StarterDraft::build(*m_ws, analysis::Filter(), feedback, o);
        QVERIFY2(draft, qPrintable(draft.error().toString()));
        QVERIFY(!accountJudgement(draft.value()));
        // Marked TLP:AMBER, they may go within the organisation and are cited.
        QVERIFY(m_ws->exec("UPDATE sources SET tlp = 'TLP:AMBER' WHERE tlp = 'TLP:RED'"));
        draft = StarterDraft::build(*m_ws, analysis::Filter(), feedback, o);
        QVERIFY2(draft, qPrintable(draft.error().toString()));
        const KeyJudgement* alerts = accountJudgement(draft.value());
        QVERIFY(alerts);
        QCOMPARE(int(alerts->evidence.size()), o.alerts);
        for (const Evidence& e : alerts->evidence) {
            QCOMPARE(e.kind, Evidence::Kind::Account);
            // The sample's planted accounts (ring and pimps) outrank the ordinary ones.
            QVERIFY2(e.key.startsWith(QStringLiteral("ACC-R")) || e.key.startsWith(QStringLiteral("ACC-P")),
                qPrintable(e.key));
        }
        QVERIFY2(alerts->statement.contains(alerts->evidence.front().key), qPrintable(alerts->statement));
        QVERIFY(Yardstick::find(alerts->term));
        QVERIFY(alerts->rationale.contains(QStringLiteral("Brier")));
        assessment = ReportDocument::plainText(draft->section(QStringLiteral("assessment"))->html);
        QVERIFY(assessment.contains(QStringLiteral("calibrated probability")));
        const int index = int(alerts - draft->judgements.data());
        for (const Finding& f : ReportChecker::check(draft.value()))
            QVERIFY2(
                f.judgement != index, qPrintable(f.where() + QLatin1Char(' ') + f.rule + QLatin1Char(' ') + f.message));
    }

    void windowLimitsTheDraft()
    {
        analysis::Filter f;
        f.dayFrom = QDate(2023, 1, 1).toJulianDay();
        f.dayTo = QDate(2023, 12, 31).toJulianDay();
        Feedback feedback;
        DraftOptions o;
        o.mapFigure = false;
        o.title = QStringLiteral("2023");
        auto draft = StarterDraft::build(*m_ws, f, feedback, o);
        QVERIFY2(draft, qPrintable(draft.error().toString()));
        QCOMPARE(draft->title, QStringLiteral("2023"));
        QVERIFY(draft->figures.empty());
        QVERIFY(ReportDocument::plainText(draft->section(QStringLiteral("scope"))->html)
                    .contains(QStringLiteral("2023-01-01")));
    }
};

QTEST_MAIN(TestStarterDraft)
#include "tst_starterdraft.moc"
