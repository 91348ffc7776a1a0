#include "graphdocument.h"

#include "core/fuzzydate.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>
#include <optional>

namespace waymark::ingest {

namespace {

Error xmlError(const QXmlStreamReader& xml, const QString& file, const QString& why)
{
    return Error::at(file, xml.lineNumber(), xml.columnNumber(), why);
}

/// Puts an attribute value where it belongs on the node or link being read.
/// GraphML carries label and weight as values; GEXF as XML attributes, so
/// there values of those names are ordinary attributes.
void assign(GraphDocument::Node* node, GraphDocument::Link* link, const QString& attr, const QString& value,
    bool labelAndWeightAsValues)
{
    if (node) {
        if (labelAndWeightAsValues && attr == QLatin1String("label"))
            node->label = value;
        else if (attr == QLatin1String("type"))
            node->type = value;
        else
            node->attributes.insert(attr, value);
    } else if (link) {
        if (attr == QLatin1String("type"))
            link->type = value;
        else if (labelAndWeightAsValues && attr == QLatin1String("weight"))
            link->weight = value.toDouble();
        else
            link->attributes.insert(attr, value);
    }
}

/// Leaves a node or edge element when it closes.
void closeElement(const QXmlStreamReader& xml, GraphDocument::Node*& node, GraphDocument::Link*& link)
{
    if (xml.name() == QLatin1String("node"))
        node = nullptr;
    else if (xml.name() == QLatin1String("edge"))
        link = nullptr;
}

Result<GraphDocument> finish(const QXmlStreamReader& xml, const QString& file, GraphDocument doc)
{
    if (xml.hasError())
        return xmlError(
            xml, file, QCoreApplication::translate("GraphDocument", "broken XML: %1").arg(xml.errorString()));
    return doc;
}

double number(QStringView text, bool* ok)
{
    const double v = text.toDouble(ok);
    if (*ok && !std::isfinite(v))
        *ok = false;
    return v;
}

/// The text of a GraphML <data> element. yEd puts the node's look inside
/// (<y:ShapeNode><y:Geometry x y width height/><y:Fill color/><y:NodeLabel>…);
/// that goes to the node, and `graphics` says the data was such a drawing.
QString readData(QXmlStreamReader& xml, GraphDocument::Node* node, bool& graphics)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const auto name = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (name == QLatin1String("Geometry")) {
                graphics = true;
                bool okX = false, okY = false, okW = false, okH = false;
                const double x = number(a.value(QLatin1String("x")), &okX);
                const double y = number(a.value(QLatin1String("y")), &okY);
                const double w = number(a.value(QLatin1String("width")), &okW);
                const double h = number(a.value(QLatin1String("height")), &okH);
                if (node && okX && okY)
                    node->position = QPointF(x + (okW ? w / 2 : 0), y + (okH ? h / 2 : 0));
                if (node && okW && okH && w > 0 && h > 0)
                    node->size = (w + h) / 4;
            } else if (name == QLatin1String("Fill")) {
                graphics = true;
                const QColor c(a.value(QLatin1String("color")).toString().left(7));
                if (node && c.isValid())
                    node->colour = c.name();
            } else if (name == QLatin1String("NodeLabel")) {
                graphics = true;
                const QString label = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                --depth;
                if (node && node->label.isEmpty())
                    node->label = label;
            } else if (name.endsWith(QLatin1String("Node")) || name == QLatin1String("Shape")) {
                graphics = true;
            }
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters()) {
            text += xml.text();
        }
    }
    return text;
}

