#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace waymark::store {
class Workspace;
}

namespace waymark::network {

/// What the workspace knows of one entity, for the link chart's tooltip:
/// its name, type and id, its attributes, the record (and any duplicate
/// records merged into it) with the source, its kind and grades and the
/// extract line it came from, and the sources of its links. One entity by
/// primary key: a few small queries, quick enough for a hover.
struct EntityDetails {
    Q_DECLARE_TR_FUNCTIONS(EntityDetails)
public:
    QString key;
    QString type;
    QString label;
    QList<QPair<QString, QString>> attributes; ///< name → value, in the file's order
    struct Record {
        QString source; ///< the source's name
        QString kind; ///< in words
        QString grade; ///< e.g. "B2", the entity's own information grade where it has one
        QString meaning; ///< the grade in its scheme's words
        QString extract; ///< file name
        qint64 line = 0;
    };
    QList<Record> records; ///< the entity's own first, then those merged into it
    struct LinkSource {
        QString source;
        QString grade;
        int links = 0;
    };
    QList<LinkSource> linkSources;
    int links = 0;

    static Result<EntityDetails> load(store::Workspace& ws, qint64 entityId);
    /// The tooltip: rich text, escaped.
    QString toolTip() const;
};

} // namespace waymark::network
