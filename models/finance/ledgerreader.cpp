#include "ledgerreader.h"

#include "finance/hashindex.h"
#include "finance/ledgertext.h"

#include "core/parallel.h"
#include "geo/gazetteer.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QtEndian>

#include <sqlite3.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace waymark::finance {

using namespace ledgertext;

namespace {

/// Small-cardinality texts (categories, channels, currencies, countries) are
/// classified once and looked up by hash afterwards.
template <typename V> struct Memo {
    std::unordered_map<std::uint64_t, V> map;
    template <typename F> V get(std::uint64_t h, F&& make)
    {
        auto it = map.find(h);
        if (it != map.end())
            return it->second;
        V v = make();
        map.emplace(h, v);
        return v;
    }
};

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

Result<sqlite3*> openReadOnly(const QString& path, bool mapped = true)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
            store::Workspace::vfsFor(path))
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close_v2(db);
        return Error(QCoreApplication::translate("LedgerReader", "Cannot read %1.").arg(path), why);
    }
    // The file was checked when the workspace opened; still, nothing in its
    // schema runs on this connection.
    store::Workspace::distrust(db);
    // Reading maps the file rather than copying pages (the cipher shim maps
    // nothing: an encrypted file is read page by page).
    if (mapped)
        sqlite3_exec(db, "PRAGMA mmap_size = 2147483648", nullptr, nullptr, nullptr);
    return db;
}

qint64 scalar(sqlite3* db, const char* sql)
{
    sqlite3_stmt* st = nullptr;
    qint64 v = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/// Gives the memory freed so far back to the system (glibc keeps freed small
/// blocks in its heaps): what a run held before the transactions are read
/// then does not count towards its peak.
void releaseFreeMemory()
{
    LedgerReader::releaseFreeMemory();
}

/// The profiles of accounts with ids in [from, to], and (detail hash,
/// index in `profiles`) for every address, phone and e-mail given, sorted.
struct ProfilePart {
    std::vector<AccountProfile> profiles;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> details;
    Error error;
};

ProfilePart readProfiles(sqlite3* db, qint64 from, qint64 to)
{
    auto textHash = &LedgerReader::textHash;
    ProfilePart part;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db,
            "SELECT id, account_key, currency, address, phone, email, occupation, declared_income FROM accounts "
            "WHERE id BETWEEN ? AND ? ORDER BY id",
            -1, &st, nullptr)
        != SQLITE_OK) {
        part.error = Error(QCoreApplication::translate("LedgerReader", "Cannot read the accounts."),
            QString::fromUtf8(sqlite3_errmsg(db)));
        return part;
    }
    sqlite3_bind_int64(st, 1, from);
    sqlite3_bind_int64(st, 2, to);
    // Currencies and occupations repeat: convert each distinct text once.
    QHash<QByteArray, QString> currencies, occupations;
    auto once = [](QHash<QByteArray, QString>& memo, std::string_view text, auto convert) {
        const QByteArray raw = QByteArray::fromRawData(text.data(), qsizetype(text.size()));
        auto it = memo.constFind(raw);
        if (it == memo.constEnd())
            it = memo.insert(QByteArray(text.data(), qsizetype(text.size())), convert(QString::fromUtf8(raw)));
        return it.value();
    };
    constexpr std::uint32_t detailFields[3] = { Field::CustomerAddress, Field::CustomerPhone, Field::CustomerEmail };
    while (sqlite3_step(st) == SQLITE_ROW) {
        AccountProfile p;
        p.accountId = sqlite3_column_int64(st, 0);
        p.key = QString::fromUtf8(columnText(st, 1));
        p.currency = once(currencies, columnText(st, 2), [](const QString& c) { return c.toUpper(); });
        p.occupation = once(occupations, columnText(st, 6), [](const QString& o) { return o.trimmed(); });
        if (!p.occupation.isEmpty())
            p.fields |= Field::Occupation;
        if (sqlite3_column_type(st, 7) != SQLITE_NULL)
            p.declaredIncome = sqlite3_column_double(st, 7);
        if (p.declaredIncome >= 0)
            p.fields |= Field::DeclaredIncome;
        // Where the holder lives or works: each part of the address.
        for (const QByteArray& part :
            QByteArray::fromRawData(columnText(st, 3).data(), qsizetype(columnText(st, 3).size())).split(',')) {
            if (const std::uint64_t h = textHash(std::string_view(part.constData(), size_t(part.size()))))
                p.homeAreas.push_back(h);
        }
        p.homeAreas.shrink_to_fit(); // held for the whole run
        for (int k = 0; k < 3; ++k) {
            // Salted per kind so an address never matches a phone.
            if (const std::uint64_t h = textHash(columnText(st, 3 + k))) {
                part.details.emplace_back(mix(h, std::uint64_t(k + 1)), std::uint32_t(part.profiles.size()));
                p.fields |= detailFields[k];
            }
        }
        part.profiles.push_back(std::move(p));
    }
    const int rc = sqlite3_errcode(db);
    sqlite3_finalize(st);
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        part.error = Error(QCoreApplication::translate("LedgerReader", "Cannot read the accounts."),
            QString::fromUtf8(sqlite3_errstr(rc)));
    std::sort(part.details.begin(), part.details.end());
    return part;
}

