#include "ctdcgenerator.h"

#include "core/random.h"
#include "geo/gazetteer.h"
#include "sample/sampleworld.h"

#include <QCoreApplication>
#include <QFile>

#include <string>

namespace waymark::sample {

namespace {

const char* const kColumns[] = { "yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation",
    "traffickMonths", "meansDebtBondageEarnings", "meansThreats", "meansAbusePsyPhySex", "meansFalsePromises",
    "meansDrugsAlcohol", "meansDenyBasicNeeds", "meansExcessiveWorkHours", "meansWithholdDocs", "isForcedLabour",
    "isSexualExploit", "isOtherExploit", "typeOfLabourAgriculture", "typeOfLabourConstruction",
    "typeOfLabourDomesticWork", "typeOfLabourHospitality", "typeOfSexProstitution", "typeOfSexPornography",
    "recruiterRelationIntimatePartner", "recruiterRelationFriend", "recruiterRelationFamily",
    "recruiterRelationOther" };
const char* const kAges[] = { "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+" };
const char* const kMonths[] = { "0--12", "13--24", "25+" };
const char* const kGenders[] = { "Woman", "Man", "Trans/Transgender/NonConforming" };

/// The 2018 Global Dataset release, in its order.
const char* const kGlobalColumns[] = { "yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus",
    "majorityStatusAtExploit", "majorityEntry", "citizenship", "meansOfControlDebtBondage",
    "meansOfControlTakesEarnings", "meansOfControlRestrictsFinancialAccess", "meansOfControlThreats",
    "meansOfControlPsychologicalAbuse", "meansOfControlPhysicalAbuse", "meansOfControlSexualAbuse",
    "meansOfControlFalsePromises", "meansOfControlPsychoactiveSubstances", "meansOfControlRestrictsMovement",
    "meansOfControlRestrictsMedicalCare", "meansOfControlExcessiveWorkingHours", "meansOfControlUsesChildren",
    "meansOfControlThreatOfLawEnforcement", "meansOfControlWithholdsNecessities", "meansOfControlWithholdsDocuments",
    "meansOfControlOther", "meansOfControlNotSpecified", "meansOfControlConcatenated", "isForcedLabour",
    "isSexualExploit", "isOtherExploit", "isSexAndLabour", "isForcedMarriage", "isForcedMilitary", "isOrganRemoval",
    "typeOfExploitConcatenated", "typeOfLabourAgriculture", "typeOfLabourAquafarming", "typeOfLabourBegging",
    "typeOfLabourConstruction", "typeOfLabourDomesticWork", "typeOfLabourHospitality", "typeOfLabourIllicitActivities",
    "typeOfLabourManufacturing", "typeOfLabourMiningOrDrilling", "typeOfLabourPeddling", "typeOfLabourTransportation",
    "typeOfLabourOther", "typeOfLabourNotSpecified", "typeOfLabourConcatenated", "typeOfSexProstitution",
    "typeOfSexPornography", "typeOfSexRemoteInteractiveServices", "typeOfSexPrivateSexualServices",
    "typeOfSexConcatenated", "isAbduction", "RecruiterRelationship", "CountryofExploitation",
    "recruiterRelationIntimatePartner", "recruiterRelationFriend", "recruiterRelationFamily", "recruiterRelationOther",
    "recruiterRelationUnknown" };
// Where the blocks of kGlobalColumns start and end (inclusive).
constexpr size_t kMeansFirst = 8, kMeansLast = 25, kMeansText = 26;
constexpr size_t kLabourFirst = 35, kLabourLast = 47, kLabourText = 48;
const char* const kMeansNames[] = { "Debt bondage", "Takes earnings", "Restricts financial access", "Threats",
    "Psychological abuse", "Physical abuse", "Sexual abuse", "False promises", "Psychoactive substances",
    "Restricts movement", "Restricts medical care", "Excessive working hours", "Uses children",
    "Threat of law enforcement", "Withholds necessities", "Withholds documents", "Other", "Not specified" };
const char* const kLabourNames[]
    = { "Agriculture", "Aquafarming", "Begging", "Construction", "Domestic work", "Hospitality", "Illicit activities",
          "Manufacturing", "Mining or drilling", "Peddling", "Transportation", "Other", "Not specified" };

const char* const kVpColumns[] = { "yearRegister", "gender", "majorityStatus", "isForcedLabour", "isSexualExploit",
    "UN_COO_Region", "UN_COE_Region", "IP_Exploiter", "IP_Gender", "IP_ageBroad", "IP_citizen_UNRegion", "IP_Relation",
    "IP_PayMoney", "IP_RecruiterBroker", "IP_TransactionProcess", "IP_ControlAbuseKidnap" };
const char* const kYearBands[] = { "2005-2013", "2014-2018", "2019", "2020", "2021-2022" };
const char* const kRelations[] = { "FriendAcquaintance", "StrangerUnknownOther", "Family", "IntimatePartner" };

/// Writes `out` to the device once it is large, or at the end.
bool flush(QIODevice* device, std::string& out, bool force)
{
    if (!force && out.size() <= (1 << 20) - 8192)
        return true;
    const bool ok = device->write(out.data(), qint64(out.size())) == qint64(out.size());
    out.clear();
    return ok;
}

Error writeError(QIODevice* device)
{
    return Error(QCoreApplication::translate("CtdcGenerator", "The CTDC file could not be written: %1")
                     .arg(device->errorString()));
}

/// The ISO alpha-2 code of an alpha-3 code.
std::string alpha2(const char* alpha3)
{
    const auto& g = geo::Gazetteer::instance();
    const int i = g.findCode(alpha3);
    return i < 0 ? std::string() : g.countries().at(i).alpha2.toStdString();
}

/// The UN region CTDC's victim–perpetrator dataset names for a country:
/// a continent, with the Americas and Oceania merged.
std::string unRegion(const char* alpha3)
{
    const auto& g = geo::Gazetteer::instance();
    const int c = g.findCode(alpha3);
    for (const geo::Region& r : g.regions()) {
        if (r.parent < 0 || g.regions().at(r.parent).m49 != QLatin1String("001") || !r.countries.contains(c))
            continue;
        if (r.m49 == QLatin1String("019") || r.m49 == QLatin1String("009"))
            return "Americas/Oceania";
        return r.name.toStdString();
    }
    return {};
}

/// The start of a generated file: byte-order mark, header, line end; and
/// each corridor's origin and destination as the layout writes places.
template <size_t N>
std::string fileStart(const CtdcGenerator::Options& o, const char* const (&columns)[N], const std::string& eol)
{
    std::string out;
    out.reserve(1 << 20);
    if (o.byteOrderMark)
        out += "\xEF\xBB\xBF";
    for (size_t i = 0; i < N; ++i)
        out.append(i ? "," : "").append(columns[i]);
    out += eol;
    return out;
}

/// Appends one row and its line end, writing out the buffer when it is full.
bool appendRow(QIODevice* device, std::string& out, const std::vector<std::string>& row, const std::string& end)
{
    for (size_t i = 0; i < row.size(); ++i)
        out.append(i ? "," : "").append(row[i]);
    out += end;
    return flush(device, out, false);
}

template <typename Place>
void corridorPlaces(Place place, std::vector<std::string>& origins, std::vector<std::string>& destinations)
{
    const auto& corridors = SampleWorld::corridors();
    origins.resize(corridors.size());
    destinations.resize(corridors.size());
    for (size_t i = 0; i < corridors.size(); ++i) {
        origins[i] = place(corridors[i].origin);
        destinations[i] = place(corridors[i].destination);
    }
}

Status writeGlobal(QIODevice* device, const CtdcGenerator::Options& o)
{
    Random r(o.seed);
    const std::string eol = o.crlf ? "\r\n" : "\n";
    std::string out = fileStart(o, kGlobalColumns, eol);
    const auto& corridors = SampleWorld::corridors();
    const std::vector<double> weights = SampleWorld::weights();
    std::vector<std::string> origin2, destination2;
    corridorPlaces([](const auto& c) { return alpha2(c); }, origin2, destination2);
    std::vector<std::string> row(std::size(kGlobalColumns));
    for (qint64 n = 0; n < o.rows; ++n) {
        const size_t ci = r.weighted(weights);
        const SampleCorridor& c = corridors[ci];
        // A sparse row gives its year, source and little else.
        const bool sparse = r.chance(o.sparse);
        for (std::string& v : row)
            v = "-99";
        row[0] = std::to_string(2002 + r.between(0, 18));
        row[1] = r.chance(0.5) ? "Case Management" : "Hotline";
        if (!sparse) {
            row[2] = r.chance(0.7) ? "Female" : "Male";
            if (r.chance(0.6))
                row[3] = kAges[r.between(0, 8)];
            const char* majority = r.chance(0.7) ? "Adult" : "Minor";
            row[4] = majority;
            if (r.chance(0.5))
                row[5] = majority;
            if (r.chance(0.3))
                row[6] = majority;
            row[7] = origin2[ci];
            row[56] = destination2[ci];
            // Means of control: given for some, as flags and as their text.
            if (r.chance(0.4)) {
                std::string text;
                for (size_t m = kMeansFirst; m <= kMeansLast; ++m) {
                    const bool on = r.chance(0.15);
                    row[m] = on ? "1" : "0";
                    if (on)
                        text.append(text.empty() ? "" : "; ").append(kMeansNames[m - kMeansFirst]);
                }
                if (!text.empty())
                    row[kMeansText] = "\"" + text + "\"";
            }
            const std::string expl(c.exploitation);
            const bool sexual = expl == "sexual_exploitation";
            const bool labour = expl == "forced_labour" || expl == "domestic_servitude";
            for (size_t k = 27; k <= 33; ++k)
                row[k] = "0";
            row[sexual ? 28 : labour ? 27 : 29] = "1";
            row[34] = sexual ? "Sexual exploitation" : labour ? "Forced labour" : "Other";
            if (labour) {
                for (size_t k = kLabourFirst; k <= kLabourLast; ++k)
                    row[k] = "0";
                const std::string sector(c.sector);
                const size_t k = sector == "agriculture" ? 35
                    : sector == "construction"           ? 38
                    : sector == "domestic_work"          ? 39
                                                         : 47;
                row[k] = "1";
                row[kLabourText] = kLabourNames[k - kLabourFirst];
            }
            if (sexual) {
                row[49] = "1";
                row[50] = r.chance(0.1) ? "1" : "0";
                row[51] = row[52] = "0";
                row[53] = row[50] == "1" ? "\"Prostitution; Pornography\"" : "Prostitution";
            }
            if (r.chance(0.3)) {
                const size_t k = size_t(57 + r.between(0, 4));
                for (size_t j = 57; j <= 61; ++j)
                    row[j] = j == k ? "1" : "0";
                row[55] = k == 57 ? "Intimate Partner" : k == 58 ? "Friend" : k == 59 ? "Family" : "Other";
            }
        }
        if (!appendRow(device, out, row, n + 1 < o.rows || o.finalNewline ? eol : std::string()))
            return writeError(device);
    }
    if (!flush(device, out, true))
        return writeError(device);
    return Ok {};
}

Status writeVictimPerpetrator(QIODevice* device, const CtdcGenerator::Options& o)
{
    Random r(o.seed);
    const std::string eol = o.crlf ? "\r\n" : "\n";
    std::string out = fileStart(o, kVpColumns, eol);
    const auto& corridors = SampleWorld::corridors();
    const std::vector<double> weights = SampleWorld::weights();
    std::vector<std::string> originRegion, destinationRegion;
    corridorPlaces([](const auto& c) { return unRegion(c); }, originRegion, destinationRegion);
    // One or two values, the way the dataset joins its perpetrators' differing values.
    auto oneOrTwo = [&r](const char* a, const char* b) -> std::string {
        const double p = r.uniform();
        return p < 0.45 ? a : p < 0.9 ? b : std::string(a) + ';' + b;
    };
    std::vector<std::string> row(std::size(kVpColumns));
    for (qint64 n = 0; n < o.rows; ++n) {
        const size_t ci = r.weighted(weights);
        const SampleCorridor& c = corridors[ci];
        const bool sparse = r.chance(o.sparse);
        for (std::string& v : row)
            v.clear();
        std::string year = kYearBands[r.between(0, 4)];
        if (o.dashVariants && year.size() > 4)
            year.replace(4, 1, "\xE2\x80\x93");
        row[0] = year;
        row[1] = r.chance(0.7) ? "Female" : "Male";
        row[2] = r.chance(0.75) ? "Adult" : "Minor";
        if (!sparse) {
            const std::string expl(c.exploitation);
            if (expl == "sexual_exploitation")
                row[4] = "1";
            else if (expl == "forced_labour" || expl == "domestic_servitude")
                row[3] = "1";
            row[5] = originRegion[ci];
            row[6] = destinationRegion[ci];
            row[7] = oneOrTwo("Yes", "No");
            row[8] = oneOrTwo("Male", "Female");
            const int a = int(r.between(2, 7));
            row[9] = r.chance(0.85) ? std::string(kAges[a]) : std::string(kAges[a]) + ';' + kAges[a + 1];
            row[10] = r.chance(0.8) ? originRegion[ci] : destinationRegion[ci];
            row[11] = r.chance(0.85) ? std::string(kRelations[r.between(0, 3)])
                                     : std::string(kRelations[0]) + ';' + kRelations[1];
            row[12] = oneOrTwo("No", "Yes");
            row[13] = oneOrTwo("Yes", "No");
            row[14] = oneOrTwo("No", "Yes");
            row[15] = oneOrTwo("Yes", "No");
        }
        if (!appendRow(device, out, row, n + 1 < o.rows || o.finalNewline ? eol : std::string()))
            return writeError(device);
    }
    if (!flush(device, out, true))
        return writeError(device);
    return Ok {};
}
} // namespace

const char* CtdcGenerator::layoutName(Layout layout)
{
    switch (layout) {
    case Layout::V2:
        return "v2";
    case Layout::Global2017:
        return "global-2017-2020";
    case Layout::VictimPerpetrator:
        return "vp-condensed";
    }
    return "";
}

Status CtdcGenerator::write(const QString& path, const Options& options)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(
            QCoreApplication::translate("CtdcGenerator", "%1 cannot be written: %2").arg(path, f.errorString()));
    return write(&f, options);
}

