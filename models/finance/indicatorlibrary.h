#pragma once

#include "finance/accountledger.h"
#include "finance/indicator.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace waymark::finance {

/// The red flags Waymark checks, from the public lists in DOMAIN.md §4
/// (FinCEN advisory FIN-2020-A008, FATF/APG 2018, FINTRAC Project Protect),
/// each with its parameters and the fields it needs. A library is a value:
/// copy it and change parameters to tune without touching the standard one.
class IndicatorLibrary {
public:
    /// The standard library (42 indicators) with default parameters.
    IndicatorLibrary();
    static const IndicatorLibrary& standard();

    const std::vector<IndicatorDefinition>& definitions() const { return m_defs; }
    int size() const { return int(m_defs.size()); }
    /// Index of an indicator id, or -1.
    int indexOf(const QString& id) const;
    /// Sets a parameter; false if the indicator or parameter is unknown or the value not finite.
    bool setParameter(const QString& indicator, const QString& parameter, double value);

    /// Evaluates one indicator on one account.
    IndicatorResult evaluate(int index, const AccountLedger& ledger) const;
    /// The same into `out`, reusing its storage.
    void evaluate(int index, const AccountLedger& ledger, IndicatorResult& out) const;

    /// Counterparty countries counted as high-risk corridors by default: an
    /// editable example list, to be set per partner (LedgerReader::Options).
    static QStringList defaultHighRiskCountries();
    /// Occupations that declare little or no income (occupation_inconsistent).
    static QStringList lowIncomeOccupations();

private:
    using Eval = Outcome (*)(const AccountLedger&, const double* p, IndicatorResult&);
    std::vector<IndicatorDefinition> m_defs;
    std::vector<Eval> m_evals;
    std::vector<std::vector<double>> m_values; ///< parameter values, in definition order

    // lupdate files tr() in member functions under the class: this tr() has that context.
    Q_DECLARE_TR_FUNCTIONS(waymark::finance::IndicatorLibrary)
};

} // namespace waymark::finance
