#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace waymark::finance {

/// What one red flag says about one account. NotAssessable when the data
/// lacks a field the flag needs or covers too short a period: it is never
/// read as "absent".
enum class Outcome : std::uint8_t { NotAssessable, Miss, Hit };

QString outcomeName(Outcome o);

/// A tunable number of an indicator (a threshold, a window in days).
struct IndicatorParameter {
    QString name;
    double value = 0;
    QString description;
};

/// A machine-checkable red flag: what it means, where it comes from, what it
/// needs, and how it is tuned. Evaluated by IndicatorLibrary.
struct IndicatorDefinition {
    QString id;
    QString title; ///< short, for tables
    QString description; ///< plain words, with the parameters
    /// The public lists that hold it, by document and year ("FinCEN
    /// FIN-2020-A008 (2020)", …), or "Waymark heuristic" alone (DOMAIN.md §4).
    QStringList sources;
    std::vector<IndicatorParameter> parameters;
    std::uint32_t needsAll = 0; ///< Field bits all required
    std::uint32_t needsAnyOf = 0; ///< Field bits of which one is enough (0: none)
    QString valueUnit; ///< what IndicatorResult::value measures

    double parameter(const QString& name) const;
    /// The Field bits missing from `present` (empty mask when assessable).
    std::uint32_t missingFields(std::uint32_t present) const;
};

/// One indicator on one account: the outcome, the measured value compared
/// against the parameters, the transactions behind it (ids, first few), and
/// why it could not be assessed when it could not.
struct IndicatorResult {
    Outcome outcome = Outcome::NotAssessable;
    double value = 0;
    std::vector<qint64> evidence;
    std::uint32_t missing = 0; ///< Field bits missing, when that is why it is NotAssessable
    const char* reason = nullptr; ///< other reason for NotAssessable (untranslated source text)

    /// Why it could not be assessed, translated; empty when it was assessed.
    QString reasonText() const;
};

} // namespace waymark::finance
