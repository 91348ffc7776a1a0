#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace waymark::ingest {

/// The file formats Waymark reads, in one list: the import dialog's file
/// filter is made from it, and the import job names it when a file is of
/// none of them. A reader of a new format adds its entry here.
class ImportFormats {
public:
    struct Format {
        QString name; ///< translated, e.g. "Pajek network"
        QStringList patterns; ///< "*.net"
    };
    static QList<Format> all();
    /// "All supported files (…)", then one entry a format, then "All files (*)".
    static QStringList fileDialogFilters();
    /// Whether a path's suffix (or a folder: a hub extract) is one of all().
    static bool isKnownSuffix(const QString& path);
    /// "unsupported format: NAME.xyz; Waymark reads …".
    static QString unsupportedMessage(const QString& fileName);
};

} // namespace waymark::ingest
