#include "calibrationdialog.h"
#include "sample/samplegenerator.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach(variable, container) for (variable : container)
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach

using namespace waymark;

class TestCalibrationDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_calibrationdialog"));
        QSettings().clear();
    }

    void calibratesTheSampleAgainstItsLabels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(dir.path(), path, 2000, 4));
        const QString labels = sample::SampleGenerator::labelsPathFor(dir.filePath(QStringLiteral("sample-extract")));
        QVERIFY2(QFileInfo::exists(labels), qPrintable(labels));
        ui::CalibrationDialog dialog(path);
        dialog.setLabelsFile(labels);
        QSignalSpy done(&dialog, &ui::CalibrationDialog::finished);
        dialog.run();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        // Expert and fitted weights side by side, one row per typology indicator.
        QVERIFY(dialog.weightsTable()->rowCount() >= 10);
        QVERIFY(!dialog.weightsTable()->item(0, 2)->text().isEmpty());
        QVERIFY(!dialog.weightsTable()->item(0, 3)->text().isEmpty());
        // The overall curve and one per typology.
        QVERIFY(dialog.rocPlot()->plottableCount() >= 2);
        QVERIFY(dialog.reportText().contains(QLatin1String("AUC")));
        // WAYMARK_TEST_SHOTS=DIR saves what the analyst sees, to look at by eye.
        if (const QString shots = qEnvironmentVariable("WAYMARK_TEST_SHOTS"); !shots.isEmpty()) {
            dialog.resize(1000, 700);
            auto* tabs = dialog.findChild<QTabWidget*>();
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                dialog.grab().save(QDir(shots).filePath(QStringLiteral("calibration-%1.png").arg(t)));
            }
        }
        // A labels file that is not there is a clear error, not a crash.
        dialog.setLabelsFile(dir.filePath(QStringLiteral("missing.csv")));
        dialog.run();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.last().first().toBool(), false);
    }
};

QTEST_MAIN(TestCalibrationDialog)
#include "tst_calibrationdialog.moc"