/// GraphML: <key id for attr.name/>, <node id><data key>…</data></node>, <edge source target>.
Result<GraphDocument> readGraphML(QXmlStreamReader& xml, const QString& file)
{
    GraphDocument doc;
    QHash<QString, QString> keyNames; // key id -> attribute name
    // A key's <default>: the value of every node or edge (by the key's
    // "for") that has no <data> of it (GraphML Primer 2.4.2).
    struct Default {
        QString attr, value;
        bool nodes, edges;
    };
    QList<Default> defaults;
    QString key; // the <key> being read
    QString keyFor;
    GraphDocument::Node* node = nullptr;
    GraphDocument::Link* link = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("key")) {
                key = xml.attributes().value(QLatin1String("id")).toString();
                keyFor = xml.attributes().value(QLatin1String("for")).toString();
                QString attrName = xml.attributes().value(QLatin1String("attr.name")).toString();
                keyNames.insert(key, attrName.isEmpty() ? key : attrName);
            } else if (name == QLatin1String("default") && !key.isEmpty()) {
                const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements);
                const bool all = keyFor.isEmpty() || keyFor == QLatin1String("all");
                defaults.append({ keyNames.value(key), value, all || keyFor == QLatin1String("node"),
                    all || keyFor == QLatin1String("edge") });
            } else if (name == QLatin1String("node")) {
                doc.nodes.append({ xml.attributes().value(QLatin1String("id")).toString(), {}, {}, {}, xml.lineNumber(),
                    xml.columnNumber() });
                node = &doc.nodes.last();
                link = nullptr;
                for (const Default& d : std::as_const(defaults)) {
                    if (d.nodes)
                        assign(node, nullptr, d.attr, d.value, true);
                }
                if (node->id.isEmpty())
                    return xmlError(xml, file, QCoreApplication::translate("GraphDocument", "a node without an id"));
            } else if (name == QLatin1String("edge")) {
                GraphDocument::Link l;
                l.id = xml.attributes().value(QLatin1String("id")).toString();
                l.source = xml.attributes().value(QLatin1String("source")).toString();
                l.target = xml.attributes().value(QLatin1String("target")).toString();
                l.line = xml.lineNumber();
                l.column = xml.columnNumber();
                doc.links.append(l);
                link = &doc.links.last();
                node = nullptr;
                for (const Default& d : std::as_const(defaults)) {
                    if (d.edges)
                        assign(nullptr, link, d.attr, d.value, true);
                }
            } else if (name == QLatin1String("data")) {
                const QString key = xml.attributes().value(QLatin1String("key")).toString();
                const QString attr = keyNames.value(key, key);
                bool graphics = false;
                const QString value = readData(xml, node, graphics);
                if (!node && !link)
                    doc.graphAttributes.insert(attr, value);
                else if (!graphics)
                    assign(node, link, attr, value, true);
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("key"))
                key.clear();
            closeElement(xml, node, link);
        }
    }
    doc.creator = doc.graphAttributes.take(QStringLiteral("creator")).trimmed();
    return finish(xml, file, std::move(doc));
}

/// GEXF's <viz:color r g b/> (or hex), <viz:size value/>, <viz:position x y/>.
void readViz(const QXmlStreamReader& xml, GraphDocument::Node& node)
{
    const QXmlStreamAttributes a = xml.attributes();
    const auto name = xml.name();
    if (name == QLatin1String("color")) {
        bool okR = false, okG = false, okB = false;
        const int r = a.value(QLatin1String("r")).toInt(&okR);
        const int g = a.value(QLatin1String("g")).toInt(&okG);
        const int b = a.value(QLatin1String("b")).toInt(&okB);
        if (okR && okG && okB && r >= 0 && r < 256 && g >= 0 && g < 256 && b >= 0 && b < 256) {
            node.colour = QColor(r, g, b).name();
        } else if (a.hasAttribute(QLatin1String("hex"))) {
            const QColor c(a.value(QLatin1String("hex")).toString().left(7));
            if (c.isValid())
                node.colour = c.name();
        }
    } else if (name == QLatin1String("size")) {
        bool ok = false;
        const double v = number(a.value(QLatin1String("value")), &ok);
        if (ok && v > 0 && v < 1e9)
            node.size = v;
    } else if (name == QLatin1String("position")) {
        bool okX = false, okY = false;
        const double x = number(a.value(QLatin1String("x")), &okX);
        const double y = number(a.value(QLatin1String("y")), &okY);
        // Gephi's y grows upwards; a chart's downwards.
        if (okX && okY)
            node.position = QPointF(x, -y);
    }
}

