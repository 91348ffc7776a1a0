#pragma once

#include "core/result.h"

#include <QString>

#include <optional>
#include <string_view>

namespace waymark::store {
class Workspace;
}

namespace waymark::ingest {

/// One bank transaction on its way into the workspace, with the checks both
/// the hub extract and mapped bank CSV apply: a real date, a positive sane
/// amount, an ISO 4217 currency, a direction.
struct TransactionRecord {
    QString key; ///< the bank's transaction id, if any
    QString timestamp; ///< ISO 8601 as given (date or date and time)
    qint64 day = 0; ///< Julian day
    double amount = 0; ///< > 0
    QString currency;
    QString direction; ///< "in" or "out"
    QString counterparty, counterpartyAccount, counterpartyCountry, category, merchant, channel, location, country,
        reference, attributes;

    /// Largest amount accepted in one transaction; more is a data error.
    static constexpr double maxAmount = 1e11;

    /// Parses a date or date-time ("2024-03-05", "2024-03-05T22:10:00",
    /// "2024-03-05 22:10", or with a custom Qt format); empty on failure.
    static bool setTimestamp(
        TransactionRecord& r, std::string_view text, const QString& format, int maxYear, QString* why);
    /// A time step counted from `origin` (PaySim's `step`): a number of
    /// steps ≥ 0, each `secondsPerStep` long. A date-only origin counted in
    /// whole days stays a date.
    static bool setTimeStep(TransactionRecord& r, std::string_view text, const QString& origin, qint64 secondsPerStep,
        int maxYear, QString* why);
    /// An amount under a strict grammar: one optional sign (or accounting
    /// parentheses), grouping separators only between groups of three digits,
    /// the given decimal separator at most once. Empty, with the reason, for
    /// anything else.
    static std::optional<double> parseAmount(std::string_view text, char decimal, QString* why);
    static bool setAmount(TransactionRecord& r, std::string_view text, char decimal, QString* why);
    static bool setCurrency(TransactionRecord& r, std::string_view text, QString* why);
    static bool setDirection(TransactionRecord& r, std::string_view text, QString* why);

    /// Inserts; false with no error when the same key already exists for the
    /// account (a duplicate, skipped).
    static Result<bool> insert(
        store::Workspace& ws, qint64 extractId, qint64 line, qint64 accountId, const TransactionRecord& r);
};

} // namespace waymark::ingest
