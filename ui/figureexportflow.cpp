#include "figureexportflow.h"

#include "messages.h"
#include "releasabilitydialog.h"

#include "analysis/analysiscontext.h"
#include "sharing/figureexport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

namespace waymark::ui {

bool FigureExportFlow::exportDialog(
    QWidget* parent, analysis::AnalysisContext* context, const FigureMaker::Request& request)
{
    QSettings settings;
    const QString title
        = QCoreApplication::translate("FigureExportFlow", "Export %1").arg(FigureMaker::kindTitle(request.kind));
    const QString path = QFileDialog::getSaveFileName(parent, title,
        settings.value(QStringLiteral("figures/exportDir")).toString(), figures::FigureWriter::fileDialogFilter());
    if (path.isEmpty())
        return false;
    settings.setValue(QStringLiteral("figures/exportDir"), QFileInfo(path).absolutePath());
    return exportTo(parent, context, request, path);
}

bool FigureExportFlow::exportTo(
    QWidget* parent, analysis::AnalysisContext* context, const FigureMaker::Request& request, const QString& path)
{
    store::Workspace* ws = context->workspace();
    if (!ws)
        return false;
    const QString title
        = QCoreApplication::translate("FigureExportFlow", "Export %1").arg(FigureMaker::kindTitle(request.kind));
    if (auto format = figures::FigureWriter::formatOf(path); !format) {
        Messages::warn(parent, title, format.error());
        return false;
    }
    const auto outcome = ReleasabilityDialog::confirm(
        parent,
        QCoreApplication::translate("FigureExportFlow", "figure %1 (%2)")
            .arg(QFileInfo(path).fileName(), FigureMaker::kindTitle(request.kind).toLower()),
        [ws, request](sharing::Destination to) { return FigureMaker::check(*ws, request, to); },
        sharing::Destination::OwnOrganisation);
    if (!outcome)
        return false;
    QString caption;
    const auto picture = FigureMaker::picture(
        context->workspacePath(), FigureMaker::released(*ws, request, outcome.value()), &caption);
    if (!picture) {
        Messages::warn(parent, title, picture.error());
        return false;
    }
    const auto written = sharing::FigureExport::write(
        *ws, outcome.value(), picture.value(), path, request.kind, FigureMaker::printScale);
    if (!written) {
        Messages::warn(parent, title, written.error());
        return false;
    }
    return true;
}

} // namespace waymark::ui