/// GEXF: <attributes class="node"><attribute id title/></attributes>,
/// <node id label><attvalues><attvalue for value/></attvalues></node>, <edge source target weight label>.
Result<GraphDocument> readGexf(QXmlStreamReader& xml, const QString& file)
{
    GraphDocument doc;
    QHash<QString, QString> nodeAttrs, edgeAttrs;
    QString attributeClass;
    GraphDocument::Node* node = nullptr;
    GraphDocument::Link* link = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (name == QLatin1String("attributes")) {
                attributeClass = a.value(QLatin1String("class")).toString();
            } else if (name == QLatin1String("attribute")) {
                (attributeClass == QLatin1String("edge") ? edgeAttrs : nodeAttrs)
                    .insert(a.value(QLatin1String("id")).toString(), a.value(QLatin1String("title")).toString());
            } else if (name == QLatin1String("node")) {
                doc.nodes.append({ a.value(QLatin1String("id")).toString(), a.value(QLatin1String("label")).toString(),
                    {}, {}, xml.lineNumber(), xml.columnNumber() });
                node = &doc.nodes.last();
                link = nullptr;
                if (node->id.isEmpty())
                    return xmlError(xml, file, QCoreApplication::translate("GraphDocument", "a node without an id"));
            } else if (name == QLatin1String("edge")) {
                GraphDocument::Link l;
                l.id = a.value(QLatin1String("id")).toString();
                l.source = a.value(QLatin1String("source")).toString();
                l.target = a.value(QLatin1String("target")).toString();
                l.type = a.value(QLatin1String("label")).toString();
                if (a.hasAttribute(QLatin1String("weight")))
                    l.weight = a.value(QLatin1String("weight")).toDouble();
                // A dynamic graph's edge lives from start to end (GEXF 1.2/1.3).
                for (const char* when : { "start", "end" })
                    if (a.hasAttribute(QLatin1String(when)))
                        l.attributes.insert(QLatin1String(when), a.value(QLatin1String(when)).toString());
                l.line = xml.lineNumber();
                l.column = xml.columnNumber();
                doc.links.append(l);
                link = &doc.links.last();
                node = nullptr;
            } else if (node
                && (xml.namespaceUri().contains(QLatin1String("viz"))
                    || xml.qualifiedName().startsWith(QLatin1String("viz:")))) {
                readViz(xml, *node);
            } else if (name == QLatin1String("creator") && !node && !link) {
                doc.creator = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
            } else if (name == QLatin1String("attvalue")) {
                const QString key = a.value(QLatin1String("for")).toString();
                const QString value = a.value(QLatin1String("value")).toString();
                const QString attr = (node ? nodeAttrs : edgeAttrs).value(key, key);
                assign(node, link, attr, value, false);
            }
        } else if (xml.isEndElement()) {
            closeElement(xml, node, link);
        }
    }
    return finish(xml, file, std::move(doc));
}

} // namespace

