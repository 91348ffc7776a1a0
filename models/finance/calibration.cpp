#include "calibration.h"

#include "core/feedback.h"
#include "finance/scorepresentation.h"
#include "ingest/csvreader.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <cmath>
#include <unordered_map>

namespace waymark::finance {

namespace {
/// Solves A x = b (A symmetric positive definite) by Cholesky; false if singular.
bool solve(std::vector<double> a, std::vector<double>& b, size_t n)
{
    for (size_t j = 0; j < n; ++j) {
        double d = a[j * n + j];
        for (size_t k = 0; k < j; ++k)
            d -= a[j * n + k] * a[j * n + k];
        if (d <= 1e-12)
            return false;
        d = std::sqrt(d);
        a[j * n + j] = d;
        for (size_t i = j + 1; i < n; ++i) {
            double s = a[i * n + j];
            for (size_t k = 0; k < j; ++k)
                s -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = s / d;
        }
    }
    for (size_t i = 0; i < n; ++i) {
        double s = b[i];
        for (size_t k = 0; k < i; ++k)
            s -= a[i * n + k] * b[k];
        b[i] = s / a[i * n + i];
    }
    for (size_t i = n; i-- > 0;) {
        double s = b[i];
        for (size_t k = i + 1; k < n; ++k)
            s -= a[k * n + i] * b[k];
        b[i] = s / a[i * n + i];
    }
    return true;
}

struct Sample {
    int label = 0;
    QString typology;
    std::vector<Outcome> outcomes; ///< per library indicator
    std::vector<double> typologyP;
    std::vector<double> typologyLogOdds;
    double overall = 0;
};
} // namespace

Result<std::vector<Calibration::Label>> Calibration::readLabels(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("Calibration", "%1 cannot be read: %2").arg(path, f.errorString()));
    return parseLabels(f.readAll(), path);
}

Result<std::vector<Calibration::Label>> Calibration::parseLabels(const QByteArray& data, const QString& fileName)
{
    if (Error e = ingest::CsvReader::checkEncoding(data.left(4096), fileName); !e.isNull())
        return e;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    ingest::CsvReader csv(&buffer, fileName);
    std::vector<Label> out;
    int account = -1, label = -1, typology = -1;
    auto text
        = [&csv](int i) { return QString::fromUtf8(csv.field(i).data(), qsizetype(csv.field(i).size())).trimmed(); };
    for (;;) {
        const auto status = csv.readRecord();
        if (status == ingest::CsvReader::Status::End)
            break;
        if (status != ingest::CsvReader::Status::Record)
            return csv.error();
        if (csv.fieldCount() == 1 && csv.field(0).empty())
            continue; // a blank line
        if (account < 0) {
            for (int i = 0; i < csv.fieldCount(); ++i) {
                const QString name = text(i);
                if (name == QLatin1String("account_id"))
                    account = i;
                else if (name == QLatin1String("label"))
                    label = i;
                else if (name == QLatin1String("typology"))
                    typology = i;
            }
            if (account < 0 || label < 0)
                return csv.errorAtRecord(
                    QCoreApplication::translate("Calibration", "a labels file needs the columns account_id and label"));
            continue;
        }
        if (csv.fieldCount() <= std::max(account, label))
            return csv.errorAtRecord(QCoreApplication::translate("Calibration", "too few fields"));
        const QString l = text(label);
        if (l != QLatin1String("0") && l != QLatin1String("1"))
            return csv.errorAt(
                label, QCoreApplication::translate("Calibration", "label must be 0 or 1, found \"%1\"").arg(l));
        Label x;
        x.account = text(account);
        if (x.account.isEmpty())
            return csv.errorAt(account, QCoreApplication::translate("Calibration", "the account_id is empty"));
        x.label = l == QLatin1String("1") ? 1 : 0;
        if (typology >= 0 && typology < csv.fieldCount())
            x.typology = text(typology);
        out.push_back(std::move(x));
    }
    if (out.empty())
        return Error::at(fileName, 0, 0, QCoreApplication::translate("Calibration", "the file holds no labels"));
    return out;
}

