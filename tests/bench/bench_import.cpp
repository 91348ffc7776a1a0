// Import benchmark (issues 2 and 15): a CTDC-shaped CSV of 1,000,000 rows
// imported by `waymark import` into a new workspace and by the sqlite3 shell's
// `.mode csv` / `.import` into a plain table, in one run, on the same file, for
// each layout CTDC has published: the Global Synthetic Dataset v2, the older
// Global Dataset releases (63 columns, sparse -99) and the victim–perpetrator
// dataset (banded years, UN regions, perpetrator entities). Prints rows/s of
// each, the ratio (waymark / sqlite3; ≥ 1.0 means Waymark's full import is at
// least as fast) and Waymark's peak memory, per layout. Each layout runs in a
// child bench process, so that the peak memory is that layout's own.
//
//   bench_import [--rows N] [--repeat K] [--layout v2|global-2017-2020|vp-condensed]

#include "sample/ctdcgenerator.h"

#include "benchprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 rows = 1000000;
    int repeat = 3;
    if (const int i = int(args.indexOf(QStringLiteral("--rows"))); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toLongLong();
    if (const int i = int(args.indexOf(QStringLiteral("--repeat"))); i > 0 && i + 1 < args.size())
        repeat = std::max(1, args.at(i + 1).toInt());
    QTextStream out(stdout);
    using Generator = waymark::sample::CtdcGenerator;
    const Generator::Layout layouts[]
        = { Generator::Layout::V2, Generator::Layout::Global2017, Generator::Layout::VictimPerpetrator };
    const int li = int(args.indexOf(QStringLiteral("--layout")));
    if (li < 0 || li + 1 >= args.size()) {
        // One child per layout: RUSAGE_CHILDREN of each child is its own Waymark's peak.
        for (Generator::Layout layout : layouts) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedChannels);
            p.start(app.applicationFilePath(),
                { QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--repeat"), QString::number(repeat),
                    QStringLiteral("--layout"), QLatin1String(Generator::layoutName(layout)) });
            if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
                return 1;
        }
        return 0;
    }
    Generator::Options o;
    o.rows = rows;
    o.seed = 2024;
    bool known = false;
    for (Generator::Layout layout : layouts) {
        if (args.at(li + 1) == QLatin1String(Generator::layoutName(layout))) {
            o.layout = layout;
            known = true;
        }
    }
    if (!known) {
        out << "unknown layout " << args.at(li + 1) << '\n';
        return 1;
    }

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("ctdc.csv"));
    if (!Generator::write(csv, o)) {
        out << "cannot write the input\n";
        return 1;
    }
    QFile head(csv);
    head.open(QIODevice::ReadOnly);
    const qsizetype columns = head.readLine().count(',') + 1;
    head.close();
    out << "layout " << Generator::layoutName(o.layout) << ": " << rows << " CTDC rows, " << columns << " columns, "
        << QFileInfo(csv).size() / (1 << 20) << " MiB\n";

    double best[2] = { 1e99, 1e99 };
    long waymarkPeakKiB = 0;
    for (int k = 0; k < repeat; ++k) {
        const QString ws = dir.filePath(QStringLiteral("w%1.waymark").arg(k));
        const double w = waymark::bench::runSeconds(QStringLiteral(WAYMARK_BIN),
            { QStringLiteral("import"), csv, QStringLiteral("--workspace"), ws, QStringLiteral("--quiet") });
        if (k == 0) {
            // Before any sqlite3 run: the children's peak so far is Waymark's.
            waymarkPeakKiB = waymark::bench::childrenPeakKiB();
        }
        const QString db = dir.filePath(QStringLiteral("plain%1.db").arg(k));
        const double s = waymark::bench::runSeconds(QStringLiteral("sqlite3"),
            { db, QStringLiteral("-cmd"), QStringLiteral(".mode csv"), QStringLiteral(".import %1 t").arg(csv) });
        if (w < 0 || s < 0)
            return 1;
        out << "run " << k + 1 << ": waymark import " << QString::number(w, 'f', 2) << " s, sqlite3 .import "
            << QString::number(s, 'f', 2) << " s\n";
        best[0] = std::min(best[0], w);
        best[1] = std::min(best[1], s);
        QFile::remove(ws);
        QFile::remove(db);
    }
    out << "best of " << repeat << " (" << Generator::layoutName(o.layout) << "):\n";
    out << "  waymark import (validation, normalisation, provenance, indexes): " << qint64(double(rows) / best[0])
        << " rows/s\n";
    out << "  sqlite3 .import into a plain table:                             " << qint64(double(rows) / best[1])
        << " rows/s\n";
    out << "  ratio waymark/sqlite3 (>= 1.0 is the goal), " << Generator::layoutName(o.layout) << ": "
        << QString::number(best[1] / best[0], 'f', 2) << '\n';
    out << "  waymark import peak memory: " << waymarkPeakKiB / 1024 << " MiB\n";
    return 0;
}
