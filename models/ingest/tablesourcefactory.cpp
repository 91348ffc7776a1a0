#include "tablesourcefactory.h"

#include "ingest/csvtablesource.h"
#include "ingest/ogrtablesource.h"
#include "ingest/xlsxtablesource.h"

#include <QFileInfo>

namespace waymark::ingest {

namespace {
const QStringList& textSuffixes()
{
    static const QStringList s { QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("tab"),
        QStringLiteral("txt") };
    return s;
}
} // namespace

QStringList TableSourceFactory::suffixes()
{
    QStringList all = textSuffixes() + ogrTableSuffixes();
    all.removeDuplicates();
    all.sort();
    return all;
}

bool TableSourceFactory::isDelimitedText(const QString& path)
{
    return textSuffixes().contains(QFileInfo(path).suffix().toLower());
}

Result<std::unique_ptr<TableSource>> TableSourceFactory::create(const QString& path, const TableOptions& options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    // XLSX sheets through our own streaming reader (see XlsxTableSource for
    // why); ODS sheets and GIS layers through GDAL/OGR, where the layer wins.
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        std::unique_ptr<TableSource> t = std::make_unique<XlsxTableSource>(path, options.sheet);
        return t;
    }
    if (isOgrTableFile(path))
        return openOgrTable(path, options.layer.isEmpty() ? options.sheet : options.layer);
    if (textSuffixes().contains(suffix) || suffix.isEmpty()) {
        std::unique_ptr<TableSource> t = std::make_unique<CsvTableSource>(path, options.delimiter);
        return t;
    }
    return Error(
        QCoreApplication::translate("TableSourceFactory", "%1: unsupported format (.%2); Waymark reads tables from %3")
            .arg(QFileInfo(path).fileName(), suffix, suffixes().join(QStringLiteral(", "))));
}

} // namespace waymark::ingest
