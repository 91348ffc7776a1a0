#include "accountspanel.h"
#include "accountsview.h"
#include "analysis/analysiscontext.h"
#include "analysis/incidenttablemodel.h"
#include "finance/accountranking.h"
#include "incidentspanel.h"
#include "mainwindow.h"
#include "mappanel.h"
#include "messages.h"
#include "releasabilitydialog.h"
#include "routechartview.h"
#include "sharing/releasability.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "tablecsvbutton.h"
#include "testutil.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

/// The audit record written last: action, target, details.
QStringList lastAudit(const QString& path)
{
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    return ws ? test::lastAudit(*ws.value()) : QStringList();
}

/// Answers the dialog as a person sending the export to `to` would: the
/// text it showed goes to `seen`.
ui::ReleasabilityDialog::Answerer answerFor(sharing::Destination to, QString* seen)
{
    return [to, seen](ui::ReleasabilityDialog& d) {
        auto* combo = d.findChild<QComboBox*>();
        combo->setCurrentIndex(combo->findData(int(to)));
        *seen = d.shownText();
        return d.canExport();
    };
}

QPushButton* exportButton(ui::ReleasabilityDialog& d)
{
    auto* box = d.findChild<QDialogButtonBox*>();
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton*>(b);
    }
    return nullptr;
}

} // namespace

