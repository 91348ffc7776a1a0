#include "ctdcgenerator.h"

#include "core/random.h"
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
} // namespace

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
