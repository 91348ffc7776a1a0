#pragma once

// Text helpers of the ledger reader: lower-casing, whole-word and substring
// tests, and the folding of a bank's category and merchant texts into the
// classes the red flags name (ledgercategories.cpp). Internal to models/finance.

#include "finance/accountledger.h"

#include <sqlite3.h>

#include <initializer_list>
#include <string>
#include <string_view>

namespace waymark::finance::ledgertext {

/// A result column's text, empty for NULL (the ledger reader's and the flow graph's).
inline std::string_view columnText(sqlite3_stmt* st, int col)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(st, col))) : std::string_view();
}

inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

inline std::string lowered(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = lower(c);
    return out;
}

inline bool hasToken(const std::string& text, std::initializer_list<const char*> words)
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

inline bool contains(const std::string& text, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (text.find(w) != std::string::npos)
            return true;
    }
    return false;
}

/// The class of a lower-cased category text (Unknown when empty, Other when none fits).
Category classifyCategory(const std::string& c);
/// The class a lower-cased merchant name says, or Unknown.
Category classifyMerchant(const std::string& m);

} // namespace waymark::finance::ledgertext
