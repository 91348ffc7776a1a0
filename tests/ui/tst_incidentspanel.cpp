#include "analysis/analysiscontext.h"
#include "analysis/incidenttablemodel.h"
#include "incidentspanel.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

/// The incidents table shows the shared selection through the model's
/// SelectedRole: a scattered selection far past what a QItemSelectionModel
/// can hold is drawn row for row, "Show selected only" lists just those rows,
/// and clicks in the table still select into the shared context.
class TestIncidentsPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<analysis::AnalysisContext> m_context;
    std::unique_ptr<ui::IncidentsPanel> m_panel;

    analysis::IncidentTableModel* model() const { return m_panel->model(); }
    QTableView* table() const { return m_panel->table(); }

    /// Every id of the table, in row order.
    std::vector<qint64> rowIds() const
    {
        std::vector<qint64> ids;
        for (int r = 0; r < model()->rowCount(); ++r)
            ids.push_back(model()->incidentId(r));
        return ids;
    }

    void sortAndWait(int column, Qt::SortOrder order)
    {
        QSignalSpy loaded(model(), &analysis::IncidentTableModel::loaded);
        table()->sortByColumn(column, order);
        QVERIFY(loaded.wait(20000));
    }

    QImage shot(const QString& name) const
    {
        const QImage image = m_panel->grab().toImage();
        if (qEnvironmentVariableIsSet("WAYMARK_TEST_SHOTS"))
            image.save(qEnvironmentVariable("WAYMARK_TEST_SHOTS") + QStringLiteral("/incidentspanel-") + name
                + QStringLiteral(".png"));
        return image;
    }

    /// The colour in the middle of a row's first cell, as drawn.
    QRgb rowColour(const QImage& image, int row) const
    {
        const QRect cell = table()->visualRect(model()->index(row, analysis::IncidentTableModel::Victims));
        const QPoint at = table()->viewport()->mapTo(m_panel.get(), QPoint(cell.left() + 3, cell.center().y()));
        return image.pixel(at);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), m_path, 12000, 3));
        m_context = std::make_unique<analysis::AnalysisContext>();
        QVERIFY(m_context->openWorkspace(m_path));
        m_panel = std::make_unique<ui::IncidentsPanel>(m_context.get());
        m_panel->resize(1000, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 12000, 20000);
    }

    void modelIsWellBehavedWithASelection()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<qint64> ids = rowIds();
        std::vector<qint64> some(ids.begin(), ids.begin() + 50);
        std::sort(some.begin(), some.end());
        m_context->setSelection(some);
        m_panel->selectedOnlyBox()->setChecked(true);
        QCOMPARE(model()->rowCount(), 50);
        m_panel->selectedOnlyBox()->setChecked(false);
        QCOMPARE(model()->rowCount(), 12000);
        m_context->setSelection({});
    }

    void scatteredSelectionIsDrawnRowForRow()
    {
        // Every third row: 4,000 separate runs, twice the old table's limit.
        const std::vector<qint64> ids = rowIds();
        std::vector<qint64> every3;
        for (size_t k = 0; k < ids.size(); k += 3)
            every3.push_back(ids[k]);
        std::sort(every3.begin(), every3.end());
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        m_context->setSelection(every3);
        // One repaint signal for the whole table, carrying only the selection role.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int> { analysis::IncidentTableModel::SelectedRole });
        QCOMPARE(model()->selectedRowCount(), qint64(every3.size()));
        for (int row : { 0, 1, 2, 3, 5999, 6000, 11997, 11998 })
            QCOMPARE(model()->data(model()->index(row, 0), analysis::IncidentTableModel::SelectedRole).toBool(),
                row % 3 == 0);
        QVERIFY(
            m_panel->findChild<QLabel*>(QStringLiteral("selectedCount"))->text().contains(QLocale().toString(4000)));

        // What the user sees: selected rows in the highlight colour, the others not.
        table()->scrollToTop();
        const QImage image = shot(QStringLiteral("scattered"));
        const QColor highlight = table()->palette().color(QPalette::Active, QPalette::Highlight);
        for (int row = 0; row < 6; ++row) {
            const QColor c(rowColour(image, row));
            const bool isHighlight = qAbs(c.red() - highlight.red()) + qAbs(c.green() - highlight.green())
                    + qAbs(c.blue() - highlight.blue())
                < 40;
            QVERIFY2(isHighlight == (row % 3 == 0), qPrintable(QStringLiteral("row %1: %2").arg(row).arg(c.name())));
        }
        // Far down the table too: no first-N-rows limit.
        table()->scrollTo(model()->index(11997, 0), QAbstractItemView::PositionAtTop);
        const QImage bottom = shot(QStringLiteral("scattered-bottom"));
        const QColor c(rowColour(bottom, 11997));
        QVERIFY2(
            qAbs(c.red() - highlight.red()) + qAbs(c.green() - highlight.green()) + qAbs(c.blue() - highlight.blue())
                < 40,
            qPrintable(c.name()));
    }

    void showSelectedOnlyListsThoseRows()
    {
        const std::vector<qint64> ids = rowIds();
        std::vector<qint64> picked;
        for (size_t k = 7; k < ids.size(); k += 101)
            picked.push_back(ids[k]);
        std::sort(picked.begin(), picked.end());
        m_context->setSelection(picked);
        m_panel->selectedOnlyBox()->click();
        QVERIFY(model()->selectedOnly());
        QCOMPARE(model()->rowCount(), int(picked.size()));
        std::vector<qint64> shown = rowIds();
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, picked);
        // Sorting keeps to the selected rows.
        sortAndWait(analysis::IncidentTableModel::Victims, Qt::DescendingOrder);
        QCOMPARE(model()->rowCount(), int(picked.size()));
        const int first = model()->data(model()->index(0, analysis::IncidentTableModel::Victims)).toInt();
        const int last
            = model()->data(model()->index(model()->rowCount() - 1, analysis::IncidentTableModel::Victims)).toInt();
        QVERIFY(first >= last);
        // A click among them narrows the shared selection but keeps the list.
        const QRect r = table()->visualRect(model()->index(2, 1));
        const qint64 clicked = model()->incidentId(2);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(*m_context->selection(), std::vector<qint64> { clicked });
        QCOMPARE(model()->rowCount(), int(picked.size()));
        // A new selection from elsewhere replaces the list.
        m_context->setSelection({ picked.front(), picked.back() });
        QCOMPARE(model()->rowCount(), 2);
        shot(QStringLiteral("selected-only"));
        m_panel->selectedOnlyBox()->click();
        QCOMPARE(model()->rowCount(), 12000);
        sortAndWait(analysis::IncidentTableModel::Id, Qt::AscendingOrder);
    }

    void clicksSelectIntoTheSharedContext()
    {
        m_context->setSelection({});
        table()->scrollToTop();
        auto at = [&](int row) { return table()->visualRect(model()->index(row, 1)).center(); };
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, at(1));
        QCOMPARE(*m_context->selection(), std::vector<qint64> { model()->incidentId(1) });
        // Shift-click: the run from row 1 to row 5.
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ShiftModifier, at(5));
        std::vector<qint64> run;
        for (int row = 1; row <= 5; ++row)
            run.push_back(model()->incidentId(row));
        std::sort(run.begin(), run.end());
        QCOMPARE(*m_context->selection(), run);
        // Ctrl-click adds one more.
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier, at(8));
        run.push_back(model()->incidentId(8));
        std::sort(run.begin(), run.end());
        QCOMPARE(*m_context->selection(), run);
        for (int row = 0; row < 10; ++row)
            QCOMPARE(model()->data(model()->index(row, 0), analysis::IncidentTableModel::SelectedRole).toBool(),
                (row >= 1 && row <= 5) || row == 8);
        // A selection made elsewhere clears the table's own and shows instead.
        m_context->setSelection({ model()->incidentId(20) });
        QVERIFY(table()->selectionModel()->selectedRows().isEmpty());
        QVERIFY(model()->data(model()->index(20, 0), analysis::IncidentTableModel::SelectedRole).toBool());
        QVERIFY(!model()->data(model()->index(1, 0), analysis::IncidentTableModel::SelectedRole).toBool());
    }

    void filterKeepsTheSelectionById()
    {
        std::vector<qint64> ids = rowIds();
        std::vector<qint64> some(ids.begin(), ids.begin() + 300);
        std::sort(some.begin(), some.end());
        m_context->setSelection(some);
        analysis::Filter f;
        f.exploitation = 1; // sexual exploitation only
        {
            QSignalSpy loaded(model(), &analysis::IncidentTableModel::loaded);
            m_context->setFilter(f, false);
            QVERIFY(loaded.wait(20000));
        }
        QVERIFY(model()->rowCount() < 12000);
        qint64 expected = 0;
        for (int r = 0; r < model()->rowCount(); ++r)
            expected += std::binary_search(some.begin(), some.end(), model()->incidentId(r));
        QCOMPARE(model()->selectedRowCount(), expected);
        QVERIFY(expected > 0 && expected < 300);
        QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("selectedCount"))
                    ->text()
                    .contains(QStringLiteral("%1 of them").arg(expected)));
        QSignalSpy loaded(model(), &analysis::IncidentTableModel::loaded);
        m_context->setFilter({}, false);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model()->selectedRowCount(), qint64(300));
    }

    void cleanupTestCase()
    {
        m_panel.reset();
        m_context.reset();
    }
};

QTEST_MAIN(TestIncidentsPanel)
#include "tst_incidentspanel.moc"
