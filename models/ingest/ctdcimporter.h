#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace waymark::ingest {

class ImportSession;

/// Reads the CTDC datasets as CTDC published them, each layout detected from
/// its header with no flag:
///
/// - `ctdc-v2`: the Global Synthetic Dataset, codebook v2 (2024), 27 columns;
/// - `ctdc-global-2017-2020`: the older k-anonymised Global Dataset releases
///   (about 63 columns, `-99` for missing, ISO alpha-2 codes, Female/Male,
///   `…Concatenated` text columns);
/// - `ctdc-vp-condensed` and `ctdc-vp-full`: the victim–perpetrator synthetic
///   dataset (banded years, UN regions, multi-valued cells, IP_* perpetrator
///   columns that become a person entity involved in the victim's incident).
///
/// Each layout is a table (column name → model field, value map, missing
/// tokens) in ctdcimporter.cpp, in a form an import specification can state;
/// the reader itself stays a dedicated one for speed. Every row becomes an
/// incident; unknown columns are kept as attributes. See
/// shared/data/README.md for the quirks it accepts.
class CtdcImporter {
public:
    /// The layout a file's first bytes name (format id such as
    /// `ctdc-vp-condensed`), or an empty string when it is not a CTDC file:
    /// the header row, and the rows after it when `head` has them (a header
    /// two layouts name equally is told by their -99).
    static QString detect(const QByteArray& head);
    /// The same for a header already split into column names.
    static QString detect(const QStringList& columns);
    /// "CTDC victim–perpetrator synthetic dataset (condensed layout)" for a
    /// format id of detect(), translated.
    static QString describe(const QString& format);
    /// Every format id detect() can return, in detection order.
    static QStringList formats();
    /// Whether a header row looks like any CTDC layout.
    static bool recognises(const QByteArray& headerLine) { return !detect(headerLine).isEmpty(); }
    static Status run(ImportSession& session, QIODevice* device, const QString& displayName, qint64 totalBytes);
};

} // namespace waymark::ingest
