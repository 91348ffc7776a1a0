#include "analysis/analysiscontext.h"
#include "reports/reportsession.h"
#include "reports/reportstore.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace waymark;
using reports::Evidence;
using reports::ReportSession;
using Field = reports::ReportSession::Field;
using Header = reports::ReportSession::Header;
using Item = reports::EvidenceMime::Item;

namespace {

QStringList statements(const reports::ReportDocument& doc)
{
    QStringList out;
    for (const auto& j : doc.judgements)
        out << j.statement;
    return out;
}

QStringList keys(const std::vector<Evidence>& evidence)
{
    QStringList out;
    for (const auto& e : evidence)
        out << e.key;
    return out;
}

QByteArray png(QColor colour)
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool hasFinding(const std::vector<reports::Finding>& findings, const char* rule, const QString& text = {})
{
    return std::any_of(findings.begin(), findings.end(), [&](const reports::Finding& f) {
        return f.rule == QLatin1String(rule) && (text.isEmpty() || f.text == text) && !f.dismissed;
    });
}

} // namespace

/// The report session on a real workspace: every kind of edit done, undone
/// and redone, in the document and in the stored report; typing merged into
/// one step; autosave; the checker after edits.
class TestReportSession : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    analysis::AnalysisContext m_context;
    QStringList m_incidents;

    /// The report as stored in the workspace (latest version).
    reports::ReportDocument stored(qint64 id)
    {
        auto doc = reports::ReportStore(*m_context.workspace()).load(id);
        if (!doc)
            qWarning() << doc.error().toString();
        return doc ? doc.value() : reports::ReportDocument();
    }

    /// A session on a new report with judgements stating `texts`.
    std::unique_ptr<ReportSession> started(const QStringList& texts)
    {
        auto s = std::make_unique<ReportSession>(&m_context);
        if (!s->newReport(reports::ReportDocument::Template::StandardKjr))
            return nullptr;
        for (const QString& t : texts) {
            s->addJudgement();
            s->setJudgementField(int(s->document().judgements.size()) - 1, Field::Statement, t);
        }
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), m_path, 300, 5));
        QVERIFY(m_context.openWorkspace(m_path));
        m_incidents = m_context.workspace()->strings(
            "SELECT incident_key FROM incidents WHERE incident_key IS NOT NULL ORDER BY id LIMIT 4");
        QCOMPARE(m_incidents.size(), 4);
    }

    void addMoveRemoveJudgements()
    {
        auto s = started({});
        QVERIFY(s);
        QSignalSpy added(s.get(), &ReportSession::judgementAdded);
        QSignalSpy moved(s.get(), &ReportSession::judgementMoved);
        QSignalSpy removed(s.get(), &ReportSession::judgementRemoved);
        QUndoStack* undo = s->undoStack();
        for (int i = 0; i < 3; ++i)
            s->addJudgement();
        QCOMPARE(added.count(), 3);
        QCOMPARE(added.last().at(0).toInt(), 2);
        QCOMPARE(undo->count(), 3);
        QCOMPARE(undo->undoText(), QStringLiteral("Add judgement"));
        s->setJudgementField(0, Field::Statement, QStringLiteral("A"));
        s->setJudgementField(1, Field::Statement, QStringLiteral("B"));
        s->setJudgementField(2, Field::Statement, QStringLiteral("C"));
        undo->undo(); // C's text
        undo->undo(); // B's text
        undo->undo(); // A's text
        undo->undo(); // the third judgement
        QCOMPARE(s->document().judgements.size(), size_t(2));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.last().at(0).toInt(), 2);
        for (int i = 0; i < 4; ++i)
            undo->redo();
        QCOMPARE(statements(s->document()), (QStringList { "A", "B", "C" }));

        // Move: the others close up; undo puts it back.
        s->moveJudgement(0, 2);
        QCOMPARE(statements(s->document()), (QStringList { "B", "C", "A" }));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.last().at(0).toInt(), 0);
        QCOMPARE(moved.last().at(1).toInt(), 2);
        undo->undo();
        QCOMPARE(statements(s->document()), (QStringList { "A", "B", "C" }));
        QCOMPARE(moved.last().at(0).toInt(), 2);
        QCOMPARE(moved.last().at(1).toInt(), 0);
        undo->redo();
        QCOMPARE(statements(s->document()), (QStringList { "B", "C", "A" }));
        const int steps = undo->count();
        s->moveJudgement(1, 1); // nothing to do: no step
        s->moveJudgement(0, 7);
        QCOMPARE(undo->count(), steps);

        // Delete, with its evidence; undo brings it back whole, in its place.
        QVERIFY(s->cite(1, { Item { Evidence::Kind::Incident, m_incidents[0] } }));
        s->removeJudgement(1);
        QCOMPARE(statements(s->document()), (QStringList { "B", "A" }));
        undo->undo();
        QCOMPARE(statements(s->document()), (QStringList { "B", "C", "A" }));
        QCOMPARE(keys(s->document().judgements[1].evidence), QStringList { m_incidents[0] });
        undo->redo();
        QCOMPARE(statements(s->document()), (QStringList { "B", "A" }));

        QVERIFY(s->save(QStringLiteral("two left")));
        QCOMPARE(statements(stored(s->reportId())), (QStringList { "B", "A" }));
        undo->undo();
        QVERIFY(s->save());
        const reports::ReportDocument back = stored(s->reportId());
        QCOMPARE(statements(back), (QStringList { "B", "C", "A" }));
        QCOMPARE(keys(back.judgements[1].evidence), QStringList { m_incidents[0] });
    }

    void typingInOneFieldIsOneStep()
    {
        auto s = started({});
        QVERIFY(s);
        s->addJudgement();
        QUndoStack* undo = s->undoStack();
        const int before = undo->count();
        QSignalSpy changed(s.get(), &ReportSession::judgementChanged);
        const QString text = QStringLiteral("The ring is likely to expand.");
        for (int n = 1; n <= text.size(); ++n)
            s->setJudgementField(0, Field::Statement, text.left(n));
        QCOMPARE(undo->count(), before + 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Edit statement"));
        QCOMPARE(changed.count(), int(text.size()));
        QCOMPARE(changed.last().at(0).toInt(), 0);
        // The rationale is another field: another step, merged in turn.
        s->setJudgementField(0, Field::Rationale, QStringLiteral("Two"));
        s->setJudgementField(0, Field::Rationale, QStringLiteral("Two sources"));
        QCOMPARE(undo->count(), before + 2);
        // Each choice of a term or a confidence is a step of its own.
        s->setJudgementField(0, Field::Term, QStringLiteral("likely"));
        s->setJudgementField(0, Field::Term, QStringLiteral("highly likely"));
        s->setJudgementField(0, Field::Confidence, QStringLiteral("moderate"));
        QCOMPARE(undo->count(), before + 5);
        s->setJudgementField(0, Field::Confidence, QStringLiteral("moderate")); // unchanged: no step
        QCOMPARE(undo->count(), before + 5);

        undo->undo();
        QCOMPARE(s->document().judgements[0].confidence, QString());
        undo->undo();
        QCOMPARE(s->document().judgements[0].term, QStringLiteral("likely"));
        undo->undo();
        QCOMPARE(s->document().judgements[0].term, QString());
        undo->undo();
        QCOMPARE(s->document().judgements[0].rationale, QString());
        undo->undo();
        QCOMPARE(s->document().judgements[0].statement, QStringLiteral("New judgement"));
        for (int i = 0; i < 5; ++i)
            undo->redo();
        const reports::KeyJudgement& j = s->document().judgements[0];
        QCOMPARE(j.statement, text);
        QCOMPARE(j.rationale, QStringLiteral("Two sources"));
        QCOMPARE(j.term, QStringLiteral("highly likely"));
        QCOMPARE(j.confidence, QStringLiteral("moderate"));

        // After a save, typing on is a new step.
        QVERIFY(s->save());
        s->setJudgementField(0, Field::Statement, text + QStringLiteral(" Soon."));
        QCOMPARE(undo->count(), before + 6);
        undo->undo();
        QCOMPARE(s->document().judgements[0].statement, text);

        // Header fields merge the same way, one field at a time.
        QSignalSpy header(s.get(), &ReportSession::headerChanged);
        const int steps = undo->index();
        s->setHeader(Header::Title, QStringLiteral("R"));
        s->setHeader(Header::Title, QStringLiteral("Routes"));
        s->setHeader(Header::Classification, QStringLiteral("TLP:AMBER"));
        s->setHeader(Header::Conditions, QStringLiteral("Partners only"));
        QCOMPARE(undo->index(), steps + 3);
        QCOMPARE(header.count(), 4);
        QCOMPARE(header.last().at(0).value<Header>(), Header::Conditions);
        QCOMPARE(s->document().marking.text(), QStringLiteral("TLP:AMBER — Partners only"));
        undo->undo();
        undo->undo();
        QCOMPARE(s->document().marking.classification, QStringLiteral("OFFICIAL-SENSITIVE"));
        QCOMPARE(s->document().title, QStringLiteral("Routes"));
        undo->undo();
        QCOMPARE(s->document().title, QStringLiteral("Key Judgement Report"));
        undo->redo();
        QVERIFY(s->save());
        const reports::ReportDocument back = stored(s->reportId());
        QCOMPARE(back.title, QStringLiteral("Routes"));
        QCOMPARE(back.judgements[0].statement, text);
        QCOMPARE(back.judgements[0].term, QStringLiteral("highly likely"));
    }

    void anEditMakesAGeneratedJudgementTheAnalysts()
    {
        reports::ReportDocument doc
            = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
        reports::KeyJudgement j;
        j.statement = QStringLiteral("Written by the starter draft.");
        j.generated = true;
        doc.judgements.push_back(j);
        auto id = reports::ReportStore(*m_context.workspace()).create(doc);
        QVERIFY(id);
        ReportSession s(&m_context);
        QVERIFY(s.open(id.value()));
        QVERIFY(s.document().judgements[0].generated);
        s.setJudgementField(0, Field::Term, QStringLiteral("likely"));
        QVERIFY(!s.document().judgements[0].generated);
        s.undoStack()->undo();
        QVERIFY(s.document().judgements[0].generated);
    }

    void citeAndRemoveCitations()
    {
        auto s = started({ QStringLiteral("One."), QStringLiteral("Two.") });
        QVERIFY(s);
        QUndoStack* undo = s->undoStack();
        QSignalSpy changed(s.get(), &ReportSession::judgementChanged);
        int added = 0;
        QVERIFY(s->cite(1,
            { Item { Evidence::Kind::Incident, m_incidents[0] }, Item { Evidence::Kind::Incident, m_incidents[1] },
                Item { Evidence::Kind::Incident, m_incidents[0] } },
            &added));
        QCOMPARE(added, 2);
        QCOMPARE(changed.last().at(0).toInt(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Cite evidence"));
        QCOMPARE(keys(s->document().judgements[1].evidence), (QStringList { m_incidents[0], m_incidents[1] }));
        QVERIFY(s->document().judgements[0].evidence.empty());
        QVERIFY(!s->document().judgements[1].evidence[0].sourceKey.isEmpty()); // looked up in the workspace

        // Already cited: nothing to do, no step. Unknown keys are named, the others cited.
        const int steps = undo->count();
        QVERIFY(s->cite(1, { Item { Evidence::Kind::Incident, m_incidents[1] } }, &added));
        QCOMPARE(added, 0);
        QCOMPARE(undo->count(), steps);
        const Status unknown = s->cite(1,
            { Item { Evidence::Kind::Account, QStringLiteral("NO-SUCH-ACCOUNT") },
                Item { Evidence::Kind::Incident, m_incidents[2] } });
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("NO-SUCH-ACCOUNT")));
        QCOMPARE(s->document().judgements[1].evidence.size(), size_t(3));
        QVERIFY(!s->cite(5, { Item { Evidence::Kind::Incident, m_incidents[3] } }));

        // The shared selection's incidents, by id.
        const QStringList ids = m_context.workspace()->strings(
            QStringLiteral("SELECT id FROM incidents WHERE incident_key = '%1'").arg(m_incidents[3]).toStdString());
        auto byId = s->citeIncidents(0, { ids.value(0).toLongLong(), 999999999 });
        QVERIFY(byId);
        QCOMPARE(byId.value(), 1);
        QCOMPARE(keys(s->document().judgements[0].evidence), QStringList { m_incidents[3] });

        // Remove a citation from the middle; undo puts it back in its place.
        s->removeCitation(1, 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Remove citation"));
        QCOMPARE(keys(s->document().judgements[1].evidence), (QStringList { m_incidents[0], m_incidents[2] }));
        undo->undo();
        QCOMPARE(keys(s->document().judgements[1].evidence),
            (QStringList { m_incidents[0], m_incidents[1], m_incidents[2] }));
        undo->redo();
        QVERIFY(s->save());
        QCOMPARE(keys(stored(s->reportId()).judgements[1].evidence), (QStringList { m_incidents[0], m_incidents[2] }));

        // Undo every citation: the stored report cites nothing.
        while (undo->canUndo() && undo->undoText() != QStringLiteral("Edit statement"))
            undo->undo();
        QVERIFY(s->document().judgements[0].evidence.empty());
        QVERIFY(s->document().judgements[1].evidence.empty());
        undo->redo();
        QCOMPARE(keys(s->document().judgements[1].evidence), (QStringList { m_incidents[0], m_incidents[1] }));
    }

    void insertRefreshCaptionAndRemoveFigures()
    {
        auto s = started({});
        QVERIFY(s);
        QUndoStack* undo = s->undoStack();
        QSignalSpy added(s.get(), &ReportSession::figureAdded);
        QSignalSpy changed(s.get(), &ReportSession::figureChanged);
        QSignalSpy removed(s.get(), &ReportSession::figureRemoved);
        reports::Figure map;
        map.kind = QStringLiteral("map");
        map.caption = QStringLiteral("Map of incidents");
        map.filter = QStringLiteral("All incidents");
        map.dataDate = QStringLiteral("2025-03-01");
        map.fingerprint = QStringLiteral("before");
        reports::Figure chart = map;
        chart.kind = QStringLiteral("chart");
        chart.caption = QStringLiteral("Citizenship");
        const QByteArray red = png(Qt::red);
        const QByteArray blue = png(Qt::blue);
        s->insertFigure(red, map);
        s->insertFigure(blue, chart);
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.last().at(0).toInt(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Insert figure"));
        const QString redSha = s->document().figures[0].imageSha;
        const QString blueSha = s->document().figures[1].imageSha;
        QVERIFY(!redSha.isEmpty() && redSha != blueSha);
        QCOMPARE(s->document().images.value(redSha), red);

        // Typing a caption is one step.
        const int steps = undo->count();
        s->setFigureCaption(0, QStringLiteral("Routes"));
        s->setFigureCaption(0, QStringLiteral("Routes into Italy"));
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(changed.last().at(0).toInt(), 0);
        undo->undo();
        QCOMPARE(s->document().figures[0].caption, QStringLiteral("Map of incidents"));
        undo->redo();
        QCOMPARE(s->document().figures[0].caption, QStringLiteral("Routes into Italy"));

        // Undoing an insert takes the figure and its image away; redo brings both.
        undo->undo();
        undo->undo();
        QCOMPARE(s->document().figures.size(), size_t(1));
        QVERIFY(!s->document().images.contains(blueSha));
        QCOMPARE(removed.last().at(0).toInt(), 1);
        undo->redo();
        undo->redo();
        QCOMPARE(s->document().figures.size(), size_t(2));
        QCOMPARE(s->document().images.value(blueSha), blue);
        QCOMPARE(s->document().figures[0].caption, QStringLiteral("Routes into Italy"));

        // Refresh: a new drawing in place, the caption kept by the caller.
        reports::Figure redrawn = s->document().figures[0];
        redrawn.fingerprint = QStringLiteral("after");
        const QByteArray green = png(Qt::green);
        s->refreshFigure(0, green, redrawn);
        QCOMPARE(undo->undoText(), QStringLiteral("Refresh figure"));
        QVERIFY(s->document().figures[0].imageSha != redSha);
        QCOMPARE(s->document().figures[0].fingerprint, QStringLiteral("after"));
        QCOMPARE(s->document().figures[0].caption, QStringLiteral("Routes into Italy"));
        QVERIFY(!s->document().images.contains(redSha));
        undo->undo();
        QCOMPARE(s->document().figures[0].imageSha, redSha);
        QCOMPARE(s->document().images.value(redSha), red);
        undo->redo();

        // Remove the first; undo puts it back first.
        s->removeFigure(0);
        QCOMPARE(s->document().figures.size(), size_t(1));
        QCOMPARE(s->document().figures[0].kind, QStringLiteral("chart"));
        undo->undo();
        QCOMPARE(s->document().figures[0].fingerprint, QStringLiteral("after"));
        QCOMPARE(s->document().figures[1].kind, QStringLiteral("chart"));
        undo->redo();
        QVERIFY(s->save());
        reports::ReportDocument back = stored(s->reportId());
        QCOMPARE(back.figures.size(), size_t(1));
        QCOMPARE(back.figures[0].imageSha, blueSha);
        QCOMPARE(back.images.value(blueSha), blue);
        undo->undo();
        QVERIFY(s->save());
        back = stored(s->reportId());
        QCOMPARE(back.figures.size(), size_t(2));
        QCOMPARE(back.figures[0].caption, QStringLiteral("Routes into Italy"));
        QCOMPARE(back.images.value(back.figures[0].imageSha), green);
    }

    void changingTheScaleMovesTermsInOneStep()
    {
        auto s = started({ QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") });
        QVERIFY(s);
        s->setJudgementField(0, Field::Term, QStringLiteral("highly likely"));
        s->setJudgementField(1, Field::Term, QStringLiteral("likely"));
        s->setJudgementField(2, Field::Term, QStringLiteral("remote chance"));
        QUndoStack* undo = s->undoStack();
        const int steps = undo->count();
        s->setHeader(Header::Standard, QStringLiteral("icd203"));
        QCOMPARE(undo->count(), steps + 1); // one step, however many terms moved
        QCOMPARE(s->header(Header::Standard), QStringLiteral("icd203"));
        QCOMPARE(s->document().judgements[0].term, QStringLiteral("very likely")); // 80–90 % lies in 80–95 %
        QCOMPARE(s->document().judgements[1].term, QStringLiteral("likely"));
        QCOMPARE(s->document().judgements[2].term, QStringLiteral("almost no chance"));
        undo->undo();
        QCOMPARE(s->header(Header::Standard), QStringLiteral("phia"));
        QCOMPARE(s->document().judgements[0].term, QStringLiteral("highly likely"));
        QCOMPARE(s->document().judgements[2].term, QStringLiteral("remote chance"));
        undo->redo();
        QCOMPARE(s->document().judgements[0].term, QStringLiteral("very likely"));
    }

    void sectionsAreTheirEditorsToUndo()
    {
        auto s = started({});
        QVERIFY(s);
        const int steps = s->undoStack()->count();
        QVERIFY(!s->isDirty());
        s->setSectionHtml(QStringLiteral("assessment"), QStringLiteral("<p>The route grows.</p>"));
        QCOMPARE(s->undoStack()->count(), steps);
        QVERIFY(s->isDirty());
        QCOMPARE(s->document().section(QStringLiteral("assessment"))->html, QStringLiteral("<p>The route grows.</p>"));
        s->setSectionHtml(QStringLiteral("no-such-section"), QStringLiteral("<p>x</p>"));
        QVERIFY(!s->document().section(QStringLiteral("no-such-section")));
    }

    void autosaveKeepsEdits()
    {
        qint64 id = 0;
        {
            ReportSession s(&m_context);
            QVERIFY(s.newReport(reports::ReportDocument::Template::RouteAssessment));
            id = s.reportId();
            QSignalSpy autosaved(&s, &ReportSession::autosaved);
            QCOMPARE(s.autosaveInterval(), 3000);
            s.setAutosaveInterval(50);
            s.addJudgement();
            s.setJudgementField(0, Field::Statement, QStringLiteral("Kept by the timer."));
            QVERIFY(s.isDirty());
            QTRY_COMPARE(autosaved.count(), 1);
            QVERIFY(!s.isDirty());
            auto kept = reports::ReportStore(*m_context.workspace()).autosaved(id);
            QVERIFY(kept && kept->has_value());
            QCOMPARE(kept->value().judgements[0].statement, QStringLiteral("Kept by the timer."));
            // Clean: nothing more is written.
            QVERIFY(s.autosaveNow());
            QCOMPARE(autosaved.count(), 1);
            // The last words before the session ends are kept too.
            s.setAutosaveInterval(3600 * 1000);
            s.setJudgementField(0, Field::Statement, QStringLiteral("Kept when the session ends."));
        }
        auto kept = reports::ReportStore(*m_context.workspace()).autosaved(id);
        QVERIFY(kept && kept->has_value());
        QCOMPARE(kept->value().judgements[0].statement, QStringLiteral("Kept when the session ends."));

        // Opening the report brings the autosave back, unsaved.
        ReportSession again(&m_context);
        QVERIFY(again.open(id));
        QVERIFY(again.recoveredFromAutosave());
        QVERIFY(again.isDirty());
        QCOMPARE(again.document().judgements[0].statement, QStringLiteral("Kept when the session ends."));
        QCOMPARE(again.undoStack()->count(), 0);
        QVERIFY(again.save());
        QVERIFY(!again.isDirty());
        QVERIFY(!reports::ReportStore(*m_context.workspace()).autosaved(id)->has_value());

        // Leaving a report for another keeps the first one's edits.
        again.setAutosaveInterval(3600 * 1000);
        again.setJudgementField(0, Field::Rationale, QStringLiteral("Left behind."));
        QVERIFY(again.newReport(reports::ReportDocument::Template::StandardKjr));
        kept = reports::ReportStore(*m_context.workspace()).autosaved(id);
        QVERIFY(kept && kept->has_value());
        QCOMPARE(kept->value().judgements[0].rationale, QStringLiteral("Left behind."));
    }

    void theCheckerRunsAfterEdits()
    {
        auto s = started({});
        QVERIFY(s);
        QSignalSpy checked(s.get(), &ReportSession::findingsChanged);
        s->addJudgement();
        s->setJudgementField(0, Field::Statement, QStringLiteral("The ring could expand into Italy."));
        QTRY_VERIFY(hasFinding(s->findings(), "vague-word", QStringLiteral("could")));
        QVERIFY(hasFinding(s->findings(), "no-evidence"));
        // Undo is an edit like any other.
        s->undoStack()->undo();
        QTRY_VERIFY(!hasFinding(s->findings(), "vague-word"));
        s->undoStack()->redo();
        QTRY_VERIFY(hasFinding(s->findings(), "vague-word"));
        QVERIFY(s->cite(0, { Item { Evidence::Kind::Incident, m_incidents[0] } }));
        QTRY_VERIFY(!hasFinding(s->findings(), "no-evidence"));

        // A dismissal is checked at once, kept in the document and audited.
        int row = -1;
        for (size_t i = 0; i < s->findings().size(); ++i) {
            if (s->findings()[i].rule == QLatin1String("vague-word"))
                row = int(i);
        }
        QVERIFY(row >= 0);
        QVERIFY(!s->dismissFinding(row, QStringLiteral("  ")));
        const int runs = int(checked.count());
        QVERIFY(s->dismissFinding(row, QStringLiteral("Quoting the partner.")));
        QCOMPARE(checked.count(), runs + 1);
        QVERIFY(s->findings()[size_t(row)].dismissed);
        QCOMPARE(s->findings()[size_t(row)].dismissReason, QStringLiteral("Quoting the partner."));
        QVERIFY(!s->dismissFinding(99, QStringLiteral("No such.")));
        QVERIFY(s->save());
        QCOMPARE(stored(s->reportId()).dismissals.size(), size_t(1));

        // A stale figure is found when the data changes, and gone once it is drawn again.
        reports::Figure f;
        f.kind = QStringLiteral("map");
        f.fingerprint = QStringLiteral("not what the workspace holds");
        s->insertFigure(png(Qt::red), f);
        QSignalSpy figureChanged(s.get(), &ReportSession::figureChanged);
        m_context.notifyDataChanged();
        QVERIFY(s->document().figures[0].stale);
        QCOMPARE(figureChanged.count(), 1);
        QVERIFY(hasFinding(s->findings(), "stale-figure"));
        f.fingerprint = s->fingerprintNow();
        QVERIFY(!f.fingerprint.isEmpty());
        s->refreshFigure(0, png(Qt::blue), f);
        QVERIFY(!hasFinding(s->findings(), "stale-figure"));
        s->undoStack()->undo();
        QTRY_VERIFY(hasFinding(s->findings(), "stale-figure"));
    }

    void twoSessionsSavingKeepBoth()
    {
        auto one = started({});
        QVERIFY(one);
        ReportSession two(&m_context);
        QVERIFY(two.open(one->reportId()));
        one->addJudgement();
        two.addJudgement();
        two.setJudgementField(0, Field::Statement, QStringLiteral("Typed in the second session."));
        QString conflict;
        QVERIFY(one->save({}, &conflict));
        QVERIFY(conflict.isEmpty());
        QSignalSpy saved(&two, &ReportSession::saved);
        auto v = two.save({}, &conflict);
        QVERIFY(v);
        QCOMPARE(v.value(), 3);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.last().at(0).toInt(), 3);
        QVERIFY(conflict.contains(QStringLiteral("saved elsewhere")));
        QCOMPARE(stored(one->reportId()).judgements[0].statement, QStringLiteral("Typed in the second session."));
    }
};

QTEST_GUILESS_MAIN(TestReportSession)
#include "tst_reportsession.moc"