Result<GraphDocument> GraphDocument::read(QIODevice* device, const QString& fileName)
{
    QXmlStreamReader xml(device);
    // Find the root element.
    while (!xml.atEnd() && !xml.isStartElement())
        xml.readNext();
    if (xml.hasError() || !xml.isStartElement())
        return xmlError(xml, fileName,
            xml.hasError() ? QCoreApplication::translate("GraphDocument", "broken XML: %1").arg(xml.errorString())
                           : QCoreApplication::translate("GraphDocument", "the file is empty"));
    Result<GraphDocument> doc = Error();
    if (xml.name() == QLatin1String("graphml"))
        doc = readGraphML(xml, fileName);
    else if (xml.name() == QLatin1String("gexf"))
        doc = readGexf(xml, fileName);
    else
        return xmlError(xml, fileName,
            QCoreApplication::translate("GraphDocument", "not GraphML or GEXF (the root element is <%1>)")
                .arg(xml.name().toString()));
    if (!doc)
        return doc;
    doc->takeLookFromAttributes();
    // Every link end must be a node of the file, ids must be unique and
    // weights numbers above zero. A node or link that breaks a rule is left
    // out and kept as a problem (quarantined by the import with its line and
    // column), as the GML, Pajek and DL readers do: one bad row does not
    // cost the rest of the file.
    auto problem = [&](qint64 line, qint64 column, const QString& why, const QString& raw) {
        doc->problems.append({ Error::at(fileName, line, column, why), raw.toUtf8() });
    };
    QSet<QString> ids;
    QList<Node> nodes;
    nodes.reserve(doc->nodes.size());
    for (Node& n : doc->nodes) {
        if (ids.contains(n.id)) {
            problem(n.line, n.column,
                QCoreApplication::translate("GraphDocument", "node id \"%1\" appears twice; the second is left out")
                    .arg(n.id),
                QStringLiteral("node id=\"%1\" label=\"%2\"").arg(n.id, n.label));
            continue;
        }
        ids.insert(n.id);
        nodes.append(std::move(n));
    }
    doc->nodes = std::move(nodes);
    QList<Link> links;
    links.reserve(doc->links.size());
    for (Link& l : doc->links) {
        const QString raw = QStringLiteral("edge source=\"%1\" target=\"%2\" weight=\"%3\"")
                                .arg(l.source, l.target, QString::number(l.weight));
        if (!ids.contains(l.source) || !ids.contains(l.target)) {
            problem(l.line, l.column,
                QCoreApplication::translate(
                    "GraphDocument", "the link from \"%1\" to \"%2\" names a node that is not in the file")
                    .arg(l.source, l.target),
                raw);
            continue;
        }
        // "inf", "nan" and "1e400" read as numbers; none is a weight (links.csv refuses them too).
        if (!std::isfinite(l.weight) || !(l.weight > 0) || l.weight > 1e12) {
            problem(l.line, l.column,
                QCoreApplication::translate("GraphDocument",
                    "the link from \"%1\" to \"%2\" has a weight that is not a number above zero and up to 10^12")
                    .arg(l.source, l.target),
                raw);
            continue;
        }
        links.append(std::move(l));
    }
    doc->links = std::move(links);
    return doc;
}

