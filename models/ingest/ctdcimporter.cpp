#include "ctdcimporter.h"

#include "core/fuzzydate.h"
#include "core/taxonomy.h"
#include "ingest/csvtable.h"
#include "ingest/csvtablesource.h"
#include "ingest/fieldtext.h"
#include "ingest/importsession.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace waymark::ingest {

namespace {

// ---------------------------------------------------------------------------
// The layouts, as data. Each is what an import specification states: which
// column feeds which model field, through which value map, and which tokens
// mean "missing". The reader below interprets these tables; nothing about a
// layout is written in its code.
// ---------------------------------------------------------------------------

enum class Field {
    Year, ///< a year: the incident's date at year precision
    YearBand, ///< a year or a band of years ("2014-2018"): a date range at year precision
    Gender, ///< the victim's gender, through kGender
    Age, ///< the victim's age band, one of kAgeBands
    Months, ///< time in trafficking, one of kMonths
    Origin, ///< citizenship: a country code, a UN region or a merged region
    Destination, ///< country or region of exploitation
    Flag, ///< 1 sets `bit` in `set`; 0 or missing sets nothing
    Text, ///< kept as an attribute (…Concatenated, Datasource, majorityStatus)
    Perpetrator, ///< an attribute of the perpetrator entity (IP_*)
    Attribute, ///< a column the layout does not name: kept as an attribute
};
enum class Set { None, Exploitation, Sector, SexForm, Means, Recruiter };

struct ColumnSpec {
    const char* name;
    Field field;
    Set set = Set::None;
    std::uint32_t bit = 0;
};

struct ValueMap {
    const char* text;
    const char* value;
};

/// Gender as the layouts write it → the incidents.gender codes.
const ValueMap kGender[] = {
    { "Man", "man" },
    { "Woman", "woman" },
    { "Male", "man" },
    { "Female", "woman" },
    { "Trans/Transgender/NonConforming", "trans" },
    { "Transgender", "trans" },
};
const char* const kAgeBands[] = { "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+" };
const char* const kMonths[] = { "0--12", "13--24", "25+" };

using T = Taxonomy;
using F = Field;
using S = Set;

/// Global Synthetic Dataset, codebook v2 (2024).
const ColumnSpec kV2[] = {
    { "yearOfRegistration", F::Year },
    { "gender", F::Gender },
    { "ageBroad", F::Age },
    { "citizenship", F::Origin },
    { "CountryOfExploitation", F::Destination },
    { "traffickMonths", F::Months },
    { "meansDebtBondageEarnings", F::Flag, S::Means, T::DebtBondage },
    { "meansThreats", F::Flag, S::Means, T::Threats },
    { "meansAbusePsyPhySex", F::Flag, S::Means, T::Abuse },
    { "meansFalsePromises", F::Flag, S::Means, T::FalsePromises },
    { "meansDrugsAlcohol", F::Flag, S::Means, T::DrugsAlcohol },
    { "meansDenyBasicNeeds", F::Flag, S::Means, T::DenyBasicNeeds },
    { "meansExcessiveWorkHours", F::Flag, S::Means, T::ExcessiveWorkHours },
    { "meansWithholdDocs", F::Flag, S::Means, T::WithholdDocuments },
    { "meansWithholdDocuments", F::Flag, S::Means, T::WithholdDocuments },
    { "isForcedLabour", F::Flag, S::Exploitation, T::ForcedLabour },
    { "isSexualExploit", F::Flag, S::Exploitation, T::SexualExploitation },
    { "isOtherExploit", F::Flag, S::Exploitation, T::OtherExploitation },
    { "typeOfLabourAgriculture", F::Flag, S::Sector, T::Agriculture },
    { "typeOfLabourConstruction", F::Flag, S::Sector, T::Construction },
    { "typeOfLabourDomesticWork", F::Flag, S::Sector, T::DomesticWork },
    { "typeOfLabourHospitality", F::Flag, S::Sector, T::Hospitality },
    { "typeOfSexProstitution", F::Flag, S::SexForm, T::Prostitution },
    { "typeOfSexPornography", F::Flag, S::SexForm, T::Pornography },
    // The same six as the dataset is downloaded since its 2025 release.
    { "sectorOfLabourAgriculture", F::Flag, S::Sector, T::Agriculture },
    { "sectorOfLabourConstruction", F::Flag, S::Sector, T::Construction },
    { "sectorOfLabourDomesticWork", F::Flag, S::Sector, T::DomesticWork },
    { "sectorOfLabourHospitality", F::Flag, S::Sector, T::Hospitality },
    { "sectorOfSexProstitution", F::Flag, S::SexForm, T::Prostitution },
    { "sectorOfSexPornography", F::Flag, S::SexForm, T::Pornography },
    { "recruiterRelationIntimatePartner", F::Flag, S::Recruiter, T::IntimatePartner },
    { "recruiterRelationFriend", F::Flag, S::Recruiter, T::Friend },
    { "recruiterRelationFamily", F::Flag, S::Recruiter, T::Family },
    { "recruiterRelationOther", F::Flag, S::Recruiter, T::OtherRecruiter },
    // Columns of older releases that turn up in v2-shaped copies.
    { "isSexAndLabour", F::Flag, S::Exploitation, T::SexualExploitation | T::ForcedLabour },
    { "isForcedMarriage", F::Flag, S::Exploitation, T::ForcedMarriage },
    { "isForcedMilitary", F::Flag, S::Exploitation, T::ForcedMilitary },
    { "isOrganRemoval", F::Flag, S::Exploitation, T::OrganRemoval },
    { "isSlaveryAndPractices", F::Flag, S::Exploitation, T::Slavery },
    { "typeOfLabourOther", F::Flag, S::Sector, T::OtherSector },
    { "typeOfLabourBegging", F::Flag, S::Sector, T::Begging },
    { "typeOfLabourManufacturing", F::Flag, S::Sector, T::Manufacturing },
    { "typeOfLabourFishing", F::Flag, S::Sector, T::Fishing },
    { "typeOfSexOther", F::Flag, S::SexForm, T::OtherSexForm },
};

/// The k-anonymised Global Dataset releases, 2017–2020 (2018 order). A flag
/// with no taxonomy bit (meansOfControlUsesChildren…) is kept as an attribute
/// when set.
const ColumnSpec kGlobal[] = {
    { "yearOfRegistration", F::Year },
    { "Datasource", F::Text },
    { "gender", F::Gender },
    { "ageBroad", F::Age },
    { "majorityStatus", F::Text },
    { "majorityStatusAtExploit", F::Text },
    { "majorityEntry", F::Text },
    { "citizenship", F::Origin },
    { "meansOfControlDebtBondage", F::Flag, S::Means, T::DebtBondage },
    { "meansOfControlTakesEarnings", F::Flag, S::Means, T::DebtBondage },
    { "meansOfControlRestrictsFinancialAccess", F::Flag },
    { "meansOfControlThreats", F::Flag, S::Means, T::Threats },
    { "meansOfControlPsychologicalAbuse", F::Flag, S::Means, T::Abuse },
    { "meansOfControlPhysicalAbuse", F::Flag, S::Means, T::Abuse },
    { "meansOfControlSexualAbuse", F::Flag, S::Means, T::Abuse },
    { "meansOfControlFalsePromises", F::Flag, S::Means, T::FalsePromises },
    { "meansOfControlPsychoactiveSubstances", F::Flag, S::Means, T::DrugsAlcohol },
    { "meansOfControlRestrictsMovement", F::Flag },
    { "meansOfControlRestrictsMedicalCare", F::Flag, S::Means, T::DenyBasicNeeds },
    { "meansOfControlExcessiveWorkingHours", F::Flag, S::Means, T::ExcessiveWorkHours },
    { "meansOfControlUsesChildren", F::Flag },
    { "meansOfControlThreatOfLawEnforcement", F::Flag, S::Means, T::Threats },
    { "meansOfControlWithholdsNecessities", F::Flag, S::Means, T::DenyBasicNeeds },
    { "meansOfControlWithholdsDocuments", F::Flag, S::Means, T::WithholdDocuments },
    { "meansOfControlOther", F::Flag },
    { "meansOfControlNotSpecified", F::Flag },
    { "meansOfControlConcatenated", F::Text },
    { "isForcedLabour", F::Flag, S::Exploitation, T::ForcedLabour },
    { "isSexualExploit", F::Flag, S::Exploitation, T::SexualExploitation },
    { "isOtherExploit", F::Flag, S::Exploitation, T::OtherExploitation },
    { "isSexAndLabour", F::Flag, S::Exploitation, T::SexualExploitation | T::ForcedLabour },
    { "isForcedMarriage", F::Flag, S::Exploitation, T::ForcedMarriage },
    { "isForcedMilitary", F::Flag, S::Exploitation, T::ForcedMilitary },
    { "isOrganRemoval", F::Flag, S::Exploitation, T::OrganRemoval },
    { "isSlaveryAndPractices", F::Flag, S::Exploitation, T::Slavery },
    { "typeOfExploitConcatenated", F::Text },
    { "typeOfLabourAgriculture", F::Flag, S::Sector, T::Agriculture },
    { "typeOfLabourAquafarming", F::Flag, S::Sector, T::Aquafarming },
    { "typeOfLabourBegging", F::Flag, S::Sector, T::Begging },
    { "typeOfLabourConstruction", F::Flag, S::Sector, T::Construction },
    { "typeOfLabourDomesticWork", F::Flag, S::Sector, T::DomesticWork },
    { "typeOfLabourHospitality", F::Flag, S::Sector, T::Hospitality },
    { "typeOfLabourIllicitActivities", F::Flag, S::Sector, T::IllicitActivities },
    { "typeOfLabourManufacturing", F::Flag, S::Sector, T::Manufacturing },
    { "typeOfLabourMiningOrDrilling", F::Flag, S::Sector, T::MiningOrDrilling },
    { "typeOfLabourPeddling", F::Flag, S::Sector, T::Peddling },
    { "typeOfLabourTransportation", F::Flag, S::Sector, T::Transportation },
    { "typeOfLabourOther", F::Flag, S::Sector, T::OtherSector },
    { "typeOfLabourNotSpecified", F::Flag },
    { "typeOfLabourConcatenated", F::Text },
    { "typeOfSexProstitution", F::Flag, S::SexForm, T::Prostitution },
    { "typeOfSexPornography", F::Flag, S::SexForm, T::Pornography },
    { "typeOfSexRemoteInteractiveServices", F::Flag, S::SexForm, T::OtherSexForm },
    { "typeOfSexPrivateSexualServices", F::Flag, S::SexForm, T::OtherSexForm },
    { "typeOfSexConcatenated", F::Text },
    { "isAbduction", F::Flag },
    { "RecruiterRelationship", F::Text },
    { "CountryOfExploitation", F::Destination }, // also spelt CountryofExploitation: names compare case-insensitively
    { "recruiterRelationIntimatePartner", F::Flag, S::Recruiter, T::IntimatePartner },
    { "recruiterRelationFriend", F::Flag, S::Recruiter, T::Friend },
    { "recruiterRelationFamily", F::Flag, S::Recruiter, T::Family },
    { "recruiterRelationOther", F::Flag, S::Recruiter, T::OtherRecruiter },
    { "recruiterRelationUnknown", F::Flag },
};

/// The victim–perpetrator synthetic dataset, condensed layout. Every IP_*
/// column (these and any other) describes the victim's perpetrators.
const ColumnSpec kVictimPerpetrator[] = {
    { "yearRegister", F::YearBand },
    { "gender", F::Gender },
    { "majorityStatus", F::Text },
    { "isForcedLabour", F::Flag, S::Exploitation, T::ForcedLabour },
    { "isSexualExploit", F::Flag, S::Exploitation, T::SexualExploitation },
    { "UN_COO_Region", F::Origin },
    { "UN_COE_Region", F::Destination },
    { "IP_Exploiter", F::Perpetrator },
    { "IP_Gender", F::Perpetrator },
    { "IP_ageBroad", F::Perpetrator },
    { "IP_citizen_UNRegion", F::Perpetrator },
    { "IP_Relation", F::Perpetrator },
    { "IP_PayMoney", F::Perpetrator },
    { "IP_RecruiterBroker", F::Perpetrator },
    { "IP_TransactionProcess", F::Perpetrator },
    { "IP_ControlAbuseKidnap", F::Perpetrator },
};

const char* const kMissingV2[] = { "NULL" };
const char* const kMissingGlobal[] = { "NULL", "-99" };

struct Layout {
    const char* id;
    const char* description; ///< QT_TRANSLATE_NOOP("CtdcImporter", …)
    const char* yearColumn; ///< the column whose presence makes the layout possible
    const ColumnSpec* columns;
    size_t columnCount;
    const char* const* missing; ///< tokens that mean missing, besides an empty field
    size_t missingCount;
    /// Only a header made of this layout's columns alone is this layout.
    bool closed;
    /// Column names after the first of `columns`: a second table whose names
    /// map too (the full victim–perpetrator layout names v2's columns).
    const ColumnSpec* moreColumns;
    size_t moreColumnCount;
    const char* sourceKey;
    const char* sourceName;
};

// Detection order: on equal scores the earlier layout wins.
const Layout kLayouts[] = {
    { "ctdc-v2", QT_TRANSLATE_NOOP("CtdcImporter", "CTDC Global Synthetic Dataset (codebook v2)"), "yearOfRegistration",
        kV2, std::size(kV2), kMissingV2, std::size(kMissingV2), false, nullptr, 0, "ctdc-gsd",
        "CTDC Global Synthetic Dataset" },
    { "ctdc-global-2017-2020",
        QT_TRANSLATE_NOOP("CtdcImporter", "CTDC Global Dataset, k-anonymised release of 2017–2020"),
        "yearOfRegistration", kGlobal, std::size(kGlobal), kMissingGlobal, std::size(kMissingGlobal), false, nullptr, 0,
        "ctdc-global", "CTDC Global Dataset (k-anonymised)" },
    { "ctdc-vp-condensed",
        QT_TRANSLATE_NOOP("CtdcImporter", "CTDC victim–perpetrator synthetic dataset (condensed layout)"),
        "yearRegister", kVictimPerpetrator, std::size(kVictimPerpetrator), kMissingV2, std::size(kMissingV2), true,
        nullptr, 0, "ctdc-vp", "CTDC victim–perpetrator synthetic dataset" },
    { "ctdc-vp-full", QT_TRANSLATE_NOOP("CtdcImporter", "CTDC victim–perpetrator synthetic dataset (full layout)"),
        "yearRegister", kVictimPerpetrator, std::size(kVictimPerpetrator), kMissingV2, std::size(kMissingV2), false,
        kV2, std::size(kV2), "ctdc-vp", "CTDC victim–perpetrator synthetic dataset" },
};

bool isPerpetratorColumn(std::string_view name)
{
    return name.size() > 3 && FieldText::equalsIgnoreCase(name.substr(0, 3), "IP_");
}

/// The spec of a column in a layout, or nullptr when the layout does not name it.
const ColumnSpec* specOf(const Layout& layout, std::string_view name)
{
    for (size_t i = 0; i < layout.columnCount; ++i)
        if (FieldText::equalsIgnoreCase(name, layout.columns[i].name))
            return &layout.columns[i];
    for (size_t i = 0; i < layout.moreColumnCount; ++i)
        if (FieldText::equalsIgnoreCase(name, layout.moreColumns[i].name))
            return &layout.moreColumns[i];
    return nullptr;
}

/// Whether a cell of `sample` (the file's first bytes) is exactly -99.
bool hasMinus99Cell(std::string_view sample, char delimiter)
{
    for (size_t at = sample.find("-99"); at != std::string_view::npos; at = sample.find("-99", at + 3)) {
        const auto edge
            = [delimiter](char c) { return c == delimiter || c == '\n' || c == '\r' || c == '"' || c == ' '; };
        if (at > 0 && edge(sample[at - 1]) && at + 3 < sample.size() && edge(sample[at + 3]))
            return true;
    }
    return false;
}

/// The layout a header is, or nullptr: the one naming most of its columns,
/// among those whose year column is there. A header two layouts name
/// equally (a few columns of an older release) is the one whose missing
/// marker -99 the first rows use, when they do.
const Layout* detectLayout(const std::vector<std::string>& header, std::string_view sample = {}, char delimiter = ',')
{
    const Layout* best = nullptr;
    const Layout* tiedWithMinus99 = nullptr;
    int bestScore = -1;
    for (const Layout& layout : kLayouts) {
        const bool vp = layout.yearColumn == std::string_view("yearRegister");
        bool hasYear = false;
        int score = 0;
        bool foreign = false;
        for (const std::string& name : header) {
            if (FieldText::equalsIgnoreCase(name, layout.yearColumn))
                hasYear = true;
            if (specOf(layout, name) || (vp && isPerpetratorColumn(name)))
                ++score;
            else
                foreign = true;
            if (layout.closed && !specOf(layout, name))
                foreign = true;
        }
        if (!hasYear || (layout.closed && foreign))
            continue;
        const bool minus99 = std::any_of(layout.missing, layout.missing + layout.missingCount,
            [](const char* token) { return std::string_view(token) == "-99"; });
        if (score > bestScore) {
            best = &layout;
            bestScore = score;
            tiedWithMinus99 = minus99 ? &layout : nullptr;
        } else if (score == bestScore && minus99 && !tiedWithMinus99) {
            tiedWithMinus99 = &layout;
        }
    }
    if (tiedWithMinus99 && tiedWithMinus99 != best && hasMinus99Cell(sample, delimiter))
        return tiedWithMinus99;
    return best;
}

const Layout* layoutById(const QString& id)
{
    for (const Layout& layout : kLayouts)
        if (id == QLatin1String(layout.id))
            return &layout;
    return nullptr;
}

template <size_t N> const char* findBand(const char* const (&bands)[N], std::string_view text)
{
    std::string norm = FieldText::normaliseRange(FieldText::trim(text));
    // "0--12 (0-1 yr)": the codebook's label after the band is optional.
    if (const size_t paren = norm.find(" ("); paren != std::string::npos)
        norm.resize(paren);
    while (!norm.empty() && norm.back() == ' ')
        norm.pop_back();
    for (const char* band : bands) {
        if (norm == band)
            return band;
    }
    return nullptr;
}

const char* genderOf(std::string_view v)
{
    for (const ValueMap& m : kGender)
        if (FieldText::equalsIgnoreCase(v, m.text))
            return m.value;
    if (v.find("Trans") != std::string_view::npos || v.find("NonConforming") != std::string_view::npos)
        return "trans";
    return nullptr;
}

void appendJsonString(std::string& out, std::string_view v)
{
    out += '"';
    for (const char c : v) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 0xF];
            out += hex[c & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

/// A value, or a ';'-separated set of values ("Female;Male"), as JSON: a
/// string for one value, an array of the distinct values, sorted, for several.
void appendJsonValue(std::string& out, std::string_view v, bool multiValued)
{
    if (!multiValued || v.find(';') == std::string_view::npos) {
        appendJsonString(out, v);
        return;
    }
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (start <= v.size()) {
        size_t end = v.find(';', start);
        if (end == std::string_view::npos)
            end = v.size();
        const std::string_view part = FieldText::trim(v.substr(start, end - start));
        if (!part.empty())
            parts.push_back(part);
        start = end + 1;
    }
    std::sort(parts.begin(), parts.end());
    parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
    out += '[';
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i)
            out += ',';
        appendJsonString(out, parts[i]);
    }
    out += ']';
}

