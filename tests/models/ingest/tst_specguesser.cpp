#include "core/feedback.h"
#include "core/taxonomy.h"
#include "ingest/importjob.h"
#include "ingest/importspec.h"
#include "ingest/specguesser.h"
#include "ingest/specimporter.h"
#include "ingest/tablesourcefactory.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using namespace waymark::ingest;

namespace {

/// A guessed specification saved in the workspace and run by the import job
/// on its file, as the editor and the import dialog do.
ImportSummary importWithGuess(store::Workspace& ws, const ImportSpec& spec, const QString& file)
{
    if (auto saved = spec.save(ws); !saved) {
        ImportSummary failed;
        failed.error = saved.error();
        return failed;
    }
    Feedback fb;
    ImportOptions o;
    o.spec = spec.name;
    o.maxYear = 2026;
    return ImportJob::run(ws, file, o, fb);
}

/// A US TIP-report-style country-links table: origin and destination with
/// coordinates, a year and a victim count.
QByteArray tipTable()
{
    return "origin_country,origin_lat,origin_lon,destination_country,destination_lat,destination_lon,year,victims\n"
           "Nigeria,9.08,8.68,Italy,41.87,12.57,2019,120\n"
           "Viet Nam,14.06,108.28,United Kingdom,55.38,-3.44,2020,45\n"
           "Romania,45.94,24.97,Germany,51.17,10.45,2018,310\n"
           "Nepal,28.39,84.12,India,20.59,78.96,2021,1500\n"
           "Albania,41.15,20.17,France,46.23,2.21,2017,60\n"
           "Honduras,15.20,-86.24,Mexico,23.63,-102.55,2019,75\n";
}

/// A court-case list: case number, court, judgement date (dd/MM/yyyy),
/// defendants (several per cell), country.
QByteArray courtCases()
{
    return "case number,court,judgement date,defendants,country\n"
           "CR-2019-001,Crown Court Leeds,14/03/2019,A. Smith; B. Jones,United Kingdom\n"
           "CR-2019-014,Crown Court Hull,02/07/2019,C. Brown,United Kingdom\n"
           "HC-2020-113,High Court Dublin,21/01/2020,D. Murphy; E. Kelly; F. Byrne,Ireland\n"
           "CR-2020-076,Crown Court York,30/11/2020,G. White,United Kingdom\n"
           "LG-2021-002,Landgericht Köln,05/05/2021,H. Müller; I. Schmidt,Germany\n";
}

QList<QStringList> rowsOf(const QByteArray& csv, QStringList& header)
{
    QList<QStringList> rows;
    const QList<QByteArray> lines = csv.split('\n');
    header = QString::fromUtf8(lines.first()).split(QLatin1Char(','));
    for (int i = 1; i < lines.size(); ++i)
        if (!lines.at(i).isEmpty())
            rows << QString::fromUtf8(lines.at(i)).split(QLatin1Char(','));
    return rows;
}

const SpecRecord* recordOf(const ImportSpec& spec, SpecTarget t)
{
    for (const SpecRecord& r : spec.records)
        if (r.target == t)
            return &r;
    return nullptr;
}

} // namespace

