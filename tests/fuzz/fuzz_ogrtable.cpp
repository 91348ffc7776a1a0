#include "fuzzworkspace.h"
#include "ingest/ogrtablesource.h"

#include <cmath>

// Bytes as an XLSX, an ODS, a GeoJSON and a KML table through OgrTableSource: list
// the sheets, read every row of the first. Any outcome is fine but a crash,
// a sanitizer report, an error without a message, a row with more cells than
// the header, or a point outside lon/lat.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark;
    using Next = ingest::TableSource::Next;
    for (const char* suffix : { "xlsx", "ods", "geojson", "kml" }) {
        const QString path = fuzz::scratch().filePath(QStringLiteral("table.%1").arg(QLatin1String(suffix)));
        fuzz::writeBytes(path, data, size);
        const auto list = ingest::listOgrTables(path);
        if (!list && list.error().message.isEmpty())
            abort();
        auto table = ingest::openOgrTable(path, QString());
        const Status opened = table->open();
        if (!opened) {
            if (opened.error().message.isEmpty())
                abort();
            continue;
        }
        for (int rows = 0; rows < 100000; ++rows) {
            const Next n = table->next();
            if (n == Next::End)
                break;
            if (n == Next::Fatal || n == Next::BadRow) {
                if (table->error().message.isEmpty())
                    abort();
                if (n == Next::Fatal)
                    break;
                continue;
            }
            if (table->cellCount() > table->header().size())
                abort();
            if (!std::isnan(table->lon())
                && (std::abs(table->lon()) > 180.0 + 1e-6 || std::abs(table->lat()) > 90.0 + 1e-6))
                abort();
            (void)table->raw();
        }
        (void)table->notes();
    }
    return 0;
}
