#pragma once

#include "core/result.h"
#include "ingest/columnmapping.h"
#include "ingest/tablesourcefactory.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::ingest {

/// The parts of a multi-valued cell: the text split at any character of
/// `separators`, each part trimmed, empty parts left out. The importer and
/// the guesser split cells with it.
QStringList splitCell(const QString& text, const QString& separators);
/// Where a list of codes sets no separators, its cells split at these.
inline QString defaultCodeSeparators()
{
    return QStringLiteral(";|,");
}

/// A test on a cell of a row: a row (or one record of it) is used only when
/// every condition holds. Regular expressions are checked when the
/// specification is read, never at the first row that needs them.
struct SpecCondition {
    enum class Op { Equals, NotEquals, Matches, NotMatches, Empty, NotEmpty };
    QString column;
    Op op = Op::Equals;
    QString value; ///< the text compared (Equals: case-insensitive) or the pattern
    QRegularExpression regex; ///< compiled from value for Matches/NotMatches

    static QString opName(Op op);
};

/// Where one value of a record comes from and how it is transformed, in
/// this order: take (column, constant, template or another record), trim,
/// missing → empty, regex extract, value map, default, then the value's
/// type (number, date, codes, place…), which the target field decides.
struct SpecValue {
    QString column; ///< a header name (case-insensitive)
    QString constant; ///< a fixed value for every row
    bool hasConstant = false;
    QString format; ///< a template: "{Case number}/{Court}" joins columns
    QString record; ///< the id of another record of the same row (references)

    QStringList missing; ///< values meaning "not given" on top of the spec's
    QString extract; ///< regex; its first capture group (or whole match) is the value
    QRegularExpression extractRegex;
    QMap<QString, QString> map; ///< value map, keys compared case-insensitively
    bool mapStrict = false; ///< a value the map lacks is an error (a closed code list)
    QString defaultValue; ///< used when the value is missing
    bool required = false; ///< a missing value rejects the row

    /// Several values in one cell ("Female;Male"): the separators. For a
    /// codes field the parts become a set; for a text field they stay
    /// joined with "; ". To make one record per part, split the record.
    QString separators;

    /// Code lists from flag columns (CTDC's isForcedLabour, meansThreats…):
    /// column → code, the code set when the cell is 1, true or yes. May stand
    /// alone or add to the codes of `column`.
    QMap<QString, QString> flags;

    /// Dates: Qt formats tried in order ("dd/MM/yyyy", "MMM yyyy"); "iso"
    /// (the default) reads YYYY, YYYY-MM, YYYY-MM-DD; "banded" also reads
    /// "2014-2018" as the range of those years at year precision.
    QStringList dateFormats;
    /// Places: "auto" (the default: code, then name), "name", "iso" (alpha-2
    /// or alpha-3), "m49" (UN M49 region or country number) or
    /// "coordinates" (a city or point from lonColumn/latColumn).
    QString placeBy;
    QString lonColumn, latColumn; ///< coordinates of the place, when given
    QString countryColumn; ///< for a city: its country (name or code)
    /// Numbers: the decimal mark ('.' or ',').
    char decimal = '.';

    bool isSet() const
    {
        return !column.isEmpty() || hasConstant || !format.isEmpty() || !record.isEmpty() || !flags.isEmpty();
    }
};

/// What kind of row a record writes (tables of the workspace schema).
enum class SpecTarget { Incident, Place, RouteLeg, Entity, Link, Involvement, Account, Transaction };

/// One field a target takes: its name in the JSON, a label for the editor,
/// what kind of value it is, and whether a record must set it.
struct SpecField {
    enum class Kind { Text, Key, Integer, Number, Date, Place, Codes, Choice, Reference, Grade };
    QString name;
    Kind kind = Kind::Text;
    bool required = false;
    /// Codes: the taxonomy group ("exploitation", "sector", "sex_form",
    /// "means", "recruiter"). Choice: the allowed values. Reference: the
    /// target referred to.
    QStringList allowed;
    SpecTarget refers = SpecTarget::Incident;

    QString label() const;
};

