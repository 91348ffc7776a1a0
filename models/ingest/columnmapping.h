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
    /// Two-sided ledgers whose rows name each side's bank: the bank whose
    /// accounts are ours. A side of another bank becomes a counterparty,
    /// never a scored account.
    QString ownBank;
    /// Time counted in steps from a start (PaySim's `step`, hours from the
    /// simulation's start): the unit of one step, one of timeUnits(), and
    /// the date and time of step 0 (ISO 8601). Empty unit: real dates.
    QString timeUnit;
    QString timeOrigin;

    /// Every field a mapping may set; "account", "timestamp" and either
    /// "amount" or "debit"/"credit" are required. With "payee_account" the
    /// mapping is two-sided: "account" is the payer, and each row is a debit
    /// of the payer and a credit of the payee.
    static const QStringList& fields();
    static QString fieldLabel(const QString& field);
    /// "seconds", "minutes", "hours", "days".
    static const QStringList& timeUnits();

    bool twoSided() const { return !columns.value(QStringLiteral("payee_account")).isEmpty(); }
    /// Seconds in one time step (0 when the mapping reads real dates).
    qint64 secondsPerStep() const;

    Status validate() const;
    /// The two-sided and time-step rules of validate().
    Status validateLedgerShape() const;
    QByteArray toJson() const;
    static Result<ColumnMapping> fromJson(const QByteArray& json, const QString& fileName);

    /// A preset of the workspace by name, or else a mapping .json file by path.
    static Result<ColumnMapping> load(store::Workspace& ws, const QString& nameOrPath);
    /// Saves (or replaces) the preset under name; audited.
    Status save(store::Workspace& ws) const;
    static QStringList presetNames(store::Workspace& ws);
};

} // namespace waymark::ingest
