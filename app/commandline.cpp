#include "commandline.h"

#include "analysis/analysiscontext.h"
#include "analysis/breakdown.h"
#include "analysis/snapshotsource.h"
#include "chartview.h"
#include "core/csvwriter.h"
#include "core/feedback.h"
#include "core/yardstick.h"
#include "finance/calibration.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "finance/typologystore.h"
#include "geo/webmercator.h"
#include "ingest/columnmapping.h"
#include "ingest/graphdocument.h"
#include "ingest/importjob.h"
#include "map/mapexporter.h"
#include "map/mapmodel.h"
#include "network/centrality.h"
#include "network/communities.h"
#include "network/entitygraph.h"
#include "network/graphexport.h"
#include "network/graphrenderer.h"
#include "network/keyactors.h"
#include "network/layout.h"
#include "network/structure.h"
#include "reports/reportexporter.h"
#include "reports/reportstore.h"
#include "reports/starterdraft.h"
#include "routechartview.h"
#include "sample/ctdcgenerator.h"
#include "sample/samplegenerator.h"
#include "store/auditlog.h"
#include "store/cryptvfs.h"
#include "store/signingkey.h"
#include "store/workspace.h"
#include "timelineview.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>

#include <QFileInfo>
#include <QTextStream>
#include <cmath>
#include <numeric>
#include <optional>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace waymark::app {

namespace {

Feedback* g_running = nullptr;

extern "C" void onInterrupt(int)
{
    // Only atomic stores: safe in a signal handler. The job rolls back, and a
    // statement running inside SQLite is interrupted at its next step.
    if (g_running)
        g_running->cancel();
    store::Workspace::interruptAll();
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

/// A progress bar on a terminal, nothing when stderr is a file or a pipe.
void attachProgress(Feedback& feedback, bool quiet)
{
    if (quiet || !isatty(STDERR_FILENO))
        return;
    feedback.setProgressCallback([](double fraction, const QString& status) {
        const int width = 30;
        const int filled = int(fraction * width);
        err() << '\r' << '[' << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
              << qSetFieldWidth(3) << int(fraction * 100) << qSetFieldWidth(0) << "% " << status.left(60) << "\x1b[K";
        err().flush();
    });
}

void endProgress(bool quiet)
{
    if (!quiet && isatty(STDERR_FILENO)) {
        err() << "\r\x1b[K";
        err().flush();
    }
}

QString g_passphraseFile; ///< --passphrase-file

/// A passphrase from a file (its first line) or, on a terminal, typed
/// without echo; empty when there is none to be had.
QByteArray readPassphrase(const QString& file, const QString& prompt)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << QCoreApplication::translate("CommandLine", "%1 cannot be read: %2").arg(file, f.errorString())
                  << '\n';
            return {};
        }
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return line;
    }
    if (!isatty(STDIN_FILENO))
        return {};
    err() << prompt;
    err().flush();
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QByteArray line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err() << '\n';
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

/// Unlocks an encrypted workspace with --passphrase-file or a typed
/// passphrase; true when it is plain or now unlocked.
bool unlockIfEncrypted(const QString& path)
{
    if (!QFileInfo::exists(path) || !store::Workspace::isEncrypted(path))
        return true;
    const QByteArray passphrase
        = readPassphrase(g_passphraseFile, QCoreApplication::translate("CommandLine", "Passphrase for %1: ").arg(path));
    if (passphrase.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
            "%1 is encrypted: give its passphrase with --passphrase-file FILE, or type it on a terminal.")
                     .arg(path)
              << '\n';
        return false;
    }
    if (Status st = store::Workspace::unlock(path, passphrase); !st) {
        err() << st.error().toString() << '\n';
        return false;
    }
    return true;
}

std::unique_ptr<store::Workspace> openWorkspace(const QString& path, store::Workspace::Mode mode)
{
    if (!unlockIfEncrypted(path))
        return nullptr;
    auto ws = store::Workspace::open(path, mode);
    if (!ws) {
        err() << ws.error().toString() << '\n';
        if (!ws.error().detail.isEmpty())
            err() << "  " << ws.error().detail << '\n';
        return nullptr;
    }
    return std::move(ws.value());
}

int runImport(QCommandLineParser& p, const QStringList& files)
{
    const QString path = p.value(QStringLiteral("workspace"));
    if (path.isEmpty() || files.isEmpty()) {
        err() << QCoreApplication::translate(
            "CommandLine", "usage: waymark import FILE... --workspace W [--keep-going] [--mapping PRESET|FILE]")
              << '\n';
        return CommandLine::UsageError;
    }
    auto ws = openWorkspace(path, store::Workspace::Mode::OpenOrCreate);
    if (!ws)
        return CommandLine::WorkspaceError;
    ingest::ImportOptions options;
    options.keepGoing = p.isSet(QStringLiteral("keep-going"));
    options.mapping = p.value(QStringLiteral("mapping"));
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    int code = CommandLine::Success;
    for (const QString& file : files) {
        Feedback feedback;
        attachProgress(feedback, quiet);
        g_running = &feedback;
        QElapsedTimer timer;
        timer.start();
        const ingest::ImportSummary s = ingest::ImportJob::run(*ws, file, options, feedback);
        g_running = nullptr;
        endProgress(quiet);
        for (const Error& e : s.problems)
            err() << e.toString() << '\n';
        if (s.rowsQuarantined > s.problems.size())
            err() << QCoreApplication::translate("CommandLine", "… and %1 more rejected rows")
                         .arg(s.rowsQuarantined - s.problems.size())
                  << '\n';
        (s.outcome == ingest::ImportSummary::Outcome::Imported
                    || s.outcome == ingest::ImportSummary::Outcome::AlreadyImported
                ? out()
                : err())
            << s.toText() << '\n';
        if (s.outcome == ingest::ImportSummary::Outcome::Imported && !quiet)
            out() << QCoreApplication::translate("CommandLine", "Took %1 s (%2 rows/s).")
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
                         .arg(qint64(double(s.rowsRead) * 1000.0 / double(std::max<qint64>(1, timer.elapsed()))))
                  << '\n';
        if (!s.error.detail.isEmpty())
            err() << "  " << s.error.detail << '\n';
        switch (s.outcome) {
        case ingest::ImportSummary::Outcome::Imported:
            if (s.rowsQuarantined > 0)
                code = std::max<int>(code, CommandLine::ImportedWithQuarantine);
            break;
        case ingest::ImportSummary::Outcome::AlreadyImported:
            break;
        case ingest::ImportSummary::Outcome::Canceled:
            return CommandLine::Canceled;
        case ingest::ImportSummary::Outcome::Rejected:
        case ingest::ImportSummary::Outcome::Failed:
            code = CommandLine::InputRejected;
            break;
        }
        out().flush();
        err().flush();
    }
    return code;
}

