#pragma once

#include "core/result.h"
#include "reports/reportdocument.h"

#include <QString>

#include <optional>

class QTextDocument;

namespace waymark::store {
class Workspace;
}

namespace waymark::reports {

/// How a report is exported.
struct ExportOptions {
    bool redact = false;
    int dpi = 300; ///< PDF resolution
};

/// Writes a Key Judgement Report as PDF (the handling marking at the top and
/// bottom of every page, page numbers, contents with page numbers, figures
/// at print resolution), ODT, HTML or Markdown, optionally redacted. The
/// file is written through QSaveFile: a path that cannot be written gives an
/// error and leaves nothing half-written. Every export is audited.
class ReportExporter {
public:
    enum class Format { Pdf, Odt, Html, Markdown };
    using Options = ExportOptions;

    static std::optional<Format> formatFromName(const QString& name);
    static QString formatName(Format format);

    /// Exports and appends an audit record (report, version, format,
    /// redaction, file name, SHA-256 of what was written).
    static Status write(store::Workspace& workspace, const ReportDocument& doc, Format format, const QString& path,
        const Options& options = {});

    /// The report as one HTML document. Images are referenced as
    /// `figure-<sha>.png`; `imageWidth` is their width in the target's
    /// pixels; `pages` (heading → page) fills the contents' page column;
    /// `markingInBody` repeats the marking at the start and the end (for
    /// formats without page headers); `paged` keeps each figure and its
    /// caption on one page (for PDF).
    static QString html(const ReportDocument& doc, int imageWidth, const QHash<QString, int>& pages = {},
        bool markingInBody = true, bool paged = false);
    /// The PDF bytes (exposed for benchmarks and tests).
    static Result<QByteArray> pdf(const ReportDocument& doc, int dpi = 300);

private:
    static void addImages(QTextDocument& text, const ReportDocument& doc);
};

} // namespace waymark::reports
