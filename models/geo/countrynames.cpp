#include "countrynames.h"

#include "core/gettextcatalog.h"
#include "geo/gazetteer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>

#include <atomic>
#include <memory>

namespace waymark::geo {

namespace {

// Names whose iso-codes translation is not what Spanish or French readers use
// (formal "Corea, República de", inverted "Salomon, Îles", misspelt "Costa de
// Marfíl", "Türkiye" where Spanish says "Turquía") or that iso-codes lacks:
// the gazetteer's English display name, translated in translations/*.ts.
const char* const kCatalogued[] = {
    QT_TRANSLATE_NOOP("CountryNames", "Algeria"),
    QT_TRANSLATE_NOOP("CountryNames", "Bolivia"),
    QT_TRANSLATE_NOOP("CountryNames", "Bonaire, Sint Eustatius and Saba"),
    QT_TRANSLATE_NOOP("CountryNames", "Brunei"),
    QT_TRANSLATE_NOOP("CountryNames", "Burkina Faso"),
    QT_TRANSLATE_NOOP("CountryNames", "Christmas Island"),
    QT_TRANSLATE_NOOP("CountryNames", "Cocos (Keeling) Islands"),
    QT_TRANSLATE_NOOP("CountryNames", "Comoros"),
    QT_TRANSLATE_NOOP("CountryNames", "Côte d'Ivoire"),
    QT_TRANSLATE_NOOP("CountryNames", "DR Congo"),
    QT_TRANSLATE_NOOP("CountryNames", "Equatorial Guinea"),
    QT_TRANSLATE_NOOP("CountryNames", "Falkland Islands (Malvinas)"),
    QT_TRANSLATE_NOOP("CountryNames", "Greenland"),
    QT_TRANSLATE_NOOP("CountryNames", "Iran"),
    QT_TRANSLATE_NOOP("CountryNames", "Kosovo"),
    QT_TRANSLATE_NOOP("CountryNames", "Laos"),
    QT_TRANSLATE_NOOP("CountryNames", "Micronesia"),
    QT_TRANSLATE_NOOP("CountryNames", "Moldova"),
    QT_TRANSLATE_NOOP("CountryNames", "North Korea"),
    QT_TRANSLATE_NOOP("CountryNames", "North Macedonia"),
    QT_TRANSLATE_NOOP("CountryNames", "Palestine"),
    QT_TRANSLATE_NOOP("CountryNames", "Réunion"),
    QT_TRANSLATE_NOOP("CountryNames", "Russia"),
    QT_TRANSLATE_NOOP("CountryNames", "Sint Maarten (Dutch part)"),
    QT_TRANSLATE_NOOP("CountryNames", "Solomon Islands"),
    QT_TRANSLATE_NOOP("CountryNames", "South Korea"),
    QT_TRANSLATE_NOOP("CountryNames", "Suriname"),
    QT_TRANSLATE_NOOP("CountryNames", "Syria"),
    QT_TRANSLATE_NOOP("CountryNames", "Taiwan"),
    QT_TRANSLATE_NOOP("CountryNames", "Tanzania"),
    QT_TRANSLATE_NOOP("CountryNames", "Tunisia"),
    QT_TRANSLATE_NOOP("CountryNames", "Türkiye"),
    QT_TRANSLATE_NOOP("CountryNames", "Vatican"),
    QT_TRANSLATE_NOOP("CountryNames", "Venezuela"),
    QT_TRANSLATE_NOOP("CountryNames", "Vietnam"),
    QT_TRANSLATE_NOOP("CountryNames", "Virgin Islands, British"),
    QT_TRANSLATE_NOOP("CountryNames", "Virgin Islands, U.S."),
    QT_TRANSLATE_NOOP("CountryNames", "Åland Islands"),
};

struct Names {
    QString language;
    QHash<QString, QString> byEnglish;
};

// Swapped whole, read without a lock: views on worker threads call display().
std::shared_ptr<const Names> g_names;

std::shared_ptr<const Names> current()
{
    return std::atomic_load(&g_names);
}

QString capitalised(QString s)
{
    // iso-codes writes some French names in lower case ("îles Cook").
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

QString CountryNames::catalogPath(const QString& language)
{
    const QLocale locale(language);
    const QString shortName = QLocale::languageToCode(locale.language());
    for (const QString& name : { language, locale.name(), shortName }) {
        if (name.isEmpty())
            continue;
        const QString relative = QStringLiteral("locale/%1/LC_MESSAGES/iso_3166-1.mo").arg(name);
        QString path = QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative);
        if (path.isEmpty() && QFileInfo::exists(QStringLiteral("/usr/share/") + relative))
            path = QStringLiteral("/usr/share/") + relative;
        if (!path.isEmpty())
            return path;
    }
    return {};
}

Status CountryNames::setLanguage(const QString& language)
{
    const QLocale locale(language);
    if (language.isEmpty() || locale.language() == QLocale::English || locale.language() == QLocale::C) {
        std::atomic_store(&g_names, std::shared_ptr<const Names>());
        return Ok {};
    }
    const QString path = catalogPath(language);
    if (path.isEmpty()) {
        std::atomic_store(&g_names, std::shared_ptr<const Names>());
        return Error(QCoreApplication::translate(
            "CountryNames", "Country names stay in English: the iso-codes translations for %1 are not installed.")
                         .arg(language));
    }
    Result<GettextCatalog> iso = GettextCatalog::load(path);
    if (!iso) {
        std::atomic_store(&g_names, std::shared_ptr<const Names>());
        return iso.error();
    }
    QSet<QString> catalogued;
    for (const char* name : kCatalogued)
        catalogued.insert(QString::fromUtf8(name));

    auto names = std::make_shared<Names>();
    names->language = QLocale::languageToCode(locale.language());
    for (const Country& c : Gazetteer::instance().countries()) {
        QString shown;
        if (catalogued.contains(c.name)) {
            shown = QCoreApplication::translate("CountryNames", c.name.toUtf8().constData());
            if (shown == c.name) // Waymark's own catalogue is not installed: iso-codes still helps
                shown.clear();
        }
        for (qsizetype k = -1; shown.isEmpty() && k < c.variants.size(); ++k)
            shown = capitalised(iso->translate(k < 0 ? c.name : c.variants.at(k)));
        if (!shown.isEmpty() && shown != c.name)
            names->byEnglish.insert(c.name, shown);
    }
    std::atomic_store(&g_names, std::shared_ptr<const Names>(std::move(names)));
    return Ok {};
}

QString CountryNames::language()
{
    const auto names = current();
    return names ? names->language : QString();
}

QString CountryNames::display(const QString& englishName)
{
    const auto names = current();
    return names ? names->byEnglish.value(englishName, englishName) : englishName;
}

QString CountryNames::ofCode(const QString& code)
{
    const Gazetteer& g = Gazetteer::instance();
    const int i = g.find(code);
    return i < 0 ? QString() : display(g.countries().at(i).name);
}

} // namespace waymark::geo