/// Every account's profile in id order, with how many other accounts share
/// its address, phone or e-mail. Above one thread, the id range is split and
/// the other parts are read through connections of their own to `path`.
Result<ProfileTable> loadProfiles(sqlite3* db, const QString& path, int threads)
{
    const qint64 lo = scalar(db, "SELECT min(id) FROM accounts"), hi = scalar(db, "SELECT max(id) FROM accounts");
    if (path.isEmpty() || hi - lo < 2000)
        threads = 1;
    std::vector<ProfilePart> parts(size_t(std::max(1, threads)));
    const qint64 step = (hi - lo) / qint64(parts.size()) + 1;
    // Worker 0 reads through the caller's connection, the others open their own.
    parallel::run(int(parts.size()), [&](int worker) {
        const auto t = size_t(worker);
        if (t == 0) {
            parts[0] = readProfiles(db, lo, lo + step - 1);
            return;
        }
        // Not memory-mapped: the mapped pages of the accounts table would
        // stay in the process for the whole run.
        auto own = openReadOnly(path, false);
        if (!own) {
            parts[t].error = own.error();
            return;
        }
        parts[t] = readProfiles(own.value(), lo + qint64(t) * step, lo + qint64(t + 1) * step - 1);
        sqlite3_close_v2(own.value());
    });
    // One list: profiles in id order, detail runs merged.
    for (const ProfilePart& part : parts) {
        if (!part.error.isNull())
            return part.error;
    }
    // Exactly as long as needed: it lives for the whole run.
    size_t count = 0;
    for (const ProfilePart& part : parts)
        count += part.profiles.size();
    std::vector<AccountProfile> profiles;
    profiles.reserve(count);
    std::move(parts[0].profiles.begin(), parts[0].profiles.end(), std::back_inserter(profiles));
    std::vector<AccountProfile>().swap(parts[0].profiles);
    auto details = std::move(parts[0].details);
    for (size_t t = 1; t < parts.size(); ++t) {
        const auto offset = std::uint32_t(profiles.size());
        std::move(parts[t].profiles.begin(), parts[t].profiles.end(), std::back_inserter(profiles));
        std::vector<AccountProfile>().swap(parts[t].profiles);
        const size_t mid = details.size();
        for (const auto& [h, i] : parts[t].details)
            details.emplace_back(h, i + offset);
        std::inplace_merge(details.begin(), details.begin() + std::ptrdiff_t(mid), details.end());
    }
    // How many accounts carry each detail: each run of one hash.
    for (size_t b = 0; b < details.size();) {
        size_t e = b + 1;
        while (e < details.size() && details[e].first == details[b].first)
            ++e;
        for (size_t k = b; k < e; ++k) {
            int& shared = profiles[details[k].second].sharedDetails;
            shared = std::max(shared, int(e - b) - 1);
        }
        b = e;
    }
    // Held compactly for the whole run; the profiles as read are let go
    // (and their memory given back before the transactions are read).
    std::vector<std::pair<std::uint64_t, std::uint32_t>>().swap(details);
    ProfileTable table;
    table.reserve(profiles.size());
    for (const AccountProfile& p : profiles) {
        if (!table.add(p))
            return Error(QCoreApplication::translate("LedgerReader", "Too many accounts to score at once."));
    }
    std::vector<AccountProfile>().swap(profiles);
    table.squeeze();
    releaseFreeMemory();
    return table;
}

/// A transaction as read, before its account's cleaning: the entry and what
/// cleaning needs to know of it.
struct RawRow {
    LedgerEntry e;
    std::uint64_t duplicateHash = 0; ///< of every field but the id
    std::uint64_t currencyHash = 0;
    std::array<char, 8> currency {}; ///< its first bytes, for an account without a currency
    bool iso = false; ///< the currency is ISO 4217
    bool timed = false; ///< the time of day is known
    /// When gathered: 1 when an identical row of the account came before
    /// (then duplicateHash is not kept), 0 when none did; -1: test the hash.
    std::int8_t duplicate = -1;
};

/// A gathered transaction, packed to 40 bytes (a RawRow is 104): the texts'
/// 64-bit hashes as 32-bit indices into the reading thread's table of the
/// distinct ones, the id as an offset, the amount in whole cents (or, when it
/// is not a whole number of cents under 2^32, an index into the thread's list
/// of such amounts), the currency as an index into the thread's distinct
/// currency texts, with the direction and whether an identical row of the
/// account came before (rows identical in every field are counted once) in
/// its top bits; which thread read it
/// and whether the amount is an index in the flag bits a LedgerEntry does not
/// use. Its account is where it lies (LedgerReader::Gathered::offsets).
/// Unpacking gives back exactly the RawRow that was read.
struct PackedRow {
    std::uint32_t amount = 0; ///< cents, or an index into Gathered::Part::amounts
    std::uint32_t idOffset = 0; ///< id − Gathered::minId
    std::int32_t day = 0;
    std::uint32_t counterparty = 0, location = 0, reference = 0, merchant = 0, counterpartyAccount = 0;
    std::uint16_t flags = 0; ///< LedgerEntry::Flag, plus kPartBits and kAmountIsIndex
    std::int16_t minute = -1;
    std::uint16_t currencyAndIn = 0; ///< kCurrencyBits, kDuplicate, kIn
    Category category = Category::Unknown;
    Channel channel = Channel::Unknown;