namespace {

/// A link attribute's value as a date FuzzyDate reads (`YYYY`, `YYYY-MM`,
/// `YYYY-MM-DD`; a time after it dropped): its text and the days it covers.
struct LinkDate {
    QString text;
    FuzzyDate days;
};

std::optional<LinkDate> linkDate(const QString& value)
{
    const QString date = value.trimmed().section(QLatin1Char('T'), 0, 0).section(QLatin1Char(' '), 0, 0);
    if (const auto parsed = FuzzyDate::parse(date.toStdString(), QDate::currentDate().year() + 1))
        return LinkDate { date, *parsed };
    return std::nullopt;
}

/// Takes a link's type and dates from the attributes tools write them as.
void takeLinkFields(GraphDocument::Link& l)
{
    static const QStringList typeKeys { QStringLiteral("type"), QStringLiteral("kind"), QStringLiteral("relation"),
        QStringLiteral("relationship"), QStringLiteral("interaction"), QStringLiteral("edge_type"),
        QStringLiteral("edgetype"), QStringLiteral("category"), QStringLiteral("class"), QStringLiteral("label") };
    static const QStringList firstKeys { QStringLiteral("first_seen"), QStringLiteral("firstseen"),
        QStringLiteral("first seen"), QStringLiteral("start"), QStringLiteral("start_date"),
        QStringLiteral("startdate"), QStringLiteral("since"), QStringLiteral("date") };
    static const QStringList lastKeys { QStringLiteral("last_seen"), QStringLiteral("lastseen"),
        QStringLiteral("last seen"), QStringLiteral("end"), QStringLiteral("end_date"), QStringLiteral("enddate"),
        QStringLiteral("until"), QStringLiteral("date") };
    if (l.attributes.isEmpty())
        return;
    QHash<QString, QString> lower;
    for (auto it = l.attributes.cbegin(); it != l.attributes.cend(); ++it)
        lower.insert(it.key().toLower(), it.key());
    QStringList used;
    if (l.type.trimmed().isEmpty()) {
        for (const QString& t : typeKeys) {
            const QString k = lower.value(t);
            if (!k.isEmpty() && !l.attributes.value(k).trimmed().isEmpty()) {
                l.type = l.attributes.value(k).trimmed();
                used << k;
                break;
            }
        }
    }
    // The first key of `keys` whose value is a date, and that date.
    const auto date = [&](const QStringList& keys) -> std::pair<QString, std::optional<LinkDate>> {
        for (const QString& d : keys) {
            const QString k = lower.value(d);
            if (!k.isEmpty())
                if (auto parsed = linkDate(l.attributes.value(k)))
                    return { k, parsed };
        }
        return {};
    };
    auto [firstKey, first] = date(firstKeys);
    auto [lastKey, last] = date(lastKeys);
    if (first && last && last->days.dayTo < first->days.dayFrom)
        first.reset(), last.reset();
    if (first) {
        l.firstSeen = first->text;
        used << firstKey;
    }
    if (last) {
        l.lastSeen = last->text;
        used << lastKey;
    }
    for (const QString& k : std::as_const(used))
        l.attributes.remove(k);
}

} // namespace

void GraphDocument::takeLookFromAttributes()
{
    for (Link& l : links)
        takeLinkFields(l);
    static const QStringList typeKeys { QStringLiteral("type"), QStringLiteral("kind"), QStringLiteral("category"),
        QStringLiteral("entity_type"), QStringLiteral("entitytype"), QStringLiteral("class") };
    for (Node& n : nodes) {
        if (n.attributes.isEmpty())
            continue;
        // Keys as tools spell them: "X", "Size", "r".
        QHash<QString, QString> lower;
        for (auto it = n.attributes.cbegin(); it != n.attributes.cend(); ++it)
            lower.insert(it.key().toLower(), it.key());
        auto num = [&](const char* key, double* v) {
            const QString k = lower.value(QLatin1String(key));
            if (k.isEmpty())
                return false;
            bool ok = false;
            *v = number(n.attributes.value(k), &ok);
            return ok;
        };
        double x = 0, y = 0, r = 0, g = 0, b = 0, size = 0;
        if (!n.position && num("x", &x) && num("y", &y)) {
            // Gephi writes its own y (growing upwards) into GraphML too.
            n.position = QPointF(x, -y);
            n.attributes.remove(lower.value(QStringLiteral("x")));
            n.attributes.remove(lower.value(QStringLiteral("y")));
            n.attributes.remove(lower.value(QStringLiteral("z")));
        }
        if (n.colour.isEmpty() && num("r", &r) && num("g", &g) && num("b", &b) && r >= 0 && r < 256 && g >= 0 && g < 256
            && b >= 0 && b < 256) {
            n.colour = QColor(int(r), int(g), int(b)).name();
            for (const char* k : { "r", "g", "b" })
                n.attributes.remove(lower.value(QLatin1String(k)));
        }
        if (n.colour.isEmpty() && lower.contains(QStringLiteral("color"))) {
            const QColor c(n.attributes.value(lower.value(QStringLiteral("color"))).trimmed().left(7));
            if (c.isValid()) {
                n.colour = c.name();
                n.attributes.remove(lower.value(QStringLiteral("color")));
            }
        }
        if (n.size <= 0 && num("size", &size) && size > 0 && size < 1e9) {
            n.size = size;
            n.attributes.remove(lower.value(QStringLiteral("size")));
        }
        // Cytoscape and igraph write a node's label as its "name".
        if (n.label.isEmpty()) {
            for (const char* key : { "label", "name" }) {
                const QString k = lower.value(QLatin1String(key));
                if (!k.isEmpty() && !n.attributes.value(k).trimmed().isEmpty()) {
                    n.label = n.attributes.value(k).trimmed();
                    break;
                }
            }
        }
        if (n.type.isEmpty()) {
            for (const QString& t : typeKeys) {
                const QString k = lower.value(t);
                if (!k.isEmpty() && !n.attributes.value(k).trimmed().isEmpty()) {
                    n.type = n.attributes.value(k).trimmed();
                    break;
                }
            }
        }
    }
}

