#include "importformats.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace waymark::ingest {

QList<ImportFormats::Format> ImportFormats::all()
{
    auto f = [](const char* name, std::initializer_list<const char*> patterns) {
        Format format { QCoreApplication::translate("ImportFormats", name), {} };
        for (const char* p : patterns)
            format.patterns << QLatin1String(p);
        return format;
    };
    return {
        f(QT_TRANSLATE_NOOP("ImportFormats", "Hub extract"), { "*.zip" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "CSV and text tables"), { "*.csv", "*.tsv", "*.txt" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "Excel workbook"), { "*.xlsx" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "OpenDocument spreadsheet"), { "*.ods" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "GraphML"), { "*.graphml" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "GEXF (Gephi)"), { "*.gexf" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "GML graph"), { "*.gml" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "Pajek network"), { "*.net", "*.paj" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "UCINET DL"), { "*.dl" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "STIX 2.1 bundle (OpenCTI, MISP)"), { "*.json" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "GeoJSON"), { "*.geojson", "*.json" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "KML and KMZ"), { "*.kml", "*.kmz" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "Shapefile"), { "*.shp" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "GPX"), { "*.gpx" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "FlatGeobuf"), { "*.fgb" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "GeoPackage"), { "*.gpkg" }),
        f(QT_TRANSLATE_NOOP("ImportFormats", "MBTiles"), { "*.mbtiles" }),
    };
}

QStringList ImportFormats::fileDialogFilters()
{
    QStringList every, filters;
    for (const Format& f : all()) {
        for (const QString& p : f.patterns) {
            if (!every.contains(p))
                every << p;
        }
        filters << QStringLiteral("%1 (%2)").arg(f.name, f.patterns.join(QLatin1Char(' ')));
    }
    filters.prepend(
        QCoreApplication::translate("ImportFormats", "All supported files (%1)").arg(every.join(QLatin1Char(' '))));
    filters << QCoreApplication::translate("ImportFormats", "All files (*)");
    return filters;
}

bool ImportFormats::isKnownSuffix(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    const QString pattern = QStringLiteral("*.") + info.suffix().toLower();
    for (const Format& f : all()) {
        if (f.patterns.contains(pattern))
            return true;
    }
    return false;
}

QString ImportFormats::unsupportedMessage(const QString& fileName)
{
    QStringList names;
    for (const Format& f : all())
        names << QStringLiteral("%1 (%2)").arg(f.name, f.patterns.join(QStringLiteral(", ")));
    return QCoreApplication::translate("ImportFormats", "unsupported format: %1; Waymark reads %2")
        .arg(fileName, names.join(QStringLiteral("; ")));
}

} // namespace waymark::ingest
