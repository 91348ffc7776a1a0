#include "ingest/csvtablesource.h"
#include "ingest/specguesser.h"

#include <QBuffer>
#include <QList>
#include <QString>
#include <QStringList>

// The guesser reads a table's header and first rows: whatever they hold, its
// proposal must be a valid specification that survives a JSON round trip.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QStringList header = lines.value(0).split(QLatin1Char(','));
    QList<QStringList> rows;
    for (int i = 1; i < lines.size() && i <= 50; ++i)
        rows << lines.at(i).split(QLatin1Char(','));
    const auto g = waymark::ingest::SpecGuesser::guess(header, rows, QStringLiteral("fuzz"), 2026);
    if (g.confidence < 0 || g.confidence > 1)
        abort();
    if (!g.spec.validate())
        abort();
    if (!waymark::ingest::ImportSpec::fromJson(g.spec.toJson(), QStringLiteral("guess.json")))
        abort();

    // Where the header is: the first line (0), or a line of the file after it
    // (a bare carriage return ends a line too).
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    waymark::ingest::CsvTableSource table(&buffer, QStringLiteral("fuzz.csv"), bytes.size(), ',');
    if (table.open()) {
        const int row = waymark::ingest::SpecGuesser::headerRow(table);
        if (row < 0 || row == 1 || row > bytes.count('\n') + bytes.count('\r') + 1)
            abort();
    }
    return 0;
}
