#include "analysis/analysiscontext.h"
#include "analysis/hotspotclaims.h"
#include "analysis/incidentsnapshot.h"
#include "finance/scorepresentation.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "ingest/importjob.h"
#include "map/mapmodel.h"
#include "reports/draftclaims.h"
#include "reports/starterdraft.h"
#include "sample/samplegenerator.h"
#include "sample/syntheticbank.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDate>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

#include <cmath>
#include <map>

using namespace waymark;
using analysis::HotspotClaims;
using analysis::HotspotFinding;
using sample::SampleTraps;

namespace {

double km(double lon1, double lat1, double lon2, double lat2)
{
    const double dx = (lon2 - lon1) * std::cos((lat1 + lat2) / 2 * M_PI / 180), dy = lat2 - lat1;
    return std::sqrt(dx * dx + dy * dy) * 111.2;
}

struct Place {
    const char* name;
    double lon, lat;
};

} // namespace

/// Issue 14 §6: every trap a real collection has, planted by the sample
/// generator behind its own flag, built into a real workspace; no confident
/// claim may come out of it (the emerging-hotspot analysis the map and the
/// starter draft share, the map's layer, the draft's judgements), while the
/// genuine planted patterns (the emerging corridor into the UK, the rings,
/// the planted accounts) are still found.
class TestTraps : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::map<quint32, std::unique_ptr<store::Workspace>> m_ws;

    store::Workspace* workspace(quint32 traps)
    {
        auto& ws = m_ws[traps];
        if (ws)
            return ws.get();
        sample::SampleGenerator::Options o;
        o.incidents = 3000;
        o.seed = 3;
        o.traps.traps = traps;
        const QString extract = m_dir.filePath(QStringLiteral("extract-%1").arg(traps));
        if (!sample::SampleGenerator::write(extract, o))
            return nullptr;
        auto opened = store::Workspace::open(m_dir.filePath(QStringLiteral("w%1.waymark").arg(traps)));
        if (!opened)
            return nullptr;
        if (test::importFile(*opened.value(), extract).outcome != ingest::ImportSummary::Outcome::Imported)
            return nullptr;
        ws = std::move(opened.value());
        return ws.get();
    }

    static HotspotClaims::Output emerging(store::Workspace& ws)
    {
        Feedback feedback;
        auto s = analysis::IncidentSnapshot::load(ws, analysis::Filter(), feedback);
        if (!s)
            return {};
        const auto periods = HotspotClaims::periodsFor(*s.value(), std::nullopt, std::nullopt, true);
        if (!periods)
            return {};
        HotspotClaims::Options o;
        o.emerging = true;
        auto out = HotspotClaims::compute(*s.value(), *periods, o, feedback);
        return out ? std::move(out.value()) : HotspotClaims::Output();
    }

    static reports::ReportDocument draft(store::Workspace& ws)
    {
        Feedback feedback;
        reports::DraftOptions o;
        o.mapFigure = false;
        auto d = reports::StarterDraft::build(ws, analysis::Filter(), feedback, o);
        return d ? std::move(d.value()) : reports::ReportDocument();
    }

    /// The genuine pattern: an emerging hotspot in the United Kingdom is
    /// claimed, and the draft says so, names the ring, and carries its checks.
    static void genuineStillFound(const HotspotClaims::Output& out, const reports::ReportDocument& d)
    {
        const Place uk { "UK", -1.9, 52.5 };
        bool claimed = false;
        for (const HotspotFinding& f : out.findings)
            claimed |= f.claimable() && km(f.lon, f.lat, uk.lon, uk.lat) < 350;
        QVERIFY2(claimed, "the emerging corridor into the UK is no longer found");
        bool hotspot = false, actors = false;
        for (const reports::KeyJudgement& j : d.judgements) {
            if (j.statement.contains(QStringLiteral("emerging hotspot"))) {
                hotspot = true;
                bool uk = false;
                for (const char* city : { "Birmingham", "Manchester", "London", "Liverpool", "Leeds" })
                    uk |= j.statement.contains(QLatin1String(city));
                QVERIFY2(uk, qPrintable(j.statement));
                QVERIFY(!j.checks.isEmpty());
                QVERIFY(!j.checks.refused());
            }
            actors |= j.statement.contains(QStringLiteral("key actor"));
        }
        QVERIFY(hotspot);
        QVERIFY(actors);
    }

    static void noClaimNear(const HotspotClaims::Output& out, const reports::ReportDocument& d,
        const QList<Place>& places, bool mustBeTempting)
    {
        int near = 0;
        for (const HotspotFinding& f : out.findings) {
            for (const Place& p : places) {
                if (km(f.lon, f.lat, p.lon, p.lat) > 160)
                    continue;
                ++near;
                QVERIFY2(!f.claimable(),
                    qPrintable(
                        QStringLiteral("%1 claimed: %2").arg(QLatin1String(p.name), f.checks.caveats().join(' '))));
                QVERIFY(f.checks.refused());
            }
        }
        // Without the checks, the trap would have been a claim.
        if (mustBeTempting)
            QVERIFY2(near > 0, "the trap does not show as a new or intensifying hotspot at all");
        for (const reports::KeyJudgement& j : d.judgements) {
            for (const Place& p : places)
                QVERIFY2(!j.statement.contains(QLatin1String(p.name)), qPrintable(j.statement));
        }
    }

