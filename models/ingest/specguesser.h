#pragma once

#include "core/result.h"
#include "ingest/importspec.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark::ingest {

/// What the guesser proposes for one field of one record, and how sure it
/// is: the share of the sampled values that read as the field wants them,
/// and the reason in words ("date: 98 % of 50 values parse as dd/MM/yyyy").
struct SpecFieldGuess {
    QString record; ///< the record's id in the proposed spec ("" for the source block)
    QString field; ///< the target field
    QString column; ///< the column it reads (empty: a constant or a reference)
    double confidence = 0; ///< 0..1
    QString reason; ///< user-facing, translated
};

/// A proposed specification with a confidence for every field it fills.
struct SpecGuess {
    ImportSpec spec;
    std::vector<SpecFieldGuess> fields;
    /// What the table looks like, in one sentence ("country links: origin and
    /// destination with coordinates, one route leg per row").
    QString summary;
    /// Overall confidence: the mean of the fields', 0 when nothing was found.
    double confidence = 0;

    /// The guess for a field of a record, or null.
    const SpecFieldGuess* find(const QString& record, const QString& field) const;
};

/// Proposes an import specification for a table from its header and the
/// values of its first rows: dates by the formats their values parse with,
/// countries by gazetteer hits, coordinates by names and numeric ranges,
/// multi-valued cells by their separators, case numbers by uniqueness,
/// people by the header. Never touches a workspace; cheap enough to run on
/// the GUI thread for the first 50 rows.
class SpecGuesser {
    Q_DECLARE_TR_FUNCTIONS(SpecGuesser)

public:
    /// A guess from a header and sample rows (each a list of cells in header order).
    static SpecGuess guess(
        const QStringList& header, const QList<QStringList>& rows, const QString& name, int maxYear = 0);
    /// The row an opened table's header is on when rows above it are a title
    /// or notes (the first of its first `maxRows` rows with a value at least half as wide
    /// as the widest), as the table numbers rows; 0 when it is the first.
    /// Reads the table on; `rows`, when given, gets the cells of the rows it
    /// read (bad and blank rows left out).
    static int headerRow(TableSource& table, int maxRows = 50, QList<QStringList>* rows = nullptr);
    /// Opens a table file (TableSourceFactory) and guesses from its first
    /// `maxRows` rows, from the header row found by headerRow().
    static Result<SpecGuess> guessFile(const QString& path, int maxRows = 50, int maxYear = 0);
};

} // namespace waymark::ingest
