#pragma once

#include "core/feedback.h"
#include "core/result.h"
#include "finance/ledgerreader.h"
#include "finance/scorer.h"

#include <QHash>

#include <functional>

namespace waymark::store {
class Workspace;
}

namespace waymark::finance {

/// Scores every account of a workspace in one streaming pass and, unless
/// told not to, stores the run: the typology versions used (kept verbatim),
/// each account's overall and per-typology probability with its explanation,
/// and an audit record, all in one transaction.
class ScoreRun {
public:
    struct Options {
        LedgerReader::Options reader;
        bool store = true;
        /// Worker threads reading and scoring (at most the cores there are);
        /// 1 reads on the calling thread and scores on one worker.
        int threads = 2;
        /// Transactions held in memory at once while scoring every account
        /// (about 60 bytes each): a larger bank is read in passes, each over
        /// a range of accounts and the whole table once more. 0: no limit.
        qint64 rowsPerPass = 16'000'000;
    };
    struct Summary {
        qint64 runId = 0; ///< 0 when not stored
        LedgerReader::Stats read;
        qint64 scored = 0, notScored = 0;
    };
    /// Receives each account's score as it is made (in account id order).
    using Sink = std::function<void(const AccountScore&)>;

    static Result<Summary> run(store::Workspace& ws, const Scorer& scorer, const Options& options,
        const Sink& sink = {}, Feedback* feedback = nullptr);

    /// Stores a typology version (unless the same content is there) with an
    /// audit record; returns its row id. Call inside or outside a transaction.
    static Result<qint64> saveTypology(store::Workspace& ws, const Typology& typology);

    /// The rule written with every run.
    static QString combineRule();

    /// A stored run as the accounts view shows it: who ran it when, the
    /// typology versions it used, and its scored accounts, highest first.
    struct Stored {
        qint64 runId = 0;
        QString at, by;
        qint64 accounts = 0, transactions = 0;
        std::vector<Typology> typologies;
        struct Row {
            qint64 accountId = 0;
            QString key;
            double probability = 0; ///< the model's overall output (uncalibrated)
            QString leading; ///< the leading typology's name
            QString leadingId; ///< and its id
            double leadingLogOdds = 0; ///< its log-odds, for a calibrated probability
            QString holder; ///< the holder's name where the data has one
        };
        std::vector<Row> rows;
    };
    /// Account holders' names by account key, where the data has one (the
    /// bank's customer name, else the holder entity's label).
    static Result<QHash<QString, QString>> holderNames(store::Workspace& ws);

    /// The latest stored run; runId 0 when the workspace has none.
    static Result<Stored> latest(store::Workspace& ws);
};

} // namespace waymark::finance
