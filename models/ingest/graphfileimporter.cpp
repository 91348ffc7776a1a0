#include "graphfileimporter.h"

#include "core/taxonomy.h"
#include "ingest/graphdocument.h"
#include "ingest/importsession.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace waymark::ingest {

bool GraphFileImporter::recognises(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("graphml") || suffix == QLatin1String("gexf");
}

Status GraphFileImporter::run(ImportSession& session, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("GraphFileImporter", "%1 cannot be read: %2").arg(path, f.errorString()));
    auto doc = GraphDocument::read(&f, name);
    if (!doc)
        return doc.error();
    store::Workspace& ws = session.workspace();
    const QString sourceKey = QStringLiteral("graph-file:") + name;
    if (Status st = ws.cached("INSERT OR IGNORE INTO sources(extract_id, line, source_key, name, kind, grading_scheme) "
                              "VALUES(?, 1, ?, ?, 'analyst', 'none')")
                        .bind(1, session.extractId())
                        .bind(2, sourceKey)
                        .bind(3, QCoreApplication::translate("GraphFileImporter", "Link chart %1").arg(name))
                        .exec();
        !st)
        return st;
    const qint64 sourceId = [&] {
        store::Statement& s = ws.cached("SELECT id FROM sources WHERE source_key = ?");
        s.bind(1, sourceKey);
        const qint64 id = s.next() ? s.int64(0) : 0;
        s.reset();
        return id;
    }();
    static const QRegularExpression automatic(QStringLiteral("^n?\\d+$"));
    QHash<QString, qint64> ids;
    for (const GraphDocument::Node& n : std::as_const(doc->nodes)) {
        ++session.summary().rowsRead;
        const QString key = automatic.match(n.id).hasMatch() ? name + QLatin1Char(':') + n.id : n.id;
        QString type = n.type.toLower();
        QJsonObject attrs;
        for (auto it = n.attributes.cbegin(); it != n.attributes.cend(); ++it)
            attrs.insert(it.key(), it.value());
        if (!Taxonomy::entityTypes().contains(type)) {
            if (!type.isEmpty())
                attrs.insert(QStringLiteral("original_type"), n.type);
            type = QStringLiteral("other");
        }
        const QString label = n.label.isEmpty() ? n.id : n.label;
        const QString attributes
            = attrs.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(attrs).toJson(QJsonDocument::Compact));
        if (Status st
            = ws.cached("INSERT INTO entities(extract_id, line, entity_key, type, label, source_id, attributes) "
                        "VALUES(?,?,?,?,?,?,?) ON CONFLICT(entity_key) DO NOTHING")
                  .bind(1, session.extractId())
                  .bind(2, n.line)
                  .bind(3, key)
                  .bind(4, type)
                  .bind(5, label)
                  .bind(6, sourceId)
                  .bindTextOrNull(7, attributes)
                  .exec();
            !st)
            return st;
        if (ws.changes() > 0) {
            const qint64 id = ws.lastInsertId();
            ids.insert(n.id, id);
            ++session.summary().rowsImported;
            if (Status st = ws.cached("INSERT INTO entity_fts(rowid, label, attributes) VALUES(?,?,?)")
                                .bind(1, id)
                                .bind(2, label)
                                .bind(3, attributes)
                                .exec();
                !st)
                return st;
        } else {
            store::Statement& s = ws.cached("SELECT id FROM entities WHERE entity_key = ?");
            s.bind(1, key);
            ids.insert(n.id, s.next() ? s.int64(0) : 0);
            s.reset();
            ++session.summary().rowsDuplicate;
        }
    }
    int autoId = 0;
    for (const GraphDocument::Link& l : std::as_const(doc->links)) {
        ++session.summary().rowsRead;
        QString key = l.id;
        if (key.isEmpty())
            key = QStringLiteral("e") + QString::number(autoId++);
        if (l.id.isEmpty() || automatic.match(l.id).hasMatch() || l.id.startsWith(QLatin1Char('e')))
            key = name + QLatin1Char(':') + key;
        if (Status st
            = ws.cached("INSERT INTO links(extract_id, line, link_key, from_id, to_id, type, weight, source_id) "
                        "VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(link_key) DO NOTHING")
                  .bind(1, session.extractId())
                  .bind(2, l.line)
                  .bind(3, key)
                  .bind(4, ids.value(l.source))
                  .bind(5, ids.value(l.target))
                  .bind(6, l.type.isEmpty() ? QStringLiteral("associate") : l.type)
                  .bind(7, l.weight)
                  .bind(8, sourceId)
                  .exec();
            !st)
            return st;
        ++(ws.changes() > 0 ? session.summary().rowsImported : session.summary().rowsDuplicate);
    }
    return Ok {};
}

} // namespace waymark::ingest
