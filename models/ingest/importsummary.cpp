#include "importsummary.h"

#include <QCoreApplication>

namespace waymark::ingest {

QString ImportSummary::toText() const
{
    QString text;
    switch (outcome) {
    case Outcome::Imported:
        text = QCoreApplication::translate("ImportSummary", "Imported %1 (%2).").arg(file, format);
        break;
    case Outcome::AlreadyImported:
        return QCoreApplication::translate(
            "ImportSummary", "%1 is already in this workspace (SHA-256 %2); nothing changed.")
            .arg(file, sha256.left(16));
    case Outcome::Rejected:
        text = QCoreApplication::translate("ImportSummary",
            "%1 was not imported: %2 rows were rejected and --keep-going was not given; the workspace is unchanged.")
                   .arg(file)
                   .arg(rowsQuarantined);
        break;
    case Outcome::Failed:
        return QCoreApplication::translate("ImportSummary", "%1 was not imported; the workspace is unchanged.\n%2")
            .arg(file, error.toString());
    case Outcome::Canceled:
        return QCoreApplication::translate("ImportSummary", "Import of %1 canceled; the workspace is unchanged.")
            .arg(file);
    }
    text += QLatin1Char('\n')
        + QCoreApplication::translate(
            "ImportSummary", "Rows read: %1 · imported: %2 · skipped as duplicates: %3 · quarantined: %4")
              .arg(rowsRead)
              .arg(rowsImported)
              .arg(rowsDuplicate)
              .arg(outcome == Outcome::Imported ? rowsQuarantined : 0);
    if (outcome == Outcome::Rejected)
        text += QLatin1Char(' ') + QCoreApplication::translate("ImportSummary", "(rejected: %1)").arg(rowsQuarantined);
    for (const QString& note : notes)
        text += QLatin1Char('\n') + note;
    return text;
}

} // namespace waymark::ingest
