#include "accountsview.h"
#include "analysis/analysiscontext.h"
#include "evidencedragsource.h"
#include "mainwindow.h"
#include "mappanel.h"
#include "messages.h"
#include "network/linkchart.h"
#include "releasabilitydialog.h"
#include "reporteditor.h"
#include "reports/datafingerprint.h"
#include "reports/evidencemime.h"
#include "reports/reportstore.h"
#include "sample/samplegenerator.h"
#include "sharing/releasability.h"
#include "store/workspace.h"
#include "testutil.h"
#include "versionhistorydialog.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace waymark;

namespace {

void shoot(QWidget& w, const QString& name)
{
    // WAYMARK_TEST_SHOTS=DIR saves what the analyst sees, to look at by eye.
    if (const QString shots = qEnvironmentVariable("WAYMARK_TEST_SHOTS"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        w.grab().save(QDir(shots).filePath(name));
    }
}

bool hasRule(const std::vector<reports::Finding>& findings, const char* rule)
{
    return std::any_of(
        findings.begin(), findings.end(), [&](const reports::Finding& f) { return f.rule == QLatin1String(rule); });
}

/// Drags mime data onto a point of a widget as a user's drop does.
bool drop(QWidget* target, QPoint at, const QMimeData* data)
{
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent dropped(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

} // namespace

class TestReportFigures : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), m_path, 400, 5));
        // The releasability dialog is answered as a person would: Export when it may.
        waymark::ui::ReleasabilityDialog::setAnswerer(
            [](waymark::ui::ReleasabilityDialog& d) { return d.canExport(); });
    }

    void insertedFiguresAreStoredAndExported()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_path));
        ui::ReportEditor editor(&context);
        editor.resize(1400, 900);
        editor.show();
        QVERIFY(editor.newReport(reports::ReportDocument::Template::StandardKjr));
        const QStringList entities
            = context.workspace()->strings("SELECT entity_key FROM entities ORDER BY id LIMIT 25");
        QVERIFY(!entities.isEmpty());
        // What the window would say its views show.
        editor.setFigureSource([&](const QString& kind) -> Result<ui::FigureMaker::Request> {
            ui::FigureMaker::Request r { kind, context.filter(), {} };
            if (kind == QLatin1String("graph"))
                r.params.insert(QStringLiteral("entities"), QJsonArray::fromStringList(entities));
            if (kind == QLatin1String("chart"))
                r.params.insert(QStringLiteral("breakdown"), QStringLiteral("citizenship"));
            return r;
        });
        for (const char* kind : { "map", "graph", "timeline", "chart" }) {
            const Status st = editor.insertFigure(QLatin1String(kind));
            QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        }
        QCOMPARE(editor.figureList()->count(), 4);
        reports::ReportDocument doc = editor.document();
        QCOMPARE(doc.figures.size(), size_t(4));
        for (const reports::Figure& f : doc.figures) {
            QVERIFY(!f.fingerprint.isEmpty());
            QVERIFY(f.source.contains(QStringLiteral("filter")));
            QVERIFY(!f.dataDate.isEmpty());
            QCOMPARE(f.filter, QStringLiteral("All incidents"));
            const QImage image = QImage::fromData(doc.images.value(f.imageSha));
            QCOMPARE(image.width(), 2400); // print resolution: twice the 1200 logical pixels
        }
        QVERIFY(doc.figures[0].caption.startsWith(QStringLiteral("Map of")));
        QVERIFY(doc.figures[1].personal);
        QVERIFY(doc.figures[1].caption.contains(QString::number(entities.size())));
        QVERIFY(!doc.figures[3].caption.isEmpty());

        // The caption is the analyst's to edit, typed as one undo step; undo takes an insert back.
        editor.figureList()->setCurrentRow(0);
        const QString caption = doc.figures[0].caption;
        QLineEdit* captionEdit = nullptr;
        for (QLineEdit* e : editor.findChildren<QLineEdit*>()) {
            if (e->placeholderText() == QStringLiteral("Caption of the selected figure"))
                captionEdit = e;
        }
        QVERIFY(captionEdit);
        captionEdit->selectAll();
        QTest::keyClicks(captionEdit, QStringLiteral("Routes into Italy"));
        QCOMPARE(editor.document().figures[0].caption, QStringLiteral("Routes into Italy"));
        QVERIFY(editor.figureList()->item(0)->text().contains(QStringLiteral("Routes into Italy")));
        editor.undoStack()->undo(); // the caption
        QCOMPARE(editor.document().figures[0].caption, caption);
        QCOMPARE(captionEdit->text(), caption);
        editor.undoStack()->undo(); // the chart
        QCOMPARE(editor.document().figures.size(), size_t(3));
        editor.undoStack()->redo();
        editor.undoStack()->redo();
        QCOMPARE(editor.document().figures.size(), size_t(4));
        QCOMPARE(editor.document().figures[0].caption, QStringLiteral("Routes into Italy"));
        QApplication::processEvents();
        shoot(editor, QStringLiteral("reporteditor-figures.png"));

        QVERIFY(editor.save());
        reports::ReportStore store(*context.workspace());
        auto loaded = store.load(editor.reportId());
        QVERIFY(loaded);
        QCOMPARE(loaded->figures.size(), size_t(4));
        QCOMPARE(loaded->figures[0].caption, QStringLiteral("Routes into Italy"));
        QVERIFY(!loaded->figures[0].stale);
        QCOMPARE(loaded->images.size(), 4);

        const QString pdf = m_dir.filePath(QStringLiteral("figures.pdf"));
        QVERIFY(editor.exportTo(reports::ReportExporter::Format::Pdf, pdf, false));
        const QString images = test::runTool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
        QVERIFY2(!images.startsWith(QLatin1Char('<')), qPrintable(images));
        QCOMPARE(images.count(QStringLiteral(" 2400 ")), 4);
        const QString text = test::runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        // The workspace holds TLP:RED incidents, which go nowhere: the map is
        // drawn again for the copy without their source, and says so.
        QVERIFY2(text.contains(
                     QStringLiteral("Figure 1: Routes into Italy (drawn again for this copy). Filter: All incidents")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("without 1 source(s) that may")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Figure 4:")));
        if (const QString shots = qEnvironmentVariable("WAYMARK_TEST_SHOTS"); !shots.isEmpty()) {
            QFile::remove(QDir(shots).filePath(QStringLiteral("report-figures.pdf")));
            QFile::copy(pdf, QDir(shots).filePath(QStringLiteral("report-figures.pdf")));
        }
        // A redacted copy withholds the link chart (it names people) and keeps the map.
        const QString redacted = m_dir.filePath(QStringLiteral("redacted.pdf"));
        QVERIFY(editor.exportTo(reports::ReportExporter::Format::Pdf, redacted, true));
        QCOMPARE(test::runTool(QStringLiteral("pdfimages"), { QStringLiteral("-list"), redacted })
                     .count(QStringLiteral(" 2400 ")),
            3);
    }

    /// The editor's Export in every format (issue 17 §1): a report citing a
    /// TLP:RED record is refused whole through the one dialog, no file
    /// written; one citing TLP:AMBER goes, marked at least TLP:AMBER.
    void editorExportRefusesWhatMayNotGo()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_path));
        store::Workspace& ws = *context.workspace();
        QString redKey;
        const qint64 red = test::reportCitingSource(ws, QStringLiteral("S5"), &redKey);
        const qint64 amber = test::reportCitingSource(ws, QStringLiteral("S1"));
        QVERIFY(red > 0 && amber > 0);
        QString shown;
        ui::ReleasabilityDialog::setAnswerer([&shown](ui::ReleasabilityDialog& d) {
            shown = d.shownText();
            return d.canExport();
        });
        ui::ReportEditor editor(&context);
        using F = reports::ReportExporter::Format;
        const std::pair<F, const char*> formats[]
            = { { F::Odt, "odt" }, { F::Html, "html" }, { F::Markdown, "md" }, { F::Pdf, "pdf" } };
        QVERIFY(editor.openReport(red));
        for (const auto& [format, suffix] : formats) {
            const QString path = m_dir.filePath(QStringLiteral("red.") + QLatin1String(suffix));
            shown.clear();
            const Status st = editor.exportTo(format, path, false);
            QVERIFY2(!st, suffix);
            QVERIFY2(shown.contains(sharing::Releasability::reasonText(sharing::Releasability::Reason::TlpRed)),
                qPrintable(shown));
            QVERIFY2(!QFile::exists(path), suffix);
        }
        QVERIFY(editor.openReport(amber));
        for (const auto& [format, suffix] : formats) {
            const QString path = m_dir.filePath(QStringLiteral("amber.") + QLatin1String(suffix));
            const Status st = editor.exportTo(format, path, false);
            QVERIFY2(st, qPrintable(QLatin1String(suffix) + QLatin1Char(' ') + st.error().toString()));
            QCOMPARE(test::lastAudit(ws).value(0), QStringLiteral("export.report"));
            const QByteArray bytes = format == F::Odt
                ? test::runTool(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("content.xml") })
                      .toUtf8()
                : format == F::Pdf ? test::runTool(QStringLiteral("pdftotext"), { path, QStringLiteral("-") }).toUtf8()
                                   : test::fileBytes(path);
            QVERIFY2(bytes.contains("TLP:AMBER"), suffix);
            QVERIFY2(!bytes.contains("TLP:RED") && !bytes.contains(redKey.toUtf8()), suffix);
        }
        ui::ReleasabilityDialog::setAnswerer([](ui::ReleasabilityDialog& d) { return d.canExport(); });
    }

    void staleAfterImportAndRefreshed()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_path));
        ui::ReportEditor editor(&context);
        editor.resize(1300, 850);
        editor.show();
        QVERIFY(editor.newReport(reports::ReportDocument::Template::StandardKjr));
        QVERIFY(editor.insertFigure(QStringLiteral("map")));
        editor.setFigureCaption(0, QStringLiteral("Where it happens"));
        QVERIFY(editor.save());
        const QString before = reports::DataFingerprint::of(*context.workspace()).value();
        QVERIFY(!hasRule(editor.findings(), "stale-figure"));

        // More data arrives.
        sample::SampleGenerator::Options o;
        o.incidents = 60;
        o.seed = 77;
        const QString extract = m_dir.filePath(QStringLiteral("more-extract"));
        QVERIFY(sample::SampleGenerator::write(extract, o));
        QCOMPARE(test::importFile(*context.workspace(), extract).outcome, ingest::ImportSummary::Outcome::Imported);
        QVERIFY(reports::DataFingerprint::of(*context.workspace()).value() != before);
        context.notifyDataChanged();
        QVERIFY(editor.document().figures[0].stale);
        QVERIFY(hasRule(editor.findings(), "stale-figure"));
        QVERIFY(editor.figureList()->item(0)->text().contains(QStringLiteral("data has changed")));
        QApplication::processEvents();
        shoot(editor, QStringLiteral("reporteditor-stale.png"));
        // A report opened later says so too.
        {
            reports::ReportStore store(*context.workspace());
            auto loaded = store.load(editor.reportId());
            QVERIFY(loaded && loaded->figures[0].stale);
        }

        const QString oldSha = editor.document().figures[0].imageSha;
        QVERIFY(editor.refreshFigure(0));
        const reports::Figure f = editor.document().figures[0];
        QVERIFY(!f.stale);
        QVERIFY(f.imageSha != oldSha);
        QCOMPARE(f.caption, QStringLiteral("Where it happens"));
        QVERIFY(!hasRule(editor.findings(), "stale-figure"));
        QVERIFY(!editor.figureList()->item(0)->text().contains(QStringLiteral("data has changed")));
        QVERIFY(editor.save());
        reports::ReportStore store(*context.workspace());
        QVERIFY(!store.load(editor.reportId())->figures[0].stale);
    }

    void droppedEvidenceIsCited()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_path));
        ui::ReportEditor editor(&context);
        editor.resize(1200, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.newReport(reports::ReportDocument::Template::StandardKjr));
        editor.addJudgement();
        editor.addJudgement();
        editor.judgementList()->setCurrentRow(0);
        const QStringList incidents = context.workspace()->strings(
            "SELECT incident_key FROM incidents WHERE incident_key IS NOT NULL ORDER BY id LIMIT 2");
        const QString entity = context.workspace()->strings("SELECT entity_key FROM entities LIMIT 1").value(0);
        QCOMPARE(incidents.size(), 2);
        using Item = reports::EvidenceMime::Item;
        using Kind = reports::Evidence::Kind;
        std::unique_ptr<QMimeData> data(reports::EvidenceMime::toMimeData({ Item { Kind::Incident, incidents[0] },
            Item { Kind::Incident, incidents[1] }, Item { Kind::Entity, entity } }));

        // Onto the second judgement (not the current one).
        QListWidget* list = editor.judgementList();
        const QPoint at = list->visualItemRect(list->item(1)).center();
        QVERIFY(drop(list->viewport(), at, data.get()));
        QCOMPARE(editor.document().judgements[1].evidence.size(), size_t(3));
        QCOMPARE(editor.document().judgements[0].evidence.size(), size_t(0));
        QCOMPARE(editor.document().judgements[1].evidence[2].kind, Kind::Entity);
        QCOMPARE(list->currentRow(), 1);
        // Dropping again cites nothing twice; undo takes the drop back.
        QVERIFY(drop(list->viewport(), at, data.get()));
        QCOMPARE(editor.document().judgements[1].evidence.size(), size_t(3));
        editor.undoStack()->undo();
        QCOMPARE(editor.document().judgements[1].evidence.size(), size_t(0));
        editor.undoStack()->redo();
        QCOMPARE(editor.document().judgements[1].evidence.size(), size_t(3));

        // Below the last judgement there is nothing to cite in.
        QVERIFY(!drop(list->viewport(), QPoint(5, list->viewport()->height() - 3), data.get()));
        // Plain text is not evidence: the list does not take it.
        QMimeData text;
        text.setText(incidents[0]);
        QVERIFY(!drop(list->viewport(), at, &text));

        // A key the workspace does not hold is named, the others cited.
        std::unique_ptr<QMimeData> unknown(reports::EvidenceMime::toMimeData(
            { Item { Kind::Account, QStringLiteral("NO-SUCH-ACCOUNT") }, Item { Kind::Incident, incidents[0] } }));
        list->setCurrentRow(0);
        const Status st = editor.cite(0,
            reports::EvidenceMime::decode(
                reports::EvidenceMime::encode({ Item { Kind::Account, QStringLiteral("NO-SUCH-ACCOUNT") },
                    Item { Kind::Incident, incidents[0] } }))
                .value());
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(QStringLiteral("NO-SUCH-ACCOUNT")));
        QCOMPARE(editor.document().judgements[0].evidence.size(), size_t(1));
    }

    void historyShowsAReadableDiff()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_path));
        ui::ReportEditor editor(&context);
        editor.show();
        QVERIFY(editor.newReport(reports::ReportDocument::Template::StandardKjr));
        editor.addJudgement();
        editor.statementEdit()->selectAll();
        QTest::keyClicks(editor.statementEdit(), QStringLiteral("The route could grow."));
        QVERIFY(editor.save(QStringLiteral("first draft")));
        editor.statementEdit()->selectAll();
        QTest::keyClicks(editor.statementEdit(), QStringLiteral("The route is likely to grow."));
        QVERIFY(editor.save(QStringLiteral("firmer")));

        ui::VersionHistoryDialog dialog(*context.workspace(), editor.reportId());
        dialog.show();
        QCOMPARE(dialog.versionTable()->rowCount(), 3);
        QCOMPARE(dialog.versionTable()->item(2, 3)->text(), QStringLiteral("firmer"));
        QVERIFY(!dialog.versionTable()->item(2, 2)->text().isEmpty()); // who
        // Opens on the last two versions.
        QVERIFY2(dialog.diffText().contains(QStringLiteral("- Judgement 1: The route could grow.")),
            qPrintable(dialog.diffText()));
        QVERIFY(dialog.diffText().contains(QStringLiteral("+ Judgement 1: The route is likely to grow.")));
        const QString html = dialog.diffView()->toHtml();
        QVERIFY(html.contains(QStringLiteral("#e3f6e3"))); // added on green
        QVERIFY(html.contains(QStringLiteral("#fbe4e4"))); // removed on red
        QVERIFY(dialog.diffView()->toPlainText().contains(QStringLiteral("The route is likely to grow.")));
        QVERIFY(dialog.compare(1, 3));
        QVERIFY(dialog.diffText().contains(QStringLiteral("+ Judgement 1: The route is likely to grow.")));
        QVERIFY(!dialog.diffText().contains(QStringLiteral("could grow")));
        QVERIFY(dialog.compare(3, 3));
        QVERIFY(dialog.diffText().isEmpty());
        QVERIFY(dialog.diffView()->toPlainText().contains(QStringLiteral("say the same")));
        QVERIFY(!dialog.compare(1, 9));
        QVERIFY(dialog.compare(2, 3));
        QApplication::processEvents();
        shoot(dialog, QStringLiteral("versionhistory.png"));
    }

    void theWindowsViewsCiteAndDrawFigures()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reportfigures"));
        QSettings().clear();
        ui::MainWindow w;
        w.resize(1500, 950);
        w.show();
        QVERIFY(w.openWorkspace(m_path));
        QTRY_VERIFY(!w.isChartLoading()); // the chart is read in the background
        ui::ReportEditor* editor = w.reportEditor();
        QVERIFY(editor->newReport(reports::ReportDocument::Template::StandardKjr));
        editor->addJudgement();
        editor->judgementList()->setCurrentRow(0);
        using Kind = reports::Evidence::Kind;
        auto dragged = [](QObject* from, QPoint at = {}) {
            std::vector<reports::EvidenceMime::Item> items;
            for (auto* source : from->findChildren<ui::EvidenceDragSource*>(Qt::FindDirectChildrenOnly)) {
                std::unique_ptr<QMimeData> data(source->mimeDataAt(at));
                if (data)
                    items = reports::EvidenceMime::fromMimeData(data.get()).value();
            }
            return items;
        };

        // Three rows of the incidents table.
        QTableView* table = w.incidentsView();
        QTRY_VERIFY(table->model()->rowCount() > 3);
        for (int r = 0; r < 3; ++r)
            table->selectionModel()->select(
                table->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const auto incidents = dragged(table);
        QCOMPARE(incidents.size(), size_t(3));
        QCOMPARE(incidents[0].kind, Kind::Incident);
        std::unique_ptr<QMimeData> data(reports::EvidenceMime::toMimeData(incidents));
        w.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(editor->parentWidget());
        QListWidget* list = editor->judgementList();
        QVERIFY(drop(list->viewport(), list->visualItemRect(list->item(0)).center(), data.get()));
        QCOMPARE(editor->document().judgements[0].evidence.size(), size_t(3));

        // The link chart's selected entities, from its drag handle.
        network::LinkChart* chart = w.linkChart();
        QTRY_VERIFY(!chart->visible().isEmpty());
        const int node = *chart->visible().begin();
        chart->setSelection({ node });
        auto* mapPanel = w.findChild<ui::MapPanel*>();
        QVERIFY(mapPanel);
        QToolButton* chartHandle = nullptr;
        for (QToolButton* b : w.findChildren<QToolButton*>(QStringLiteral("evidenceHandle"))) {
            if (!mapPanel->isAncestorOf(b))
                chartHandle = b;
        }
        QVERIFY(chartHandle);
        const auto entities = dragged(chartHandle);
        QCOMPARE(entities.size(), size_t(1));
        QCOMPARE(entities[0].kind, Kind::Entity);
        QCOMPARE(entities[0].key, chart->graph().nodes()[size_t(node)].key);
        QVERIFY(editor->cite(0, entities));

        // The map's selection, from its drag handle.
        auto* mapHandle = mapPanel->findChild<QToolButton*>(QStringLiteral("evidenceHandle"));
        QVERIFY(mapHandle);
        w.context()->setSelection({ 1, 2 }, nullptr);
        const auto mapped = dragged(mapHandle);
        QCOMPARE(mapped.size(), size_t(2));
        QCOMPARE(mapped[0].kind, Kind::Incident);
        QVERIFY(mapped[0].key != mapped[1].key);
        w.context()->setSelection({}, nullptr);
        QVERIFY(dragged(mapHandle).empty());

        // The account page's "Add to report as evidence".
        ui::AccountsView* accounts = w.accountsView();
        QVERIFY(accounts->scoreNow(m_path));
        QVERIFY(accounts->showAccount(0));
        const QString account = accounts->currentAccountKey();
        QVERIFY(!account.isEmpty());
        QPushButton* add = nullptr;
        for (QPushButton* b : accounts->findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Add to report as evidence"))
                add = b;
        }
        QVERIFY(add && add->isEnabled());
        add->click();
        const reports::ReportDocument cited = editor->document(); // a copy, with the form's edits
        const auto& evidence = cited.judgements[0].evidence;
        QCOMPARE(evidence.size(), size_t(5));
        QCOMPARE(evidence.back().kind, Kind::Account);
        QCOMPARE(evidence.back().key, account);
        // The ranked row drags the same account.
        auto* ranking = accounts->findChild<QTableView*>();
        ranking->selectRow(0);
        const auto ranked = dragged(ranking);
        QCOMPARE(ranked.size(), size_t(1));
        QCOMPARE(ranked[0].key, account);

        // Figures of what the window shows.
        QVERIFY(editor->insertFigure(QStringLiteral("map")));
        const Status graph = editor->insertFigure(QStringLiteral("graph"));
        QVERIFY2(graph, qPrintable(graph ? QString() : graph.error().toString()));
        QCOMPARE(editor->document()
                     .figures[1]
                     .source.value(QStringLiteral("params"))
                     .toObject()
                     .value(QStringLiteral("entities"))
                     .toArray()
                     .size(),
            chart->visible().size());
        QApplication::processEvents();
        shoot(w, QStringLiteral("mainwindow-report.png"));

        // New reports from the other templates, from the New report button's menu.
        QAction* newReport = nullptr;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->text() == QStringLiteral("New report") && a->menu())
                newReport = a;
        }
        QVERIFY(newReport);
        const QList<QAction*> kinds = newReport->menu()->actions();
        QCOMPARE(kinds.size(), 3);
        QCOMPARE(kinds[1]->text(), QStringLiteral("Route assessment"));
        kinds[1]->trigger();
        QCOMPARE(editor->document().title, QStringLiteral("Route assessment"));
        kinds[2]->trigger();
        QCOMPARE(editor->document().title, QStringLiteral("Typology brief"));
        newReport->trigger();
        QCOMPARE(editor->document().title, QStringLiteral("Key Judgement Report"));
    }

    void statementFindingsAreUnderlined()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_path));
        ui::ReportEditor editor(&context);
        editor.resize(1100, 700);
        editor.show();
        QVERIFY(editor.newReport(reports::ReportDocument::Template::StandardKjr));
        editor.addJudgement();
        editor.statementEdit()->selectAll();
        const QString text = QStringLiteral("The ring could move its victims to Italy.");
        QTest::keyClicks(editor.statementEdit(), text);
        const int at = int(text.indexOf(QStringLiteral("could")));
        QTRY_VERIFY(std::find(editor.statementMarks().begin(), editor.statementMarks().end(), std::pair { at, 5 })
            != editor.statementMarks().end());
        QCOMPARE(editor.statementEdit()->text(), text); // underlining changes no text
        QApplication::processEvents();
        shoot(editor, QStringLiteral("reporteditor-underline.png"));
        // Another judgement shows its own marks; dismissing takes the mark away.
        editor.addJudgement();
        QVERIFY(std::find(editor.statementMarks().begin(), editor.statementMarks().end(), std::pair { at, 5 })
            == editor.statementMarks().end());
        editor.judgementList()->setCurrentRow(0);
        QCOMPARE(editor.statementMarks().size(), size_t(1)); // the word, not the whole judgement
        int row = -1;
        for (size_t i = 0; i < editor.findings().size(); ++i) {
            if (editor.findings()[i].rule == QLatin1String("vague-word") && editor.findings()[i].judgement == 0)
                row = int(i);
        }
        QVERIFY(row >= 0);
        QVERIFY(editor.dismissFinding(row, QStringLiteral("Quoting the partner.")));
        QVERIFY(std::find(editor.statementMarks().begin(), editor.statementMarks().end(), std::pair { at, 5 })
            == editor.statementMarks().end());
    }

    void twoWindowsSavingKeepBoth()
    {
        analysis::AnalysisContext one;
        analysis::AnalysisContext two;
        QVERIFY(one.openWorkspace(m_path));
        QVERIFY(two.openWorkspace(m_path));
        ui::ReportEditor first(&one);
        ui::ReportEditor second(&two);
        QVERIFY(first.newReport(reports::ReportDocument::Template::StandardKjr));
        QVERIFY(second.openReport(first.reportId()));
        first.addJudgement();
        second.addJudgement();
        second.statementEdit()->selectAll();
        QTest::keyClicks(second.statementEdit(), QStringLiteral("Typed in the second window."));
        QVERIFY(first.save());
        // The second window is told in a message box (answered here) and its status line.
        std::vector<ui::Messages::Box> boxes;
        ui::Messages::setAnswerer([&](const ui::Messages::Box& box) {
            boxes.push_back(box);
            return int(QMessageBox::Ok);
        });
        QVERIFY(second.save());
        ui::Messages::setAnswerer({});
        QCOMPARE(boxes.size(), size_t(1));
        QCOMPARE(boxes[0].title, QStringLiteral("Saved as a new version"));
        QCOMPARE(boxes[0].icon, QMessageBox::Information);
        QVERIFY(boxes[0].text.contains(QStringLiteral("saved elsewhere")));
        QVERIFY(second.findChildren<QLabel*>().size() > 0);
        bool told = false;
        for (QLabel* l : second.findChildren<QLabel*>())
            told |= l->text().contains(QStringLiteral("saved elsewhere"));
        QVERIFY(told);
        reports::ReportStore store(*one.workspace());
        QCOMPARE(store.versions(first.reportId())->size(), size_t(3));
        QCOMPARE(store.load(first.reportId())->judgements[0].statement, QStringLiteral("Typed in the second window."));
        QCOMPARE(store.load(first.reportId(), 2)->judgements[0].statement, QStringLiteral("New judgement"));
        QVERIFY(!store.autosaved(first.reportId())->has_value());
    }
};

QTEST_MAIN(TestReportFigures)
#include "tst_reportfigures.moc"
