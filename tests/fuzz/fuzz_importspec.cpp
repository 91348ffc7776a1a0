#include "fuzzworkspace.h"

#include "ingest/csvtablesource.h"
#include "ingest/importspec.h"
#include "ingest/specimporter.h"

#include <QBuffer>

// Input: an import specification (JSON), a line "----", then a small table.
// The spec is read (refused or not, never a crash), previewed over the
// table, and run through the real import job into a fresh workspace.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark;
    using namespace waymark::fuzz;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype cut = input.indexOf("\n----\n");
    const QByteArray json = cut < 0 ? input : input.left(cut);
    QByteArray table = cut < 0 ? QByteArray("a,b,c\n1,2,3\n") : input.mid(cut + 6);

    const auto spec = ingest::ImportSpec::fromJson(json, QStringLiteral("spec.json"));
    if (!spec)
        return 0;
    // What a spec writes it must read back the same.
    const auto again = ingest::ImportSpec::fromJson(spec->toJson(), QStringLiteral("again.json"));
    if (!again || again->toJson() != spec->toJson())
        abort();

    QBuffer buffer(&table);
    buffer.open(QIODevice::ReadOnly);
    ingest::CsvTableSource source(&buffer, QStringLiteral("table.csv"), table.size(), spec->delimiter);
    if (source.open())
        ingest::SpecImporter::preview(spec.value(), source, 50, 2030);

    const QString specPath = scratch().filePath(QStringLiteral("spec.json"));
    const QString tablePath = scratch().filePath(QStringLiteral("table.csv"));
    writeBytes(specPath, reinterpret_cast<const uint8_t*>(json.constData()), size_t(json.size()));
    writeBytes(tablePath, reinterpret_cast<const uint8_t*>(table.constData()), size_t(table.size()));
    auto ws = store::Workspace::open(QStringLiteral(":memory:"));
    if (!ws)
        abort();
    Feedback feedback;
    ingest::ImportOptions options;
    options.keepGoing = true;
    options.spec = specPath;
    const ingest::ImportSummary s = ingest::ImportJob::run(*ws.value(), tablePath, options, feedback);
    // Every row read is imported, a duplicate, left out by a condition (in
    // the notes), or in quarantine — never dropped silently.
    if (s.outcome == ingest::ImportSummary::Outcome::Imported
        && ws.value()->scalar("SELECT count(*) FROM quarantine") != s.rowsQuarantined)
        abort();
    if (s.outcome == ingest::ImportSummary::Outcome::Imported
        && s.rowsRead < s.rowsImported + s.rowsDuplicate + s.rowsQuarantined)
        abort();
    return 0;
}