double Calibration::predict(const Fit& fit, const std::vector<double>& x)
{
    double z = fit.intercept;
    for (size_t j = 0; j < x.size() && j < fit.weights.size(); ++j)
        z += fit.weights[j] * x[j];
    return Scorer::logistic(z);
}

Calibration::Fit Calibration::fitLogistic(
    const std::vector<std::vector<double>>& x, const std::vector<int>& y, double lambda, int maxIterations)
{
    Fit fit;
    const size_t d = x.empty() ? 0 : x[0].size();
    const size_t n = d + 1;
    std::vector<double> beta(n, 0.0); // [intercept, weights…]
    for (int it = 0; it < maxIterations; ++it) {
        std::vector<double> grad(n, 0.0), hess(n * n, 0.0);
        for (size_t i = 0; i < x.size(); ++i) {
            double z = beta[0];
            for (size_t j = 0; j < d; ++j)
                z += beta[j + 1] * x[i][j];
            const double p = Scorer::logistic(z);
            const double r = double(y[i]) - p;
            const double w = std::max(p * (1 - p), 1e-12);
            grad[0] += r;
            hess[0] += w;
            for (size_t j = 0; j < d; ++j) {
                const double xj = x[i][j];
                if (xj == 0)
                    continue;
                grad[j + 1] += r * xj;
                hess[(j + 1) * n] += w * xj;
                for (size_t k = 0; k <= j; ++k) {
                    const double xk = x[i][k];
                    if (xk != 0)
                        hess[(j + 1) * n + k + 1] += w * xj * xk;
                }
            }
        }
        for (size_t j = 1; j < n; ++j) {
            grad[j] -= lambda * beta[j];
            hess[j * n + j] += lambda;
        }
        for (size_t j = 0; j < n; ++j) {
            for (size_t k = j + 1; k < n; ++k)
                hess[j * n + k] = hess[k * n + j];
        }
        hess[0] += 1e-9;
        std::vector<double> step = grad;
        if (!solve(hess, step, n))
            break;
        double move = 0;
        for (size_t j = 0; j < n; ++j) {
            beta[j] += step[j];
            move = std::max(move, std::fabs(step[j]));
        }
        fit.iterations = it + 1;
        if (move < 1e-8) {
            fit.converged = true;
            break;
        }
    }
    fit.intercept = beta[0];
    fit.weights.assign(beta.begin() + 1, beta.end());
    return fit;
}

