#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace waymark::ingest {

/// The STIX 2.1 property rules (OASIS STIX 2.1, sections 2 to 7) a bundle
/// must meet, checked without a schema: required properties per object
/// type, `type--UUID` identifiers, RFC 3339 timestamps in UTC, and every
/// `*_ref`/`*_refs` property pointing to an object of an allowed type that
/// is in the bundle (or a well-known TLP marking definition). The export
/// checks what it writes with it; the import refuses what it reports.
class StixRules {
public:
    struct Problem {
        QString objectId; ///< the object's id, or its index ("objects[3]") when it has none
        QString property;
        QString reason;
        QString text() const;
    };
    /// Every problem of a bundle; none means it meets the rules.
    static std::vector<Problem> check(const QJsonObject& bundle);

    /// `type--` followed by an RFC 4122 UUID, with the type given.
    static bool isIdentifier(const QString& id, const QString& type = QString());
    /// RFC 3339 in UTC ("2024-05-01T10:00:00Z", optional fraction).
    static bool isTimestamp(const QString& value);
    /// TLP 1.0 marking definitions, built into STIX 2.1 ("white" … "red").
    static QString tlp1Label(const QString& markingId);
    /// TLP 2.0 marking definitions of the OASIS extension: id → "TLP:CLEAR" …
    static QString tlp2Label(const QString& markingId);
    static QString tlp2MarkingId(const QString& label);
    /// The OASIS TLP 2.0 extension definition (cti-stix-common-objects).
    static const char* const kTlp2Extension;
};

} // namespace waymark::ingest
