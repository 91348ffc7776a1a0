#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace waymark::finance {

class FlowGraph;

/// What a transaction was spent on or came from, folded from the bank's
/// free-text category (and merchant) into the few classes the red flags name.
enum class Category : std::uint8_t {
    Unknown,
    Other,
    Ads, ///< online classified or escort advertising
    Hotel,
    Bar,
    FastFood,
    Taxi,
    Prepaid, ///< prepaid or gift cards
    Rent,
    Utilities,
    Phone,
    Groceries,
    Travel,
    Salary,
    Cash,
    Remittance,
    Recruitment,
    Visa,
    Restaurant,
    Transport,
    Transfer,
    Venue, ///< massage parlours, strip clubs, beauty salons, modelling agencies
    Crypto, ///< virtual-currency exchanges and ATMs
    Darknet, ///< darknet markets (by name, from the analyst's or the bank's list)
    PaymentProcessor, ///< third-party payment processors
    OnlinePayment, ///< online payment services and e-wallets
    PersonalShopping, ///< drug, clothing and beauty stores (lingerie, make-up)
};

enum class Channel : std::uint8_t { Unknown, Cash, Atm, Card, Transfer, Branch, Online, Other };

/// The optional fields an indicator may need, as bits. Date, amount,
/// direction and currency are always there (the schema requires them).
namespace Field {
enum : std::uint32_t {
    TimeOfDay = 1u << 0,
    Category = 1u << 1,
    Merchant = 1u << 2,
    Counterparty = 1u << 3,
    CounterpartyCountry = 1u << 4,
    Channel = 1u << 5,
    Location = 1u << 6,
    Reference = 1u << 7,
    CustomerAddress = 1u << 8,
    CustomerPhone = 1u << 9,
    CustomerEmail = 1u << 10,
    Occupation = 1u << 11,
    DeclaredIncome = 1u << 12,
    CounterpartyAccount = 1u << 13, ///< the other side's account: a two-sided ledger, a money-flow graph
};
/// Display names of the bits, for explanations and the indicator list.
QStringList names(std::uint32_t mask);
} // namespace Field

/// One cleaned transaction, small and flat: text fields are kept as 64-bit
/// hashes (enough to count distinct values) plus the flags the red flags test.
struct LedgerEntry {
    enum Flag : std::uint16_t {
        HasCategory = 1 << 0,
        HasMerchant = 1 << 1,
        HasCounterparty = 1 << 2,
        HasCounterpartyCountry = 1 << 3,
        HasChannel = 1 << 4,
        HasLocation = 1 << 5,
        HasReference = 1 << 6,
        HighRiskCountry = 1 << 7, ///< counterparty country in the corridor list
        OneWay = 1 << 8, ///< merchant or reference says one-way / single
        Passenger = 1 << 9, ///< reference names a passenger
        Abroad = 1 << 10, ///< counterparty country differs from the account's country
        HasCounterpartyAccount = 1 << 11,
    };
    qint64 id = 0;
    qint32 day = 0; ///< Julian day
    qint16 minute = -1; ///< minute of the day, -1 when only the date is known
    bool in = false;
    Category category = Category::Unknown;
    Channel channel = Channel::Unknown;
    std::uint16_t flags = 0;
    double amount = 0;
    /// Hashes (LedgerReader::textHash). `counterparty` is the counterparty's
    /// name, or its account when no name is given.
    std::uint64_t counterparty = 0, location = 0, reference = 0, merchant = 0, counterpartyAccount = 0;

    bool has(Flag f) const { return (flags & f) != 0; }
    int hour() const { return minute < 0 ? -1 : minute / 60; }
};

/// Customer details of an account holder, where the bank gave them.
struct AccountProfile {
    qint64 accountId = 0;
    QString key;
    QString currency;
    QString occupation;
    double declaredIncome = -1; ///< < 0: not given
    /// How many other accounts share this holder's address, phone or e-mail
    /// (-1: the account has none of them).
    int sharedDetails = -1;
    std::uint32_t fields = 0; ///< Field bits of the customer details given
    /// Where the holder lives or works: LedgerReader::textHash of each
    /// comma-separated part of the address ("12 High St, Leeds, LS1 1AA").
    std::vector<std::uint64_t> homeAreas;
};

/// One account's transactions, cleaned and in date order, with what was set
/// aside and why. Built by LedgerReader; what indicators read.
struct AccountLedger {
    AccountProfile profile;
    std::vector<LedgerEntry> entries;
    std::uint32_t fields = 0; ///< Field bits present in the data of this account
    qint64 rawCount = 0; ///< rows read, before cleaning
    qint64 duplicates = 0; ///< identical rows counted once
    qint64 otherCurrency = 0; ///< rows in a currency other than the account's, left out of sums
    qint64 badAmount = 0; ///< zero, negative, non-finite or absurd amounts, left out
    std::vector<qint64> setAside; ///< ids of rows left out (first few)
    int firstDay = 0, lastDay = 0;
    /// The workspace's money flows between accounts, for the structural
    /// indicators; null when the ledger names no counterparty accounts.
    std::shared_ptr<const FlowGraph> flow;
    int flowNode = -1; ///< this account's node in `flow`, or -1

    void clear()
    {
        entries.clear();
        setAside.clear();
        fields = 0;
        rawCount = duplicates = otherCurrency = badAmount = 0;
        firstDay = lastDay = 0;
    }
    int activeDays() const { return entries.empty() ? 0 : lastDay - firstDay + 1; }
};

} // namespace waymark::finance
