#include "core/feedback.h"
#include "core/fuzzydate.h"
#include "core/taxonomy.h"
#include "ingest/columnmapping.h"
#include "ingest/csvtablesource.h"
#include "ingest/importjob.h"
#include "ingest/importspec.h"
#include "ingest/specimporter.h"
#include "ingest/tablesourcefactory.h"
#include "store/auditlog.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QBuffer>
#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using ingest::ImportSpec;
using ingest::ImportSummary;

namespace {

// A US State Department TIP-report-style table of country links: each row a
// flow of victims from one country to another, with the countries'
// coordinates, some years given as a band. One country is not in the
// gazetteer ("Atlantis") and is placed at its coordinates; one row has no
// number of victims ("n/a") and is left out by the spec's condition.
const char* const kTipSpec = R"({
  "waymark_import_spec": 1,
  "name": "tip-country-links",
  "description": "TIP report country links",
  "table": { "missing": ["", "NA", "-99"] },
  "source": { "name": "US State Department TIP report", "kind": "open_source",
              "grading_scheme": "nato_admiralty", "source_grade": "B", "info_grade": "2" },
  "when": [ { "column": "victims", "matches": "^[0-9]+$" } ],
  "records": [
    { "id": "flow", "target": "incident",
      "fields": {
        "date": { "column": "year", "date_formats": ["banded"] },
        "origin": { "column": "origin_country", "place_by": "coordinates", "lon": "origin_lon", "lat": "origin_lat" },
        "destination": { "column": "destination_country", "place_by": "coordinates",
                         "lon": "destination_lon", "lat": "destination_lat" },
        "victims": "victims",
        "exploitation": { "column": "form", "map": { "sex": "sexual_exploitation", "labour": "forced_labour" } }
      } },
    { "id": "leg", "target": "route_leg",
      "fields": { "incident": { "record": "flow" }, "seq": { "constant": 1 },
                  "from": { "column": "origin_country", "place_by": "coordinates", "lon": "origin_lon", "lat": "origin_lat" },
                  "to": { "column": "destination_country", "place_by": "coordinates",
                          "lon": "destination_lon", "lat": "destination_lat" } } }
  ]
})";

const char* const kTipHeader
    = "origin_country,origin_lat,origin_lon,destination_country,destination_lat,destination_lon,year,victims,form\n";

// A court-case list: one row per judgement, several defendants in a cell.
const char* const kCourtSpec = R"({
  "name": "court-cases",
  "source": { "key": "courts-2019", "name": "Court judgements", "kind": "open_source",
              "grading_scheme": "uk_5x5x5", "source_grade": "A", "info_grade": "1", "handling_code": "1" },
  "records": [
    { "id": "case", "target": "incident",
      "fields": { "key": { "format": "case:{Case number}" },
                  "date": { "column": "Date of judgement", "date_formats": ["dd/MM/yyyy", "MM/yyyy", "iso"] },
                  "place": "Country",
                  "summary": { "format": "{Court}: {Case number}" } },
      "attributes": ["Court"] },
    { "id": "defendant", "target": "entity", "split": { "column": "Defendants", "separators": ";" },
      "fields": { "type": { "constant": "person" }, "label": "Defendants" } },
    { "id": "involved", "target": "involvement",
      "fields": { "incident": { "record": "case" }, "entity": { "record": "defendant" },
                  "role": { "column": "Verdict", "map": { "guilty": "suspect", "acquitted": "associated" },
                            "strict": true } } }
  ]
})";

ImportSummary importWithSpec(store::Workspace& ws, const QString& file, const QString& spec, bool keepGoing = true)
{
    Feedback fb;
    ingest::ImportOptions o;
    o.spec = spec;
    o.keepGoing = keepGoing;
    return ingest::ImportJob::run(ws, file, o, fb);
}

/// A case list with coordinates ("Case,Date,Country,Longitude,Latitude", the
/// rows given; empty and "n/a" cells missing) imported through its
/// specification, with keep-going.
ImportSummary importGeoCases(store::Workspace& ws, const QTemporaryDir& dir, const char* rows)
{
    test::writeFile(dir.filePath(QStringLiteral("geo.json")), R"({
  "waymark_import_spec": 1, "name": "geo-cases",
  "source": { "key": "geo", "name": "Cases", "kind": "open_source" },
  "table": { "missing": ["", "n/a"] },
  "records": [ { "id": "case", "target": "incident",
    "fields": { "key": { "format": "case:{Case}" }, "date": "Date", "place": "Country",
                "lon": "Longitude", "lat": "Latitude" } } ]
})");
    test::writeFile(
        dir.filePath(QStringLiteral("geo.csv")), QByteArray("Case,Date,Country,Longitude,Latitude\n") + rows);
    return importWithSpec(ws, dir.filePath(QStringLiteral("geo.csv")), dir.filePath(QStringLiteral("geo.json")), true);
}

QString describe(const ImportSummary& s)
{
    QString text = s.toText() + QLatin1Char('\n') + s.error.toString();
    for (const Error& e : s.problems)
        text += QLatin1Char('\n') + e.toString();
    return text;
}

/// The import went through with `imported` rows, and quarantined the rows
/// `problems` names, in that order.
void expectQuarantined(const ImportSummary& s, int imported, const QStringList& problems)
{
    QVERIFY2(s.outcome == ImportSummary::Outcome::Imported, qPrintable(describe(s)));
    QCOMPARE(s.rowsImported, imported);
    QCOMPARE(s.rowsQuarantined, problems.size());
    QStringList found;
    for (const auto& p : s.problems)
        found << p.toString();
    QCOMPARE(found, problems);
}

} // namespace

class TestImportSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tipCountryLinksBecomeRoutesThroughASavedSpec()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("tip.json")), kTipSpec);
        test::writeFile(dir.filePath(QStringLiteral("tip-2019.csv")),
            QByteArray(kTipHeader)
                + "Nigeria,9.08,8.67,Italy,41.87,12.56,2019,120,sex\n"
                  "Viet Nam,14.06,108.28,United Kingdom,55.38,-3.43,2014-2018,45,labour\n"
                  "Atlantis,31.5,-24.0,Spain,40.46,-3.75,2020,7,\n"
                  "Romania,45.94,24.97,Germany,51.17,10.45,2019,n/a,sex\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        // Saved once in the workspace, used by name.
        auto saved = ImportSpec::importFrom(*ws.value(), dir.filePath(QStringLiteral("tip.json")));
        QVERIFY2(saved, qPrintable(saved.error().toString()));
        QCOMPARE(saved->version, 1);
        const ImportSummary s = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("tip-2019.csv")), QStringLiteral("tip-country-links"), false);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported, qPrintable(describe(s)));
        QCOMPARE(s.format, QStringLiteral("spec:tip-country-links"));
        QCOMPARE(s.rowsRead, 4);
        QCOMPARE(s.rowsImported, 3);
        QVERIFY(s.notes.join(QLatin1Char('\n')).contains(QLatin1String("1 row(s) left out")));

        store::Statement st(ws.value()->handle(),
            "SELECT o.name, d.name, i.date_text, i.date_precision, i.day_from, i.day_to, i.victims, i.exploitation, "
            "s.name, s.grading_scheme, s.source_grade, i.info_grade "
            "FROM incidents i JOIN places o ON o.id = i.origin_id JOIN places d ON d.id = i.destination_id "
            "JOIN sources s ON s.id = i.source_id ORDER BY i.id");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("Nigeria"));
        QCOMPARE(st.text(1), QStringLiteral("Italy"));
        QCOMPARE(st.text(2), QStringLiteral("2019"));
        QCOMPARE(st.int64(3), qint64(FuzzyDate::Year));
        QCOMPARE(st.int64(6), 120);
        QCOMPARE(st.int64(7), qint64(Taxonomy::SexualExploitation));
        QCOMPARE(st.text(8), QStringLiteral("US State Department TIP report"));
        QCOMPARE(st.text(9), QStringLiteral("nato_admiralty"));
        QCOMPARE(st.text(10), QStringLiteral("B"));
        QCOMPARE(st.text(11), QStringLiteral("2"));
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("Vietnam")); // the gazetteer knows the UN spelling "Viet Nam"
        // The band 2014-2018 is a range of years at year precision.
        QCOMPARE(st.text(2), QStringLiteral("2014–2018"));
        QCOMPARE(st.int64(3), qint64(FuzzyDate::Year));
        QCOMPARE(st.int64(4), QDate(2014, 1, 1).toJulianDay());
        QCOMPARE(st.int64(5), QDate(2018, 12, 31).toJulianDay());
        QCOMPARE(st.int64(7), qint64(Taxonomy::ForcedLabour));
        QVERIFY(st.next());
        // Not in the gazetteer: a place at its coordinates.
        QCOMPARE(st.text(0), QStringLiteral("Atlantis"));
        QCOMPARE(st.text(1), QStringLiteral("Spain"));
        QVERIFY(!st.next());
        store::Statement atlantis(ws.value()->handle(), "SELECT kind, lon, lat FROM places WHERE name = 'Atlantis'");
        QVERIFY(atlantis.next());
        QCOMPARE(atlantis.text(0), QStringLiteral("city"));
        QCOMPARE(atlantis.real(1), -24.0);
        QCOMPARE(atlantis.real(2), 31.5);

        // One route leg per flow, from origin to destination.
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM route_legs r JOIN incidents i ON i.id = r.incident_id "
                                    "WHERE r.from_place_id = i.origin_id AND r.to_place_id = i.destination_id "
                                    "AND r.seq = 1"),
            3);

        // The next year's table reuses the saved spec: the same source row.
        test::writeFile(dir.filePath(QStringLiteral("tip-2020.csv")),
            QByteArray(kTipHeader) + "Nigeria,9.08,8.67,Spain,40.46,-3.75,2020,30,sex\n");
        const ImportSummary again = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("tip-2020.csv")), QStringLiteral("tip-country-links"), false);
        QVERIFY2(again.outcome == ImportSummary::Outcome::Imported, qPrintable(describe(again)));
        QCOMPARE(ws.value()->count(QStringLiteral("incidents")), 4);
        QCOMPARE(ws.value()->count(QStringLiteral("route_legs")), 4);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM sources"), 1);
        // Each import names the exact spec version it used.
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM audit_log WHERE action = 'import' "
                                    "AND details LIKE '%spec=tip-country-links spec_version=1%'"),
            2);
        QCOMPARE(ImportSpec::versions(*ws.value(), QStringLiteral("tip-country-links")).size(), size_t(1));
    }

    void courtCasesBecomeIncidentsWithTheirDefendants()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("courts.json")), kCourtSpec);
        test::writeFile(dir.filePath(QStringLiteral("cases.csv")),
            "Case number,Court,Date of judgement,Defendants,Country,Verdict\n"
            "CR-2019-001,Crown Court Leeds,14/03/2019,A. Smith; B. Jones,GBR,guilty\n"
            "CR-2019-002,Landgericht Köln,05/2019,B. Jones,Germany,Acquitted\n"
            "CR-2019-003,Tribunal de Lyon,2019-11-02,C. Martin,FR,guilty\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        // The spec straight from its file: it is kept in the workspace with the import.
        const ImportSummary s = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("cases.csv")), dir.filePath(QStringLiteral("courts.json")), false);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported, qPrintable(describe(s)));
        QCOMPARE(ImportSpec::names(*ws.value()), QStringList { QStringLiteral("court-cases") });

        store::Statement cases(ws.value()->handle(),
            "SELECT i.incident_key, i.date_text, i.date_precision, p.iso3, i.summary, i.attributes, s.handling_code "
            "FROM incidents i JOIN places p ON p.id = i.place_id JOIN sources s ON s.id = i.source_id ORDER BY i.id");
        QVERIFY(cases.next());
        QCOMPARE(cases.text(0), QStringLiteral("case:CR-2019-001"));
        QCOMPARE(cases.text(1), QStringLiteral("2019-03-14"));
        QCOMPARE(cases.int64(2), qint64(FuzzyDate::Day));
        QCOMPARE(cases.text(3), QStringLiteral("GBR"));
        QCOMPARE(cases.text(4), QStringLiteral("Crown Court Leeds: CR-2019-001"));
        QCOMPARE(cases.text(5), QStringLiteral(R"({"Court":"Crown Court Leeds"})"));
        QCOMPARE(cases.text(6), QStringLiteral("1"));
        QVERIFY(cases.next());
        QCOMPARE(cases.text(1), QStringLiteral("2019-05")); // a partial date stays partial
        QCOMPARE(cases.int64(2), qint64(FuzzyDate::Month));
        QCOMPARE(cases.text(3), QStringLiteral("DEU"));
        QVERIFY(cases.next());
        QCOMPARE(cases.text(3), QStringLiteral("FRA"));
        QVERIFY(!cases.next());

        // B. Jones is in two cases: one entity, involved twice, in two roles.
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM entities WHERE type = 'person'"), 3);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incident_entities"), 4);
        store::Statement jones(ws.value()->handle(),
            "SELECT i.incident_key, ie.role FROM incident_entities ie JOIN entities e ON e.id = ie.entity_id "
            "JOIN incidents i ON i.id = ie.incident_id WHERE e.label = 'B. Jones' ORDER BY i.incident_key");
        QVERIFY(jones.next());
        QCOMPARE(jones.text(0), QStringLiteral("case:CR-2019-001"));
        QCOMPARE(jones.text(1), QStringLiteral("suspect"));
        QVERIFY(jones.next());
        QCOMPARE(jones.text(0), QStringLiteral("case:CR-2019-002"));
        QCOMPARE(jones.text(1), QStringLiteral("associated"));
        // Searchable like any other entity.
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM entity_fts WHERE entity_fts MATCH 'Smith'"), 1);
    }

    void badValuesGoToQuarantineWithLineAndColumn()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("courts.json")), kCourtSpec);
        // Line 3 is a quoted cell over two lines; the bad values follow it.
        test::writeFile(dir.filePath(QStringLiteral("cases.csv")),
            "Case number,Court,Date of judgement,Defendants,Country,Verdict\n"
            "CR-1,\"Crown Court\nLeeds\",14/03/2019,A. Smith,GBR,guilty\n"
            "CR-2,Leeds,31/02/2019,A. Smith,GBR,guilty\n"
            "CR-3,Leeds,01/02/2019,A. Smith,Narnia,guilty\n"
            "CR-4,Leeds,01/02/2019,A. Smith,GBR,hung jury\n"
            "CR-5,Leeds,01/02/2019,A. Smith,GBR,guilty\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        // Without keep-going nothing is imported.
        const ImportSummary strict = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("cases.csv")), dir.filePath(QStringLiteral("courts.json")), false);
        QCOMPARE(strict.outcome, ImportSummary::Outcome::Rejected);
        QCOMPARE(ws.value()->count(QStringLiteral("incidents")), 0);
        QCOMPARE(ws.value()->count(QStringLiteral("entities")), 0);
        QCOMPARE(ws.value()->count(QStringLiteral("quarantine")), 0);
        QCOMPARE(strict.problems.size(), 3);
        QCOMPARE(strict.problems.at(0).toString(),
            QStringLiteral("cases.csv:4:12: date: \"31/02/2019\" is not a possible date (expected dd/MM/yyyy | "
                           "MM/yyyy | YYYY, YYYY-MM, YYYY-MM-DD)"));
        QCOMPARE(strict.problems.at(1).toString(), QStringLiteral("cases.csv:5:32: place: unknown place \"Narnia\""));
        QCOMPARE(strict.problems.at(2).toString(),
            QStringLiteral("cases.csv:6:36: role: \"hung jury\" is not in the code list (acquitted, guilty)"));

        const ImportSummary s = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("cases.csv")), dir.filePath(QStringLiteral("courts.json")), true);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported, qPrintable(describe(s)));
        QCOMPARE(s.rowsImported, 2);
        QCOMPARE(s.rowsQuarantined, 3);
        // A bad row leaves nothing of itself behind: no half-written case.
        QCOMPARE(ws.value()->count(QStringLiteral("incidents")), 2);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incident_entities"), 2);
        store::Statement q(ws.value()->handle(), "SELECT file, line, column, reason, raw FROM quarantine ORDER BY id");
        QVERIFY(q.next());
        QCOMPARE(q.text(0), QStringLiteral("cases.csv"));
        QCOMPARE(q.int64(1), 4);
        QCOMPARE(q.int64(2), 12);
        QCOMPARE(q.text(4), QStringLiteral("CR-2,Leeds,31/02/2019,A. Smith,GBR,guilty"));
        QVERIFY(q.next());
        QCOMPARE(q.int64(1), 5);
        QCOMPARE(q.int64(2), 32);
        QVERIFY(q.next());
        QCOMPARE(q.int64(1), 6);
        QCOMPARE(q.int64(2), 36);
        QVERIFY(q.text(3).contains(QLatin1String("hung jury")));
    }

    /// An incident's coordinates are degrees: a latitude of 95.2 is refused
    /// at its cell, as a place's coordinates are (a hand-made case list
    /// brought 292 of them in unchecked).
    void coordinatesOutOfRangeAreRefused()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importGeoCases(*ws.value(), dir,
            "C1,2019,GBR,-1.5491,53.8008\n"
            "C2,2019,GBR,-1.5491,95.2\n"
            "C3,2019,GBR,-181,53.8\n"
            "C4,2019,FJI,180,-90\n");
        expectQuarantined(s, 2,
            { QStringLiteral("geo.csv:3:21: latitude \"95.2\" is out of range (-90 to 90)"),
                QStringLiteral("geo.csv:4:13: longitude \"-181\" is out of range (-180 to 180)") });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incident_rtree"), 2);
    }

    void aPointNeedsBothCoordinates()
    {
        // One coordinate alone is quarantined at the other's cell (it was
        // dropped without a word: the incident went in with no point), for
        // incidents and for places alike; a row with neither keeps no point.
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("towns.json")), R"({
  "waymark_import_spec": 1, "name": "towns",
  "source": { "key": "towns", "name": "Towns", "kind": "open_source" },
  "table": { "missing": ["", "n/a"] },
  "records": [ { "id": "town", "target": "place",
    "fields": { "name": "Town", "country": "Country", "lat": "Lat", "lon": "Lon" } } ]
})");
        test::writeFile(dir.filePath(QStringLiteral("towns.csv")),
            "Town,Country,Lat,Lon\n"
            "Leeds,GBR,53.8008,-1.5491\n"
            "Hull,GBR,53.7457,\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importGeoCases(*ws.value(), dir,
            "C1,2019,GBR,-1.5491,53.8008\n"
            "C2,2019,GBR,,53.8\n"
            "C3,2019,GBR,-1.5,n/a\n"
            "C4,2019,GBR,,\n");
        expectQuarantined(s, 2,
            { QStringLiteral("geo.csv:3:13: the longitude is missing: a latitude alone is not a point"),
                QStringLiteral("geo.csv:4:18: the latitude is missing: a longitude alone is not a point") });
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incident_rtree"), 1);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incidents WHERE lat IS NULL"), 1);

        const ImportSummary t = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("towns.csv")), dir.filePath(QStringLiteral("towns.json")), true);
        expectQuarantined(
            t, 1, { QStringLiteral("towns.csv:3:18: the longitude is missing: a latitude alone is not a point") });

        // A place found by its coordinates: the same refusal, at the same
        // cell (it said `longitude "" is out of range`).
        test::writeFile(dir.filePath(QStringLiteral("tip.json")), kTipSpec);
        test::writeFile(dir.filePath(QStringLiteral("tip.csv")),
            QByteArray(kTipHeader)
                + "Atlantis,10.5,,GBR,51.5,-0.12,2019,5,sex\n"
                  "Ruritania,,-25.0,GBR,51.5,-0.12,2019,5,sex\n");
        const ImportSummary u = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("tip.csv")), dir.filePath(QStringLiteral("tip.json")), true);
        expectQuarantined(u, 0,
            { QStringLiteral("tip.csv:2:15: the longitude is missing: a latitude alone is not a point"),
                QStringLiteral("tip.csv:3:11: the latitude is missing: a longitude alone is not a point") });
    }

    /// Nationalities as partner lists write them ("Romanian", "British")
    /// are countries; a workspace seeded before they were gets them at its
    /// next import, and a name it already gives a place of its own stays.
    void nationalitiesAreCountriesInOlderWorkspacesToo()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        expectQuarantined(importGeoCases(*ws.value(), dir, "C1,2019,Romanian,26.10,44.43\n"), 1, {});
        QCOMPARE(ws.value()->strings("SELECT p.iso3 FROM incidents i JOIN places p ON p.id = i.place_id"),
            QStringList { QStringLiteral("ROU") });
        // As a workspace seeded before: no nationalities, no version; and one
        // name taken by a place of the analyst's own.
        QVERIFY(ws.value()->exec("DELETE FROM place_names WHERE name_key IN ('romanian', 'british', 'thai');"
                                 "DELETE FROM meta WHERE key = 'place_names_version';"
                                 "INSERT INTO places(kind, name) VALUES('region', 'Thai border camps');"
                                 "INSERT INTO place_names(name_key, place_id) "
                                 "SELECT 'thai', id FROM places WHERE name = 'Thai border camps'"));
        expectQuarantined(importGeoCases(*ws.value(), dir,
                              "C2,2020,British,-0.12,51.50\n"
                              "C3,2020,Thai,100.5,13.75\n"),
            2, {});
        QCOMPARE(ws.value()->strings("SELECT p.name FROM incidents i JOIN places p ON p.id = i.place_id "
                                     "ORDER BY i.incident_key"),
            QStringList({ "Romania", "United Kingdom", "Thai border camps" }));
        QCOMPARE(ws.value()->meta(QStringLiteral("place_names_version")), QStringLiteral("2"));
    }

    /// A report export: a title and a note above the header (its delimiter
    /// sniffed from the header, not the title), blank lines of delimiters,
    /// rows without a case number. Blank rows are passed over and said so;
    /// a row without its case number has no key, so it is not a "duplicate"
    /// of every other such row (the key "case:" was shared and all but the
    /// first were skipped).
    void aTitleAboveTheHeaderAndBlankRows()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("log.json")), R"({
  "waymark_import_spec": 1, "name": "referral-log",
  "table": { "header_row": 4 },
  "source": { "key": "log", "name": "Referral log", "kind": "partner_case" },
  "records": [ { "id": "case", "target": "incident",
    "fields": { "key": { "format": "case:{Case}" }, "date": "Date", "place": "Country" } } ]
})");
        test::writeFile(dir.filePath(QStringLiteral("log.csv")),
            "Referral log, confidential, do not share\n"
            "Exported;2024-01-15\n"
            "\n"
            "Case;Date;Country\n"
            "C1;2019;GBR\n"
            ";;\n"
            ";2020;FRA\n"
            ";2021;DEU\n"
            "C1;2019;GBR\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("log.csv")), dir.filePath(QStringLiteral("log.json")), true);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported, qPrintable(describe(s)));
        QCOMPARE(s.rowsImported, 3);
        QCOMPARE(s.rowsDuplicate, 1);
        QCOMPARE(s.rowsQuarantined, 0);
        QVERIFY2(s.notes.contains(QStringLiteral(
                     "log.csv: the header is row 4; the 2 row(s) with a value above it were not read as data")),
            qPrintable(describe(s)));
        QVERIFY2(s.notes.contains(QStringLiteral("1 blank row(s), every cell empty, passed over.")),
            qPrintable(describe(s)));
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incidents WHERE incident_key IS NULL"), 2);
        QCOMPARE(ws.value()->scalar("SELECT min(line) FROM incidents"), 5);

        // A title with a word twice, in a file of bare carriage returns (the
        // delimiter sniffed from the header line, not the title's commas).
        test::writeFile(dir.filePath(QStringLiteral("old-mac.csv")),
            "Confidential,Confidential, do not share\rExported;2024-01-15\r\rCase;Date;Country\rC7;2019;GBR\r");
        const ImportSummary mac = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("old-mac.csv")), dir.filePath(QStringLiteral("log.json")), true);
        QVERIFY2(mac.outcome == ImportSummary::Outcome::Imported, qPrintable(describe(mac)));
        QCOMPARE(mac.rowsImported, 1);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incidents WHERE incident_key = 'case:C7'"), 1);
        test::writeFile(dir.filePath(QStringLiteral("twice.csv")),
            "Confidential;Confidential\n\n\nCase;Date;Country\nC8;2019;GBR\n");
        const ImportSummary twice = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("twice.csv")), dir.filePath(QStringLiteral("log.json")), true);
        QVERIFY2(twice.outcome == ImportSummary::Outcome::Imported, qPrintable(describe(twice)));
        QCOMPARE(twice.rowsImported, 1);

        // The header row goes out and back in the JSON.
        const auto spec = ImportSpec::load(*ws.value(), QStringLiteral("referral-log"));
        QVERIFY(spec);
        QCOMPARE(spec->headerRow, 4);
        const auto again = ImportSpec::fromJson(spec->toJson(), QStringLiteral("again.json"));
        QVERIFY(again);
        QCOMPARE(again->headerRow, 4);
    }

    /// A table no reader recognises is read with the saved specification
    /// made for its kind, when only one has all its columns, and says so;
    /// with two, the refusal names both; with none, as before.
    void theSavedSpecificationOfItsKind()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const QString csv = dir.filePath(QStringLiteral("cases-march.csv"));
        test::writeFile(csv, "Case,Date,Country\nC1,2019,GBR\nC2,2020,FRA\n");
        Feedback fb;
        ingest::ImportOptions o;
        const ImportSummary before = ingest::ImportJob::run(*ws.value(), csv, o, fb);
        QVERIFY(before.needsSpecification);

        const char* const cases = R"({ "name": "%1", "source": { "key": "%1", "name": "Cases", "kind": "partner_case" },
  "records": [ { "id": "case", "target": "incident", "fields": { "key": { "format": "case:{Case}" },
    "date": "Date", "place": "%2" } } ] })";
        for (const auto& [name, column] : { std::pair { "cases", "Country" }, std::pair { "towns", "Town" } }) {
            auto spec = ImportSpec::fromJson(
                QString::fromLatin1(cases).arg(QLatin1String(name), QLatin1String(column)).toUtf8(),
                QStringLiteral("spec.json"));
            QVERIFY(spec);
            QVERIFY(spec->save(*ws.value()));
        }
        QCOMPARE(ingest::SpecImporter::specsReading(*ws.value(), csv), QStringList { QStringLiteral("cases") });
        const ImportSummary s = ingest::ImportJob::run(*ws.value(), csv, o, fb);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported, qPrintable(describe(s)));
        QCOMPARE(s.format, QStringLiteral("spec:cases"));
        QCOMPARE(s.rowsImported, 2);
        QVERIFY2(
            s.notes.contains(QStringLiteral(
                "Read with the saved specification cases (version 1): the only one whose columns this table has.")),
            qPrintable(describe(s)));

        // A second one that reads it too: the choice is the analyst's.
        auto twin = ImportSpec::fromJson(
            QString::fromLatin1(cases).arg(QStringLiteral("cases-too"), QStringLiteral("Country")).toUtf8(),
            QStringLiteral("spec.json"));
        QVERIFY(twin);
        QVERIFY(twin->save(*ws.value()));
        const QString april = dir.filePath(QStringLiteral("cases-april.csv"));
        test::writeFile(april, "Case,Date,Country\nC3,2021,ITA\n");
        const ImportSummary two = ingest::ImportJob::run(*ws.value(), april, o, fb);
        QVERIFY(two.needsSpecification);
        QVERIFY2(
            two.error.message.endsWith(QStringLiteral("; these saved specifications all read it: cases, cases-too")),
            qPrintable(two.error.toString()));
    }

    /// A coordinate written with a decimal comma in a file read with the
    /// decimal point is refused, with the reason and the way out.
    void aDecimalCommaIsNamed()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importGeoCases(*ws.value(), dir,
            "C1,2019,GBR,-1.5491,53.8008\n"
            "C2,2019,GBR,\"-1,5491\",53.8\n"
            "C3,2019,GBR,-1.5,\"53,800\"\n");
        const QString way
            = QStringLiteral("; if this file writes decimals with a comma, set the column's decimal mark to \",\"");
        expectQuarantined(s, 1,
            { QStringLiteral("geo.csv:3:13: lon must be a number, found \"-1,5491\"") + way,
                QStringLiteral("geo.csv:4:18: latitude \"53,800\" is out of range (-90 to 90)") + way });
    }

    /// A whole number is read by the column's decimal mark, as an amount is:
    /// "1,000" victims is a thousand where the mark is a point (it was read
    /// as 1), one where it is a comma; "1,5" is refused either way.
    void wholeNumbersFollowTheDecimalMark()
    {
        QTemporaryDir dir;
        const char* const spec = R"({
  "waymark_import_spec": 1, "name": "counts%1",
  "source": { "key": "counts%1", "name": "Counts", "kind": "open_source" },
  "records": [ { "id": "case", "target": "incident",
    "fields": { "key": { "format": "case%1:{Case}" }, "date": "Year",
                "victims": { "column": "Victims"%2 } } } ]
})";
        test::writeFile(dir.filePath(QStringLiteral("counts.csv")),
            "Case,Year,Victims\n"
            "A,2019,\"1,000\"\n"
            "B,2019,1.000\n"
            "C,2019,\"1,5\"\n"
            "D,2019,12\n");
        for (const bool comma : { false, true }) {
            // One workspace each: the same file is not imported twice into one.
            auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w%1.waymark").arg(comma)));
            QVERIFY(ws);
            const QString name = QStringLiteral("counts%1.json").arg(comma ? 2 : 1);
            test::writeFile(dir.filePath(name),
                QString::fromLatin1(spec)
                    .arg(comma ? 2 : 1)
                    .arg(comma ? QStringLiteral(", \"decimal\": \",\"") : QString())
                    .toUtf8());
            const ImportSummary s
                = importWithSpec(*ws.value(), dir.filePath(QStringLiteral("counts.csv")), dir.filePath(name), true);
            expectQuarantined(
                s, 3, { QStringLiteral("counts.csv:4:8: victims must be a whole number, found \"1,5\"") });
            store::Statement st(ws.value()->handle(),
                "SELECT group_concat(victims, ' ') FROM (SELECT victims FROM incidents WHERE incident_key LIKE ? "
                "ORDER BY incident_key)");
            st.bind(1, QStringLiteral("case%1:%").arg(comma ? 2 : 1));
            QVERIFY(st.next());
            QCOMPARE(st.text(0), comma ? QStringLiteral("1 1000 12") : QStringLiteral("1000 1 12"));
        }
    }

    void ctdcStyleFlagsSetsAndBands()
    {
        // The shape of CTDC's victim–perpetrator synthetic dataset: banded
        // years, multi-valued gender cells, 0/1 flag columns, -99 for missing.
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("vp.json")), R"({
  "name": "vp-condensed",
  "table": { "missing": ["", "-99"] },
  "source": { "name": "CTDC victim-perpetrator synthetic dataset", "kind": "open_source" },
  "records": [
    { "id": "case", "target": "incident", "split": { "column": "gender", "separators": ";" },
      "fields": {
        "date": { "column": "yearRegister", "date_formats": ["banded"] },
        "gender": { "column": "gender", "map": { "female": "woman", "male": "man" } },
        "exploitation": { "flags": { "isForcedLabour": "forced_labour", "isSexualExploit": "sexual_exploitation" } },
        "means": { "column": "means", "separators": ";", "map": { "debt": "debt_bondage" } },
        "origin": { "column": "citizenship", "place_by": "iso" } },
      "attributes": ["majorityStatus"] } ] })");
        test::writeFile(dir.filePath(QStringLiteral("vp.csv")),
            "yearRegister,gender,majorityStatus,isForcedLabour,isSexualExploit,means,citizenship\n"
            "2014-2018,Female;Male,Adult,1,0,debt;threats,PHL\n"
            "2019,Female,Minor,-99,1,-99,-99\n"
            "2020,Female,Adult,2,0,,UKR\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("vp.csv")), dir.filePath(QStringLiteral("vp.json")), true);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported, qPrintable(describe(s)));
        QCOMPARE(s.rowsImported, 2);
        QCOMPARE(s.rowsQuarantined, 1);
        QCOMPARE(s.problems.value(0).toString(),
            QStringLiteral("vp.csv:4:19: isForcedLabour: expected 1, 0, true, false, yes, no or missing, found \"2\""));
        store::Statement st(ws.value()->handle(),
            "SELECT date_text, gender, exploitation, means, origin_id IS NULL, attributes FROM incidents ORDER BY id");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("2014–2018"));
        QCOMPARE(st.text(1), QStringLiteral("woman"));
        QCOMPARE(st.int64(2), qint64(Taxonomy::ForcedLabour));
        QCOMPARE(st.int64(3), qint64(Taxonomy::DebtBondage | Taxonomy::Threats));
        QCOMPARE(st.int64(4), 0);
        QCOMPARE(st.text(5), QStringLiteral(R"({"majorityStatus":"Adult"})"));
        QVERIFY(st.next()); // the same row's second gender: its own incident
        QCOMPARE(st.text(1), QStringLiteral("man"));
        QCOMPARE(st.int64(2), qint64(Taxonomy::ForcedLabour));
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("2019"));
        QCOMPARE(st.int64(2), qint64(Taxonomy::SexualExploitation));
        QCOMPARE(st.int64(3), 0);
        QCOMPARE(st.int64(4), 1); // -99: no citizenship, not an unknown code
        QVERIFY(!st.next());
    }

    void everySaveIsAVersionAndAudited()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        auto spec = ImportSpec::fromJson(kCourtSpec, QStringLiteral("courts.json"));
        QVERIFY2(spec, qPrintable(spec.error().toString()));
        auto v1 = spec->save(*ws.value(), QStringLiteral("first"));
        QVERIFY(v1);
        QCOMPARE(v1.value(), 1);
        // The same content again is the same version.
        QCOMPARE(spec->save(*ws.value()).value(), 1);
        spec->description = QStringLiteral("with the Verdict column");
        spec->records[0].fields[QStringLiteral("victims")].hasConstant = true;
        spec->records[0].fields[QStringLiteral("victims")].constant = QStringLiteral("2");
        auto v2 = spec->save(*ws.value(), QStringLiteral("second"));
        QVERIFY(v2);
        QCOMPARE(v2.value(), 2);

        const auto versions = ImportSpec::versions(*ws.value(), QStringLiteral("court-cases"));
        QCOMPARE(versions.size(), size_t(2));
        QCOMPARE(versions[0].note, QStringLiteral("first"));
        QCOMPARE(versions[1].note, QStringLiteral("second"));
        QVERIFY(versions[0].sha256 != versions[1].sha256);
        // The previous version is still there, as it was.
        auto old = ImportSpec::load(*ws.value(), QStringLiteral("court-cases"), 1);
        QVERIFY(old);
        QCOMPARE(old->version, 1);
        QVERIFY(old->description.isEmpty());
        QVERIFY(!old->records[0].fields.contains(QStringLiteral("victims")));
        auto latest = ImportSpec::load(*ws.value(), QStringLiteral("court-cases"));
        QVERIFY(latest);
        QCOMPARE(latest->version, 2);
        QCOMPARE(latest->records[0].fields.value(QStringLiteral("victims")).constant, QStringLiteral("2"));

        store::Statement audit(
            ws.value()->handle(), "SELECT object, details FROM audit_log WHERE action = 'spec.save' ORDER BY id");
        QVERIFY(audit.next());
        QCOMPARE(audit.text(0), QStringLiteral("court-cases"));
        QVERIFY(audit.text(1).startsWith(QLatin1String("version=1 ")));
        QVERIFY(audit.next());
        QVERIFY(audit.text(1).startsWith(QLatin1String("version=2 ")));
        QVERIFY(!audit.next());
        QVERIFY(ws.value()->audit().verify());

        // Exported and imported again under another name: the same spec.
        const QString file = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(ImportSpec::exportTo(*ws.value(), QStringLiteral("court-cases"), file, 1));
        auto copy = ImportSpec::importFrom(*ws.value(), file, QStringLiteral("court-cases-v1"));
        QVERIFY2(copy, qPrintable(copy.error().toString()));
        QCOMPARE(copy->toJson(), [&] {
            ImportSpec renamed = old.value();
            renamed.name = QStringLiteral("court-cases-v1");
            return renamed.toJson();
        }());
        QCOMPARE(
            ws.value()->scalar("SELECT count(*) FROM audit_log WHERE action IN ('spec.export', 'spec.import')"), 2);
    }

    void specFileErrorsNameTheirJsonLocation_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head
            = "{\n  \"name\": \"x\",\n  \"records\": [\n    { \"id\": \"i\", \"target\": \"incident\",\n";
        QTest::newRow("unknown field") << head + "      \"fields\": {\n        \"dat\": \"year\" } } ] }\n"
                                       << QStringLiteral("x.json:6:9: records[0].fields.dat: unknown field \"dat\" of "
                                                         "incident (fields: key, date, place, lon, lat, origin, "
                                                         "destination, exploitation, sectors, sex_forms, means, "
                                                         "recruiter, victims, gender, age_band, traffick_months, "
                                                         "summary, info_grade)");
        QTest::newRow("bad regex") << head
                + "      \"when\": [ { \"column\": \"a\", \"matches\": \"(\" } ],\n"
                  "      \"fields\": { \"date\": \"year\" } } ] }\n"
                                   << QStringLiteral("x.json:5:34: records[0].when[0].matches: the regular expression "
                                                     "\"(\" is not valid: missing closing parenthesis");
        QTest::newRow("unknown target") << QByteArray(
            "{ \"name\": \"x\", \"records\": [ { \"target\": \"victim\" } ] }")
                                        << QStringLiteral("x.json:1:31: records[0].target: unknown target \"victim\" "
                                                          "(one of incident, place, route_leg, entity, link, "
                                                          "involvement, account, transaction)");
        QTest::newRow("reference to a later record")
            << QByteArray(
                   "{ \"name\": \"x\", \"records\": [\n"
                   " { \"id\": \"l\", \"target\": \"route_leg\", \"fields\": { \"incident\": { \"record\": \"i\" },\n"
                   "   \"from\": \"a\", \"to\": \"b\" } },\n"
                   " { \"id\": \"i\", \"target\": \"incident\", \"fields\": {} } ] }")
            << QStringLiteral("x.json:2:50: records[0].fields.incident: \"i\" is not a record before this one (a "
                              "record refers only to earlier ones)");
        QTest::newRow("header row 0")
            << QByteArray("{ \"name\": \"x\", \"table\": { \"header_row\": 0 },\n  \"records\": [] }")
            << QStringLiteral("x.json:1:27: table.header_row: the header row is a row number, 1 to 1000000");
        QTest::newRow("header row as text")
            << QByteArray("{ \"name\": \"x\", \"table\": { \"header_row\": \"4\" },\n  \"records\": [] }")
            << QStringLiteral("x.json:1:27: table.header_row: the header row is a row number, 1 to 1000000");
        QTest::newRow("syntax") << QByteArray("{ \"name\": \"x\",\n  \"records\": [ }")
                                << QStringLiteral("x.json:2:17: JSON syntax error: object is missing after a comma");
    }

    void specFileErrorsNameTheirJsonLocation()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto spec = ImportSpec::fromJson(json, QStringLiteral("x.json"));
        QVERIFY(!spec);
        QCOMPARE(spec.error().toString(), expected);

        // Refused the same way on the way into a workspace: nothing saved.
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("x.json")), json);
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const auto imported = ImportSpec::importFrom(*ws.value(), dir.filePath(QStringLiteral("x.json")));
        QVERIFY(!imported);
        QCOMPARE(imported.error().toString(), expected);
        QVERIFY(ImportSpec::names(*ws.value()).isEmpty());
    }

    void bankMappingIsOneKindOfSpec()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("bank.csv")),
            "acct;date;amount;id\nA1;05.03.2024;-20,50;t1\nA1;06.03.2024;50,00;t2\n");
        test::writeFile(dir.filePath(QStringLiteral("bank.json")), R"({
  "kind": "bank-transactions", "name": "Bank DE", "delimiter": ";", "decimal": ",",
  "date_format": "dd.MM.yyyy", "default_currency": "EUR",
  "columns": { "account": "acct", "timestamp": "date", "amount": "amount", "id": "id" } })");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importWithSpec(
            *ws.value(), dir.filePath(QStringLiteral("bank.csv")), dir.filePath(QStringLiteral("bank.json")), false);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported, qPrintable(describe(s)));
        QCOMPARE(s.format, QStringLiteral("transactions"));
        QCOMPARE(ws.value()->count(QStringLiteral("transactions")), 2);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM transactions WHERE direction = 'out' AND amount = 20.5"), 1);
        // Kept as a preset for --mapping and as a spec, one and the same.
        QCOMPARE(ingest::ColumnMapping::presetNames(*ws.value()), QStringList { QStringLiteral("Bank DE") });
        QCOMPARE(ImportSpec::names(*ws.value()), QStringList { QStringLiteral("Bank DE") });
        auto spec = ImportSpec::load(*ws.value(), QStringLiteral("Bank DE"));
        QVERIFY(spec);
        QCOMPARE(spec->kind, ImportSpec::Kind::BankTransactions);
        QCOMPARE(spec->bank.decimal, ',');
    }

    void withoutASpecTheMessageNamesNoFlag()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("links.csv")), kTipHeader);
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        Feedback fb;
        const ImportSummary s = ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("links.csv")), {}, fb);
        QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
        QVERIFY(s.needsSpecification);
        QVERIFY(s.error.message.contains(QLatin1String("import specification")));
        QVERIFY(!s.error.message.contains(QLatin1String("--")));
    }

    void anUnknownFormatIsSaidSo()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("net.xyz")), "graph [ node [ id 1 ] ]\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        Feedback fb;
        const ImportSummary s = ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("net.xyz")), {}, fb);
        QCOMPARE(s.outcome, ImportSummary::Outcome::Failed);
        QVERIFY2(s.error.message.startsWith(QLatin1String("unsupported format: net.xyz")), qPrintable(s.error.message));
    }

    void previewShowsRecordsAndErrorsInPlace()
    {
        auto spec = ImportSpec::fromJson(kCourtSpec, QStringLiteral("courts.json"));
        QVERIFY(spec);
        QByteArray csv = "Case number\tCourt\tDate of judgement\tDefendants\tCountry\tVerdict\n"
                         "CR-1\tLeeds\t14/03/2019\tA. Smith; B. Jones\tGBR\tguilty\n"
                         "CR-2\tLeeds\txx\tA. Smith\tGBR\tguilty\n"
                         "CR-3\tLeeds\t2019\tA. Smith\tGBR\tguilty\n";
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ingest::CsvTableSource table(&buffer, QStringLiteral("cases.csv"), csv.size());
        QVERIFY(table.open());
        QCOMPARE(table.delimiter(), '\t'); // sniffed
        const auto rows = ingest::SpecImporter::preview(spec.value(), table, 2, 2026);
        QCOMPARE(rows.size(), size_t(2));
        QVERIFY(rows[0].error.isNull());
        QCOMPARE(rows[0].cells.value(0), QStringLiteral("CR-1"));
        // One case, two defendants, two involvements.
        QCOMPARE(rows[0].records.size(), size_t(5));
        QCOMPARE(rows[0].records[0].target, ingest::SpecTarget::Incident);
        QVERIFY(rows[0].records[0].values.contains(qMakePair(QStringLiteral("date"), QStringLiteral("2019-03-14"))));
        QVERIFY(
            rows[0].records[0].values.contains(qMakePair(QStringLiteral("place"), QStringLiteral("United Kingdom"))));
        QCOMPARE(rows[0].records[2].values.value(1), qMakePair(QStringLiteral("label"), QStringLiteral("B. Jones")));
        QCOMPARE(
            rows[0].records[4].values.value(1), qMakePair(QStringLiteral("entity"), QStringLiteral("defendant #2")));
        QCOMPARE(rows[1].error.toString(),
            QStringLiteral("cases.csv:3:12: date: \"xx\" is not a possible date (expected dd/MM/yyyy | MM/yyyy | "
                           "YYYY, YYYY-MM, YYYY-MM-DD)"));
        QVERIFY(rows[1].records.empty());
    }

    void factoryRefusesWhatNothingReads()
    {
        auto t = ingest::TableSourceFactory::create(QStringLiteral("/tmp/network.gml"));
        QVERIFY(!t);
        QVERIFY(t.error().message.contains(QLatin1String("unsupported format")));
        QVERIFY(ingest::TableSourceFactory::create(QStringLiteral("/tmp/x.tsv")));
        // Sheets and GIS layers go to GDAL/OGR: the factory offers them, and
        // a sheet that is not there fails when opened, not as a CSV.
        QVERIFY(ingest::TableSourceFactory::suffixes().contains(QStringLiteral("xlsx")));
        QVERIFY(ingest::TableSourceFactory::suffixes().contains(QStringLiteral("geojson")));
        ingest::TableOptions o;
        o.sheet = QStringLiteral("Cases");
        auto sheet = ingest::TableSourceFactory::create(QStringLiteral("/nonexistent/book.xlsx"), o);
        QVERIFY(sheet);
        const Status opened = sheet.value()->open();
        QVERIFY(!opened);
        QVERIFY2(!opened.error().message.contains(QLatin1String("CSV")), qPrintable(opened.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestImportSpec)
#include "tst_importspec.moc"
