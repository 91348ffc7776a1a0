#include "reportexporter.h"

#include "core/outputfile.h"
#include "core/yardstick.h"
#include "redactor.h"
#include "store/auditlog.h"
#include "store/workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextLayout>
#include <QTextTable>
#include <QUrl>

namespace waymark::reports {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString imageName(const QString& sha)
{
    return QStringLiteral("figure-%1.png").arg(sha);
}

/// A text document that loads nothing by itself: an export may hold only
/// what Waymark drew or stored (its figures, added as resources), never a
/// file of the machine it runs on or anything from a network.
class SealedTextDocument : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

/// A section's rich text as it may go into an export: read by Qt's rich-text
/// parser (which keeps only what it can lay out: no scripts, frames, objects
/// or style sheets), every image that is not one of the report's own figures
/// taken out, and no background image left to load.
QString sealedSectionHtml(const QString& html, const ReportDocument& doc)
{
    SealedTextDocument text;
    text.setHtml(html);
    QList<QPair<int, int>> foreign; // position, length
    for (QTextBlock b = text.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.isValid() || !f.charFormat().isImageFormat())
                continue;
            const QString name = f.charFormat().toImageFormat().name();
            const bool ours = name.startsWith(QLatin1String("figure-")) && name.endsWith(QLatin1String(".png"))
                && doc.images.contains(name.mid(7, name.size() - 11));
            if (!ours)
                foreign.append({ f.position(), f.length() });
        }
    }
    for (auto it = foreign.crbegin(); it != foreign.crend(); ++it) {
        QTextCursor c(&text);
        c.setPosition(it->first);
        c.setPosition(it->first + it->second, QTextCursor::KeepAnchor);
        c.insertText(QCoreApplication::translate("ReportExporter", "[image left out: not drawn by Waymark]"));
    }
    QString out = text.toHtml();
    const qsizetype bodyAt = out.indexOf(QLatin1String("<body"));
    const qsizetype bodyStart = bodyAt < 0 ? -1 : out.indexOf(QLatin1Char('>'), bodyAt);
    const qsizetype bodyEnd = out.lastIndexOf(QLatin1String("</body>"));
    if (bodyStart >= 0 && bodyEnd > bodyStart)
        out = out.mid(bodyStart + 1, bodyEnd - bodyStart - 1);
    static const QRegularExpression background(
        QStringLiteral(R"(background-image\s*:\s*url\([^)]*\)\s*;?|\sbackground="[^"]*")"),
        QRegularExpression::CaseInsensitiveOption);
    out.remove(background);
    return out;
}

