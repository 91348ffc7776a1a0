#include "analysis/analysiscontext.h"
#include "helpbrowser.h"
#include "helptextbrowser.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "startpage.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace waymark;

/// Issue 18 §6: without a workspace the window shows a start page that opens
/// the sample, a recent workspace, a new one or an import, and links into
/// the guide; the tabs and docks come back once a workspace is open.
class TestStartPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QList<QDockWidget*> shownDocks(const QMainWindow& w)
    {
        QList<QDockWidget*> shown;
        for (QDockWidget* d : w.findChildren<QDockWidget*>())
            if (d->isVisible())
                shown << d;
        return shown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_startpage"));
        // The sample goes to the data folder: a fresh one.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QSettings().clear();
    }

    void shownWithoutAWorkspaceAndGoneWithOne()
    {
        const QString path = m_dir.filePath(QStringLiteral("recent.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), path, 50));
        const QString missing = m_dir.filePath(QStringLiteral("moved-away.waymark"));
        QSettings().setValue(QStringLiteral("recentWorkspaces"), QStringList { path, missing });

        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ui::StartPage* start = w.startPage();
        QVERIFY(start->isVisible());
        QVERIFY(!w.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->isVisible());
        QVERIFY(shownDocks(w).isEmpty());
        for (const char* name : { "startSample", "startNew", "startOpen", "startImport" }) {
            auto* b = start->findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(b && b->isVisible() && b->isEnabled(), name);
            QVERIFY2(!b->accessibleDescription().isEmpty(), name);
        }
        // "What is this", with its links into the guide.
        auto* what = start->findChild<QLabel*>(QStringLiteral("startWhat"));
        QVERIFY(what && what->isVisible());
        QVERIFY(what->text().contains(QLatin1String("href=\"help:importing.html\"")));
        QVERIFY(what->text().contains(QLatin1String("offline workstation")));

        // The remembered workspaces; one that has gone is listed, not offered.
        QListWidget* recent = start->recentList();
        QCOMPARE(recent->count(), 2);
        QVERIFY(recent->item(0)->text().startsWith(QLatin1String("recent.waymark")));
        QVERIFY(recent->item(0)->flags() & Qt::ItemIsEnabled);
        QVERIFY(recent->item(1)->text().contains(QLatin1String("not found")));
        QVERIFY(!(recent->item(1)->flags() & Qt::ItemIsEnabled));

        // Opened from the keyboard: Enter on the list's first row.
        recent->setFocus();
        recent->setCurrentRow(0);
        QTest::keyClick(recent, Qt::Key_Return);
        QTRY_COMPARE(w.context()->workspacePath(), path);
        QVERIFY(!start->isVisible());
        QVERIFY(w.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->isVisible());
        QVERIFY(!shownDocks(w).isEmpty());
        QTRY_COMPARE(w.incidentsView()->model()->rowCount(), 50);

        // Closing the workspace brings the page back, and the docks go.
        const int docks = int(shownDocks(w).size());
        w.context()->closeWorkspace();
        QVERIFY(start->isVisible());
        QVERIFY(shownDocks(w).isEmpty());
        // The list now has the workspace just opened first (it was already).
        QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), path);
        QVERIFY(w.openWorkspace(path));
        QCOMPARE(int(shownDocks(w).size()), docks);
    }

    void opensTheSample()
    {
        QVERIFY(!QFileInfo::exists(ui::MainWindow::samplePath()));
        QVERIFY(ui::MainWindow::samplePath().startsWith(m_dir.path()));
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* sample = w.startPage()->findChild<QPushButton*>(QStringLiteral("startSample"));
        QTest::mouseClick(sample, Qt::LeftButton);
        // Written in the background, then imported through the import dialog.
        QTRY_COMPARE_WITH_TIMEOUT(w.context()->workspacePath(), ui::MainWindow::samplePath(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(w.incidentsView()->model()->rowCount(), 5000, 60000);
        QVERIFY(!w.startPage()->isVisible());
        QCOMPARE(test::rowCount(ui::MainWindow::samplePath(), "incidents"), 5000);

        // The second time it opens at once, the same workspace.
        w.context()->closeWorkspace();
        QVERIFY(w.startPage()->isVisible());
        QTest::keyClick(sample, Qt::Key_Space);
        QCOMPARE(w.context()->workspacePath(), ui::MainWindow::samplePath());
        QTRY_COMPARE(w.incidentsView()->model()->rowCount(), 5000);
    }

    void linksOpenTheGuide()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* what = w.startPage()->findChild<QLabel*>(QStringLiteral("startWhat"));
        // What a click or Enter on the "Importing data" link sends.
        Q_EMIT what->linkActivated(QStringLiteral("help:importing.html"));
        auto* help = w.findChild<ui::HelpBrowser*>();
        QVERIFY(help && help->isVisible());
        QVERIFY2(help->isValid(), "the guide was not found");
        QTRY_VERIFY(help->browser()->source().toString().endsWith(QLatin1String("importing.html")));
    }

    /// The desktop's high-contrast palette is what the page draws with: it
    /// has no colours of its own.
    void followsAHighContrastPalette()
    {
        const QPalette before = QApplication::palette();
        QPalette hc;
        for (QPalette::ColorGroup g : { QPalette::Active, QPalette::Inactive }) {
            hc.setColor(g, QPalette::Window, Qt::black);
            hc.setColor(g, QPalette::Base, Qt::black);
            hc.setColor(g, QPalette::WindowText, Qt::white);
            hc.setColor(g, QPalette::Text, Qt::white);
            hc.setColor(g, QPalette::ButtonText, Qt::white);
            hc.setColor(g, QPalette::Button, Qt::black);
            hc.setColor(g, QPalette::Link, Qt::yellow);
            hc.setColor(g, QPalette::Highlight, Qt::yellow);
            hc.setColor(g, QPalette::HighlightedText, Qt::black);
        }
        QApplication::setPalette(hc);
        {
            ui::MainWindow w;
            w.resize(1000, 700);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const QImage shot = w.startPage()->grab().toImage();
            if (const QString dir = qEnvironmentVariable("WAYMARK_SHOT_DIR"); !dir.isEmpty())
                shot.save(dir + QStringLiteral("/startpage-high-contrast.png"));
            // The background is the palette's, and the title is drawn in its text colour.
            QCOMPARE(shot.pixelColor(5, shot.height() - 5), QColor(Qt::black));
            auto* title = w.startPage()->findChild<QLabel*>(QStringLiteral("startTitle"));
            const QImage text = title->grab().toImage();
            int white = 0;
            int other = 0;
            for (int y = 0; y < text.height(); ++y)
                for (int x = 0; x < text.width(); ++x) {
                    const QColor c = text.pixelColor(x, y);
                    white += c == QColor(Qt::white);
                    other += c != QColor(Qt::white) && c != QColor(Qt::black) && c.saturation() > 40;
                }
            QVERIFY(white > 20);
            QCOMPARE(other, 0); // no colour that is not the palette's (anti-aliasing is grey)
        }
        QApplication::setPalette(before);
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
