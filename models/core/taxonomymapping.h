#pragma once

#include "core/taxonomy.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace waymark {

/// A value of a published standard: its field (CTDC) or value (HTCDS), and
/// the Waymark code it stands for when the standard has no value of its own
/// for it ("forced_criminality" under CTDC's isOtherExploit). The detail is
/// what makes the mapping lossless: read back, it gives the same Waymark value.
struct StandardValue {
    QString value; ///< "isOtherExploit", "Aquafarming"
    QString detail; ///< the Waymark code when the standard's value is coarser; else empty

    bool operator==(const StandardValue& o) const { return value == o.value && detail == o.detail; }
};

/// Waymark's exploitation types and labour sectors to and from CTDC codebook
/// v2 (2024, with the older releases' fields read) and HTCDS, IOM's Human
/// Trafficking Case Data Standard (DOMAIN.md §5). Every Waymark value maps
/// to a standard value and back to itself; every standard value maps to a
/// Waymark value and back to itself. Values that neither standard has are
/// Waymark's own, and say so (isWaymarkOwn), so views can mark them.
class TaxonomyMapping {
public:
    /// CTDC v2's exploitation fields: isForcedLabour, isSexualExploit, isOtherExploit.
    static const QStringList& ctdcExploitation();
    /// Older CTDC releases' exploitation fields, read (never written).
    static const QStringList& ctdcOlderExploitation();
    /// CTDC v2's labour sectors (Agriculture, Construction, DomesticWork, Hospitality).
    static const QStringList& ctdcSectors();
    /// HTCDS labour sectors: CTDC's four and Aquafarming, Begging, IllicitActivities,
    /// Manufacturing, MiningOrDrilling, Peddling, Transportation, Other.
    static const QStringList& htcdsSectors();

    /// One exploitation bit to CTDC v2.
    static StandardValue toCtdc(Taxonomy::Exploitation bit);
    /// A CTDC field (v2 or older, with its detail) to Waymark bits; 0 when unknown.
    static std::uint32_t fromCtdc(const StandardValue& value);
    /// One sector bit to CTDC v2; a sector CTDC v2 does not list has an empty value and the code as detail.
    static StandardValue sectorToCtdc(Taxonomy::Sector bit);
    static std::uint32_t sectorFromCtdc(const StandardValue& value);
    /// One sector bit to HTCDS.
    static StandardValue sectorToHtcds(Taxonomy::Sector bit);
    static std::uint32_t sectorFromHtcds(const StandardValue& value);

    /// Whether a value of the group (one bit) is Waymark's own: in neither
    /// CTDC v2 nor HTCDS (the standards map it to a coarser value).
    static bool isWaymarkOwn(Taxonomy::Group group, std::uint32_t bit);
    /// A tooltip for a value: the standard values it maps to, and "Waymark's
    /// own value" when it is one (translated).
    static QString describe(Taxonomy::Group group, std::uint32_t bit);
};

} // namespace waymark
