#include "scorepresentation.h"

#include "core/yardstick.h"
#include "finance/calibration.h"
#include "finance/scorerun.h"
#include "store/auditlog.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace waymark::finance {

// ---- TypologyCalibration ----------------------------------------------------

double TypologyCalibration::probability(double logOdds) const
{
    return Scorer::logistic(a + b * logOdds);
}

QString TypologyCalibration::reliabilityText() const
{
    return tr("Brier %1 over n = %2 labelled accounts (%3 cases), 5-fold cross-validated")
        .arg(brier, 0, 'f', 3)
        .arg(n())
        .arg(cases);
}

QString TypologyCalibration::curveText() const
{
    if (curve.empty())
        return {};
    const QLocale l;
    auto percent = [&l](double p) -> QString { return l.toString(100 * p, 'f', 0) + QStringLiteral(" %"); };
    QString out = tr("Calibration curve (cross-validated): of the labelled accounts given a probability in each "
                     "band, the share that were cases:")
        + QLatin1Char('\n');
    for (const RankingMetrics::Bin& b : curve) {
        if (b.count == 0)
            continue;
        out += QCoreApplication::translate(
                   "ScorePresentation", "  %1–%2: predicted %3, observed %4 of %n account(s)", "", b.count)
                   .arg(percent(b.lower), percent(b.upper), percent(b.meanPredicted), percent(b.observedRate))
            + QLatin1Char('\n');
    }
    return out;
}

QString TypologyCalibration::shaOf(const Typology& typology)
{
    return QString::fromLatin1(QCryptographicHash::hash(typology.toJson(), QCryptographicHash::Sha256).toHex());
}

QString TypologyCalibration::mismatch(const Typology& current) const
{
    if (current.id != typology || shaOf(current) == sha256)
        return {};
    return tr("Typology %1 has changed since it was calibrated (calibrated: version %2; now: version %3%4): "
              "scores are shown, not probabilities, until it is calibrated again.")
        .arg(current.id)
        .arg(version)
        .arg(current.version)
        .arg(current.version == version ? tr(", other weights") : QString());
}

Result<TypologyCalibration> TypologyCalibration::fit(
    const Typology& typology, const std::vector<double>& logOdds, const std::vector<int>& labels)
{
    TypologyCalibration c;
    c.typology = typology.id;
    c.version = typology.version;
    c.sha256 = shaOf(typology);
    const size_t n = std::min(logOdds.size(), labels.size());
    for (size_t i = 0; i < n; ++i)
        (labels[i] ? c.cases : c.clean) += 1;
    if (int(n) < minLabels)
        return Error(tr("%1 cannot be calibrated: too few labels (%2 labelled accounts; at least %3 are needed). "
                        "Scores are shown instead.")
                         .arg(typology.id)
                         .arg(n)
                         .arg(minLabels));
    if (c.cases == 0 || c.clean == 0)
        return Error(tr("%1 cannot be calibrated: the labels hold only %2 (%3 labelled accounts), and a probability "
                        "needs both known cases and known clean accounts. Scores are shown instead.")
                         .arg(typology.id, c.cases ? tr("known cases") : tr("known clean accounts"))
                         .arg(n));
    if (c.cases < minPerClass || c.clean < minPerClass)
        return Error(tr("%1 cannot be calibrated: too few labels of one class (%2 cases, %3 clean; at least %4 of "
                        "each are needed). Scores are shown instead.")
                         .arg(typology.id)
                         .arg(c.cases)
                         .arg(c.clean)
                         .arg(minPerClass));
    std::vector<std::vector<double>> x;
    std::vector<int> y;
    for (size_t i = 0; i < n; ++i) {
        x.push_back({ logOdds[i] });
        y.push_back(labels[i]);
    }
    const double lambda = 1e-3;
    const Calibration::Fit whole = Calibration::fitLogistic(x, y, lambda);
    c.a = whole.intercept;
    c.b = whole.weights.empty() ? 0 : whole.weights.front();
    // Reliability out of sample: each account predicted by a fit without it.
    std::vector<double> cv(n, 0.0);
    const int folds = 5;
    for (int f = 0; f < folds; ++f) {
        std::vector<std::vector<double>> tx;
        std::vector<int> ty;
        for (size_t i = 0; i < n; ++i) {
            if (int(i % folds) != f) {
                tx.push_back(x[i]);
                ty.push_back(y[i]);
            }
        }
        const Calibration::Fit part = Calibration::fitLogistic(tx, ty, lambda);
        for (size_t i = 0; i < n; ++i) {
            if (int(i % folds) == f)
                cv[i] = Calibration::predict(part, x[i]);
        }
    }
    double sq = 0;
    for (size_t i = 0; i < n; ++i)
        sq += (cv[i] - y[i]) * (cv[i] - y[i]);
    c.brier = sq / double(n);
    c.curve = RankingMetrics::compute(cv, y, {}).calibration;
    return c;
}