/// One record a row becomes: an incident, a place, an entity… A record may
/// repeat per part of a multi-valued cell (split), and refers to other
/// records of the same row by id: an involvement refers to the incident and
/// to the entity of its row; with a split entity it is written once per part.
struct SpecRecord {
    QString id; ///< unique in the spec; how other records refer to it
    SpecTarget target = SpecTarget::Incident;
    QMap<QString, SpecValue> fields; ///< target field → value
    QList<SpecCondition> when; ///< this record only for rows that match
    QString splitColumn; ///< one record per part of this column's cell…
    QString splitSeparators = QStringLiteral(";"); ///< …cut at any of these characters
    /// Columns kept verbatim as the record's attributes (incidents, entities,
    /// transactions); "*" keeps every column no field of the record reads.
    QStringList attributes;

    static QString targetName(SpecTarget t);
    static bool targetFromName(const QString& name, SpecTarget& out);
    /// The fields a target takes, in display order.
    static const std::vector<SpecField>& fieldsOf(SpecTarget t);
    static const SpecField* field(SpecTarget t, const QString& name);
};

/// An import specification: how the columns of one kind of table (a
/// delimited file, a spreadsheet sheet, a GIS layer) become Waymark's
/// records, written once and reused. Saved in the workspace by name, every
/// save a new version, each audited; exported and imported as JSON
/// (docs/import-specifications.md).
///
/// A bank column mapping (ColumnMapping) is the specification kind
/// "bank-transactions": its JSON is the mapping's, plus "kind".
struct ImportSpec {
    Q_DECLARE_TR_FUNCTIONS(ImportSpec)

public:
    enum class Kind { Records, BankTransactions };

    QString name;
    QString description;
    Kind kind = Kind::Records;

    // Reading the table.
    char delimiter = 0; ///< 0: sniffed from the header line
    QString sheet; ///< spreadsheet sheet (name) — empty: the first
    QString layer; ///< GIS layer — empty: the first
    /// The row the header is on, as the file counts it (a sheet's row
    /// number, a text file's line), when rows above it are a title or
    /// notes; 0: the first row with a value.
    int headerRow = 0;
    QStringList missing { QString(), QStringLiteral("NULL") }; ///< values meaning "not given"

    /// The source every row comes from: fields "key", "name", "kind",
    /// "grading_scheme", "source_grade", "info_grade", "handling_code",
    /// "handling_conditions", "tlp"; constants or columns, so a table whose
    /// rows name their own source and grading keeps them row by row.
    QMap<QString, SpecValue> source;
    QList<SpecCondition> when; ///< rows that fail any condition are skipped (counted, not quarantined)
    std::vector<SpecRecord> records;

    ColumnMapping bank; ///< Kind::BankTransactions

    // Set when loaded from a workspace.
    int version = 0;

    /// Fields of the source block, in display order.
    static const QStringList& sourceFields();
    /// How to open the table this spec reads (delimiter, sheet, layer, header row).
    TableOptions tableOptions() const;

    /// Checks the spec as a whole (targets, fields, references, required
    /// fields, choices); errors name the JSON path ("records[1].fields.dat").
    Status validate() const;
    QByteArray toJson() const;
    /// Reads and validates a spec; an error carries fileName:line:column of
    /// the offending key in `json` (a JSON syntax error, an unknown target
    /// field, a regex that does not compile…).
    static Result<ImportSpec> fromJson(const QByteArray& json, const QString& fileName);
    /// A bank column mapping as a specification.
    static ImportSpec fromMapping(const ColumnMapping& mapping);

    // --- Storage in the workspace (table import_specs, one row per version).

    struct Version {
        int version = 0;
        QString savedAt;
        QString savedBy;
        QString note;
        QString sha256;
    };
    /// A spec of the workspace by name (its latest version, or `version`),
    /// a bank mapping preset by name, or else a .json file by path.
    static Result<ImportSpec> load(store::Workspace& ws, const QString& nameOrPath, int version = 0);
    /// Saves a new version (the previous ones are kept); audited as
    /// "spec.save". Saving content identical to the latest version keeps
    /// that version. Returns the version number.
    Result<int> save(store::Workspace& ws, const QString& note = QString()) const;
    /// Names of the saved specs (latest versions), sorted.
    static QStringList names(store::Workspace& ws);
    /// Every version of a spec, oldest first.
    static std::vector<Version> versions(store::Workspace& ws, const QString& name);
    /// Writes the spec (a saved version) as a .json file; audited as "spec.export".
    static Status exportTo(store::Workspace& ws, const QString& name, const QString& path, int version = 0);
    /// Reads a .json file and saves it as a new version; audited as
    /// "spec.import". `asName` overrides the file's name.
    static Result<ImportSpec> importFrom(store::Workspace& ws, const QString& path, const QString& asName = QString());
};

} // namespace waymark::ingest
