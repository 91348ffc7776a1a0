#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace waymark::reports {

/// One term of the UK PHIA probability yardstick and its range in percent.
struct YardstickTerm {
    QString term;
    int low = 0;
    int high = 0;
};

/// The house standard for judgements (DOMAIN.md §2): the PHIA probability
/// yardstick's exact terms and ranges, and the three analytic confidence
/// levels. The gaps between ranges are deliberate.
class Yardstick {
public:
    /// Every term, lowest probability first ("likely" and "probably" share a band).
    static const std::vector<YardstickTerm>& terms();
    /// The term (case-insensitive), or nullptr when it is not on the yardstick.
    static const YardstickTerm* find(const QString& term);
    /// "55–75 %".
    static QString rangeText(const YardstickTerm& term);
    /// "likely (55–75 %)", or the text unchanged when it is not a term.
    static QString describe(const QString& term);
    /// high, moderate, low.
    static const QStringList& confidenceLevels();
};

} // namespace waymark::reports
