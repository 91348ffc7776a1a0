#include "reports/reportchecker.h"

#include <QGuiApplication>
#include <QtTest>

using namespace waymark::reports;

class TestReportChecker : public QObject {
    Q_OBJECT

    static QStringList rulesOf(const std::vector<Finding>& fs)
    {
        QStringList r;
        for (const Finding& f : fs)
            r << f.rule + QLatin1Char(':') + f.text;
        return r;
    }

private Q_SLOTS:
    void textRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        // Vague words with no probability in the sentence.
        QTest::newRow("could") << "The ring could expand into Italy." << QStringList { "vague-word:could" };
        QTest::newRow("may") << "Victims may be moved by coach." << QStringList { "vague-word:may" };
        QTest::newRow("might") << "The broker might be a relative." << QStringList { "vague-word:might" };
        QTest::newRow("possibly") << "Possibly the same network." << QStringList { "vague-word:Possibly" };
        QTest::newRow("perhaps, appears, suggests")
            << "Perhaps it appears so; the data suggests growth."
            << QStringList { "vague-word:Perhaps", "vague-word:appears", "vague-word:suggests" };
        QTest::newRow("vague word in a sentence with a term") << "It is likely that the ring could expand." << none;
        QTest::newRow("May the month") << "Arrivals rose in May 2024 and on 3 May." << none;
        QTest::newRow("mayor is not may") << "The mayor's office reported it." << none;
        QTest::newRow("two sentences") << "It is likely. It could grow." << QStringList { "vague-word:could" };
        // Probability words not on the yardstick.
        QTest::newRow("very likely") << "It is very likely to continue." << QStringList { "off-yardstick:very likely" };
        // PHIA 2025 prints "likely or probable": probable is on the yardstick.
        QTest::newRow("probable") << "A probable link to Albania." << QStringList {};
        QTest::newRow("certainly") << "The broker is certainly involved." << QStringList { "off-yardstick:certainly" };
        QTest::newRow("even chance") << "There is a roughly even chance."
                                     << QStringList { "off-yardstick:roughly even chance" };
        QTest::newRow("yardstick terms are fine")
            << "A remote chance; highly unlikely; unlikely; a realistic possibility; likely; probably; highly likely; "
               "almost certain; almost certainly."
            << none;
        // Percentages beside a term.
        QTest::newRow("60 % highly likely")
            << "It is highly likely (60 %) that the route grows." << QStringList { "percent-out-of-range:60 %" };
        QTest::newRow("85 % highly likely") << "It is highly likely (85 %) that the route grows." << none;
        QTest::newRow("percent before term")
            << "A 30% realistic possibility." << QStringList { "percent-out-of-range:30%" };
        QTest::newRow("unlikely 30 per cent") << "It is unlikely (30 per cent) to stop." << none;
        QTest::newRow("statistic far from a term")
            << "It is likely that the corridor, which carried most of the traffic last year, carries 40% of it."
            << none;
        QTest::newRow("statistic without a term") << "Women were 40% of the victims." << none;
    }

    void textRules()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto found = ReportChecker::checkText(text);
        QCOMPARE(rulesOf(found), expected);
        for (const Finding& f : found)
            QCOMPARE(text.mid(f.start, f.length), f.text);
    }

    void icd203KeepsItsRowsAndConfidenceApart()
    {
        ReportDocument d;
        d.probabilityStandard = QStringLiteral("icd203");
        KeyJudgement k;
        k.term = QStringLiteral("likely");
        k.statement = QStringLiteral("It is very likely that the ring moves money abroad.");
        d.judgements.push_back(k);
        k.statement = QStringLiteral("It is very likely, and highly probable, that the ring recruits online.");
        d.judgements.push_back(k);
        k.statement = QStringLiteral("We assess with high confidence that it is likely the ring uses hotels.");
        d.judgements.push_back(k);
        k.statement = QStringLiteral("We have moderate confidence in this assessment.");
        d.judgements.push_back(k);
        auto rules = [&](int j) {
            QStringList out;
            for (const Finding& f : ReportChecker::check(d)) {
                // ICD 203's own terms are not off its yardstick.
                if (f.judgement == j
                    && (f.rule.startsWith(QLatin1String("icd203")) || f.rule == QLatin1String("off-yardstick")))
                    out << f.rule;
            }
            return out;
        };
        QCOMPARE(rules(0), QStringList());
        QCOMPARE(rules(1), QStringList { QStringLiteral("icd203-mixed-rows") });
        QCOMPARE(rules(2), QStringList { QStringLiteral("icd203-confidence-with-likelihood") });
        QCOMPARE(rules(3), QStringList());
        // Under PHIA (the default) these rules do not run; "very likely" is off its yardstick.
        d.probabilityStandard = QStringLiteral("phia");
        bool offYardstick = false;
        for (const Finding& f : ReportChecker::check(d)) {
            QVERIFY(!f.rule.startsWith(QLatin1String("icd203")));
            offYardstick |= f.rule == QLatin1String("off-yardstick") && f.judgement == 0;
        }
        QVERIFY(offYardstick);
        // The standard is kept with the report.
        d.probabilityStandard = QStringLiteral("icd203");
        auto back = ReportDocument::fromJson(d.toJson());
        QVERIFY(back);
        QCOMPARE(back->probabilityStandard, QStringLiteral("icd203"));
        QCOMPARE(ReportDocument::fromJson(ReportDocument().toJson())->probabilityStandard, QStringLiteral("phia"));
    }

    void icd203TermsAreItsScale()
    {
        ReportDocument d;
        d.probabilityStandard = QStringLiteral("icd203");
        KeyJudgement k;
        Evidence e;
        e.key = QStringLiteral("INC-1");
        k.evidence.push_back(e);
        k.term = QStringLiteral("very likely");
        k.statement = QStringLiteral("It is very likely that the ring moves money abroad, though it may stop.");
        d.judgements.push_back(k);
        k.term = QStringLiteral("highly likely"); // PHIA's term, not ICD 203's
        k.statement = QStringLiteral("It is highly likely that the ring recruits online.");
        d.judgements.push_back(k);
        k.term = QStringLiteral("likely");
        k.statement = QStringLiteral("It is likely (78 %) that the ring uses hotels.");
        d.judgements.push_back(k);
        auto rules = [](const ReportDocument& doc, int j) {
            QStringList out;
            for (const Finding& f : ReportChecker::check(doc))
                if (f.judgement == j)
                    out << f.rule;
            return out;
        };
        // Its own term states a probability: no vague word, no missing term.
        QCOMPARE(rules(d, 0), QStringList());
        // PHIA's words are off ICD 203's scale, in the text and as the term.
        QCOMPARE(rules(d, 1), (QStringList { QStringLiteral("off-yardstick"), QStringLiteral("no-probability") }));
        // …and "likely" inside "highly likely" is not read as a term of its own.
        d.judgements[1].term = QStringLiteral("very likely");
        QCOMPARE(rules(d, 1), QStringList { QStringLiteral("off-yardstick") });
        d.judgements[1].term = QStringLiteral("highly likely");
        // 78 % lies in ICD 203's likely (55–80 %), not in PHIA's (≈ 55–75 %).
        QCOMPARE(rules(d, 2), QStringList());
        d.probabilityStandard = QStringLiteral("phia");
        QCOMPARE(rules(d, 2), QStringList { QStringLiteral("percent-out-of-range") });
        QCOMPARE(rules(d, 0),
            (QStringList {
                QStringLiteral("off-yardstick"), QStringLiteral("vague-word"), QStringLiteral("no-probability") }));
        // A second-row word under a first-row term is the other band's wording.
        d.probabilityStandard = QStringLiteral("icd203");
        d.judgements[2].statement = QStringLiteral("It is highly probable that the ring uses hotels.");
        QCOMPARE(rules(d, 2), QStringList { QStringLiteral("term-mismatch") });
    }

    void judgementRules()
    {
        ReportDocument d;
        KeyJudgement ok;
        ok.statement = QStringLiteral("It is highly likely that the route remains the main corridor.");
        ok.term = QStringLiteral("highly likely");
        Evidence good;
        good.key = QStringLiteral("INC-1");
        good.gradingScheme = QStringLiteral("uk_3x5x2");
        good.sourceGrade = QStringLiteral("1");
        good.infoGrade = QStringLiteral("A");
        ok.evidence.push_back(good);
        d.judgements.push_back(ok);

        KeyJudgement bare = ok; // no evidence, no term
        bare.term.clear();
        bare.evidence.clear();
        d.judgements.push_back(bare);

        KeyJudgement weak = ok; // 3x5x2 grade 3/E and a 5x5x5 D, one with a caveat
        weak.term = QStringLiteral("likely");
        weak.statement = QStringLiteral("It is likely that the front business launders the proceeds.");
        Evidence e1 = good;
        e1.key = QStringLiteral("INC-2");
        e1.infoGrade = QStringLiteral("E");
        Evidence e2 = good;
        e2.key = QStringLiteral("INC-3");
        e2.gradingScheme = QStringLiteral("uk_5x5x5");
        e2.sourceGrade = QStringLiteral("D");
        e2.infoGrade = QStringLiteral("2");
        e2.caveat = QStringLiteral("Single report; treated as lead only.");
        Evidence e3 = good;
        e3.key = QStringLiteral("INC-4");
        e3.missing = true;
        weak.evidence = { e1, e2, e3 };
        d.judgements.push_back(weak);

        KeyJudgement mismatch = ok; // says "unlikely", graded "highly likely"
        mismatch.statement = QStringLiteral("It is unlikely that the ring stops.");
        d.judgements.push_back(mismatch);

        d.sections.push_back({ QStringLiteral("assessment"), QStringLiteral("Assessment"),
            QStringLiteral("<p>Fine text.</p><p>The hub <b>could</b> move.</p>") });

        const auto found = ReportChecker::check(d);
        QStringList got;
        for (const Finding& f : found)
            got << f.where() + QLatin1Char(' ') + f.rule + QLatin1Char(':') + f.text;
        const QStringList expected { "judgement 2 no-probability:", "judgement 2 no-evidence:",
            "judgement 3 weak-evidence:INC-2", "judgement 3 missing-evidence:INC-4",
            "judgement 4 term-mismatch:unlikely", "section assessment vague-word:could" };
        QCOMPARE(got, expected);
        // The section's range is in the plain text an editor shows.
        const Finding& s = found.back();
        QCOMPARE(ReportDocument::plainText(d.sections[0].html).mid(s.start, s.length), QStringLiteral("could"));

        // A dismissal with a reason sticks to its finding.
        d.dismissals.push_back({ QStringLiteral("vague-word"), QStringLiteral("section assessment"),
            QStringLiteral("could"), QStringLiteral("Quoting the source verbatim."), {}, {} });
        const auto again = ReportChecker::check(d);
        QVERIFY(again.back().dismissed);
        QCOMPARE(again.back().dismissReason, QStringLiteral("Quoting the source verbatim."));
        QVERIFY(!again.front().dismissed);
    }
};

QTEST_MAIN(TestReportChecker)
#include "tst_reportchecker.moc"