    static constexpr std::uint16_t kEntryFlags = 0x0fff;
    static constexpr int kPartShift = 12;
    static constexpr std::uint16_t kPartBits = 0x7000; ///< the reading thread (at most 8)
    static constexpr std::uint16_t kAmountIsIndex = 0x8000;
    static constexpr std::uint16_t kCurrencyBits = 0x3fff;
    static constexpr std::uint16_t kDuplicate = 0x4000;
    static constexpr std::uint16_t kIn = 0x8000;
};
static_assert(sizeof(PackedRow) == 40, "PackedRow is what 50 million transactions cost");
static_assert(LedgerEntry::HasCounterpartyAccount <= PackedRow::kEntryFlags, "a flag collides with the packing's");

/// A currency text as read: its hash, first bytes and whether it is ISO 4217.
struct CurrencyText {
    std::uint64_t hash = 0;
    std::array<char, 8> bytes {};
    bool iso = false;
};

constexpr const char* kColumns = "id, account_id, ts, day, amount, currency, direction, counterparty, "
                                 "counterparty_country, category, merchant, channel, location, reference, "
                                 "counterparty_account";

/// Turns result rows (kColumns, in that order) into RawRows. One per thread:
/// it memoises the classification of texts it has seen.
class RowParser {
public:
    explicit RowParser(const LedgerReader::Options& options)
        : m_gaz(geo::Gazetteer::instance())
        , m_home(m_gaz.find(options.homeCountry))
    {
        for (const QString& c : options.highRiskCountries) {
            const int i = m_gaz.find(c);
            if (i >= 0)
                m_highRisk.insert(i);
        }
    }

    void parse(sqlite3_stmt* st, RawRow& r)
    {
        auto textHash = &LedgerReader::textHash;
        LedgerEntry& e = r.e;
        e = LedgerEntry();
        e.id = sqlite3_column_int64(st, 0);
        const std::string_view ts = columnText(st, 2);
        e.day = qint32(sqlite3_column_int64(st, 3));
        r.timed = false;
        if (ts.size() >= 16 && (ts[10] == 'T' || ts[10] == ' ')) {
            const int h = (ts[11] - '0') * 10 + (ts[12] - '0');
            const int m = (ts[14] - '0') * 10 + (ts[15] - '0');
            if (h >= 0 && h < 24 && m >= 0 && m < 60) {
                e.minute = qint16(h * 60 + m);
                r.timed = true;
            }
        }
        e.amount = sqlite3_column_double(st, 4);
        const std::string_view cur = columnText(st, 5);
        r.currencyHash = textHash(cur);
        r.iso = m_currencyMemo.get(r.currencyHash, [&] { return m_gaz.isCurrency(cur) ? 1 : 0; }) != 0;
        r.currency.fill(0);
        std::memcpy(r.currency.data(), cur.data(), std::min(cur.size(), r.currency.size()));
        const std::string_view dir = columnText(st, 6);
        e.in = dir.size() == 2 && dir[0] == 'i';
        const std::string_view cp = columnText(st, 7), cpc = columnText(st, 8), cat = columnText(st, 9),
                               mer = columnText(st, 10), ch = columnText(st, 11), loc = columnText(st, 12),
                               ref = columnText(st, 13);
        e.counterpartyAccount = textHash(columnText(st, 14));
        // A counterparty known by its account alone is still one party.
        e.counterparty = cp.empty() ? e.counterpartyAccount : textHash(cp);
        if (e.counterpartyAccount)
            e.flags |= LedgerEntry::HasCounterpartyAccount;
        e.location = textHash(loc);
        e.reference = textHash(ref);
        e.merchant = textHash(mer);
        const std::uint64_t catHash = textHash(cat);
        if (catHash) {
            e.flags |= LedgerEntry::HasCategory;
            e.category = m_catMemo.get(catHash, [&] { return classifyCategory(lowered(cat)); });
        }
        if (e.merchant) {
            e.flags |= LedgerEntry::HasMerchant;
            if (e.category == Category::Unknown || e.category == Category::Other || e.category == Category::Transfer) {
                const Category m = m_merchantMemo.get(e.merchant, [&] { return classifyMerchant(lowered(mer)); });
                if (m != Category::Unknown)
                    e.category = m;
            }
        }
        if (e.counterparty)
            e.flags |= LedgerEntry::HasCounterparty;
        if (e.location)
            e.flags |= LedgerEntry::HasLocation;
        if (e.reference)
            e.flags |= LedgerEntry::HasReference;
        if (const std::uint64_t chHash = textHash(ch)) {
            e.flags |= LedgerEntry::HasChannel;
            e.channel = m_channelMemo.get(chHash, [&] { return LedgerReader::channelOf(ch); });
        }
        if (const std::uint64_t cHash = textHash(cpc)) {
            e.flags |= LedgerEntry::HasCounterpartyCountry;
            const int c = m_countryMemo.get(cHash, [&] { return m_gaz.findCode(cpc); });
            if (c >= 0 && m_highRisk.count(c))
                e.flags |= LedgerEntry::HighRiskCountry;
            if (c >= 0 && c != m_home)
                e.flags |= LedgerEntry::Abroad;
        }
        if (e.category == Category::Travel && (e.merchant || e.reference)) {
            const std::string t = lowered(mer) + ' ' + lowered(ref);
            if (contains(t, { "one-way", "one way", "oneway", "single" }))
                e.flags |= LedgerEntry::OneWay;
            if (contains(t, { "passenger", "pax ", "traveller", "traveler" }))
                e.flags |= LedgerEntry::Passenger;
        }
        // Duplicates: every field but the id equal.
        std::uint64_t h = mix(std::uint64_t(e.day), std::uint64_t(e.minute + 1));
        double a = e.amount;
        std::uint64_t bits;
        std::memcpy(&bits, &a, sizeof bits);
        for (std::uint64_t v : { bits, std::uint64_t(e.in), e.counterparty, e.location, e.reference, e.merchant,
                 catHash, r.currencyHash, textHash(ts) })
            h = mix(h, v);
        r.duplicateHash = h;
        r.duplicate = -1;
    }

private:
    const geo::Gazetteer& m_gaz;
    const int m_home;
    std::unordered_set<int> m_highRisk;
    Memo<Category> m_catMemo, m_merchantMemo;
    Memo<Channel> m_channelMemo;
    Memo<int> m_currencyMemo; // 1 ISO 4217, 0 not
    Memo<int> m_countryMemo; // gazetteer index or -1
};

