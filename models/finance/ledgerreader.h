#pragma once

#include "core/feedback.h"
#include "core/result.h"
#include "finance/accountledger.h"
#include "finance/flowgraph.h"
#include "finance/indicatorlibrary.h"
#include "finance/profiletable.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <string_view>

namespace waymark::store {
class Workspace;
}

namespace waymark::finance {

/// Streams a workspace's accounts one at a time, each with its transactions
/// cleaned and in date order: either in a single pass over the transactions
/// index (read, readPart: memory is one account's rows, whatever the
/// workspace size), or, to score every account fastest, from the whole table
/// read in order into memory (gather, readGathered).
///
/// Cleaning is defined and reported, never silent: rows identical in every
/// field are counted once (`duplicates`); rows in a currency that is not
/// ISO 4217 or not the account's currency, and amounts that are not a
/// positive number up to Options::maxAmount, are set aside with their ids,
/// so no sum mixes currencies and nothing is scored on garbage.
class LedgerReader {
public:
    struct Options {
        /// Counterparty countries (ISO 3166 alpha-3 or alpha-2) that count as
        /// high-risk corridors for the remittance indicators.
        QStringList highRiskCountries = IndicatorLibrary::defaultHighRiskCountries();
        /// The country whose counterparties are "at home" (alpha-3).
        QString homeCountry = QStringLiteral("GBR");
        /// Larger single amounts are treated as data errors.
        double maxAmount = 1e9;
        /// Only these accounts (ids), or all when empty.
        std::vector<qint64> accountIds;
        /// The money flows for the structural indicators. read() loads it
        /// when this is null and flowGraph is true; readPart, gather and
        /// readGathered use what is given (FlowGraph::load).
        std::shared_ptr<const FlowGraph> flow;
        bool flowGraph = true;
    };
    struct Stats {
        qint64 accounts = 0, transactions = 0, duplicates = 0, setAside = 0;
    };
    /// Called once per account, in id order; return false to stop early.
    /// The sink may move the ledger's contents away (the reader clears it).
    using Sink = std::function<bool(AccountLedger&)>;

    static Result<Stats> read(
        store::Workspace& ws, const Options& options, const Sink& sink, Feedback* feedback = nullptr);

    /// For parallel reads: every account's profile (with shared details),
    /// in id order, read once (above one thread, parts of it through
    /// connections of their own to the workspace's file)…
    static Result<ProfileTable> profiles(store::Workspace& ws, int threads = 1);
    /// …then the accounts profiles[first, last) read through a read-only
    /// connection of this call's own to the file at `path` (so any thread
    /// may call it; it sees committed data).
    static Result<Stats> readPart(const QString& path, const ProfileTable& profiles, size_t first, size_t last,
        const Options& options, const Sink& sink, const std::atomic<bool>* cancel = nullptr);

    /// For reading every account at once, fastest: all transactions read in
    /// table order by `threads` connections of their own to the file and
    /// put in account order in memory (40 bytes a transaction, plus 8 a
    /// distinct text; see Gathered in the .cpp). Only the rows of accounts
    /// profiles[firstAccount, lastAccount) are kept: a bank too large to
    /// hold at once is gathered in passes, each over the whole table…
    struct Gathered;
    static Result<std::shared_ptr<const Gathered>> gather(const QString& path, const ProfileTable& profiles,
        const Options& options, int threads, Feedback* feedback = nullptr, size_t firstAccount = 0,
        size_t lastAccount = SIZE_MAX);
    /// …then the accounts profiles[first, last) cleaned from memory, as
    /// readPart would (any thread may call it on the same Gathered; accounts
    /// outside what was gathered are skipped).
    static Stats readGathered(const Gathered& gathered, const ProfileTable& profiles, size_t first, size_t last,
        const Options& options, const Sink& sink);

    /// Every gathered row, by the index of its account in the profiles, in
    /// account order and, within an account, in id order.
    static void forEachGathered(const Gathered& gathered, const std::function<void(size_t, const LedgerEntry&)>& f);

    /// Gives memory freed so far back to the system (glibc keeps freed small
    /// blocks in its heaps), so that what one stage of a run let go does
    /// not count towards the run's peak.
    static void releaseFreeMemory();

    /// The category class of a bank's category text, else of the merchant name.
    static Category categoryOf(std::string_view category, std::string_view merchant);
    static Channel channelOf(std::string_view channel);
    /// Case- and edge-space-insensitive 64-bit hash; 0 only for empty text.
    static std::uint64_t textHash(std::string_view text);
};

} // namespace waymark::finance
