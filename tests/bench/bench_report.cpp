// Key Judgement Report benchmark (issue 6) on a sample workspace (generated
// by the waymark binary unless a path to reuse is given). It times:
//   - drawing the figures at print resolution with FigureMaker (map, link
//     chart, timeline, breakdown chart), once each, for information;
//   - exporting a report of about 20 pages with 10 of those figures to PDF
//     (ReportExporter::write: layout, images, marking on every page, audit),
//     median of 3; goal ≤ 2 s;
//   - opening a report with 100 judgements and 500 evidence links in the
//     editor (ReportStore::load with every link resolved against the
//     workspace, then the editor's lists and fields filled), median of 5;
//     goal ≤ 200 ms. The load alone is printed too.
//
//   bench_report [incidents] [workspace-to-reuse]

#include "analysis/analysiscontext.h"
#include "benchworkspace.h"
#include "figuremaker.h"
#include "reporteditor.h"
#include "reports/reportexporter.h"
#include "reports/reportstore.h"
#include "store/workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace waymark;

namespace {
double ms(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

const char* verdict(double value, double goal)
{
    return value <= goal ? "within the goal" : "OVER THE GOAL";
}

QString paragraph(int n)
{
    return QStringLiteral("<p>Paragraph %1. Reporting from partner agencies and open sources over the period shows "
                          "victims recruited through online job advertisements, moved by coach and air through two "
                          "transit hubs and exploited in agriculture, construction and domestic work. The pattern "
                          "is consistent across sources graded reliable, and the routes named here are likely to "
                          "remain in use over the next twelve months unless the recruiting accounts are disrupted. "
                          "Gaps remain on the financial side: payments to the controllers are seen only in part.</p>")
        .arg(n);
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir dir;
    qputenv("HOME", dir.path().toUtf8()); // no settings of a real user
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 incidents = args.size() > 1 ? args.at(1).toLongLong() : 50000;
    const QString path = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("bench.waymark"));
    if (!ensureSampleWorkspace(path, incidents, dir, out))
        return 1;
    analysis::AnalysisContext context;
    if (Status st = context.openWorkspace(path); !st) {
        out << st.error().toString() << Qt::endl;
        return 1;
    }
    store::Workspace& ws = *context.workspace();
    out << "Workspace: " << path << ", " << ws.count(QStringLiteral("incidents")) << " incidents" << Qt::endl;

    // Figures at print resolution, drawn as the editor draws them.
    const QStringList entityKeys = ws.strings("SELECT entity_key FROM entities ORDER BY id LIMIT 40");
    std::vector<ui::FigureMaker::Made> made;
    for (const char* kind : { "map", "graph", "timeline", "chart" }) {
        ui::FigureMaker::Request r { QLatin1String(kind), {}, {} };
        if (r.kind == QLatin1String("graph"))
            r.params.insert(QStringLiteral("entities"), QJsonArray::fromStringList(entityKeys));
        QElapsedTimer t;
        t.start();
        auto m = ui::FigureMaker::make(path, r);
        if (!m) {
            out << kind << ": " << m.error().toString() << Qt::endl;
            return 1;
        }
        const QImage image = QImage::fromData(m->png);
        out << "Figure " << kind << " drawn at " << image.width() << "x" << image.height() << " in " << ms(t) << " ms ("
            << m->png.size() / 1024 << " KiB PNG)" << Qt::endl;
        made.push_back(std::move(m.value()));
    }

    // A report of about 20 pages with 10 figures.
    reports::ReportStore store(ws);
    reports::ReportDocument doc = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
    doc.title = QStringLiteral("Benchmark report");
    doc.reference = QStringLiteral("KJR-BENCH-1");
    const QStringList incidentKeys
        = ws.strings("SELECT incident_key FROM incidents WHERE incident_key IS NOT NULL ORDER BY id LIMIT 400");
    const QStringList accountKeys = ws.strings("SELECT account_key FROM accounts ORDER BY id LIMIT 60");
    for (int j = 0; j < 12; ++j) {
        reports::KeyJudgement k;
        k.statement = QStringLiteral("Judgement %1: the route is likely to grow over the next year.").arg(j + 1);
        k.term = QStringLiteral("likely");
        k.confidence = QStringLiteral("moderate");
        k.rationale = QStringLiteral("Two independent reliable sources.");
        for (int e = 0; e < 3 && j * 3 + e < incidentKeys.size(); ++e) {
            if (auto ev = store.evidence(reports::Evidence::Kind::Incident, incidentKeys[j * 3 + e]))
                k.evidence.push_back(ev.value());
        }
        doc.judgements.push_back(k);
    }
    int para = 0;
    for (reports::Section& s : doc.sections) {
        s.html.clear();
        for (int p = 0; p < 22; ++p)
            s.html += paragraph(++para);
    }
    for (int f = 0; f < 10; ++f) {
        reports::Figure fig = made[size_t(f % made.size())].figure;
        fig.caption = QStringLiteral("Figure number %1").arg(f + 1);
        // Ten distinct images, as ten figures of one report are.
        QImage image = QImage::fromData(made[size_t(f % made.size())].png);
        image.setPixelColor(f, 0, QColor(f, 0, 0));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        doc.addFigure(png, fig);
    }
    if (!store.create(doc)) {
        out << "could not store the report" << Qt::endl;
        return 1;
    }
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    std::vector<double> exportTimes;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        if (Status st = reports::ReportExporter::write(ws, doc, reports::ReportExporter::Format::Pdf, pdf); !st) {
            out << st.error().toString() << Qt::endl;
            return 1;
        }
        exportTimes.push_back(ms(t));
    }
    QFile file(pdf);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    const qsizetype pages = QString::fromLatin1(bytes).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")));
    const double exportMs = median(exportTimes);
    out << "PDF export, " << pages << " pages, " << doc.figures.size() << " figures, " << bytes.size() / 1024
        << " KiB: " << exportMs << " ms (median of 3; goal ≤ 2000 ms: " << verdict(exportMs, 2000) << ")" << Qt::endl;

