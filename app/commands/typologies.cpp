#include "typologies.h"

#include "commandcontext.h"
#include "finance/typologyreader.h"
#include "finance/typologystore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark::app {

std::optional<std::vector<finance::Typology>> typologiesFor(store::Workspace& ws, const QStringList& names)
{
    auto builtIn = finance::TypologyStore::current(ws);
    if (!builtIn) {
        err() << builtIn.error().toString() << '\n';
        return std::nullopt;
    }
    if (names.isEmpty())
        return builtIn.value();
    std::vector<finance::Typology> chosen;
    for (const QString& name : names) {
        if (name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            auto t = finance::TypologyReader::load(name);
            if (!t) {
                err() << t.error().toString() << '\n';
                return std::nullopt;
            }
            chosen.push_back(std::move(t.value()));
            continue;
        }
        bool found = false;
        for (const finance::Typology& t : builtIn.value()) {
            if (t.id == name) {
                chosen.push_back(t);
                found = true;
            }
        }
        if (!found) {
            QStringList ids;
            for (const finance::Typology& t : builtIn.value())
                ids << t.id;
            err() << QCoreApplication::translate("CommandLine", "unknown typology %1 (built in: %2, or a .json file)")
                         .arg(name, ids.join(QStringLiteral(", ")))
                  << '\n';
            return std::nullopt;
        }
    }
    return chosen;
}

QCommandLineOption typologyOption()
{
    return { QStringLiteral("typology"),
        QCoreApplication::translate("CommandLine", "Typology to score: a built-in id or a .json file (repeatable)."),
        QStringLiteral("T") };
}

} // namespace waymark::app
