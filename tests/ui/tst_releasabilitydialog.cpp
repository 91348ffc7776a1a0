#include "analysis/incidenttablemodel.h"
#include "incidentspanel.h"
#include "mainwindow.h"
#include "mappanel.h"
#include "releasabilitydialog.h"
#include "sharing/releasability.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

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
        m_ws = test::sampleWorkspace(m_dir.path(), m_dir.filePath(QStringLiteral("w.waymark")), 400, 4);
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
};

QTEST_MAIN(TestReleasabilityDialog)
#include "tst_releasabilitydialog.moc"