    // A report with 100 judgements and 500 evidence links.
    std::vector<reports::Evidence> pool;
    for (const QString& k : incidentKeys) {
        if (auto ev = store.evidence(reports::Evidence::Kind::Incident, k))
            pool.push_back(ev.value());
    }
    for (const QString& k : entityKeys) {
        if (auto ev = store.evidence(reports::Evidence::Kind::Entity, k))
            pool.push_back(ev.value());
    }
    for (const QString& k : accountKeys) {
        if (auto ev = store.evidence(reports::Evidence::Kind::Account, k))
            pool.push_back(ev.value());
    }
    if (pool.size() < 500) {
        out << "only " << pool.size() << " rows to cite; use a bigger workspace" << Qt::endl;
        return 1;
    }
    reports::ReportDocument big = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
    big.title = QStringLiteral("Hundred judgements");
    for (int j = 0; j < 100; ++j) {
        reports::KeyJudgement k;
        k.statement = QStringLiteral("Judgement %1: it is likely that the corridor stays in use.").arg(j + 1);
        k.term = QStringLiteral("likely");
        k.confidence = QStringLiteral("high");
        for (int e = 0; e < 5; ++e)
            k.evidence.push_back(pool[size_t(j * 5 + e)]);
        big.judgements.push_back(k);
    }
    if (!store.create(big)) {
        out << "could not store the big report" << Qt::endl;
        return 1;
    }
    std::vector<double> loadTimes;
    std::vector<double> openTimes;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        auto loaded = store.load(big.id);
        loadTimes.push_back(ms(t));
        if (!loaded || loaded->judgements.size() != 100) {
            out << "load failed" << Qt::endl;
            return 1;
        }
        ui::ReportEditor editor(&context);
        editor.resize(1400, 900);
        editor.show();
        QApplication::processEvents();
        t.restart();
        if (Status st = editor.openReport(big.id); !st) {
            out << st.error().toString() << Qt::endl;
            return 1;
        }
        QApplication::processEvents(); // the lists painted
        openTimes.push_back(ms(t));
        size_t links = 0;
        for (const auto& k : editor.document().judgements)
            links += k.evidence.size();
        if (links != 500) {
            out << "the editor shows " << links << " links, not 500" << Qt::endl;
            return 1;
        }
    }
    const double openMs = median(openTimes);
    out << "Load of a report with 100 judgements and 500 evidence links: " << median(loadTimes) << " ms (median of 5)"
        << Qt::endl;
    out << "Open in the editor (load, evidence resolved, lists filled and painted): " << openMs
        << " ms (median of 5; goal ≤ 200 ms: " << verdict(openMs, 200) << ")" << Qt::endl;
    return 0;
}
