#include "ledgerreader.h"

#include "geo/gazetteer.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace waymark::finance {

QStringList Field::names(std::uint32_t mask)
{
    static const char* const kNames[]
        = { "time of day", "category", "merchant", "counterparty", "counterparty country", "channel", "location",
              "reference", "customer address", "customer phone", "customer e-mail", "occupation", "declared income" };
    QStringList out;
    for (int b = 0; b < int(std::size(kNames)); ++b) {
        if (mask & (1u << b))
            out << QLatin1String(kNames[b]);
    }
    return out;
}

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

std::string_view columnText(sqlite3_stmt* st, int col)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(st, col))) : std::string_view();
}

std::string lowered(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = lower(c);
    return out;
}

bool hasToken(const std::string& text, std::initializer_list<const char*> words)
{
    // Tokens are runs of letters; "fast_food" holds "fast" and "food".
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !(text[i] >= 'a' && text[i] <= 'z'))
            ++i;
        size_t j = i;
        while (j < text.size() && text[j] >= 'a' && text[j] <= 'z')
            ++j;
        if (j > i) {
            const std::string_view tok(text.data() + i, j - i);
            for (const char* w : words) {
                if (tok == w)
                    return true;
            }
        }
        i = j;
    }
    return false;
}

bool contains(const std::string& text, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (text.find(w) != std::string::npos)
            return true;
    }
    return false;
}

Category classifyCategory(const std::string& c)
{
    if (c.empty())
        return Category::Unknown;
    if (hasToken(c, { "ads", "classified", "classifieds", "escort", "escorts", "adult", "advertising" }))
        return Category::Ads;
    if (hasToken(c, { "hotel", "hotels", "motel", "motels", "lodging", "hostel", "accommodation" }))
        return Category::Hotel;
    if (hasToken(c, { "prepaid", "gift", "giftcard", "giftcards", "vouchers" }))
        return Category::Prepaid;
    if (hasToken(c, { "fast", "fastfood", "takeaway" }))
        return Category::FastFood;
    if (hasToken(c, { "taxi", "taxis", "cab", "rideshare" }))
        return Category::Taxi;
    if (hasToken(c, { "bar", "bars", "pub", "pubs", "nightclub", "nightclubs" }))
        return Category::Bar;
    if (hasToken(c, { "rent", "landlord", "lettings" }))
        return Category::Rent;
    if (hasToken(c, { "utilities", "utility", "electricity", "gas", "water", "energy" }))
        return Category::Utilities;
    if (hasToken(c, { "phone", "mobile", "telecom", "telecoms" }))
        return Category::Phone;
    if (hasToken(c, { "groceries", "grocery", "supermarket", "supermarkets" }))
        return Category::Groceries;
    if (hasToken(
            c, { "travel", "airline", "airlines", "flight", "flights", "coach", "rail", "train", "tickets", "ferry" }))
        return Category::Travel;
    if (hasToken(c, { "salary", "salaries", "wages", "wage", "payroll" }))
        return Category::Salary;
    if (hasToken(c, { "remittance", "remittances", "remit" }) || c.find("money_transfer") != std::string::npos)
        return Category::Remittance;
    if (hasToken(c, { "recruitment", "recruiter", "recruiting", "employment" }))
        return Category::Recruitment;
    if (hasToken(c, { "visa", "visas", "immigration" }))
        return Category::Visa;
    if (hasToken(c, { "cash" }))
        return Category::Cash;
    if (hasToken(c, { "restaurant", "restaurants", "cafe", "dining" }))
        return Category::Restaurant;
    if (hasToken(c, { "transport", "bus", "metro" }))
        return Category::Transport;
    if (hasToken(c, { "transfer", "transfers" }))
        return Category::Transfer;
    return Category::Other;
}

