#include "ctdcimporter.h"

#include "core/fuzzydate.h"
#include "core/taxonomy.h"
#include "ingest/csvtable.h"
#include "ingest/fieldtext.h"
#include "ingest/importsession.h"
#include "store/workspace.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace waymark::ingest {

namespace {

enum class Kind { Year, Gender, Age, Citizenship, Exploitation, Months, Flag, Attribute };
enum class Set { Exploitation, Sector, SexForm, Means, Recruiter, SexAndLabour };

struct Column {
    const char* name;
    Kind kind;
    Set set;
    std::uint32_t bit;
};

using T = Taxonomy;
// Every column name of codebook v2 and of the older releases that maps to
// the taxonomy. Names compare case-insensitively.
const Column kColumns[] = {
    { "yearOfRegistration", Kind::Year, Set::Exploitation, 0 },
    { "gender", Kind::Gender, Set::Exploitation, 0 },
    { "ageBroad", Kind::Age, Set::Exploitation, 0 },
    { "citizenship", Kind::Citizenship, Set::Exploitation, 0 },
    { "CountryOfExploitation", Kind::Exploitation, Set::Exploitation, 0 },
    { "traffickMonths", Kind::Months, Set::Exploitation, 0 },
    { "meansDebtBondageEarnings", Kind::Flag, Set::Means, T::DebtBondage },
    { "meansThreats", Kind::Flag, Set::Means, T::Threats },
    { "meansAbusePsyPhySex", Kind::Flag, Set::Means, T::Abuse },
    { "meansFalsePromises", Kind::Flag, Set::Means, T::FalsePromises },
    { "meansDrugsAlcohol", Kind::Flag, Set::Means, T::DrugsAlcohol },
    { "meansDenyBasicNeeds", Kind::Flag, Set::Means, T::DenyBasicNeeds },
    { "meansExcessiveWorkHours", Kind::Flag, Set::Means, T::ExcessiveWorkHours },
    { "meansWithholdDocs", Kind::Flag, Set::Means, T::WithholdDocuments },
    { "meansWithholdDocuments", Kind::Flag, Set::Means, T::WithholdDocuments },
    { "isForcedLabour", Kind::Flag, Set::Exploitation, T::ForcedLabour },
    { "isSexualExploit", Kind::Flag, Set::Exploitation, T::SexualExploitation },
    { "isOtherExploit", Kind::Flag, Set::Exploitation, T::OtherExploitation },
    { "typeOfLabourAgriculture", Kind::Flag, Set::Sector, T::Agriculture },
    { "typeOfLabourConstruction", Kind::Flag, Set::Sector, T::Construction },
    { "typeOfLabourDomesticWork", Kind::Flag, Set::Sector, T::DomesticWork },
    { "typeOfLabourHospitality", Kind::Flag, Set::Sector, T::Hospitality },
    { "typeOfSexProstitution", Kind::Flag, Set::SexForm, T::Prostitution },
    { "typeOfSexPornography", Kind::Flag, Set::SexForm, T::Pornography },
    { "recruiterRelationIntimatePartner", Kind::Flag, Set::Recruiter, T::IntimatePartner },
    { "recruiterRelationFriend", Kind::Flag, Set::Recruiter, T::Friend },
    { "recruiterRelationFamily", Kind::Flag, Set::Recruiter, T::Family },
    { "recruiterRelationOther", Kind::Flag, Set::Recruiter, T::OtherRecruiter },
    // Older releases.
    { "isSexAndLabour", Kind::Flag, Set::SexAndLabour, T::SexualExploitation | T::ForcedLabour },
    { "isForcedMarriage", Kind::Flag, Set::Exploitation, T::ForcedMarriage },
    { "isForcedMilitary", Kind::Flag, Set::Exploitation, T::ForcedMilitary },
    { "isOrganRemoval", Kind::Flag, Set::Exploitation, T::OrganRemoval },
    { "isSlaveryAndPractices", Kind::Flag, Set::Exploitation, T::Slavery },
    { "typeOfLabourOther", Kind::Flag, Set::Sector, T::OtherSector },
    { "typeOfLabourBegging", Kind::Flag, Set::Sector, T::Begging },
    { "typeOfLabourManufacturing", Kind::Flag, Set::Sector, T::Manufacturing },
    { "typeOfLabourFishing", Kind::Flag, Set::Sector, T::Fishing },
    { "typeOfSexOther", Kind::Flag, Set::SexForm, T::OtherSexForm },
    { "meansOfControlDebtBondage", Kind::Flag, Set::Means, T::DebtBondage },
    { "meansOfControlTakesEarnings", Kind::Flag, Set::Means, T::DebtBondage },
    { "meansOfControlThreats", Kind::Flag, Set::Means, T::Threats },
    { "meansOfControlPsychologicalAbuse", Kind::Flag, Set::Means, T::Abuse },
    { "meansOfControlPhysicalAbuse", Kind::Flag, Set::Means, T::Abuse },
    { "meansOfControlSexualAbuse", Kind::Flag, Set::Means, T::Abuse },
    { "meansOfControlFalsePromises", Kind::Flag, Set::Means, T::FalsePromises },
    { "meansOfControlPsychoactiveSubstances", Kind::Flag, Set::Means, T::DrugsAlcohol },
    { "meansOfControlWithholdsNecessities", Kind::Flag, Set::Means, T::DenyBasicNeeds },
    { "meansOfControlExcessiveWorkingHours", Kind::Flag, Set::Means, T::ExcessiveWorkHours },
    { "meansOfControlWithholdsDocuments", Kind::Flag, Set::Means, T::WithholdDocuments },
};

const char* const kAgeBands[] = { "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+" };
const char* const kMonths[] = { "0--12", "13--24", "25+" };

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

struct Bound {
    Kind kind;
    Set set;
    std::uint32_t bit;
    QString name;
};

} // namespace

