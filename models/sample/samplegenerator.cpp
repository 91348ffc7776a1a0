#include "samplegenerator.h"

#include "core/csvwriter.h"
#include "core/random.h"
#include "sample/samplebank.h"
#include "sample/sampleworld.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>

#include <memory>

namespace waymark::sample {

namespace {

struct Source {
    const char* id;
    const char* name;
    const char* kind;
    const char* scheme;
    const char* sourceGrade;
    const char* infoGrades; ///< the information grades this source's rows get
    const char* handling;
    const char* conditions;
    const char* tlp;
    double weight;
};

const Source kSources[] = {
    { "S1", "Survivor support partner case records", "partner_case", "uk_3x5x2", "1", "AAB", "P", "", "TLP:AMBER", 5 },
    { "S2", "Regional news monitoring", "open_source", "nato_admiralty", "C", "233", "", "", "TLP:CLEAR", 3 },
    { "S3", "Anonymous reporting app", "reporting_app", "uk_3x5x2", "2", "CCD", "P", "", "TLP:GREEN", 2 },
    { "S4", "Police partner intelligence", "partner_case", "uk_5x5x5", "B", "223", "1", "", "TLP:AMBER+STRICT", 2 },
    { "S5", "Bank partner referrals", "financial_partner", "uk_3x5x2", "1", "ABB", "C",
        "Share only with the named investigation team", "TLP:RED", 0.5 },
    { "S6", "Social media scrape", "open_source", "nato_admiralty", "E", "445", "", "", "TLP:CLEAR", 1 },
};

class Writer {
public:
    Writer(const QString& dir, const char* name, std::initializer_list<const char*> header)
        : m_file(QDir(dir).filePath(QLatin1String(name)))
    {
        m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        m_csv = std::make_unique<CsvWriter>(&m_file);
        for (const char* h : header)
            m_csv->field(h);
        m_csv->endRow();
    }
    CsvWriter& csv() { return *m_csv; }
    bool finish()
    {
        const bool ok = m_ok && m_csv->flush();
        m_file.close();
        return ok;
    }

private:
    QFile m_file;
    std::unique_ptr<CsvWriter> m_csv;
    bool m_ok = false;
};

QString phone(Random& r)
{
    return QStringLiteral("+44 7%1").arg(r.between(100000000, 999999999));
}

bool zipFolder(const QString& dir, const QString& zipPath)
{
    QFile::remove(zipPath);
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const QString& name : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        QFile in(QDir(dir).filePath(name));
        QuaZipFile out(&zip);
        QuaZipNewInfo info(name);
        info.dateTime = QDateTime(QDate(2025, 12, 31), QTime(23, 0), Qt::UTC);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly, info))
            return false;
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (out.write(chunk) != chunk.size())
                return false;
        }
        out.close();
        if (out.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

} // namespace

QString SampleGenerator::labelsPathFor(const QString& out)
{
    QString base = out;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        base.chop(4);
    return base + QStringLiteral("-labels.csv");
}

