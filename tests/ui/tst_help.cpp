#include "chartpanel.h"
#include "helpbrowser.h"
#include "helptextbrowser.h"
#include "mainwindow.h"
#include "shortcutlist.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QHelpContentModel>
#include <QHelpContentWidget>
#include <QHelpEngine>
#include <QHelpEngineCore>
#include <QHelpIndexModel>
#include <QHelpIndexWidget>
#include <QHelpLink>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QTreeWidget>

using namespace waymark;

namespace {
const QString kNamespace = QStringLiteral("org.waymark.guide");

/// The chapters the guide must have: one per tab, the docks, importing,
/// import specifications, reports, sharing and the standards.
const QStringList kChapters = {
    QStringLiteral("workspaces.html"),
    QStringLiteral("importing.html"),
    QStringLiteral("import-specifications.html"),
    QStringLiteral("incidents.html"),
    QStringLiteral("map.html"),
    QStringLiteral("linkchart.html"),
    QStringLiteral("accounts.html"),
    QStringLiteral("reports.html"),
    QStringLiteral("docks.html"),
    QStringLiteral("sharing.html"),
    QStringLiteral("standards.html"),
};

QAction* toolBarAction(QWidget* root, const QString& text)
{
    for (QToolBar* bar : root->findChildren<QToolBar*>()) {
        for (QAction* a : bar->actions()) {
            if (a->text() == text)
                return a;
        }
    }
    return nullptr;
}

QString describe(const QList<ui::ShortcutList::Conflict>& conflicts)
{
    QStringList lines;
    for (const auto& c : conflicts)
        lines << QStringLiteral("%1: \"%2\" (%3) and \"%4\" (%5)")
                     .arg(c.first.key.toString(), c.first.text, c.first.where, c.second.text, c.second.where);
    return lines.join(QLatin1Char('\n'));
}
}