int runInfo(const QString& path)
{
    // Inspecting a file never changes it.
    auto ws = openWorkspace(path, store::Workspace::Mode::ReadOnly);
    if (!ws)
        return CommandLine::WorkspaceError;
    out() << QCoreApplication::translate("CommandLine", "Workspace %1 (schema %2)").arg(path).arg(ws->schemaVersion())
          << '\n';
    for (const char* table : { "sources", "extracts", "places", "incidents", "route_legs", "entities", "links",
             "accounts", "transactions", "quarantine", "audit_log" }) {
        out() << "  " << qSetFieldWidth(14) << Qt::left << QLatin1String(table) << qSetFieldWidth(0)
              << ws->count(QLatin1String(table)) << '\n';
    }
    store::Statement st(ws->handle(),
        "SELECT id, file_name, format, sha256, imported_at, rows_read, rows_imported, "
        "rows_duplicate, rows_quarantined FROM extracts ORDER BY id");
    out() << QCoreApplication::translate("CommandLine", "Extracts:") << '\n';
    while (st.next()) {
        out() << "  #" << st.int64(0) << ' ' << st.text(1) << " [" << st.text(2) << "] sha256=" << st.text(3) << ' '
              << st.text(4) << ' '
              << QCoreApplication::translate("CommandLine", "read %1, imported %2, duplicate %3, quarantined %4")
                     .arg(st.int64(5))
                     .arg(st.int64(6))
                     .arg(st.int64(7))
                     .arg(st.int64(8))
              << '\n';
    }
    return CommandLine::Success;
}

int runSample(QCommandLineParser& p)
{
    const QString target = p.value(QStringLiteral("out"));
    if (target.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc] [--workspace W]")
              << '\n';
        return CommandLine::UsageError;
    }
    bool ok1 = true, ok2 = true;
    const qint64 n
        = p.isSet(QStringLiteral("incidents")) ? p.value(QStringLiteral("incidents")).toLongLong(&ok1) : 5000;
    const quint64 seed = p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toULongLong(&ok2) : 1;
    if (!ok1 || !ok2 || n < 0) {
        err() << QCoreApplication::translate("CommandLine", "--incidents and --seed take whole numbers") << '\n';
        return CommandLine::UsageError;
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format == QLatin1String("ctdc")) {
        sample::CtdcGenerator::Options o;
        o.rows = n;
        o.seed = seed;
        if (Status st = sample::CtdcGenerator::write(target, o); !st) {
            err() << st.error().toString() << '\n';
            return CommandLine::InputRejected;
        }
        out() << QCoreApplication::translate("CommandLine", "Wrote %1 CTDC rows to %2").arg(n).arg(target) << '\n';
    } else if (format.isEmpty() || format == QLatin1String("hub")) {
        sample::SampleGenerator::Options o;
        o.incidents = n;
        o.seed = seed;
        const auto counts = sample::SampleGenerator::write(target, o);
        if (!counts) {
            err() << counts.error().toString() << '\n';
            return CommandLine::InputRejected;
        }
        out() << QCoreApplication::translate("CommandLine",
            "Wrote %1: %2 incidents, %3 route legs, %4 entities, %5 links, %6 accounts (%7 planted), %8 transactions; "
            "labels in %9")
                     .arg(target)
                     .arg(counts->incidents)
                     .arg(counts->routeLegs)
                     .arg(counts->entities)
                     .arg(counts->links)
                     .arg(counts->accounts)
                     .arg(counts->planted)
                     .arg(counts->transactions)
                     .arg(sample::SampleGenerator::labelsPathFor(target))
              << '\n';
    } else {
        err() << QCoreApplication::translate("CommandLine", "unknown --format %1 (hub or ctdc)").arg(format) << '\n';
        return CommandLine::UsageError;
    }
    if (p.isSet(QStringLiteral("workspace")))
        return runImport(p, { target });
    return CommandLine::Success;
}

int runAudit(const QStringList& args)
{
    if (args.size() != 2 || args.at(0) != QLatin1String("verify")) {
        err() << QCoreApplication::translate("CommandLine", "usage: waymark audit verify WORKSPACE") << '\n';
        return CommandLine::UsageError;
    }
    auto ws = openWorkspace(args.at(1), store::Workspace::Mode::ReadOnly);
    if (!ws)
        return CommandLine::WorkspaceError;
    // The whole file first: a damaged page is no chain to verify.
    if (const QStringList damage = ws->check(true); !damage.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine", "%1 is damaged:").arg(args.at(1)) << '\n';
        for (const QString& line : damage)
            err() << "  " << line << '\n';
        return CommandLine::WorkspaceError;
    }
    const auto v = ws->audit().verifyChain();
    if (!v) {
        err() << v.error().toString() << '\n';
        if (!v.error().detail.isEmpty())
            err() << v.error().detail << '\n';
        return CommandLine::WorkspaceError;
    }
    out() << QCoreApplication::translate(
        "CommandLine", "Audit log intact: %1 records, every hash chains to the one before.")
                 .arg(v->records)
          << '\n';
    out() << QCoreApplication::translate("CommandLine", "Chain head: %1").arg(v->head) << '\n';
    out() << QCoreApplication::translate(
        "CommandLine", "Signatures: %1 by you, %2 by keys you trust, %3 by other keys, %4 unsigned (older records).")
                 .arg(v->signedByYou)
                 .arg(v->signedByTrusted)
                 .arg(v->signedByOthers)
                 .arg(v->unsigned_)
          << '\n';
    for (const QString& key : v->otherSigners)
        out() << "  "
              << QCoreApplication::translate("CommandLine",
                     "signed by a key you do not trust: %1 (add it to %2/trusted-keys/ if it is a colleague's)")
                     .arg(key, store::SigningKey::folder())
              << '\n';
    const QStringList rows = ws->audit().verifyRows();
    if (!rows.isEmpty()) {
        err() << QCoreApplication::translate(
            "CommandLine", "Rows are not what was imported (added, changed or deleted since):")
              << '\n';
        for (const QString& line : rows)
            err() << "  " << line << '\n';
        return CommandLine::WorkspaceError;
    }
    out() << QCoreApplication::translate("CommandLine", "Rows: every import's rows are as they were imported.") << '\n';
    return CommandLine::Success;
}

int runMapping(QCommandLineParser& p, const QStringList& args)
{
    const QString path = p.value(QStringLiteral("workspace"));
    auto usage = [] {
        err() << QCoreApplication::translate(
            "CommandLine", "usage: waymark mapping list --workspace W | waymark mapping save FILE.json --workspace W")
              << '\n';
        return CommandLine::UsageError;
    };
    if (path.isEmpty() || args.isEmpty())
        return usage();
    auto ws = openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return CommandLine::WorkspaceError;
    if (args.at(0) == QLatin1String("list") && args.size() == 1) {
        for (const QString& name : ingest::ColumnMapping::presetNames(*ws))
            out() << name << '\n';
        return CommandLine::Success;
    }
    if (args.at(0) == QLatin1String("save") && args.size() == 2) {
        const auto m = ingest::ColumnMapping::load(*ws, args.at(1));
        if (!m) {
            err() << m.error().toString() << '\n';
            return CommandLine::InputRejected;
        }
        if (Status st = m->save(*ws); !st) {
            err() << st.error().toString() << '\n';
            return CommandLine::WorkspaceError;
        }
        out() << QCoreApplication::translate("CommandLine", "Saved column mapping %1.").arg(m->name) << '\n';
        return CommandLine::Success;
    }
    return usage();
}

