#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <string_view>

namespace waymark::ingest {

class CsvTable;
class ExtractArchive;
class ImportSession;

/// Reads a hub extract (docs/hub-extract.md): manifest.json, then the CSV
/// tables in dependency order (sources, entities, incidents, route legs,
/// links, accounts, transactions). IDs are the hub's; a row whose ID an
/// earlier extract brought is skipped as a duplicate, an ID twice in one
/// file is an error, a reference to an unknown ID is an error.
class HubExtractImporter {
public:
    static Status run(ImportSession& session, const QString& path);

private:
    struct Known {
        qint64 id = 0;
        qint64 line = 0;
    };
    using KeyMap = QHash<QByteArray, Known>;

    HubExtractImporter(ImportSession& session, ExtractArchive& archive);
    Status table(const QString& name, Status (HubExtractImporter::*read)(CsvTable&));
    Status sources(CsvTable& t);
    Status entities(CsvTable& t);
    Status incidents(CsvTable& t);
    Status routeLegs(CsvTable& t);
    Status links(CsvTable& t);
    Status incidentEntities(CsvTable& t);
    Status accounts(CsvTable& t);
    Status transactions(CsvTable& t);

    /// Id for a key from this extract or an earlier one, or 0.
    qint64 lookup(KeyMap& map, std::string_view key, const char* sql);
    /// Checks that the key column has a value not seen before in this file;
    /// rejects the row otherwise and returns false.
    bool freshKey(CsvTable& t, KeyMap& map, int column, const char* name, Status& status);
    /// After an INSERT … ON CONFLICT DO NOTHING: records the key's id and
    /// counts the row as imported or as a duplicate of an earlier extract.
    /// Returns the new row's id, or 0 for a duplicate.
    qint64 settle(KeyMap& map, std::string_view key, qint64 line, const char* sql);
    /// Validates a grade column against the scheme of the row's source.
    bool gradeOk(CsvTable& t, int column, qint64 sourceId, Status& status);
    /// Extra columns of the row as a JSON object (or empty).
    QString attributes(const CsvTable& t, const QList<int>& known) const;

    ImportSession& m_session;
    ExtractArchive& m_archive;
    KeyMap m_sources, m_entities, m_incidents, m_accounts, m_links, m_transactions;
    QHash<qint64, QString> m_schemes;
};

} // namespace waymark::ingest