/// Keeps what belongs together on one page, as a typesetter would: a
/// heading that would end a page, and a paragraph that would leave a lone
/// line at a page's foot (an orphan) or head (a widow), start the next page
/// instead. Qt's layout knows only forced breaks, so each is given one and
/// the document laid out again until nothing moves. Blocks inside tables
/// (figures and their captions) keep together by themselves.
void keepTogether(QTextDocument& text, double pageHeight)
{
    QAbstractTextDocumentLayout* layout = text.documentLayout();
    auto pageOf = [pageHeight](double y) { return int(y / pageHeight); };
    auto firstLineTop = [&](const QTextBlock& b) {
        const QTextLayout* l = b.layout();
        return layout->blockBoundingRect(b).top() + (l && l->lineCount() ? l->lineAt(0).y() : 0);
    };
    for (int pass = 0; pass < 200; ++pass) {
        bool moved = false;
        for (QTextBlock b = text.begin(); b.isValid() && !moved; b = b.next()) {
            const QTextLayout* l = b.layout();
            if (!l || l->lineCount() == 0 || QTextCursor(b).currentTable()
                || b.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
                continue;
            const double top = layout->blockBoundingRect(b).top();
            const int first = pageOf(top + l->lineAt(0).y());
            bool push = false;
            if (b.blockFormat().headingLevel() > 0) {
                const QTextBlock next = b.next();
                push = next.isValid() && pageOf(firstLineTop(next)) > first;
            } else if (l->lineCount() >= 2 && l->lineCount() <= 8) {
                const QTextLine last = l->lineAt(l->lineCount() - 1);
                const int lastPage = pageOf(top + last.y() + last.height() * 0.5);
                if (lastPage != first) {
                    int onFirst = 0, onLast = 0;
                    for (int i = 0; i < l->lineCount(); ++i) {
                        const int page = pageOf(top + l->lineAt(i).y() + l->lineAt(i).height() * 0.5);
                        onFirst += page == first;
                        onLast += page == lastPage;
                    }
                    push = onFirst < 2 || onLast < 2;
                }
            }
            if (push && first > 0) {
                QTextCursor c(b);
                QTextBlockFormat f = b.blockFormat();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                c.setBlockFormat(f);
                moved = true;
            }
        }
        if (!moved)
            return;
    }
}

QString dataUri(const QByteArray& png)
{
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

const char* const kCss = "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }"
                         "h1 { font-size: 22pt; } h2 { font-size: 13pt; margin-top: 14pt; }"
                         "table.ruled { border-collapse: collapse; border-style: solid; border-width: 0.5px; "
                         "border-color: #808080; }"
                         "table.ruled th { background-color: #e8ecf1; text-align: left; }"
                         "p.kj { background-color: #e6edf5; margin-top: 10pt; font-size: 11pt; }"
                         "p.titlepage { margin-top: 120pt; }"
                         "p.marking { font-weight: bold; text-align: center; color: #8b0000; }"
                         "p.generated { background-color: #fff3c4; padding: 4pt; }"
                         "p.figure { margin-top: 10pt; }"
                         "p.caption { font-size: 9pt; font-style: italic; margin-bottom: 12pt; }"
                         "td, th { padding: 2pt 6pt; vertical-align: top; }"
                         "p.evidence { font-size: 9pt; margin-left: 12pt; }"
                         ".missing { color: #b00000; font-weight: bold; }";

} // namespace

std::optional<ReportExporter::Format> ReportExporter::formatFromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    if (n == QLatin1String("odt"))
        return Format::Odt;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return Format::Html;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    return std::nullopt;
}

QString ReportExporter::formatName(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("md");
    }
    return {};
}

