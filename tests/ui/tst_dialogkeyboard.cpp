#include "analysis/analysiscontext.h"
#include "calibrationdialog.h"
#include "columnmappingdialog.h"
#include "helpbrowser.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "mergereviewdialog.h"
#include "releasabilitydialog.h"
#include "reports/reportdocument.h"
#include "reports/reportstore.h"
#include "sharing/releasability.h"
#include "shortcutsdialog.h"
#include "specificationeditor.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "tabwalk.h"
#include "testutil.h"
#include "typologyeditor.h"
#include "versionhistorydialog.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace waymark;

/// Issue 18 §5: every dialog can be used with the keyboard alone and read
/// by a screen reader. Each one is opened offscreen and walked with Tab:
/// focus reaches every control, and each control has an accessible name
/// and a description.
class TestDialogKeyboard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_csv;
    std::unique_ptr<ui::MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dialogkeyboard"));
        QSettings().clear();
        m_workspace = m_dir.filePath(QStringLiteral("keys.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), m_workspace, 300));
        m_csv = m_dir.filePath(QStringLiteral("cases.csv"));
        test::writeFile(m_csv,
            "case_id,date,city,country,victims,phone\n"
            "C-1,2021-03-04,Milan,ITA,2,+39 333 1234567\n"
            "C-2,2021-05-06,Lagos,NGA,1,+234 803 1234567\n");
        m_window = std::make_unique<ui::MainWindow>();
        QVERIFY(m_window->openWorkspace(m_workspace));
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void tabReachesEveryControl_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const char* name : { "import", "specification", "column mapping", "releasability", "calibration",
                 "typology", "merge review", "version history", "shortcuts", "help" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void tabReachesEveryControl()
    {
        QFETCH(QString, dialog);
        store::Workspace& ws = *m_window->context()->workspace();
        std::unique_ptr<QWidget> d;
        if (dialog == QLatin1String("import")) {
            d = std::make_unique<ui::ImportDialog>(m_window->context());
        } else if (dialog == QLatin1String("specification")) {
            d = std::make_unique<ui::SpecificationEditor>(&ws, m_csv);
        } else if (dialog == QLatin1String("column mapping")) {
            d = std::make_unique<ui::ColumnMappingDialog>(&ws, m_csv);
        } else if (dialog == QLatin1String("releasability")) {
            sharing::ExportSelection all;
            store::Statement st(ws.handle(), "SELECT id FROM incidents");
            while (st.next())
                all.of(sharing::RecordKind::Incident).push_back(st.int64(0));
            d = std::make_unique<ui::ReleasabilityDialog>(
                QStringLiteral("test"),
                [&ws, all](sharing::Destination to) { return sharing::Releasability::check(ws, all, to); },
                sharing::Destination::Partner, false);
        } else if (dialog == QLatin1String("calibration")) {
            d = std::make_unique<ui::CalibrationDialog>(m_workspace);
        } else if (dialog == QLatin1String("typology")) {
            d = std::make_unique<ui::TypologyEditor>(m_workspace);
        } else if (dialog == QLatin1String("merge review")) {
            d = std::make_unique<ui::MergeReviewDialog>(m_window->context(), nullptr);
        } else if (dialog == QLatin1String("version history")) {
            auto doc = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
            doc.title = QStringLiteral("Harbour network");
            auto id = reports::ReportStore(ws).create(doc);
            QVERIFY(id);
            d = std::make_unique<ui::VersionHistoryDialog>(ws, id.value());
        } else if (dialog == QLatin1String("shortcuts")) {
            d = std::make_unique<ui::ShortcutsDialog>(m_window.get());
        } else if (dialog == QLatin1String("help")) {
            d = std::make_unique<ui::HelpBrowser>();
        }
        QVERIFY(d);
        d->resize(std::max(d->sizeHint().width(), 900), std::max(d->sizeHint().height(), 600));
        d->show();
        QApplication::setActiveWindow(d.get());
        QVERIFY(QTest::qWaitForWindowActive(d.get()));
        if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != d.get())
            QTest::keyClick(d.get(), Qt::Key_Tab); // the first control, as Tab from the window gives
        QVERIFY(QApplication::focusWidget());

        const test::TabWalk walk = test::walkWithTab(d.get());
        QStringList reached;
        for (QWidget* w : walk.order)
            reached << test::describeWidget(w);
        QVERIFY2(walk.order.size() >= 2,
            qPrintable(QStringLiteral("Tab reached only: ") + reached.join(QLatin1String(", "))));
        QStringList problems;
        if (!walk.missed.isEmpty())
            problems << QStringLiteral("Tab never reaches:") << walk.missed;
        if (!walk.unnamed.isEmpty())
            problems << QStringLiteral("no accessible name:") << walk.unnamed;
        if (!walk.undescribed.isEmpty())
            problems << QStringLiteral("no accessible description:") << walk.undescribed;
        if (!problems.isEmpty())
            qWarning().noquote() << problems.join(QLatin1Char('\n')) << "\nTab reached, in order:\n"
                                 << reached.join(QLatin1Char('\n'));
        QVERIFY2(problems.isEmpty(),
            qPrintable(problems.join(QLatin1Char('\n')) + QStringLiteral("\nTab reached, in order: ")
                + reached.join(QLatin1String(", "))));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestDialogKeyboard)
#include "tst_dialogkeyboard.moc"
