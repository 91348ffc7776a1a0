#include "analysis/analysiscontext.h"
#include "mainwindow.h"
#include "reporteditor.h"
#include "reports/reportstore.h"
#include "searchbox.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QFrame>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace waymark;
using analysis::Search;

/// The search box as a user types into it: a phone number lands on its
/// entity, bad syntax explains itself, "More…" pages, and a word of a
/// report's text opens that report in the main window.
class TestSearchBox : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    analysis::AnalysisContext m_context;
    std::unique_ptr<ui::SearchBox> m_box;

    void type(const QString& text)
    {
        QSignalSpy done(m_box.get(), &ui::SearchBox::searched);
        m_box->lineEdit()->clear();
        QTest::keyClicks(m_box->lineEdit(), text);
        QVERIFY(done.wait(5000) || done.count() > 0);
        QTRY_VERIFY(!m_box->isSearching());
    }
    QListWidgetItem* resultFor(Search::Kind kind, qint64 id) const
    {
        for (int r = 0; r < m_box->results()->count(); ++r) {
            QListWidgetItem* item = m_box->results()->item(r);
            if (item->data(ui::SearchBox::IdRole).isValid() && item->data(ui::SearchBox::IdRole).toLongLong() == id
                && item->data(ui::SearchBox::KindRole).toInt() == int(kind))
                return item;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), path, 1500, 4));
        QVERIFY(m_context.openWorkspace(path));
        m_box = std::make_unique<ui::SearchBox>(&m_context);
        m_box->resize(500, 600);
        m_box->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_box.get()));
    }

    void phoneLandsOnItsEntity()
    {
        const QString label
            = m_context.workspace()->strings("SELECT label FROM entities WHERE type = 'phone' LIMIT 1").value(0);
        const qint64 id = m_context.workspace()->scalar("SELECT id FROM entities WHERE type = 'phone' LIMIT 1");
        type(label);
        QListWidgetItem* item = resultFor(Search::Kind::Entity, id);
        QVERIFY2(item, qPrintable(label));
        QVERIFY(item->data(ui::SearchBox::HtmlRole).toString().contains(QStringLiteral("<b>")));
        QSignalSpy chosen(m_box.get(), &ui::SearchBox::resultChosen);
        QTest::mouseClick(
            m_box->results()->viewport(), Qt::LeftButton, {}, m_box->results()->visualItemRect(item).center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<Search::Kind>(), Search::Kind::Entity);
        QCOMPARE(chosen.at(0).at(1).toLongLong(), id);
        m_box->grab().save(m_dir.filePath(QStringLiteral("search.png")));
        if (qEnvironmentVariableIsSet("WAYMARK_KEEP_PNG"))
            m_box->grab().save(qEnvironmentVariable("WAYMARK_KEEP_PNG"));
    }

    void badSyntaxExplainsItself()
    {
        type(QStringLiteral("\"forced labour"));
        QVERIFY2(m_box->message().contains(QStringLiteral("cannot be read")), qPrintable(m_box->message()));
        QVERIFY(!m_box->results()->isVisible());
        type(QStringLiteral("labour"));
        QVERIFY(m_box->message().isEmpty());
        QVERIFY(m_box->results()->isVisible());
    }

    void moreFetchesTheNextPage()
    {
        type(QStringLiteral("case"));
        auto count = [this] {
            int n = 0;
            for (int r = 0; r < m_box->results()->count(); ++r)
                n += m_box->results()->item(r)->data(ui::SearchBox::KindRole).toInt() == int(Search::Kind::Incident)
                    && m_box->results()->item(r)->data(ui::SearchBox::IdRole).isValid();
            return n;
        };
        QCOMPARE(count(), ui::SearchBox::pageSize);
        QListWidgetItem* more = nullptr;
        for (int r = 0; r < m_box->results()->count(); ++r)
            if (m_box->results()->item(r)->data(ui::SearchBox::MoreRole).toInt() == int(Search::Kind::Incident)
                && m_box->results()->item(r)->data(ui::SearchBox::MoreRole).isValid())
                more = m_box->results()->item(r);
        QVERIFY(more);
        QSignalSpy done(m_box.get(), &ui::SearchBox::searched);
        Q_EMIT m_box->results()->itemActivated(more);
        QVERIFY(done.wait(5000));
        QCOMPARE(count(), 2 * ui::SearchBox::pageSize);
    }

    void staysOneLineHigh()
    {
        // In the window the results drop down over the views; the toolbar
        // holding the box keeps its height (it grew by ~200 px before).
        ui::MainWindow window;
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openWorkspace(m_context.workspacePath()));
        auto* box = window.findChild<ui::SearchBox*>();
        auto* bar = window.findChild<QToolBar*>(QStringLiteral("searchBar"));
        QVERIFY(box && bar);
        QTRY_VERIFY(bar->isVisible());
        const int barHeight = bar->height();
        QVERIFY2(barHeight < 3 * box->lineEdit()->height(), qPrintable(QString::number(barHeight)));
        QSignalSpy done(box, &ui::SearchBox::searched);
        box->lineEdit()->setFocus();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("case"));
        QVERIFY(done.wait(5000) || done.count() > 0);
        QTRY_VERIFY(!box->isSearching());
        QTRY_VERIFY(box->results()->isVisible());
        QCOMPARE(bar->height(), barHeight);
        QCOMPARE(box->height(), box->lineEdit()->height());
        // Under the line, inside the window, over what is there.
        QFrame* drop = box->dropDown();
        QCOMPARE(drop->parentWidget(), &window);
        const QPoint lineBottom = box->lineEdit()->mapTo(&window, QPoint(0, box->lineEdit()->height()));
        QCOMPARE(drop->geometry().top(), lineBottom.y());
        QVERIFY(drop->geometry().left() <= lineBottom.x());
        QVERIFY(drop->width() >= box->lineEdit()->width());
        QVERIFY(window.rect().contains(drop->geometry()));
        QVERIFY2(drop->height() > 100, qPrintable(QString::number(drop->height())));
        if (qEnvironmentVariableIsSet("WAYMARK_KEEP_PNG"))
            window.grab().save(qEnvironmentVariable("WAYMARK_KEEP_PNG"));
        // Down enters the results, Escape closes them, focus back in the line reopens them.
        QTest::keyClick(box->lineEdit(), Qt::Key_Down);
        QTRY_VERIFY(box->results()->hasFocus());
        QVERIFY(box->results()->currentItem()->data(ui::SearchBox::IdRole).isValid());
        QTest::keyClick(box->results(), Qt::Key_Escape);
        QVERIFY(!drop->isVisible());
        QVERIFY(box->lineEdit()->hasFocus());
        QTest::keyClick(box->lineEdit(), Qt::Key_Down);
        QVERIFY(drop->isVisible());
        QTest::keyClick(box->results(), Qt::Key_Escape);
        window.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setFocus();
        box->lineEdit()->setFocus();
        QVERIFY(drop->isVisible());
        // A narrower window: the drop-down follows and stays inside.
        window.resize(1000, 700);
        QTRY_VERIFY(window.rect().contains(drop->geometry()));
        QCOMPARE(bar->height(), barHeight);
    }

    void reportTextOpensTheReport()
    {
        auto doc = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
        doc.title = QStringLiteral("Kestrel route review");
        doc.sections.at(0).html = QStringLiteral("<p>Victims were moved through <b>Agadez</b> by night.</p>");
        auto id = reports::ReportStore(*m_context.workspace()).create(doc);
        QVERIFY(id);
        // In the box: a result of its own kind, with the word in bold.
        type(QStringLiteral("Agadez"));
        QListWidgetItem* item = resultFor(Search::Kind::Report, id.value());
        QVERIFY(item);
        QVERIFY(item->data(ui::SearchBox::HtmlRole).toString().contains(QStringLiteral("<b>Agadez</b>")));
        QVERIFY(item->data(ui::SearchBox::HtmlRole).toString().contains(QStringLiteral("Kestrel route review")));
        QSignalSpy chosen(m_box.get(), &ui::SearchBox::resultChosen);
        Q_EMIT m_box->results()->itemActivated(item);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(1).toLongLong(), id.value());

        // In the main window the result opens the Reports tab on that report.
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(m_context.workspacePath()));
        auto* box = window.findChild<ui::SearchBox*>();
        QVERIFY(box);
        QSignalSpy done(box, &ui::SearchBox::searched);
        QTest::keyClicks(box->lineEdit(), QStringLiteral("kestrel"));
        QVERIFY(done.wait(5000) || done.count() > 0);
        QTRY_VERIFY(!box->isSearching());
        QListWidgetItem* hit = nullptr;
        for (int r = 0; r < box->results()->count() && !hit; ++r)
            if (box->results()->item(r)->data(ui::SearchBox::KindRole).toInt() == int(Search::Kind::Report))
                hit = box->results()->item(r);
        QVERIFY(hit);
        Q_EMIT box->results()->itemActivated(hit);
        auto* editor = window.findChild<ui::ReportEditor*>();
        QVERIFY(editor);
        QCOMPARE(editor->reportId(), id.value());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs->currentWidget()->isAncestorOf(editor));
    }
};

QTEST_MAIN(TestSearchBox)
#include "tst_searchbox.moc"
