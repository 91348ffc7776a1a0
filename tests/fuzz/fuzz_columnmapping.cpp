#include "ingest/columnmapping.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto m = waymark::ingest::ColumnMapping::fromJson(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), QStringLiteral("m.json"));
    if (m) {
        // What parses must validate and survive a round trip.
        if (!m->validate())
            abort();
        const auto again = waymark::ingest::ColumnMapping::fromJson(m->toJson(), QStringLiteral("m.json"));
        if (!again || again->columns != m->columns || again->delimiter != m->delimiter || again->ownBank != m->ownBank
            || again->timeUnit != m->timeUnit || again->timeOrigin != m->timeOrigin)
            abort();
    }
    return 0;
}
