#pragma once

#include "core/feedback.h"
#include "core/result.h"

#include <QString>

namespace waymark::store {
class Workspace;
}

namespace waymark::sample {

/// Writes generated bank accounts and transactions straight into a
/// workspace (one extract, one financial-partner source), for calibration
/// tests and the scoring benchmark. Deterministic for a seed.
///
/// A share of accounts is planted with one of the four built-in typologies'
/// behaviours, each at a random strength and mixed with ordinary spending;
/// some ordinary accounts carry innocent look-alikes (business travel,
/// a second job, cash takings), so the task is not trivially separable.
/// Labels go to a CSV in the sample generator's format
/// (`account_id,label,typology`).
class SyntheticBank {
public:
    struct Options {
        qint64 accounts = 1000;
        qint64 transactions = 100000; ///< in total, spread over the accounts
        double plantedShare = 0.05;
        double lookAlikeShare = 0.1; ///< of ordinary accounts
        quint64 seed = 7;
        /// Trap (SampleTraps::OneWeekAccount): ordinary accounts whose red
        /// flags all come from one unusual week, labelled 0. Drawn from a
        /// stream of their own (`trapSeed`), after every other account.
        qint64 oneWeekAccounts = 0;
        quint64 trapSeed = 1;
        QString labelsPath; ///< where to write labels; none when empty
    };
    struct Counts {
        qint64 accounts = 0, transactions = 0, planted = 0;
    };
    static Result<Counts> write(store::Workspace& ws, const Options& options, Feedback* feedback = nullptr);
};

} // namespace waymark::sample
