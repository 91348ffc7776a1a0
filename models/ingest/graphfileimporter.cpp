#include "graphfileimporter.h"

#include "core/taxonomy.h"
#include "ingest/adjacencymatrixreader.h"
#include "ingest/gmlreader.h"
#include "ingest/graphdocument.h"
#include "ingest/importsession.h"
#include "ingest/pajekreader.h"
#include "ingest/ucinetdlreader.h"
#include "store/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::ingest {

GraphFileImporter::Format GraphFileImporter::formatOf(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Format::None;
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("graphml"))
        return Format::GraphML;
    if (suffix == QLatin1String("gexf"))
        return Format::Gexf;
    if (suffix == QLatin1String("gml"))
        return Format::Gml;
    if (suffix == QLatin1String("net") || suffix == QLatin1String("paj"))
        return Format::Pajek;
    if (suffix == QLatin1String("dl"))
        return Format::UcinetDl;
    if ((suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt"))
        && AdjacencyMatrixReader::recognises(path))
        return Format::AdjacencyMatrix;
    return Format::None;
}

QString GraphFileImporter::formatName(Format format)
{
    switch (format) {
    case Format::GraphML:
        return QStringLiteral("graphml");
    case Format::Gexf:
        return QStringLiteral("gexf");
    case Format::Gml:
        return QStringLiteral("gml");
    case Format::Pajek:
        return QStringLiteral("pajek");
    case Format::UcinetDl:
        return QStringLiteral("ucinet-dl");
    case Format::AdjacencyMatrix:
        return QStringLiteral("adjacency-matrix");
    case Format::None:
        break;
    }
    return {};
}

Result<GraphDocument> GraphFileImporter::read(const QString& path, Format format)
{
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("GraphFileImporter", "%1 cannot be read: %2").arg(path, f.errorString()));
    switch (format) {
    case Format::GraphML:
    case Format::Gexf:
        return GraphDocument::read(&f, name);
    case Format::Gml:
        return GmlReader::read(&f, name);
    case Format::Pajek:
        return PajekReader::read(&f, name);
    case Format::UcinetDl:
        return UcinetDlReader::read(&f, name);
    case Format::AdjacencyMatrix:
        return AdjacencyMatrixReader::read(&f, name);
    case Format::None:
        break;
    }
    return Error(QCoreApplication::translate("GraphFileImporter", "%1 is not a network file Waymark reads").arg(path));
}

QString GraphFileImporter::entityType(const QString& declared)
{
    QString t = declared.trimmed().toLower();
    t.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (t.isEmpty())
        return {};
    QString underscored = t;
    underscored.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (Taxonomy::entityTypes().contains(underscored))
        return underscored;
    static const QHash<QString, QString> synonyms = [] {
        QHash<QString, QString> h;
        auto add = [&h](const char* type, std::initializer_list<const char*> words) {
            for (const char* w : words)
                h.insert(QLatin1String(w), QLatin1String(type));
        };
        add("person",
            { "people", "individual", "human", "actor", "suspect", "victim", "perpetrator", "offender", "trafficker",
                "recruiter", "member", "persons", "man", "woman", "subject", "nominal", "agent" });
        add("organisation",
            { "organization", "org", "group", "gang", "ngo", "agency", "network", "criminal group", "ocg",
                "organisations", "organizations", "government" });
        add("business",
            { "company", "firm", "shop", "store", "venue", "establishment", "businesses", "companies", "corporation",
                "enterprise", "employer", "hotel", "bar", "massage parlour", "brothel" });
        add("phone",
            { "telephone", "phone number", "mobile", "mobile phone", "cell", "cellphone", "cell phone", "msisdn",
                "handset", "imei", "number", "phones", "sim" });
        add("email", { "e mail", "mail", "email address", "e mail address", "emails" });
        add("address", { "street address", "residence", "premises", "addresses", "postal address" });
        add("account",
            { "bank account", "iban", "acct", "bank", "wallet", "accounts", "card", "credit card", "money account" });
        add("vehicle",
            { "car", "van", "truck", "lorry", "bus", "vehicles", "registration", "licence plate", "license plate",
                "boat", "ship" });
        add("online_ad",
            { "ad", "advert", "advertisement", "online ad", "listing", "ads", "website", "web page", "url", "profile",
                "social media" });
        add("location",
            { "place", "city", "country", "town", "region", "site", "locations", "places", "port", "airport",
                "border crossing" });
        return h;
    }();
    return synonyms.value(t);
}