namespace {
/// Adds to `names` the attribute names of `items` (nodes or links) it lacks, in first-seen order.
template <typename Items> void addAttributeNames(QStringList& names, const Items& items)
{
    for (const auto& item : items) {
        for (auto it = item.attributes.cbegin(); it != item.attributes.cend(); ++it) {
            if (!names.contains(it.key()))
                names << it.key();
        }
    }
}
/// A node's attributes with its look as Gephi's GraphML keys.
QMap<QString, QString> withLook(const GraphDocument::Node& n)
{
    QMap<QString, QString> a = n.attributes;
    if (n.position) {
        a.insert(QStringLiteral("x"), QString::number(n.position->x(), 'g', 15));
        a.insert(QStringLiteral("y"), QString::number(-n.position->y(), 'g', 15));
    }
    const QColor c(n.colour);
    if (!n.colour.isEmpty() && c.isValid()) {
        a.insert(QStringLiteral("r"), QString::number(c.red()));
        a.insert(QStringLiteral("g"), QString::number(c.green()));
        a.insert(QStringLiteral("b"), QString::number(c.blue()));
    }
    if (n.size > 0)
        a.insert(QStringLiteral("size"), QString::number(n.size, 'g', 15));
    return a;
}
/// A link's attributes with its dates under the names the readers take them
/// from (takeLinkFields), so a document written and read back keeps them.
QMap<QString, QString> withDates(const GraphDocument::Link& l)
{
    QMap<QString, QString> a = l.attributes;
    if (!l.firstSeen.isEmpty())
        a.insert(QStringLiteral("first_seen"), l.firstSeen);
    if (!l.lastSeen.isEmpty())
        a.insert(QStringLiteral("last_seen"), l.lastSeen);
    return a;
}

/// Nodes with their look, links with their dates, as attributes to write.
struct Written {
    QMap<QString, QString> attributes;
};

std::vector<Written> withDates(const QList<GraphDocument::Link>& links)
{
    std::vector<Written> dated;
    dated.reserve(size_t(links.size()));
    for (const GraphDocument::Link& l : links)
        dated.push_back({ withDates(l) });
    return dated;
}

} // namespace

QStringList GraphDocument::linkAttributeNames() const
{
    QStringList names;
    addAttributeNames(names, links);
    return names;
}

