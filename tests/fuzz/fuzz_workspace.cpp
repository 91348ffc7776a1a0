#include "fuzzworkspace.h"
#include "sample/ctdcgenerator.h"
#include "store/auditlog.h"
#include "store/workspace.h"

#include <QByteArray>

// A workspace file from a hostile sender: a real small workspace (the
// gazetteer, 30 imported CTDC rows, a clean audit chain) with the input's
// patches written over it, each (3 bytes offset, 1 byte length, bytes). It is
// opened read-only and for writing, and when it opens the audit chain, the
// rows and the whole file are checked. An input that starts with 'J' is
// instead a rollback journal beside the untouched template (a received
// workspace may come with one; SQLite replays it, and one naming another
// file is refused). Any refusal is fine; a crash, a sanitizer report or an
// error without a message is not.
namespace {

const QByteArray& templateBytes()
{
    static const QByteArray bytes = [] {
        using namespace waymark;
        qputenv("WAYMARK_KEY_DIR", QFile::encodeName(fuzz::scratch().filePath(QStringLiteral("keys"))));
        const QString path = fuzz::scratch().filePath(QStringLiteral("template.waymark"));
        const QString csv = fuzz::scratch().filePath(QStringLiteral("rows.csv"));
        sample::CtdcGenerator::Options o;
        o.rows = 30;
        if (!sample::CtdcGenerator::write(csv, o))
            abort();
        {
            auto ws = store::Workspace::open(path, store::Workspace::Mode::Create);
            if (!ws)
                abort();
            Feedback feedback;
            ingest::ImportJob::run(*ws.value(), csv, {}, feedback);
            ws.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            abort();
        return f.readAll();
    }();
    return bytes;
}

void checkOpen(const QString& path, waymark::store::Workspace::Mode mode)
{
    using waymark::store::Workspace;
    auto ws = Workspace::open(path, mode);
    if (!ws) {
        if (ws.error().message.isEmpty())
            abort();
        return;
    }
    auto chain = ws.value()->audit().verifyChain();
    if (!chain && chain.error().message.isEmpty())
        abort();
    ws.value()->audit().verifyRows();
    ws.value()->check(true);
    ws.value()->count(QStringLiteral("incidents"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark;
    QByteArray bytes = templateBytes();
    const bool journal = size > 0 && data[0] == 'J';
    size_t i = journal ? size : 0;
    while (i + 4 <= size) {
        const qsizetype offset
            = qsizetype((size_t(data[i]) << 16 | size_t(data[i + 1]) << 8 | data[i + 2])) % bytes.size();
        const size_t length = std::min<size_t>(data[i + 3], size - i - 4);
        i += 4;
        for (size_t k = 0; k < length && offset + qsizetype(k) < bytes.size(); ++k)
            bytes[offset + qsizetype(k)] = char(data[i + k]);
        i += length;
    }
    // A new name each time: the process checks each file once.
    static int n = 0;
    const QString path = fuzz::scratch().filePath(QStringLiteral("w%1.waymark").arg(++n % 4096));
    for (const char* side : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(side));
    fuzz::writeBytes(path, reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
    if (journal)
        fuzz::writeBytes(path + QLatin1String("-journal"), data + 1, size - 1);
    checkOpen(path, store::Workspace::Mode::ReadOnly);
    checkOpen(path, store::Workspace::Mode::OpenExisting);
    return 0;
}
