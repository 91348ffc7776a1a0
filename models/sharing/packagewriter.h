#pragma once

#include "core/result.h"
#include "sharing/pseudonymiser.h"
#include "sharing/releasability.h"
#include "sharing/sharepolicy.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>

namespace waymark {
class CsvWriter;
}
namespace waymark::store {
class Workspace;
}

namespace waymark::sharing {

/// Writes the CSV tables of a share package (SharePackage) from what the
/// releasability check released, field by field as the share policy says,
/// with one Pseudonymiser (one random key) for the whole package.
class PackageWriter {
public:
    PackageWriter(store::Workspace& ws, const Releasability::Outcome& outcome, const SharePolicy& policy);

    /// Table `index` of SharePackage::kTables (0…6): its header and rows;
    /// the number of rows written.
    Result<qint64> table(int index, CsvWriter& csv);
    /// The extracts the written rows came from: file name, SHA-256, hub,
    /// export date and handling, for the manifest.
    QJsonArray sourceExtracts();

private:
    struct Place {
        QString kind, iso3, name;
        qint64 country = 0;
    };
    Result<qint64> sources(CsvWriter& csv);
    Result<qint64> incidents(CsvWriter& csv);
    Result<qint64> routeLegs(CsvWriter& csv);
    Result<qint64> entities(CsvWriter& csv);
    Result<qint64> links(CsvWriter& csv);
    Result<qint64> incidentEntities(CsvWriter& csv);
    Result<qint64> accounts(CsvWriter& csv);
    /// ISO 3166 alpha-3 of a country, or of a city's country.
    QString countryOf(qint64 placeId) const;

    store::Workspace& m_ws;
    const Releasability::Outcome& m_outcome;
    const SharePolicy& m_policy;
    Pseudonymiser m_pseudonyms;
    QSet<qint64> m_released[kRecordKinds];
    QHash<qint64, QString> m_keys[kRecordKinds]; ///< row id → key, as written (before pseudonyms)
    QHash<qint64, QString> m_sourceKeys;
    QHash<qint64, Place> m_places;
    QSet<qint64> m_extracts;
};

} // namespace waymark::sharing
