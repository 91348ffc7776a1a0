#include "geo/countrynames.h"

#include "analysis/breakdown.h"
#include "analysis/filter.h"
#include "analysis/incidentsnapshot.h"
#include "core/feedback.h"
#include "geo/gazetteer.h"
#include "map/routevolume.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTest>
#include <QTranslator>

using namespace waymark;
using geo::CountryNames;

/// Country names follow the interface language (issue 18 §4): iso-codes'
/// translations, with Waymark's catalogue for the names iso-codes gets wrong.
class TestCountryNames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
        QVERIFY(CountryNames::setLanguage(QString()));
    }

    void englishIsTheGazetteers()
    {
        QVERIFY(CountryNames::setLanguage(QStringLiteral("en")));
        QCOMPARE(CountryNames::language(), QString());
        QCOMPARE(CountryNames::display(QStringLiteral("Germany")), QStringLiteral("Germany"));
        QCOMPARE(CountryNames::ofCode(QStringLiteral("KOR")), QStringLiteral("South Korea"));
    }

    void spanish_data() { names_data(QStringLiteral("es")); }
    void spanish() { names(QStringLiteral("es")); }
    void french_data() { names_data(QStringLiteral("fr")); }
    void french() { names(QStringLiteral("fr")); }

    void isoCodesAloneWithoutWaymarksCatalogue()
    {
        // No Qt translator installed: the names iso-codes has still change.
        QVERIFY(CountryNames::setLanguage(QStringLiteral("es")));
        QCOMPARE(CountryNames::display(QStringLiteral("Germany")), QStringLiteral("Alemania"));
        QCOMPARE(CountryNames::display(QStringLiteral("South Korea")), QStringLiteral("Corea, República de"));
    }

    void otherTextIsLeftAlone()
    {
        installCatalogue(QStringLiteral("es"));
        QVERIFY(CountryNames::setLanguage(QStringLiteral("es_ES")));
        QCOMPARE(CountryNames::language(), QStringLiteral("es"));
        QCOMPARE(CountryNames::display(QStringLiteral("Lyon")), QStringLiteral("Lyon"));
        QCOMPARE(CountryNames::display(QString()), QString());
        QCOMPARE(CountryNames::ofCode(QStringLiteral("ZZZ")), QString());
    }

    void everyCountryHasAName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void everyCountryHasAName()
    {
        // Every gazetteer country gets a name, none is left in iso-codes'
        // inverted "Name, Qualifier" form unless the country is called so.
        QFETCH(QString, language);
        installCatalogue(language);
        QVERIFY(CountryNames::setLanguage(language));
        int translated = 0;
        for (const geo::Country& c : geo::Gazetteer::instance().countries()) {
            const QString shown = CountryNames::display(c.name);
            QVERIFY2(!shown.isEmpty(), qPrintable(c.alpha2));
            QVERIFY2(shown.at(0).isUpper() || shown.at(0).isDigit(), qPrintable(shown));
            QVERIFY2(!shown.contains(QLatin1String(", República")) && !shown.contains(QLatin1String(", Îles"))
                    && !shown.contains(QLatin1String(", République")) && !shown.contains(QLatin1String(", Islas")),
                qPrintable(shown));
            translated += shown != c.name;
        }
        QVERIFY2(translated > 150, qPrintable(QString::number(translated)));
    }

    void breakdownAndSnapshotShowTheLanguage()
    {
        // A real workspace: the country breakdown and the snapshot's places
        // (routes, hotspots, the route chart) name countries in Spanish.
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 2000);
        QVERIFY(ws);
        installCatalogue(QStringLiteral("es"));
        QVERIFY(CountryNames::setLanguage(QStringLiteral("es")));
        const Result<analysis::Breakdown> b
            = analysis::Breakdown::load(*ws, analysis::Filter(), analysis::Breakdown::Kind::Citizenship);
        QVERIFY2(b, qPrintable(b.error().message));
        int spanish = 0;
        for (int k = 0; k < b->categoryKeys.size(); ++k) {
            if (b->categoryKeys.at(k).isEmpty())
                continue;
            QCOMPARE(b->categories.at(k), CountryNames::ofCode(b->categoryKeys.at(k)));
            const int i = geo::Gazetteer::instance().find(b->categoryKeys.at(k));
            spanish += b->categories.at(k) != geo::Gazetteer::instance().countries().at(i).name;
        }
        QVERIFY2(spanish > 0, qPrintable(b->categories.join(QLatin1String(", "))));

        Feedback feedback;
        const auto snap = analysis::IncidentSnapshot::load(*ws, analysis::Filter(), feedback);
        QVERIFY2(snap, qPrintable(snap.error().message));
        bool sawGermany = false;
        for (const analysis::PlaceInfo& p : snap.value()->places) {
            if (p.iso3 == QLatin1String("DEU")) {
                QCOMPARE(p.name, QStringLiteral("Alemania"));
                sawGermany = true;
            }
        }
        QVERIFY(sawGermany);

        // A route parses from English names or codes (the command line) and
        // from the names the interface shows (the route chart), alike.
        const auto english = map::RouteVolume::parseRoute(*snap.value(), QStringLiteral("Germany>Türkiye"));
        const auto shown = map::RouteVolume::parseRoute(*snap.value(), QStringLiteral("Alemania>Turquía"));
        const auto codes = map::RouteVolume::parseRoute(*snap.value(), QStringLiteral("DEU>TR"));
        QVERIFY2(english && shown && codes, "a route side was not found");
        QCOMPARE(shown->from, english->from);
        QCOMPARE(shown->to, english->to);
        QCOMPARE(codes->to, english->to);
        QCOMPARE(english->toName, QStringLiteral("Turquía"));
    }