QString ReportExporter::html(
    const ReportDocument& doc, int imageWidth, const QHash<QString, int>& pages, bool markingInBody, bool paged)
{
    const ProbabilityScale scale = Yardstick::scaleOf(doc.probabilityStandard);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>%2</style></head>"
                        "<body>\n")
             .arg(esc(doc.title), QLatin1String(kCss));
    const QString marking = QStringLiteral("<p class=\"marking\">%1</p>\n").arg(esc(doc.marking.text()));
    if (markingInBody)
        h += marking;
    if (paged)
        h += QStringLiteral("<p class=\"titlepage\"></p>\n");
    h += QStringLiteral("<h1>%1</h1>\n<table>\n").arg(esc(doc.title));
    auto row = [&](const QString& k, const QString& v) {
        // Two no-break spaces keep the value off its label where cell padding is not honoured (Qt's PDF layout).
        h += QStringLiteral("<tr><td><b>%1</b>&#160;&#160;</td><td>%2</td></tr>\n").arg(esc(k), esc(v));
    };
    row(QCoreApplication::translate("ReportExporter", "Reference"), doc.reference);
    row(QCoreApplication::translate("ReportExporter", "Date"), doc.date.toString(Qt::ISODate));
    row(QCoreApplication::translate("ReportExporter", "Author"), doc.author);
    row(QCoreApplication::translate("ReportExporter", "Data cut-off"), doc.dataCutOff.toString(Qt::ISODate));
    row(QCoreApplication::translate("ReportExporter", "Handling"), doc.marking.text());
    h += QStringLiteral("</table>\n");
    if (doc.generated)
        h += QStringLiteral("<p class=\"generated\"><b>%1</b></p>\n")
                 .arg(esc(QCoreApplication::translate("ReportExporter",
                     "Generated draft: the judgements, numbers and evidence below were produced by Waymark from "
                     "the data. An analyst must check and rewrite them before this report is issued.")));

    // Contents: every second-level heading, with its page where known.
    QStringList headings { QCoreApplication::translate("ReportExporter", "Key judgements") };
    for (const Section& s : doc.sections)
        headings << s.title;
    const QString annexSources = QCoreApplication::translate("ReportExporter", "Annex A: Sources and their grades");
    const QString annexYardstick
        = QCoreApplication::translate("ReportExporter", "Annex B: Probability yardstick and confidence");
    const QString annexMethod
        = QCoreApplication::translate("ReportExporter", "Annex C: Method — checks on generated judgements");
    headings << annexSources << annexYardstick << annexMethod;
    // On pages the title block is a title page of its own.
    h += QStringLiteral("<h2%1>%2</h2>\n<table>\n")
             .arg(paged ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                 esc(QCoreApplication::translate("ReportExporter", "Contents")));
    for (int i = 0; i < headings.size(); ++i) {
        const int page = pages.value(headings[i], 0);
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\" style=\"padding-left: 12px\">%2</td></tr>\n")
                 .arg(esc(headings[i]), page > 0 ? QString::number(page) : QString());
    }
    h += QStringLiteral("</table>\n");

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(headings[0]));
    // An empty section says why, rather than a heading over nothing.
    if (doc.judgements.empty())
        h += QStringLiteral("<p class=\"missing\">%1</p>\n")
                 .arg(esc(doc.generated ? QCoreApplication::translate("ReportExporter",
                              "No key judgement yet: Waymark drafts one only for a finding that passes its checks "
                              "(Annex C), and none did. Write them from the assessment.")
                                        : QCoreApplication::translate("ReportExporter", "No key judgement yet.")));
    for (size_t i = 0; i < doc.judgements.size(); ++i) {
        const KeyJudgement& j = doc.judgements[i];
        h += QStringLiteral("<p class=\"kj\"><b>KJ%1. %2</b>%3</p>\n")
                 .arg(i + 1)
                 .arg(esc(j.statement),
                     j.generated ? QStringLiteral(" <i>[%1]</i>")
                                       .arg(esc(QCoreApplication::translate("ReportExporter", "generated")))
                                 : QString());
        h += QStringLiteral("<p class=\"evidence\">%1: %2 · %3: %4%5</p>\n")
                 .arg(esc(QCoreApplication::translate("ReportExporter", "Probability")),
                     esc(j.term.isEmpty() ? QCoreApplication::translate("ReportExporter", "not stated")
                                          : Yardstick::describe(j.term, scale)),
                     esc(QCoreApplication::translate("ReportExporter", "Confidence")),
                     esc(j.confidence.isEmpty() ? QCoreApplication::translate("ReportExporter", "not stated")
                                                : j.confidence),
                     j.rationale.isEmpty() ? QString() : QStringLiteral(" — ") + esc(j.rationale));
        if (!j.checks.isEmpty()) {
            h += QStringLiteral("<p class=\"evidence\"><i>%1</i></p>\n")
                     .arg(esc(QCoreApplication::translate("ReportExporter", "Why we can say this (checks run):")));
            for (const analysis::CheckResult& c : j.checks.results)
                h += QStringLiteral("<p class=\"evidence\">· %1</p>\n").arg(esc(c.text()));
        }
        if (j.evidence.empty())
            h += QStringLiteral("<p class=\"evidence\"><span class=\"missing\">%1</span></p>\n")
                     .arg(esc(QCoreApplication::translate("ReportExporter", "No evidence cited.")));
        for (const Evidence& e : j.evidence) {
            QString line = QStringLiteral("%1 · %2").arg(esc(e.label.isEmpty() ? e.key : e.label),
                esc(e.kind == Evidence::Kind::Source ? e.gradeText()
                                                     : e.sourceName + QStringLiteral(", ") + e.gradeText()));
            if (e.missing)
                line += QStringLiteral(" <span class=\"missing\">%1</span>")
                            .arg(esc(QCoreApplication::translate(
                                "ReportExporter", "⚠ no longer in the workspace (deleted by a later import)")));
            if (!e.caveat.isEmpty())
                line += QStringLiteral(" <i>%1: %2</i>")
                            .arg(esc(QCoreApplication::translate("ReportExporter", "Caveat")), esc(e.caveat));
            h += QStringLiteral("<p class=\"evidence\">• %1</p>\n").arg(line);
        }
    }

    int figureNo = 0;
    auto figures = [&] {
        for (const Figure& f : doc.figures) {
            ++figureNo;
            // On pages, a one-cell table: the layout moves a row that does
            // not fit to the next page, so a caption never leaves its image.
            if (paged)
                h += QStringLiteral(
                    "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>\n");
            if (!f.leftOut.isEmpty()) {
                h += QStringLiteral("<p class=\"missing\">%1</p>\n")
                         .arg(esc(QCoreApplication::translate("ReportExporter", "[Figure left out of this copy: %1]")
                                      .arg(f.leftOut)));
            } else if (f.imageSha.isEmpty() || !doc.images.contains(f.imageSha)) {
                h += QStringLiteral("<p class=\"missing\">%1</p>\n")
                         .arg(esc(f.personal
                                 ? QCoreApplication::translate("ReportExporter",
                                     "[Figure withheld in this redacted copy: it shows personal details.]")
                                 : QCoreApplication::translate("ReportExporter", "[Figure image missing.]")));
            } else {
                const QImage img = QImage::fromData(doc.images.value(f.imageSha));
                double scale
                    = img.isNull() ? 1 : std::min(double(imageWidth) / img.width(), imageWidth * 0.7 / img.height());
                h += QStringLiteral(
                    "<p class=\"figure\" align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n")
                         .arg(imageName(f.imageSha))
                         .arg(int(img.width() * scale))
                         .arg(int(img.height() * scale));
            }
            h += QStringLiteral("<p class=\"caption\">%1</p>\n")
                     .arg(esc(
                         QCoreApplication::translate("ReportExporter", "Figure %1: %2. Filter: %3. Data as of %4.")
                             .arg(figureNo)
                             .arg(f.caption,
                                 f.filter.isEmpty() ? QCoreApplication::translate("ReportExporter", "none") : f.filter,
                                 f.dataDate)));
            if (paged)
                h += QStringLiteral("</td></tr></table>\n");
        }
    };
    bool placed = false;
    for (const Section& s : doc.sections) {
        h += QStringLiteral("<h2>%1</h2>\n%2\n").arg(esc(s.title), sealedSectionHtml(s.html, doc));
        if (s.key == QLatin1String("assessment")) {
            figures();
            placed = true;
        }
    }
    if (!placed)
        figures();

    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(annexSources));
    const auto annex = doc.sourcesAnnex();
    if (!doc.dataSources.empty())
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(QCoreApplication::translate("ReportExporter",
                     "Every source the judgements cite, and every source of the incidents the generated counts and "
                     "figures draw on, with its grade in its own scheme.")));
    if (annex.empty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(QCoreApplication::translate("ReportExporter", "No sources cited.")));
    } else {
        h += QStringLiteral("<table class=\"ruled\" width=\"100%\" cellspacing=\"0\" "
                            "cellpadding=\"4\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                 .arg(esc(QCoreApplication::translate("ReportExporter", "Key")),
                     esc(QCoreApplication::translate("ReportExporter", "Source")),
                     esc(QCoreApplication::translate("ReportExporter", "Grade")));
        for (const Evidence& s : annex)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                     .arg(esc(s.key), esc(s.label), esc(s.gradeText()));
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("<h2>%1</h2>\n<table class=\"ruled\" width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"4\"><tr><th>%2</th><th>%3</th></tr>\n")
             .arg(esc(annexYardstick), esc(QCoreApplication::translate("ReportExporter", "Term")),
                 esc(QCoreApplication::translate("ReportExporter", "Probability")));
    for (const YardstickTerm& t : Yardstick::terms(scale))
        h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(esc(t.label()), esc(Yardstick::rangeText(t)));
    h += QStringLiteral("</table>\n<p>%1</p>\n")
             .arg(esc(scale == ProbabilityScale::Icd203
                     ? QCoreApplication::translate("ReportExporter",
                         "This report states probabilities in the terms of US ICD 203 (Analytic Standards). Its two "
                         "rows of terms are equivalent and are not mixed, and no sentence combines a confidence level "
                         "with a likelihood term.")
                     : QCoreApplication::translate("ReportExporter",
                         "This report states probabilities in the terms of the UK Professional Head of Intelligence "
                         "Assessment's probability yardstick (2025 wording).")));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(QCoreApplication::translate("ReportExporter",
                 "Analytic confidence (high, moderate, low) is how sure we are of the basis of a judgement, judged "
                 "as PHIA does on three criteria: the information base (its quality, corroboration and gaps), the "
                 "analytical rigour of the reasoning, and the complexity and volatility of the issue. It is stated "
                 "apart from probability.")));
    h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n<ul>\n")
             .arg(esc(annexMethod),
                 esc(QCoreApplication::translate("ReportExporter",
                     "Every statement Waymark generates (starter drafts, hotspot and emerging-hotspot layers, key "
                     "actors, typology alerts) passes these checks before it is made. A check that fails either "
                     "adds its caveat in plain words or stops the statement; each generated judgement lists the "
                     "checks it passed, with their numbers.")));
    for (const QString& check : analysis::CheckResult::allChecks())
        h += QStringLiteral("<li><b>%1</b>: %2</li>\n")
                 .arg(esc(analysis::CheckResult::checkName(check)), esc(analysis::CheckResult::checkMethod(check)));
    h += QStringLiteral("</ul>\n");
    if (!doc.auditHead.isEmpty())
        h += QStringLiteral("<p class=\"caption\">%1</p>\n")
                 .arg(esc(QCoreApplication::translate("ReportExporter",
                     "Exported from a workspace whose audit chain head was record %1, SHA-256 %2 (waymark audit "
                     "verify prints it).")
                              .arg(doc.auditHead.section(QLatin1Char(':'), 0, 0),
                                  doc.auditHead.section(QLatin1Char(':'), 1))));
    if (markingInBody)
        h += marking;
    h += QStringLiteral("</body></html>\n");
    return h;
}

