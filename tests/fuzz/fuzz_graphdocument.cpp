#include "ingest/graphdocument.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QBuffer buf;
    buf.setData(reinterpret_cast<const char*>(data), qsizetype(size));
    buf.open(QIODevice::ReadOnly);
    const auto doc = waymark::ingest::GraphDocument::read(&buf, QStringLiteral("fuzz.graphml"));
    if (doc) {
        // What reads must write and read back the same.
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        if (!doc->writeGraphML(&out))
            abort();
        out.close();
        out.open(QIODevice::ReadOnly);
        const auto again = waymark::ingest::GraphDocument::read(&out, QStringLiteral("again.graphml"));
        if (!again || again->nodes.size() != doc->nodes.size() || again->links.size() != doc->links.size())
            abort();
    } else if (doc.error().message.isEmpty()) {
        abort();
    }
    return 0;
}