Result<Calibration::Report> Calibration::run(store::Workspace& ws, const Scorer& scorer,
    const std::vector<Label>& labels, const LedgerReader::Options& readerOptions, double lambda, Feedback* feedback)
{
    Report report;
    report.lambda = lambda;
    report.labels = qint64(labels.size());
    // Account keys to ids.
    QHash<QString, qint64> ids;
    {
        store::Statement& st = ws.cached("SELECT id, account_key FROM accounts");
        while (st.next())
            ids.insert(st.text(1), st.int64(0));
        st.reset();
    }
    LedgerReader::Options options = readerOptions;
    options.accountIds.clear();
    std::unordered_map<qint64, const Label*> byId;
    for (const Label& l : labels) {
        const auto it = ids.constFind(l.account);
        if (it == ids.constEnd()) {
            if (report.unknownAccounts.size() < 20)
                report.unknownAccounts << l.account;
            continue;
        }
        byId[it.value()] = &l;
        options.accountIds.push_back(it.value());
    }
    if (byId.empty())
        return Error(QCoreApplication::translate("Calibration", "None of the labelled accounts is in the workspace."));
    std::vector<Sample> samples;
    std::vector<IndicatorResult> results;
    auto read = LedgerReader::read(
        ws, options,
        [&](const AccountLedger& ledger) {
            if (ledger.entries.size() < size_t(Scorer::minTransactions)) {
                ++report.notScored;
                return true;
            }
            scorer.evaluate(ledger, results);
            const AccountScore s = scorer.score(ledger, results);
            const Label& l = *byId[ledger.profile.accountId];
            Sample x;
            x.label = l.label;
            x.typology = l.typology;
            for (const IndicatorResult& r : results)
                x.outcomes.push_back(r.outcome);
            for (const TypologyScore& t : s.typologies) {
                x.typologyP.push_back(t.probability);
                x.typologyLogOdds.push_back(t.logOdds);
            }
            x.overall = s.probability;
            samples.push_back(std::move(x));
            return true;
        },
        feedback);
    if (!read)
        return read.error();
    report.matched = qint64(samples.size());
    {
        std::vector<double> p;
        std::vector<int> y;
        for (const Sample& s : samples) {
            p.push_back(s.overall);
            y.push_back(s.label);
        }
        report.overall = RankingMetrics::compute(p, y);
    }
    const auto& lib = scorer.library();
    const auto canceled = [feedback] { return feedback && feedback->isCanceled(); };
    const auto canceledError
        = [] { return Error(QCoreApplication::translate("Calibration", "The calibration was canceled.")); };
    if (canceled())
        return canceledError();
    for (size_t t = 0; t < scorer.typologies().size(); ++t) {
        if (canceled())
            return canceledError();
        const Typology& ty = scorer.typologies()[t];
        TypologyResult tr_;
        tr_.typology = ty.id;
        // Cases of this typology (or of no stated typology) against the clean.
        std::vector<std::vector<double>> x;
        std::vector<int> y;
        std::vector<double> expertP, expertLogOdds;
        for (const Sample& s : samples) {
            if (s.label == 1 && !s.typology.isEmpty() && s.typology != ty.id)
                continue;
            std::vector<double> row(ty.weights.size() * 2, 0.0);
            for (size_t w = 0; w < ty.weights.size(); ++w) {
                const Outcome o = s.outcomes[size_t(lib.indexOf(ty.weights[w].indicator))];
                row[w] = o == Outcome::Hit ? 1 : 0;
                row[ty.weights.size() + w] = o == Outcome::Miss ? 1 : 0;
            }
            x.push_back(std::move(row));
            y.push_back(s.label);
            expertP.push_back(s.typologyP[t]);
            expertLogOdds.push_back(s.typologyLogOdds[t]);
            (s.label ? tr_.cases : tr_.clean) += 1;
        }
        // The calibration of the typology's output to a probability, or why
        // these labels cannot support one.
        if (auto c = TypologyCalibration::fit(ty, expertLogOdds, y))
            tr_.calibration = std::move(c).value();
        else
            tr_.notCalibrated = c.error().message;
        tr_.expert = RankingMetrics::compute(expertP, y);
        for (size_t w = 0; w < ty.weights.size(); ++w) {
            WeightRow r;
            r.indicator = ty.weights[w].indicator;
            r.expertHit = std::log(ty.weights[w].hitLr);
            r.expertMiss = std::log(ty.weights[w].missLr);
            for (size_t i = 0; i < x.size(); ++i) {
                if (x[i][w] > 0)
                    (y[i] ? r.hitsAmongCases : r.hitsAmongClean) += 1;
            }
            tr_.weights.push_back(r);
        }
        if (tr_.cases == 0 || tr_.clean == 0) {
            report.typologies.push_back(std::move(tr_));
            continue;
        }
        tr_.fit = fitLogistic(x, y, lambda);
        for (size_t w = 0; w < ty.weights.size(); ++w) {
            tr_.weights[w].fittedHit = tr_.fit.weights[w];
            tr_.weights[w].fittedMiss = tr_.fit.weights[ty.weights.size() + w];
        }
        // 5-fold cross-validation for the fitted weights' metrics.
        std::vector<double> cv(x.size(), 0.0);
        const int folds = 5;
        for (int f = 0; f < folds; ++f) {
            if (canceled())
                return canceledError();
            std::vector<std::vector<double>> tx;
            std::vector<int> ty_;
            for (size_t i = 0; i < x.size(); ++i) {
                if (int(i % folds) != f) {
                    tx.push_back(x[i]);
                    ty_.push_back(y[i]);
                }
            }
            const Fit part = fitLogistic(tx, ty_, lambda);
            for (size_t i = 0; i < x.size(); ++i) {
                if (int(i % folds) == f)
                    cv[i] = predict(part, x[i]);
            }
        }
        tr_.fitted = RankingMetrics::compute(cv, y);
        report.typologies.push_back(std::move(tr_));
    }
    return report;
}

