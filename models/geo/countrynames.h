#pragma once

#include "core/result.h"

#include <QString>

namespace waymark::geo {

/// Country names in the language of the user interface. Places hold the
/// gazetteer's English names (they are lookup keys and stay so); views,
/// figures and generated text show them through display(). The names come
/// from Debian's iso-codes translations (iso_3166-1.mo), except for the
/// short names analysts use ("South Korea", "DR Congo") and a few that
/// iso-codes gets wrong or lacks in Spanish or French, which Waymark's own
/// catalogue carries (context "CountryNames").
///
/// setLanguage() is called once at start, after the translators are
/// installed and before any view loads; display() is thread-safe.
class CountryNames {
public:
    /// Chooses the language ("fr", "es", "es_ES"…); English, empty or a
    /// language iso-codes does not translate leaves the English names.
    /// Fails (and keeps English) when the iso-codes catalogue is missing.
    static Status setLanguage(const QString& language);
    /// The language chosen, or empty for English.
    static QString language();

    /// The name to show for a gazetteer country's English name; any other
    /// text (a city, an unknown country) comes back unchanged.
    static QString display(const QString& englishName);
    /// The name to show for an ISO 3166 code (alpha-2, alpha-3 or numeric), or
    /// an empty string when the gazetteer does not know it.
    static QString ofCode(const QString& code);

    /// Where the iso-codes catalogue of `language` is, or empty if not installed.
    static QString catalogPath(const QString& language);
};

} // namespace waymark::geo
