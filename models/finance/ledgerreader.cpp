#include "ledgerreader.h"

#include "geo/gazetteer.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <thread>
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
    // Eight bytes at a time, ASCII capitals folded to lower case in the word.
    constexpr std::uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80, k = 0xff51afd7ed558ccdULL;
    auto fold = [](std::uint64_t x) {
        const std::uint64_t heptets = x & ~high;
        const std::uint64_t atLeastA = heptets + ones * (0x80 - 'A');
        const std::uint64_t pastZ = heptets + ones * (0x80 - 'Z' - 1);
        return x | ((atLeastA & ~pastZ & ~x & high) >> 2);
    };
    const char* p = text.data() + b;
    const size_t length = e - b;
    size_t n = length;
    std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ length;
    for (; n >= 8; p += 8, n -= 8) {
        h = (h ^ fold(qFromLittleEndian<quint64>(p))) * k;
        h ^= h >> 32;
    }
    if (n > 0) {
        // The last n bytes in whole loads (a byte-wise copy would stall on
        // the store): the word ending there when there is one, else two
        // overlapping halves, else the first, middle and last byte. With
        // the length in the seed each is one-to-one.
        std::uint64_t w;
        if (length >= 8)
            w = qFromLittleEndian<quint64>(p + n - 8) >> ((8 - n) * 8);
        else if (n >= 4)
            w = qFromLittleEndian<quint32>(p) | (std::uint64_t(qFromLittleEndian<quint32>(p + n - 4)) << 32);
        else
            w = std::uint8_t(p[0]) | (std::uint64_t(std::uint8_t(p[n / 2])) << 8)
                | (std::uint64_t(std::uint8_t(p[n - 1])) << 16);
        h = (h ^ fold(w)) * k;
    }
    h ^= h >> 29;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 32;
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

Result<sqlite3*> openReadOnly(const QString& path)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close_v2(db);
        return Error(QCoreApplication::translate("LedgerReader", "Cannot read %1.").arg(path), why);
    }
    // Reading maps the file rather than copying pages.
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
Result<std::vector<AccountProfile>> loadProfiles(sqlite3* db, const QString& path, int threads)
{
    const qint64 lo = scalar(db, "SELECT min(id) FROM accounts"), hi = scalar(db, "SELECT max(id) FROM accounts");
    if (path.isEmpty() || hi - lo < 2000)
        threads = 1;
    std::vector<ProfilePart> parts(size_t(std::max(1, threads)));
    const qint64 step = (hi - lo) / qint64(parts.size()) + 1;
    std::vector<std::thread> pool;
    for (size_t t = 1; t < parts.size(); ++t) {
        pool.emplace_back([&, t] {
            auto own = openReadOnly(path);
            if (!own) {
                parts[t].error = own.error();
                return;
            }
            parts[t] = readProfiles(own.value(), lo + qint64(t) * step, lo + qint64(t + 1) * step - 1);
            sqlite3_close_v2(own.value());
        });
    }
    parts[0] = readProfiles(db, lo, lo + step - 1);
    for (std::thread& t : pool)
        t.join();
    // One list: profiles in id order, detail runs merged.
    for (const ProfilePart& part : parts) {
        if (!part.error.isNull())
            return part.error;
    }
    std::vector<AccountProfile> profiles = std::move(parts[0].profiles);
    auto details = std::move(parts[0].details);
    for (size_t t = 1; t < parts.size(); ++t) {
        const auto offset = std::uint32_t(profiles.size());
        std::move(parts[t].profiles.begin(), parts[t].profiles.end(), std::back_inserter(profiles));
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

Result<std::vector<AccountProfile>> LedgerReader::profiles(store::Workspace& ws, int threads)
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
    return readRange(db, profiles.value(), 0, profiles->size(), options, sink, feedback, nullptr, total);
}

Result<LedgerReader::Stats> LedgerReader::readPart(const QString& path, const std::vector<AccountProfile>& profiles,
    size_t first, size_t last, const Options& options, const Sink& sink, const std::atomic<bool>* cancel)
{
    auto db = openReadOnly(path);
    if (!db)
        return db.error();
    auto r = readRange(db.value(), profiles, first, last, options, sink, nullptr, cancel, 0);
    sqlite3_close_v2(db.value());
    return r;
}

} // namespace waymark::finance
