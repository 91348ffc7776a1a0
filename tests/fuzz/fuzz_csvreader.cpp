#include "ingest/csvreader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QBuffer buf;
    buf.setData(reinterpret_cast<const char*>(data), qsizetype(size));
    buf.open(QIODevice::ReadOnly);
    waymark::ingest::CsvReader r(&buf, QStringLiteral("fuzz.csv"), size > 0 && data[0] == ';' ? ';' : ',');
    r.setMaxFieldBytes(4096);
    for (int n = 0; n < 100000; ++n) {
        const auto s = r.readRecord();
        if (s == waymark::ingest::CsvReader::Status::End || s == waymark::ingest::CsvReader::Status::Fatal)
            break;
        if (s == waymark::ingest::CsvReader::Status::BadRecord) {
            if (r.error().line < 1 || r.error().column < 1)
                abort();
            continue;
        }
        for (int i = 0; i < r.fieldCount(); ++i) {
            const std::string_view f = r.field(i);
            volatile size_t sink = f.size() ? size_t(f[0]) + f.size() : 0;
            (void)sink;
            if (r.fieldLine(i) < r.recordLine() || r.fieldColumn(i) < 1)
                abort();
        }
        (void)r.rawRecord();
    }
    return 0;
}
