#include "icd203.h"

#include "core/yardstick.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace waymark::reports {

const QStringList& Icd203::likelihoodTerms()
{
    static const QStringList t = [] {
        QStringList out;
        for (const YardstickTerm& y : Yardstick::terms(ProbabilityScale::Icd203))
            out << y.term;
        return out;
    }();
    return t;
}

const QStringList& Icd203::probabilityTerms()
{
    static const QStringList t = [] {
        QStringList out;
        for (const YardstickTerm& y : Yardstick::terms(ProbabilityScale::Icd203))
            out << y.synonyms.first();
        return out;
    }();
    return t;
}

namespace {

struct Hit {
    int start, length, row; ///< row 1 or 2; 0 for a confidence level
};

bool wordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('\'');
}

/// Whole-word matches of the phrases in text[from, to), longest phrase first,
/// each span claimed once ("very unlikely" is not also "unlikely").
void find(const QString& text, int from, int to, const QStringList& phrases, int row, std::vector<Hit>& hits)
{
    for (const QString& p : phrases) {
        int at = from;
        while ((at = int(text.indexOf(p, at, Qt::CaseInsensitive))) >= 0 && at + p.size() <= to) {
            const int end = at + int(p.size());
            const bool whole
                = (at == 0 || !wordChar(text.at(at - 1))) && (end >= text.size() || !wordChar(text.at(end)));
            const bool claimed = std::any_of(
                hits.begin(), hits.end(), [&](const Hit& h) { return at < h.start + h.length && h.start < end; });
            if (whole && !claimed)
                hits.push_back({ at, int(p.size()), row });
            at = end;
        }
    }
}

void checkSentence(const QString& text, int from, int to, std::vector<Finding>& out)
{
    static const QRegularExpression confidence(
        QStringLiteral("\\b(?:(?:high|moderate|low)(?:\\s+level\\s+of)?\\s+confidence|confidence\\s+(?:is\\s+)?(?:high|"
                       "moderate|low))\\b"),
        QRegularExpression::CaseInsensitiveOption);
    std::vector<Hit> hits;
    auto it = confidence.globalMatch(text.mid(from, to - from));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        hits.push_back({ from + int(m.capturedStart(0)), int(m.capturedLength(0)), 0 });
    }
    // Longest first across both rows.
    QStringList all = Icd203::likelihoodTerms() + Icd203::probabilityTerms();
    std::stable_sort(all.begin(), all.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& p : all)
        find(text, from, to, { p }, Icd203::likelihoodTerms().contains(p) ? 1 : 2, hits);
    const auto first
        = [&](int row) { return std::find_if(hits.begin(), hits.end(), [row](const Hit& h) { return h.row == row; }); };
    const auto conf = first(0), one = first(1), two = first(2);
    if (one != hits.end() && two != hits.end()) {
        const Hit& h = two->start > one->start ? *two : *one;
        Finding f;
        f.rule = QStringLiteral("icd203-mixed-rows");
        f.start = h.start;
        f.length = h.length;
        f.text = text.mid(h.start, h.length);
        f.message = QCoreApplication::translate(
            "ReportChecker", "ICD 203: “%1” and “%2” come from its two different rows of terms; keep to one row.")
                        .arg(text.mid(one->start, one->length), text.mid(two->start, two->length));
        out.push_back(f);
    }
    if (conf != hits.end() && (one != hits.end() || two != hits.end())) {
        const Hit& term = one != hits.end() ? *one : *two;
        Finding f;
        f.rule = QStringLiteral("icd203-confidence-with-likelihood");
        f.start = conf->start;
        f.length = conf->length;
        f.text = text.mid(conf->start, conf->length);
        f.message = QCoreApplication::translate("ReportChecker",
            "ICD 203: “%1” and the likelihood term “%2” share a sentence; state confidence in a sentence of its own.")
                        .arg(f.text, text.mid(term.start, term.length));
        out.push_back(f);
    }
}

} // namespace

std::vector<Finding> Icd203::checkText(const QString& text)
{
    std::vector<Finding> out;
    static const QRegularExpression end(QStringLiteral("[.!?;](?=\\s|$)|\\n|\\x{2029}"));
    int from = 0;
    auto it = end.globalMatch(text);
    while (it.hasNext()) {
        const int to = int(it.next().capturedEnd(0));
        checkSentence(text, from, to, out);
        from = to;
    }
    if (from < text.size())
        checkSentence(text, from, int(text.size()), out);
    return out;
}

} // namespace waymark::reports
