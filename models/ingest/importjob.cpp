#include "importjob.h"

#include "core/logging.h"
#include "geo/placeseed.h"
#include "ingest/csvreader.h"
#include "ingest/ctdcimporter.h"
#include "ingest/graphfileimporter.h"
#include "ingest/hubextractimporter.h"
#include "ingest/importformats.h"
#include "ingest/importsession.h"
#include "ingest/importspec.h"
#include "ingest/specimporter.h"
#include "ingest/stiximporter.h"
#include "ingest/tablesourcefactory.h"
#include "ingest/transactionimporter.h"
#include "store/auditlog.h"
#include "store/bulkload.h"
#include "store/rowdigestrecorder.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>

namespace waymark::ingest {

namespace {

qint64 alreadyImported(store::Workspace& ws, const QString& sha256)
{
    store::Statement& seen = ws.cached("SELECT id FROM extracts WHERE sha256 = ?");
    seen.bind(1, sha256);
    const qint64 id = seen.next() ? seen.int64(0) : 0;
    seen.reset();
    return id;
}

/// What a file is, before any row is read: the format its reader calls it
/// (ImportSummary::format), or that only a specification says what its rows
/// are, or why it cannot be read at all. One detection for run() and for the
/// import dialog's "Detect automatically" (ImportJob::needsSpecification).
struct Detection {
    QString format;
    bool needsSpecification = false;
    Error error;
};

Detection detect(const QString& path, const ImportSpec* spec, bool mapping)
{
    Detection d;
    const QFileInfo info(path);
    const QString file = info.fileName();
    if (!info.exists()) {
        d.error = Error(QCoreApplication::translate("ImportJob", "%1 does not exist.").arg(path));
        return d;
    }
    // Folders and zips are hub extracts; a specification says how to read
    // any table; CSV without one says so in its header.
    const QString suffix = info.suffix().toLower();
    const GraphFileImporter::Format graph = GraphFileImporter::formatOf(path);
    if (info.isDir() || suffix == QLatin1String("zip")) {
        d.format = QStringLiteral("hub-extract");
    } else if (!spec && StixImporter::recognises(path)) {
        d.format = QStringLiteral("stix-2.1");
    } else if (!spec && graph != GraphFileImporter::Format::None) {
        d.format = GraphFileImporter::formatName(graph);
    } else if (spec && spec->kind == ImportSpec::Kind::Records) {
        d.format = QStringLiteral("spec:") + spec->name;
    } else if (!spec && !ImportFormats::isKnownSuffix(path) && !TableSourceFactory::suffixes().contains(suffix)) {
        d.error = Error(ImportFormats::unsupportedMessage(file));
    } else if (!TableSourceFactory::isDelimitedText(path) && !suffix.isEmpty()
        && TableSourceFactory::suffixes().contains(suffix)) {
        // A sheet or a layer: only a specification says what its rows are.
        d.needsSpecification = true;
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            d.error
                = Error(QCoreApplication::translate("ImportJob", "%1 cannot be read: %2").arg(path, f.errorString()));
            return d;
        }
        const QByteArray head = f.peek(1 << 16); // the header and the first rows, for CTDC's layouts
        const QByteArray header = f.readLine(1 << 16);
        if (header.isEmpty()) {
            d.error = Error::at(file, 1, 1, QCoreApplication::translate("ImportJob", "the file is empty"));
        } else if (Error e = CsvReader::checkEncoding(header, file); !e.isNull()) {
            d.error = std::move(e);
        } else if (spec) {
            d.format = QStringLiteral("transactions");
        } else if (const QString ctdc = CtdcImporter::detect(head); !ctdc.isEmpty()) {
            d.format = ctdc;
        } else if (mapping) {
            d.format = QStringLiteral("transactions");
        } else {
            d.needsSpecification = true;
        }
    }
    return d;
}
} // namespace

QString ImportJob::sha256Of(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                return {};
            hash.addData(name.toUtf8());
            hash.addData(QByteArrayView("\0", 1));
            hash.addData(&f);
        }
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f))
            return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool ImportJob::needsSpecification(const QString& path)
{
    return QFileInfo(path).isFile() && detect(path, nullptr, false).needsSpecification;
}

