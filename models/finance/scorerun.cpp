#include "scorerun.h"

#include "core/logging.h"
#include "core/parallel.h"
#include "core/yardstick.h"
#include "finance/typologyreader.h"
#include "finance/typologystore.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>

#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <cmath>

#include <atomic>
#include <condition_variable>
#include <future>
#include <mutex>

namespace waymark::finance {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

QString ScoreRun::combineRule()
{
    return QStringLiteral("noisy-or: 1 - prod(1 - p_typology)");
}

Result<qint64> ScoreRun::saveTypology(store::Workspace& ws, const Typology& t)
{
    const QByteArray data = t.toJson();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    store::Statement& find = ws.cached("SELECT id FROM typology_versions WHERE typology = ? AND sha256 = ?");
    find.bind(1, t.id).bind(2, sha);
    if (find.next()) {
        const qint64 id = find.int64(0);
        find.reset();
        return id;
    }
    find.reset();
    store::Statement& ins = ws.cached("INSERT INTO typology_versions(typology, version, name, data, sha256, saved_at, "
                                      "saved_by) VALUES(?,?,?,?,?,?,?)");
    ins.bind(1, t.id).bind(2, t.version).bind(3, t.name).bind(4, QString::fromUtf8(data)).bind(5, sha);
    ins.bind(6, now()).bind(7, store::AuditLog::currentUser());
    if (Status st = ins.exec(); !st)
        return st.error();
    const qint64 id = ws.lastInsertId();
    if (Status st = ws.audit().append(QStringLiteral("typology.save"), QStringLiteral("typology_versions/%1").arg(id),
            QStringLiteral("%1 version %2 sha256 %3").arg(t.id).arg(t.version).arg(sha));
        !st)
        return st.error();
    return id;
}

Result<QHash<QString, QString>> ScoreRun::holderNames(store::Workspace& ws)
{
    QHash<QString, QString> names;
    store::Statement& st = ws.cached("SELECT a.account_key, coalesce(nullif(a.customer_name, ''), e.label) FROM "
                                     "accounts a LEFT JOIN entities e ON e.id = a.holder_entity_id");
    while (st.next()) {
        if (!st.isNull(1))
            names.insert(st.text(0), st.text(1));
    }
    if (Error e = st.error(); !e.isNull()) {
        st.reset();
        return e;
    }
    st.reset();
    return names;
}

Result<ScoreRun::Stored> ScoreRun::latest(store::Workspace& ws)
{
    Stored stored;
    store::Statement& run = ws.cached(
        "SELECT id, at, by, typology_versions, accounts, transactions FROM score_runs ORDER BY id DESC LIMIT 1");
    if (!run.next()) {
        run.reset();
        return stored;
    }
    stored.runId = run.int64(0);
    stored.at = run.text(1);
    stored.by = run.text(2);
    const QStringList versions = run.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    stored.accounts = run.int64(4);
    stored.transactions = run.int64(5);
    run.reset();
    QHash<QString, QString> names; // typology id → name
    for (const QString& v : versions) {
        store::Statement& st = ws.cached("SELECT data FROM typology_versions WHERE id = ?");
        st.bind(1, v.toLongLong());
        if (!st.next()) {
            st.reset();
            return Error(QCoreApplication::translate("ScoreRun",
                "Score run %1 names typology version %2, which is "
                "not in the workspace.")
                             .arg(stored.runId)
                             .arg(v));
        }
        const QByteArray data = st.text(0).toUtf8();
        st.reset();
        auto t = TypologyReader::parse(data, QStringLiteral("workspace:typology_versions/%1").arg(v));
        if (!t)
            return t.error();
        names.insert(t->id, t->name);
        stored.typologies.push_back(std::move(t).value());
    }
    store::Statement& rows = ws.cached(
        "SELECT s.account_id, a.account_key, s.probability, s.leading_typology, "
        "coalesce(nullif(a.customer_name, ''), e.label), (SELECT t.log_odds FROM typology_scores t JOIN "
        "typology_versions v ON v.id = t.typology_version_id WHERE t.run_id = s.run_id AND t.account_id = "
        "s.account_id AND v.typology = s.leading_typology) FROM account_scores s JOIN accounts a ON a.id = "
        "s.account_id LEFT JOIN entities e ON e.id = a.holder_entity_id WHERE s.run_id = ? AND s.scored = 1 ORDER "
        "BY s.probability DESC, s.account_id");
    rows.bind(1, stored.runId);
    while (rows.next()) {
        const QString leading = rows.text(3);
        stored.rows.push_back({ rows.int64(0), rows.text(1), rows.real(2), names.value(leading, leading), leading,
            rows.isNull(5) ? std::nan("") : rows.real(5), rows.text(4) });
    }
    rows.reset();
    return stored;
}

Result<ScoreRun::Summary> ScoreRun::run(
    store::Workspace& ws, const Scorer& scorer, const Options& options, const Sink& sink, Feedback* feedback)
{
    QElapsedTimer clock;
    clock.start();
    Summary summary;
    std::unique_ptr<store::Transaction> tx;
    std::vector<qint64> versionIds;
    if (options.store) {
        tx = std::make_unique<store::Transaction>(ws);
        if (!tx->isActive())
            return tx->error();
        QStringList ids;
        // Built-in upgrades that replace an unedited earlier copy are audited
        // as such (their rows are stored below, as every run's are).
        auto standings = TypologyStore::standing(ws);
        if (!standings)
            return standings.error();
        for (const Typology& t : scorer.typologies()) {
            auto id = saveTypology(ws, t);
            if (!id)
                return id.error();
            for (const TypologyStore::Standing& s : standings.value()) {
                if (s.origin != TypologyStore::Standing::Origin::Upgraded || !(s.typology == t))
                    continue;
                if (Status st = ws.audit().append(QStringLiteral("typology.upgrade"),
                        QStringLiteral("typology_versions/%1").arg(id.value()),
                        QStringLiteral("%1: unedited built-in version %2 replaced by built-in version %3")
                            .arg(t.id)
                            .arg(s.basedOn)
                            .arg(t.version));
                    !st)
                    return st.error();
            }
            versionIds.push_back(id.value());
            ids << QString::number(id.value());
        }
        store::Statement& run = ws.cached("INSERT INTO score_runs(at, by, typology_versions, combine_rule, accounts, "
                                          "scored, transactions) VALUES(?,?,?,?,0,0,0)");
        run.bind(1, now())
            .bind(2, store::AuditLog::currentUser())
            .bind(3, ids.join(QLatin1Char(',')))
            .bind(4, combineRule());
        if (Status st = run.exec(); !st)
            return st.error();
        summary.runId = ws.lastInsertId();
    }
    store::Statement* accountRow = nullptr;
    store::Statement* typologyRow = nullptr;
    if (options.store) {
        accountRow = &ws.cached("INSERT INTO account_scores(run_id, account_id, scored, probability, yardstick, "
                                "leading_typology, explanation) VALUES(?,?,?,?,?,?,?)");
        typologyRow = &ws.cached("INSERT INTO typology_scores(run_id, account_id, typology_version_id, log_odds, "
                                 "probability) VALUES(?,?,?,?,?)");
    }
    Error writeError;
    // Two stages on two threads: this one reads SQLite and cleans (and
    // stores), a worker evaluates indicators and scores the batch before.
    struct Batch {
        std::vector<AccountLedger> ledgers;
        std::vector<AccountScore> scores;
        size_t n = 0;
    };
    constexpr size_t kBatch = 2048;
    Batch batches[2];
    int current = 0, pendingIndex = -1;
    std::future<void> pending;
    auto scoreBatch = [&scorer](Batch* b) {
        std::vector<IndicatorResult> results;
        if (b->scores.size() < b->n)
            b->scores.resize(b->n);
        for (size_t i = 0; i < b->n; ++i) {
            if (b->ledgers[i].entries.size() >= size_t(Scorer::minTransactions))
                scorer.evaluate(b->ledgers[i], results);
            scorer.score(b->ledgers[i], results, b->scores[i]);
        }
    };
    auto consumeScores = [&](const std::vector<AccountScore>& scores, size_t count) -> bool {
        for (size_t i = 0; i < count; ++i) {
            const AccountScore& s = scores[i];
            (s.scored ? summary.scored : summary.notScored) += 1;
            if (options.store) {
                accountRow->bind(1, summary.runId).bind(2, s.accountId).bind(3, s.scored ? 1 : 0);
                if (s.scored)
                    accountRow->bind(4, s.probability);
                else
                    accountRow->bindNull(4);
                accountRow->bind(5, s.storedKind());
                if (s.leading >= 0)
                    accountRow->bind(6, scorer.typologies()[size_t(s.leading)].id);
                else
                    accountRow->bindNull(6);
                const QByteArray explanation = scorer.compactJson(s);
                accountRow->bind(7, std::string_view(explanation.constData(), size_t(explanation.size())));
                if (Status st = accountRow->exec(); !st) {
                    writeError = st.error();
                    return false;
                }
                for (const TypologyScore& t : s.typologies) {
                    typologyRow->bind(1, summary.runId).bind(2, s.accountId);
                    typologyRow->bind(3, versionIds[size_t(t.typology)]).bind(4, t.logOdds).bind(5, t.probability);
                    if (Status st = typologyRow->exec(); !st) {
                        writeError = st.error();
                        return false;
                    }
                }
            }
            if (sink)
                sink(s);
        }
        return true;
    };
    auto consume = [&](Batch& b) -> bool {
        const bool ok = consumeScores(b.scores, b.n);
        b.n = 0;
        return ok;
    };
    auto drain = [&]() -> bool {
        if (pendingIndex < 0)
            return true;
        pending.get();
        const int done = pendingIndex;
        pendingIndex = -1;
        return consume(batches[done]);
    };
    auto hand = [&]() -> bool {
        const bool ok = drain();
        if (batches[current].n > 0) {
            pending = std::async(std::launch::async, scoreBatch, &batches[current]);
            pendingIndex = current;
            current ^= 1;
        }
        return ok;
    };
    const int threads = std::max(1, std::min(options.threads, QThread::idealThreadCount()));
    const QString path = ws.path();
    if (threads > 1 && !path.isEmpty() && QFileInfo::exists(path)) {
        // Accounts in chunks over worker threads, each reading through a
        // connection of its own and scoring; this thread stores and calls
        // the sink chunk by chunk, in account order.
        auto profiles = LedgerReader::profiles(ws, threads);
        if (!profiles)
            return profiles.error();
        LedgerReader::Options reader = options.reader;
        const size_t n = profiles->size();
        // Chunks of 2,048 accounts: the scores of the chunks in flight (a
        // few KB an account, with their explanations) are then held whatever
        // the bank's size.
        constexpr size_t chunkSize = 2048;
        const size_t chunks = (n + chunkSize - 1) / chunkSize;
        // Every account: the whole table read in order into memory, rather
        // than row by row through the index; a bank larger than
        // rowsPerPass in passes, each gathering the accounts of a range of
        // chunks (the table read once more a pass; what is held divided by
        // the passes). Which rows each account gets, and in what order, is
        // the same whatever the passes.
        const bool gatherAll = options.reader.accountIds.empty();
        size_t passes = 1;
        if (gatherAll && options.rowsPerPass > 0 && chunks > 1) {
            store::Statement& st = ws.cached("SELECT max(id) - min(id) + 1 FROM transactions");
            const qint64 rows = st.next() ? st.int64(0) : 0;
            st.reset();
            passes
                = size_t(std::clamp<qint64>((rows + options.rowsPerPass - 1) / options.rowsPerPass, 1, qint64(chunks)));
        }
        std::vector<size_t> bound(passes + 1); // pass k: chunks [bound[k], bound[k + 1])
        for (size_t k = 0; k <= passes; ++k)
            bound[k] = chunks * k / passes;
        const bool flowFromRows = !reader.flow && reader.flowGraph && gatherAll;
        // Progress in units of work: each gathering and each pass's scoring.
        const double units = gatherAll ? double(passes) * (flowFromRows && passes > 1 ? 4 : 2) : 1;
        double unitsDone = 0;
        auto gatherPass = [&](size_t k) -> Result<std::shared_ptr<const LedgerReader::Gathered>> {
            std::unique_ptr<Feedback> part;
            if (feedback) {
                part = std::make_unique<Feedback>(feedback); // canceled with the whole run
                part->setProgressCallback([feedback, at = unitsDone, units](
                                              double f, const QString&) { feedback->setProgress((at + f) / units); });
            }
            auto g = LedgerReader::gather(path, profiles.value(), reader, threads, part.get(), bound[k] * chunkSize,
                std::min(n, bound[k + 1] * chunkSize));
            unitsDone += 1;
            if (feedback && part && part->isCanceled())
                return Error(QCoreApplication::translate("LedgerReader", "Scoring was canceled."));
            return g;
        };
        std::shared_ptr<const LedgerReader::Gathered> gathered;
        if (gatherAll && (passes == 1 || !flowFromRows)) {
            auto g = gatherPass(0);
            if (!g)
                return g.error();
            gathered = std::move(g).value();
        }
        // The money-flow graph, once, for every worker's structural
        // indicators: from the gathered rows (in passes, each pass's rows
        // counted, then placed, in account order as they would be at
        // once), else read for itself.
        if (flowFromRows) {
            std::vector<std::uint64_t> keys;
            keys.reserve(profiles->size());
            for (size_t i = 0; i < profiles->size(); ++i) {
                const QByteArray key = profiles->keyUtf8(i);
                keys.push_back(LedgerReader::textHash(std::string_view(key.constData(), size_t(key.size()))));
            }
            FlowGraph::Builder flow(keys);
            auto feed = [&](const LedgerReader::Gathered& g) {
                LedgerReader::forEachGathered(g, [&](size_t i, const LedgerEntry& e) {
                    flow.add(keys[i], e.counterpartyAccount, e.in, e.day, e.amount);
                });
            };
            auto feedAll = [&]() -> Status {
                if (gathered) {
                    feed(*gathered);
                    return Ok {};
                }
                for (size_t k = 0; k < passes; ++k) {
                    {
                        auto g = gatherPass(k);
                        if (!g)
                            return g.error();
                        feed(*g.value());
                    } // let go before the next pass
                    LedgerReader::releaseFreeMemory();
                }
                return Ok {};
            };
            if (Status st = feedAll(); !st) // count
                return st.error();
            if (flow.place()) {
                if (Status st = feedAll(); !st) // place
                    return st.error();
            } else if (!gathered) {
                unitsDone += double(passes);
            }
            reader.flow = flow.finish();
            flow = FlowGraph::Builder({});
            LedgerReader::releaseFreeMemory();
        } else if (!reader.flow && reader.flowGraph) {
            auto flow = FlowGraph::load(ws);
            if (!flow)
                return flow.error();
            reader.flow = std::move(flow).value();
        }
        struct Chunk {
            std::vector<AccountScore> scores;
            LedgerReader::Stats stats;
            Error error;
            bool done = false;
        };
        std::vector<Chunk> out(chunks);
        // Score vectors of consumed chunks, reused with their storage.
        std::vector<std::vector<AccountScore>> spare;
        std::mutex mutex;
        std::condition_variable changed;
        std::atomic<bool> cancel { false };
        size_t nextChunk = 0, consumed = 0, passEnd = 0;
        const size_t ahead = size_t(threads) * 2 + 2; // bounds the memory of finished, unconsumed chunks
        auto worker = [&]() {
            std::vector<IndicatorResult> results;
            for (;;) {
                size_t c;
                {
                    std::unique_lock<std::mutex> lock(mutex);
                    changed.wait(lock, [&] { return cancel || nextChunk >= passEnd || nextChunk < consumed + ahead; });
                    if (cancel || nextChunk >= passEnd)
                        return;
                    c = nextChunk++;
                    if (!spare.empty()) {
                        out[c].scores = std::move(spare.back());
                        spare.pop_back();
                    }
                }
                Chunk& chunk = out[c];
                size_t k = 0;
                auto scoreOne = [&](AccountLedger& ledger) {
                    if (chunk.scores.size() <= k)
                        chunk.scores.emplace_back();
                    if (ledger.entries.size() >= size_t(Scorer::minTransactions))
                        scorer.evaluate(ledger, results);
                    scorer.score(ledger, results, chunk.scores[k++]);
                    return !cancel.load(std::memory_order_relaxed);
                };
                const size_t first = c * chunkSize, last = std::min(n, (c + 1) * chunkSize);
                auto r = gathered
                    ? Result<LedgerReader::Stats>(
                        LedgerReader::readGathered(*gathered, profiles.value(), first, last, reader, scoreOne))
                    : LedgerReader::readPart(path, profiles.value(), first, last, reader, scoreOne, &cancel);
                chunk.scores.resize(k);
                {
                    std::lock_guard<std::mutex> lock(mutex);
                    if (r)
                        chunk.stats = r.value();
                    else
                        chunk.error = r.error();
                    chunk.done = true;
                }
                changed.notify_all();
            }
        };
        Error failure;
        for (size_t pass = 0; pass < passes && failure.isNull(); ++pass) {
            if (gatherAll && !gathered) {
                auto g = gatherPass(pass);
                if (!g)
                    return g.error();
                gathered = std::move(g).value();
            }
            nextChunk = consumed = bound[pass];
            passEnd = bound[pass + 1];
            // Worker 0, the calling thread, consumes the chunks in order
            // while the others score them.
            parallel::run(threads + 1, [&](int w) {
                if (w > 0) {
                    worker();
                    return;
                }
                for (size_t c = bound[pass]; c < passEnd && failure.isNull(); ++c) {
                    {
                        std::unique_lock<std::mutex> lock(mutex);
                        changed.wait(lock, [&] { return out[c].done; });
                    }
                    if (!out[c].error.isNull()) {
                        failure = out[c].error;
                        break;
                    }
                    const LedgerReader::Stats& st = out[c].stats;
                    summary.read.accounts += st.accounts;
                    summary.read.transactions += st.transactions;
                    summary.read.duplicates += st.duplicates;
                    summary.read.setAside += st.setAside;
                    if (!consumeScores(out[c].scores, out[c].scores.size())) {
                        failure = writeError;
                        break;
                    }
                    {
                        std::lock_guard<std::mutex> lock(mutex);
                        spare.push_back(std::move(out[c].scores));
                        consumed = c + 1;
                    }
                    changed.notify_all();
                    if (feedback) {
                        if (feedback->isCanceled())
                            failure = Error(QCoreApplication::translate("LedgerReader", "Scoring was canceled."));
                        const double done = double(c + 1 - bound[pass]) / double(passEnd - bound[pass]);
                        feedback->setProgress((unitsDone + done) / units);
                    }
                }
                {
                    std::lock_guard<std::mutex> lock(mutex);
                    if (!failure.isNull())
                        cancel = true;
                }
                changed.notify_all();
            });
            unitsDone += 1;
            if (passes > 1) {
                gathered.reset();
                LedgerReader::releaseFreeMemory();
            }
        }
        if (!failure.isNull())
            return failure;
    } else {
        auto read = LedgerReader::read(
            ws, options.reader,
            [&](AccountLedger& ledger) {
                Batch& b = batches[current];
                if (b.ledgers.size() <= b.n)
                    b.ledgers.emplace_back();
                std::swap(b.ledgers[b.n], ledger);
                ++b.n;
                if (b.n == kBatch)
                    return hand();
                return true;
            },
            feedback);
        if (read && writeError.isNull())
            hand();
        drain();
        if (!writeError.isNull())
            return writeError;
        if (!read)
            return read.error();
        summary.read = read.value();
    }
    if (options.store) {
        store::Statement& upd
            = ws.cached("UPDATE score_runs SET accounts = ?, scored = ?, transactions = ? WHERE id = ?");
        upd.bind(1, summary.read.accounts).bind(2, summary.scored).bind(3, summary.read.transactions);
        upd.bind(4, summary.runId);
        if (Status st = upd.exec(); !st)
            return st.error();
        QStringList names;
        for (const Typology& t : scorer.typologies())
            names << QStringLiteral("%1 v%2").arg(t.id).arg(t.version);
        if (Status st
            = ws.audit().append(QStringLiteral("score.run"), QStringLiteral("score_runs/%1").arg(summary.runId),
                QStringLiteral("%1 accounts (%2 scored, %3 not scored), %4 transactions (%5 duplicates, %6 set "
                               "aside); typologies %7; %8")
                    .arg(summary.read.accounts)
                    .arg(summary.scored)
                    .arg(summary.notScored)
                    .arg(summary.read.transactions)
                    .arg(summary.read.duplicates)
                    .arg(summary.read.setAside)
                    .arg(names.join(QStringLiteral(", ")), combineRule()));
            !st)
            return st.error();
        if (Status st = tx->commit(); !st)
            return st.error();
    }
    qCInfo(lcFinance) << "scored" << summary.scored << "accounts (" << summary.notScored << "not scored) in"
                      << clock.elapsed() << "ms";
    return summary;
}

} // namespace waymark::finance
