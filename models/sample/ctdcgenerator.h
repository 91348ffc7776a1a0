#pragma once

#include "core/result.h"

#include <QString>

class QIODevice;

namespace waymark::sample {

/// Writes CSV in the shape of the CTDC Global Synthetic Dataset (codebook v2,
/// 27 columns), deterministic by seed, with the quirks of published files
/// switched on at will, so the importer is tested against every one of them.
class CtdcGenerator {
public:
    struct Options {
        qint64 rows = 1000;
        quint64 seed = 1;
        bool byteOrderMark = false; ///< start with a UTF-8 BOM
        bool nullMarkers = false; ///< write missing as NULL instead of empty
        bool dashVariants = false; ///< write ranges with en/em dashes, as the codebook does
        bool finalNewline = true;
        bool olderRelease = false; ///< extra columns of older releases, shuffled order
        bool withholdDocumentsAlias = false; ///< column 14 as meansWithholdDocuments
        bool crlf = false;
    };

    static Status write(QIODevice* device, const Options& options);
    static Status write(const QString& path, const Options& options);
};

} // namespace waymark::sample
