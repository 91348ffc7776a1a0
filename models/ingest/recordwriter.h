#pragma once

#include "core/fuzzydate.h"
#include "core/result.h"

#include <QString>

#include <cmath>
#include <cstdint>
#include <optional>

namespace waymark::ingest {

class ImportSession;

/// The rows every reader writes, each with one function, so that a hub
/// extract, an import specification and any later reader insert an incident
/// (with its R*Tree and full-text rows), an entity, a link… the same way.
/// Rows that carry a key are inserted ON CONFLICT DO NOTHING: a key an
/// earlier extract brought is a duplicate, and its existing id is returned.
class RecordWriter {
public:
    explicit RecordWriter(ImportSession& session);

    struct Written {
        qint64 id = 0;
        bool added = false; ///< false: a row with the same key was already there
    };

    struct Source {
        QString key, name, kind, gradingScheme, sourceGrade, infoGrade, handlingCode, handlingConditions, tlp;
    };
    struct Incident {
        QString key; ///< empty: no key (never a duplicate)
        qint64 sourceId = 0;
        std::optional<FuzzyDate> date;
        QString dateText; ///< as stored; empty: date->toString()
        qint64 placeId = 0, originId = 0, destinationId = 0;
        double lon = std::nan(""), lat = std::nan("");
        std::uint32_t exploitation = 0, sectors = 0, sexForms = 0, means = 0, recruiter = 0;
        qint64 victims = 1;
        QString gender, ageBand, traffickMonths, summary, infoGrade, attributes;
    };
    struct Entity {
        QString key, type, label;
        qint64 sourceId = 0;
        QString infoGrade, attributes;
    };
    struct Link {
        QString key, type;
        qint64 fromId = 0, toId = 0;
        std::optional<FuzzyDate> firstSeen, lastSeen;
        double weight = 1;
        qint64 sourceId = 0;
        QString infoGrade;
    };
    struct RouteLeg {
        qint64 incidentId = 0;
        int seq = 1;
        qint64 fromId = 0, toId = 0;
        QString transportMode;
    };
    struct Account {
        QString key;
        qint64 holderId = 0, sourceId = 0;
        QString bank, currency;
        std::optional<FuzzyDate> opened;
        QString customerName, address, phone, email, occupation;
        std::optional<double> declaredIncome;
    };

    Result<Written> source(const Source& row, qint64 line);
    Result<Written> incident(const Incident& row, qint64 line);
    Result<Written> entity(const Entity& row, qint64 line);
    Result<Written> link(const Link& row, qint64 line);
    /// `added` false: the incident already has a leg of that number.
    Result<Written> routeLeg(const RouteLeg& row, qint64 line);
    Result<Written> involvement(qint64 incidentId, qint64 entityId, const QString& role, qint64 line);
    Result<Written> account(const Account& row, qint64 line);

    /// Id of a row by its key (table: "incidents", "entities", "accounts",
    /// "links", "sources"), or 0.
    qint64 idOfKey(const char* table, const QString& key);

private:
    ImportSession& m_session;
};

} // namespace waymark::ingest
