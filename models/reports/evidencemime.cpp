#include "evidencemime.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace waymark::reports {

QString EvidenceMime::mimeType()
{
    return QStringLiteral("application/x-waymark-evidence");
}

QByteArray EvidenceMime::encode(const std::vector<Item>& items)
{
    QJsonArray list;
    for (const Item& i : items)
        list.append(
            QJsonObject { { QStringLiteral("kind"), Evidence::kindName(i.kind) }, { QStringLiteral("key"), i.key } });
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

Result<std::vector<EvidenceMime::Item>> EvidenceMime::decode(const QByteArray& bytes)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (!doc.isArray())
        return Error(QCoreApplication::translate("EvidenceMime", "The dropped data is not a list of evidence."),
            e.error == QJsonParseError::NoError ? QString() : e.errorString());
    std::vector<Item> out;
    const QJsonArray list = doc.array();
    for (qsizetype n = 0; n < list.size(); ++n) {
        const QJsonObject o = list.at(n).toObject();
        const QString kindName = o.value(QLatin1String("kind")).toString();
        const auto kind = Evidence::kindFromName(kindName);
        const QString key = o.value(QLatin1String("key")).toString();
        if (!kind)
            return Error(QCoreApplication::translate("EvidenceMime",
                "Item %1 of the dropped evidence has an unknown "
                "kind “%2”.")
                             .arg(n + 1)
                             .arg(kindName));
        if (key.isEmpty())
            return Error(
                QCoreApplication::translate("EvidenceMime", "Item %1 of the dropped evidence has no key.").arg(n + 1));
        const Item item { *kind, key };
        if (std::find(out.begin(), out.end(), item) == out.end())
            out.push_back(item);
    }
    return out;
}

QMimeData* EvidenceMime::toMimeData(const std::vector<Item>& items)
{
    auto* data = new QMimeData;
    data->setData(mimeType(), encode(items));
    QStringList lines;
    for (const Item& i : items)
        lines << QStringLiteral("%1 %2").arg(Evidence::kindName(i.kind), i.key);
    data->setText(lines.join(QLatin1Char('\n')));
    return data;
}

Result<EvidenceMime::Item> EvidenceMime::itemFor(store::Workspace& ws, Evidence::Kind kind, qint64 rowId)
{
    const char* sql = nullptr;
    switch (kind) {
    case Evidence::Kind::Incident:
        sql = "SELECT coalesce(incident_key, '#' || id) FROM incidents WHERE id = ?";
        break;
    case Evidence::Kind::Entity:
        sql = "SELECT entity_key FROM entities WHERE id = ?";
        break;
    case Evidence::Kind::Account:
        sql = "SELECT account_key FROM accounts WHERE id = ?";
        break;
    case Evidence::Kind::Source:
        sql = "SELECT source_key FROM sources WHERE id = ?";
        break;
    }
    store::Statement& q = ws.cached(sql);
    q.bind(1, rowId);
    if (!q.next()) {
        const Error e = q.error();
        q.reset();
        if (!e.isNull())
            return e;
        return Error(QCoreApplication::translate("EvidenceMime", "No %1 with the id %2 in this workspace.")
                         .arg(Evidence::kindName(kind))
                         .arg(rowId));
    }
    const QString key = q.text(0);
    q.reset();
    return Item { kind, key };
}

bool EvidenceMime::canDecode(const QMimeData* data)
{
    return data && data->hasFormat(mimeType());
}

Result<std::vector<EvidenceMime::Item>> EvidenceMime::fromMimeData(const QMimeData* data)
{
    if (!canDecode(data))
        return Error(QCoreApplication::translate("EvidenceMime", "Nothing that a report can cite was dropped."));
    return decode(data->data(mimeType()));
}

} // namespace waymark::reports