int runGraph(QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("workspace"));
    if (path.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark graph --workspace W [--metrics LIST] [--types LIST] [--key-actors N] [--out FILE.csv]")
              << '\n';
        return CommandLine::UsageError;
    }
    auto ws = openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return CommandLine::WorkspaceError;
    const auto eg = network::EntityGraph::load(*ws);
    if (!eg) {
        err() << eg.error().toString() << '\n';
        return CommandLine::WorkspaceError;
    }
    const network::Graph& g = eg->graph();
    const network::GraphReport& r = eg->report();
    int components = 0;
    network::Structure::components(g, &components);
    out() << QCoreApplication::translate("CommandLine", "Link graph: %1 entities, %2 links in %3 connected pieces.")
                 .arg(g.nodeCount())
                 .arg(g.edgeCount())
                 .arg(components)
          << '\n';
    if (r.selfLoops || r.parallelMerged || r.danglingEnds)
        out() << QCoreApplication::translate("CommandLine",
            "Links merged with a repeat: %1; links of an entity to itself, left out of the measures: %2; links to "
            "unknown entities: %3.")
                     .arg(r.parallelMerged)
                     .arg(r.selfLoops)
                     .arg(r.danglingEnds)
              << '\n';

    const QStringList types = p.value(QStringLiteral("types")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    std::vector<bool> eligible(size_t(g.nodeCount()), true);
    if (!types.isEmpty()) {
        for (int v = 0; v < g.nodeCount(); ++v)
            eligible[size_t(v)] = types.contains(eg->nodes()[size_t(v)].type);
    }
    Feedback feedback;
    attachProgress(feedback, p.isSet(QStringLiteral("quiet")));
    g_running = &feedback;
    // Key actors are ranked with each phone, account… folded into its one user.
    const network::EntityGraph folded = eg->attributed();
    const auto actors = network::KeyActors::rank(folded.graph(), eligible, &feedback);
    g_running = nullptr;
    endProgress(p.isSet(QStringLiteral("quiet")));
    if (feedback.isCanceled())
        return CommandLine::Canceled;

    const int top = p.value(QStringLiteral("key-actors")).toInt();
    for (int i = 0; i < top && i < int(actors.size()); ++i) {
        const network::KeyActor& a = actors[size_t(i)];
        const network::EntityNode& e = eg->nodes()[size_t(a.node)];
        out() << i + 1 << ". " << e.label << " [" << e.type << ", " << e.key << "] " << QString::number(a.score, 'f', 3)
              << ": " << a.reasons.join(QLatin1String("; ")) << '\n';
    }

    if (const QString exportTo = p.value(QStringLiteral("export")); !exportTo.isEmpty()) {
        QMap<QString, std::vector<double>> measures;
        measures.insert(QStringLiteral("betweenness"), network::Centrality::betweenness(g, {}));
        measures.insert(QStringLiteral("pagerank"), network::Centrality::pageRank(g));
        const auto part = network::Communities::louvain(g);
        measures.insert(QStringLiteral("community"), std::vector<double>(part.community.begin(), part.community.end()));
        const ingest::GraphDocument doc = network::graphDocument(eg.value(), measures);
        QFile f(exportTo);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err()
                << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(exportTo, f.errorString())
                << '\n';
            return CommandLine::InputRejected;
        }
        const Status st
            = exportTo.endsWith(QLatin1String(".gexf"), Qt::CaseInsensitive) ? doc.writeGexf(&f) : doc.writeGraphML(&f);
        if (!st) {
            err() << st.error().toString() << '\n';
            return CommandLine::InputRejected;
        }
        ws->audit().append(QStringLiteral("export"), QFileInfo(exportTo).fileName(),
            QStringLiteral("link chart, %1 entities, %2 links").arg(doc.nodes.size()).arg(doc.links.size()));
        out() << QCoreApplication::translate("CommandLine", "Wrote %1.").arg(exportTo) << '\n';
    }

    const QString target = p.value(QStringLiteral("out"));
    if (!target.isEmpty()) {
        QStringList metrics = p.value(QStringLiteral("metrics")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (metrics.isEmpty())
            metrics = QStringList { QStringLiteral("degree"), QStringLiteral("betweenness"), QStringLiteral("pagerank"),
                QStringLiteral("louvain") };
        static const QStringList known { QStringLiteral("degree"), QStringLiteral("betweenness"),
            QStringLiteral("pagerank"), QStringLiteral("closeness"), QStringLiteral("eigenvector"),
            QStringLiteral("louvain"), QStringLiteral("core"), QStringLiteral("broker"), QStringLiteral("component") };
        for (const QString& m : std::as_const(metrics)) {
            if (!known.contains(m)) {
                err() << QCoreApplication::translate("CommandLine", "unknown metric %1 (known: %2)")
                             .arg(m, known.join(QLatin1Char(',')))
                      << '\n';
                return CommandLine::UsageError;
            }
        }
        QHash<QString, std::vector<double>> columns;
        auto want = [&](const char* m) { return metrics.contains(QLatin1String(m)); };
        if (want("degree"))
            columns.insert(QStringLiteral("degree"), network::Centrality::degree(g));
        if (want("betweenness"))
            columns.insert(QStringLiteral("betweenness"), network::Centrality::betweenness(g, {}));
        if (want("pagerank"))
            columns.insert(QStringLiteral("pagerank"), network::Centrality::pageRank(g));
        if (want("closeness"))
            columns.insert(QStringLiteral("closeness"), network::Centrality::closeness(g));
        if (want("eigenvector"))
            columns.insert(QStringLiteral("eigenvector"), network::Centrality::eigenvector(g));
        if (want("louvain")) {
            const auto part = network::Communities::louvain(g);
            columns.insert(
                QStringLiteral("louvain"), std::vector<double>(part.community.begin(), part.community.end()));
            out() << QCoreApplication::translate("CommandLine", "Louvain: %1 communities, modularity %2.")
                         .arg(part.count)
                         .arg(part.modularity, 0, 'f', 4)
                  << '\n';
        }
        if (want("core")) {
            const auto c = network::Structure::coreNumbers(g);
            columns.insert(QStringLiteral("core"), std::vector<double>(c.begin(), c.end()));
        }
        if (want("broker")) {
            std::vector<double> b(size_t(g.nodeCount()), 0.0);
            for (int v : network::Structure::articulationPoints(g))
                b[size_t(v)] = 1;
            columns.insert(QStringLiteral("broker"), b);
        }
        if (want("component")) {
            const auto c = network::Structure::components(g);
            columns.insert(QStringLiteral("component"), std::vector<double>(c.begin(), c.end()));
        }
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
                  << '\n';
            return CommandLine::InputRejected;
        }
        CsvWriter csv(&f);
        csv.field("entity_id").field("type").field("label");
        for (const QString& m : std::as_const(metrics))
            csv.field(m);
        csv.endRow();
        for (int v = 0; v < g.nodeCount(); ++v) {
            const network::EntityNode& e = eg->nodes()[size_t(v)];
            csv.field(e.key).field(e.type).field(e.label);
            for (const QString& m : std::as_const(metrics)) {
                const double x = columns.value(m)[size_t(v)];
                if (m == QLatin1String("betweenness") || m == QLatin1String("pagerank")
                    || m == QLatin1String("closeness") || m == QLatin1String("eigenvector"))
                    csv.field(x, 8);
                else
                    csv.field(qint64(x));
            }
            csv.endRow();
        }
        if (!csv.flush()) {
            err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
                  << '\n';
            return CommandLine::InputRejected;
        }
        out() << QCoreApplication::translate("CommandLine", "Wrote %1.").arg(target) << '\n';
    }
    return CommandLine::Success;
}

std::optional<QSize> imageSize(QCommandLineParser& p, QSize fallback)
{
    if (!p.isSet(QStringLiteral("size")))
        return fallback;
    const QStringList wh = p.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const QSize size(wh.value(0).toInt(), wh.value(1).toInt());
    if (size.width() < 200 || size.height() < 200 || size.width() > 20000 || size.height() > 20000) {
        err() << QCoreApplication::translate("CommandLine", "--size must be like 1600x1000") << '\n';
        return std::nullopt;
    }
    return size;
}

