#include "pajekreader.h"

#include "ingest/graphlinereader.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace waymark::ingest {

namespace {
bool finiteNumber(const QString& text, double* v)
{
    bool ok = false;
    *v = text.toDouble(&ok);
    return ok && std::isfinite(*v);
}
} // namespace

Result<GraphDocument> PajekReader::read(QIODevice* device, const QString& fileName)
{
    GraphLineReader in(device, fileName);
    GraphDocument doc;
    enum class Section { None, Vertices, Arcs, Edges, ArcsList, EdgesList, Skip };
    Section section = Section::None;
    qint64 vertexCount = -1;
    QHash<qint64, int> byNumber; // vertex number -> index in doc.nodes
    bool sawNetwork = false, done = false;
    auto problem = [&](qint64 column, const QString& why) {
        doc.problems.append({ in.errorAt(column, why), in.line() });
    };
    // A vertex named in a tie but never listed is the number alone.
    auto vertex = [&](const GraphLineReader::Word& w, int* index) {
        bool ok = false;
        const qint64 v = w.text.toLongLong(&ok);
        if (!ok || v < 1 || (vertexCount >= 0 && v > vertexCount)) {
            problem(w.column,
                QCoreApplication::translate("PajekReader", "\"%1\" is not a vertex number from 1 to %2")
                    .arg(w.text)
                    .arg(vertexCount));
            return false;
        }
        auto it = byNumber.constFind(v);
        if (it == byNumber.cend()) {
            GraphDocument::Node n;
            n.id = QString::number(v);
            n.label = n.id;
            n.line = in.lineNumber();
            doc.nodes.append(n);
            it = byNumber.insert(v, int(doc.nodes.size() - 1));
        }
        *index = it.value();
        return true;
    };
    auto tie = [&](int a, int b, double weight, qint64 line, bool directed) {
        GraphDocument::Link l;
        l.source = doc.nodes.at(a).id;
        l.target = doc.nodes.at(b).id;
        l.weight = weight;
        l.line = line;
        l.directed = directed;
        doc.links.append(l);
    };
    while (!done && in.next()) {
        const QByteArray trimmed = in.line().trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('%'))
            continue;
        if (trimmed.startsWith('*')) {
            const QList<GraphLineReader::Word> w = in.words();
            const QString key = w.value(0).text.toLower();
            if (key == QLatin1String("*network")) {
                if (sawNetwork) // a .paj project: the first network only
                    done = true;
                sawNetwork = true;
                section = Section::None;
            } else if (key == QLatin1String("*vertices")) {
                if (sawNetwork && vertexCount >= 0) {
                    done = true;
                    continue;
                }
                bool ok = false;
                vertexCount = w.value(1).text.toLongLong(&ok);
                if (!ok || vertexCount < 0)
                    return in.errorAt(w.value(1).column,
                        QCoreApplication::translate("PajekReader", "*Vertices needs the number of vertices"));
                if (vertexCount > maxVertices())
                    return in.errorAt(w.value(1).column,
                        QCoreApplication::translate("PajekReader", "%1 vertices: Waymark reads networks of up to %2")
                            .arg(vertexCount)
                            .arg(maxVertices()));
                section = Section::Vertices;
            } else if (key == QLatin1String("*arcs")) {
                section = Section::Arcs;
            } else if (key == QLatin1String("*edges")) {
                section = Section::Edges;
            } else if (key == QLatin1String("*arcslist")) {
                section = Section::ArcsList;
            } else if (key == QLatin1String("*edgeslist")) {
                section = Section::EdgesList;
            } else if (key == QLatin1String("*partition") || key == QLatin1String("*vector")
                || key == QLatin1String("*permutation") || key == QLatin1String("*cluster")
                || key == QLatin1String("*hierarchy") || key == QLatin1String("*matrix")) {
                if (vertexCount >= 0 && key != QLatin1String("*matrix")) {
                    done = true; // a .paj project's partitions come after its networks
                    continue;
                }
                section = Section::Skip;
                problem(1,
                    QCoreApplication::translate("PajekReader", "%1 sections are not read; use *Arcs or *Edges")
                        .arg(w.value(0).text));
            } else {
                problem(1, QCoreApplication::translate("PajekReader", "unknown section %1").arg(w.value(0).text));
                section = Section::Skip;
            }
            continue;
        }
        if (section == Section::None && vertexCount < 0)
            return in.errorAt(1,
                QCoreApplication::translate(
                    "PajekReader", "not a Pajek network: it does not begin with *Vertices or *Network"));
        const QList<GraphLineReader::Word> w = in.words();
        switch (section) {
        case Section::None:
        case Section::Skip:
            break;
        case Section::Vertices: {
            if (const auto seen = byNumber.constFind(w.at(0).text.toLongLong()); seen != byNumber.cend()) {
                problem(w.at(0).column,
                    QCoreApplication::translate(
                        "PajekReader", "vertex %1 is listed twice (first at line %2); the second is left out")
                        .arg(w.at(0).text)
                        .arg(doc.nodes.at(seen.value()).line));
                break;
            }
            int index = 0;
            if (!vertex(w.at(0), &index))
                break;
            GraphDocument::Node& n = doc.nodes[index];
            n.line = in.lineNumber();
            if (w.size() > 1)
                n.label = w.at(1).text;
            double x = 0, y = 0;
            int next = 2;
            if (w.size() > 3 && finiteNumber(w.at(2).text, &x) && finiteNumber(w.at(3).text, &y)) {
                n.position = QPointF(x, y);
                next = 4;
                double z = 0;
                if (w.size() > 4 && finiteNumber(w.at(4).text, &z))
                    next = 5;
            }
            // The rest are "name value" pairs: shape words, ic colour, x_fact size.
            for (int i = next; i < w.size(); ++i) {
                const QString k = w.at(i).text.toLower();
                if (k == QLatin1String("ic") && i + 1 < w.size()) {
                    const QColor c(w.at(i + 1).text.toLower());
                    if (c.isValid())
                        n.colour = c.name();
                    ++i;
                } else if ((k == QLatin1String("x_fact") || k == QLatin1String("s_size")) && i + 1 < w.size()) {
                    double s = 0;
                    if (finiteNumber(w.at(i + 1).text, &s) && s > 0 && s < 1e6)
                        n.size = 5 * s;
                    ++i;
                } else if (k == QLatin1String("ellipse") || k == QLatin1String("box") || k == QLatin1String("diamond")
                    || k == QLatin1String("triangle") || k == QLatin1String("cross") || k == QLatin1String("empty")) {
                    n.attributes.insert(QStringLiteral("shape"), k);
                }
            }
            break;
        }
        case Section::Arcs:
        case Section::Edges: {
            if (w.size() < 2) {
                problem(1, QCoreApplication::translate("PajekReader", "a tie needs two vertex numbers"));
                break;
            }
            int a = 0, b = 0;
            if (!vertex(w.at(0), &a) || !vertex(w.at(1), &b))
                break;
            double weight = 1;
            if (w.size() > 2 && !finiteNumber(w.at(2).text, &weight)) {
                problem(w.at(2).column,
                    QCoreApplication::translate("PajekReader", "the weight \"%1\" is not a number").arg(w.at(2).text));
                break;
            }
            if (!(weight > 0) || weight > 1e12) {
                problem(w.size() > 2 ? w.at(2).column : 1,
                    QCoreApplication::translate("PajekReader",
                        "the weight is not a number above zero and up to 10^12 (signed ties are not read)"));
                break;
            }
            if (a == b) {
                problem(w.at(1).column,
                    QCoreApplication::translate("PajekReader",
                        "the tie of vertex %1 to itself is not read: a loop says nothing about who is linked to whom")
                        .arg(w.at(0).text));
                break;
            }
            tie(a, b, weight, in.lineNumber(), section == Section::Arcs);
            break;
        }
        case Section::ArcsList:
        case Section::EdgesList: {
            int a = 0;
            if (!vertex(w.at(0), &a))
                break;
            for (int i = 1; i < w.size(); ++i) {
                int b = 0;
                if (!vertex(w.at(i), &b))
                    break;
                if (a != b)
                    tie(a, b, 1, in.lineNumber(), section == Section::ArcsList);
            }
            break;
        }
        }
    }
    if (!in.error().isNull())
        return in.error();
    if (vertexCount < 0)
        return Error::at(fileName, 1, 1,
            QCoreApplication::translate("PajekReader", "not a Pajek network: there is no *Vertices line"));
    // Vertices declared but never listed nor tied are still the network's.
    for (qint64 v = 1; v <= vertexCount; ++v) {
        if (!byNumber.contains(v)) {
            GraphDocument::Node n;
            n.id = QString::number(v);
            n.label = n.id;
            doc.nodes.append(n);
            byNumber.insert(v, int(doc.nodes.size() - 1));
        }
    }
    return doc;
}

} // namespace waymark::ingest