Status GraphDocument::writeGraphML(QIODevice* device) const
{
    QXmlStreamWriter w(device);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("graphml"));
    w.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    QStringList nodeKeys { QStringLiteral("label"), QStringLiteral("type") },
        edgeKeys { QStringLiteral("type"), QStringLiteral("weight") };
    std::vector<Written> looked;
    looked.reserve(size_t(nodes.size()));
    for (const Node& n : nodes)
        looked.push_back({ withLook(n) });
    addAttributeNames(nodeKeys, looked);
    addAttributeNames(edgeKeys, withDates(links));
    auto writeKey = [&](const char* forWhat, const QString& prefix, int i, const QString& name) {
        w.writeStartElement(QStringLiteral("key"));
        w.writeAttribute(QStringLiteral("id"), prefix + QString::number(i));
        w.writeAttribute(QStringLiteral("for"), QLatin1String(forWhat));
        w.writeAttribute(QStringLiteral("attr.name"), name);
        w.writeAttribute(QStringLiteral("attr.type"),
            name == QLatin1String("weight") ? QStringLiteral("double") : QStringLiteral("string"));
        w.writeEndElement();
    };
    // Who wrote it: an import reads its ids as this workspace's keys.
    QMap<QString, QString> graphData = graphAttributes;
    graphData.insert(QStringLiteral("creator"), QLatin1String(kCreator));
    const QStringList graphKeys = graphData.keys();
    for (int i = 0; i < graphKeys.size(); ++i)
        writeKey("graph", QStringLiteral("g"), i, graphKeys.at(i));
    for (int i = 0; i < nodeKeys.size(); ++i)
        writeKey("node", QStringLiteral("n"), i, nodeKeys.at(i));
    for (int i = 0; i < edgeKeys.size(); ++i)
        writeKey("edge", QStringLiteral("e"), i, edgeKeys.at(i));
    w.writeStartElement(QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    auto data = [&](const QString& key, const QString& value) {
        if (value.isEmpty())
            return;
        w.writeStartElement(QStringLiteral("data"));
        w.writeAttribute(QStringLiteral("key"), key);
        w.writeCharacters(value);
        w.writeEndElement();
    };
    for (int i = 0; i < graphKeys.size(); ++i)
        data(QStringLiteral("g") + QString::number(i), graphData.value(graphKeys.at(i)));
    for (const Node& n : nodes) {
        w.writeStartElement(QStringLiteral("node"));
        w.writeAttribute(QStringLiteral("id"), n.id);
        data(QStringLiteral("n0"), n.label);
        data(QStringLiteral("n1"), n.type);
        const QMap<QString, QString> attributes = withLook(n);
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
            data(QStringLiteral("n") + QString::number(nodeKeys.indexOf(it.key())), it.value());
        w.writeEndElement();
    }
    for (const Link& l : links) {
        w.writeStartElement(QStringLiteral("edge"));
        if (!l.id.isEmpty())
            w.writeAttribute(QStringLiteral("id"), l.id);
        w.writeAttribute(QStringLiteral("source"), l.source);
        w.writeAttribute(QStringLiteral("target"), l.target);
        data(QStringLiteral("e0"), l.type);
        data(QStringLiteral("e1"), QString::number(l.weight, 'g', 15));
        const QMap<QString, QString> attributes = withDates(l);
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
            data(QStringLiteral("e") + QString::number(edgeKeys.indexOf(it.key())), it.value());
        w.writeEndElement();
    }
    w.writeEndDocument();
    if (w.hasError())
        return Error(QCoreApplication::translate("GraphDocument", "The file could not be written: %1")
                         .arg(device->errorString()));
    return Ok {};
}