/// A filter narrowed to the time window given by --from/--to; false (and a
/// message) when a date cannot be read.
bool withTimeWindow(QCommandLineParser& p, analysis::Filter& filter)
{
    for (const char* option : { "from", "to" }) {
        const QString name = QLatin1String(option);
        if (!p.isSet(name))
            continue;
        const QDate day = QDate::fromString(p.value(name), Qt::ISODate);
        if (!day.isValid()) {
            err() << QCoreApplication::translate("CommandLine", "--%1 must be a date like 2021-03-31").arg(name)
                  << '\n';
            return false;
        }
        (name == QLatin1String("from") ? filter.dayFrom : filter.dayTo) = day.toJulianDay();
    }
    return true;
}

/// The workspace's saved filter, with the time window given by --from/--to.
bool applyTimeWindow(QCommandLineParser& p, analysis::AnalysisContext& context)
{
    analysis::Filter filter = context.filter();
    if (!withTimeWindow(p, filter))
        return false;
    context.setFilter(filter, false); // for this drawing only: the workspace keeps its saved filter
    return true;
}

int runRenderChart(QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("workspace"));
    const QString target = p.value(QStringLiteral("out"));
    const QString chart = p.value(QStringLiteral("chart"));
    const auto kind = analysis::Breakdown::fromName(chart);
    const bool route = chart == QLatin1String("route");
    if (path.isEmpty() || target.isEmpty() || (!kind && chart != QLatin1String("timeline") && !route)
        || (route && p.value(QStringLiteral("route")).isEmpty())) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark render chart --workspace W --chart timeline|age-gender|citizenship|exploitation-country|"
            "sources|route [--route ORIGIN>DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from DATE] "
            "[--to DATE]")
              << '\n';
        return CommandLine::UsageError;
    }
    const auto size = imageSize(p, QSize(1200, 700));
    if (!size)
        return CommandLine::UsageError;
    analysis::AnalysisContext context;
    if (Status opened = context.openWorkspace(path); !opened) {
        err() << opened.error().toString() << '\n';
        return CommandLine::WorkspaceError;
    }
    if (!applyTimeWindow(p, context))
        return CommandLine::UsageError;
    Status written = Ok {};
    QString summary;
    if (kind) {
        ui::ChartView view(&context, *kind);
        view.resize(*size);
        if (Status loaded = view.loadNow(); !loaded) {
            err() << loaded.error().toString() << '\n';
            return CommandLine::WorkspaceError;
        }
        written = view.exportTo(target, *size);
        summary = QCoreApplication::translate("CommandLine", "%1: %2 in all")
                      .arg(view.breakdown().title)
                      .arg(qint64(view.breakdown().total()));
    } else if (route) {
        if (Status loaded = context.snapshots()->loadNow(); !loaded) {
            err() << loaded.error().toString() << '\n';
            return CommandLine::WorkspaceError;
        }
        ui::RouteChartView view(&context);
        view.resize(*size);
        if (Status chosen = view.setRoute(p.value(QStringLiteral("route"))); !chosen) {
            err() << chosen.error().toString() << '\n';
            return CommandLine::UsageError;
        }
        written = view.exportTo(target, *size);
        summary = QCoreApplication::translate("CommandLine", "%1: %2 incidents. %3")
                      .arg(view.volume().title())
                      .arg(qint64(view.volume().members.size()))
                      .arg(view.volume().notPlottedText())
                      .trimmed();
    } else {
        if (Status loaded = context.snapshots()->loadNow(); !loaded) {
            err() << loaded.error().toString() << '\n';
            return CommandLine::WorkspaceError;
        }
        ui::TimelineView view(&context);
        view.resize(*size);
        view.showAll();
        written = view.exportTo(target, *size);
        summary = view.bins().notPlottedText();
    }
    if (!written) {
        err() << written.error().toString() << '\n';
        return CommandLine::InputRejected;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote %1.").arg(target);
    if (!summary.isEmpty())
        out() << ' ' << summary;
    out() << '\n';
    return CommandLine::Success;
}

int runRenderMap(QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("workspace"));
    const QString target = p.value(QStringLiteral("out"));
    if (path.isEmpty() || target.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark render map --workspace W --out FILE.png|FILE.svg [--layers LIST] [--size WxH] "
            "[--from DATE] [--to DATE] [--bbox W,S,E,N]")
              << '\n';
        return CommandLine::UsageError;
    }
    quint32 layers = map::MapRenderer::defaultLayers();
    if (p.isSet(QStringLiteral("layers"))) {
        QString why;
        if (!map::MapRenderer::parseLayers(p.value(QStringLiteral("layers")), &layers, &why)) {
            err() << "--layers: " << why << '\n';
            return CommandLine::UsageError;
        }
    }
    const auto size = imageSize(p, QSize(1600, 1000));
    if (!size)
        return CommandLine::UsageError;
    analysis::AnalysisContext context;
    if (Status opened = context.openWorkspace(path); !opened) {
        err() << opened.error().toString() << '\n';
        return CommandLine::WorkspaceError;
    }
    if (!applyTimeWindow(p, context))
        return CommandLine::UsageError;
    map::MapModel model(&context);
    if (Status loaded = model.loadNow(); !loaded) {
        err() << loaded.error().toString() << '\n';
        return CommandLine::WorkspaceError;
    }
    model.setLayers(layers);
    if (Status done = model.computeHotspotsNow(); !done) {
        err() << done.error().toString() << '\n';
        return CommandLine::WorkspaceError;
    }
    map::MapViewport viewport(QPointF(0.5, 0.5), 1, *size);
    QRectF bounds = model.dataBounds();
    if (p.isSet(QStringLiteral("bbox"))) {
        const QStringList v = p.value(QStringLiteral("bbox")).split(QLatin1Char(','));
        bool ok = v.size() == 4;
        double c[4] = {};
        for (int k = 0; k < 4 && ok; ++k)
            c[k] = v[k].trimmed().toDouble(&ok);
        if (!ok || c[0] >= c[2] || c[1] >= c[3] || c[0] < -180 || c[2] > 180 || c[1] < -90 || c[3] > 90) {
            err() << QCoreApplication::translate("CommandLine", "--bbox must be WEST,SOUTH,EAST,NORTH in degrees")
                  << '\n';
            return CommandLine::UsageError;
        }
        bounds = geo::WebMercator::project(QRectF(QPointF(c[0], c[1]), QPointF(c[2], c[3])));
    }
    viewport.fit(bounds.isNull() ? QRectF(0, 0.15, 1, 0.6) : bounds, 40);
    if (Status written = map::MapExporter::write(target, model.renderer(), viewport, layers, model.caption());
        !written) {
        err() << written.error().toString() << '\n';
        return CommandLine::InputRejected;
    }
    const auto c = model.counts();
    out() << QCoreApplication::translate("CommandLine",
        "Wrote %1: %2 incidents in the window, %3 on the map, %4 located to a country only, %5 without a place.")
                 .arg(target)
                 .arg(c.inWindow)
                 .arg(c.points)
                 .arg(c.countryOnly)
                 .arg(c.nowhere)
          << '\n';
    return CommandLine::Success;
}

