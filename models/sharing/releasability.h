#pragma once

#include "core/result.h"

#include "analysis/filter.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::sharing {

/// Where an export goes: stays inside the analyst's own organisation, or
/// leaves it (a partner, the hub).
enum class Destination { OwnOrganisation, Partner };

/// The kinds of record an export can hold, each governed by its own source.
enum class RecordKind { Incident, Entity, Link, Account };
constexpr int kRecordKinds = 4;

/// What an export would contain: row ids of the workspace's tables. Rows
/// that hang off these (route legs, involvement, transactions) follow them.
struct ExportSelection {
    std::array<std::vector<qint64>, kRecordKinds> ids;

    std::vector<qint64>& of(RecordKind kind) { return ids[size_t(kind)]; }
    const std::vector<qint64>& of(RecordKind kind) const { return ids[size_t(kind)]; }
    qint64 size() const;
};

/// The one check every export passes (ARCHITECTURE.md, "the way out").
/// Every record's releasability follows from its source's marking: its TLP
/// 2.0 label (the source's own, else its extract's; an unmarked source is
/// treated as TLP:AMBER) and its handling code (DOMAIN.md §1). TLP:RED never
/// leaves; TLP:AMBER+STRICT and UK 5x5x5 handling code 4 stay in the own
/// organisation; 5x5x5 code 5 ("refer to the originator") never leaves;
/// 3x5x2 `C` goes with its conditions, and to a partner only when the
/// conditions are written down. A link leaves only with both its ends, an
/// account only with its holder. The export's own marking is the most
/// restrictive TLP among the records that go.
class Releasability {
public:
    enum class Reason {
        TlpRed,
        AmberStrictOutside,
        HandlingWithinAgency, ///< 5x5x5 code 4, outside the own organisation
        HandlingReferToOriginator, ///< 5x5x5 code 5
        ConditionsNotWritten, ///< 3x5x2 C with no conditions, outside the own organisation
        DependsOnWithheld, ///< a link end or an account holder is withheld
    };
    /// One source of the records asked for, with its marking and counts.
    struct SourceLine {
        qint64 id = 0;
        QString key, name, scheme, handlingCode, conditions;
        QString tlp; ///< the effective label
        QString tlpOrigin; ///< "source", "extract" or "unmarked"
        std::optional<Reason> withheld; ///< why its records may not go, if they may not
        QString condition; ///< the handling condition its records carry when they go (3x5x2 C, 5x5x5 2 and 3)
        std::array<qint64, kRecordKinds> requested {}, released {};
    };
    struct Withheld {
        Reason reason;
        std::array<qint64, kRecordKinds> records {};
        qint64 total() const;
    };
    struct Outcome {
        Destination destination = Destination::Partner;
        ExportSelection requested, released;
        std::vector<SourceLine> sources; ///< those with any record asked for, by key
        std::vector<Withheld> withheld; ///< by reason, only reasons that left something out
        QStringList conditions; ///< handling conditions the export carries, one line each
        QString marking; ///< most restrictive TLP label released; empty when nothing is
        /// What the export does besides leaving records out, one line each
        /// (a report's figures drawn again without what may not go, or left out).
        QStringList notes;
        /// A released record's own marking: the most restrictive TLP label
        /// among the sources that govern it (a link's and its ends', an
        /// account's and its holder's) and the handling conditions they
        /// carry. What a file with a row per record writes on each row.
        struct Mark {
            QString tlp;
            QStringList conditions;
        };
        std::vector<Mark> marks; ///< the distinct marks of the released records
        /// Per kind, parallel to `released`: each record's index in `marks`.
        std::array<std::vector<quint32>, kRecordKinds> releasedMarks;
        /// The mark of a released record; nullptr when it does not go.
        const Mark* markOf(RecordKind kind, qint64 id) const;
        /// A row's cells under markColumns(): its TLP label and its
        /// conditions joined by "; " (both empty when it does not go).
        QStringList markCells(RecordKind kind, qint64 id) const;

        qint64 withheldCount() const;
        bool isEmpty() const { return released.size() == 0; }
        /// Released records counted by TLP label, by handling code ("uk_3x5x2 P",
        /// "none") and by source ("S1 name"), as "label: count" lines.
        QStringList countsByTlp() const;
        QStringList countsByHandling() const;
        QStringList countsBySource() const;
        /// The summary the GUI dialog and the command line show.
        QString summary() const;
        /// One line for the audit record: destination, marking, counts.
        QString auditDetails() const;
    };

    static Result<Outcome> check(store::Workspace& ws, const ExportSelection& selection, Destination destination);
    /// The incidents under `filter`, ascending: what a map, a chart or a
    /// layer is made of.
    static Result<ExportSelection> incidentsUnder(store::Workspace& ws, const analysis::Filter& filter);
    /// Writes the audit record of an export that left: action
    /// `export.<kind>`, the file's name as its object, and in its details
    /// the outcome, where it went (`path=` the absolute path of `path`) and
    /// `extra` (hashes…).
    static Status record(store::Workspace& ws, const Outcome& outcome, const QString& kind, const QString& path,
        const QString& extra = QString());

    /// The columns a CSV of records ends with, so every row carries its own
    /// marking (the share package's names): "tlp", "handling_conditions".
    static QStringList markColumns();
    /// 0 (TLP:CLEAR) … 4 (TLP:RED); -1 for anything else.
    static int tlpRank(const QString& label);
    static QString reasonText(Reason reason);
    static QString reasonCode(Reason reason);
    static QString kindName(RecordKind kind, qint64 count);
    static QString destinationName(Destination destination);
};

} // namespace waymark::sharing
