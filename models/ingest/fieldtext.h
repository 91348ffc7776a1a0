#pragma once

#include <QString>

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

namespace waymark::ingest {

/// Small helpers every reader uses on a raw CSV field.
class FieldText {
public:
    static std::string_view trim(std::string_view s)
    {
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
            s.remove_prefix(1);
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
            s.remove_suffix(1);
        return s;
    }
    /// Empty, or the `NULL` marker published files use for missing values.
    static bool isMissing(std::string_view s)
    {
        s = trim(s);
        return s.empty() || s == "NULL" || s == "null" || s == "Null";
    }
    static QString toQString(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
    static bool equalsIgnoreCase(std::string_view a, std::string_view b)
    {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            char x = a[i], y = b[i];
            if (x >= 'A' && x <= 'Z')
                x = char(x - 'A' + 'a');
            if (y >= 'A' && y <= 'Z')
                y = char(y - 'A' + 'a');
            if (x != y)
                return false;
        }
        return true;
    }
    /// Range text with an en dash, an em dash or one hyphen written the
    /// codebook's way, with two hyphens ("0–8" → "0--8").
    static std::string normaliseRange(std::string_view s)
    {
        std::string out;
        out.reserve(s.size() + 2);
        for (size_t i = 0; i < s.size(); ++i) {
            if (s.compare(i, 3, "\xE2\x80\x93") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0) {
                out += "--";
                i += 2;
            } else if (s[i] == '-') {
                out += "--";
                while (i + 1 < s.size() && s[i + 1] == '-')
                    ++i;
            } else {
                out += s[i];
            }
        }
        return out;
    }
    static std::optional<qint64> toInt(std::string_view s)
    {
        s = trim(s);
        qint64 v = 0;
        const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
        if (r.ec != std::errc() || r.ptr != s.data() + s.size() || s.empty())
            return std::nullopt;
        return v;
    }
    static std::optional<double> toDouble(std::string_view s)
    {
        s = trim(s);
        if (s.empty())
            return std::nullopt;
        if (s.front() == '+')
            s.remove_prefix(1);
        // from_chars ignores the C locale, which the GUI sets from the system.
        double v = 0;
        const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
        if (r.ec != std::errc() || r.ptr != s.data() + s.size() || v != v)
            return std::nullopt;
        return v;
    }
};

} // namespace waymark::ingest
