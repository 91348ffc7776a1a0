#include "scorer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace waymark::finance {

QString AccountScore::storedKind() const
{
    // Stored in English, whatever the user's language. A score from expert
    // weights is never a yardstick judgement (issue 14 §2); a calibrated
    // probability is worked out when shown (ScorePresentation), from the
    // typology log-odds stored with it.
    return scored ? QStringLiteral("uncalibrated score") : QStringLiteral("not assessed");
}

Scorer::Scorer(std::vector<Typology> typologies, IndicatorLibrary library)
    : m_typologies(std::move(typologies))
    , m_library(std::move(library))
{
    std::vector<bool> used(size_t(m_library.size()), false);
    for (const Typology& t : m_typologies) {
        std::vector<int> idx;
        for (const TypologyWeight& w : t.weights) {
            const int i = m_library.indexOf(w.indicator);
            idx.push_back(i);
            if (i >= 0)
                used[size_t(i)] = true;
        }
        m_indexes.push_back(std::move(idx));
        std::vector<std::pair<double, double>> lr;
        for (const TypologyWeight& w : t.weights)
            lr.emplace_back(std::log(w.hitLr), std::log(w.missLr));
        m_logLr.push_back(std::move(lr));
        m_priorLogOdds.push_back(t.priorLogOdds());
    }
    for (int i = 0; i < m_library.size(); ++i) {
        if (used[size_t(i)])
            m_used.push_back(i);
    }
}

double Scorer::logistic(double logOdds)
{
    return logOdds >= 0 ? 1.0 / (1.0 + std::exp(-logOdds)) : std::exp(logOdds) / (1.0 + std::exp(logOdds));
}

double Scorer::combine(const std::vector<double>& probabilities)
{
    double none = 1;
    for (double p : probabilities)
        none *= 1.0 - p;
    return 1.0 - none;
}

void Scorer::evaluate(const AccountLedger& ledger, std::vector<IndicatorResult>& results) const
{
    results.resize(size_t(m_library.size()));
    for (IndicatorResult& r : results) {
        r.outcome = Outcome::NotAssessable;
        r.evidence.clear();
    }
    for (int i : m_used)
        m_library.evaluate(i, ledger, results[size_t(i)]);
}

AccountScore Scorer::score(const AccountLedger& ledger) const
{
    thread_local std::vector<IndicatorResult> results;
    const int clean = int(ledger.entries.size());
    if (clean >= minTransactions)
        evaluate(ledger, results);
    return score(ledger, results);
}

AccountScore Scorer::score(const AccountLedger& ledger, const std::vector<IndicatorResult>& results) const
{
    AccountScore s;
    score(ledger, results, s);
    return s;
}

void Scorer::score(const AccountLedger& ledger, const std::vector<IndicatorResult>& results, AccountScore& s) const
{
    s.leading = -1;
    s.notScoredReason.clear();
    s.scored = false;
    s.accountId = ledger.profile.accountId;
    s.accountKey = ledger.profile.key;
    s.transactions = ledger.rawCount;
    s.duplicates = ledger.duplicates;
    s.setAside = ledger.otherCurrency + ledger.badAmount;
    const int clean = int(ledger.entries.size());
    if (clean < minTransactions) {
        s.probability = std::nan("");
        s.notScoredReason = ledger.rawCount == 0 ? QCoreApplication::translate("Scorer", "no transactions")
            : clean == 0
            ? QCoreApplication::translate(
                "Scorer", "all %n transaction(s) set aside as unusable", "", int(ledger.rawCount))
            : QCoreApplication::translate("Scorer", "only %n usable transaction(s); at least %1 are needed", "", clean)
                  .arg(minTransactions);
        s.typologies.clear();
        return;
    }
    s.scored = true;
    double none = 1;
    s.typologies.resize(m_typologies.size());
    for (size_t t = 0; t < m_typologies.size(); ++t) {
        const Typology& ty = m_typologies[t];
        TypologyScore& ts = s.typologies[t];
        ts.typology = int(t);
        ts.logOdds = m_priorLogOdds[t];
        ts.hits = ts.misses = ts.notAssessable = 0;
        ts.contributions.resize(ty.weights.size());
        for (size_t w = 0; w < ty.weights.size(); ++w) {
            const int i = m_indexes[t][w];
            Contribution& c = ts.contributions[w];
            c.indicator = i;
            const IndicatorResult& r = results[size_t(i)];
            c.outcome = r.outcome;
            c.value = r.value;
            c.missing = 0;
            c.reason = nullptr;
            c.evidence.clear();
            switch (r.outcome) {
            case Outcome::Hit:
                c.logOdds = m_logLr[t][w].first;
                c.evidence.assign(r.evidence.begin(), r.evidence.end());
                ++ts.hits;
                break;
            case Outcome::Miss:
                c.logOdds = m_logLr[t][w].second;
                ++ts.misses;
                break;
            case Outcome::NotAssessable:
                c.logOdds = 0;
                c.missing = r.missing;
                c.reason = r.reason;
                ++ts.notAssessable;
                break;
            }
            ts.logOdds += c.logOdds;
        }
        ts.probability = logistic(ts.logOdds);
        none *= 1.0 - ts.probability; // noisy-OR, as combine()
        if (s.leading < 0 || ts.probability > s.typologies[size_t(s.leading)].probability)
            s.leading = int(t);
    }
    s.probability = 1.0 - none;
}

