#pragma once

#include <QString>

namespace waymark::ingest {

/// How to import: what the command line's flags and the import dialog set.
struct ImportOptions {
    /// Import the valid rows and keep every rejected row in quarantine with
    /// its reason; without it one bad row stops the import of the file.
    bool keepGoing = false;
    /// Column mapping for bank-transaction CSV: a preset's name in the
    /// workspace or a path to a mapping .json file.
    QString mapping;
    /// Import specification for any table (delimited text, a sheet, a GIS
    /// layer): a spec's name in the workspace, a bank mapping preset's name,
    /// or a path to a specification .json file. A spec of the bank kind runs
    /// as --mapping does.
    QString spec;
    /// The spec's saved version to use; 0: the latest.
    int specVersion = 0;
    /// Latest year a date may have; defaults to this year.
    int maxYear = 0;
    /// Nothing else uses the workspace while the import runs (the command
    /// line): it is written through a rollback journal instead of the WAL
    /// when SQLite allows (no other connection has the file open), so its
    /// pages reach the file once rather than twice. WAL again afterwards.
    bool alone = false;
};

} // namespace waymark::ingest