bool CtdcImporter::recognises(const QByteArray& headerLine)
{
    return headerLine.toLower().contains("yearofregistration");
}

Status CtdcImporter::run(ImportSession& session, QIODevice* device, const QString& displayName, qint64 totalBytes)
{
    store::Workspace& ws = session.workspace();
    CsvTable table(session, device, displayName, totalBytes);
    if (Status st = table.open(); !st)
        return st;
    const CsvReader& reader = table.reader();

    std::vector<Bound> columns;
    bool haveYear = false;
    for (const QString& name : table.header()) {
        const QByteArray utf8 = name.toUtf8();
        Bound b { Kind::Attribute, Set::Exploitation, 0, name };
        for (const Column& c : kColumns) {
            if (FieldText::equalsIgnoreCase(std::string_view(utf8.constData(), size_t(utf8.size())), c.name)) {
                b.kind = c.kind;
                b.set = c.set;
                b.bit = c.bit;
                break;
            }
        }
        haveYear |= b.kind == Kind::Year;
        columns.push_back(b);
    }
    if (!haveYear)
        return reader.errorAtRecord(QCoreApplication::translate(
            "CtdcImporter", "the header has no yearOfRegistration column; is this a CTDC file?"));

    // One source row stands for the dataset; every incident points at it.
    if (Status st
        = ws.cached("INSERT OR IGNORE INTO sources(extract_id, line, source_key, name, kind, grading_scheme, "
                    "source_grade, info_grade, handling_code, tlp) VALUES(?, 1, 'ctdc-gsd', "
                    "'CTDC Global Synthetic Dataset', 'partner_case', 'uk_3x5x2', '2', 'C', 'P', 'TLP:CLEAR')")
              .bind(1, session.extractId())
              .exec();
        !st)
        return st;
    const qint64 sourceId = ws.scalar("SELECT id FROM sources WHERE source_key = 'ctdc-gsd'");

    store::Statement& insert = ws.cached(
        "INSERT INTO incidents(extract_id, line, source_id, date_text, date_precision, day_from, day_to, place_id, "
        "origin_id, destination_id, exploitation, sectors, sex_forms, means, recruiter, victims, gender, age_band, "
        "traffick_months, attributes) VALUES(?,?,?,?,1,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?)");
    insert.bind(1, session.extractId()).bind(3, sourceId);

    const size_t ncol = columns.size();
    // QDate's calendar arithmetic is the costliest thing per row; a year has few values.
    std::vector<FuzzyDate> years;
    std::vector<std::string> yearTexts;
    for (int y = 1900; y <= session.maxYear(); ++y) {
        years.push_back(FuzzyDate::fromYear(y));
        yearTexts.push_back(std::to_string(y));
    }
    return table.forEachRow([&]() -> Status {
        std::array<std::uint32_t, 5> sets {};
        int year = 0;
        qint64 origin = 0, destination = 0;
        const char* age = nullptr;
        const char* months = nullptr;
        const char* gender = nullptr;
        QJsonObject attributes;
        int badField = -1;
        QString why;
        for (size_t i = 0; i < ncol && badField < 0; ++i) {
            const std::string_view raw = reader.field(int(i));
            if (FieldText::isMissing(raw))
                continue;
            const std::string_view v = FieldText::trim(raw);
            const Bound& c = columns[i];
            switch (c.kind) {
            case Kind::Year: {
                const auto y = FieldText::toInt(v);
                if (!y || *y < 1900 || *y > session.maxYear()) {
                    badField = int(i);
                    why = QCoreApplication::translate("CtdcImporter", "yearOfRegistration: impossible year \"%1\"")
                              .arg(FieldText::toQString(v));
                } else {
                    year = int(*y);
                }
                break;
            }
            case Kind::Gender:
                if (FieldText::equalsIgnoreCase(v, "Man") || FieldText::equalsIgnoreCase(v, "Male"))
                    gender = "man";
                else if (FieldText::equalsIgnoreCase(v, "Woman") || FieldText::equalsIgnoreCase(v, "Female"))
                    gender = "woman";
                else if (v.find("Trans") != std::string_view::npos || v.find("NonConforming") != std::string_view::npos)
                    gender = "trans";
                else {
                    badField = int(i);
                    why = QCoreApplication::translate("CtdcImporter",
                        "gender: unknown code \"%1\" (expected Man, Woman or Trans/Transgender/NonConforming)")
                              .arg(FieldText::toQString(v));
                }
                break;
            case Kind::Age:
                if (!(age = findBand(kAgeBands, v))) {
                    badField = int(i);
                    why = QCoreApplication::translate("CtdcImporter", "ageBroad: unknown age band \"%1\"")
                              .arg(FieldText::toQString(v));
                }
                break;
            case Kind::Months:
                if (!(months = findBand(kMonths, v))) {
                    badField = int(i);
                    why = QCoreApplication::translate("CtdcImporter", "traffickMonths: unknown band \"%1\"")
                              .arg(FieldText::toQString(v));
                }
                break;
            case Kind::Citizenship:
            case Kind::Exploitation: {
                const qint64 place = session.countryByCode(v);
                if (!place) {
                    badField = int(i);
                    why = QCoreApplication::translate("CtdcImporter", "%1: unknown country code \"%2\"")
                              .arg(c.name, FieldText::toQString(v));
                } else {
                    (c.kind == Kind::Citizenship ? origin : destination) = place;
                }
                break;
            }
            case Kind::Flag:
                if (v == "1") {
                    if (c.set == Set::SexAndLabour)
                        sets[size_t(Set::Exploitation)] |= c.bit;
                    else
                        sets[size_t(c.set)] |= c.bit;
                } else if (v != "0") {
                    badField = int(i);
                    why = QCoreApplication::translate("CtdcImporter", "%1: expected 1 or an empty field, found \"%2\"")
                              .arg(c.name, FieldText::toQString(v));
                }
                break;
            case Kind::Attribute:
                attributes.insert(c.name, FieldText::toQString(v));
                break;
            }
        }
        if (badField < 0 && year == 0) {
            for (size_t i = 0; i < ncol; ++i) {
                if (columns[i].kind == Kind::Year)
                    badField = int(i);
            }
            why = QCoreApplication::translate(
                "CtdcImporter", "yearOfRegistration is missing; every record needs a year");
        }
        if (badField >= 0) {
            return table.reject(badField, why);
        }

        const FuzzyDate& period = years[size_t(year - 1900)];
        insert.bind(2, reader.recordLine())
            .bind(4, std::string_view(yearTexts[size_t(year - 1900)]))
            .bind(5, period.dayFrom)
            .bind(6, period.dayTo);
        destination ? insert.bind(7, destination).bind(9, destination) : insert.bindNull(7).bindNull(9);
        origin ? insert.bind(8, origin) : insert.bindNull(8);
        insert.bind(10, qint64(sets[size_t(Set::Exploitation)]))
            .bind(11, qint64(sets[size_t(Set::Sector)]))
            .bind(12, qint64(sets[size_t(Set::SexForm)]))
            .bind(13, qint64(sets[size_t(Set::Means)]))
            .bind(14, qint64(sets[size_t(Set::Recruiter)]));
        gender ? insert.bind(15, std::string_view(gender)) : insert.bindNull(15);
        age ? insert.bind(16, std::string_view(age)) : insert.bindNull(16);
        months ? insert.bind(17, std::string_view(months)) : insert.bindNull(17);
        if (attributes.isEmpty())
            insert.bindNull(18);
        else
            insert.bind(18, QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact)));
        if (Status st = insert.exec(); !st)
            return st;
        ++session.summary().rowsImported;
        return Ok {};
    });
}

} // namespace waymark::ingest
