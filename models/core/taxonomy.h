#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <string_view>

namespace waymark {

/// The trafficking data taxonomy of DOMAIN.md §5 as bit sets, so that one
/// integer column holds every type an incident has. A set of 0 means "no
/// information in this group" (the CTDC codebook counts shares only over rows
/// that gave some information), never "none of these".
class Taxonomy {
public:
    enum Exploitation : std::uint32_t {
        SexualExploitation = 1u << 0,
        ForcedLabour = 1u << 1,
        ForcedCriminality = 1u << 2,
        DomesticServitude = 1u << 3,
        ForcedMarriage = 1u << 4,
        OrganRemoval = 1u << 5,
        ForcedMilitary = 1u << 6,
        Slavery = 1u << 7,
        OtherExploitation = 1u << 8,
    };
    enum Sector : std::uint32_t {
        Agriculture = 1u << 0,
        Construction = 1u << 1,
        DomesticWork = 1u << 2,
        Hospitality = 1u << 3,
        Manufacturing = 1u << 4,
        Fishing = 1u << 5,
        Begging = 1u << 6,
        CarWashes = 1u << 7,
        NailBars = 1u << 8,
        CannabisCultivation = 1u << 9,
        OtherSector = 1u << 10,
        // HTCDS sectors CTDC v2 does not have (added after the others: stored bit sets stay valid).
        Aquafarming = 1u << 11,
        IllicitActivities = 1u << 12,
        MiningOrDrilling = 1u << 13,
        Peddling = 1u << 14,
        Transportation = 1u << 15,
    };
    enum SexForm : std::uint32_t { Prostitution = 1u << 0, Pornography = 1u << 1, OtherSexForm = 1u << 2 };
    enum Means : std::uint32_t {
        DebtBondage = 1u << 0,
        Threats = 1u << 1,
        Abuse = 1u << 2,
        FalsePromises = 1u << 3,
        DrugsAlcohol = 1u << 4,
        DenyBasicNeeds = 1u << 5,
        ExcessiveWorkHours = 1u << 6,
        WithholdDocuments = 1u << 7,
    };
    enum Recruiter : std::uint32_t {
        IntimatePartner = 1u << 0,
        Friend = 1u << 1,
        Family = 1u << 2,
        OtherRecruiter = 1u << 3
    };

    enum class Group { Exploitation, Sector, SexForm, Means, Recruiter };

    /// The machine codes used in hub extracts, in bit order ("sexual_exploitation", …).
    static const QStringList& codes(Group group);
    /// Bit for a code of the group, or 0 if the code is unknown.
    static std::uint32_t bit(Group group, std::string_view code);
    /// Translated display names, in bit order.
    static QStringList names(Group group);
    /// Translated display names of the bits set, joined with ", ".
    static QString describe(Group group, std::uint32_t bits);
    /// A victim's gender as stored ("man", "woman", "trans"), in words; other codes come back as they are.
    static QString genderName(const QString& code);

    /// Source kinds of the hub (DOMAIN.md §5).
    static const QStringList& sourceKinds();
    /// A source kind as a person reads it ("Partner case data"), translated;
    /// an unknown code unchanged.
    static QString sourceKindName(const QString& kind);
    /// An age band as every view prints it: CTDC's "9--17" as "9–17".
    static QString ageBandName(const QString& band);
    /// Grading schemes a source row may carry.
    static const QStringList& gradingSchemes();
    /// What a grade says in its scheme's own words (DOMAIN.md §1), e.g.
    /// "usually reliable; probably true" for NATO Admiralty B2; empty parts
    /// are left out, and an unknown code gives an empty string. UK 3x5x2's
    /// source grade 3 reads "not reliable (also printed unreliable)".
    static QString gradeMeaning(const QString& scheme, const QString& source, const QString& info);
    /// Whether `source`/`info`/`handling` are valid grades of `scheme`; empty parts are allowed.
    static bool isValidGrade(
        const QString& scheme, const QString& source, const QString& info, const QString& handling);
    static const QStringList& entityTypes();
    static const QStringList& linkTypes();
    /// An entity's part in an incident (hub extract incident_entities.csv).
    static const QStringList& incidentRoles();
    static const QStringList& transportModes();
};

} // namespace waymark