Status GraphDocument::writeGexf(QIODevice* device) const
{
    QXmlStreamWriter w(device);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("gexf"));
    w.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    w.writeNamespace(QStringLiteral("http://gexf.net/1.3/viz"), QStringLiteral("viz"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    // GEXF 1.3 has no attributes of the graph itself: its <meta> says who
    // wrote it (an import reads its ids as this workspace's keys), and them:
    // the TLP label (`tlp`) as its keywords, "name: value" lines as its description.
    w.writeStartElement(QStringLiteral("meta"));
    w.writeTextElement(QStringLiteral("creator"), QLatin1String(kCreator));
    if (!graphAttributes.isEmpty()) {
        QStringList lines;
        for (auto it = graphAttributes.cbegin(); it != graphAttributes.cend(); ++it)
            lines << it.key() + QStringLiteral(": ") + it.value();
        w.writeTextElement(QStringLiteral("keywords"), graphAttributes.value(QStringLiteral("tlp")));
        w.writeTextElement(QStringLiteral("description"), lines.join(QLatin1Char('\n')));
    }
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("graph"));
    w.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
    QStringList nodeAttrs { QStringLiteral("type") }, edgeAttrs;
    addAttributeNames(nodeAttrs, nodes);
    addAttributeNames(edgeAttrs, withDates(links));
    auto declare = [&](const char* cls, const QStringList& names) {
        w.writeStartElement(QStringLiteral("attributes"));
        w.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
        for (int i = 0; i < names.size(); ++i) {
            w.writeStartElement(QStringLiteral("attribute"));
            w.writeAttribute(QStringLiteral("id"), QString::number(i));
            w.writeAttribute(QStringLiteral("title"), names.at(i));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
            w.writeEndElement();
        }
        w.writeEndElement();
    };
    declare("node", nodeAttrs);
    declare("edge", edgeAttrs);
    auto attvalue = [&](int id, const QString& value) {
        w.writeStartElement(QStringLiteral("attvalue"));
        w.writeAttribute(QStringLiteral("for"), QString::number(id));
        w.writeAttribute(QStringLiteral("value"), value);
        w.writeEndElement();
    };
    w.writeStartElement(QStringLiteral("nodes"));
    for (const Node& n : nodes) {
        w.writeStartElement(QStringLiteral("node"));
        w.writeAttribute(QStringLiteral("id"), n.id);
        w.writeAttribute(QStringLiteral("label"), n.label);
        w.writeStartElement(QStringLiteral("attvalues"));
        if (!n.type.isEmpty())
            attvalue(0, n.type);
        for (auto it = n.attributes.cbegin(); it != n.attributes.cend(); ++it)
            attvalue(int(nodeAttrs.indexOf(it.key())), it.value());
        w.writeEndElement();
        const QString viz = QStringLiteral("http://gexf.net/1.3/viz");
        const QColor c(n.colour);
        if (!n.colour.isEmpty() && c.isValid()) {
            w.writeStartElement(viz, QStringLiteral("color"));
            w.writeAttribute(QStringLiteral("r"), QString::number(c.red()));
            w.writeAttribute(QStringLiteral("g"), QString::number(c.green()));
            w.writeAttribute(QStringLiteral("b"), QString::number(c.blue()));
            w.writeEndElement();
        }
        if (n.position) {
            w.writeStartElement(viz, QStringLiteral("position"));
            w.writeAttribute(QStringLiteral("x"), QString::number(n.position->x(), 'g', 15));
            w.writeAttribute(QStringLiteral("y"), QString::number(-n.position->y(), 'g', 15));
            w.writeEndElement();
        }
        if (n.size > 0) {
            w.writeStartElement(viz, QStringLiteral("size"));
            w.writeAttribute(QStringLiteral("value"), QString::number(n.size, 'g', 15));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("edges"));
    int e = 0;
    for (const Link& l : links) {
        w.writeStartElement(QStringLiteral("edge"));
        w.writeAttribute(QStringLiteral("id"), l.id.isEmpty() ? QString::number(e) : l.id);
        w.writeAttribute(QStringLiteral("source"), l.source);
        w.writeAttribute(QStringLiteral("target"), l.target);
        w.writeAttribute(QStringLiteral("weight"), QString::number(l.weight, 'g', 15));
        if (!l.type.isEmpty())
            w.writeAttribute(QStringLiteral("label"), l.type);
        if (const QMap<QString, QString> attributes = withDates(l); !attributes.isEmpty()) {
            w.writeStartElement(QStringLiteral("attvalues"));
            for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
                attvalue(int(edgeAttrs.indexOf(it.key())), it.value());
            w.writeEndElement();
        }
        w.writeEndElement();
        ++e;
    }
    w.writeEndDocument();
    if (w.hasError())
        return Error(QCoreApplication::translate("GraphDocument", "The file could not be written: %1")
                         .arg(device->errorString()));
    return Ok {};
}

} // namespace waymark::ingest