/// Cleans one account's rows (in any order) into its ledger, in date order:
/// the rules of the class comment. One per thread: it keeps its scratch.
class Settler {
public:
    explicit Settler(const LedgerReader::Options& options)
        : m_maxAmount(options.maxAmount)
        , m_flow(options.flow)
    {
    }

    void settle(const AccountProfile& p, std::vector<const RawRow*>& rows, AccountLedger& ledger)
    {
        auto before = [](const RawRow* a, const RawRow* b) {
            return a->e.day != b->e.day ? a->e.day < b->e.day : a->e.id < b->e.id;
        };
        if (!std::is_sorted(rows.begin(), rows.end(), before))
            std::sort(rows.begin(), rows.end(), before);
        ledger.clear();
        if (ledger.flow != m_flow)
            ledger.flow = m_flow;
        ledger.flowNode = m_flow ? m_flow->node(LedgerReader::textHash(p.key.toUtf8().toStdString())) : -1;
        ledger.profile = p;
        ledger.fields = p.fields;
        m_seen.clear();
        m_seenSet.clear();
        std::uint64_t accountCurrency = LedgerReader::textHash(p.currency.toUtf8().constData());
        for (const RawRow* r : rows) {
            ++ledger.rawCount;
            if (r->timed)
                ledger.fields |= Field::TimeOfDay;
            if (!accountCurrency && r->iso) {
                // No currency on the account: the first valid one is its currency.
                accountCurrency = r->currencyHash;
                ledger.profile.currency
                    = QString::fromUtf8(r->currency.data(), qsizetype(qstrnlen(r->currency.data(), 8))).toUpper();
            }
            const LedgerEntry& e = r->e;
            if (!r->iso || r->currencyHash != accountCurrency) {
                ++ledger.otherCurrency;
                if (ledger.setAside.size() < 50)
                    ledger.setAside.push_back(e.id);
            } else if (!(e.amount > 0) || !std::isfinite(e.amount) || e.amount > m_maxAmount) {
                ++ledger.badAmount;
                if (ledger.setAside.size() < 50)
                    ledger.setAside.push_back(e.id);
            } else if (r->duplicate >= 0 ? r->duplicate != 0 : !firstTime(r->duplicateHash)) {
                ++ledger.duplicates;
            } else {
                ledger.entries.push_back(e);
            }
        }
        if (ledger.entries.empty())
            return;
        ledger.firstDay = ledger.entries.front().day;
        ledger.lastDay = ledger.entries.back().day;
        // Fields present in at least one clean row.
        std::uint16_t any = 0;
        for (const LedgerEntry& e : ledger.entries)
            any |= e.flags;
        const std::pair<LedgerEntry::Flag, std::uint32_t> present[] = { { LedgerEntry::HasCategory, Field::Category },
            { LedgerEntry::HasMerchant, Field::Merchant }, { LedgerEntry::HasCounterparty, Field::Counterparty },
            { LedgerEntry::HasCounterpartyCountry, Field::CounterpartyCountry },
            { LedgerEntry::HasChannel, Field::Channel }, { LedgerEntry::HasLocation, Field::Location },
            { LedgerEntry::HasReference, Field::Reference },
            { LedgerEntry::HasCounterpartyAccount, Field::CounterpartyAccount } };
        for (const auto& [flag, field] : present) {
            if (any & flag)
                ledger.fields |= field;
        }
    }

private:
    // Row hashes of the account so far: a short vector searched linearly
    // (most accounts are small), a hash set once it grows.
    bool firstTime(std::uint64_t h)
    {
        if (m_seen.size() < 48) {
            if (std::find(m_seen.begin(), m_seen.end(), h) != m_seen.end())
                return false;
            m_seen.push_back(h);
            if (m_seen.size() == 48)
                m_seenSet.insert(m_seen.begin(), m_seen.end());
            return true;
        }
        return m_seenSet.insert(h).second;
    }

    const double m_maxAmount;
    const std::shared_ptr<const FlowGraph> m_flow;
    std::vector<std::uint64_t> m_seen;
    std::unordered_set<std::uint64_t> m_seenSet;
};

void addStats(LedgerReader::Stats& stats, const AccountLedger& ledger)
{
    ++stats.accounts;
    stats.transactions += ledger.rawCount;
    stats.duplicates += ledger.duplicates;
    stats.setAside += ledger.otherCurrency + ledger.badAmount;
}

Error canceled()
{
    return Error(QCoreApplication::translate("LedgerReader", "Scoring was canceled."));
}

