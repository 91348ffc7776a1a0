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
    /// The layouts CTDC has published (see shared/data/README.md).
    enum class Layout {
        V2, ///< Global Synthetic Dataset, codebook v2: 27 columns
        Global2017, ///< k-anonymised Global Dataset 2017–2020: 63 columns, -99 for missing, alpha-2 codes
        VictimPerpetrator, ///< victim–perpetrator synthetic dataset, condensed: banded years, UN regions, IP_*
    };
    struct Options {
        Layout layout = Layout::V2;
        qint64 rows = 1000;
        quint64 seed = 1;
        bool byteOrderMark = false; ///< start with a UTF-8 BOM
        bool nullMarkers = false; ///< write missing as NULL instead of empty
        bool dashVariants = false; ///< write ranges with en/em dashes, as the codebook does
        bool finalNewline = true;
        bool olderRelease = false; ///< V2: extra columns of older releases, shuffled order
        /// Global2017 and VictimPerpetrator: the share of rows that give
        /// nothing in most columns (-99 or empty), as published files have.
        double sparse = 0.17;
        bool withholdDocumentsAlias = false; ///< column 14 as meansWithholdDocuments
        bool crlf = false;
    };

    static Status write(QIODevice* device, const Options& options);
    /// The layout's name for messages and the benchmark ("v2", "global-2017-2020", "vp-condensed").
    static const char* layoutName(Layout layout);
    static Status write(const QString& path, const Options& options);
};

} // namespace waymark::sample
