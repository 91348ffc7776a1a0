#include "taxonomymapping.h"

#include <QCoreApplication>

#include <utility>

namespace waymark {

namespace {
using T = Taxonomy;

struct Row {
    std::uint32_t bit;
    const char* value; ///< the standard's value
    bool own; ///< the standard's value is coarser: the Waymark code goes in the detail
};

// CTDC v2 keeps forced marriage, forced military and organ removal under
// isOtherExploit; domestic servitude is forced labour (in domestic work);
// forced criminality, used by UK and EU partners, is "other" to CTDC.
constexpr Row kExploitationCtdc[] = {
    { T::SexualExploitation, "isSexualExploit", false },
    { T::ForcedLabour, "isForcedLabour", false },
    { T::ForcedCriminality, "isOtherExploit", true },
    { T::DomesticServitude, "isForcedLabour", true },
    { T::ForcedMarriage, "isOtherExploit", true },
    { T::OrganRemoval, "isOtherExploit", true },
    { T::ForcedMilitary, "isOtherExploit", true },
    { T::Slavery, "isOtherExploit", true },
    { T::OtherExploitation, "isOtherExploit", false },
};

// Fishing, car washes, nail bars and cannabis cultivation are in neither
// standard: mapped explicitly (DOMAIN.md §5).
constexpr Row kSectorHtcds[] = {
    { T::Agriculture, "Agriculture", false },
    { T::Construction, "Construction", false },
    { T::DomesticWork, "DomesticWork", false },
    { T::Hospitality, "Hospitality", false },
    { T::Manufacturing, "Manufacturing", false },
    { T::Fishing, "Aquafarming", true },
    { T::Begging, "Begging", false },
    { T::CarWashes, "Other", true },
    { T::NailBars, "Other", true },
    { T::CannabisCultivation, "IllicitActivities", true },
    { T::OtherSector, "Other", false },
    { T::Aquafarming, "Aquafarming", false },
    { T::IllicitActivities, "IllicitActivities", false },
    { T::MiningOrDrilling, "MiningOrDrilling", false },
    { T::Peddling, "Peddling", false },
    { T::Transportation, "Transportation", false },
};

QString codeOf(T::Group group, std::uint32_t bit)
{
    const QStringList& codes = T::codes(group);
    for (int i = 0; i < codes.size(); ++i) {
        if (bit == (1u << i))
            return codes[i];
    }
    return {};
}

template <size_t N> StandardValue to(const Row (&rows)[N], T::Group group, std::uint32_t bit)
{
    for (const Row& r : rows) {
        if (r.bit == bit)
            return { QLatin1String(r.value), r.own ? codeOf(group, bit) : QString() };
    }
    return {};
}

template <size_t N> std::uint32_t from(const Row (&rows)[N], T::Group group, const StandardValue& v)
{
    if (!v.detail.isEmpty()) {
        const std::uint32_t b = T::bit(group, v.detail.toStdString());
        // Only a detail that the standard's value can hold.
        for (const Row& r : rows) {
            if (r.bit == b && r.own && v.value == QLatin1String(r.value))
                return b;
        }
        return 0;
    }
    for (const Row& r : rows) {
        if (!r.own && v.value == QLatin1String(r.value))
            return r.bit;
    }
    return 0;
}
} // namespace

const QStringList& TaxonomyMapping::ctdcExploitation()
{
    static const QStringList v { QStringLiteral("isForcedLabour"), QStringLiteral("isSexualExploit"),
        QStringLiteral("isOtherExploit") };
    return v;
}

const QStringList& TaxonomyMapping::ctdcOlderExploitation()
{
    static const QStringList v { QStringLiteral("isSlaveryAndPractices"), QStringLiteral("isForcedMarriage"),
        QStringLiteral("isForcedMilitary"), QStringLiteral("isOrganRemoval"), QStringLiteral("isSexAndLabour") };
    return v;
}

const QStringList& TaxonomyMapping::ctdcSectors()
{
    static const QStringList v { QStringLiteral("Agriculture"), QStringLiteral("Construction"),
        QStringLiteral("DomesticWork"), QStringLiteral("Hospitality") };
    return v;
}

const QStringList& TaxonomyMapping::htcdsSectors()
{
    static const QStringList v { QStringLiteral("Agriculture"), QStringLiteral("Construction"),
        QStringLiteral("DomesticWork"), QStringLiteral("Hospitality"), QStringLiteral("Aquafarming"),
        QStringLiteral("Begging"), QStringLiteral("IllicitActivities"), QStringLiteral("Manufacturing"),
        QStringLiteral("MiningOrDrilling"), QStringLiteral("Peddling"), QStringLiteral("Transportation"),
        QStringLiteral("Other") };
    return v;
}

StandardValue TaxonomyMapping::toCtdc(Taxonomy::Exploitation bit)
{
    return to(kExploitationCtdc, T::Group::Exploitation, bit);
}

std::uint32_t TaxonomyMapping::fromCtdc(const StandardValue& v)
{
    // Older releases' fields, read as the types they name.
    static const std::pair<const char*, std::uint32_t> older[] = { { "isSlaveryAndPractices", T::Slavery },
        { "isForcedMarriage", T::ForcedMarriage }, { "isForcedMilitary", T::ForcedMilitary },
        { "isOrganRemoval", T::OrganRemoval }, { "isSexAndLabour", T::SexualExploitation | T::ForcedLabour } };
    for (const auto& [field, bits] : older) {
        if (v.value == QLatin1String(field))
            return bits;
    }
    return from(kExploitationCtdc, T::Group::Exploitation, v);
}

StandardValue TaxonomyMapping::sectorToCtdc(Taxonomy::Sector bit)
{
    StandardValue v = sectorToHtcds(bit);
    if (ctdcSectors().contains(v.value))
        return v;
    return { QString(), codeOf(T::Group::Sector, bit) };
}

std::uint32_t TaxonomyMapping::sectorFromCtdc(const StandardValue& v)
{
    if (v.value.isEmpty()) {
        const std::uint32_t b = T::bit(T::Group::Sector, v.detail.toStdString());
        return ctdcSectors().contains(sectorToHtcds(Taxonomy::Sector(b)).value) ? 0 : b;
    }
    return ctdcSectors().contains(v.value) ? sectorFromHtcds(v) : 0;
}

StandardValue TaxonomyMapping::sectorToHtcds(Taxonomy::Sector bit)
{
    return to(kSectorHtcds, T::Group::Sector, bit);
}

std::uint32_t TaxonomyMapping::sectorFromHtcds(const StandardValue& v)
{
    return from(kSectorHtcds, T::Group::Sector, v);
}

bool TaxonomyMapping::isWaymarkOwn(Taxonomy::Group group, std::uint32_t bit)
{
    if (group == T::Group::Exploitation) {
        // CTDC's older releases name forced marriage, forced military, organ
        // removal and slavery: only forced criminality and domestic servitude are ours.
        return bit == T::ForcedCriminality || bit == T::DomesticServitude;
    }
    if (group == T::Group::Sector)
        return !sectorToHtcds(Taxonomy::Sector(bit)).detail.isEmpty();
    return false;
}

QString TaxonomyMapping::describe(Taxonomy::Group group, std::uint32_t bit)
{
    QString out;
    if (group == T::Group::Exploitation) {
        const StandardValue c = toCtdc(Taxonomy::Exploitation(bit));
        out = QCoreApplication::translate("TaxonomyMapping", "CTDC v2: %1").arg(c.value);
    } else if (group == T::Group::Sector) {
        const StandardValue h = sectorToHtcds(Taxonomy::Sector(bit));
        const StandardValue c = sectorToCtdc(Taxonomy::Sector(bit));
        out = QCoreApplication::translate("TaxonomyMapping", "HTCDS: %1; CTDC v2: %2")
                  .arg(h.value,
                      c.value.isEmpty() ? QCoreApplication::translate("TaxonomyMapping", "not listed") : c.value);
    }
    if (isWaymarkOwn(group, bit))
        out += QLatin1Char('\n')
            + QCoreApplication::translate("TaxonomyMapping",
                "Waymark's own value: the standards hold it under the coarser value above, with this value kept "
                "as its detail.");
    return out;
}

} // namespace waymark