ImportSummary ImportJob::run(
    store::Workspace& ws, const QString& path, const ImportOptions& givenOptions, Feedback& feedback)
{
    // Cancel reaches a statement running inside SQLite, too.
    ws.setCancel(&feedback);
    const auto clearCancel = qScopeGuard([&ws] { ws.setCancel(nullptr); });
    QElapsedTimer clock;
    clock.start();
    ImportOptions options = givenOptions;
    if (options.maxYear == 0)
        options.maxYear = QDate::currentDate().year();
    ImportSummary summary;
    const QFileInfo info(path);
    summary.file = info.fileName();
    auto fail = [&](Error e) {
        // A statement stopped by Cancel (SQLITE_INTERRUPT) fails: that is the
        // cancel, not a broken file.
        if (feedback.isCanceled()) {
            summary.outcome = ImportSummary::Outcome::Canceled;
            return summary;
        }
        summary.outcome = ImportSummary::Outcome::Failed;
        summary.error = std::move(e);
        return summary;
    };
    const QString suffix = info.suffix().toLower();
    std::optional<ImportSpec> spec;
    if (!options.spec.isEmpty() && info.exists()) {
        auto loaded = ImportSpec::load(ws, options.spec, options.specVersion);
        if (!loaded)
            return fail(loaded.error());
        spec = std::move(loaded.value());
    }
    Detection detected = detect(path, spec ? &*spec : nullptr, !options.mapping.isEmpty());
    if (!detected.error.isNull())
        return fail(std::move(detected.error));
    summary.format = detected.format;
    summary.needsSpecification = detected.needsSpecification;
    const GraphFileImporter::Format graphFormat = GraphFileImporter::formatOf(path);
    const bool stix = summary.format == QLatin1String("stix-2.1");
    if (summary.needsSpecification) {
        // A table no reader recognises: the saved specification whose
        // columns it has, when only one has them all.
        const QStringList saved = SpecImporter::specsReading(ws, path);
        if (saved.size() == 1) {
            auto loaded = ImportSpec::load(ws, saved.front());
            if (!loaded)
                return fail(loaded.error());
            spec = std::move(loaded.value());
            summary.needsSpecification = false;
            summary.format = QStringLiteral("spec:") + spec->name;
            summary.notes << QCoreApplication::translate("ImportJob",
                "Read with the saved specification %1 (version %2): the only one whose columns this table has.")
                                 .arg(spec->name)
                                 .arg(spec->version);
        } else {
            QString why = TableSourceFactory::isDelimitedText(path) || suffix.isEmpty()
                ? QCoreApplication::translate("ImportJob",
                    "unrecognised CSV: not a CTDC file (no yearOfRegistration column); choose or define an import "
                    "specification for it (bank transactions: a column mapping)")
                : QCoreApplication::translate("ImportJob",
                    "Waymark does not know what the rows of this table are: choose or define an import "
                    "specification for it");
            if (saved.size() > 1)
                why += QCoreApplication::translate("ImportJob", "; these saved specifications all read it: %1")
                           .arg(saved.join(QStringLiteral(", ")));
            return fail(Error::at(summary.file, 1, 1, why));
        }
    }

    // The extract's SHA-256 decides whether it is already here. When no
    // extract of the same size exists it cannot be, so the hash is computed
    // on the other core while the rows import, and checked before commit.
    // A folder is recorded with size -1: it can be here already only when
    // an earlier folder is.
    const qint64 size = info.isDir() ? -1 : info.size();
    store::Statement& bySize = ws.cached("SELECT 1 FROM extracts WHERE size_bytes = ?");
    const bool sameSize = bySize.bind(1, size).next();
    bySize.reset();
    QFuture<QString> hashing;
    if (sameSize) {
        feedback.setStatus(QCoreApplication::translate("ImportJob", "Checking %1…").arg(summary.file));
        summary.sha256 = sha256Of(path);
        if (summary.sha256.isEmpty())
            return fail(Error(QCoreApplication::translate("ImportJob", "%1 cannot be read.").arg(path)));
        if (const qint64 id = alreadyImported(ws, summary.sha256)) {
            summary.extractId = id;
            summary.outcome = ImportSummary::Outcome::AlreadyImported;
            return summary;
        }
    } else {
        hashing = QtConcurrent::run(&ImportJob::sha256Of, path);
    }
    struct WaitForHash {
        QFuture<QString>& f;
        ~WaitForHash() { f.waitForFinished(); }
    } waitForHash { hashing };

    // Through a rollback journal, a large import's pages (nearly all new)
    // are written once; the WAL writes each twice, to the log and then into
    // the file at the checkpoint. SQLite leaves WAL mode only when no other
    // connection has the file open, so the GUI's imports, beside the views'
    // connections, stay in it. Encrypted workspaces keep their WAL.
    const bool journaled = options.alone && !ws.path().isEmpty() && !store::Workspace::isEncrypted(ws.path())
        && ws.strings("PRAGMA journal_mode = DELETE").value(0) == QLatin1String("delete");
    const auto walBack = qScopeGuard([&] {
        if (journaled)
            ws.exec("PRAGMA journal_mode = WAL");
    });
    // The readers resolve every reference themselves (a row that points at
    // nothing is rejected with its reason), so SQLite need not check foreign
    // keys row by row: with them on, each insert also opens a statement
    // journal, which halves the import speed. They are back on afterwards.
    ws.exec("PRAGMA foreign_keys = OFF");
    const auto foreignKeysBack = qScopeGuard([&] { ws.exec("PRAGMA foreign_keys = ON"); });
    store::Transaction tx(ws);
    if (!tx.isActive())
        return fail(tx.error());
    if (Status st = ws.cached("INSERT INTO extracts(file_name, sha256, format, imported_at, imported_by, size_bytes) "
                              "VALUES(?,?,?,?,?,?)")
                        .bind(1, summary.file)
                        .bind(2,
                            summary.sha256.isEmpty()
                                ? QStringLiteral("pending:") + QString::number(QDateTime::currentMSecsSinceEpoch())
                                : summary.sha256)
                        .bind(3, summary.format)
                        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                        .bind(5, store::AuditLog::currentUser())
                        .bind(6, size)
                        .exec();
        !st)
        return fail(st.error());
    summary.extractId = ws.lastInsertId();
    // What this import writes, hashed as it is written (audit verify
    // recomputes it by reading the rows). Involvements are the one WITHOUT
    // ROWID table an import writes, each through ImportSession::involve.
    store::RowDigestRecorder digest(ws, summary.extractId, { QStringLiteral("incident_entities") });

    feedback.setStatus(QCoreApplication::translate("ImportJob", "Importing %1…").arg(summary.file));
    if (Status st = geo::seedCountries(ws); !st)
        return fail(st.error());
    // Indexes of the tables this format writes, when they hold fewer rows
    // than the file brings (about one a 64 bytes; a zip holds about five
    // times its size), are built once the rows are in; search and map rows
    // are written in one pass at the end.
    QStringList written;
    if (summary.format == QLatin1String("hub-extract") || (spec && spec->kind == ImportSpec::Kind::Records))
        written = QStringList { QStringLiteral("incidents"), QStringLiteral("entities"), QStringLiteral("links"),
            QStringLiteral("route_legs"), QStringLiteral("incident_entities"), QStringLiteral("accounts"),
            QStringLiteral("transactions") };
    else if (spec || summary.format == QLatin1String("transactions"))
        written = QStringList { QStringLiteral("accounts"), QStringLiteral("transactions") };
    else
        written = QStringList { QStringLiteral("incidents"), QStringLiteral("entities"), QStringLiteral("links"),
            QStringLiteral("incident_entities") };
    qint64 inputBytes = size;
    if (info.isDir()) {
        inputBytes = 0;
        for (const QFileInfo& f : QDir(path).entryInfoList(QDir::Files))
            inputBytes += f.size();
    } else if (suffix == QLatin1String("zip")) {
        inputBytes *= 5;
    }
    store::BulkLoad bulk(ws);
    if (Status st = bulk.begin(written, std::max<qint64>(1, inputBytes / 64)); !st)
        return fail(st.error());
    ImportSession session(ws, feedback, options, summary);
    session.setRowDigest(&digest);
    session.setBulkLoad(&bulk);
    Status st = Ok {};
    if (summary.format == QLatin1String("hub-extract")) {
        st = HubExtractImporter::run(session, path);
    } else if (spec && spec->kind == ImportSpec::Kind::Records) {
        // A spec read from a file is kept in the workspace (with the import,
        // or not at all), so the extract names a version that exists.
        if (spec->version == 0) {
            auto version
                = spec->save(ws, QCoreApplication::translate("ImportJob", "used to import %1").arg(summary.file));
            if (!version)
                return fail(version.error());
            spec->version = version.value();
        }
        auto table = TableSourceFactory::create(path, spec->tableOptions());
        if (!table)
            return fail(table.error());
        st = table.value()->open();
        if (st)
            st = SpecImporter::run(session, *spec, *table.value());
    } else if (spec) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(
                Error(QCoreApplication::translate("ImportJob", "%1 cannot be read: %2").arg(path, f.errorString())));
        // A mapping that came from a file is kept, as --mapping keeps it.
        if (!ImportSpec::names(ws).contains(spec->name) && !ColumnMapping::presetNames(ws).contains(spec->name)) {
            if (Status saved = spec->bank.save(ws); !saved)
                return fail(saved.error());
        }
        st = TransactionImporter::run(session, spec->bank, &f, summary.file, f.size());
    } else if (stix) {
        st = StixImporter::run(session, path);
    } else if (graphFormat != GraphFileImporter::Format::None) {
        st = GraphFileImporter::run(session, path);
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(
                Error(QCoreApplication::translate("ImportJob", "%1 cannot be read: %2").arg(path, f.errorString())));
        st = summary.format.startsWith(QLatin1String("ctdc"))
            ? CtdcImporter::run(session, &f, summary.file, f.size())
            : TransactionImporter::run(session, &f, summary.file, f.size());
    }
    if (feedback.isCanceled()) {
        summary.outcome = ImportSummary::Outcome::Canceled;
        return summary;
    }
    if (!st)
        return fail(st.error());
    if (summary.rowsBlank > 0)
        summary.notes << QCoreApplication::translate(
            "ImportJob", "%n blank row(s), every cell empty, passed over.", nullptr, int(summary.rowsBlank));
    if (summary.rowsQuarantined > 0 && !options.keepGoing) {
        summary.outcome = ImportSummary::Outcome::Rejected;
        summary.error = Error(QCoreApplication::translate(
            "ImportJob", "Rows rejected: %1; nothing imported (use keep going to import the rest).")
                                  .arg(summary.rowsQuarantined));
        return summary;
    }

    if (hashing.isValid()) {
        summary.sha256 = hashing.result();
        if (summary.sha256.isEmpty())
            return fail(Error(QCoreApplication::translate("ImportJob", "%1 cannot be read.").arg(path)));
        if (const qint64 id = alreadyImported(ws, summary.sha256)) {
            tx.rollback();
            ImportSummary already;
            already.file = summary.file;
            already.format = summary.format;
            already.sha256 = summary.sha256;
            already.extractId = id;
            summary = already;
            summary.outcome = ImportSummary::Outcome::AlreadyImported;
            return summary;
        }
    }
    const qint64 rowsDone = clock.elapsed();
    feedback.setStatus(QCoreApplication::translate("ImportJob", "Indexing %1…").arg(summary.file));
    if (Status b = bulk.finish(); !b)
        return fail(b.error());
    if (Status u = ws.cached("UPDATE extracts SET sha256 = ?, rows_read = ?, rows_imported = ?, rows_duplicate = ?, "
                             "rows_quarantined = ? WHERE id = ?")
                       .bind(1, summary.sha256)
                       .bind(2, summary.rowsRead)
                       .bind(3, summary.rowsImported)
                       .bind(4, summary.rowsDuplicate)
                       .bind(5, summary.rowsQuarantined)
                       .bind(6, summary.extractId)
                       .exec();
        !u)
        return fail(u.error());
    // What this import wrote, so that audit verify can tell later whether
    // the rows are still what came in.
    const qint64 indexed = clock.elapsed();
    feedback.setStatus(QCoreApplication::translate("ImportJob", "Recording %1…").arg(summary.file));
    const QString rows = digest.finish();
    const qint64 recorded = clock.elapsed();
    QString details = QStringLiteral("format=%1 sha256=%2 read=%3 imported=%4 duplicate=%5 quarantined=%6 rows=%7")
                          .arg(summary.format, summary.sha256)
                          .arg(summary.rowsRead)
                          .arg(summary.rowsImported)
                          .arg(summary.rowsDuplicate)
                          .arg(summary.rowsQuarantined)
                          .arg(rows);
    // Which specification, exactly, read the file.
    if (spec)
        details += QStringLiteral(" spec=%1 spec_version=%2").arg(spec->name).arg(spec->version);
    if (Status a = ws.audit().append(QStringLiteral("import"), summary.file, details); !a)
        return fail(a.error());
    feedback.setStatus(QCoreApplication::translate("ImportJob", "Saving %1…").arg(summary.file));
    if (Status c = tx.commit(); !c)
        return fail(c.error());
    qCDebug(lcIngest) << "import phases (ms): rows" << rowsDone << "indexes" << indexed - rowsDone << "digest"
                      << recorded - indexed << "commit" << clock.elapsed() - recorded;
    summary.outcome = ImportSummary::Outcome::Imported;
    feedback.setProgress(1.0);
    qCInfo(lcIngest).noquote() << "imported" << summary.file << "as" << summary.format << "in" << clock.elapsed()
                               << "ms:" << details;
    return summary;
}

} // namespace waymark::ingest