/// Accounts profiles[first, last) through the (account_id, day) index: one
/// account's rows in memory at a time.
Result<LedgerReader::Stats> readRange(sqlite3* db, const ProfileTable& profiles, size_t first, size_t last,
    const LedgerReader::Options& options, const LedgerReader::Sink& sink, Feedback* feedback,
    const std::atomic<bool>* cancel, qint64 total)
{
    LedgerReader::Stats stats;
    const std::unordered_set<qint64> only(options.accountIds.begin(), options.accountIds.end());
    if (first >= last)
        return stats;
    const bool partial = first > 0 || last < profiles.size();
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kColumns
        + (partial ? " FROM transactions WHERE account_id BETWEEN ? AND ? ORDER BY account_id, day, id"
                   : " FROM transactions ORDER BY account_id, day, id");
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
        return Error(QCoreApplication::translate("LedgerReader", "Cannot read the transactions."),
            QString::fromUtf8(sqlite3_errmsg(db)));
    if (partial) {
        sqlite3_bind_int64(st, 1, profiles.accountId(first));
        sqlite3_bind_int64(st, 2, profiles.accountId(last - 1));
    }
    RowParser parser(options);
    Settler settler(options);
    std::vector<RawRow> rows;
    std::vector<const RawRow*> order;
    AccountLedger ledger;
    size_t next = first; // next profile
    AccountProfile p;
    bool more = sqlite3_step(st) == SQLITE_ROW;
    qint64 done = 0;
    bool stopped = false;
    while (next < last && !stopped) {
        profiles.get(next++, p);
        const bool wanted = only.empty() || only.count(p.accountId);
        // Rows of accounts before this one have no account row: cannot happen
        // with the foreign key, but skip them rather than misfile them.
        while (more && sqlite3_column_int64(st, 1) < p.accountId)
            more = sqlite3_step(st) == SQLITE_ROW;
        size_t n = 0;
        while (more && sqlite3_column_int64(st, 1) == p.accountId) {
            ++done;
            if (wanted) {
                if (rows.size() <= n)
                    rows.resize(n + 1);
                parser.parse(st, rows[n++]);
            }
            more = sqlite3_step(st) == SQLITE_ROW;
        }
        if (wanted) {
            order.clear();
            for (size_t i = 0; i < n; ++i)
                order.push_back(&rows[i]);
            settler.settle(p, order, ledger);
            addStats(stats, ledger);
            if (!sink(ledger))
                stopped = true;
        }
        if ((cancel && cancel->load(std::memory_order_relaxed)) || (feedback && feedback->isCanceled())) {
            sqlite3_finalize(st);
            return canceled();
        }
        if (feedback && (next & 1023) == 0 && total > 0)
            feedback->setProgress(double(done) / double(total));
    }
    const int rc = sqlite3_errcode(db);
    sqlite3_finalize(st);
    if (!stopped && more == false && rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        return Error(QCoreApplication::translate("LedgerReader", "Reading the transactions failed."),
            QString::fromUtf8(sqlite3_errstr(rc)));
    return stats;
}

} // namespace

/// Every transaction in memory, grouped by account and in table order within
/// each: packed rows (40 bytes) put where they belong as they are read. A
/// first pass over the (account_id, day) index counts each account's rows per
/// reading thread, so no row carries its account and no index orders them:
/// 50 million transactions take 2 GB, plus their distinct texts.
struct LedgerReader::Gathered {
    struct Part {
        HashIndex texts; ///< distinct text hashes: a row holds index + 1, 0 for no text
        std::vector<CurrencyText> currencies;
        std::vector<double> amounts; ///< amounts that are not whole cents under 2^32
    };
    std::vector<Part> parts; ///< one per reading thread
    std::vector<PackedRow> rows; ///< grouped by account
    /// account firstAccount + i's rows: rows[offsets[i], offsets[i + 1])
    std::vector<std::uint32_t> offsets;
    size_t firstAccount = 0; ///< the profiles' index of the first account gathered
    qint64 minId = 0;

    const Part& partOf(const PackedRow& p) const
    {
        return parts[size_t((p.flags & PackedRow::kPartBits) >> PackedRow::kPartShift)];
    }
    void unpack(const PackedRow& p, RawRow& r) const
    {
        const Part& part = partOf(p);
        unpackEntry(part, p, r.e);
        const CurrencyText& c = part.currencies[p.currencyAndIn & PackedRow::kCurrencyBits];
        r.duplicateHash = 0;
        r.duplicate = (p.currencyAndIn & PackedRow::kDuplicate) ? 1 : 0;
        r.currencyHash = c.hash;
        r.currency = c.bytes;
        r.iso = c.iso;
        r.timed = p.minute >= 0;
    }
    void unpackEntry(const Part& part, const PackedRow& p, LedgerEntry& e) const
    {
        auto text = [&part](std::uint32_t i) { return i ? part.texts.key(i - 1) : std::uint64_t(0); };
        e.id = minId + qint64(p.idOffset);
        e.day = p.day;
        e.minute = p.minute;
        e.in = (p.currencyAndIn & PackedRow::kIn) != 0;
        e.category = p.category;
        e.channel = p.channel;
        e.flags = p.flags & PackedRow::kEntryFlags;
        e.amount = (p.flags & PackedRow::kAmountIsIndex) ? part.amounts[p.amount] : double(p.amount) / 100.0;
        e.counterparty = text(p.counterparty);
        e.location = text(p.location);
        e.reference = text(p.reference);
        e.merchant = text(p.merchant);
        e.counterpartyAccount = text(p.counterpartyAccount);
    }
};

