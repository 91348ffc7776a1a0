#include "analysis/analysiscontext.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "messages.h"
#include "sample/samplegenerator.h"
#include "testutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_shared;
    QString m_bigExtract;

    /// A 60,000-incident hub extract, written once: big enough that Cancel or
    /// a close arrives while it is being imported.
    QString bigExtract()
    {
        if (m_bigExtract.isEmpty()) {
            const QString zip = m_shared.filePath(QStringLiteral("big.zip"));
            sample::SampleGenerator::Options o;
            o.incidents = 60000;
            if (sample::SampleGenerator::write(zip, o))
                m_bigExtract = zip;
        }
        return m_bigExtract;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void importThroughTheDialogAndFilter()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("extract.zip"));
        sample::SampleGenerator::Options o;
        o.incidents = 1200;
        QVERIFY(sample::SampleGenerator::write(zip, o));

        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(dir.filePath(QStringLiteral("case.waymark")), true));
        auto* count = w.findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("0 of 0 incidents"));

        ui::ImportDialog* d = w.importDialog();
        d->show();
        d->addFiles({ zip });
        auto* start = d->findChild<QPushButton*>(QStringLiteral("importStart"));
        QVERIFY(start && start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QSignalSpy finished(d, &ui::ImportDialog::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(int(d->summaries().first().outcome), int(ingest::ImportSummary::Outcome::Imported));
        auto* report = d->findChild<QPlainTextEdit*>(QStringLiteral("importReport"));
        QVERIFY(report->toPlainText().contains(QLatin1String("Imported extract.zip")));

        QTableView* table = w.incidentsView();
        QTRY_COMPARE(table->model()->rowCount(), 1200);
        QCOMPARE(count->text(), QStringLiteral("1,200 of 1,200 incidents"));

        // Filter by a type of exploitation through the bar, as a user would.
        auto* type = w.findChild<QComboBox*>(QStringLiteral("filterExploitation"));
        QVERIFY(type);
        const int forcedCriminality = type->findText(QStringLiteral("Forced criminality (Waymark)"));
        QVERIFY(forcedCriminality > 0);
        type->setCurrentIndex(forcedCriminality);
        QTRY_VERIFY(table->model()->rowCount() < 1200);
        const int filtered = table->model()->rowCount();
        QVERIFY(filtered > 0 && filtered < 1200);
        QCOMPARE(count->text(), QStringLiteral("%1 of 1,200 incidents").arg(QLocale().toString(filtered)));
        QCOMPARE(w.context()->filter().exploitation, 1u << 2);
        for (int r = 0; r < std::min(filtered, 50); ++r)
            QVERIFY(table->model()->index(r, 5).data().toString().contains(QLatin1String("Forced criminality")));

        // Selecting rows reaches the shared context.
        table->selectRow(0);
        QCOMPARE(w.context()->selection()->size(), size_t(1));

        // What the user sees: a table drawn with rows.
        const QImage shot = w.grab().toImage();
        QVERIFY(shot.width() > 400 && shot.height() > 300);
        int distinct = 0;
        QRgb last = 0;
        for (int y = shot.height() / 4; y < shot.height() * 3 / 4; y += 7) {
            const QRgb c = shot.pixel(shot.width() / 4, y);
            distinct += c != last;
            last = c;
        }
        QVERIFY2(distinct > 5, "the window looks empty");

        // For a person to look at: WAYMARK_SCREENSHOT_DIR=/tmp ./tst_mainwindow
        if (const QString shots = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            w.grab().save(shots + QStringLiteral("/mainwindow-filtered.png"));
            d->grab().save(shots + QStringLiteral("/importdialog.png"));
        }

        // Importing the same extract again changes nothing and says so.
        d->addFiles({ zip });
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(report->toPlainText().contains(QLatin1String("nothing changed")), 30000);
    }

    void cancelKeepsWorkspace()
    {
        QTemporaryDir dir;
        const QString zip = bigExtract();
        QVERIFY(!zip.isEmpty());
        ui::MainWindow w;
        const QString path = dir.filePath(QStringLiteral("c.waymark"));
        QVERIFY(w.openWorkspace(path, true));
        const QString before = test::workspaceDigest(path);
        ui::ImportDialog* d = w.importDialog();
        d->show();
        d->addFiles({ zip });
        QSignalSpy finished(d, &ui::ImportDialog::finished);
        d->start();
        QVERIFY(d->isRunning());
        // At once, so that the 60,000 incidents cannot all be in before it.
        auto* cancel = d->findChild<QPushButton*>(QStringLiteral("importCancel"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(d->summaries().first().outcome == ingest::ImportSummary::Outcome::Canceled,
            qPrintable(d->summaries().first().toText()));
        QCOMPARE(test::workspaceDigest(path), before);
        QCOMPARE(w.incidentsView()->model()->rowCount(), 0);
    }

    // Closing the window while an import runs asks first: No keeps the window
    // and the import; Yes cancels the import, and the workspace is unchanged.
    void closeWhileImportingAsks()
    {
        QTemporaryDir dir;
        const QString zip = bigExtract();
        QVERIFY(!zip.isEmpty());
        ui::MainWindow w;
        const QString path = dir.filePath(QStringLiteral("q.waymark"));
        QVERIFY(w.openWorkspace(path, true));

        ui::ImportDialog* d = w.importDialog();
        d->addFiles({ zip });
        QSignalSpy finished(d, &ui::ImportDialog::finished);
        QList<ui::Messages::Box> asked;
        bool answer = false;
        ui::Messages::setAnswerer([&](const ui::Messages::Box& box) {
            asked << box;
            return int(answer ? QMessageBox::Yes : QMessageBox::No);
        });
        auto restore = qScopeGuard([] { ui::Messages::setAnswerer({}); });
        w.show();
        d->start();
        QVERIFY(d->isRunning());
        QVERIFY(!w.close());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().title, QStringLiteral("Import running"));
        QVERIFY(w.isVisible());
        QVERIFY(d->isRunning());
        answer = true;
        QVERIFY(w.close());
        QCOMPARE(asked.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY2(d->summaries().first().outcome == ingest::ImportSummary::Outcome::Canceled,
            qPrintable(d->summaries().first().toText()));
        // (Closing saves the window's filter and selection into the workspace's
        // meta table; no imported row is left.)
        QCOMPARE(test::rowCount(path, "extracts"), 0);
        QCOMPARE(test::rowCount(path, "incidents"), 0);
        QCOMPARE(test::rowCount(path, "places"), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
