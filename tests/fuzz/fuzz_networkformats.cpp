#include "ingest/adjacencymatrixreader.h"
#include "ingest/gmlreader.h"
#include "ingest/pajekreader.h"
#include "ingest/ucinetdlreader.h"

#include <QBuffer>
#include <QSet>

// One target for the four text network readers; the first byte picks the
// reader, so one corpus covers them all.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    QBuffer buf;
    buf.setData(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    buf.open(QIODevice::ReadOnly);
    using waymark::ingest::GraphDocument;
    waymark::Result<GraphDocument> doc = waymark::Error();
    switch (data[0] % 4) {
    case 0:
        doc = waymark::ingest::GmlReader::read(&buf, QStringLiteral("fuzz.gml"));
        break;
    case 1:
        doc = waymark::ingest::PajekReader::read(&buf, QStringLiteral("fuzz.net"));
        break;
    case 2:
        doc = waymark::ingest::UcinetDlReader::read(&buf, QStringLiteral("fuzz.dl"));
        break;
    default:
        doc = waymark::ingest::AdjacencyMatrixReader::read(&buf, QStringLiteral("fuzz.csv"));
        break;
    }
    if (!doc) {
        if (doc.error().message.isEmpty())
            abort();
        return 0;
    }
    // What a reader hands on is importable: every link end is a node, every
    // weight a number above zero, every problem has its reason.
    QSet<QString> ids;
    for (const GraphDocument::Node& n : doc->nodes) {
        if (n.id.isEmpty())
            abort();
        ids.insert(n.id);
    }
    for (const GraphDocument::Link& l : doc->links) {
        if (!ids.contains(l.source) || !ids.contains(l.target) || !(l.weight > 0) || l.weight > 1e12)
            abort();
    }
    for (const GraphDocument::Problem& p : doc->problems) {
        if (p.error.message.isEmpty())
            abort();
    }
    return 0;
}