class TestSpecGuesser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tipCountryLinks()
    {
        QStringList header;
        const QList<QStringList> rows = rowsOf(tipTable(), header);
        const SpecGuess g = SpecGuesser::guess(header, rows, QStringLiteral("tip"), 2026);
        QVERIFY2(g.spec.validate(), qPrintable(g.spec.validate().error().toString()));

        const SpecRecord* incident = recordOf(g.spec, SpecTarget::Incident);
        QVERIFY(incident);
        QCOMPARE(incident->fields.value(QStringLiteral("origin")).column, QStringLiteral("origin_country"));
        QCOMPARE(incident->fields.value(QStringLiteral("origin")).latColumn, QStringLiteral("origin_lat"));
        QCOMPARE(incident->fields.value(QStringLiteral("origin")).lonColumn, QStringLiteral("origin_lon"));
        QCOMPARE(incident->fields.value(QStringLiteral("destination")).column, QStringLiteral("destination_country"));
        QCOMPARE(incident->fields.value(QStringLiteral("destination")).lonColumn, QStringLiteral("destination_lon"));
        QCOMPARE(incident->fields.value(QStringLiteral("date")).column, QStringLiteral("year"));
        QCOMPARE(incident->fields.value(QStringLiteral("victims")).column, QStringLiteral("victims"));
        QVERIFY(!incident->fields.contains(QStringLiteral("key"))); // no column is an identifier

        const SpecRecord* leg = recordOf(g.spec, SpecTarget::RouteLeg);
        QVERIFY(leg);
        QCOMPARE(leg->fields.value(QStringLiteral("incident")).record, incident->id);
        QCOMPARE(leg->fields.value(QStringLiteral("from")).column, QStringLiteral("origin_country"));
        QCOMPARE(leg->fields.value(QStringLiteral("to")).column, QStringLiteral("destination_country"));
        QVERIFY(!recordOf(g.spec, SpecTarget::Entity));

        // Every value of the sample reads as guessed, and the reasons say so.
        const SpecFieldGuess* date = g.find(incident->id, QStringLiteral("date"));
        QVERIFY(date);
        QCOMPARE(date->confidence, 1.0);
        QVERIFY2(date->reason.contains(QLatin1String("100 % of 6 values")), qPrintable(date->reason));
        const SpecFieldGuess* origin = g.find(incident->id, QStringLiteral("origin"));
        QVERIFY(origin);
        QCOMPARE(origin->confidence, 1.0);
        QVERIFY2(origin->reason.contains(QLatin1String("origin_lon and origin_lat")), qPrintable(origin->reason));
        QVERIFY(g.confidence > 0.9);
        QVERIFY2(g.summary.contains(QLatin1String("route leg")), qPrintable(g.summary));
    }

    void tipImportsAsRoutes()
    {
        // The guess, saved and run by the import job, writes one incident
        // and one route leg per row.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("tip.csv"));
        test::writeFile(csv, tipTable());
        auto g = SpecGuesser::guessFile(csv, 50, 2026);
        QVERIFY2(g, qPrintable(g ? QString() : g.error().toString()));
        QCOMPARE(g->spec.name, QStringLiteral("tip"));

        auto table = TableSourceFactory::create(csv);
        QVERIFY(table);
        QVERIFY(table.value()->open());
        const auto preview = SpecImporter::preview(g->spec, *table.value(), 50, 2026);
        QCOMPARE(int(preview.size()), 6);
        for (const auto& row : preview) {
            QVERIFY2(row.error.isNull(), qPrintable(row.error.toString()));
            QCOMPARE(int(row.records.size()), 2);
        }
        QCOMPARE(preview[0].records[1].target, SpecTarget::RouteLeg);

        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        {
            auto ws = store::Workspace::open(path);
            QVERIFY(ws);
            const ImportSummary s = importWithGuess(*ws.value(), g->spec, csv);
            QVERIFY2(s.error.isNull(), qPrintable(s.error.toString()));
            QCOMPARE(s.rowsQuarantined, 0);
        }
        QCOMPARE(test::rowCount(path, "incidents"), 6);
        QCOMPARE(test::rowCount(path, "route_legs"), 6);
    }

    void courtCaseList()
    {
        QStringList header;
        const QList<QStringList> rows = rowsOf(courtCases(), header);
        const SpecGuess g = SpecGuesser::guess(header, rows, QStringLiteral("courts"), 2026);
        QVERIFY2(g.spec.validate(), qPrintable(g.spec.validate().error().toString()));

        const SpecRecord* incident = recordOf(g.spec, SpecTarget::Incident);
        QVERIFY(incident);
        QCOMPARE(incident->fields.value(QStringLiteral("key")).column, QStringLiteral("case number"));
        QCOMPARE(incident->fields.value(QStringLiteral("date")).column, QStringLiteral("judgement date"));
        QCOMPARE(incident->fields.value(QStringLiteral("date")).dateFormats.value(0), QStringLiteral("dd/MM/yyyy"));
        QCOMPARE(incident->fields.value(QStringLiteral("place")).column, QStringLiteral("country"));
        QVERIFY(incident->attributes.contains(QStringLiteral("*"))); // the court stays as an attribute

        const SpecRecord* person = recordOf(g.spec, SpecTarget::Entity);
        QVERIFY(person);
        QCOMPARE(person->splitColumn, QStringLiteral("defendants"));
        QCOMPARE(person->splitSeparators, QStringLiteral(";"));
        QCOMPARE(person->fields.value(QStringLiteral("type")).constant, QStringLiteral("person"));
        QCOMPARE(person->fields.value(QStringLiteral("label")).column, QStringLiteral("defendants"));
        const SpecRecord* inv = recordOf(g.spec, SpecTarget::Involvement);
        QVERIFY(inv);
        QCOMPARE(inv->fields.value(QStringLiteral("incident")).record, incident->id);
        QCOMPARE(inv->fields.value(QStringLiteral("entity")).record, person->id);
        QCOMPARE(inv->fields.value(QStringLiteral("role")).constant, QStringLiteral("suspect"));

        const SpecFieldGuess* date = g.find(incident->id, QStringLiteral("date"));
        QVERIFY(date);
        QVERIFY2(
            date->reason.contains(QLatin1String("100 % of 5 values parse as dd/MM/yyyy")), qPrintable(date->reason));
        const SpecFieldGuess* names = g.find(person->id, QStringLiteral("label"));
        QVERIFY(names);
        QCOMPARE(names->confidence, 1.0);
        QVERIFY2(names->reason.contains(QLatin1String("separated by \";\"")), qPrintable(names->reason));
    }

    void courtCasesImport()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("courts.csv"));
        test::writeFile(csv, courtCases());
        auto g = SpecGuesser::guessFile(csv, 50, 2026);
        QVERIFY(g);
        auto table = TableSourceFactory::create(csv);
        QVERIFY(table && table.value()->open());
        const auto preview = SpecImporter::preview(g->spec, *table.value(), 50, 2026);
        QCOMPARE(int(preview.size()), 5);
        QVERIFY2(preview[2].error.isNull(), qPrintable(preview[2].error.toString()));
        // Row 3: one incident, three people, three involvements.
        QCOMPARE(int(preview[2].records.size()), 7);

        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        {
            auto ws = store::Workspace::open(path);
            QVERIFY(ws);
            const ImportSummary s = importWithGuess(*ws.value(), g->spec, csv);
            QVERIFY2(s.error.isNull(), qPrintable(s.error.toString()));
        }
        QCOMPARE(test::rowCount(path, "incidents"), 5);
        QCOMPARE(test::rowCount(path, "incident_entities"), 9);
    }

    void aHeaderWithAnEmptyNameStillGivesAReadableSpec()
    {
        // Found by fuzz_specguesser: a trailing comma leaves a column without a
        // name, and rows with more cells than the header.
        const QStringList header { "origin_country", "origin_lat", "origin_lon", "" };
        const QList<QStringList> rows { { "Nigeria", "9.08", "8.68", "Italy", "41.87", "12.57", "2019", "120" } };
        const auto g = ingest::SpecGuesser::guess(header, rows, QStringLiteral("fuzz"), 2026);
        QVERIFY(g.spec.validate());
        const auto back = ingest::ImportSpec::fromJson(g.spec.toJson(), QStringLiteral("guess.json"));
        QVERIFY2(back,
            qPrintable(
                back ? QString() : back.error().toString() + QLatin1Char('\n') + QString::fromUtf8(g.spec.toJson())));
    }

    void noGuessFromNothing()
    {
        // Unrelated columns: an incident keeping them as attributes, little confidence.
        const SpecGuess g = SpecGuesser::guess({ QStringLiteral("alpha"), QStringLiteral("beta") },
            { { QStringLiteral("x1"), QStringLiteral("7.5") }, { QStringLiteral("x2"), QStringLiteral("8") } },
            QStringLiteral("misc"), 2026);
        QVERIFY(g.spec.validate());
        QCOMPARE(int(g.spec.records.size()), 1);
        QVERIFY(g.spec.records[0].fields.isEmpty());
        QCOMPARE(g.confidence, 0.0);
    }

    void aNameColumnIsPeopleOnlyWhenItHoldsNames()
    {
        // "Name" of people becomes a person in each incident; "Name" of a
        // map's features ("Case 001", "Depot 3") names the feature.
        const QStringList header { QStringLiteral("Date"), QStringLiteral("Name") };
        const SpecGuess people = SpecGuesser::guess(header,
            { { QStringLiteral("2024-01-02"), QStringLiteral("Maria Ionescu") },
                { QStringLiteral("2024-02-03"), QStringLiteral("Ion Popescu") } },
            QStringLiteral("list"), 2026);
        QVERIFY(people.find(QStringLiteral("person"), QStringLiteral("label")));
        const SpecGuess features = SpecGuesser::guess(header,
            { { QStringLiteral("2024-01-02"), QStringLiteral("Case 001") },
                { QStringLiteral("2024-02-03"), QStringLiteral("Depot 3") } },
            QStringLiteral("layer"), 2026);
        QVERIFY(features.spec.validate());
        QVERIFY(!features.find(QStringLiteral("person"), QStringLiteral("label")));
    }

    void aDateColumnOfYears()
    {
        // A "Date" column holding only years was left out (whole numbers were
        // tried as dates only under a header with "year" in it) and went into
        // the attributes. A count under a header that names no date still is
        // not a date.
        const SpecGuess g = SpecGuesser::guess(
            { QStringLiteral("Case"), QStringLiteral("Date"), QStringLiteral("Country"), QStringLiteral("Victims") },
            { { QStringLiteral("C1"), QStringLiteral("2019"), QStringLiteral("GBR"), QStringLiteral("2011") },
                { QStringLiteral("C2"), QStringLiteral("2020"), QStringLiteral("FRA"), QStringLiteral("2") },
                { QStringLiteral("C3"), QStringLiteral("2018"), QStringLiteral("ITA"), QStringLiteral("2015") } },
            QStringLiteral("cases"), 2026);
        QVERIFY(g.spec.validate());
        const SpecRecord& incident = g.spec.records[0];
        QCOMPARE(incident.fields.value(QStringLiteral("date")).column, QStringLiteral("Date"));
        QCOMPARE(g.find(QStringLiteral("incident"), QStringLiteral("date"))->confidence, 1.0);
        QVERIFY(incident.fields.value(QStringLiteral("victims")).column != QStringLiteral("Date"));
    }

    /// A partner's case list: its type of exploitation in words, one or two
    /// in a cell, ages in years, and the case's own coordinates beside its country of
    /// exploitation. Both were left out (the types into the attributes, the
    /// coordinates too, as a country column was there); the guess, run,
    /// writes the types as the taxonomy's codes and the point.
    void typesOfExploitationAndTheCasePoint()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("referrals.csv"));
        test::writeFile(csv,
            "Case ID,Date referred,Country of exploitation,City,Type of exploitation,Lat,Long,Age,Nationality\n"
            "R1,2023-01-04,Thailand,Bangkok,Sexual exploitation,13.75,100.50,17,Thai\n"
            "R2,2023-02-11,Nigeria,Lagos,Forced labour,6.45,3.39,unknown,Nigerian\n"
            "R3,2023-03-20,Romania,Bucharest,sexual; labour,44.43,26.10,48,ROMANIAN\n"
            "R4,2023-04-02,United Kingdom,London,Domestic servitude,51.50,-0.12,9,British\n"
            "R5,2023-05-17,Mexico,Tijuana,forced_labour,32.53,-117.02,71,Viet Nam\n"
            "R6,2023-06-30,Thailand,Bangkok,,13.76,100.51,,Filipina\n");
        auto g = SpecGuesser::guessFile(csv, 50, 2026);
        QVERIFY2(g, qPrintable(g ? QString() : g.error().toString()));
        const SpecRecord& incident = g->spec.records[0];
        const SpecValue types = incident.fields.value(QStringLiteral("exploitation"));
        QCOMPARE(types.column, QStringLiteral("Type of exploitation"));
        QCOMPARE(types.separators, QStringLiteral(";"));
        QCOMPARE(types.map.value(QStringLiteral("sexual exploitation")), QStringLiteral("sexual_exploitation"));
        QCOMPARE(types.map.value(QStringLiteral("labour")), QStringLiteral("forced_labour"));
        QCOMPARE(g->find(QStringLiteral("incident"), QStringLiteral("exploitation"))->confidence, 1.0);
        QCOMPARE(
            incident.fields.value(QStringLiteral("destination")).column, QStringLiteral("Country of exploitation"));
        QCOMPARE(incident.fields.value(QStringLiteral("lon")).column, QStringLiteral("Long"));
        QCOMPARE(incident.fields.value(QStringLiteral("lat")).column, QStringLiteral("Lat"));
        // Nationalities as partner lists write them ("Thai", "British"): the origin.
        QCOMPARE(incident.fields.value(QStringLiteral("origin")).column, QStringLiteral("Nationality"));
        // The City beside the point: the incident's place, a city of the destination's country.
        const SpecValue city = incident.fields.value(QStringLiteral("place"));
        QCOMPARE(city.column, QStringLiteral("City"));
        QCOMPARE(city.placeBy, QStringLiteral("coordinates"));
        QCOMPARE(city.countryColumn, QStringLiteral("Country of exploitation"));

        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = store::Workspace::open(path);
        QVERIFY(ws);
        const ImportSummary s = importWithGuess(*ws.value(), g->spec, csv);
        QVERIFY2(s.error.isNull(), qPrintable(s.error.toString()));
        QCOMPARE(s.rowsImported, 6);
        QCOMPARE(ws.value()->scalar("SELECT exploitation FROM incidents WHERE incident_key = 'R3'"),
            qint64(Taxonomy::SexualExploitation | Taxonomy::ForcedLabour));
        QCOMPARE(ws.value()->scalar("SELECT exploitation FROM incidents WHERE incident_key = 'R4'"),
            qint64(Taxonomy::DomesticServitude));
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incidents WHERE lat IS NOT NULL"), 6);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incident_rtree"), 6);
        QCOMPARE(ws.value()->strings("SELECT p.iso3 FROM incidents i JOIN places p ON p.id = i.origin_id "
                                     "ORDER BY i.incident_key"),
            QStringList({ "THA", "NGA", "ROU", "GBR", "VNM", "PHL" }));
        QCOMPARE(ws.value()->strings("SELECT p.name || ' ' || c.iso3 FROM incidents i JOIN places p ON p.id = "
                                     "i.place_id JOIN places c ON c.id = p.country_id ORDER BY i.incident_key"),
            QStringList({ "Bangkok THA", "Lagos NGA", "Bucharest ROU", "London GBR", "Tijuana MEX", "Bangkok THA" }));
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM places WHERE kind = 'city'"), 5);
        // Ages in years, in their bands.
        QCOMPARE(incident.fields.value(QStringLiteral("age_band")).column, QStringLiteral("Age"));
        QCOMPARE(ws.value()->strings("SELECT coalesce(age_band, '-') FROM incidents ORDER BY incident_key"),
            QStringList({ "9--17", "-", "48+", "9--17", "48+", "-" }));
    }

    void missingValues()
    {
        // Older CTDC releases say -99 for "not given".
        const SpecGuess g = SpecGuesser::guess({ QStringLiteral("yearOfRegistration"), QStringLiteral("citizenship") },
            { { QStringLiteral("2015"), QStringLiteral("-99") }, { QStringLiteral("2016"), QStringLiteral("UA") },
                { QStringLiteral("-99"), QStringLiteral("RO") } },
            QStringLiteral("old"), 2026);
        QVERIFY(g.spec.missing.contains(QStringLiteral("-99")));
        const SpecRecord& incident = g.spec.records[0];
        QCOMPARE(incident.fields.value(QStringLiteral("date")).column, QStringLiteral("yearOfRegistration"));
        QCOMPARE(incident.fields.value(QStringLiteral("origin")).column, QStringLiteral("citizenship"));
        QCOMPARE(g.find(QStringLiteral("incident"), QStringLiteral("date"))->confidence, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestSpecGuesser)
#include "tst_specguesser.moc"
