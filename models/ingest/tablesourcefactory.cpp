#include "tablesourcefactory.h"

#include "ingest/csvtablesource.h"

#include <QFileInfo>
#include <QHash>

#include <mutex>

namespace waymark::ingest {

namespace {
struct Registry {
    std::mutex mutex;
    QHash<QString, TableSourceFactory::Opener> openers;
};
Registry& registry()
{
    static Registry r;
    return r;
}
const QStringList& textSuffixes()
{
    static const QStringList s { QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("tab"),
        QStringLiteral("txt") };
    return s;
}
} // namespace

void TableSourceFactory::registerOpener(const QStringList& suffixes, Opener opener)
{
    Registry& r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    for (const QString& s : suffixes)
        r.openers.insert(s.toLower(), opener);
}

QStringList TableSourceFactory::suffixes()
{
    Registry& r = registry();
    const std::lock_guard<std::mutex> lock(r.mutex);
    QStringList all = textSuffixes();
    for (auto it = r.openers.cbegin(); it != r.openers.cend(); ++it)
        if (!all.contains(it.key()))
            all << it.key();
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
    {
        Registry& r = registry();
        const std::lock_guard<std::mutex> lock(r.mutex);
        // A registered opener wins, so a reader of another kind of text
        // table can take over a suffix.
        if (auto it = r.openers.constFind(suffix); it != r.openers.constEnd()) {
            const Opener opener = *it;
            return opener(path, options);
        }
    }
    if (textSuffixes().contains(suffix) || suffix.isEmpty()) {
        std::unique_ptr<TableSource> t = std::make_unique<CsvTableSource>(path, options.delimiter);
        return t;
    }
    return Error(
        QCoreApplication::translate("TableSourceFactory", "%1: unsupported format (.%2); Waymark reads tables from %3")
            .arg(QFileInfo(path).fileName(), suffix, suffixes().join(QStringLiteral(", "))));
}

} // namespace waymark::ingest