Status GraphFileImporter::run(ImportSession& session, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    auto doc = read(path, formatOf(path));
    if (!doc)
        return doc.error();
    for (const GraphDocument::Problem& p : std::as_const(doc->problems)) {
        ++session.summary().rowsRead;
        if (Status st = session.reject(p.error, p.raw); !st)
            return st;
    }
    store::Workspace& ws = session.workspace();
    // A file's ids name its nodes and links only within it: two files'
    // node "1" (or "Alice", or "n0::n0") are not one entity, nor are two
    // exports both named network.net one file. Each import's keys are its
    // own (file name and extract), and so is its source. Waymark's own
    // exports (GraphDocument::creator) are the exception: their ids are the
    // workspace keys they were exported from, so a chart read back joins
    // the entities it was drawn from.
    const bool workspaceKeys = doc->creator == QLatin1String(GraphDocument::kCreator);
    const QString local = name + QLatin1Char(':') + QString::number(session.extractId()) + QLatin1Char(':');
    const QString sourceKey = QStringLiteral("graph-file:") + local.chopped(1);
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
    QHash<QString, qint64> ids;
    for (const GraphDocument::Node& n : std::as_const(doc->nodes)) {
        ++session.summary().rowsRead;
        const QString key = workspaceKeys ? n.id : local + n.id;
        QString type = entityType(n.type);
        QJsonObject attrs;
        for (auto it = n.attributes.cbegin(); it != n.attributes.cend(); ++it)
            attrs.insert(it.key(), it.value());
        if (type.isEmpty() || type != n.type.trimmed().toLower()) {
            if (!n.type.isEmpty())
                attrs.insert(QStringLiteral("original_type"), n.type);
            if (type.isEmpty())
                type = QStringLiteral("other");
        }
        if (n.position) {
            attrs.insert(lookX(), n.position->x());
            attrs.insert(lookY(), n.position->y());
        }
        if (!n.colour.isEmpty())
            attrs.insert(lookColour(), n.colour);
        if (n.size > 0)
            attrs.insert(lookSize(), n.size);
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
            if (session.defersSearch()) {
                // The import's bulk load writes the search row.
            } else if (Status st = ws.cached("INSERT INTO entity_fts(rowid, label, attributes) VALUES(?,?,?)")
                                       .bind(1, id)
                                       .bind(2, label)
                                       .bind(3, attributes)
                                       .exec();
                       !st) {
                return st;
            }
        } else {
            store::Statement& s = ws.cached("SELECT id FROM entities WHERE entity_key = ?");
            s.bind(1, key);
            ids.insert(n.id, s.next() ? s.int64(0) : 0);
            s.reset();
            ++session.summary().rowsDuplicate;
        }
    }
    // Every link of a file is one: networkx writes the id of a multigraph's
    // parallel edges ("0", "1") per pair of nodes, not per file.
    qint64 ordinal = 0;
    for (const GraphDocument::Link& l : std::as_const(doc->links)) {
        ++session.summary().rowsRead;
        ++ordinal;
        const QString key
            = workspaceKeys && !l.id.isEmpty() ? l.id : local + QStringLiteral("link:") + QString::number(ordinal);
        if (Status st
            = ws.cached("INSERT INTO links(extract_id, line, link_key, from_id, to_id, type, weight, source_id, "
                        "first_seen, last_seen) VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT(link_key) DO NOTHING")
                  .bind(1, session.extractId())
                  .bind(2, l.line)
                  .bind(3, key)
                  .bind(4, ids.value(l.source))
                  .bind(5, ids.value(l.target))
                  .bind(6, l.type.isEmpty() ? QStringLiteral("associate") : l.type)
                  .bind(7, l.weight)
                  .bind(8, sourceId)
                  .bindTextOrNull(9, l.firstSeen)
                  .bindTextOrNull(10, l.lastSeen)
                  .exec();
            !st)
            return st;
        ++(ws.changes() > 0 ? session.summary().rowsImported : session.summary().rowsDuplicate);
    }
    // A link is its ends, type, weight and dates; what else a file says of
    // its links is not kept, and the summary says which it was.
    if (const QStringList other = doc->linkAttributeNames(); !other.isEmpty())
        session.summary().notes << QCoreApplication::translate("GraphFileImporter",
            "%1: the links' other attributes were not imported (a link keeps its type, weight and first and last "
            "seen dates): %2")
                                       .arg(name, other.join(QStringLiteral(", ")));
    return Ok {};
}

} // namespace waymark::ingest