void ReportExporter::addImages(QTextDocument& text, const ReportDocument& doc)
{
    for (auto it = doc.images.cbegin(); it != doc.images.cend(); ++it)
        text.addResource(QTextDocument::ImageResource, QUrl(imageName(it.key())), QImage::fromData(it.value()));
}

Result<QByteArray> ReportExporter::pdf(const ReportDocument& doc, int dpi)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
    writer.setTitle(doc.title);
    writer.setCreator(QStringLiteral("Waymark"));

    const double width = writer.width();
    const double band = dpi * 0.45; // header and footer, each
    const double bodyHeight = writer.height() - 2 * band;
    SealedTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    text.setPageSize(QSizeF(width, bodyHeight));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    text.setDefaultFont(font);
    addImages(text, doc);
    // The text layout scales image sizes by the device's dots per inch over
    // the screen's logical ones (96 without a screen): give it logical pixels.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const double screenDpi = screen ? screen->logicalDotsPerInchX() : 96.0;
    const int imageWidth = int(width * 0.92 * screenDpi / writer.logicalDpiX());
    text.setHtml(html(doc, imageWidth, {}, false, true));
    keepTogether(text, bodyHeight);
    // Second pass with the page of every heading in the contents; the
    // contents keep their lines, so no heading moves.
    QHash<QString, int> pages;
    for (QTextBlock b = text.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 2)
            pages.insert(b.text().trimmed(), int(text.documentLayout()->blockBoundingRect(b).top() / bodyHeight) + 1);
    }
    text.setHtml(html(doc, imageWidth, pages, false, true));
    keepTogether(text, bodyHeight);
    const int pageCount = text.pageCount();

    QPainter painter;
    if (!painter.begin(&writer))
        return Error(QCoreApplication::translate("ReportExporter", "The PDF could not be started."));
    QFont small = font;
    small.setPointSizeF(8);
    QFont markingFont = font;
    markingFont.setPointSizeF(9);
    markingFont.setBold(true);
    const QString marking = doc.marking.text();
    for (int p = 0; p < pageCount; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, band - p * bodyHeight);
        const QRectF clip(0, p * bodyHeight, width, bodyHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        text.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setPen(QColor(0x8b, 0, 0));
        painter.setFont(markingFont);
        painter.drawText(QRectF(0, 0, width, band * 0.7), Qt::AlignHCenter | Qt::AlignTop, marking);
        painter.drawText(
            QRectF(0, writer.height() - band * 0.7, width, band * 0.7), Qt::AlignHCenter | Qt::AlignBottom, marking);
        painter.setPen(Qt::black);
        painter.setFont(small);
        painter.drawText(QRectF(0, writer.height() - band * 0.7, width, band * 0.7), Qt::AlignRight | Qt::AlignBottom,
            QCoreApplication::translate("ReportExporter", "Page %1 of %2").arg(p + 1).arg(pageCount));
        painter.drawText(
            QRectF(0, writer.height() - band * 0.7, width, band * 0.7), Qt::AlignLeft | Qt::AlignBottom, doc.reference);
    }
    if (!painter.end())
        return Error(QCoreApplication::translate("ReportExporter", "The PDF could not be finished."));
    return bytes;
}