class TestHelp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
        QSettings().clear();
        // The guide is found as the program finds it: beside the binary, not through the variable.
        qunsetenv("WAYMARK_HELP_DIR");
    }

    void guideIsBuiltWithItsChapters()
    {
        const QString qhc = ui::HelpBrowser::collectionFile();
        QVERIFY2(!qhc.isEmpty(), qPrintable(ui::HelpBrowser::searchPath().join(QLatin1Char(' '))));
        QVERIFY(QFileInfo::exists(QFileInfo(qhc).dir().filePath(QStringLiteral("waymark.qch"))));

        QHelpEngineCore core(qhc);
        core.setReadOnly(true);
        QVERIFY2(core.setupData(), qPrintable(core.error()));
        QVERIFY(core.registeredDocumentations().contains(kNamespace));
        for (const QString& page : kChapters) {
            const QByteArray html = core.fileData(ui::HelpBrowser::pageUrl(page));
            QVERIFY2(html.size() > 1500, qPrintable(page + QStringLiteral(" is missing or a stub")));
            QVERIFY2(!html.contains("Stub."), qPrintable(page));
        }
        // What the chapters must say, in the words of the program and the standards.
        const QString map = QString::fromUtf8(core.fileData(ui::HelpBrowser::pageUrl(QStringLiteral("map.html"))));
        QVERIFY(map.contains(QStringLiteral("Alt+1")));
        QVERIFY(map.contains(QStringLiteral("Getis-Ord")));
        const QString standards
            = QString::fromUtf8(core.fileData(ui::HelpBrowser::pageUrl(QStringLiteral("standards.html"))));
        for (const char* term : { "realistic possibility", "roughly even chance", "TLP:AMBER+STRICT", "STANAG 2511",
                 "5x5x5", "k-anonym", "handling code" })
            QVERIFY2(standards.contains(QLatin1String(term), Qt::CaseInsensitive), term);
        // Every keyword of the index leads somewhere.
        QVERIFY(!core.documentsForKeyword(QStringLiteral("ICD 203")).isEmpty());
        QVERIFY(!core.documentsForKeyword(QStringLiteral("import specification")).isEmpty());
        // docs/*.md, the format references, are in the guide as they are (import specifications once written).
        QDir docs(QStringLiteral(WAYMARK_DOCS_DIR));
        for (const QString& md : { QStringLiteral("hub-extract.md"), QStringLiteral("share-package.md"),
                 QStringLiteral("import-specifications.md") }) {
            if (!docs.exists(md))
                continue;
            QFile file(docs.filePath(md));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(core.fileData(ui::HelpBrowser::pageUrl(QStringLiteral("reference/") + md)), file.readAll());
        }
        QVERIFY(docs.exists(QStringLiteral("hub-extract.md")));
        const QString spec
            = QString::fromUtf8(core.fileData(ui::HelpBrowser::pageUrl(QStringLiteral("import-specifications.html"))));
        QCOMPARE(spec.contains(QStringLiteral("reference/import-specifications.md")),
            docs.exists(QStringLiteral("import-specifications.md")));
    }

    void guideIsFoundInAnInstalledPlace()
    {
        // As installed: the two files alone in a folder nobody may write to,
        // named by WAYMARK_HELP_DIR; nothing is written beside them.
        const QDir built = QFileInfo(ui::HelpBrowser::collectionFile()).dir();
        QTemporaryDir dir;
        const QString help = dir.filePath(QStringLiteral("share/waymark/help"));
        QVERIFY(QDir().mkpath(help));
        for (const char* name : { "waymark.qhc", "waymark.qch" })
            QVERIFY(QFile::copy(built.filePath(QLatin1String(name)), help + QLatin1Char('/') + QLatin1String(name)));
        QVERIFY(QFile::setPermissions(help, QFile::ReadOwner | QFile::ExeOwner));
        auto restore = qScopeGuard([&help] {
            QFile::setPermissions(help, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qunsetenv("WAYMARK_HELP_DIR");
        });
        qputenv("WAYMARK_HELP_DIR", help.toLocal8Bit());
        QCOMPARE(ui::HelpBrowser::collectionFile(), QDir(help).filePath(QStringLiteral("waymark.qhc")));
        ui::HelpBrowser browser;
        QVERIFY(browser.isValid());
        QVERIFY(browser.browser()->toPlainText().contains(QStringLiteral("Tasks")));
        QCOMPARE(QDir(help).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 2);
    }

    void missingGuideIsSaid()
    {
        QTemporaryDir empty;
        qputenv("WAYMARK_HELP_DIR", empty.path().toLocal8Bit());
        auto restore = qScopeGuard([] { qunsetenv("WAYMARK_HELP_DIR"); });
        QVERIFY(ui::HelpBrowser::collectionFile().isEmpty());
        ui::HelpBrowser help;
        QVERIFY(!help.isValid());
        QVERIFY(help.browser()->toPlainText().contains(QStringLiteral("was not found")));
        QVERIFY(help.browser()->toPlainText().contains(empty.path()));
        help.showPage(QStringLiteral("map.html")); // nothing to show, and no crash
        QVERIFY(help.browser()->source().isEmpty());
    }

    void contentsAndIndexAreShown()
    {
        ui::HelpBrowser help;
        QVERIFY(help.isValid());
        QHelpContentModel* contents = help.engine()->contentModel();
        QTRY_VERIFY_WITH_TIMEOUT(contents->rowCount() == 1 && contents->rowCount(contents->index(0, 0)) >= 10, 10000);
        QStringList titles;
        const QModelIndex top = contents->index(0, 0);
        for (int i = 0; i < contents->rowCount(top); ++i)
            titles << contents->index(i, 0, top).data().toString();
        for (const char* chapter :
            { "The Map tab", "The Link chart tab", "The Accounts tab", "The Reports tab", "Importing data",
                "Import specifications", "Docks, the filter bar and search", "Standards Waymark follows" })
            QVERIFY2(titles.contains(QLatin1String(chapter)), chapter);
        QTRY_VERIFY(help.engine()->contentWidget()->isExpanded(help.engine()->contentWidget()->model()->index(0, 0)));
        // One click on a chapter opens it.
        QHelpContentWidget* tree = help.engine()->contentWidget();
        help.show();
        QVERIFY(QTest::qWaitForWindowExposed(&help));
        const QModelIndex mapChapter = tree->model()->index(titles.indexOf(QStringLiteral("The Map tab")), 0, top);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(mapChapter).center());
        QCOMPARE(help.browser()->source(), ui::HelpBrowser::pageUrl(QStringLiteral("map.html")));
        QVERIFY(help.browser()->toPlainText().contains(QStringLiteral("Significant hotspots")));
        QHelpIndexModel* index = help.engine()->indexModel();
        QTRY_VERIFY_WITH_TIMEOUT(index->rowCount() > 50, 10000);
        QVERIFY(!index->match(index->index(0, 0), Qt::DisplayRole, QStringLiteral("TLP")).isEmpty());
    }

    void f1OpensTheGuide()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_F1);
        auto* help = w.findChild<ui::HelpBrowser*>();
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        ui::HelpTextBrowser* page = help->browser();
        QCOMPARE(page->source(), ui::HelpBrowser::pageUrl(QStringLiteral("index.html")));
        QVERIFY(page->toPlainText().contains(QStringLiteral("Waymark")));
        QVERIFY(page->toPlainText().size() > 500);

        // A link of the page is followed through the engine; an anchor lands on its section.
        page->setSource(QUrl(QStringLiteral("linkchart.html#paths")));
        QCOMPARE(page->source(), ui::HelpBrowser::pageUrl(QStringLiteral("linkchart.html#paths")));
        QVERIFY(page->toPlainText().contains(QStringLiteral("Time-respecting path")));
        // The guide's style sheet is read through the engine too: keys are set in bold.
        QTextCursor key = page->document()->find(QStringLiteral("Ctrl+Z"));
        QVERIFY(!key.isNull());
        QCOMPARE(key.charFormat().fontWeight(), int(QFont::Bold));
        // The format references are the docs' Markdown, shown as such, and their links work.
        page->setSource(QUrl(QStringLiteral("reference/share-package.md")));
        QCOMPARE(page->source(), ui::HelpBrowser::pageUrl(QStringLiteral("reference/share-package.md")));
        QVERIFY(page->toPlainText().contains(QStringLiteral("The releasability check")));
        QVERIFY(!page->toPlainText().contains(QStringLiteral("## ")));
        page->setSource(QUrl(QStringLiteral("hub-extract.md")));
        QCOMPARE(page->source(), ui::HelpBrowser::pageUrl(QStringLiteral("reference/hub-extract.md")));
        QVERIFY(page->toPlainText().contains(QStringLiteral("manifest.json")));
        page->setSource(QUrl(QStringLiteral("../linkchart.html#paths")));
        // A web address is refused: Waymark opens no network connection.
        QSignalSpy refused(page, &ui::HelpTextBrowser::linkRefused);
        page->setSource(QUrl(QStringLiteral("https://www.gov.uk/")));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(page->source(), ui::HelpBrowser::pageUrl(QStringLiteral("linkchart.html#paths")));
        QVERIFY(page->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))).isNull());

        // F1 again shows the same window; showHelp opens a page.
        QCOMPARE(w.showHelp(QStringLiteral("standards.html")), help);
        QVERIFY(page->toPlainText().contains(QStringLiteral("Probability Yardstick")));
        QCOMPARE(w.findChildren<ui::HelpBrowser*>().size(), 1);
    }

    void shortcutsListsTheViewsKeys()
    {
        ui::MainWindow w;
        const QList<ui::ShortcutList::Entry> entries = ui::ShortcutList::collect(&w);
        auto find = [&entries](const QString& key, const QString& where) -> const ui::ShortcutList::Entry* {
            for (const auto& e : entries) {
                if (e.key == QKeySequence(key) && e.where == where)
                    return &e;
            }
            return nullptr;
        };
        const auto* layOut = find(QStringLiteral("L"), QStringLiteral("Link chart"));
        QVERIFY(layOut);
        QCOMPARE(layOut->text, QStringLiteral("Lay out"));
        for (const char* key : { "E", "Del", "P", "F", "S", "W", "T", "G", "Shift+G", "C", "Shift+C" })
            QVERIFY2(find(QLatin1String(key), QStringLiteral("Link chart")), key);
        const auto* shortest = find(QStringLiteral("S"), QStringLiteral("Link chart"));
        QCOMPARE(shortest->text, QStringLiteral("Path ▸ Shortest path"));
        for (const char* key : { "Alt+1", "Alt+5", "Home", "Z", "Ctrl+Space", "Ctrl+Shift+E" })
            QVERIFY2(find(QLatin1String(key), QStringLiteral("Map")), key);
        QVERIFY(find(QStringLiteral("Ctrl+Shift+S"), QStringLiteral("Accounts")));
        QVERIFY(find(QStringLiteral("Ctrl+Alt+M"), QStringLiteral("Reports")));
        const auto* import = find(QStringLiteral("Ctrl+I"), QStringLiteral("Everywhere"));
        QVERIFY(import);
        QCOMPARE(import->text, QStringLiteral("File ▸ Import…"));
        QVERIFY(find(QKeySequence(QKeySequence::HelpContents).toString(), QStringLiteral("Everywhere")));
        const auto* reset = find(QStringLiteral("Ctrl+Shift+R"), QStringLiteral("Everywhere"));
        QVERIFY(reset);
        QCOMPARE(reset->text, QStringLiteral("Filter ▸ Reset"));
        // A place's keys come in the order of its toolbar: the chart's start with Expand.
        const auto firstOnChart = std::find_if(entries.begin(), entries.end(),
            [](const ui::ShortcutList::Entry& e) { return e.where == QLatin1String("Link chart"); });
        QVERIFY(firstOnChart != entries.end());
        QCOMPARE(firstOnChart->text, QStringLiteral("Expand"));

        // Each action and key once.
        QSet<QString> seen;
        for (const auto& e : entries) {
            const QString id = QString::number(quintptr(e.action.data())) + e.key.toString();
            QVERIFY2(!seen.contains(id), qPrintable(e.text));
            seen.insert(id);
        }
        // No two actions of the window share a key where both can fire.
        const auto conflicts = ui::ShortcutList::conflicts(&w);
        QVERIFY2(conflicts.isEmpty(), qPrintable(describe(conflicts)));
    }

    void conflictsAreFound()
    {
        // The check itself: one key twice where both work is a conflict; on
        // two pages of a tab widget, or in two separate widgets' focus, it is not.
        QMainWindow w;
        auto* tabs = new QTabWidget(&w);
        w.setCentralWidget(tabs);
        auto* one = new QWidget;
        auto* two = new QWidget;
        tabs->addTab(one, QStringLiteral("One"));
        tabs->addTab(two, QStringLiteral("Two"));
        auto action = [](QWidget* on, const QString& text, Qt::ShortcutContext context) {
            auto* a = new QAction(text, on);
            a->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
            a->setShortcutContext(context);
            on->addAction(a);
            return a;
        };
        action(one, QStringLiteral("a"), Qt::WindowShortcut);
        action(two, QStringLiteral("b"), Qt::WindowShortcut);
        QVERIFY(ui::ShortcutList::conflicts(&w).isEmpty());
        auto* child = new QWidget(one);
        action(child, QStringLiteral("c"), Qt::WidgetShortcut);
        QCOMPARE(ui::ShortcutList::conflicts(&w).size(), 1); // a is shown whenever c has the focus
        QMenu* menu = w.menuBar()->addMenu(QStringLiteral("&Menu"));
        QAction* d = menu->addAction(QStringLiteral("&d"));
        d->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
        QCOMPARE(ui::ShortcutList::conflicts(&w).size(), 4); // d with a, b and c
        const auto entries = ui::ShortcutList::collect(&w);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.first().where, QStringLiteral("Everywhere"));
        QCOMPARE(entries.first().text, QStringLiteral("Menu ▸ d"));
        QCOMPARE(entries.at(1).where, QStringLiteral("One"));
    }

    void shortcutsDialogShowsThem()
    {
        ui::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction* open = w.findChild<QAction*>(QStringLiteral("actionKeyboardShortcuts"));
        QVERIFY(open);
        open->trigger();
        auto* dialog = w.findChild<ui::ShortcutsDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTreeWidget* tree = dialog->tree();
        QTreeWidgetItem* chart = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == QLatin1String("Link chart"))
                chart = tree->topLevelItem(i);
        }
        QVERIFY(chart);
        QStringList keys;
        for (int i = 0; i < chart->childCount(); ++i)
            keys << chart->child(i)->text(1);
        for (const char* key : { "E", "L", "S", "W", "T", "G", "C" })
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Everywhere"));

        dialog->setFilterText(QStringLiteral("lay out"));
        int shown = 0;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i) {
                QTreeWidgetItem* item = tree->topLevelItem(g)->child(i);
                if (!item->isHidden()) {
                    ++shown;
                    QVERIFY(item->text(0).contains(QStringLiteral("Lay out")));
                }
            }
        }
        QCOMPARE(shown, 1);
        dialog->close();
    }

    void toolTipsNameTheirKeys()
    {
        ui::MainWindow w;
        int named = 0;
        for (QToolBar* bar : w.findChildren<QToolBar*>()) {
            for (QAction* a : bar->actions()) {
                if (a->shortcut().isEmpty())
                    continue;
                const QString key = a->shortcut().toString(QKeySequence::NativeText);
                QVERIFY2(a->toolTip().contains(QLatin1Char('(') + key + QLatin1Char(')')), qPrintable(a->toolTip()));
                QCOMPARE(a->toolTip().count(QLatin1Char('(') + key + QLatin1Char(')')), 1);
                ++named;
            }
        }
        QVERIFY(named >= 15);
        QAction* layOut = toolBarAction(w.chartPanel(), QStringLiteral("Lay out"));
        QVERIFY(layOut);
        QCOMPARE(layOut->toolTip(), QStringLiteral("Lay the chart out again; pinned entities stay (L)"));
        QAction* newWorkspace = toolBarAction(&w, QStringLiteral("&New Workspace…"));
        QVERIFY(newWorkspace);
        const QString ctrlN = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
        QVERIFY(newWorkspace->toolTip().endsWith(QStringLiteral("(%1)").arg(ctrlN)));
        // A tooltip set later names its key too, once.
        newWorkspace->setToolTip(QStringLiteral("Start an investigation"));
        QCOMPARE(newWorkspace->toolTip(), QStringLiteral("Start an investigation (%1)").arg(ctrlN));
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