void LedgerReader::forEachGathered(const Gathered& gathered, const std::function<void(size_t, const LedgerEntry&)>& f)
{
    LedgerEntry e;
    for (size_t i = 0; i + 1 < gathered.offsets.size(); ++i) {
        for (size_t k = gathered.offsets[i]; k < gathered.offsets[i + 1]; ++k) {
            const PackedRow& p = gathered.rows[k];
            gathered.unpackEntry(gathered.partOf(p), p, e);
            f(gathered.firstAccount + i, e);
        }
    }
}

Result<std::shared_ptr<const LedgerReader::Gathered>> LedgerReader::gather(const QString& path,
    const ProfileTable& profiles, const Options& options, int threads, Feedback* feedback, size_t firstAccount,
    size_t lastAccount)
{
    auto g = std::make_shared<Gathered>();
    lastAccount = std::min(lastAccount, profiles.size());
    firstAccount = std::min(firstAccount, lastAccount);
    g->firstAccount = firstAccount;
    if (firstAccount == lastAccount) {
        g->offsets.assign(1, 0);
        return std::shared_ptr<const Gathered>(g);
    }
    // Account id → index among the accounts gathered (profiles' ids are in
    // order): a table when the ids are dense, else a search.
    const qint64 lo = profiles.accountId(firstAccount), hi = profiles.accountId(lastAccount - 1);
    const bool dense = hi - lo < qint64(lastAccount - firstAccount) * 4 + 1024;
    std::vector<std::int32_t> table;
    if (dense) {
        table.assign(size_t(hi - lo + 1), -1);
        for (size_t i = firstAccount; i < lastAccount; ++i)
            table[size_t(profiles.accountId(i) - lo)] = std::int32_t(i - firstAccount);
    }
    auto indexOf = [&](qint64 id) -> std::int32_t {
        if (id < lo || id > hi)
            return -1;
        if (dense)
            return table[size_t(id - lo)];
        size_t from = firstAccount, to = lastAccount;
        while (from < to) {
            const size_t mid = from + (to - from) / 2;
            if (profiles.accountId(mid) < id)
                from = mid + 1;
            else
                to = mid;
        }
        return from < lastAccount && profiles.accountId(from) == id ? std::int32_t(from - firstAccount) : -1;
    };
    auto changed = [] {
        return Error(
            QCoreApplication::translate("LedgerReader", "The transactions changed while they were read; score again."));
    };

    // Not memory-mapped: every page of the table would count against the
    // process's memory for as long as the connection lives (SQLite's own
    // page cache stays at its default, a few MiB).
    auto first = openReadOnly(path, false);
    if (!first)
        return first.error();
    const qint64 minId = scalar(first.value(), "SELECT min(id) FROM transactions");
    const qint64 maxId = scalar(first.value(), "SELECT max(id) FROM transactions");
    if (maxId - minId >= qint64(UINT32_MAX)) {
        sqlite3_close_v2(first.value());
        return Error(QCoreApplication::translate("LedgerReader", "Too many transactions to score at once."),
            QStringLiteral("transaction ids span %1").arg(maxId - minId));
    }
    g->minId = minId;
    // The thread that read a row is in 3 bits of it.
    threads = std::clamp(threads, 1, 8);
    const qint64 step = (maxId - minId) / threads + 1;
    g->parts.resize(size_t(threads));
    const size_t accounts = lastAccount - firstAccount;

    // First pass: how many rows of each account each thread will read (ids
    // [minId + t·step, minId + (t + 1)·step)), from the index, which is a
    // fraction of the table and holds each row's id.
    std::vector<std::vector<std::uint32_t>> left(size_t(threads), std::vector<std::uint32_t>(accounts, 0));
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(first.value(),
                "SELECT account_id, id FROM transactions INDEXED BY transactions_account_day "
                "WHERE account_id BETWEEN ? AND ?",
                -1, &st, nullptr)
                != SQLITE_OK
            && sqlite3_prepare_v2(first.value(),
                   "SELECT account_id, id FROM transactions WHERE account_id BETWEEN ? AND ?", -1, &st, nullptr)
                != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(first.value()));
            sqlite3_close_v2(first.value());
            return Error(QCoreApplication::translate("LedgerReader", "Cannot read the transactions."), why);
        }
        sqlite3_bind_int64(st, 1, lo);
        sqlite3_bind_int64(st, 2, hi);
        qint64 lastId = std::numeric_limits<qint64>::min();
        std::int32_t a = -1;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(st, 0);
            if (id != lastId) {
                lastId = id;
                a = indexOf(id);
            }
            if (a >= 0)
                ++left[size_t((sqlite3_column_int64(st, 1) - minId) / step)][size_t(a)];
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) {
            sqlite3_close_v2(first.value());
            return Error(QCoreApplication::translate("LedgerReader", "Reading the transactions failed."),
                QString::fromUtf8(sqlite3_errstr(rc)));
        }
    }
    // Where each thread puts its next row of each account: the accounts one
    // after another, each thread's rows after the thread's before it.
    g->offsets.assign(accounts + 1, 0);
    std::vector<std::vector<std::uint32_t>> at(size_t(threads), std::vector<std::uint32_t>(accounts, 0));
    {
        std::uint64_t total = 0;
        for (size_t a = 0; a < accounts; ++a) {
            g->offsets[a] = std::uint32_t(total);
            for (size_t t = 0; t < size_t(threads); ++t) {
                at[t][a] = std::uint32_t(total);
                total += left[t][a];
            }
        }
        g->offsets[accounts] = std::uint32_t(total);
        g->rows.resize(size_t(total));
    }
    // Each row's hash of every field but its id, only until the duplicates
    // are marked (8 bytes a row not held while scoring).
    std::vector<std::uint64_t> duplicateHashes(g->rows.size());

    std::vector<Error> errors(static_cast<size_t>(threads));
    std::atomic<bool> stop { false };
    auto scan = [&](int t, sqlite3* db) {
        const QByteArray sql = QByteArrayLiteral("SELECT ") + kColumns
            + " FROM transactions WHERE id BETWEEN ? AND ? AND +account_id BETWEEN ? AND ?";
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            errors[size_t(t)] = Error(QCoreApplication::translate("LedgerReader", "Cannot read the transactions."),
                QString::fromUtf8(sqlite3_errmsg(db)));
            return;
        }
        const qint64 from = minId + t * step, to = std::min(maxId, from + step - 1);
        sqlite3_bind_int64(st, 1, from);
        sqlite3_bind_int64(st, 2, to);
        sqlite3_bind_int64(st, 3, lo);
        sqlite3_bind_int64(st, 4, hi);
        RowParser parser(options);
        Gathered::Part& part = g->parts[size_t(t)];
        // At most about one distinct text a row, mostly far fewer: room
        // reserved is not memory until written, and the keys never move.
        part.texts.reserve(size_t(std::max<qint64>(0, to - from + 1)));
        std::vector<std::uint32_t>& mine = left[size_t(t)];
        std::vector<std::uint32_t>& next = at[size_t(t)];
        auto text = [&part](std::uint64_t h) -> std::uint32_t { return h ? part.texts.add(h) + 1 : 0; };
        const auto partBits = std::uint16_t(t << PackedRow::kPartShift);
        RawRow r;
        size_t lastCurrency = 0;
        qint64 read = 0;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            const std::int32_t a = indexOf(sqlite3_column_int64(st, 1));
            if (a < 0)
                continue; // no account row: cannot happen with the foreign key
            if (mine[size_t(a)] == 0) {
                errors[size_t(t)] = changed();
                rc = SQLITE_DONE;
                break;
            }
            --mine[size_t(a)];
            parser.parse(st, r);
            // The currency's index among this thread's distinct texts (few:
            // the last one first).
            if (part.currencies.empty() || part.currencies[lastCurrency].hash != r.currencyHash
                || part.currencies[lastCurrency].bytes != r.currency) {
                lastCurrency = part.currencies.size();
                for (size_t c = 0; c < part.currencies.size(); ++c) {
                    if (part.currencies[c].hash == r.currencyHash && part.currencies[c].bytes == r.currency) {
                        lastCurrency = c;
                        break;
                    }
                }
                if (lastCurrency == part.currencies.size()) {
                    if (lastCurrency > PackedRow::kCurrencyBits) {
                        errors[size_t(t)] = Error(
                            QCoreApplication::translate("LedgerReader", "Too many different currencies to score."),
                            QStringLiteral("more than 16384 currency texts"));
                        rc = SQLITE_DONE;
                        break;
                    }
                    part.currencies.push_back(CurrencyText { r.currencyHash, r.currency, r.iso });
                }
            }
            PackedRow& p = g->rows[next[size_t(a)]++];
            const LedgerEntry& e = r.e;
            p.flags = std::uint16_t(e.flags | partBits);
            // Whole cents when they give back the very same double, else the
            // amount itself, kept aside.
            const double cents = std::round(e.amount * 100);
            if (e.amount >= 0 && !std::signbit(e.amount) && cents < 4294967296.0 && cents / 100.0 == e.amount) {
                p.amount = std::uint32_t(cents);
            } else {
                p.amount = std::uint32_t(part.amounts.size());
                part.amounts.push_back(e.amount);
                p.flags |= PackedRow::kAmountIsIndex;
            }
            duplicateHashes[next[size_t(a)] - 1] = r.duplicateHash;
            p.idOffset = std::uint32_t(e.id - minId);
            p.day = e.day;
            p.counterparty = text(e.counterparty);
            p.location = text(e.location);
            p.reference = text(e.reference);
            p.merchant = text(e.merchant);
            p.counterpartyAccount = text(e.counterpartyAccount);
            p.minute = e.minute;
            p.currencyAndIn = std::uint16_t(lastCurrency | (e.in ? PackedRow::kIn : 0));
            p.category = e.category;
            p.channel = e.channel;
            if ((++read & 0xffff) == 0) {
                if (stop.load(std::memory_order_relaxed)) {
                    rc = SQLITE_DONE;
                    break;
                }
                if (t == 0 && feedback) {
                    if (feedback->isCanceled())
                        stop = true;
                    feedback->setProgress(double(read) / double(to - from + 1));
                }
            }
        }
        if (rc != SQLITE_DONE)
            errors[size_t(t)] = Error(QCoreApplication::translate("LedgerReader", "Reading the transactions failed."),
                QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_finalize(st);
        part.texts.freeze(false);
        part.amounts.shrink_to_fit();
    };
    parallel::run(threads, [&](int t) {
        if (t == 0) {
            scan(0, first.value());
            return;
        }
        auto db = openReadOnly(path, false);
        if (!db) {
            errors[size_t(t)] = db.error();
            return;
        }
        scan(t, db.value());
        sqlite3_close_v2(db.value());
    });
    sqlite3_close_v2(first.value());
    if (stop)
        return canceled();
    for (const Error& e : errors) {
        if (!e.isNull())
            return e;
    }
    // Every row counted was read (else a row was deleted between the passes).
    for (const auto& mine : left) {
        if (std::any_of(mine.begin(), mine.end(), [](std::uint32_t n) { return n != 0; }))
            return changed();
    }
    // A row identical to one of its account's before it (in table order,
    // which is id order, which is the cleaning's order among rows of one
    // day) is a duplicate. Identical rows share currency and amount, so
    // cleaning keeps the first or sets them all aside, as with the hash.
    parallel::run(threads, [&](int t) {
        std::vector<std::pair<std::uint64_t, std::uint32_t>> scratch;
        const size_t begin = accounts * size_t(t) / size_t(threads), end = accounts * size_t(t + 1) / size_t(threads);
        for (size_t a = begin; a < end; ++a) {
            const std::uint32_t first = g->offsets[a], last = g->offsets[a + 1];
            if (last - first < 48) {
                for (std::uint32_t k = first + 1; k < last; ++k) {
                    for (std::uint32_t j = first; j < k; ++j) {
                        if (duplicateHashes[j] == duplicateHashes[k]) {
                            g->rows[k].currencyAndIn |= PackedRow::kDuplicate;
                            break;
                        }
                    }
                }
                continue;
            }
            scratch.clear();
            for (std::uint32_t k = first; k < last; ++k)
                scratch.emplace_back(duplicateHashes[k], k);
            std::sort(scratch.begin(), scratch.end());
            for (size_t i = 1; i < scratch.size(); ++i) {
                if (scratch[i].first == scratch[i - 1].first)
                    g->rows[scratch[i].second].currencyAndIn |= PackedRow::kDuplicate;
            }
        }
    });
    // What only the reading needed (the hashes, the counts, the text tables'
    // slots as they grew) is not held while scoring.
    std::vector<std::uint64_t>().swap(duplicateHashes);
    std::vector<std::vector<std::uint32_t>>().swap(left);
    std::vector<std::vector<std::uint32_t>>().swap(at);
    std::vector<std::int32_t>().swap(table);
    releaseFreeMemory();
    return std::shared_ptr<const Gathered>(g);
}