bool containsValue(std::string_view cell, std::string_view value)
{
    size_t start = 0;
    while (start <= cell.size()) {
        size_t end = cell.find(';', start);
        if (end == std::string_view::npos)
            end = cell.size();
        if (FieldText::equalsIgnoreCase(FieldText::trim(cell.substr(start, end - start)), value))
            return true;
        start = end + 1;
    }
    return false;
}

enum class Role { None, Exploiter, Recruiter };

struct Bound {
    Field field;
    Set set;
    std::uint32_t bit;
    QString name;
    Role role = Role::None; ///< a perpetrator column that says the perpetrator's role
    std::string jsonKey; ///< `"name":`, ready to append
};

} // namespace

QString CtdcImporter::detect(const QStringList& columns)
{
    std::vector<std::string> names;
    names.reserve(size_t(columns.size()));
    for (const QString& c : columns)
        names.push_back(c.trimmed().toStdString());
    const Layout* layout = detectLayout(names);
    return layout ? QString::fromLatin1(layout->id) : QString();
}

QString CtdcImporter::detect(const QByteArray& head)
{
    QByteArray line = head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n'));
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    while (line.endsWith('\r'))
        line.chop(1);
    // A spreadsheet saved as CSV in a European locale separates with ';'.
    const char delimiter = CsvTableSource::sniffDelimiter(line);
    std::vector<std::string> names;
    for (QByteArray name : line.split(delimiter)) {
        name = name.trimmed();
        if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"'))
            name = name.mid(1, name.size() - 2);
        names.push_back(name.trimmed().toStdString());
    }
    const Layout* layout = detectLayout(names, std::string_view(head.constData(), size_t(head.size())), delimiter);
    return layout ? QString::fromLatin1(layout->id) : QString();
}