int runRender(QCommandLineParser& p, const QStringList& args)
{
    if (args.value(0) == QLatin1String("map"))
        return runRenderMap(p);
    if (args.value(0) == QLatin1String("chart"))
        return runRenderChart(p);
    const QString path = p.value(QStringLiteral("workspace"));
    const QString target = p.value(QStringLiteral("out"));
    if (args.value(0) != QLatin1String("graph") || path.isEmpty() || target.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark render graph --workspace W --out FILE.png|FILE.svg [--size WxH] [--colour "
            "type|community] [--pieces N]")
              << '\n';
        return CommandLine::UsageError;
    }
    auto ws = openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return CommandLine::WorkspaceError;
    auto loaded = network::EntityGraph::load(*ws);
    if (!loaded) {
        err() << loaded.error().toString() << '\n';
        return CommandLine::WorkspaceError;
    }
    network::EntityGraph eg = std::move(loaded.value());
    network::GraphRenderer::Options o;
    const auto size = imageSize(p, o.size);
    if (!size)
        return CommandLine::UsageError;
    o.size = *size;
    const network::Graph& g = eg.graph();
    // Only the largest pieces, if asked: a chart of 900 scattered households helps nobody.
    std::vector<network::Edge> keep;
    int pieces = p.value(QStringLiteral("pieces")).toInt();
    int count = 0;
    const auto comp = network::Structure::components(g, &count);
    if (pieces > 0 && pieces < count) {
        std::vector<int> sizes(size_t(count), 0);
        for (int c : comp)
            ++sizes[size_t(c)];
        std::vector<int> order(static_cast<size_t>(count));
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return sizes[size_t(a)] > sizes[size_t(b)]; });
        order.resize(size_t(pieces));
        std::vector<bool> wanted(size_t(count), false);
        for (int c : order)
            wanted[size_t(c)] = true;
        eg = eg.subgraph([&](int v) { return wanted[size_t(comp[size_t(v)])]; });
    }
    const network::Graph& shown = eg.graph();
    o.nodeSize = network::Centrality::betweenness(shown, {});
    for (size_t v = 0; v < o.nodeSize.size(); ++v)
        o.nodeSize[v] += 1e-3 * shown.degree(int(v)); // isolated and leaf nodes still show
    if (p.value(QStringLiteral("colour")) == QLatin1String("community")) {
        o.colour = network::GraphRenderer::Colour::ByCommunity;
        o.community = network::Communities::louvain(shown).community;
    }
    const network::Layout::Points points = network::Layout::fruchtermanReingold(shown, {}).points;
    const QString exported = [&] {
        store::Statement st(ws->handle(), "SELECT max(coalesce(exported_at, imported_at)) FROM extracts");
        return st.next() ? st.text(0).left(10) : QString();
    }();
    o.caption = QCoreApplication::translate("CommandLine",
        "Link chart: %1 entities, %2 links. Size: betweenness. Colour: %3. Data as of %4. Made with Waymark.")
                    .arg(shown.nodeCount())
                    .arg(shown.edgeCount())
                    .arg(o.colour == network::GraphRenderer::Colour::ByType
                            ? QCoreApplication::translate("CommandLine", "entity type")
                            : QCoreApplication::translate("CommandLine", "community"))
                    .arg(exported);
    // PNG or SVG by the file's ending, as the chart's Export… writes them.
    if (Status st = network::GraphRenderer::write(target, eg, points, o); !st) {
        err() << st.error().toString() << '\n';
        return CommandLine::InputRejected;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote %1.").arg(target) << '\n';
    return CommandLine::Success;
}

/// The typologies named on the command line: ids of the workspace's current
/// typologies (the built-in ones as last saved in this workspace) or .json
/// files; all current ones when none is named.
std::optional<std::vector<finance::Typology>> typologiesFor(store::Workspace& ws, const QStringList& names)
{
    auto builtIn = finance::TypologyStore::current(ws);
    if (!builtIn) {
        err() << builtIn.error().toString() << '\n';
        return std::nullopt;
    }
    if (names.isEmpty())
        return builtIn.value();
    std::vector<finance::Typology> out;
    for (const QString& name : names) {
        if (name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            auto t = finance::TypologyReader::load(name);
            if (!t) {
                err() << t.error().toString() << '\n';
                return std::nullopt;
            }
            out.push_back(std::move(t.value()));
            continue;
        }
        bool found = false;
        for (const finance::Typology& t : builtIn.value()) {
            if (t.id == name) {
                out.push_back(t);
                found = true;
            }
        }
        if (!found) {
            QStringList ids;
            for (const finance::Typology& t : builtIn.value())
                ids << t.id;
            err() << QCoreApplication::translate("CommandLine", "unknown typology %1 (built in: %2, or a .json file)")
                         .arg(name, ids.join(QStringLiteral(", ")))
                  << '\n';
            return std::nullopt;
        }
    }
    return out;
}

int runScore(QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("workspace"));
    if (path.isEmpty()) {
        err() << QCoreApplication::translate(
            "CommandLine", "usage: waymark score --workspace W [--typology ID|FILE.json]... [--out FILE.csv]")
              << '\n';
        return CommandLine::UsageError;
    }
    auto ws = openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return CommandLine::WorkspaceError;
    const auto typologies = typologiesFor(*ws, p.values(QStringLiteral("typology")));
    if (!typologies)
        return CommandLine::InputRejected;
    const finance::Scorer scorer(typologies.value());
    struct Row {
        QString key;
        double probability;
        int leading;
        std::vector<double> perTypology;
        QString hits, reason;
        qint64 transactions, duplicates, setAside;
    };
    std::vector<Row> rows;
    Feedback feedback;
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    attachProgress(feedback, quiet);
    g_running = &feedback;
    QElapsedTimer timer;
    timer.start();
    const auto run = finance::ScoreRun::run(
        *ws, scorer, {},
        [&](const finance::AccountScore& s) {
            Row r { s.accountKey, s.probability, s.leading, {}, {}, s.notScoredReason, s.transactions, s.duplicates,
                s.setAside };
            for (const finance::TypologyScore& t : s.typologies)
                r.perTypology.push_back(t.probability);
            if (s.leading >= 0) {
                QStringList hits;
                for (const finance::Contribution& c : s.typologies[size_t(s.leading)].contributions) {
                    if (c.outcome == finance::Outcome::Hit)
                        hits << scorer.library().definitions()[size_t(c.indicator)].id;
                }
                r.hits = hits.join(QLatin1Char(' '));
            }
            rows.push_back(std::move(r));
        },
        &feedback);
    g_running = nullptr;
    endProgress(quiet);
    if (!run) {
        err() << run.error().toString() << '\n';
        return feedback.isCanceled() ? CommandLine::Canceled : CommandLine::WorkspaceError;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        const double pa = std::isnan(a.probability) ? -1 : a.probability;
        const double pb = std::isnan(b.probability) ? -1 : b.probability;
        return pa > pb;
    });
    const QString target = p.value(QStringLiteral("out"));
    if (!target.isEmpty()) {
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
                  << '\n';
            return CommandLine::InputRejected;
        }
        CsvWriter csv(&f);
        csv.field("rank").field("account").field("probability").field("yardstick").field("leading_typology");
        for (const finance::Typology& t : scorer.typologies())
            csv.field(t.id);
        csv.field("leading_hits").field("transactions").field("duplicates").field("set_aside").field("not_scored");
        csv.endRow();
        qint64 rank = 0;
        for (const Row& r : rows) {
            const bool scored = !std::isnan(r.probability);
            csv.field(scored ? ++rank : qint64(0)).field(r.key);
            if (scored)
                csv.field(r.probability, 6).field(Yardstick::term(r.probability));
            else
                csv.field(QString()).field(QCoreApplication::translate("Scorer", "not assessed"));
            csv.field(r.leading >= 0 ? scorer.typologies()[size_t(r.leading)].id : QString());
            for (size_t t = 0; t < scorer.typologies().size(); ++t) {
                if (t < r.perTypology.size())
                    csv.field(r.perTypology[t], 6);
                else
                    csv.field(QString());
            }
            csv.field(r.hits).field(r.transactions).field(r.duplicates).field(r.setAside).field(r.reason).endRow();
        }
        if (!csv.flush()) {
            err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
                  << '\n';
            return CommandLine::InputRejected;
        }
    } else {
        int shown = 0;
        for (const Row& r : rows) {
            if (std::isnan(r.probability) || ++shown > 20)
                break;
            out() << QStringLiteral("%1 %2 %3 %4  %5")
                         .arg(shown, 3)
                         .arg(r.key, -16)
                         .arg(QString::number(r.probability * 100, 'f', 1) + QStringLiteral(" %"), 8)
                         .arg(Yardstick::term(r.probability), -22)
                         .arg(r.leading >= 0 ? scorer.typologies()[size_t(r.leading)].id : QString())
                  << '\n';
        }
    }
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    out() << QCoreApplication::translate("CommandLine",
        "Scored %1 of %2 accounts (%3 not scored: too few usable transactions) over %4 transactions (%5 duplicates "
        "counted once, %6 set aside); run %7 stored in the workspace.")
                 .arg(run->scored)
                 .arg(run->read.accounts)
                 .arg(run->notScored)
                 .arg(run->read.transactions)
                 .arg(run->read.duplicates)
                 .arg(run->read.setAside)
                 .arg(run->runId)
          << '\n';
    if (!quiet)
        out() << QCoreApplication::translate("CommandLine", "Took %1 s (%2 transactions/s).")
                     .arg(double(ms) / 1000.0, 0, 'f', 2)
                     .arg(qint64(double(run->read.transactions) * 1000.0 / double(ms)))
              << '\n';
    return CommandLine::Success;
}