/// The one releasability dialog of every GUI export (issue 17 §1): what
/// would go by TLP label, handling code and source, what is left out and
/// why, the marking; a destination that re-runs the check; and the map's
/// Export layer going through it.
class TestReleasabilityDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    sharing::ExportSelection m_all;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_releasabilitydialog"));
        QSettings().clear();
        m_ws = test::forbiddenRecordWorkspace(m_dir.path(), 400, 4);
        QVERIFY(m_ws);
        store::Statement st(m_ws->handle(), "SELECT id FROM incidents");
        while (st.next())
            m_all.of(sharing::RecordKind::Incident).push_back(st.int64(0));
    }

    void showsWhatGoesAndWhatNot()
    {
        store::Workspace& ws = *m_ws;
        const sharing::ExportSelection all = m_all;
        ui::ReleasabilityDialog d(
            QStringLiteral("test"),
            [&ws, all](sharing::Destination to) { return sharing::Releasability::check(ws, all, to); },
            sharing::Destination::Partner, false);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QString text = d.shownText();
        QVERIFY2(text.contains(QStringLiteral("By TLP label")) && text.contains(QStringLiteral("By source")),
            qPrintable(text));
        QVERIFY(text.contains(sharing::Releasability::reasonText(sharing::Releasability::Reason::TlpRed)));
        QVERIFY(text.contains(QStringLiteral("Marking of the export: TLP:AMBER")));
        QVERIFY(exportButton(d)->isEnabled());
        if (const QString shots = qEnvironmentVariable("WAYMARK_TEST_SHOTS"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            d.grab().save(QDir(shots).filePath(QStringLiteral("releasability-dialog.png")));
        }
        // Within the own organisation AMBER+STRICT goes, and marks the export; RED still does not.
        auto* to = d.findChild<QComboBox*>();
        to->setCurrentIndex(1);
        QCOMPARE(d.destination(), sharing::Destination::OwnOrganisation);
        QVERIFY2(d.shownText().contains(QStringLiteral("Marking of the export: TLP:AMBER+STRICT")),
            qPrintable(d.shownText()));
        QVERIFY(d.shownText().contains(sharing::Releasability::reasonText(sharing::Releasability::Reason::TlpRed)));
        // A whole export (a report) with a withheld record is refused.
        ui::ReleasabilityDialog whole(
            QStringLiteral("report"),
            [&ws, all](sharing::Destination to) { return sharing::Releasability::check(ws, all, to); },
            sharing::Destination::Partner, true);
        QVERIFY(!whole.canExport());
        QVERIFY(!exportButton(whole)->isEnabled());
    }

    void mapLayerExportGoesThroughIt()
    {
        ui::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("w.waymark"))));
        QString seen;
        ui::ReleasabilityDialog::setAnswerer([&seen](ui::ReleasabilityDialog& d) {
            seen = d.shownText();
            return d.canExport();
        });
        const QString path = m_dir.filePath(QStringLiteral("layer.kml"));
        QVERIFY(window.mapPanel()->exportLayer(path, QStringLiteral("incidents")));
        QVERIFY(seen.contains(sharing::Releasability::reasonText(sharing::Releasability::Reason::TlpRed)));
        const QByteArray kml = test::fileBytes(path);
        QVERIFY(kml.contains("<Placemark>") && !kml.contains("TLP:RED"));
        // Cancelled: nothing is written.
        ui::ReleasabilityDialog::setAnswerer([](ui::ReleasabilityDialog&) { return false; });
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.geojson"));
        QVERIFY(!window.mapPanel()->exportLayer(cancelled, QStringLiteral("routes")));
        QVERIFY(!QFile::exists(cancelled));
        ui::ReleasabilityDialog::setAnswerer({});
    }

    void tableCsvIsWhatTheUserSees()
    {
        ui::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("w.waymark"))));
        auto* panel = window.findChild<ui::IncidentsPanel*>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->model()->rowCount() > 0);
        qint64 going = -1;
        ui::ReleasabilityDialog::setAnswerer([&going](ui::ReleasabilityDialog& d) {
            going = d.outcome().released.size();
            return d.canExport();
        });
        // Sorted by the user, newest id first: the CSV follows.
        panel->table()->sortByColumn(analysis::IncidentTableModel::Id, Qt::DescendingOrder);
        QTRY_VERIFY(panel->model()->index(0, 0).data().toString() > panel->model()->index(1, 0).data().toString());
        const QString all = m_dir.filePath(QStringLiteral("all.csv"));
        QVERIFY(panel->exportCsv(all));
        const QList<QByteArray> lines = test::fileBytes(all).trimmed().split('\n');
        QCOMPARE(qint64(lines.size() - 1), going);
        QVERIFY(going < panel->model()->rowCount()); // the sample's TLP:RED and AMBER+STRICT rows stay
        // Each row ends with its own marking, never one that may not go to a partner.
        QVERIFY2(lines.first().trimmed().endsWith(",tlp,handling_conditions"), lines.first().constData());
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QVERIFY2(lines.at(i).contains(",TLP:"), lines.at(i).constData());
            QVERIFY2(
                !lines.at(i).contains("TLP:RED") && !lines.at(i).contains("TLP:AMBER+STRICT"), lines.at(i).constData());
        }
        const QByteArray first = lines.value(1).split(',').value(0);
        const QByteArray second = lines.value(2).split(',').value(0);
        QVERIFY2(first > second, QByteArray(lines.value(1) + " / " + lines.value(2)).constData());
        // A selection: only its rows.
        panel->table()->selectRow(0);
        const QString some = m_dir.filePath(QStringLiteral("some.csv"));
        if (panel->exportCsv(some))
            QCOMPARE(test::fileBytes(some).trimmed().split('\n').size(), 2);
        else
            QCOMPARE(going, qint64(0)); // the first row may not go: nothing is written
        ui::ReleasabilityDialog::setAnswerer({});
    }
    /// File ▸ Export Figure and the views' own Export buttons: every kind
    /// of figure through the dialog, TLP:RED never drawn, AMBER+STRICT not to
    /// a partner, and an audit record naming the figure and the file.
    void figuresGoThroughIt()
    {
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString ws = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(window.openWorkspace(ws));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isChartLoading(), 20000);
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionExportFigure_map"))->isEnabled());
        QString warned;
        ui::Messages::setAnswerer([&warned](const ui::Messages::Box& box) {
            warned = box.text;
            return int(QMessageBox::Ok);
        });
        // The route chart shows the busiest route once built.
        auto* routes = window.findChild<ui::RouteChartView*>();
        QVERIFY(routes);
        // (The snapshot loads on a worker: rebuilt once it is there.)
        QTRY_VERIFY_WITH_TIMEOUT((routes->rebuild(), !routes->routes().isEmpty()), 20000);
        QVERIFY(!routes->figureRequest().params.value(QLatin1String("route")).toString().isEmpty());
        for (const char* kind : { "map", "timeline", "chart", "graph", "route" }) {
            const QString k = QLatin1String(kind);
            for (sharing::Destination to : { sharing::Destination::OwnOrganisation, sharing::Destination::Partner }) {
                QString seen;
                ui::ReleasabilityDialog::setAnswerer(answerFor(to, &seen));
                const bool partner = to == sharing::Destination::Partner;
                const QString path
                    = m_dir.filePath(k + (partner ? QStringLiteral("-partner.png") : QStringLiteral("-own.png")));
                QVERIFY2(window.exportFigure(k, path), qPrintable(k + QStringLiteral(": ") + warned));
                QVERIFY2(seen.contains(sharing::Releasability::reasonText(sharing::Releasability::Reason::TlpRed)),
                    qPrintable(k + QStringLiteral(": ") + seen));
                QCOMPARE(seen.contains(
                             sharing::Releasability::reasonText(sharing::Releasability::Reason::AmberStrictOutside)),
                    partner);
                QVERIFY(!QImage(path).isNull());
                const QStringList audit = lastAudit(ws);
                QCOMPARE(audit.value(0), QStringLiteral("export.figure"));
                QCOMPARE(audit.value(1), QFileInfo(path).fileName());
                QVERIFY2(audit.value(2).contains(QStringLiteral("figure=") + k), qPrintable(audit.value(2)));
                QVERIFY(audit.value(2).contains(
                    partner ? QStringLiteral("destination=partner") : QStringLiteral("destination=own")));
                QVERIFY(audit.value(2).contains(QStringLiteral("tlp_red:")));
            }
        }
        // Cancelled: nothing written, nothing recorded.
        ui::ReleasabilityDialog::setAnswerer([](ui::ReleasabilityDialog&) { return false; });
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.png"));
        QVERIFY(!window.exportFigure(QStringLiteral("map"), cancelled));
        QVERIFY(!window.mapPanel()->exportMap(cancelled));
        QVERIFY(!QFile::exists(cancelled));
        ui::ReleasabilityDialog::setAnswerer({});
        ui::Messages::setAnswerer({});
    }

    /// Accounts ▸ Export CSV…: the same button and code as the incidents'.
    void accountsCsvGoesThroughIt()
    {
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString ws = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(window.openWorkspace(ws));
        ui::AccountsView* view = window.accountsView();
        QVERIFY(view->scoreNow(ws));
        QVERIFY(view->accountCount() > 0);
        auto* button = window.findChild<ui::TableCsvButton*>(QStringLiteral("exportAccountsCsv"));
        QVERIFY(button);
        QString warned;
        ui::Messages::setAnswerer([&warned](const ui::Messages::Box& box) {
            warned = box.text;
            return int(QMessageBox::Ok);
        });
        QString seen;
        bool couldGo = true;
        ui::ReleasabilityDialog::setAnswerer([&](ui::ReleasabilityDialog& d) {
            const bool go = answerFor(sharing::Destination::Partner, &seen)(d);
            couldGo = go;
            return go;
        });
        const QString path = m_dir.filePath(QStringLiteral("accounts.csv"));
        const bool written = button->exportTo(path);
        QVERIFY2(seen.contains(sharing::Releasability::reasonText(sharing::Releasability::Reason::TlpRed)),
            qPrintable(seen));
        // The sample's accounts come from its TLP:RED bank source: none may go to a partner.
        const QStringList redAccounts = window.context()->workspace()->strings(
            "SELECT a.account_key FROM accounts a JOIN sources s ON s.id = a.source_id WHERE s.tlp = 'TLP:RED'");
        QVERIFY(!redAccounts.isEmpty());
        if (written) {
            const QByteArray csv = test::fileBytes(path);
            for (const QString& key : redAccounts)
                QVERIFY2(!csv.contains(key.toUtf8()), qPrintable(key));
            QCOMPARE(lastAudit(ws).value(0), QStringLiteral("export.csv"));
        } else {
            // Nothing may go: the dialog's Export is off, nothing is written.
            QVERIFY(!couldGo);
            QVERIFY(!QFile::exists(path));
        }
        // The table's rows are the ranking's, in the view's order, headers as shown.
        const auto table = ui::TableCsvButton::tableOf(
            view->table(), sharing::RecordKind::Account, finance::AccountRanking::AccountIdRole);
        QCOMPARE(table.rows.size(), view->proxy()->rowCount());
        QCOMPARE(table.model, static_cast<const QAbstractItemModel*>(view->proxy()));
        ui::ReleasabilityDialog::setAnswerer({});
        ui::Messages::setAnswerer({});
    }

    /// File ▸ Share with Hub…: what `waymark export share` builds, through the dialog.
    void shareWithHubGoesThroughIt()
    {
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString ws = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(window.openWorkspace(ws));
        QVERIFY(window.findChild<QAction*>(QStringLiteral("actionShareWithHub"))->isEnabled());
        QString seen;
        ui::ReleasabilityDialog::setAnswerer(answerFor(sharing::Destination::Partner, &seen));
        const QString path = m_dir.filePath(QStringLiteral("share.zip"));
        QVERIFY(window.shareWithHub(path, true, 10));
        QVERIFY(seen.contains(sharing::Releasability::reasonText(sharing::Releasability::Reason::TlpRed)));
        QVERIFY(seen.contains(sharing::Releasability::reasonText(sharing::Releasability::Reason::AmberStrictOutside)));
        QVERIFY(QFile::exists(path));
        const QStringList audit = lastAudit(ws);
        QCOMPARE(audit.value(0), QStringLiteral("export.share"));
        QCOMPARE(audit.value(1), QStringLiteral("share.zip"));
        QVERIFY2(audit.value(2).contains(QStringLiteral("destination=partner")), qPrintable(audit.value(2)));
        // Imported into a fresh workspace: no TLP:RED or AMBER+STRICT record came along.
        auto fresh = store::Workspace::open(m_dir.filePath(QStringLiteral("fresh.waymark")));
        QVERIFY(fresh);
        QCOMPARE(test::importFile(*fresh.value(), path).outcome, ingest::ImportSummary::Outcome::Imported);
        QVERIFY(fresh.value()->count(QStringLiteral("incidents")) > 0);
        for (const char* tlp : { "TLP:RED", "TLP:AMBER+STRICT" })
            QVERIFY(test::keysUnderTlp(*fresh.value(), QStringLiteral("incidents"), QLatin1String(tlp)).isEmpty());
        ui::ReleasabilityDialog::setAnswerer({});
    }
};

QTEST_MAIN(TestReleasabilityDialog)
#include "tst_releasabilitydialog.moc"