Status CtdcGenerator::write(QIODevice* device, const Options& o)
{
    if (o.layout == Layout::Global2017)
        return writeGlobal(device, o);
    if (o.layout == Layout::VictimPerpetrator)
        return writeVictimPerpetrator(device, o);
    Random r(o.seed);
    // Quirks draw from their own stream, so a quirky file holds the same rows as a plain one.
    Random quirks(o.seed ^ 0x9E3779B97F4A7C15ull);
    const std::string eol = o.crlf ? "\r\n" : "\n";
    const std::string missing = o.nullMarkers ? "NULL" : "";
    std::vector<std::string> header(std::begin(kColumns), std::end(kColumns));
    if (o.withholdDocumentsAlias)
        header[13] = "meansWithholdDocuments";
    // Older releases: more columns, another order. Map by name, never by place.
    std::vector<size_t> order(header.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::vector<std::string> extra;
    if (o.olderRelease) {
        extra = { "Datasource", "majorityStatus", "isForcedMarriage", "typeOfLabourOther" };
        for (size_t i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[size_t(quirks.between(0, qint64(i)))]);
    }
    auto range = [&](const char* band) {
        std::string s(band);
        if (o.dashVariants) {
            const size_t p = s.find("--");
            if (p != std::string::npos)
                s.replace(p, 2, quirks.chance(0.5) ? "\xE2\x80\x93" : "\xE2\x80\x94");
        }
        return s;
    };

    std::string out;
    out.reserve(1 << 20);
    if (o.byteOrderMark)
        out += "\xEF\xBB\xBF";
    bool first = true;
    for (size_t i : order) {
        out += first ? "" : ",";
        out += header[i];
        first = false;
    }
    for (const std::string& e : extra)
        out += "," + e;
    out += eol;

    const auto& corridors = SampleWorld::corridors();
    const std::vector<double> weights = SampleWorld::weights();
    std::vector<std::string> row(header.size());
    for (qint64 n = 0; n < o.rows; ++n) {
        const SampleCorridor& c = corridors[r.weighted(weights)];
        for (std::string& v : row)
            v = missing;
        row[0] = std::to_string(2002 + r.between(0, 21));
        if (r.chance(0.95))
            row[1] = kGenders[r.chance(0.97) ? r.between(0, 1) : 2];
        if (r.chance(0.9))
            row[2] = range(kAges[r.between(0, 8)]);
        if (r.chance(0.85))
            row[3] = c.origin;
        if (r.chance(0.95))
            row[4] = c.destination;
        if (r.chance(0.4))
            row[5] = range(kMonths[r.between(0, 2)]);
        for (size_t m = 6; m <= 13; ++m) {
            if (r.chance(0.2))
                row[m] = "1";
        }
        const std::string expl(c.exploitation);
        if (expl == "sexual_exploitation") {
            row[15] = "1";
            if (r.chance(0.8))
                row[21] = "1";
            else if (r.chance(0.3))
                row[22] = "1";
        } else if (expl == "forced_labour" || expl == "domestic_servitude") {
            row[14] = "1";
            const std::string sector(c.sector);
            if (sector == "agriculture")
                row[17] = "1";
            else if (sector == "construction")
                row[18] = "1";
            else if (sector == "domestic_work")
                row[19] = "1";
        } else {
            row[16] = "1";
        }
        if (r.chance(0.3))
            row[size_t(23 + r.between(0, 3))] = "1";
        first = true;
        for (size_t i : order) {
            out += first ? "" : ",";
            out += row[i];
            first = false;
        }
        if (o.olderRelease) {
            out += quirks.chance(0.5) ? ",Case Management" : ",Hotline";
            out += quirks.chance(0.7) ? ",Adult" : ",Minor";
            out += "," + missing + "," + missing;
        }
        if (n + 1 < o.rows || o.finalNewline)
            out += eol;
        if (out.size() > (1 << 20) - 4096) {
            if (device->write(out.data(), qint64(out.size())) != qint64(out.size()))
                return Error(QCoreApplication::translate("CtdcGenerator", "The CTDC file could not be written: %1")
                                 .arg(device->errorString()));
            out.clear();
        }
    }
    if (device->write(out.data(), qint64(out.size())) != qint64(out.size()))
        return Error(QCoreApplication::translate("CtdcGenerator", "The CTDC file could not be written: %1")
                         .arg(device->errorString()));
    return Ok {};
}

} // namespace waymark::sample
