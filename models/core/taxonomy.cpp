#include "taxonomy.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <cstring>

namespace waymark {

namespace {
const QStringList& listFor(Taxonomy::Group group)
{
    static const QStringList exploitation { QStringLiteral("sexual_exploitation"), QStringLiteral("forced_labour"),
        QStringLiteral("forced_criminality"), QStringLiteral("domestic_servitude"), QStringLiteral("forced_marriage"),
        QStringLiteral("organ_removal"), QStringLiteral("forced_military"), QStringLiteral("slavery"),
        QStringLiteral("other") };
    static const QStringList sector { QStringLiteral("agriculture"), QStringLiteral("construction"),
        QStringLiteral("domestic_work"), QStringLiteral("hospitality"), QStringLiteral("manufacturing"),
        QStringLiteral("fishing"), QStringLiteral("begging"), QStringLiteral("car_washes"), QStringLiteral("nail_bars"),
        QStringLiteral("cannabis_cultivation"), QStringLiteral("other"), QStringLiteral("aquafarming"),
        QStringLiteral("illicit_activities"), QStringLiteral("mining_or_drilling"), QStringLiteral("peddling"),
        QStringLiteral("transportation") };
    static const QStringList sexForm { QStringLiteral("prostitution"), QStringLiteral("pornography"),
        QStringLiteral("other") };
    static const QStringList means { QStringLiteral("debt_bondage"), QStringLiteral("threats"), QStringLiteral("abuse"),
        QStringLiteral("false_promises"), QStringLiteral("drugs_alcohol"), QStringLiteral("deny_basic_needs"),
        QStringLiteral("excessive_work_hours"), QStringLiteral("withhold_documents") };
    static const QStringList recruiter { QStringLiteral("intimate_partner"), QStringLiteral("friend"),
        QStringLiteral("family"), QStringLiteral("other") };
    switch (group) {
    case Taxonomy::Group::Exploitation:
        return exploitation;
    case Taxonomy::Group::Sector:
        return sector;
    case Taxonomy::Group::SexForm:
        return sexForm;
    case Taxonomy::Group::Means:
        return means;
    case Taxonomy::Group::Recruiter:
        break;
    }
    return recruiter;
}
} // namespace

const QStringList& Taxonomy::codes(Group group)
{
    return listFor(group);
}

std::uint32_t Taxonomy::bit(Group group, std::string_view code)
{
    const QStringList& list = listFor(group);
    const QString text = QString::fromUtf8(code.data(), qsizetype(code.size())).trimmed().toLower();
    const qsizetype i = list.indexOf(text);
    return i < 0 ? 0u : (1u << i);
}

QString Taxonomy::genderName(const QString& code)
{
    if (code == QLatin1String("man"))
        return QCoreApplication::translate("Taxonomy", "Man");
    if (code == QLatin1String("woman"))
        return QCoreApplication::translate("Taxonomy", "Woman");
    if (code == QLatin1String("trans"))
        return QCoreApplication::translate("Taxonomy", "Trans / non-conforming");
    return code;
}

QStringList Taxonomy::names(Group group)
{
    switch (group) {
    case Group::Exploitation:
        return { QCoreApplication::translate("Taxonomy", "Sexual exploitation"),
            QCoreApplication::translate("Taxonomy", "Forced labour"),
            QCoreApplication::translate("Taxonomy", "Forced criminality"),
            QCoreApplication::translate("Taxonomy", "Domestic servitude"),
            QCoreApplication::translate("Taxonomy", "Forced marriage"),
            QCoreApplication::translate("Taxonomy", "Organ removal"),
            QCoreApplication::translate("Taxonomy", "Child soldiers / forced military"),
            QCoreApplication::translate("Taxonomy", "Slavery and similar practices"),
            QCoreApplication::translate("Taxonomy", "Other exploitation") };
    case Group::Sector:
        return { QCoreApplication::translate("Taxonomy", "Agriculture"),
            QCoreApplication::translate("Taxonomy", "Construction"),
            QCoreApplication::translate("Taxonomy", "Domestic work"),
            QCoreApplication::translate("Taxonomy", "Hospitality"),
            QCoreApplication::translate("Taxonomy", "Manufacturing"),
            QCoreApplication::translate("Taxonomy", "Fishing"), QCoreApplication::translate("Taxonomy", "Begging"),
            QCoreApplication::translate("Taxonomy", "Car washes"), QCoreApplication::translate("Taxonomy", "Nail bars"),
            QCoreApplication::translate("Taxonomy", "Cannabis cultivation"),
            QCoreApplication::translate("Taxonomy", "Other sector"),
            QCoreApplication::translate("Taxonomy", "Aquafarming"),
            QCoreApplication::translate("Taxonomy", "Illicit activities"),
            QCoreApplication::translate("Taxonomy", "Mining or drilling"),
            QCoreApplication::translate("Taxonomy", "Peddling"),
            QCoreApplication::translate("Taxonomy", "Transportation") };
    case Group::SexForm:
        return { QCoreApplication::translate("Taxonomy", "Prostitution"),
            QCoreApplication::translate("Taxonomy", "Pornography"),
            QCoreApplication::translate("Taxonomy", "Other sexual exploitation") };
    case Group::Means:
        return { QCoreApplication::translate("Taxonomy", "Debt bondage"),
            QCoreApplication::translate("Taxonomy", "Threats"),
            QCoreApplication::translate("Taxonomy", "Psychological, physical or sexual abuse"),
            QCoreApplication::translate("Taxonomy", "False promises"),
            QCoreApplication::translate("Taxonomy", "Drugs or alcohol"),
            QCoreApplication::translate("Taxonomy", "Denial of basic needs"),
            QCoreApplication::translate("Taxonomy", "Excessive working hours"),
            QCoreApplication::translate("Taxonomy", "Withholding documents") };
    case Group::Recruiter:
        break;
    }
    return { QCoreApplication::translate("Taxonomy", "Intimate partner"),
        QCoreApplication::translate("Taxonomy", "Friend"), QCoreApplication::translate("Taxonomy", "Family"),
        QCoreApplication::translate("Taxonomy", "Other relation") };
}

QString Taxonomy::describe(Group group, std::uint32_t bits)
{
    const QStringList all = names(group);
    QStringList set;
    for (int i = 0; i < all.size(); ++i) {
        if (bits & (1u << i))
            set << all.at(i);
    }
    return set.join(QLatin1String(", "));
}

const QStringList& Taxonomy::sourceKinds()
{
    static const QStringList kinds { QStringLiteral("partner_case"), QStringLiteral("open_source"),
        QStringLiteral("reporting_app"), QStringLiteral("financial_partner"), QStringLiteral("analyst") };
    return kinds;
}

QString Taxonomy::ageBandName(const QString& band)
{
    QString out = band;
    return out.replace(QLatin1String("--"), QString(QChar(0x2013)));
}

QString Taxonomy::sourceKindName(const QString& kind)
{
    static const std::pair<const char*, const char*> names[] = {
        { "partner_case", QT_TRANSLATE_NOOP("Taxonomy", "Partner case data") },
        { "open_source", QT_TRANSLATE_NOOP("Taxonomy", "Open sources") },
        { "reporting_app", QT_TRANSLATE_NOOP("Taxonomy", "Reporting app") },
        { "financial_partner", QT_TRANSLATE_NOOP("Taxonomy", "Financial partners") },
        { "analyst", QT_TRANSLATE_NOOP("Taxonomy", "Analysts' own records") },
    };
    for (const auto& [code, name] : names) {
        if (kind == QLatin1String(code))
            return QCoreApplication::translate("Taxonomy", name);
    }
    return kind;
}

const QStringList& Taxonomy::gradingSchemes()
{
    static const QStringList schemes { QStringLiteral("uk_3x5x2"), QStringLiteral("uk_5x5x5"),
        QStringLiteral("nato_admiralty"), QStringLiteral("none") };
    return schemes;
}

bool Taxonomy::isValidGrade(const QString& scheme, const QString& source, const QString& info, const QString& handling)
{
    auto in = [](const QString& value, const char* allowed) {
        return value.isEmpty() || (value.size() == 1 && QLatin1String(allowed).contains(value.at(0)));
    };
    if (scheme == QLatin1String("uk_3x5x2"))
        return in(source, "123") && in(info, "ABCDE") && in(handling, "PC");
    if (scheme == QLatin1String("uk_5x5x5"))
        return in(source, "ABCDE") && in(info, "12345") && in(handling, "12345");
    if (scheme == QLatin1String("nato_admiralty"))
        return in(source, "ABCDEF") && in(info, "123456") && handling.isEmpty();
    if (scheme == QLatin1String("none"))
        return source.isEmpty() && info.isEmpty() && handling.isEmpty();
    return false;
}

QString Taxonomy::gradeMeaning(const QString& scheme, const QString& source, const QString& info)
{
    // The schemes' words as their standards print them (DOMAIN.md §1): they
    // are codes of a standard, quoted in reports as they are, not translated.
    struct Scale {
        const char* codes;
        std::array<const char*, 6> words;
    };
    static const QHash<QString, std::pair<Scale, Scale>> scales {
        { QStringLiteral("uk_3x5x2"),
            { { "123", { "reliable", "untested", "not reliable (also printed unreliable)" } },
                { "ABCDE",
                    { "known directly to the source", "known indirectly to the source but corroborated",
                        "known indirectly to the source", "not known", "suspected to be false or malicious" } } } },
        { QStringLiteral("uk_5x5x5"),
            { { "ABCDE",
                  { "always reliable", "mostly reliable", "sometimes reliable", "unreliable", "untested source" } },
                { "12345",
                    { "known to be true without reservation", "known personally to the source but not to the officer",
                        "not known personally to the source but corroborated", "cannot be judged",
                        "suspected to be false or malicious" } } } },
        { QStringLiteral("nato_admiralty"),
            { { "ABCDEF",
                  { "completely reliable", "usually reliable", "fairly reliable", "not usually reliable", "unreliable",
                      "reliability cannot be judged" } },
                { "123456",
                    { "confirmed by other sources", "probably true", "possibly true", "doubtful", "improbable",
                        "truth cannot be judged" } } } },
    };
    const auto it = scales.constFind(scheme);
    if (it == scales.cend())
        return QString();
    auto word = [](const Scale& scale, const QString& code) {
        const char* at = code.size() == 1 ? std::strchr(scale.codes, code.at(0).toLatin1()) : nullptr;
        return at && code.at(0).unicode() < 128 && *at ? QLatin1String(scale.words[size_t(at - scale.codes)])
                                                       : QLatin1String();
    };
    QStringList parts;
    if (const QLatin1String w = word(it->first, source); !w.isEmpty())
        parts << w;
    if (const QLatin1String w = word(it->second, info); !w.isEmpty())
        parts << w;
    return parts.join(QLatin1String("; "));
}

const QStringList& Taxonomy::entityTypes()
{
    static const QStringList types { QStringLiteral("person"), QStringLiteral("organisation"),
        QStringLiteral("business"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("address"),
        QStringLiteral("account"), QStringLiteral("vehicle"), QStringLiteral("online_ad"), QStringLiteral("location") };
    return types;
}

const QStringList& Taxonomy::incidentRoles()
{
    static const QStringList roles { QStringLiteral("victim"), QStringLiteral("suspect"), QStringLiteral("recruiter"),
        QStringLiteral("controller"), QStringLiteral("witness"), QStringLiteral("associated") };
    return roles;
}

const QStringList& Taxonomy::linkTypes()
{
    static const QStringList types { QStringLiteral("associate"), QStringLiteral("family"), QStringLiteral("employs"),
        QStringLiteral("owns"), QStringLiteral("lives_at"), QStringLiteral("calls"), QStringLiteral("pays"),
        QStringLiteral("advertises"), QStringLiteral("recruited"), QStringLiteral("uses") };
    return types;
}

const QStringList& Taxonomy::transportModes()
{
    static const QStringList modes { QStringLiteral("air"), QStringLiteral("road"), QStringLiteral("rail"),
        QStringLiteral("sea"), QStringLiteral("foot"), QStringLiteral("unknown") };
    return modes;
}

} // namespace waymark