namespace {
QString scoreText(double p)
{
    return QString::number(p * 100.0, 'f', p < 0.01 || p > 0.99 ? 2 : 1);
}
QString percent(double p)
{
    return QString::number(p * 100.0, 'f', p < 0.01 || p > 0.99 ? 2 : 1) + QStringLiteral(" %");
}
QString reasonText(const Contribution& c)
{
    IndicatorResult r;
    r.missing = c.missing;
    r.reason = c.reason;
    return r.reasonText();
}
} // namespace

QString Scorer::explain(const AccountScore& s) const
{
    QString out;
    out += QCoreApplication::translate("Scorer", "Account %1").arg(s.accountKey) + QLatin1Char('\n');
    if (!s.scored) {
        out += QCoreApplication::translate("Scorer", "Not scored: %1.").arg(s.notScoredReason) + QLatin1Char('\n');
        return out;
    }
    out += QCoreApplication::translate("Scorer",
               "Overall score %1 / 100 (uncalibrated: the expert weights' output for at least one typology, not a "
               "probability).")
               .arg(scoreText(s.probability))
        + QLatin1Char('\n');
    if (s.duplicates || s.setAside)
        out += QCoreApplication::translate("Scorer",
                   "Data: %1 transactions read, %2 duplicates counted once, %3 set aside (other currency or "
                   "unusable amount).")
                   .arg(s.transactions)
                   .arg(s.duplicates)
                   .arg(s.setAside)
            + QLatin1Char('\n');
    std::vector<size_t> order(s.typologies.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
        [&](size_t a, size_t b) { return s.typologies[a].probability > s.typologies[b].probability; });
    for (size_t t : order) {
        const TypologyScore& ts = s.typologies[t];
        const Typology& ty = m_typologies[size_t(ts.typology)];
        out += QLatin1Char('\n')
            + QCoreApplication::translate("Scorer", "%1 (v%2): score %3 / 100, log-odds %4 = prior %5 (%6)")
                  .arg(ty.name)
                  .arg(ty.version)
                  .arg(scoreText(ts.probability))
                  .arg(ts.logOdds, 0, 'f', 2)
                  .arg(ty.priorLogOdds(), 0, 'f', 2)
                  .arg(percent(ty.prior))
            + QLatin1Char('\n');
        for (const Contribution& c : ts.contributions) {
            const IndicatorDefinition& d = m_library.definitions()[size_t(c.indicator)];
            QString line = QStringLiteral("  %1 %2: %3")
                               .arg(c.logOdds >= 0 ? QLatin1Char('+') : QLatin1Char('-'))
                               .arg(std::fabs(c.logOdds), 0, 'f', 2)
                               .arg(d.title);
            if (c.outcome == Outcome::NotAssessable) {
                line += QStringLiteral(" — ")
                    + QCoreApplication::translate("Scorer", "not assessable (%1)").arg(reasonText(c));
            } else {
                line += QStringLiteral(" — ") + outcomeName(c.outcome) + QStringLiteral(", ")
                    + QString::number(c.value, 'g', 4) + QLatin1Char(' ') + d.valueUnit;
                if (!c.evidence.empty()) {
                    QStringList ids;
                    for (qint64 id : c.evidence)
                        ids << QString::number(id);
                    line += QStringLiteral("; ")
                        + QCoreApplication::translate("Scorer", "transactions %1").arg(ids.join(QStringLiteral(", ")));
                }
            }
            out += line + QLatin1Char('\n');
        }
    }
    return out;
}

QByteArray Scorer::compactJson(const AccountScore& s) const
{
    if (!s.scored) {
        QJsonObject o;
        o.insert(QStringLiteral("scored"), false);
        o.insert(QStringLiteral("reason"), s.notScoredReason);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    QByteArray out;
    out.reserve(256);
    out += "{\"p\":";
    out += QByteArray::number(s.probability, 'g', 17);
    if (s.leading >= 0)
        out += ",\"lead\":\"" + m_typologies[size_t(s.leading)].id.toUtf8() + '"';
    if (s.duplicates)
        out += ",\"duplicates\":" + QByteArray::number(s.duplicates);
    if (s.setAside)
        out += ",\"setAside\":" + QByteArray::number(s.setAside);
    out += ",\"typologies\":{";
    for (size_t t = 0; t < s.typologies.size(); ++t) {
        if (t)
            out += ',';
        out += '"' + m_typologies[size_t(s.typologies[t].typology)].id.toUtf8() + "\":";
        out += QByteArray::number(s.typologies[t].logOdds, 'g', 17);
    }
    out += '}';
    // Each indicator once, though several typologies use it.
    thread_local std::vector<char> seen;
    seen.assign(size_t(m_library.size()), 0);
    QByteArray hits, na;
    for (const TypologyScore& t : s.typologies) {
        for (const Contribution& c : t.contributions) {
            if (seen[size_t(c.indicator)])
                continue;
            seen[size_t(c.indicator)] = 1;
            const QByteArray id = m_library.definitions()[size_t(c.indicator)].id.toUtf8();
            if (c.outcome == Outcome::Hit) {
                hits += (hits.isEmpty() ? "\"" : ",\"") + id + "\":{\"v\":" + QByteArray::number(c.value, 'g', 10)
                    + ",\"tx\":[";
                for (size_t k = 0; k < c.evidence.size(); ++k) {
                    if (k)
                        hits += ',';
                    hits += QByteArray::number(c.evidence[k]);
                }
                hits += "]}";
            } else if (c.outcome == Outcome::NotAssessable) {
                na += (na.isEmpty() ? "\"" : ",\"") + id + '"';
            }
        }
    }
    out += ",\"hits\":{" + hits + "},\"notAssessable\":[" + na + "]}";
    return out;
}

} // namespace waymark::finance