private Q_SLOTS:
    void withoutTraps()
    {
        store::Workspace* ws = workspace(0);
        QVERIFY(ws);
        genuineStillFound(emerging(*ws), draft(*ws));
    }

    void trap_data()
    {
        QTest::addColumn<quint32>("trap");
        QTest::addColumn<int>("kind"); ///< what the checks call the trap's cells, -1 when they need not show
        QTest::newRow("precision-shift") << quint32(SampleTraps::PrecisionShift)
                                         << int(HotspotFinding::Kind::CoverageChanged);
        QTest::newRow("new-partner") << quint32(SampleTraps::NewPartner) << -1;
        QTest::newRow("one-source-hotspot")
            << quint32(SampleTraps::OneSourceHotspot) << int(HotspotFinding::Kind::ReportingConcentration);
        QTest::newRow("handful-cell") << quint32(SampleTraps::HandfulCell) << -1;
    }

    void trap()
    {
        QFETCH(quint32, trap);
        QFETCH(int, kind);
        QElapsedTimer t;
        t.start();
        store::Workspace* ws = workspace(trap);
        QVERIFY(ws);
        const HotspotClaims::Output out = emerging(*ws);
        const reports::ReportDocument d = draft(*ws);
        qInfo() << "trap built, analysed and drafted in" << t.elapsed() << "ms";
        QList<Place> places;
        if (trap == SampleTraps::PrecisionShift)
            places = { { "Turin", 7.69, 45.07 }, { "Rome", 12.50, 41.90 }, { "Castel Volturno", 13.94, 41.03 },
                { "Foggia", 15.54, 41.46 } };
        else if (trap == SampleTraps::NewPartner)
            places = { { "Madrid", -3.70, 40.42 } };
        else if (trap == SampleTraps::OneSourceHotspot)
            places = { { "Lyon", 4.84, 45.76 } };
        else
            places = { { "Reykjavik", -21.94, 64.15 } };
        noClaimNear(out, d, places, kind >= 0);
        if (kind >= 0) {
            bool named = false;
            for (const HotspotFinding& f : out.findings) {
                if (km(f.lon, f.lat, places[0].lon, places[0].lat) < 160)
                    named |= int(f.kind) == kind;
            }
            QVERIFY2(named, qPrintable(HotspotFinding::kindName(HotspotFinding::Kind(kind))));
        }
        genuineStillFound(out, d);
    }

    void theMapLayerSaysWhatTheChecksFound()
    {
        store::Workspace* ws = workspace(SampleTraps::OneSourceHotspot);
        QVERIFY(ws);
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(ws->path()));
        map::MapModel model(&context);
        QVERIFY(model.loadNow());
        model.setLayers(map::MapRenderer::Basemap | map::MapRenderer::Significance);
        auto o = model.hotspotOptions();
        o.emerging = true;
        model.setHotspotOptions(o);
        QVERIFY(model.computeHotspotsNow());
        const map::MapRenderer::Raster& r = model.renderer().raster(map::MapRenderer::Significance);
        QVERIFY2(r.title.contains(QStringLiteral("Benjamini–Hochberg FDR")), qPrintable(r.title));
        QStringList legend;
        for (const auto& entry : r.legend)
            legend << entry.second;
        QVERIFY2(legend.contains(QStringLiteral("Not claimed: Reporting concentration (one source)")),
            qPrintable(legend.join(QStringLiteral(" | "))));

        // The plain Gi* layer is corrected too.
        o.emerging = false;
        model.setHotspotOptions(o);
        QVERIFY(model.computeHotspotsNow());
        QVERIFY(model.renderer().raster(map::MapRenderer::Significance).title.contains(QStringLiteral("FDR")));
    }

    /// Gi* marks cells up to a band's width from a cluster, and an
    /// emerging-hotspot candidate is often such a cell on the cluster's edge.
    /// The draft named candidates by their cell: cases all in London were
    /// "52.72, -0.14", "52.27, -1.49" and "52.27, -1.04", three candidates
    /// in the Midlands with no incident near them. A candidate is named by
    /// where its incidents are, and one cluster is one candidate.
    void aCandidateIsNamedWhereItsIncidentsAre()
    {
        QTemporaryDir dir;
        QByteArray csv = "Case,Date,Country,Longitude,Latitude\n";
        QRandomGenerator random(7);
        int n = 0;
        auto add = [&](int count, const char* country, double lon, double lat, int fromMonth) {
            for (int i = 0; i < count; ++i) {
                const QDate day = QDate(2023, fromMonth, 1).addDays(random.bounded(170));
                csv += QStringLiteral("C%1,%2,%3,%4,%5\n")
                           .arg(++n)
                           .arg(day.toString(Qt::ISODate), QLatin1String(country))
                           .arg(lon + random.bounded(0.2) - 0.1, 0, 'f', 5)
                           .arg(lat + random.bounded(0.1) - 0.05, 0, 'f', 5)
                           .toUtf8();
            }
        };
        add(33, "United Kingdom", -0.10, 51.49, 1); // London, first half of 2023
        add(45, "United Kingdom", -0.10, 51.49, 7); // and more in the second
        add(80, "Nigeria", 3.38, 6.45, 1); // Lagos, steady
        add(80, "Nigeria", 3.38, 6.45, 7);
        test::writeFile(dir.filePath(QStringLiteral("cases.csv")), csv);
        test::writeFile(dir.filePath(QStringLiteral("cases.json")), R"({
  "waymark_import_spec": 1, "name": "cases",
  "source": { "key": "cases", "name": "Cases", "kind": "partner_case" },
  "records": [ { "id": "case", "target": "incident",
    "fields": { "key": { "format": "case:{Case}" }, "date": "Date", "place": "Country",
                "lon": "Longitude", "lat": "Latitude" } } ] })");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        Feedback feedback;
        ingest::ImportOptions io;
        io.spec = dir.filePath(QStringLiteral("cases.json"));
        QCOMPARE(
            ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("cases.csv")), io, feedback).rowsImported,
            qint64(n));

        auto s = analysis::IncidentSnapshot::load(*ws.value(), analysis::Filter(), feedback);
        QVERIFY(s);
        const HotspotClaims::Output out = emerging(*ws.value());
        QVERIFY(!out.findings.empty());
        double farthestCell = 0;
        for (const HotspotFinding& f : out.findings) {
            farthestCell = std::max(farthestCell, km(f.lon, f.lat, -0.10, 51.49));
            QVERIFY2(km(f.placeLon, f.placeLat, -0.10, 51.49) < 25,
                qPrintable(QStringLiteral("%1, %2").arg(f.placeLat).arg(f.placeLon)));
            const QString place = HotspotClaims::placeOf(*s.value(), f, 50);
            QVERIFY2(QRegularExpression(QStringLiteral("^51\\.(4|5)\\d, -0\\.(0|1)\\d \\(United Kingdom\\)$"))
                         .match(place)
                         .hasMatch(),
                qPrintable(place));
        }
        // The case this is about: a candidate cell well away from the cases.
        QVERIFY2(farthestCell > 75, qPrintable(QString::number(farthestCell)));

        const reports::ReportDocument d = draft(*ws.value());
        QString assessment;
        for (const reports::Section& section : d.sections) {
            if (section.key == QLatin1String("assessment"))
                assessment = section.html;
        }
        QCOMPARE(assessment.count(QStringLiteral("(United Kingdom): ")), 1);
        QVERIFY2(!assessment.contains(QStringLiteral("52.")), qPrintable(assessment));
    }

    void oneWeekAccount()
    {
        store::Workspace* ws = workspace(0);
        QVERIFY(ws);
        sample::SyntheticBank::Options bank;
        bank.accounts = 0;
        bank.transactions = 0;
        bank.oneWeekAccounts = 1;
        QVERIFY(sample::SyntheticBank::write(*ws, bank));
        auto typologies = finance::TypologyReader::builtIn();
        QVERIFY(typologies);
        auto run = finance::ScoreRun::run(*ws, finance::Scorer(typologies.value()), {});
        QVERIFY2(run, qPrintable(run.error().toString()));
        auto stored = finance::ScoreRun::latest(*ws);
        QVERIFY(stored);
        const finance::ScoreRun::Stored::Row* trap = nullptr;
        for (const auto& row : stored->rows) {
            if (row.key == QLatin1String("SYN-WEEK-1"))
                trap = &row;
        }
        QVERIFY(trap);
        // The trap bites: the week alone puts the account over the alert line…
        QVERIFY2(trap->probability >= 0.5, qPrintable(QString::number(trap->probability)));
        // …but the checks see one episode.
        const finance::Scorer scorer(stored->typologies);
        auto checks = reports::DraftClaims::alert(*ws, scorer, stored->runId, trap->accountId);
        QVERIFY(checks);
        QVERIFY2(checks->refused(), qPrintable(checks->caveats().join(' ')));
        QCOMPARE(checks->firstAtLeast(analysis::CheckOutcome::Refuse)->check, QStringLiteral("time_concentration"));

        // Only a calibrated probability makes an alert a judgement (scores
        // never do): calibrate every typology on labelled accounts first.
        QVERIFY(test::calibrateTypologies(*ws, scorer.typologies()));
        const reports::ReportDocument d = draft(*ws);
        bool alert = false;
        for (const reports::KeyJudgement& j : d.judgements) {
            QVERIFY2(!j.statement.contains(QStringLiteral("SYN-WEEK-1")), qPrintable(j.statement));
            if (j.statement.contains(QStringLiteral("financial behaviour"))) {
                alert = true;
                // The planted accounts are still the ones stated.
                QVERIFY2(j.statement.contains(QStringLiteral("ACC-R")) || j.statement.contains(QStringLiteral("ACC-P")),
                    qPrintable(j.statement));
                QVERIFY(!j.checks.refused());
            }
        }
        QVERIFY(alert);
        // A planted controller's alert does not rest on one week.
        for (const auto& row : stored->rows) {
            if (row.key == QLatin1String("ACC-R1")) {
                auto planted = reports::DraftClaims::alert(*ws, scorer, stored->runId, row.accountId);
                QVERIFY(planted);
                QVERIFY2(!planted->refused(), qPrintable(planted->caveats().join(QLatin1Char(' '))));
            }
        }
    }
};

QTEST_MAIN(TestTraps)
#include "tst_traps.moc"
