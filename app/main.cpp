#include "commandregistry.h"
#include "geo/countrynames.h"
#include "languagemenu.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
}

/// The language chosen in View ▸ Language, else the system's (LANGUAGE /
/// LC_ALL / LC_MESSAGES / LANG). Country names follow the catalogue loaded.
/// Our catalogues sit beside the binary's prefix (WAYMARK_TRANSLATIONS_DIR,
/// relative to the binary: ../share/waymark/translations), the same in the
/// build tree and wherever the package was installed or unpacked.
void installTranslations(QCoreApplication& app)
{
    const QString chosen = waymark::ui::LanguageMenu::chosen();
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    auto* ours = new QTranslator(&app);
    const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(WAYMARK_TRANSLATIONS_DIR));
    if (ours->load(locale, QStringLiteral("waymark"), QStringLiteral("_"), dir))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (waymark::Status names = waymark::geo::CountryNames::setLanguage(ours->isEmpty() ? QString() : ours->language());
        !names)
        qWarning("%s", qPrintable(names.error().message));
}

} // namespace

int main(int argc, char** argv)
{
#ifdef Q_OS_UNIX
    // Everything Waymark writes holds case data or is derived from it:
    // workspaces and their side files, autosaves, exports, figures. None of
    // it is for other accounts on the machine.
    ::umask(077);
#endif
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    setIdentity();

    if (waymark::app::CommandRegistry::drawsImages(arguments)) {
        // Batch drawing needs fonts but no window: offscreen unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        installTranslations(app);
        return waymark::app::CommandRegistry::run(app.arguments());
    }
    if (waymark::app::CommandRegistry::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return waymark::app::CommandRegistry::run(app.arguments());
    }

    QApplication app(argc, argv);
    // The desktop entry's name: Wayland compositors and docks match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral(WAYMARK_APP_ID));
    installTranslations(app);
    waymark::ui::MainWindow window;
    const QStringList args = app.arguments();
    if (args.size() > 1) {
        window.openWorkspace(args.at(1), !QFileInfo::exists(args.at(1)));
    } else {
        const QString last = QSettings().value(QStringLiteral("lastWorkspace")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            window.openWorkspace(last);
    }
    window.show();
    return app.exec();
}
