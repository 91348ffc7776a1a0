#pragma once

#include "core/result.h"
#include "reports/reportdocument.h"

#include <QByteArray>
#include <QString>

#include <vector>

class QMimeData;

namespace waymark::store {
class Workspace;
}

namespace waymark::reports {

/// What a view puts on the clipboard or in a drag so a report can cite it:
/// `application/x-waymark-evidence`, a small JSON list of {kind, key}
/// (kind: incident, entity, account, source; key: the hub's stable key).
/// The text/plain part lists the same, one per line, for other programs.
class EvidenceMime {
public:
    struct Item {
        Evidence::Kind kind = Evidence::Kind::Incident;
        QString key;
        bool operator==(const Item& o) const { return kind == o.kind && key == o.key; }
    };

    static QString mimeType();
    static QByteArray encode(const std::vector<Item>& items);
    /// The items, or an error saying why the bytes are not a list of evidence.
    static Result<std::vector<Item>> decode(const QByteArray& bytes);

    /// New mime data holding the items (the caller owns it; QDrag takes it).
    static QMimeData* toMimeData(const std::vector<Item>& items);
    static bool canDecode(const QMimeData* data);
    /// The item for a row of the workspace (incident, entity or account
    /// row id), by its stable key; an incident without a key is "#id".
    static Result<Item> itemFor(store::Workspace& workspace, Evidence::Kind kind, qint64 rowId);
    static Result<std::vector<Item>> fromMimeData(const QMimeData* data);
};

} // namespace waymark::reports
