#include "ingest/stixbundle.h"
#include "ingest/stixrules.h"

#include <QJsonArray>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto bundle = waymark::ingest::StixBundle::parse(bytes, QStringLiteral("fuzz.json"));
    if (!bundle) {
        // A refusal always says why, and where.
        if (bundle.error().message.isEmpty())
            abort();
        return 0;
    }
    // What is read holds only valid ids, each reference resolvable, each
    // position inside the text.
    for (const auto& o : bundle->objects) {
        if (!waymark::ingest::StixRules::isIdentifier(o.id, o.type) || o.line < 1 || o.column < 1)
            abort();
    }
    QJsonObject root { { QStringLiteral("type"), QStringLiteral("bundle") },
        { QStringLiteral("id"), QStringLiteral("bundle--3f6e2c0a-0d3b-4c1e-9b7a-1a2b3c4d5e6f") } };
    QJsonArray objects;
    for (const auto& o : bundle->objects)
        objects.append(o.json);
    root.insert(QStringLiteral("objects"), objects);
    (void)waymark::ingest::StixRules::check(root);
    return 0;
}