Category classifyMerchant(const std::string& m)
{
    if (contains(m, { "classified", "escort", "adultwork" }))
        return Category::Ads;
    if (contains(m, { "hotel", "motel", "hostel" }))
        return Category::Hotel;
    if (contains(m, { "giftcard", "gift card", "prepaid" }))
        return Category::Prepaid;
    if (contains(m, { "visa service", "immigration" }))
        return Category::Visa;
    if (contains(m, { "recruit" }))
        return Category::Recruitment;
    if (contains(m, { "taxi", "cab co" }))
        return Category::Taxi;
    return Category::Unknown;
}

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

struct Raw {
    qint64 id;
    qint64 account;
};

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

} // namespace

std::uint64_t LedgerReader::textHash(std::string_view text)
{
    size_t b = 0, e = text.size();
    while (b < e && (text[b] == ' ' || text[b] == '\t'))
        ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t'))
        --e;
    if (b == e)
        return 0;
    std::uint64_t h = 1469598103934665603ULL;
    for (size_t i = b; i < e; ++i) {
        h ^= std::uint8_t(lower(text[i]));
        h *= 1099511628211ULL;
    }
    return h ? h : 1;
}

Category LedgerReader::categoryOf(std::string_view category, std::string_view merchant)
{
    Category c = classifyCategory(lowered(category));
    if (c == Category::Unknown || c == Category::Other || c == Category::Transfer) {
        const Category m = classifyMerchant(lowered(merchant));
        if (m != Category::Unknown)
            return m;
    }
    return c;
}

Channel LedgerReader::channelOf(std::string_view channel)
{
    const std::string c = lowered(channel);
    if (c.empty())
        return Channel::Unknown;
    if (contains(c, { "atm" }))
        return Channel::Atm;
    if (contains(c, { "cash" }))
        return Channel::Cash;
    if (contains(c, { "branch", "counter", "teller" }))
        return Channel::Branch;
    if (contains(c, { "card", "pos", "contactless", "chip" }))
        return Channel::Card;
    if (contains(c, { "transfer", "bacs", "faster", "sepa", "wire", "swift", "standing", "direct debit" }))
        return Channel::Transfer;
    if (contains(c, { "online", "web", "app" }))
        return Channel::Online;
    return Channel::Other;
}

namespace {

Result<std::vector<AccountProfile>> loadProfiles(sqlite3* db)
{
    auto textHash = &LedgerReader::textHash;
    std::vector<AccountProfile> profiles;
    // Customer details: who shares an address, phone or e-mail.
    std::vector<std::array<std::uint64_t, 3>> details;
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db,
                "SELECT id, account_key, currency, address, phone, email, occupation, declared_income FROM accounts "
                "ORDER BY id",
                -1, &st, nullptr)
            != SQLITE_OK)
            return Error(QCoreApplication::translate("LedgerReader", "Cannot read the accounts."),
                QString::fromUtf8(sqlite3_errmsg(db)));
        std::vector<std::uint64_t> all;
        while (sqlite3_step(st) == SQLITE_ROW) {
            AccountProfile p;
            p.accountId = sqlite3_column_int64(st, 0);
            p.key = QString::fromUtf8(columnText(st, 1));
            p.currency = QString::fromUtf8(columnText(st, 2)).toUpper();
            p.occupation = QString::fromUtf8(columnText(st, 6)).trimmed();
            if (sqlite3_column_type(st, 7) != SQLITE_NULL)
                p.declaredIncome = sqlite3_column_double(st, 7);
            std::array<std::uint64_t, 3> d {};
            for (int k = 0; k < 3; ++k) {
                // Salted per kind so an address never matches a phone.
                const std::uint64_t h = textHash(columnText(st, 3 + k));
                d[size_t(k)] = h ? mix(h, std::uint64_t(k + 1)) : 0;
                if (d[size_t(k)])
                    all.push_back(d[size_t(k)]);
            }
            profiles.push_back(std::move(p));
            details.push_back(d);
        }
        sqlite3_finalize(st);
        // How many accounts carry each detail: a sorted list, counted by range.
        std::sort(all.begin(), all.end());
        auto holders = [&](std::uint64_t h) {
            const auto r = std::equal_range(all.begin(), all.end(), h);
            return int(r.second - r.first);
        };
        for (size_t i = 0; i < profiles.size(); ++i) {
            int shared = -1;
            for (std::uint64_t h : details[i]) {
                if (h)
                    shared = std::max(shared, holders(h) - 1);
            }
            profiles[i].sharedDetails = shared;
            AccountProfile& p = profiles[i];
            if (!p.occupation.isEmpty())
                p.fields |= Field::Occupation;
            if (p.declaredIncome >= 0)
                p.fields |= Field::DeclaredIncome;
            if (details[i][0])
                p.fields |= Field::CustomerAddress;
            if (details[i][1])
                p.fields |= Field::CustomerPhone;
            if (details[i][2])
                p.fields |= Field::CustomerEmail;
        }
    }
    return profiles;
}

