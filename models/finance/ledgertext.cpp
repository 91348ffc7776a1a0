#include "finance/ledgertext.h"
#include "finance/ledgerreader.h"

#include <QtEndian>

namespace waymark::finance {

namespace ledgertext {

Category classifyCategory(const std::string& c)
{
    if (c.empty())
        return Category::Unknown;
    // Before ads: "adult entertainment" venues are places, not advertising.
    if (hasToken(c, { "massage", "strip", "stripclub", "striptease", "salon", "salons", "modelling", "modeling" }))
        return Category::Venue;
    if (hasToken(c, { "darknet", "darkweb", "onion" }))
        return Category::Darknet;
    if (hasToken(c, { "crypto", "cryptocurrency", "bitcoin", "btc", "virtual" }))
        return Category::Crypto;
    if (hasToken(c, { "processor", "psp", "aggregator" }))
        return Category::PaymentProcessor;
    if (hasToken(c, { "paypal", "ewallet", "wallet", "venmo", "cashapp", "skrill", "neteller" }))
        return Category::OnlinePayment;
    if (hasToken(c,
            { "pharmacy", "chemist", "drugstore", "drug", "clothing", "clothes", "apparel", "lingerie", "cosmetics",
                "makeup", "beauty" }))
        return Category::PersonalShopping;
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
    if (contains(m, { "massage", "strip club", "gentlemen's club", "salon", "model agency", "modelling" }))
        return Category::Venue;
    if (contains(m, { ".onion", "darknet", "dark web" }))
        return Category::Darknet;
    if (contains(m, { "bitcoin", "crypto", "coinbase", "binance", "kraken" }))
        return Category::Crypto;
    if (contains(m, { "payment processor", "payoneer", "paysafe" }))
        return Category::PaymentProcessor;
    if (contains(m, { "paypal", "venmo", "cash app", "skrill", "neteller" }))
        return Category::OnlinePayment;
    if (contains(m, { "pharmacy", "chemist", "lingerie", "cosmetic", "make-up", "makeup" }))
        return Category::PersonalShopping;
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

} // namespace ledgertext

using namespace ledgertext;

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

} // namespace waymark::finance