LedgerReader::Stats LedgerReader::readGathered(const Gathered& gathered, const ProfileTable& profiles, size_t first,
    size_t last, const Options& options, const Sink& sink)
{
    Stats stats;
    Settler settler(options);
    AccountLedger ledger;
    std::vector<RawRow> raw;
    std::vector<const RawRow*> rows;
    AccountProfile profile;
    const std::unordered_set<qint64> only(options.accountIds.begin(), options.accountIds.end());
    const size_t gatheredEnd = gathered.firstAccount + gathered.offsets.size() - 1;
    for (size_t i = std::max(first, gathered.firstAccount); i < last && i < gatheredEnd; ++i) {
        if (!only.empty() && !only.count(profiles.accountId(i)))
            continue;
        const size_t at = i - gathered.firstAccount;
        const size_t n = gathered.offsets[at + 1] - gathered.offsets[at];
        if (raw.size() < n)
            raw.resize(n);
        rows.clear();
        for (size_t k = 0; k < n; ++k) {
            gathered.unpack(gathered.rows[gathered.offsets[at] + k], raw[k]);
            rows.push_back(&raw[k]);
        }
        profiles.get(i, profile);
        settler.settle(profile, rows, ledger);
        addStats(stats, ledger);
        if (!sink(ledger))
            break;
    }
    return stats;
}