Result<LedgerReader::Stats> readRange(sqlite3* db, const std::vector<AccountProfile>& profiles, size_t first,
    size_t last, const LedgerReader::Options& options, const LedgerReader::Sink& sink, Feedback* feedback,
    const std::atomic<bool>* cancel, qint64 total)
{
    using LedgerReader = finance::LedgerReader;
    auto textHash = &LedgerReader::textHash;
    auto channelOf = &LedgerReader::channelOf;
    LedgerReader::Stats stats;
    const auto& gaz = geo::Gazetteer::instance();
    std::unordered_set<int> highRisk;
    for (const QString& c : options.highRiskCountries) {
        const int i = gaz.find(c);
        if (i >= 0)
            highRisk.insert(i);
    }
    const int home = gaz.find(options.homeCountry);
    const std::unordered_set<qint64> only(options.accountIds.begin(), options.accountIds.end());

    const bool partial = first > 0 || last < profiles.size();
    if (first >= last)
        return stats;
    sqlite3_stmt* st = nullptr;
    const char* sql = partial
        ? "SELECT id, account_id, ts, day, amount, currency, direction, counterparty, counterparty_country, "
          "category, merchant, channel, location, reference FROM transactions WHERE account_id BETWEEN ? AND ? "
          "ORDER BY account_id, day, id"
        : "SELECT id, account_id, ts, day, amount, currency, direction, counterparty, counterparty_country, "
          "category, merchant, channel, location, reference FROM transactions ORDER BY account_id, day, id";
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
        return Error(QCoreApplication::translate("LedgerReader", "Cannot read the transactions."),
            QString::fromUtf8(sqlite3_errmsg(db)));

    if (partial) {
        sqlite3_bind_int64(st, 1, profiles[first].accountId);
        sqlite3_bind_int64(st, 2, profiles[last - 1].accountId);
    }
    Memo<Category> catMemo, merchantMemo;
    Memo<Channel> channelMemo;
    Memo<int> currencyMemo; // 1 ISO 4217, 0 not
    Memo<int> countryMemo; // gazetteer index or -1
    // Row hashes of the account so far: a short vector searched linearly
    // (most accounts are small), a hash set once it grows.
    std::vector<std::uint64_t> rowHashes;
    std::unordered_set<std::uint64_t> rowHashSet;
    auto firstTime = [&](std::uint64_t h) {
        if (rowHashes.size() < 48) {
            if (std::find(rowHashes.begin(), rowHashes.end(), h) != rowHashes.end())
                return false;
            rowHashes.push_back(h);
            if (rowHashes.size() == 48)
                rowHashSet.insert(rowHashes.begin(), rowHashes.end());
            return true;
        }
        return rowHashSet.insert(h).second;
    };
    AccountLedger ledger;
    size_t next = first; // next profile
    bool more = sqlite3_step(st) == SQLITE_ROW;
    qint64 done = 0;
    bool stopped = false;

    auto flush = [&]() -> bool {
        ++stats.accounts;
        stats.transactions += ledger.rawCount;
        stats.duplicates += ledger.duplicates;
        stats.setAside += ledger.otherCurrency + ledger.badAmount;
        if (!ledger.entries.empty()) {
            ledger.firstDay = ledger.entries.front().day;
            ledger.lastDay = ledger.entries.back().day;
        }
        return sink(ledger);
    };

    while (next < last && !stopped) {
        const AccountProfile& p = profiles[next++];
        const bool wanted = only.empty() || only.count(p.accountId);
        ledger.clear();
        ledger.profile = p;
        rowHashes.clear();
        rowHashSet.clear();
        ledger.fields = p.fields;
        std::uint64_t accountCurrency = textHash(p.currency.toUtf8().constData());
        // Rows of accounts before this one have no account row: cannot happen
        // with the foreign key, but skip them rather than misfile them.
        while (more && sqlite3_column_int64(st, 1) < p.accountId)
            more = sqlite3_step(st) == SQLITE_ROW;
        while (more && sqlite3_column_int64(st, 1) == p.accountId) {
            ++done;
            if (wanted) {
                ++ledger.rawCount;
                LedgerEntry e;
                e.id = sqlite3_column_int64(st, 0);
                const std::string_view ts = columnText(st, 2);
                e.day = qint32(sqlite3_column_int64(st, 3));
                if (ts.size() >= 16 && (ts[10] == 'T' || ts[10] == ' ')) {
                    const int h = (ts[11] - '0') * 10 + (ts[12] - '0');
                    const int m = (ts[14] - '0') * 10 + (ts[15] - '0');
                    if (h >= 0 && h < 24 && m >= 0 && m < 60) {
                        e.minute = qint16(h * 60 + m);
                        ledger.fields |= Field::TimeOfDay;
                    }
                }
                e.amount = sqlite3_column_double(st, 4);
                const std::string_view cur = columnText(st, 5);
                const std::uint64_t curHash = textHash(cur);
                const int iso = currencyMemo.get(curHash, [&] { return gaz.isCurrency(cur) ? 1 : 0; });
                if (!accountCurrency && iso) {
                    // No currency on the account: the first valid one is its currency.
                    accountCurrency = curHash;
                    ledger.profile.currency = QString::fromUtf8(cur).toUpper();
                }
                const std::string_view dir = columnText(st, 6);
                e.in = dir.size() == 2 && dir[0] == 'i';
                const std::string_view cp = columnText(st, 7), cpc = columnText(st, 8), cat = columnText(st, 9),
                                       mer = columnText(st, 10), ch = columnText(st, 11), loc = columnText(st, 12),
                                       ref = columnText(st, 13);
                e.counterparty = textHash(cp);
                e.location = textHash(loc);
                e.reference = textHash(ref);
                e.merchant = textHash(mer);
                const std::uint64_t catHash = textHash(cat);
                if (catHash) {
                    e.flags |= LedgerEntry::HasCategory;
                    e.category = catMemo.get(catHash, [&] { return classifyCategory(lowered(cat)); });
                }
                if (e.merchant) {
                    e.flags |= LedgerEntry::HasMerchant;
                    if (e.category == Category::Unknown || e.category == Category::Other
                        || e.category == Category::Transfer) {
                        const Category m = merchantMemo.get(e.merchant, [&] { return classifyMerchant(lowered(mer)); });
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
                    e.channel = channelMemo.get(chHash, [&] { return channelOf(ch); });
                }
                if (const std::uint64_t cHash = textHash(cpc)) {
                    e.flags |= LedgerEntry::HasCounterpartyCountry;
                    const int c = countryMemo.get(cHash, [&] { return gaz.findCode(cpc); });
                    if (c >= 0 && highRisk.count(c))
                        e.flags |= LedgerEntry::HighRiskCountry;
                    if (c >= 0 && c != home)
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
                         catHash, curHash, textHash(ts) })
                    h = mix(h, v);
                if (!iso || curHash != accountCurrency) {
                    ++ledger.otherCurrency;
                    if (ledger.setAside.size() < 50)
                        ledger.setAside.push_back(e.id);
                } else if (!(e.amount > 0) || !std::isfinite(e.amount) || e.amount > options.maxAmount) {
                    ++ledger.badAmount;
                    if (ledger.setAside.size() < 50)
                        ledger.setAside.push_back(e.id);
                } else if (!firstTime(h)) {
                    ++ledger.duplicates;
                } else {
                    ledger.entries.push_back(e);
                }
            }
            more = sqlite3_step(st) == SQLITE_ROW;
        }
        if (!ledger.entries.empty()) {
            // Fields present in at least one clean row.
            std::uint16_t any = 0;
            for (const LedgerEntry& e : ledger.entries)
                any |= e.flags;
            if (any & LedgerEntry::HasCategory)
                ledger.fields |= Field::Category;
            if (any & LedgerEntry::HasMerchant)
                ledger.fields |= Field::Merchant;
            if (any & LedgerEntry::HasCounterparty)
                ledger.fields |= Field::Counterparty;
            if (any & LedgerEntry::HasCounterpartyCountry)
                ledger.fields |= Field::CounterpartyCountry;
            if (any & LedgerEntry::HasChannel)
                ledger.fields |= Field::Channel;
            if (any & LedgerEntry::HasLocation)
                ledger.fields |= Field::Location;
            if (any & LedgerEntry::HasReference)
                ledger.fields |= Field::Reference;
        }
        if (wanted && !flush())
            stopped = true;
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            sqlite3_finalize(st);
            return Error(QCoreApplication::translate("LedgerReader", "Scoring was canceled."));
        }
        if (feedback) {
            if (feedback->isCanceled()) {
                sqlite3_finalize(st);
                return Error(QCoreApplication::translate("LedgerReader", "Scoring was canceled."));
            }
            if ((next & 1023) == 0 && total > 0)
                feedback->setProgress(double(done) / double(total));
        }
    }
    const int rc = sqlite3_errcode(db);
    sqlite3_finalize(st);
    if (!stopped && more == false && rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        return Error(QCoreApplication::translate("LedgerReader", "Reading the transactions failed."),
            QString::fromUtf8(sqlite3_errstr(rc)));
    return stats;
}

} // namespace