// ---- AccountVerdict ---------------------------------------------------------

QString AccountVerdict::kindText() const
{
    switch (kind) {
    case Kind::Score:
        return tr("uncalibrated score");
    case Kind::CalibratedProbability:
        return tr("calibrated probability");
    case Kind::NotScored:
        break;
    }
    return tr("not scored");
}

QString AccountVerdict::kindCode() const
{
    switch (kind) {
    case Kind::Score:
        return QStringLiteral("uncalibrated_score");
    case Kind::CalibratedProbability:
        return QStringLiteral("calibrated_probability");
    case Kind::NotScored:
        break;
    }
    return QStringLiteral("not_scored");
}

QString AccountVerdict::valueText() const
{
    switch (kind) {
    case Kind::Score:
        return tr("%1 / 100").arg(qRound(score));
    case Kind::CalibratedProbability:
        return QString::number(probability * 100, 'f', probability < 0.01 || probability > 0.99 ? 1 : 0)
            + QStringLiteral(" %");
    case Kind::NotScored:
        break;
    }
    return QString();
}

QString AccountVerdict::yardstick() const
{
    return calibrated() ? Yardstick::term(probability) : QString();
}

double AccountVerdict::sortKey() const
{
    if (calibrated())
        return probability;
    return std::isnan(score) ? -1 : score / 100;
}

// ---- ScorePresentation ------------------------------------------------------

ScorePresentation::ScorePresentation(
    const std::vector<Typology>& typologies, std::vector<TypologyCalibration> calibrations)
{
    for (TypologyCalibration& c : calibrations) {
        const auto t = std::find_if(
            typologies.begin(), typologies.end(), [&](const Typology& ty) { return ty.id == c.typology; });
        if (t == typologies.end())
            continue;
        const QString why = c.mismatch(*t);
        if (!why.isEmpty())
            m_notes << why;
        else
            m_usable.push_back(std::move(c));
    }
}

Result<ScorePresentation> ScorePresentation::load(store::Workspace& ws, const std::vector<Typology>& typologies)
{
    std::vector<TypologyCalibration> found;
    store::Statement& st = ws.cached("SELECT v.version, v.sha256, c.at, c.cases, c.clean, c.data FROM "
                                     "typology_calibrations c JOIN typology_versions v ON v.id = c.typology_version_id "
                                     "WHERE v.typology = ? ORDER BY c.id DESC LIMIT 1");
    for (const Typology& t : typologies) {
        st.bind(1, t.id);
        if (st.next()) {
            TypologyCalibration c;
            c.typology = t.id;
            c.version = int(st.int64(0));
            c.sha256 = st.text(1);
            c.at = st.text(2);
            c.cases = int(st.int64(3));
            c.clean = int(st.int64(4));
            const QJsonObject o = QJsonDocument::fromJson(st.text(5).toUtf8()).object();
            c.a = o.value(QLatin1String("a")).toDouble();
            c.b = o.value(QLatin1String("b")).toDouble(1);
            c.brier = o.value(QLatin1String("brier")).toDouble();
            for (const QJsonValue& v : o.value(QLatin1String("curve")).toArray()) {
                const QJsonArray b = v.toArray();
                c.curve.push_back({ b.at(0).toDouble(), b.at(1).toDouble(), b.at(2).toDouble(), b.at(3).toDouble(),
                    b.at(4).toInt() });
            }
            found.push_back(std::move(c));
        }
        st.reset();
    }
    return ScorePresentation(typologies, std::move(found));
}