private:
    void names_data(const QString& language)
    {
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("shown");
        const bool es = language == QLatin1String("es");
        auto row = [](const char* name, const char* english, const char* shown) {
            QTest::newRow(name) << QString::fromUtf8(english) << QString::fromUtf8(shown);
        };
        // From iso-codes:
        row("Germany", "Germany", (es ? "Alemania" : "Allemagne"));
        row("Nigeria", "Nigeria", (es ? "Nigeria" : "Nigeria"));
        row("United Kingdom", "United Kingdom", (es ? "Reino Unido" : "Royaume-Uni"));
        row("Cook Islands", "Cook Islands", (es ? "Islas Cook" : "Îles Cook"));
        // From Waymark's catalogue: short names and iso-codes' slips.
        row("South Korea", "South Korea", (es ? "Corea del Sur" : "Corée du Sud"));
        row("Türkiye", "Türkiye", (es ? "Turquía" : "Turquie"));
        row("Côte d'Ivoire", "Côte d'Ivoire", (es ? "Costa de Marfil" : "Côte d'Ivoire"));
        row("Russia", "Russia", (es ? "Rusia" : "Russie"));
        row("Falklands", "Falkland Islands (Malvinas)", (es ? "Islas Malvinas" : "Îles Malouines"));
        row("Kosovo", "Kosovo", (es ? "Kosovo" : "Kosovo"));
    }
    void names(const QString& language)
    {
        QFETCH(QString, english);
        QFETCH(QString, shown);
        installCatalogue(language);
        QVERIFY(CountryNames::setLanguage(language));
        QCOMPARE(CountryNames::display(english), shown);
        const int i = geo::Gazetteer::instance().find(english);
        QVERIFY(i >= 0);
        QCOMPARE(CountryNames::ofCode(geo::Gazetteer::instance().countries().at(i).alpha3), shown);
    }
    void installCatalogue(const QString& language)
    {
        m_translator = std::make_unique<QTranslator>();
        const QString qm = QStringLiteral(WAYMARK_QM_DIR "/waymark_%1.qm").arg(language);
        QVERIFY2(m_translator->load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(m_translator.get());
    }

    std::unique_ptr<QTranslator> m_translator;
};

QTEST_GUILESS_MAIN(TestCountryNames)
#include "tst_countrynames.moc"
