#include "fuzzworkspace.h"

#include <QList>

// The input is the tables of an extract, separated by lines of "%%":
// manifest.json, sources, entities, incidents, route legs, links, accounts, transactions.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark::fuzz;
    static const char* const names[] = { "manifest.json", "sources.csv", "entities.csv", "incidents.csv",
        "route_legs.csv", "links.csv", "accounts.csv", "transactions.csv" };
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('%');
    QDir dir(scratch().filePath(QStringLiteral("extract")));
    dir.removeRecursively();
    dir.mkpath(QStringLiteral("."));
    for (int i = 0; i < parts.size() && i < 8; ++i) {
        QFile f(dir.filePath(QLatin1String(names[i])));
        if (f.open(QIODevice::WriteOnly))
            f.write(parts.at(i));
    }
    importInto(dir.path());
    return 0;
}