int runCalibrate(QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("workspace"));
    const QString labelsPath = p.value(QStringLiteral("labels"));
    if (path.isEmpty() || labelsPath.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L] "
            "[--out WEIGHTS.csv]")
              << '\n';
        return CommandLine::UsageError;
    }
    bool ok = true;
    const double lambda = p.isSet(QStringLiteral("lambda")) ? p.value(QStringLiteral("lambda")).toDouble(&ok) : 1.0;
    if (!ok || !(lambda > 0)) {
        err() << QCoreApplication::translate("CommandLine", "--lambda takes a positive number") << '\n';
        return CommandLine::UsageError;
    }
    auto ws = openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return CommandLine::WorkspaceError;
    const auto labels = finance::Calibration::readLabels(labelsPath);
    if (!labels) {
        err() << labels.error().toString() << '\n';
        return CommandLine::InputRejected;
    }
    const auto typologies = typologiesFor(*ws, p.values(QStringLiteral("typology")));
    if (!typologies)
        return CommandLine::InputRejected;
    const finance::Scorer scorer(typologies.value());
    Feedback feedback;
    g_running = &feedback;
    const auto report = finance::Calibration::run(*ws, scorer, labels.value(), {}, lambda, &feedback);
    g_running = nullptr;
    if (!report) {
        err() << report.error().toString() << '\n';
        return feedback.isCanceled() ? CommandLine::Canceled : CommandLine::InputRejected;
    }
    out() << report->toText();
    if (!report->unknownAccounts.isEmpty())
        err() << QCoreApplication::translate("CommandLine", "Labels naming no account of the workspace: %1")
                     .arg(report->unknownAccounts.join(QStringLiteral(", ")))
              << '\n';
    const QString target = p.value(QStringLiteral("out"));
    if (!target.isEmpty()) {
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
                  << '\n';
            return CommandLine::InputRejected;
        }
        CsvWriter csv(&f);
        csv.field("typology").field("indicator").field("expert_hit_log_lr").field("fitted_hit_log_lr");
        csv.field("expert_miss_log_lr").field("fitted_miss_log_lr").field("hits_cases").field("hits_clean").endRow();
        for (const auto& t : report->typologies) {
            for (const auto& w : t.weights) {
                csv.field(t.typology).field(w.indicator).field(w.expertHit, 4).field(w.fittedHit, 4);
                csv.field(w.expertMiss, 4).field(w.fittedMiss, 4).field(qint64(w.hitsAmongCases));
                csv.field(qint64(w.hitsAmongClean)).endRow();
            }
        }
        if (!csv.flush())
            return CommandLine::InputRejected;
    }
    return CommandLine::Success;
}

int runReport(QCommandLineParser& p, const QStringList& args)
{
    const QString sub = args.value(0);
    const QString path = p.value(QStringLiteral("workspace"));
    auto usage = [] {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark report list --workspace W\n"
            "       waymark report draft --workspace W [--from DATE] [--to DATE] [--title T]\n"
            "       waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] --out FILE")
              << '\n';
        return CommandLine::UsageError;
    };
    if (path.isEmpty()
        || (sub != QLatin1String("list") && sub != QLatin1String("draft") && sub != QLatin1String("export")))
        return usage();
    std::optional<reports::ReportExporter::Format> format;
    qint64 reportId = 0;
    if (sub == QLatin1String("export")) {
        format = reports::ReportExporter::formatFromName(p.value(QStringLiteral("format")));
        bool ok = false;
        reportId = p.value(QStringLiteral("report")).toLongLong(&ok);
        if (!format || !ok || reportId <= 0 || p.value(QStringLiteral("out")).isEmpty())
            return usage();
    }
    auto ws = openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return CommandLine::WorkspaceError;
    reports::ReportStore store(*ws);

    if (sub == QLatin1String("list")) {
        auto list = store.list();
        if (!list) {
            err() << list.error().toString() << '\n';
            return CommandLine::WorkspaceError;
        }
        for (const auto& r : list.value())
            out() << r.id << '\t' << r.reference << '\t'
                  << QCoreApplication::translate("CommandLine", "version %1").arg(r.version) << '\t' << r.updatedAt
                  << '\t' << r.title
                  << (r.generated ? QCoreApplication::translate("CommandLine", " (generated draft)") : QString())
                  << '\n';
        return CommandLine::Success;
    }

    if (sub == QLatin1String("draft")) {
        analysis::Filter filter
            = analysis::Filter::fromJson(QJsonDocument::fromJson(ws->meta(QStringLiteral("filter")).toUtf8()).object());
        if (!withTimeWindow(p, filter))
            return CommandLine::UsageError;
        reports::DraftOptions o;
        o.title = p.value(QStringLiteral("title"));
        Feedback feedback;
        g_running = &feedback;
        auto draft = reports::StarterDraft::build(*ws, filter, feedback, o);
        g_running = nullptr;
        if (feedback.isCanceled())
            return CommandLine::Canceled;
        if (!draft) {
            err() << draft.error().toString() << '\n';
            return CommandLine::WorkspaceError;
        }
        auto id = store.create(draft.value(), QStringLiteral("generated draft"));
        if (!id) {
            err() << id.error().toString() << '\n';
            return CommandLine::WorkspaceError;
        }
        out() << id.value() << '\n';
        return CommandLine::Success;
    }

    auto doc = store.load(reportId);
    if (!doc) {
        err() << doc.error().toString() << '\n';
        return CommandLine::WorkspaceError;
    }
    for (const QString& m : doc->missingEvidence())
        err() << QCoreApplication::translate("CommandLine", "warning: evidence no longer in the workspace: %1").arg(m)
              << '\n';
    reports::ExportOptions o;
    o.redact = p.isSet(QStringLiteral("redact"));
    const QString target = p.value(QStringLiteral("out"));
    if (Status st = reports::ReportExporter::write(*ws, doc.value(), *format, target, o); !st) {
        err() << st.error().toString() << '\n';
        return CommandLine::InputRejected;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote %1.").arg(target) << '\n';
    return CommandLine::Success;
}

