#include "core/yardstick.h"
#include "reports/datafingerprint.h"
#include "reports/reportchecker.h"
#include "reports/reportdocument.h"
#include "reports/reportstore.h"
#include "store/auditlog.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonObject>
#include <QtTest>

using namespace waymark;
using namespace waymark::reports;

class TestReportDocument : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

    QString incidentKey(int n)
    {
        return m_ws->strings("SELECT incident_key FROM incidents WHERE incident_key IS NOT NULL ORDER BY id LIMIT 20")
            .value(n);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::sampleWorkspace(m_dir.path(), m_dir.filePath(QStringLiteral("w.waymark")), 400, 2);
        QVERIFY(m_ws);
        QVERIFY(!incidentKey(1).isEmpty());
    }

    void yardstickTerms()
    {
        // PHIA 2025 ("Explaining Uncertainty in UK Intelligence Assessment"):
        // seven bands, "likely or probable" one of them, ends approximate.
        QCOMPARE(Yardstick::terms().size(), size_t(7));
        QStringList table;
        for (const YardstickTerm& t : Yardstick::terms())
            table << t.label() + QStringLiteral(": ") + Yardstick::rangeText(t);
        QCOMPARE(table,
            QStringList({ QStringLiteral("remote chance: > 0 % – ≈ 5 %"),
                QStringLiteral("highly unlikely: ≈ 10 % – ≈ 20 %"), QStringLiteral("unlikely: ≈ 25 % – ≈ 35 %"),
                QStringLiteral("realistic possibility: ≈ 40 % – < 50 %"),
                QStringLiteral("likely or probable: ≈ 55 % – ≈ 75 %"), QStringLiteral("highly likely: ≈ 80 % – ≈ 90 %"),
                QStringLiteral("almost certain: ≈ 95 % – < 100 %") }));
        QCOMPARE(
            Yardstick::describe(QStringLiteral("Highly likely")), QStringLiteral("highly likely (≈ 80 % – ≈ 90 %)"));
        QVERIFY(!Yardstick::find(QStringLiteral("very likely")));
        // Judgements stored with the older wording read as the same band.
        QCOMPARE(Yardstick::find(QStringLiteral("probably"))->term, QStringLiteral("likely"));
        QCOMPARE(Yardstick::find(QStringLiteral("Probable"))->term, QStringLiteral("likely"));
    }

    void roundTripThroughTheWorkspace()
    {
        ReportStore store(*m_ws);
        ReportDocument d = ReportDocument::fromTemplate(ReportDocument::Template::StandardKjr);
        d.title = QStringLiteral("Balkan route");
        d.reference = QStringLiteral("KJR-2026-014");
        d.author = QStringLiteral("Analyst A");
        d.dataCutOff = QDate(2025, 12, 31);
        d.marking.classification = QStringLiteral("TLP:AMBER");
        d.marking.conditions = QStringLiteral("Partners in the task force only");
        KeyJudgement j;
        j.statement = QStringLiteral("It is highly likely that the route remains the main corridor.");
        j.term = QStringLiteral("highly likely");
        j.confidence = QStringLiteral("moderate");
        j.rationale = QStringLiteral("Two partner sources agree; the open source is untested.");
        auto ev = store.evidence(Evidence::Kind::Incident, incidentKey(0));
        QVERIFY2(ev, qPrintable(ev.error().toString()));
        QVERIFY(!ev->sourceKey.isEmpty());
        j.evidence.push_back(ev.value());
        const QString account = m_ws->strings("SELECT account_key FROM accounts LIMIT 1").value(0);
        auto acc = store.evidence(Evidence::Kind::Account, account);
        QVERIFY(acc);
        j.evidence.push_back(acc.value());
        d.judgements.push_back(j);
        QImage img(40, 30, QImage::Format_RGB32);
        img.fill(Qt::red);
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        img.save(&buf, "PNG");
        Figure f;
        f.kind = QStringLiteral("map");
        f.caption = QStringLiteral("Routes");
        f.filter = QStringLiteral("All incidents");
        f.dataDate = QStringLiteral("2025-12-31");
        d.addFigure(png, f);

        auto id = store.create(d);
        QVERIFY2(id, qPrintable(id.error().toString()));
        QCOMPARE(d.version, 1);
        auto back = store.load(id.value());
        QVERIFY2(back, qPrintable(back.error().toString()));
        QCOMPARE(back->toJson(), d.toJson());
        QCOMPARE(back->images.value(d.figures[0].imageSha), png);
        QCOMPARE(back->judgements[0].evidence[1].kind, Evidence::Kind::Account);
        QCOMPARE(back->sourcesAnnex().size() >= 1, true);
        auto citing = store.reportsCiting(Evidence::Kind::Account, account);
        QVERIFY(citing);
        QCOMPARE(citing->size(), size_t(1));
        QVERIFY(m_ws->audit().verify());
        QVERIFY(m_ws->scalar("SELECT count(*) FROM audit_log WHERE action = 'report.save'") >= 1);
    }

    void versionsAndDiff()
    {
        ReportStore store(*m_ws);
        ReportDocument d = ReportDocument::fromTemplate(ReportDocument::Template::RouteAssessment);
        d.title = QStringLiteral("Versions");
        KeyJudgement j;
        j.statement = QStringLiteral("The corridor is likely to grow.");
        j.term = QStringLiteral("likely");
        d.judgements.push_back(j);
        QVERIFY(store.create(d));
        d.judgements[0].statement = QStringLiteral("The corridor is highly likely to grow.");
        d.judgements[0].term = QStringLiteral("highly likely");
        auto v2 = store.save(d, QStringLiteral("stronger"));
        QVERIFY2(v2, qPrintable(v2.error().toString()));
        QCOMPARE(v2.value(), 2);
        auto versions = store.versions(d.id);
        QVERIFY(versions);
        QCOMPARE(versions->size(), size_t(2));
        QCOMPARE(versions->at(1).note, QStringLiteral("stronger"));
        auto diff = store.diff(d.id, 1, 2);
        QVERIFY(diff);
        QVERIFY2(
            diff->contains(QStringLiteral("- Judgement 1: The corridor is likely to grow.")), qPrintable(diff.value()));
        QVERIFY(diff->contains(QStringLiteral("+ Judgement 1: The corridor is highly likely to grow.")));
        QVERIFY(!diff->contains(QStringLiteral("Title")));
        auto old = store.load(d.id, 1);
        QVERIFY(old);
        QCOMPARE(old->judgements[0].term, QStringLiteral("likely"));

        // A second window still on version 1 cannot overwrite version 2: both are kept, its text as version 3.
        ReportDocument other = old.value();
        other.judgements[0].statement = QStringLiteral("Typed in the other window.");
        QString conflict;
        auto clash = store.save(other, {}, &conflict);
        QVERIFY2(clash, qPrintable(clash.error().toString()));
        QCOMPARE(clash.value(), 3);
        QVERIFY2(conflict.contains(QStringLiteral("saved elsewhere")), qPrintable(conflict));
        QCOMPARE(store.versions(d.id)->size(), size_t(3));
        QVERIFY(store.versions(d.id)->at(2).note.contains(QStringLiteral("version 2 was saved elsewhere")));
        QCOMPARE(
            store.load(d.id, 2)->judgements[0].statement, QStringLiteral("The corridor is highly likely to grow."));
        QCOMPARE(store.load(d.id)->judgements[0].statement, QStringLiteral("Typed in the other window."));
        d.version = 3;
        auto listed = store.list();
        QVERIFY(listed);
        QVERIFY(
            std::any_of(listed->begin(), listed->end(), [&](const auto& s) { return s.id == d.id && s.version == 3; }));
    }

    void twoProcessesSavingOneReportKeepBoth()
    {
        // Two connections to one file, as two Waymark processes have.
        auto second = store::Workspace::open(m_ws->path(), store::Workspace::Mode::OpenExisting);
        QVERIFY2(second, qPrintable(second.error().toString()));
        ReportStore mine(*m_ws);
        ReportStore theirs(*second.value());
        ReportDocument d = ReportDocument::fromTemplate(ReportDocument::Template::StandardKjr);
        d.title = QStringLiteral("Shared report");
        QVERIFY(mine.create(d));
        auto opened = theirs.load(d.id);
        QVERIFY(opened);
        ReportDocument t = opened.value();

        d.title = QStringLiteral("Mine");
        QString conflict;
        QCOMPARE(mine.save(d, {}, &conflict).value(), 2);
        QVERIFY(conflict.isEmpty());
        t.title = QStringLiteral("Theirs");
        auto saved = theirs.save(t, QStringLiteral("after lunch"), &conflict);
        QVERIFY2(saved, qPrintable(saved.error().toString()));
        QCOMPARE(saved.value(), 3);
        QVERIFY(conflict.contains(QStringLiteral("version 2")));
        QCOMPARE(t.version, 3);
        QCOMPARE(mine.load(d.id, 2)->title, QStringLiteral("Mine"));
        QCOMPARE(mine.load(d.id, 3)->title, QStringLiteral("Theirs"));
        auto versions = mine.versions(d.id);
        QCOMPARE(versions->size(), size_t(3));
        QVERIFY(versions->at(2).note.startsWith(QStringLiteral("after lunch; edited from version 1")));
        // Mine is now behind: saving again keeps theirs too.
        d.title = QStringLiteral("Mine again");
        QCOMPARE(mine.save(d, {}, &conflict).value(), 4);
        QVERIFY(!conflict.isEmpty());
        QCOMPARE(mine.load(d.id, 3)->title, QStringLiteral("Theirs"));
        auto diff = mine.diff(d.id, 3, 4);
        QVERIFY(diff->contains(QStringLiteral("- Title: Theirs")));
        QVERIFY(diff->contains(QStringLiteral("+ Title: Mine again")));
    }

    void figuresKeepWhatTheyWereDrawnFrom()
    {
        ReportStore store(*m_ws);
        ReportDocument d = ReportDocument::fromTemplate(ReportDocument::Template::StandardKjr);
        QImage img(40, 30, QImage::Format_RGB32);
        img.fill(Qt::darkCyan);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        img.save(&buffer, "PNG");
        Figure f;
        f.kind = QStringLiteral("map");
        f.caption = QStringLiteral("Routes into Italy");
        f.source = QJsonObject { { QStringLiteral("filter"), QJsonObject {} },
            { QStringLiteral("params"), QJsonObject { { QStringLiteral("layers"), 5 } } } };
        auto now = DataFingerprint::of(*m_ws);
        QVERIFY(now);
        QVERIFY(now->contains(QStringLiteral("incidents")));
        f.fingerprint = now.value();
        d.addFigure(png, f);
        Figure old = f;
        old.caption = QStringLiteral("Older data");
        old.fingerprint = QStringLiteral("extract 0 · 1 incidents");
        d.addFigure(png, old);
        QVERIFY(store.create(d));
        auto loaded = store.load(d.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->figures.size(), size_t(2));
        QCOMPARE(loaded->figures[0].source, f.source);
        QCOMPARE(loaded->figures[0].fingerprint, f.fingerprint);
        QVERIFY(!loaded->figures[0].stale);
        QVERIFY(loaded->figures[1].stale);
        const auto findings = ReportChecker::check(loaded.value());
        QCOMPARE(std::count_if(findings.begin(), findings.end(),
                     [](const Finding& x) { return x.rule == QLatin1String("stale-figure"); }),
            1);
        const auto stale = std::find_if(
            findings.begin(), findings.end(), [](const Finding& x) { return x.rule == QLatin1String("stale-figure"); });
        QCOMPARE(stale->where(), QStringLiteral("figure 2"));
        QVERIFY(stale->message.contains(QStringLiteral("Older data")));
    }

    void deletedEvidenceIsFlaggedNotDropped()
    {
        ReportStore store(*m_ws);
        const QString key = incidentKey(5);
        ReportDocument d;
        d.title = QStringLiteral("Deleted evidence");
        KeyJudgement j;
        j.statement = QStringLiteral("x");
        auto ev = store.evidence(Evidence::Kind::Incident, key);
        QVERIFY(ev);
        j.evidence.push_back(ev.value());
        d.judgements.push_back(j);
        QVERIFY(store.create(d));
        // A later re-import drops the incident.
        store::Statement id(m_ws->handle(), "SELECT id FROM incidents WHERE incident_key = ?");
        id.bind(1, key);
        QVERIFY(id.next());
        const qint64 rowId = id.int64(0);
        id.reset();
        QVERIFY(m_ws->exec("DELETE FROM route_legs WHERE incident_id = " + std::to_string(rowId)));
        QVERIFY(m_ws->exec("DELETE FROM incidents WHERE id = " + std::to_string(rowId)));
        auto back = store.load(d.id);
        QVERIFY(back);
        QCOMPARE(back->judgements[0].evidence.size(), size_t(1));
        QVERIFY(back->judgements[0].evidence[0].missing);
        QCOMPARE(back->judgements[0].evidence[0].label, ev->label);
        QCOMPARE(back->missingEvidence().size(), 1);
    }
};

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