Status ReportExporter::write(
    store::Workspace& ws, const ReportDocument& original, Format format, const QString& path, const Options& options)
{
    ReportDocument doc = original;
    if (options.redact) {
        auto redactor = Redactor::fromWorkspace(ws);
        if (!redactor)
            return redactor.error();
        doc = redactor->apply(original);
    }
    doc.auditHead = ws.audit().head();
    QByteArray bytes;
    switch (format) {
    case Format::Pdf: {
        auto p = pdf(doc, options.dpi);
        if (!p)
            return p.error();
        bytes = std::move(p.value());
        break;
    }
    case Format::Html: {
        QString h = html(doc, 720);
        for (auto it = doc.images.cbegin(); it != doc.images.cend(); ++it)
            h.replace(imageName(it.key()), dataUri(it.value()));
        bytes = h.toUtf8();
        break;
    }
    case Format::Odt:
    case Format::Markdown: {
        SealedTextDocument text;
        addImages(text, doc);
        text.setHtml(html(doc, 600));
        if (format == Format::Markdown) {
            QString md = text.toMarkdown();
            for (auto it = doc.images.cbegin(); it != doc.images.cend(); ++it)
                md.replace(imageName(it.key()), dataUri(it.value()));
            bytes = md.toUtf8();
        } else {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QTextDocumentWriter writer(&buffer, "odf");
            if (!writer.write(&text))
                return Error(QCoreApplication::translate("ReportExporter", "The ODT document could not be written."));
        }
        break;
    }
    }

    auto written = OutputFile::writeAll(path, bytes);
    if (!written)
        return written.error();
    const QString sha = written.value();
    return ws.audit().append(QStringLiteral("report.export"), QStringLiteral("report:%1").arg(original.id),
        QStringLiteral("version %1, %2%3, %4, sha256=%5")
            .arg(original.version)
            .arg(formatName(format), options.redact ? QStringLiteral(", redacted") : QString(),
                QFileInfo(path).fileName(), sha));
}

} // namespace waymark::reports