Status Calibration::save(store::Workspace& ws, const Scorer& scorer, const Report& report)
{
    store::Transaction tx(ws);
    if (!tx.isActive())
        return tx.error();
    for (const TypologyResult& t : report.typologies) {
        if (!t.calibration)
            continue;
        for (const Typology& ty : scorer.typologies()) {
            if (ty.id != t.typology)
                continue;
            if (Status st = ScorePresentation::save(ws, ty, *t.calibration); !st)
                return st;
        }
    }
    return tx.commit();
}

QString Calibration::Report::toText() const
{
    QString out;
    auto pk = [](const RankingMetrics& m) {
        QStringList parts;
        for (const auto& kv : m.precisionAtK)
            parts << QStringLiteral("P@%1 %2").arg(kv.first).arg(kv.second, 0, 'f', 2);
        return parts.join(QStringLiteral(", "));
    };
    out += QCoreApplication::translate(
               "Calibration", "Labels: %1, matched to scored accounts: %2, not scored: %3, unknown accounts: %4")
               .arg(labels)
               .arg(matched)
               .arg(notScored)
               .arg(unknownAccounts.size())
        + QLatin1Char('\n');
    out += QCoreApplication::translate(
               "Calibration", "Overall (expert weights): AUC %1, average precision %2, %3 (%4 cases, %5 clean)")
               .arg(overall.auc, 0, 'f', 3)
               .arg(overall.averagePrecision, 0, 'f', 3)
               .arg(pk(overall))
               .arg(overall.positives)
               .arg(overall.negatives)
        + QLatin1Char('\n');
    for (const TypologyResult& t : typologies) {
        out += QLatin1Char('\n')
            + QCoreApplication::translate("Calibration", "%1: %2 cases, %3 clean")
                  .arg(t.typology)
                  .arg(t.cases)
                  .arg(t.clean)
            + QLatin1Char('\n');
        if (t.calibration)
            out += QCoreApplication::translate("Calibration", "  calibrated probability: %1")
                       .arg(t.calibration->reliabilityText())
                + QLatin1Char('\n');
        else
            out += QStringLiteral("  ") + t.notCalibrated + QLatin1Char('\n');
        if (t.cases == 0 || t.clean == 0) {
            out += QCoreApplication::translate("Calibration", "  not fitted: needs both cases and clean accounts")
                + QLatin1Char('\n');
            continue;
        }
        out += QCoreApplication::translate(
                   "Calibration", "  expert AUC %1 (%2); fitted AUC %3 (5-fold cross-validated, %4)")
                   .arg(t.expert.auc, 0, 'f', 3)
                   .arg(pk(t.expert))
                   .arg(t.fitted.auc, 0, 'f', 3)
                   .arg(pk(t.fitted))
            + QLatin1Char('\n');
        out += QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(QCoreApplication::translate("Calibration", "indicator"), -28)
                   .arg(QCoreApplication::translate("Calibration", "hit: expert"), 12)
                   .arg(QCoreApplication::translate("Calibration", "fitted"), 8)
                   .arg(QCoreApplication::translate("Calibration", "miss: expert"), 13)
                   .arg(QCoreApplication::translate("Calibration", "fitted"), 8)
                   .arg(QCoreApplication::translate("Calibration", "hits cases/clean"), 17);
        for (const WeightRow& w : t.weights) {
            out += QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                       .arg(w.indicator, -28)
                       .arg(w.expertHit, 12, 'f', 2)
                       .arg(w.fittedHit, 8, 'f', 2)
                       .arg(w.expertMiss, 13, 'f', 2)
                       .arg(w.fittedMiss, 8, 'f', 2)
                       .arg(QStringLiteral("%1/%2").arg(w.hitsAmongCases).arg(w.hitsAmongClean), 17);
        }
    }
    return out;
}

} // namespace waymark::finance
