#pragma once

#include "core/result.h"
#include "sharing/suppressiontable.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {
class CsvWriter;
}
namespace waymark::store {
class Workspace;
}

namespace waymark::sharing {

/// The aggregate tables of a share package: incidents and victims by
/// country of exploitation crossed with year, exploitation type, sex and
/// age band, each made k-anonymous by cell suppression (SuppressionTable).
/// The four tables share one published marginal, the country totals (and
/// the grand total): a total hidden in one table is hidden in all, and the
/// tables are suppressed again with it until they agree, so no table gives
/// away what another hides. An incident with several exploitation types is
/// counted once, under "several", so every table adds up to its totals.
class AggregateTables {
public:
    struct Table {
        QString name; ///< "country_by_year"
        QString columnDimension; ///< "year"
        QStringList rowLabels; ///< ISO 3166 alpha-3, "unknown"
        QStringList columnLabels;
        SuppressionTable cells;
    };

    /// Counts the given incidents (they must be the ones that may go).
    static Result<AggregateTables> build(store::Workspace& ws, const std::vector<qint64>& incidentIds);
    /// Suppresses every table for k, the shared country totals in step.
    /// Returns the number of cells suppressed in all.
    int suppress(int k);

    const std::vector<Table>& tables() const { return m_tables; }
    std::vector<Table>& tables() { return m_tables; }
    /// table,row,column,incidents,victims,status — one line per cell and
    /// total; a suppressed cell has empty counts and status "suppressed"
    /// (never why: the reason would tell which cells are under k).
    void write(CsvWriter& csv) const;

private:
    std::vector<Table> m_tables;
};

} // namespace waymark::sharing