const QStringList& commands()
{
    static const QStringList c { QStringLiteral("import"), QStringLiteral("info"), QStringLiteral("sample"),
        QStringLiteral("audit"), QStringLiteral("new"), QStringLiteral("clean"), QStringLiteral("encrypt"),
        QStringLiteral("rekey"), QStringLiteral("mapping"), QStringLiteral("graph"), QStringLiteral("render"),
        QStringLiteral("score"), QStringLiteral("calibrate"), QStringLiteral("report"), QStringLiteral("help") };
    return c;
}

} // namespace

bool CommandLine::isCommand(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& a = arguments.at(1);
    return commands().contains(a) || a == QLatin1String("--help") || a == QLatin1String("-h")
        || a == QLatin1String("--version") || a == QLatin1String("-v");
}

bool CommandLine::needsWidgets(const QStringList& arguments)
{
    return drawsImages(arguments) && arguments.value(2) == QLatin1String("chart");
}

bool CommandLine::drawsImages(const QStringList& arguments)
{
    // Reports lay out text and draw maps: they need fonts, as drawing does.
    return arguments.size() > 1
        && (arguments.at(1) == QLatin1String("render") || arguments.at(1) == QLatin1String("report"));
}

QString CommandLine::usage()
{
    return QCoreApplication::translate("CommandLine",
        "Waymark — offline analysis workstation for counter-trafficking analysts.\n\n"
        "  waymark [WORKSPACE]                          open the workstation\n"
        "  waymark new WORKSPACE [--encrypt]            create an empty workspace (encrypted under a passphrase)\n"
        "  waymark encrypt WORKSPACE --out COPY         an encrypted copy of a plain workspace\n"
        "  waymark rekey WORKSPACE                      change an encrypted workspace's passphrase\n"
        "      passphrases: --passphrase-file FILE (and --new-passphrase-file FILE), or typed on a terminal\n"
        "  waymark import FILE... --workspace W [--keep-going] [--mapping PRESET|FILE] [--quiet]\n"
        "  waymark info WORKSPACE                       counts per table, extracts with hashes\n"
        "  waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc] [--workspace W]\n"
        "  waymark audit verify WORKSPACE               check the file, the audit chain and every import's rows\n"
        "  waymark clean WORKSPACE --out COPY           a copy without schema objects Waymark did not create\n"
        "  waymark mapping list|save FILE --workspace W column mappings for bank CSV\n"
        "  waymark graph --workspace W [--metrics degree,betweenness,pagerank,closeness,eigenvector,louvain,\n"
        "                core,broker,component] [--types person,business] [--key-actors N] [--out FILE.csv]\n"
        "                [--export FILE.graphml|FILE.gexf]        link-graph measures, key actors, exchange\n"
        "  waymark render graph --workspace W --out FILE.png|FILE.svg [--size WxH] [--colour type|community] [--pieces "
        "N]\n"
        "  waymark render map --workspace W --out FILE.png|FILE.svg [--layers basemap,overlays,choropleth,\n"
        "                hotspots,significance,routes,points] [--size WxH] [--from DATE] [--to DATE]\n"
        "                [--bbox WEST,SOUTH,EAST,NORTH]         the map without a window\n"
        "  waymark score --workspace W [--typology ID|FILE.json]... [--out FILE.csv]\n"
        "                score bank accounts against financial typologies, ranked, with the run stored\n"
        "  waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L]\n"
        "                [--out WEIGHTS.csv]    fit weights to labelled accounts; AUC, precision at k\n"
        "  waymark render chart --workspace W --chart timeline|age-gender|citizenship|exploitation-country|sources\n"
        "                |route [--route ORIGIN>DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from DATE]\n"
        "                [--to DATE]   a chart without a window; route: incidents per bin on one route\n"
        "  waymark report list --workspace W            Key Judgement Reports in the workspace\n"
        "  waymark report draft --workspace W [--from DATE] [--to DATE] [--title T]\n"
        "                                               a generated starter draft; prints its id\n"
        "  waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] --out FILE\n\n"
        "Exit codes: 0 success · 1 usage error · 2 workspace cannot be opened or its audit log is broken ·\n"
        "3 input rejected, nothing imported · 4 imported, some rows quarantined (--keep-going) · 5 canceled\n");
}