void LedgerReader::releaseFreeMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

Result<ProfileTable> LedgerReader::profiles(store::Workspace& ws, int threads)
{
    return loadProfiles(ws.handle(), ws.path(), threads);
}

Result<LedgerReader::Stats> LedgerReader::read(
    store::Workspace& ws, const Options& options, const Sink& sink, Feedback* feedback)
{
    sqlite3* db = ws.handle();
    // Reading maps the file rather than copying pages (per connection, read only).
    sqlite3_exec(db, "PRAGMA mmap_size = 2147483648", nullptr, nullptr, nullptr);
    auto profiles = loadProfiles(db, QString(), 1);
    if (!profiles)
        return profiles.error();
    const qint64 total = ws.scalar("SELECT max(id) FROM transactions");
    Options withFlow = options;
    if (!withFlow.flow && withFlow.flowGraph) {
        auto flow = FlowGraph::load(ws);
        if (!flow)
            return flow.error();
        withFlow.flow = std::move(flow).value();
    }
    return readRange(db, profiles.value(), 0, profiles->size(), withFlow, sink, feedback, nullptr, total);
}

Result<LedgerReader::Stats> LedgerReader::readPart(const QString& path, const ProfileTable& profiles, size_t first,
    size_t last, const Options& options, const Sink& sink, const std::atomic<bool>* cancel)
{
    auto db = openReadOnly(path);
    if (!db)
        return db.error();
    auto r = readRange(db.value(), profiles, first, last, options, sink, nullptr, cancel, 0);
    sqlite3_close_v2(db.value());
    return r;
}

} // namespace waymark::finance
