#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace waymark::analysis {

/// The shared filter every view follows: a time window, exploitation types,
/// source kinds and source grades. A value type, compared and copied freely;
/// views never keep their own.
struct Filter {
    std::optional<qint64> dayFrom; ///< Julian day, inclusive
    std::optional<qint64> dayTo; ///< Julian day, inclusive
    quint32 exploitation = 0; ///< Taxonomy bits; an incident matches if it has any; 0 = all
    QStringList sourceKinds; ///< empty = all
    QStringList sourceGrades; ///< sources.source_grade values; empty = all
    /// Sources whose incidents are left out, ascending: set only for an
    /// export, by the releasability check (sharing::FigureExport), so a
    /// figure is drawn without what may not go. Empty = none.
    QList<qint64> withheldSources;

    bool isEmpty() const;
    bool operator==(const Filter& o) const;
    bool operator!=(const Filter& o) const { return !(*this == o); }

    /// A WHERE condition over `incidents` (alias `i`) with its parameters,
    /// "1" when the filter is empty. An incident known only to a year or a
    /// month matches a window its period overlaps.
    struct Sql {
        QString where;
        QList<QVariant> values;
    };
    Sql sql() const;

    /// For captions and the status bar: "2019-01-01 – 2020-12-31 · Forced labour".
    QString describe() const;

    QJsonObject toJson() const;
    static Filter fromJson(const QJsonObject& o);
};

} // namespace waymark::analysis