Result<std::vector<AccountProfile>> LedgerReader::profiles(store::Workspace& ws)
{
    return loadProfiles(ws.handle());
}

Result<LedgerReader::Stats> LedgerReader::read(
    store::Workspace& ws, const Options& options, const Sink& sink, Feedback* feedback)
{
    sqlite3* db = ws.handle();
    // Reading maps the file rather than copying pages (per connection, read only).
    sqlite3_exec(db, "PRAGMA mmap_size = 2147483648", nullptr, nullptr, nullptr);
    auto profiles = loadProfiles(db);
    if (!profiles)
        return profiles.error();
    const qint64 total = ws.scalar("SELECT max(id) FROM transactions");
    return readRange(db, profiles.value(), 0, profiles->size(), options, sink, feedback, nullptr, total);
}

Result<LedgerReader::Stats> LedgerReader::readPart(const QString& path, const std::vector<AccountProfile>& profiles,
    size_t first, size_t last, const Options& options, const Sink& sink, const std::atomic<bool>* cancel)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close_v2(db);
        return Error(QCoreApplication::translate("LedgerReader", "Cannot read %1.").arg(path), why);
    }
    sqlite3_exec(db, "PRAGMA mmap_size = 2147483648", nullptr, nullptr, nullptr);
    auto r = readRange(db, profiles, first, last, options, sink, nullptr, cancel, 0);
    sqlite3_close_v2(db);
    return r;
}

} // namespace waymark::finance