QString CtdcImporter::describe(const QString& format)
{
    const Layout* layout = layoutById(format);
    return layout ? QCoreApplication::translate("CtdcImporter", layout->description) : QString();
}

QStringList CtdcImporter::formats()
{
    QStringList out;
    for (const Layout& layout : kLayouts)
        out << QString::fromLatin1(layout.id);
    return out;
}

Status CtdcImporter::run(ImportSession& session, QIODevice* device, const QString& displayName, qint64 totalBytes)
{
    store::Workspace& ws = session.workspace();
    const QByteArray head = device->peek(1 << 16);
    const char delimiter = CsvTableSource::sniffDelimiter(head);
    CsvTable table(session, device, displayName, totalBytes, delimiter);
    if (Status st = table.open(); !st)
        return st;
    const CsvReader& reader = table.reader();

    std::vector<std::string> names;
    for (const QString& name : table.header())
        names.push_back(name.toStdString());
    const Layout* layout = detectLayout(names, std::string_view(head.constData(), size_t(head.size())), delimiter);
    if (!layout)
        return reader.errorAtRecord(QCoreApplication::translate(
            "CtdcImporter", "the header has no yearOfRegistration or yearRegister column; is this a CTDC file?"));
    const bool vp = layout->yearColumn == std::string_view("yearRegister");
    session.summary().format = QString::fromLatin1(layout->id);
    session.summary().notes.prepend(
        QCoreApplication::translate("CtdcImporter", "Read as %1.").arg(describe(session.summary().format)));

    std::vector<Bound> columns;
    bool perpetrators = false;
    for (size_t i = 0; i < names.size(); ++i) {
        Bound b { Field::Attribute, Set::None, 0, table.header().at(int(i)), Role::None, {} };
        if (const ColumnSpec* c = specOf(*layout, names[i])) {
            b.field = c->field;
            b.set = c->set;
            b.bit = c->bit;
        } else if (vp && isPerpetratorColumn(names[i])) {
            b.field = Field::Perpetrator;
        }
        if (b.field == Field::Perpetrator && FieldText::equalsIgnoreCase(names[i], "IP_Exploiter"))
            b.role = Role::Exploiter;
        else if (b.field == Field::Perpetrator && FieldText::equalsIgnoreCase(names[i], "IP_RecruiterBroker"))
            b.role = Role::Recruiter;
        perpetrators |= b.field == Field::Perpetrator;
        appendJsonString(b.jsonKey, names[i]);
        b.jsonKey += ':';
        columns.push_back(std::move(b));
    }
    const std::string_view minus99 = "-99";
    const bool hasMinus99 = std::any_of(
        layout->missing, layout->missing + layout->missingCount, [&](const char* token) { return minus99 == token; });
    auto isMissing = [hasMinus99](std::string_view v) {
        if (v.empty())
            return true;
        if (v.front() == ' ' || v.front() == '\t' || v.back() == ' ' || v.back() == '\t')
            v = FieldText::trim(v); // "-99 ", padded by a re-save
        if (v.empty())
            return true;
        if (v.front() == 'N' || v.front() == 'n')
            return FieldText::isMissing(v);
        return hasMinus99 && v == "-99";
    };

    // One source row stands for the dataset; every incident points at it.
    if (Status st = ws.cached("INSERT OR IGNORE INTO sources(extract_id, line, source_key, name, kind, grading_scheme, "
                              "source_grade, info_grade, handling_code, tlp) VALUES(?, 1, ?, ?, 'partner_case', "
                              "'uk_3x5x2', '2', 'C', 'P', 'TLP:CLEAR')")
                        .bind(1, session.extractId())
                        .bind(2, std::string_view(layout->sourceKey))
                        .bind(3, std::string_view(layout->sourceName))
                        .exec();
        !st)
        return st;
    store::Statement& findSource = ws.cached("SELECT id FROM sources WHERE source_key = ?");
    findSource.bind(1, std::string_view(layout->sourceKey));
    const qint64 sourceId = findSource.next() ? findSource.int64(0) : 0;
    findSource.reset();

    store::Statement& insert = ws.cached(
        "INSERT INTO incidents(extract_id, line, source_id, date_text, date_precision, day_from, day_to, place_id, "
        "origin_id, destination_id, exploitation, sectors, sex_forms, means, recruiter, victims, gender, age_band, "
        "traffick_months, attributes) VALUES(?,?,?,?,1,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?)");
    insert.bind(1, session.extractId()).bind(3, sourceId);
    // Rows bind their text without a copy (the years, the codebook's words
    // and `attributes` below outlive each run); the pointers go at the end.
    const auto unbind = qScopeGuard([&insert] { insert.clearBindings(); });

    const size_t ncol = columns.size();
    // QDate's calendar arithmetic is the costliest thing per row; a year has few values.
    struct Dated {
        FuzzyDate date;
        std::string text;
    };
    // CTDC's registrations start in 2002 (the v2 codebook); later releases
    // go further, so any year from 1990 to the data's cut-off is taken
    // (shared/data/README.md), and an earlier one is a mistyped cell.
    constexpr int kFirstYear = 1990;
    std::vector<Dated> years;
    for (int y = kFirstYear; y <= session.maxYear(); ++y)
        years.push_back({ FuzzyDate::fromYear(y), std::to_string(y) });
    std::unordered_map<std::string, Dated> bands; // banded years, by the cell's text
    std::unordered_map<std::string, qint64> places; // place cells that are not country codes
    const std::string entityKeyPrefix = "ctdc:" + std::to_string(session.extractId()) + ':';
    std::string entityLabelPrefix, entityLabelSuffix;
    {
        const QString label = QCoreApplication::translate("CtdcImporter", "Perpetrators of the victim of line %1");
        const qsizetype at = label.indexOf(QLatin1String("%1"));
        entityLabelPrefix = label.left(at).toStdString();
        entityLabelSuffix = label.mid(at + 2).toStdString();
    }

    std::string attributes, perpetrator, entityKey, entityLabel;
    return table.forEachRow([&]() -> Status {
        std::array<std::uint32_t, 6> sets {};
        const Dated* date = nullptr;
        qint64 origin = 0, destination = 0;
        const char* age = nullptr;
        const char* months = nullptr;
        const char* gender = nullptr;
        bool exploiter = false, recruiter = false;
        attributes.clear();
        perpetrator.clear();
        int badField = -1;
        QString why;
        // An attribute kept as text; a cell of several values ("Female;Male") as a set.
        auto keep = [&](std::string& json, const Bound& c, std::string_view v) {
            json += json.empty() ? '{' : ',';
            json += c.jsonKey;
            appendJsonValue(json, v, vp);
        };
        for (size_t i = 0; i < ncol && badField < 0; ++i) {
            const std::string_view raw = reader.field(int(i));
            if (isMissing(raw))
                continue;
            const std::string_view v = FieldText::trim(raw);
            const Bound& c = columns[i];
            // A victim's field given several values cannot be one value: kept as a set.
            if (vp && c.field != Field::Perpetrator && v.find(';') != std::string_view::npos) {
                keep(attributes, c, v);
                continue;
            }
            switch (c.field) {
            case Field::Year: {
                const auto y = FieldText::toInt(v);
                if (!y || *y < kFirstYear || *y > session.maxYear()) {
                    badField = int(i);
                    why = QCoreApplication::translate("CtdcImporter", "%1: impossible year \"%2\"")
                              .arg(c.name, FieldText::toQString(v));
                } else {
                    date = &years[size_t(*y - kFirstYear)];
                }
                break;
            }
            case Field::YearBand: {
                auto it = bands.find(std::string(v));
                if (it == bands.end()) {
                    if (const auto d = FuzzyDate::parseYearBand(v, session.maxYear());
                        d && QDate::fromJulianDay(d->dayFrom).year() >= kFirstYear)
                        it = bands.emplace(std::string(v), Dated { *d, d->toString().toStdString() }).first;
                }
                if (it == bands.end()) {
                    badField = int(i);
                    why = QCoreApplication::translate(
                        "CtdcImporter", "%1: impossible year or band of years \"%2\" (expected 2019 or 2014-2018)")
                              .arg(c.name, FieldText::toQString(v));
                } else {
                    date = &it->second;
                }
                break;
            }
            case Field::Gender:
                if (!(gender = genderOf(v))) {
                    badField = int(i);
                    why = QCoreApplication::translate("CtdcImporter",
                        "%1: unknown code \"%2\" (expected Man, Woman or Trans/Transgender/NonConforming)")
                              .arg(c.name, FieldText::toQString(v));
                }
                break;
            case Field::Age:
                if (!(age = findBand(kAgeBands, v))) {
                    badField = int(i);
                    why = QCoreApplication::translate("CtdcImporter", "%1: unknown age band \"%2\"")
                              .arg(c.name, FieldText::toQString(v));
                }
                break;
            case Field::Months:
                if (!(months = findBand(kMonths, v))) {
                    badField = int(i);
                    why = QCoreApplication::translate("CtdcImporter", "%1: unknown band \"%2\"")
                              .arg(c.name, FieldText::toQString(v));
                }
                break;
            case Field::Origin:
            case Field::Destination: {
                qint64 place = session.countryByCode(v);
                if (!place) {
                    // UN regions ("Europe", "Americas/Oceania", "150") and country names.
                    auto it = places.find(std::string(v));
                    if (it == places.end())
                        it = places.emplace(std::string(v), session.placeByName(v)).first;
                    place = it->second;
                }
                if (!place) {
                    badField = int(i);
                    why = vp ? QCoreApplication::translate("CtdcImporter",
                              "%1: unknown place \"%2\" (expected a UN region such as Europe or Americas/Oceania)")
                                   .arg(c.name, FieldText::toQString(v))
                             : QCoreApplication::translate("CtdcImporter", "%1: unknown country code \"%2\"")
                                   .arg(c.name, FieldText::toQString(v));
                } else {
                    (c.field == Field::Origin ? origin : destination) = place;
                }
                break;
            }
            case Field::Flag:
                if (v == "1") {
                    if (c.set == Set::None)
                        keep(attributes, c, v);
                    else
                        sets[size_t(c.set)] |= c.bit;
                } else if (v != "0") {
                    badField = int(i);
                    why = QCoreApplication::translate("CtdcImporter", "%1: expected 1 or an empty field, found \"%2\"")
                              .arg(c.name, FieldText::toQString(v));
                }
                break;
            case Field::Perpetrator:
                keep(perpetrator, c, v);
                if (c.role == Role::Exploiter)
                    exploiter = containsValue(v, "Yes") || v == "1";
                else if (c.role == Role::Recruiter)
                    recruiter = containsValue(v, "Yes") || v == "1";
                break;
            case Field::Text:
            case Field::Attribute:
                keep(attributes, c, v);
                break;
            }
        }
        if (badField < 0 && !date) {
            for (size_t i = 0; i < ncol; ++i) {
                if (columns[i].field == Field::Year || columns[i].field == Field::YearBand)
                    badField = int(i);
            }
            why = QCoreApplication::translate("CtdcImporter", "%1 is missing; every record needs a year")
                      .arg(QLatin1String(layout->yearColumn));
        }
        if (badField >= 0)
            return table.reject(badField, why);

        const qint64 line = reader.recordLine();
        insert.bind(2, line).bindView(4, date->text).bind(5, date->date.dayFrom).bind(6, date->date.dayTo);
        destination ? insert.bind(7, destination).bind(9, destination) : insert.bindNull(7).bindNull(9);
        origin ? insert.bind(8, origin) : insert.bindNull(8);
        insert.bind(10, qint64(sets[size_t(Set::Exploitation)]))
            .bind(11, qint64(sets[size_t(Set::Sector)]))
            .bind(12, qint64(sets[size_t(Set::SexForm)]))
            .bind(13, qint64(sets[size_t(Set::Means)]))
            .bind(14, qint64(sets[size_t(Set::Recruiter)]));
        gender ? insert.bindView(15, gender) : insert.bindNull(15);
        age ? insert.bindView(16, age) : insert.bindNull(16);
        months ? insert.bindView(17, months) : insert.bindNull(17);
        if (attributes.empty()) {
            insert.bindNull(18);
        } else {
            attributes += '}';
            insert.bindView(18, attributes);
        }
        if (Status st = insert.exec(); !st)
            return st;
        ++session.summary().rowsImported;
        if (!perpetrators || perpetrator.empty())
            return Ok {};

        // What is known of the victim's perpetrators: one person entity
        // (several values in a cell when they differ), involved in the incident.
        const qint64 incident = ws.lastInsertId();
        perpetrator += '}';
        const std::string lineText = std::to_string(line);
        entityKey.assign(entityKeyPrefix).append(lineText).append(":perpetrator");
        entityLabel.assign(entityLabelPrefix).append(lineText).append(entityLabelSuffix);
        const Result<qint64> entity = session.addEntity(entityKey, "person", entityLabel, sourceId, perpetrator, line);
        if (!entity)
            return entity.error();
        for (const char* role : { exploiter ? "controller" : nullptr, recruiter ? "recruiter" : nullptr,
                 exploiter || recruiter ? nullptr : "suspect" }) {
            if (!role)
                continue;
            if (Status st = session.involve(incident, entity.value(), role, line); !st)
                return st;
        }
        return Ok {};
    });
}

} // namespace waymark::ingest
