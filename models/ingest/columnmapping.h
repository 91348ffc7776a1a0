#pragma once

#include "core/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace waymark::store {
class Workspace;
}

namespace waymark::ingest {

/// Which column of a bank's CSV holds which transaction field, and how its
/// numbers and dates are written. Saved as a named preset in the workspace
/// (table mapping_presets) or as a .json file, so an analyst sets a bank's
/// layout once and the GUI and the command line reuse it.
struct ColumnMapping {
    QString name;
    char delimiter = ',';
    char decimal = '.';
    QString dateFormat; ///< Qt date(-time) format; empty means ISO 8601
    QString defaultCurrency; ///< used when no currency column is mapped
    QMap<QString, QString> columns; ///< field → CSV header name

    /// Every field a mapping may set; "account", "timestamp" and either
    /// "amount" or "debit"/"credit" are required.
    static const QStringList& fields();
    static QString fieldLabel(const QString& field);

    Status validate() const;
    QByteArray toJson() const;
    static Result<ColumnMapping> fromJson(const QByteArray& json, const QString& fileName);

    /// A preset of the workspace by name, or else a mapping .json file by path.
    static Result<ColumnMapping> load(store::Workspace& ws, const QString& nameOrPath);
    /// Saves (or replaces) the preset under name; audited.
    Status save(store::Workspace& ws) const;
    static QStringList presetNames(store::Workspace& ws);
};

} // namespace waymark::ingest