Result<SampleGenerator::Counts> SampleGenerator::write(const QString& out, const Options& options, Feedback* feedback)
{
    if (options.incidents < 0 || options.incidents > 100'000'000)
        return Error(QCoreApplication::translate(
            "SampleGenerator", "The number of incidents must be between 0 and 100,000,000."));
    const bool zip = out.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    QTemporaryDir temp;
    const QString dir = zip ? temp.path() : out;
    if (!QDir().mkpath(dir))
        return Error(QCoreApplication::translate("SampleGenerator", "The folder %1 cannot be created.").arg(dir));

    Random r(options.seed);
    Counts n;

    {
        QFile manifest(QDir(dir).filePath(QStringLiteral("manifest.json")));
        if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error(QCoreApplication::translate("SampleGenerator", "%1 cannot be written: %2")
                             .arg(manifest.fileName(), manifest.errorString()));
        manifest.write(QStringLiteral(
            "{\n  \"format\": \"waymark-hub-extract\",\n  \"format_version\": \"1.1\",\n"
            "  \"exported_at\": \"2025-12-31T23:00:00Z\",\n  \"hub\": \"Waymark sample hub (seed %1)\",\n"
            "  \"handling\": \"OFFICIAL-SENSITIVE\",\n  \"tlp\": \"TLP:AMBER\"\n}\n")
                           .arg(options.seed)
                           .toUtf8());
    }

    Writer sources(dir, "sources.csv",
        { "source_id", "name", "kind", "grading_scheme", "source_grade", "info_grade", "handling_code",
            "handling_conditions", "tlp" });
    std::vector<double> sourceWeights;
    for (const Source& s : kSources) {
        sources.csv()
            .field(s.id)
            .field(s.name)
            .field(s.kind)
            .field(s.scheme)
            .field(s.sourceGrade)
            .field(QString())
            .field(s.handling)
            .field(s.conditions)
            .field(s.tlp);
        sources.csv().endRow();
        sourceWeights.push_back(s.weight);
    }
    options.traps.writeSources(sources.csv());

    // Incidents: pick a year by total volume, then a corridor by its weight that year.
    const auto& corridors = SampleWorld::corridors();
    std::vector<std::vector<double>> yearWeights;
    std::vector<double> yearTotals;
    for (int y = 2015; y <= 2025; ++y) {
        std::vector<double> w;
        double total = 0;
        for (const SampleCorridor& c : corridors) {
            w.push_back(c.weight * std::pow(c.growth, y - 2015));
            total += w.back();
        }
        yearWeights.push_back(w);
        yearTotals.push_back(total);
    }
    Writer incidents(dir, "incidents.csv",
        { "incident_id", "source_id", "date", "country", "city", "lon", "lat", "citizenship", "exploitation", "sectors",
            "means", "victims", "gender", "age_band", "summary", "info_grade" });
    Writer legs(dir, "route_legs.csv", { "incident_id", "seq", "from", "to", "transport_mode" });
    const char* const means[] = { "debt_bondage", "threats", "abuse", "false_promises", "drugs_alcohol",
        "deny_basic_needs", "excessive_work_hours", "withhold_documents" };
    const char* const ages[] = { "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+" };
    const char* const modes[] = { "road", "air", "sea", "road", "rail" };
    // Incidents in the rings' cities since 2019, for who-was-involved rows.
    QHash<QString, QStringList> ringIncidents;
    for (qint64 i = 1; i <= options.incidents; ++i) {
        if (feedback && (i & 0xFFF) == 0) {
            if (feedback->isCanceled())
                return Error(QCoreApplication::translate("SampleGenerator", "Canceled."));
            feedback->setProgress(0.8 * double(i) / double(options.incidents));
        }
        const int year = 2015 + int(r.weighted(yearTotals));
        const SampleCorridor& c = corridors[r.weighted(yearWeights[size_t(year - 2015)])];
        const Source& s = kSources[r.weighted(sourceWeights)];
        const SampleCity& city = c.cities[r.chance(0.6) ? 0 : size_t(r.between(0, qint64(c.cities.size()) - 1))];
        QDate day(year, int(r.between(1, 12)), 1);
        day = day.addDays(r.between(0, day.daysInMonth() - 1));
        if (day > QDate(2025, 12, 31))
            day = QDate(2025, 12, 31);
        const double p = r.uniform();
        const QString date = p < 0.8 ? day.toString(Qt::ISODate)
            : p < 0.95               ? day.toString(QStringLiteral("yyyy-MM"))
                                     : QString::number(year);
        const QString id = QStringLiteral("I%1").arg(i, 7, 10, QLatin1Char('0'));
        QStringList m;
        for (const char* code : means) {
            if (r.chance(0.22))
                m << QLatin1String(code);
        }
        const qint64 victims = r.chance(0.7) ? 1 : r.between(2, 8);
        const bool sexual = qstrcmp(c.exploitation, "sexual_exploitation") == 0;
        const char* gender = r.chance(sexual ? 0.9 : 0.35) ? "woman" : (r.chance(0.97) ? "man" : "trans");
        const char* age = ages[r.between(0, 7)];
        incidents.csv().field(id).field(s.id).field(date).field(c.destination);
        if (r.chance(0.95)) {
            const double lon = city.lon + r.normal(0, 0.05), lat = city.lat + r.normal(0, 0.04);
            if (options.traps.blursLocation(c.destination, day))
                incidents.csv().field(QString()).field(QString()).field(QString());
            else
                incidents.csv().field(city.name).field(lon, 5).field(lat, 5);
        } else {
            incidents.csv().field(QString()).field(QString()).field(QString());
        }
        // Data, not interface: the same in every locale.
        const QString summary
            = QStringLiteral("%1 %2 from %3 reported in %4: %5 victim(s), %6; %7.")
                  .arg(QLatin1String(s.kind == QLatin1String("open_source") ? "Open-source report of" : "Case of"),
                      QString::fromLatin1(c.exploitation).replace(QLatin1Char('_'), QLatin1Char(' ')),
                      QLatin1String(c.origin), QLatin1String(city.name))
                  .arg(victims)
                  .arg(QLatin1String(gender),
                      m.isEmpty() ? QStringLiteral("means of control not recorded")
                                  : m.join(QLatin1String(", ")).replace(QLatin1Char('_'), QLatin1Char(' ')));
        incidents.csv()
            .field(c.origin)
            .field(c.exploitation)
            .field(c.sector)
            .field(m.join(QLatin1Char(';')))
            .field(victims)
            .field(gender)
            .field(age)
            .field(summary);
        incidents.csv().field(QString(QLatin1Char(s.infoGrades[r.between(0, 2)]))).endRow();
        ++n.incidents;
        for (int g = 0; g < 4; ++g) {
            QStringList& list = ringIncidents[QLatin1String(kCities[g])];
            if (qstrcmp(city.name, kCities[g]) == 0 && year >= 2019 && list.size() < 60)
                list << id;
        }
        if (!c.transit.empty() && r.chance(0.6)) {
            std::vector<const char*> stops { c.origin };
            stops.insert(stops.end(), c.transit.begin(), c.transit.end());
            stops.push_back(c.destination);
            for (size_t k = 0; k + 1 < stops.size(); ++k) {
                legs.csv()
                    .field(id)
                    .field(qint64(k + 1))
                    .field(stops[k])
                    .field(stops[k + 1])
                    .field(modes[r.between(0, 4)])
                    .endRow();
                ++n.routeLegs;
            }
        }
    }

    n.incidents += options.traps.writeIncidents(incidents.csv(), options.incidents, options.incidents);

    // Entities: planted rings (dense, typed links) in a sparse background.
    Writer entities(
        dir, "entities.csv", { "entity_id", "type", "label", "source_id", "info_grade", "dob", "nationality" });
    Writer links(dir, "links.csv",
        { "link_id", "from_entity", "to_entity", "type", "first_seen", "last_seen", "weight", "source_id",
            "info_grade" });
    qint64 entityCount = 0, linkCount = 0;
    auto entity = [&](const char* type, const QString& label, const char* source, const QString& dob = QString(),
                      const char* nationality = "") {
        const QString id = QStringLiteral("E%1").arg(++entityCount, 6, 10, QLatin1Char('0'));
        entities.csv()
            .field(id)
            .field(type)
            .field(label)
            .field(source)
            .field(QString())
            .field(dob)
            .field(nationality)
            .endRow();
        return id;
    };
    auto link = [&](const QString& a, const QString& b, const char* type, double weight, const char* source) {
        const int y = int(r.between(2019, 2025));
        links.csv()
            .field(QStringLiteral("L%1").arg(++linkCount, 6, 10, QLatin1Char('0')))
            .field(a)
            .field(b)
            .field(type);
        links.csv()
            .field(QStringLiteral("%1-%2").arg(y).arg(r.between(1, 12), 2, 10, QLatin1Char('0')))
            .field(QString::number(std::min(2025, y + int(r.between(0, 2)))));
        links.csv().field(weight, 1).field(source).field(QString()).endRow();
    };
    auto dob = [&] {
        return QStringLiteral("%1-%2-%3")
            .arg(r.between(1960, 2002))
            .arg(r.between(1, 12), 2, 10, QLatin1Char('0'))
            .arg(r.between(1, 28), 2, 10, QLatin1Char('0'));
    };
    // Who was involved in which incident: drawn from a stream of its own, so
    // the rest of the sample stays as it was before format 1.1.
    Writer involved(dir, "incident_entities.csv", { "incident_id", "entity_id", "role" });
    Random ri(options.seed ^ 0x1e7ull);
    auto involve = [&](const QString& city, const QString& who, const char* role, double share) {
        for (const QString& incident : ringIncidents.value(city)) {
            if (ri.chance(share)) {
                involved.csv().field(incident).field(who).field(role).endRow();
                ++n.incidentEntities;
            }
        }
    };
    const int rings = 4;
    std::vector<SampleAccount> accounts;
    std::vector<QString> controllers;
    const char* const businesses[] = { "business", "business", "business", "business" };
    const char* const businessNames[]
        = { "Lotus Nails", "Sparkle Hand Car Wash", "Budget Inn Midlands", "Fresh Fields Labour Supply" };
    for (int g = 0; g < rings; ++g) {
        const QString bossName = personName(r), bossDob = dob();
        const QString boss = entity("person", bossName, "S4", bossDob, g % 2 ? "ALB" : "VNM");
        controllers.push_back(boss);
        const QString biz = entity(businesses[g], QLatin1String(businessNames[g]), "S1");
        const QString home
            = entity("address", QStringLiteral("%1 Mill Lane, %2").arg(10 + g).arg(QLatin1String(kCities[g])), "S1");
        const QString bossPhone = phone(r);
        const QString ph = entity("phone", bossPhone, "S4");
        const QString acc = entity(
            "account", QStringLiteral("GB%1WAYM%2").arg(r.between(10, 99)).arg(r.between(10000000, 99999999)), "S5");
        link(boss, biz, "owns", 1, "S1");
        link(boss, home, "lives_at", 1, "S1");
        link(boss, ph, "uses", 1, "S4");
        if (g < 2) {
            // The same leader and phone recorded again by another source,
            // written their way: work for entity resolution.
            const QString twin = entity("person",
                bossName.section(QLatin1Char(' '), 1).toUpper() + QStringLiteral(", ")
                    + bossName.section(QLatin1Char(' '), 0, 0),
                "S2", bossDob);
            const QString phoneTwin = entity("phone", QStringLiteral("0") + bossPhone.mid(4), "S6");
            link(twin, phoneTwin, "uses", 1, "S6");
            link(twin, biz, "owns", 1, "S2");
        }
        link(boss, acc, "owns", 1, "S5");
        involve(QLatin1String(kCities[g]), boss, "controller", 0.35);
        const int members = int(r.between(4, 8));
        for (int k = 0; k < members; ++k) {
            const QString p = entity("person", personName(r), k % 3 ? "S1" : "S3", dob());
            link(ph, p, "calls", double(r.between(3, 40)), "S4");
            link(biz, p, "employs", 1, "S1");
            if (k < 2) {
                link(boss, p, "associate", 2, "S4");
                const QString ad = entity(
                    "online_ad", QStringLiteral("Ad #%1 on NightClassifieds").arg(r.between(1000, 9999)), "S6");
                link(p, ad, "advertises", 1, "S6");
                link(ad, ph, "uses", 1, "S6");
            }
            if (k == 0)
                link(p, home, "lives_at", 1, "S1");
            involve(QLatin1String(kCities[g]), p, k < 2 ? "recruiter" : "suspect", 0.12);
        }
        accounts.push_back({ QStringLiteral("ACC-R%1").arg(g + 1), boss,
            g == 3 ? QStringLiteral("labour_agent") : QStringLiteral("sexual_exploitation_controller"), -1, true });
    }
    // A broker who ties two rings together.
    const QString broker = entity("person", personName(r), "S4", dob(), "ROU");
    link(broker, controllers[0], "associate", 3, "S4");
    link(broker, controllers[1], "associate", 3, "S4");
    // The background: people from unrelated cases, in small groups of family
    // and associates (a household, a work crew), as case data looks: many
    // small pieces, not one random web.
    const qint64 background = std::max<qint64>(30, options.incidents / 25);
    for (qint64 made = 0; made < background;) {
        const int size = int(r.between(1, 5));
        std::vector<QString> group;
        for (int k = 0; k < size; ++k)
            group.push_back(entity("person", personName(r), "S2", r.chance(0.4) ? dob() : QString()));
        for (int k = 1; k < size; ++k)
            link(group[size_t(r.between(0, k - 1))], group[size_t(k)], r.chance(0.4) ? "family" : "associate", 1, "S2");
        if (size >= 2 && r.chance(0.3)) {
            const QString ph = entity("phone", phone(r), "S2");
            link(group[0], ph, "uses", 1, "S2");
        }
        made += size;
    }
    n.entities = entityCount;
    n.links = linkCount;

    // Accounts and a year of transactions.
    // Enough clean accounts that a ranking figure is not noise: 125 at the
    // default 5,000 incidents.
    const qint64 ordinary = std::max<qint64>(40, options.incidents / 40);
    // Enough partial cases beside the four complete ring controllers that the
    // ranking is a test, not a formality (issue 19).
    const qint64 extraPlanted = std::max<qint64>(4, options.incidents / 250);
    for (qint64 k = 0; k < extraPlanted; ++k)
        accounts.push_back({ QStringLiteral("ACC-P%1").arg(k + 1), QString(),
            k % 2 ? QStringLiteral("labour_agent") : QStringLiteral("sexual_exploitation_controller") });
    // Of every twenty ordinary accounts, the first nine are one innocent
    // look-alike of each kind (samplebank.h): 45 % hit red flags innocently.
    for (qint64 k = 0; k < ordinary; ++k)
        accounts.push_back(
            { QStringLiteral("ACC-O%1").arg(k + 1, 4, 10, QLatin1Char('0')), QString(), QString(), lookAlikeOf(k) });
    Writer accountsCsv(dir, "accounts.csv",
        { "account_id", "source_id", "holder_entity_id", "bank", "currency", "opened", "customer_name", "address",
            "phone", "email", "occupation", "declared_income" });
    Writer txCsv(dir, "transactions.csv",
        { "transaction_id", "account_id", "timestamp", "amount", "currency", "direction", "counterparty",
            "counterparty_account", "counterparty_country", "category", "merchant", "channel", "location", "country",
            "reference" });
    QFile labelsFile(labelsPathFor(out));
    if (!labelsFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(QCoreApplication::translate("SampleGenerator", "%1 cannot be written: %2")
                         .arg(labelsFile.fileName(), labelsFile.errorString()));
    CsvWriter labels(&labelsFile);
    labels.field("account_id").field("label").field("typology").endRow();
    SampleLedger ledger(txCsv.csv(), r, n.transactions);
    for (const SampleAccount& a : accounts) {
        const QString name = personName(r);
        accountsCsv.csv()
            .field(a.id)
            .field("S5")
            .field(a.holder)
            .field("Waymark Sample Bank")
            .field("GBP")
            .field(QStringLiteral("20%1").arg(r.between(10, 23)));
        accountsCsv.csv()
            .field(name)
            .field(QStringLiteral("%1 High Street").arg(r.between(1, 200)))
            .field(phone(r))
            .field(QString());
        const HolderProfile holder = holderProfile(a, r);
        accountsCsv.csv().field(holder.occupation).field(holder.income, 0).endRow();
        labels.field(a.id).field(qint64(a.typology.isEmpty() ? 0 : 1)).field(a.typology).endRow();
        writeYear(ledger, a, r);
        n.planted += a.typology.isEmpty() ? 0 : 1;
        ++n.accounts;
    }
    labels.flush();

    for (Writer* w : { &sources, &incidents, &legs, &entities, &links, &involved, &accountsCsv, &txCsv }) {
        if (!w->finish())
            return Error(
                QCoreApplication::translate("SampleGenerator", "The sample extract could not be written to %1.")
                    .arg(dir));
    }
    if (zip && !zipFolder(dir, out))
        return Error(QCoreApplication::translate("SampleGenerator", "The zip file %1 could not be written.").arg(out));
    if (feedback)
        feedback->setProgress(1.0);
    return n;
}

} // namespace waymark::sample
