// Hub extract import benchmark (issue 15): a generated hub extract, unpacked
// once into a folder of CSV tables, imported by `waymark import` into a new
// workspace and, in the same run, every table loaded by the sqlite3 shell's
// `.mode csv` / `.import` into plain tables of a new database. Prints both
// times, the ratio (sqlite3 / waymark; >= 1.0 means Waymark's full import,
// with its checks, is at least as fast) and Waymark's peak memory.
//
//   bench_hubimport [--incidents N] [--repeat K] [--seed S] [--extract DIR]

#include "sample/samplegenerator.h"

#include "benchprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

namespace {
qint64 dataRows(const QString& csv)
{
    QFile f(csv);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    qint64 n = 0;
    char buf[1 << 16];
    qint64 got;
    while ((got = f.read(buf, sizeof buf)) > 0)
        n += std::count(buf, buf + got, '\n');
    return n - 1; // the header (the sample quotes no line breaks)
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name) -> QString {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const qint64 incidents = option("--incidents").isEmpty() ? 200000 : option("--incidents").toLongLong();
    const int repeat = option("--repeat").isEmpty() ? 3 : std::max(1, option("--repeat").toInt());
    const quint64 seed = option("--seed").isEmpty() ? 1 : option("--seed").toULongLong();
    QTextStream out(stdout);

    QTemporaryDir dir;
    QString extract = option("--extract");
    if (extract.isEmpty()) {
        extract = dir.filePath(QStringLiteral("extract"));
        waymark::sample::SampleGenerator::Options o;
        o.incidents = incidents;
        o.seed = seed;
        const auto counts = waymark::sample::SampleGenerator::write(extract, o);
        if (!counts) {
            out << "cannot write the extract: " << counts.error().message << '\n';
            return 1;
        }
    }
    const QStringList tables = QDir(extract).entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name);
    qint64 rows = 0, bytes = 0;
    QStringList importArgs;
    for (const QString& t : tables) {
        const QString path = QDir(extract).filePath(t);
        rows += dataRows(path);
        bytes += QFileInfo(path).size();
        importArgs << QStringLiteral("-cmd") << QStringLiteral(".import '%1' '%2'").arg(path, QFileInfo(t).baseName());
    }
    out << "input: hub extract " << extract << ", " << rows << " rows over " << tables.size() << " tables, "
        << bytes / (1 << 20) << " MiB" << Qt::endl;

    double best[2] = { 1e99, 1e99 };
    long waymarkPeakKiB = 0;
    for (int k = 0; k < repeat; ++k) {
        const QString ws = dir.filePath(QStringLiteral("w%1.waymark").arg(k));
        const double w = waymark::bench::runSeconds(QStringLiteral(WAYMARK_BIN),
            { QStringLiteral("import"), extract, QStringLiteral("--workspace"), ws, QStringLiteral("--quiet") });
        if (k == 0) {
            // Before any sqlite3 run: the children's peak so far is Waymark's.
            waymarkPeakKiB = waymark::bench::childrenPeakKiB();
        }
        const QString db = dir.filePath(QStringLiteral("plain%1.db").arg(k));
        const double s = waymark::bench::runSeconds(QStringLiteral("sqlite3"),
            QStringList { db, QStringLiteral("-cmd"), QStringLiteral(".mode csv") } + importArgs
                + QStringList { QStringLiteral("SELECT 1") });
        if (w < 0 || s < 0)
            return 1;
        out << "run " << k + 1 << ": waymark import " << QString::number(w, 'f', 2) << " s, sqlite3 .import "
            << QString::number(s, 'f', 2) << " s" << Qt::endl;
        best[0] = std::min(best[0], w);
        best[1] = std::min(best[1], s);
        for (const QString& f : QDir(dir.path()).entryList({ QStringLiteral("w%1.waymark*").arg(k) }))
            QFile::remove(dir.filePath(f));
        QFile::remove(db);
    }
    out << "best of " << repeat << ":\n";
    out << "  waymark import (checks, references, places, provenance, indexes, row digests): "
        << QString::number(best[0], 'f', 2) << " s, " << qint64(double(rows) / best[0]) << " rows/s\n";
    out << "  sqlite3 .import of the same tables into plain tables:                         "
        << QString::number(best[1], 'f', 2) << " s, " << qint64(double(rows) / best[1]) << " rows/s\n";
    out << "  ratio sqlite3/waymark (>= 1.0 is the goal): " << QString::number(best[1] / best[0], 'f', 2) << '\n';
    out << "  waymark import peak memory: " << waymarkPeakKiB / 1024 << " MiB\n";
    return 0;
}