Status ScorePresentation::save(store::Workspace& ws, const Typology& typology, const TypologyCalibration& c)
{
    auto version = ScoreRun::saveTypology(ws, typology);
    if (!version)
        return version.error();
    QJsonArray curve;
    for (const RankingMetrics::Bin& b : c.curve)
        curve.append(QJsonArray { b.lower, b.upper, b.meanPredicted, b.observedRate, b.count });
    const QJsonObject data { { QStringLiteral("a"), c.a }, { QStringLiteral("b"), c.b },
        { QStringLiteral("brier"), c.brier }, { QStringLiteral("curve"), curve } };
    store::Statement& ins = ws.cached("INSERT INTO typology_calibrations(typology_version_id, at, by, cases, clean, "
                                      "data) VALUES(?,?,?,?,?,?)");
    ins.bind(1, version.value())
        .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(3, store::AuditLog::currentUser())
        .bind(4, c.cases)
        .bind(5, c.clean)
        .bind(6, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    if (Status st = ins.exec(); !st)
        return st;
    return ws.audit().append(QStringLiteral("typology.calibrate"),
        QStringLiteral("typology_calibrations/%1").arg(ws.lastInsertId()),
        QStringLiteral("%1 version %2: %3 cases, %4 clean, Brier %5")
            .arg(typology.id)
            .arg(typology.version)
            .arg(c.cases)
            .arg(c.clean)
            .arg(c.brier, 0, 'f', 4));
}

const TypologyCalibration* ScorePresentation::calibration(const QString& typology) const
{
    for (const TypologyCalibration& c : m_usable) {
        if (c.typology == typology)
            return &c;
    }
    return nullptr;
}

AccountVerdict ScorePresentation::verdict(double modelOutput, const QString& leading, double leadingLogOdds) const
{
    AccountVerdict v;
    v.typology = leading;
    if (std::isnan(modelOutput))
        return v;
    v.kind = AccountVerdict::Kind::Score;
    v.score = std::clamp(modelOutput, 0.0, 1.0) * 100;
    if (const TypologyCalibration* c = calibration(leading); c && std::isfinite(leadingLogOdds)) {
        v.kind = AccountVerdict::Kind::CalibratedProbability;
        v.probability = c->probability(leadingLogOdds);
        v.reliability = c->reliabilityText();
    } else {
        v.reliability = tr("expert weights, not calibrated on labelled accounts for this typology version");
    }
    return v;
}

AccountVerdict ScorePresentation::verdict(const AccountScore& s, const Scorer& scorer) const
{
    if (!s.scored || s.leading < 0)
        return verdict(std::numeric_limits<double>::quiet_NaN(), QString(), 0);
    const TypologyScore& t = s.typologies[size_t(s.leading)];
    return verdict(s.probability, scorer.typologies()[size_t(t.typology)].id, t.logOdds);
}

QString ScorePresentation::valueHeader() const
{
    if (m_usable.empty())
        return tr("Score (uncalibrated, 0–100)");
    return tr("Score or calibrated probability");
}

QString ScorePresentation::caption() const
{
    if (m_usable.empty())
        return tr("Values are uncalibrated scores from expert weights (0–100, for ranking): they are not "
                  "probabilities and carry no yardstick term.");
    QStringList ids;
    for (const TypologyCalibration& c : m_usable)
        ids << c.typology;
    return tr("Accounts led by %1 show a probability calibrated on labelled accounts, with its reliability; the "
              "others show uncalibrated scores (0–100, for ranking), which are not probabilities.")
        .arg(ids.join(QStringLiteral(", ")));
}

QString ScorePresentation::plainSentence(const AccountScore& s, const Scorer& scorer)
{
    if (!s.scored || s.leading < 0)
        return tr("Not scored: %1.").arg(s.notScoredReason);
    const TypologyScore& t = s.typologies[size_t(s.leading)];
    const Typology& ty = scorer.typologies()[size_t(t.typology)];
    const auto& defs = scorer.library().definitions();
    const Contribution* strongest = nullptr;
    for (const Contribution& c : t.contributions) {
        if (c.outcome == Outcome::Hit && (!strongest || c.logOdds > strongest->logOdds))
            strongest = &c;
    }
    const int total = int(t.contributions.size());
    QString out;
    if (!strongest) {
        out = tr("None of the %1 red flags of %2 fired").arg(total).arg(ty.name);
    } else {
        const IndicatorDefinition& d = defs[size_t(strongest->indicator)];
        out = tr("%1 of the %2 red flags of %3, strongest: %4 (%5 %6)")
                  .arg(t.hits)
                  .arg(total)
                  .arg(ty.name, d.title)
                  .arg(QString::number(strongest->value, 'g', 3), d.valueUnit);
    }
    if (t.notAssessable)
        out += QCoreApplication::translate("ScorePresentation", "; %n could not be assessed", "", t.notAssessable);
    return out + QLatin1Char('.');
}

QString ScorePresentation::explain(const AccountScore& s, const Scorer& scorer) const
{
    QString out = plainSentence(s, scorer) + QLatin1Char('\n');
    const AccountVerdict v = verdict(s, scorer);
    if (v.kind != AccountVerdict::Kind::NotScored) {
        out += v.calibrated()
            ? tr("Calibrated probability %1 (%2, %3); %4.")
                  .arg(v.valueText(), v.yardstick(), Yardstick::range(v.probability), v.reliability)
            : tr("Uncalibrated score %1 (for ranking, not a probability: %2).").arg(v.valueText(), v.reliability);
        out += QLatin1Char('\n');
        if (const TypologyCalibration* c = v.calibrated() ? calibration(v.typology) : nullptr)
            out += c->curveText();
    }
    return out + QLatin1Char('\n') + scorer.explain(s);
}

} // namespace waymark::finance
