#include "languagemenu.h"
#include "mainwindow.h"
#include "messages.h"
#include "testutil.h"

#include <QMenuBar>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

/// Issue 18 §4: a language can be picked in View ▸ Language, is remembered,
/// and the program starts in it (the system's language otherwise).
class TestLanguageMenu : public QObject {
    Q_OBJECT

    /// `waymark help` as a user would start it, with HOME (and so QSettings) in `home`.
    static QString helpText(const QString& home, const QString& lang)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("LANGUAGE"), lang.left(2));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("WAYMARK_BIN"), { QStringLiteral("help") });
        if (!p.waitForFinished(60000))
            return QStringLiteral("<timed out>");
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_languagemenu"));
        QSettings().clear();
    }

    void viewMenuOffersTheLanguages()
    {
        ui::MainWindow w;
        QMenu* menu = w.findChild<ui::LanguageMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QVERIFY(w.menuBar()->actions().size() >= 4);
        QStringList names;
        for (QAction* a : menu->actions())
            if (!a->isSeparator())
                names << a->text();
        QCOMPARE(names,
            QStringList({ QStringLiteral("System language"), QStringLiteral("English"), QStringLiteral("Français"),
                QStringLiteral("Español") }));
        QVERIFY(menu->actions().first()->isChecked()); // nothing chosen: the system's
    }

    void choosingIsRememberedAndSaysWhenItApplies()
    {
        QStringList told;
        ui::Messages::setAnswerer([&](const ui::Messages::Box& box) {
            told << box.text;
            return int(QMessageBox::Ok);
        });
        auto restore = qScopeGuard([] { ui::Messages::setAnswerer({}); });
        {
            ui::LanguageMenu menu;
            QAction* spanish = nullptr;
            for (QAction* a : menu.actions())
                if (a->data().toString() == QLatin1String("es"))
                    spanish = a;
            QVERIFY(spanish);
            spanish->trigger();
            QVERIFY(spanish->isChecked());
        }
        QCOMPARE(ui::LanguageMenu::chosen(), QStringLiteral("es"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("es"));
        QCOMPARE(told.size(), 1);
        QVERIFY2(told.first().contains(QStringLiteral("Español")) && told.first().contains(QLatin1String("next time")),
            qPrintable(told.first()));

        ui::LanguageMenu again; // a new window shows the choice
        for (QAction* a : again.actions())
            QCOMPARE(a->isChecked(), a->data().toString() == QLatin1String("es") && !a->isSeparator());
        again.actions().first()->trigger(); // back to the system's language
        QCOMPARE(ui::LanguageMenu::chosen(), QString());
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
        QCOMPARE(told.size(), 2);
    }

    void theProgramStartsInTheLanguage()
    {
        QTemporaryDir home;
        // The system's language…
        const QString spanish = helpText(home.path(), QStringLiteral("es_ES.UTF-8"));
        QVERIFY2(spanish.contains(QStringLiteral("puesto de análisis sin conexión")), qPrintable(spanish));
        const QString french = helpText(home.path(), QStringLiteral("fr_FR.UTF-8"));
        QVERIFY2(french.contains(QStringLiteral("poste d'analyse hors ligne")), qPrintable(french));
        // …unless one was chosen in View ▸ Language.
        {
            QSettings chosen(home.filePath(QStringLiteral(".config/Waymark/Waymark.conf")), QSettings::IniFormat);
            chosen.setValue(QStringLiteral("language"), QStringLiteral("fr"));
        }
        const QString chosenFrench = helpText(home.path(), QStringLiteral("es_ES.UTF-8"));
        QVERIFY2(chosenFrench.contains(QStringLiteral("poste d'analyse hors ligne")), qPrintable(chosenFrench));
        {
            QSettings chosen(home.filePath(QStringLiteral(".config/Waymark/Waymark.conf")), QSettings::IniFormat);
            chosen.setValue(QStringLiteral("language"), QStringLiteral("en"));
        }
        const QString english = helpText(home.path(), QStringLiteral("es_ES.UTF-8"));
        QVERIFY2(english.contains(QStringLiteral("offline analysis workstation")), qPrintable(english));
    }
};

QTEST_MAIN(TestLanguageMenu)
#include "tst_languagemenu.moc"