int CommandLine::run(const QStringList& arguments)
{
    QCommandLineParser p;
    p.addOption({ QStringLiteral("workspace"), QCoreApplication::translate("CommandLine", "Workspace file."),
        QStringLiteral("W") });
    p.addOption({ QStringLiteral("passphrase-file"),
        QCoreApplication::translate("CommandLine", "File whose first line is an encrypted workspace's passphrase."),
        QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("new-passphrase-file"),
        QCoreApplication::translate("CommandLine", "File whose first line is the new passphrase (encrypt, rekey)."),
        QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("encrypt"),
        QCoreApplication::translate("CommandLine", "With new: encrypt the workspace under a passphrase.") });
    p.addOption({ QStringLiteral("keep-going"),
        QCoreApplication::translate("CommandLine", "Import valid rows; keep rejected rows in quarantine.") });
    p.addOption({ QStringLiteral("mapping"),
        QCoreApplication::translate("CommandLine", "Column mapping preset or .json file for bank CSV."),
        QStringLiteral("PRESET") });
    p.addOption({ QStringLiteral("metrics"),
        QCoreApplication::translate("CommandLine", "Graph measures to write, comma-separated."),
        QStringLiteral("LIST") });
    p.addOption({ QStringLiteral("types"),
        QCoreApplication::translate("CommandLine", "Entity types for the key-actor list, comma-separated."),
        QStringLiteral("LIST") });
    p.addOption({ QStringLiteral("key-actors"),
        QCoreApplication::translate("CommandLine", "How many key actors to list."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("size"), QCoreApplication::translate("CommandLine", "Image size, e.g. 1600x1000."),
        QStringLiteral("WxH") });
    p.addOption({ QStringLiteral("colour"),
        QCoreApplication::translate("CommandLine", "Colour nodes by type or community."), QStringLiteral("BY") });
    p.addOption({ QStringLiteral("pieces"),
        QCoreApplication::translate("CommandLine", "Draw only the N largest connected pieces."), QStringLiteral("N") });
    p.addOption({ QStringLiteral("chart"),
        QCoreApplication::translate("CommandLine", "Chart to render: timeline, age-gender, citizenship, …"),
        QStringLiteral("name") });
    p.addOption({ QStringLiteral("route"),
        QCoreApplication::translate("CommandLine", "Route of the route chart: two countries, ORIGIN>DEST."),
        QStringLiteral("ORIGIN>DEST") });
    p.addOption({ QStringLiteral("layers"),
        QCoreApplication::translate("CommandLine", "Map layers to draw, comma-separated."), QStringLiteral("LIST") });
    p.addOption({ QStringLiteral("bbox"),
        QCoreApplication::translate("CommandLine", "Area to show: west,south,east,north in degrees."),
        QStringLiteral("W,S,E,N") });
    p.addOption({ QStringLiteral("from"),
        QCoreApplication::translate("CommandLine", "Start of the time window (YYYY-MM-DD)."), QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("to"),
        QCoreApplication::translate("CommandLine", "End of the time window (YYYY-MM-DD)."), QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("export"),
        QCoreApplication::translate("CommandLine", "Write the link chart as GraphML or GEXF (by the file's ending)."),
        QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("quiet"), QCoreApplication::translate("CommandLine", "No progress bar or timing.") });
    p.addOption(
        { QStringLiteral("out"), QCoreApplication::translate("CommandLine", "Output file."), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("incidents"),
        QCoreApplication::translate("CommandLine", "Number of incidents (rows) to generate."), QStringLiteral("N") });
    p.addOption(
        { QStringLiteral("seed"), QCoreApplication::translate("CommandLine", "Random seed."), QStringLiteral("S") });
    p.addOption({ QStringLiteral("format"),
        QCoreApplication::translate("CommandLine", "hub or ctdc (sample); pdf, odt, html or md (report export)."),
        QStringLiteral("F") });
    p.addOption(
        { QStringLiteral("report"), QCoreApplication::translate("CommandLine", "Report id."), QStringLiteral("ID") });
    p.addOption({ QStringLiteral("redact"),
        QCoreApplication::translate("CommandLine", "Replace personal identifiers with placeholders.") });
    p.addOption(
        { QStringLiteral("title"), QCoreApplication::translate("CommandLine", "Report title."), QStringLiteral("T") });
    p.addOption({ QStringLiteral("typology"),
        QCoreApplication::translate("CommandLine", "Typology to score: a built-in id or a .json file (repeatable)."),
        QStringLiteral("T") });
    p.addOption({ QStringLiteral("labels"),
        QCoreApplication::translate("CommandLine", "Labelled accounts: account_id,label,typology."),
        QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("lambda"),
        QCoreApplication::translate("CommandLine", "L2 regularisation strength for calibration."),
        QStringLiteral("L") });
    p.addOption(
        { { QStringLiteral("h"), QStringLiteral("help") }, QCoreApplication::translate("CommandLine", "Show help.") });
    p.addOption({ { QStringLiteral("v"), QStringLiteral("version") },
        QCoreApplication::translate("CommandLine", "Show the version.") });
    if (!p.parse(arguments)) {
        err() << p.errorText() << '\n' << usage();
        return UsageError;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out() << "waymark " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    const QStringList args = p.positionalArguments();
    if (p.isSet(QStringLiteral("help")) || args.isEmpty() || args.at(0) == QLatin1String("help")) {
        out() << usage();
        return Success;
    }
    g_passphraseFile = p.value(QStringLiteral("passphrase-file"));
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const QString command = args.at(0);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("import"))
        return runImport(p, rest);
    if (command == QLatin1String("info") && rest.size() == 1)
        return runInfo(rest.at(0));
    if (command == QLatin1String("sample"))
        return runSample(p);
    if (command == QLatin1String("audit"))
        return runAudit(rest);
    if (command == QLatin1String("mapping"))
        return runMapping(p, rest);
    if (command == QLatin1String("graph"))
        return runGraph(p);
    if (command == QLatin1String("render"))
        return runRender(p, rest);
    if (command == QLatin1String("report"))
        return runReport(p, rest);
    if (command == QLatin1String("score") && rest.isEmpty())
        return runScore(p);
    if (command == QLatin1String("calibrate") && rest.isEmpty())
        return runCalibrate(p);
    if (command == QLatin1String("clean") && rest.size() == 1) {
        const QString to = p.value(QStringLiteral("out"));
        if (to.isEmpty()) {
            err() << QCoreApplication::translate("CommandLine", "usage: waymark clean WORKSPACE --out COPY") << '\n';
            return UsageError;
        }
        if (Status st = store::Workspace::cleanCopy(rest.at(0), to); !st) {
            err() << st.error().toString() << '\n';
            if (!st.error().detail.isEmpty())
                err() << "  " << st.error().detail << '\n';
            return WorkspaceError;
        }
        out() << QCoreApplication::translate("CommandLine", "Wrote a cleaned copy of %1 to %2.").arg(rest.at(0), to)
              << '\n';
        return Success;
    }
    if (command == QLatin1String("new") && rest.size() == 1 && p.isSet(QStringLiteral("encrypt"))) {
        const QByteArray passphrase = readPassphrase(
            g_passphraseFile, QCoreApplication::translate("CommandLine", "Passphrase for the new workspace: "));
        if (passphrase.isEmpty()) {
            err() << QCoreApplication::translate(
                "CommandLine", "An encrypted workspace needs a passphrase (--passphrase-file FILE, or a terminal).")
                  << '\n';
            return UsageError;
        }
        auto ws = store::Workspace::createEncrypted(rest.at(0), passphrase);
        if (!ws) {
            err() << ws.error().toString() << '\n';
            return WorkspaceError;
        }
        out() << QCoreApplication::translate("CommandLine", "Created encrypted workspace %1.").arg(rest.at(0)) << '\n';
        return Success;
    }
    if ((command == QLatin1String("encrypt") || command == QLatin1String("rekey")) && rest.size() == 1) {
        const QString path = rest.at(0);
        const bool rekey = command == QLatin1String("rekey");
        const QString target = rekey ? path : p.value(QStringLiteral("out"));
        if (target.isEmpty()) {
            err() << QCoreApplication::translate("CommandLine", "usage: waymark encrypt WORKSPACE --out COPY") << '\n';
            return UsageError;
        }
        QByteArray old;
        if (rekey) {
            old = readPassphrase(g_passphraseFile, QCoreApplication::translate("CommandLine", "Passphrase now: "));
        } else {
            // The plain workspace must open as any does: checked, never cleaned here.
            if (!openWorkspace(path, store::Workspace::Mode::ReadOnly))
                return WorkspaceError;
        }
        const QByteArray fresh = readPassphrase(p.value(QStringLiteral("new-passphrase-file")),
            QCoreApplication::translate("CommandLine", "New passphrase: "));
        if (fresh.isEmpty() || (rekey && old.isEmpty())) {
            err() << QCoreApplication::translate("CommandLine",
                "A passphrase is missing: --passphrase-file (the current one, for rekey) and --new-passphrase-file, "
                "or a terminal.")
                  << '\n';
            return UsageError;
        }
        const Status st
            = rekey ? store::Crypt::rekey(path, old, fresh) : store::Crypt::encryptCopy(path, target, fresh);
        if (!st) {
            err() << st.error().toString() << '\n';
            if (!st.error().detail.isEmpty())
                err() << "  " << st.error().detail << '\n';
            return WorkspaceError;
        }
        out() << (rekey
                ? QCoreApplication::translate("CommandLine", "%1 now opens with the new passphrase.").arg(path)
                : QCoreApplication::translate("CommandLine", "Wrote an encrypted copy of %1 to %2.").arg(path, target))
              << '\n';
        return Success;
    }
    if (command == QLatin1String("new") && rest.size() == 1) {
        auto ws = openWorkspace(rest.at(0), store::Workspace::Mode::Create);
        if (!ws)
            return WorkspaceError;
        out() << QCoreApplication::translate("CommandLine", "Created workspace %1.").arg(rest.at(0)) << '\n';
        return Success;
    }
    err() << usage();
    return UsageError;
}

} // namespace waymark::app
