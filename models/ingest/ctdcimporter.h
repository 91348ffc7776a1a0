#pragma once

#include "core/result.h"

#include <QString>

class QIODevice;

namespace waymark::ingest {

class ImportSession;

/// Reads the CTDC Global Synthetic Dataset CSV (codebook v2, 2024, and older
/// releases) by header name: each row becomes an incident with its year, its
/// route from citizenship to country of exploitation, exploitation types,
/// labour sectors, means of control, recruiter relation and demographics.
/// Unknown columns are kept as attributes; "missing" (empty or NULL) stays
/// missing. See shared/data/README.md for the quirks it accepts.
class CtdcImporter {
public:
    /// Whether a header row looks like CTDC (it names yearOfRegistration).
    static bool recognises(const QByteArray& headerLine);
    static Status run(ImportSession& session, QIODevice* device, const QString& displayName, qint64 totalBytes);
};

} // namespace waymark::ingest
