#pragma once

#include "core/result.h"

#include <QString>

class QIODevice;

namespace waymark::ingest {

class ImportSession;
struct ColumnMapping;

/// Reads a bank's transaction CSV through a ColumnMapping (the session's
/// options name the preset or file). Accounts are created on first sight,
/// under one financial-partner source per mapping; the mapping is saved in
/// the workspace as a preset if it came from a file.
class TransactionImporter {
public:
    static Status run(ImportSession& session, QIODevice* device, const QString& displayName, qint64 totalBytes);
    /// With the mapping given (a bank-transactions import specification).
    static Status run(ImportSession& session, const ColumnMapping& mapping, QIODevice* device,
        const QString& displayName, qint64 totalBytes);
};

} // namespace waymark::ingest
