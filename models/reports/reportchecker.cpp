#include "reportchecker.h"

#include "core/yardstick.h"
#include "reports/icd203.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace waymark::reports {

namespace {

struct Phrase {
    QString words;
    bool onYardstick;
    QString term; ///< the yardstick term it stands for
};

std::vector<Phrase> makePhrases(ProbabilityScale scale)
{
    std::vector<Phrase> v;
    QStringList on;
    for (const YardstickTerm& t : Yardstick::terms(scale)) {
        v.push_back({ t.term, true, t.term });
        on << t.term;
        for (const QString& synonym : t.synonyms) {
            v.push_back({ synonym, true, t.term });
            on << synonym;
        }
    }
    if (scale == ProbabilityScale::Phia)
        v.push_back({ QStringLiteral("almost certainly"), true, QStringLiteral("almost certain") });
    // Probability language from the other scale or everyday speech.
    QStringList off;
    const ProbabilityScale other = scale == ProbabilityScale::Phia ? ProbabilityScale::Icd203 : ProbabilityScale::Phia;
    for (const YardstickTerm& t : Yardstick::terms(other))
        off << t.term << t.synonyms;
    for (const char* w : { "very likely", "very unlikely", "almost no chance", "roughly even chance", "even chance",
             "fifty-fifty", "improbable", "highly probable", "certain", "certainly", "definitely", "doubtful",
             "extremely likely", "extremely unlikely", "fairly likely", "quite likely", "somewhat likely",
             "most likely", "more likely than not", "not likely", "good chance", "strong possibility",
             "real possibility", "distinct possibility", "slight chance", "small chance", "unlikely but possible",
             "conceivable", "conceivably", "presumably" })
        off << QLatin1String(w);
    off.removeDuplicates();
    for (const QString& w : off) {
        if (!on.contains(w, Qt::CaseInsensitive))
            v.push_back({ w, false, {} });
    }
    std::stable_sort(
        v.begin(), v.end(), [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
    return v;
}

/// The phrases of a scale, longest first.
const std::vector<Phrase>& phrases(ProbabilityScale scale)
{
    static const std::vector<Phrase> phia = makePhrases(ProbabilityScale::Phia);
    static const std::vector<Phrase> icd203 = makePhrases(ProbabilityScale::Icd203);
    return scale == ProbabilityScale::Icd203 ? icd203 : phia;
}

const QStringList& vagueWords()
{
    static const QStringList w { QStringLiteral("may"), QStringLiteral("might"), QStringLiteral("could"),
        QStringLiteral("possibly"), QStringLiteral("perhaps"), QStringLiteral("appears"), QStringLiteral("appear"),
        QStringLiteral("suggests"), QStringLiteral("suggest"), QStringLiteral("seems"), QStringLiteral("seem"),
        QStringLiteral("maybe") };
    return w;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('\'');
}

/// Whole-word, case-insensitive occurrences of `needle` in text[from, to).
std::vector<int> occurrences(const QString& text, const QString& needle, int from, int to)
{
    std::vector<int> out;
    int at = from;
    while ((at = int(text.indexOf(needle, at, Qt::CaseInsensitive))) >= 0 && at + needle.size() <= to) {
        const bool startOk = at == 0 || !isWordChar(text.at(at - 1));
        const int end = at + int(needle.size());
        const bool endOk = end >= text.size() || !isWordChar(text.at(end));
        if (startOk && endOk)
            out.push_back(at);
        at = end;
    }
    return out;
}

struct Match {
    int start;
    int length;
    const Phrase* phrase;
};

void checkSentence(const QString& text, int from, int to, ProbabilityScale scale, std::vector<Finding>& out)
{
    // Probability phrases, longest first, each span claimed once, so
    // "highly unlikely" is not also "unlikely" and "very likely" not "likely".
    std::vector<Match> matches;
    std::vector<bool> claimed(size_t(to - from), false);
    for (const Phrase& p : phrases(scale)) {
        for (int at : occurrences(text, p.words, from, to)) {
            const int len = int(p.words.size());
            if (std::any_of(
                    claimed.begin() + (at - from), claimed.begin() + (at - from + len), [](bool b) { return b; }))
                continue;
            std::fill(claimed.begin() + (at - from), claimed.begin() + (at - from + len), true);
            matches.push_back({ at, len, &p });
        }
    }
    bool hasProbability = false;
    for (const Match& m : matches) {
        if (m.phrase->onYardstick) {
            hasProbability = true;
            continue;
        }
        Finding f;
        f.rule = QStringLiteral("off-yardstick");
        f.start = m.start;
        f.length = m.length;
        f.text = text.mid(m.start, m.length);
        f.message = QCoreApplication::translate("ReportChecker",
            "“%1” is not on the probability scale of this report (%2): use one of its terms (%3 … %4).")
                        .arg(f.text, Yardstick::scaleName(scale), Yardstick::terms(scale).front().term,
                            Yardstick::terms(scale).back().term);
        out.push_back(f);
    }
    if (!hasProbability) {
        for (const QString& w : vagueWords()) {
            for (int at : occurrences(text, w, from, to)) {
                // "May 2024", "2 May": the month, not the verb.
                if (w == QLatin1String("may") && text.at(at) == QLatin1Char('M')) {
                    static const QRegularExpression monthAfter(QStringLiteral("^May\\s+\\d"));
                    static const QRegularExpression monthBefore(QStringLiteral("\\d\\s+$"));
                    if (monthAfter.match(text.mid(at, 8)).hasMatch()
                        || monthBefore.match(text.mid(std::max(from, at - 4), at - std::max(from, at - 4))).hasMatch())
                        continue;
                }
                Finding f;
                f.rule = QStringLiteral("vague-word");
                f.start = at;
                f.length = int(w.size());
                f.text = text.mid(at, w.size());
                f.message = QCoreApplication::translate(
                    "ReportChecker", "“%1” carries no probability: state how likely, with a yardstick term.")
                                .arg(f.text);
                out.push_back(f);
            }
        }
    }
    // Percentages next to a yardstick term must sit in its band.
    static const QRegularExpression percent(QStringLiteral("(\\d{1,3}(?:[.,]\\d+)?)\\s?(?:%|per\\s?cent|percent)"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = percent.globalMatch(text.mid(from, to - from));
    while (it.hasNext()) {
        const QRegularExpressionMatch pm = it.next();
        const int pStart = from + int(pm.capturedStart(0));
        const int pEnd = from + int(pm.capturedEnd(0));
        const Match* nearest = nullptr;
        int best = 1 << 30;
        for (const Match& m : matches) {
            if (!m.phrase->onYardstick)
                continue;
            const int gap = pStart >= m.start + m.length ? pStart - (m.start + m.length) : m.start - pEnd;
            if (gap >= 0 && gap < best) {
                best = gap;
                nearest = &m;
            }
        }
        if (!nearest || best > 20)
            continue;
        const YardstickTerm* term = Yardstick::find(nearest->phrase->term, scale);
        const double value = pm.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        if (value >= term->low && value <= term->high)
            continue;
        Finding f;
        f.rule = QStringLiteral("percent-out-of-range");
        f.start = pStart;
        f.length = pEnd - pStart;
        f.text = text.mid(pStart, pEnd - pStart);
        f.message = QCoreApplication::translate("ReportChecker", "%1 is outside “%2” (%3).")
                        .arg(f.text, term->term, Yardstick::rangeText(*term));
        out.push_back(f);
    }
}

} // namespace

QString Finding::where() const
{
    if (judgement >= 0)
        return QStringLiteral("judgement %1").arg(judgement + 1);
    if (figure >= 0)
        return QStringLiteral("figure %1").arg(figure + 1);
    return QStringLiteral("section %1").arg(section);
}

std::vector<Finding> ReportChecker::checkText(const QString& text, ProbabilityScale scale)
{
    std::vector<Finding> out;
    int from = 0;
    static const QRegularExpression end(QStringLiteral("[.!?;](?=\\s|$)|\\n|\\x{2029}"));
    auto it = end.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int to = int(m.capturedEnd(0));
        checkSentence(text, from, to, scale, out);
        from = to;
    }
    if (from < text.size())
        checkSentence(text, from, int(text.size()), scale, out);
    std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
    return out;
}

std::vector<Finding> ReportChecker::check(const ReportDocument& doc)
{
    std::vector<Finding> out;
    const ProbabilityScale scale = Yardstick::scaleOf(doc.probabilityStandard);
    for (size_t j = 0; j < doc.judgements.size(); ++j) {
        const KeyJudgement& k = doc.judgements[j];
        auto add = [&](Finding f) {
            f.judgement = int(j);
            out.push_back(std::move(f));
        };
        for (Finding& f : checkText(k.statement, scale))
            add(std::move(f));
        const YardstickTerm* term = Yardstick::find(k.term, scale);
        const int whole = int(k.statement.size());
        if (!term) {
            Finding f;
            f.rule = QStringLiteral("no-probability");
            f.length = whole;
            f.text = k.term;
            f.message = k.term.isEmpty()
                ? QCoreApplication::translate("ReportChecker", "The judgement has no yardstick probability.")
                : QCoreApplication::translate(
                    "ReportChecker", "“%1” is not a term of this report's probability scale (%2).")
                      .arg(k.term, Yardstick::scaleName(scale));
            add(f);
        } else {
            // Every wording of the other bands, so "highly probable" under a
            // judgement graded "likely" is found as well as "very likely".
            QStringList words;
            for (const YardstickTerm& other : Yardstick::terms(scale)) {
                if (other.low != term->low)
                    words << other.term << other.synonyms;
            }
            // Every probability phrase, on the scale or off it: "likely" inside
            // "highly likely" is that phrase's, flagged as off the scale.
            QStringList all;
            for (const Phrase& p : phrases(scale))
                all << p.words;
            for (const QString& w : words) {
                for (int at : occurrences(k.statement, w, 0, whole)) {
                    // "highly likely" holds "likely": only a term not inside a longer one counts.
                    bool inside = false;
                    for (const QString& longer : all) {
                        if (longer.size() > w.size() && longer.endsWith(w, Qt::CaseInsensitive)) {
                            const int s = at - int(longer.size() - w.size());
                            inside |= s >= 0
                                && k.statement.mid(s, longer.size()).compare(longer, Qt::CaseInsensitive) == 0;
                        }
                    }
                    if (inside)
                        continue;
                    Finding f;
                    f.rule = QStringLiteral("term-mismatch");
                    f.start = at;
                    f.length = int(w.size());
                    f.text = k.statement.mid(at, w.size());
                    f.message = QCoreApplication::translate(
                        "ReportChecker", "The statement says “%1” but the judgement is graded “%2”.")
                                    .arg(f.text, term->term);
                    add(f);
                }
            }
        }
        if (k.evidence.empty()) {
            Finding f;
            f.rule = QStringLiteral("no-evidence");
            f.length = whole;
            f.message = QCoreApplication::translate("ReportChecker", "The judgement cites no evidence.");
            add(f);
        }
        for (const Evidence& e : k.evidence) {
            if (e.missing) {
                Finding f;
                f.rule = QStringLiteral("missing-evidence");
                f.length = whole;
                f.text = e.key;
                f.message = QCoreApplication::translate("ReportChecker",
                    "%1 %2 is no longer in the workspace (deleted by a later import); the judgement rests "
                    "on evidence that cannot be checked.")
                                .arg(Evidence::kindName(e.kind), e.key);
                add(f);
            } else if (e.isWeak() && e.caveat.trimmed().isEmpty()) {
                Finding f;
                f.rule = QStringLiteral("weak-evidence");
                f.length = whole;
                f.text = e.key;
                f.message = QCoreApplication::translate("ReportChecker",
                    "%1 %2 is graded %3 (unreliable or suspected false) and is cited without a caveat.")
                                .arg(Evidence::kindName(e.kind), e.key, e.gradeText());
                add(f);
            }
        }
    }
    for (const Section& s : doc.sections) {
        for (Finding& f : checkText(ReportDocument::plainText(s.html), scale)) {
            f.section = s.key;
            out.push_back(std::move(f));
        }
    }
    for (size_t i = 0; i < doc.figures.size(); ++i) {
        if (!doc.figures[i].stale)
            continue;
        Finding f;
        f.rule = QStringLiteral("stale-figure");
        f.figure = int(i);
        f.text = doc.figures[i].fingerprint;
        f.message = QCoreApplication::translate(
            "ReportChecker", "Figure %1 (%2) was drawn from the data as of %3, which has changed since: refresh it.")
                        .arg(i + 1)
                        .arg(doc.figures[i].caption, doc.figures[i].dataDate);
        out.push_back(std::move(f));
    }
    if (scale == ProbabilityScale::Icd203) {
        // Its own two rules, besides the scale's terms.
        for (size_t j = 0; j < doc.judgements.size(); ++j) {
            for (Finding& f : Icd203::checkText(doc.judgements[j].statement)) {
                f.judgement = int(j);
                out.push_back(std::move(f));
            }
        }
        for (const Section& s : doc.sections) {
            for (Finding& f : Icd203::checkText(ReportDocument::plainText(s.html))) {
                f.section = s.key;
                out.push_back(std::move(f));
            }
        }
    }
    for (Finding& f : out) {
        for (const Dismissal& d : doc.dismissals) {
            if (d.rule == f.rule && d.where == f.where() && d.text == f.text) {
                f.dismissed = true;
                f.dismissReason = d.reason;
            }
        }
    }
    return out;
}

} // namespace waymark::reports
