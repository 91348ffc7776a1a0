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
    /// Latest year a date may have; defaults to this year.
    int maxYear = 0;
};

} // namespace waymark::ingest
