#include "ucinetdlreader.h"

#include "ingest/graphlinereader.h"
#include "ingest/pajekreader.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <vector>

namespace waymark::ingest {

namespace {
/// Header words: "n=4," as "n", "=", "4"; "labels:" as "labels", ":".
QList<GraphLineReader::Word> headerWords(const GraphLineReader& in)
{
    QList<GraphLineReader::Word> out;
    for (const GraphLineReader::Word& w : in.words(true)) {
        if (w.quoted) {
            out.append(w);
            continue;
        }
        qsizetype start = 0;
        for (qsizetype i = 0; i <= w.text.size(); ++i) {
            const bool sep
                = i < w.text.size() && (w.text.at(i) == QLatin1Char('=') || w.text.at(i) == QLatin1Char(':'));
            if (i == w.text.size() || sep) {
                if (i > start)
                    out.append({ w.text.mid(start, i - start), w.column + start, false });
                if (sep)
                    out.append({ w.text.mid(i, 1), w.column + i, false });
                start = i + 1;
            }
        }
    }
    return out;
}
} // namespace

Result<GraphDocument> UcinetDlReader::read(QIODevice* device, const QString& fileName)
{
    GraphLineReader in(device, fileName);
    GraphDocument doc;
    enum class Format { FullMatrix, EdgeList, NodeList };
    Format format = Format::FullMatrix;
    qint64 n = -1;
    bool embedded = false, sawDl = false, inData = false, diagonal = true;
    bool rowsEmbedded = false, columnsEmbedded = false;
    QStringList labels;
    enum class Expect { Key, Value, Labels } expect = Expect::Key;
    QString key;
    QList<GraphLineReader::Word> dataRest; // words after "data:" on its own line
    while (!inData && in.next()) {
        const QList<GraphLineReader::Word> words = headerWords(in);
        for (int i = 0; i < words.size(); ++i) {
            const GraphLineReader::Word& w = words.at(i);
            const QString lower = w.text.toLower();
            if (!sawDl) {
                if (lower != QLatin1String("dl"))
                    return in.errorAt(w.column,
                        QCoreApplication::translate(
                            "UcinetDlReader", "not a UCINET DL file: it does not begin with DL"));
                sawDl = true;
                continue;
            }
            if (!w.quoted && lower == QLatin1String("data") && i + 1 < words.size()
                && words.at(i + 1).text == QLatin1String(":")) {
                inData = true;
                for (int j = i + 2; j < words.size(); ++j)
                    dataRest.append(words.at(j));
                break;
            }
            if (expect == Expect::Labels) {
                const bool keyword = !w.quoted
                    && (lower == QLatin1String("format") || lower == QLatin1String("diagonal")
                        || lower == QLatin1String("row") || lower == QLatin1String("column")
                        || lower == QLatin1String("col") || lower == QLatin1String("labels"))
                    && i + 1 < words.size()
                    && (words.at(i + 1).text == QLatin1String("=") || words.at(i + 1).text == QLatin1String(":")
                        || words.at(i + 1).text.toLower() == QLatin1String("labels"));
                if (!keyword && w.text != QLatin1String(":")) {
                    labels << w.text;
                    continue;
                }
                expect = Expect::Key;
            }
            if (w.text == QLatin1String("=") || w.text == QLatin1String(":")) {
                if (w.text == QLatin1String(":") && key == QLatin1String("labels"))
                    expect = Expect::Labels;
                else if (w.text == QLatin1String("="))
                    expect = Expect::Value;
                continue;
            }
            if (expect == Expect::Value) {
                expect = Expect::Key;
                if (key == QLatin1String("n")) {
                    bool ok = false;
                    n = w.text.toLongLong(&ok);
                    if (!ok || n < 1 || n > PajekReader::maxVertices())
                        return in.errorAt(w.column,
                            QCoreApplication::translate(
                                "UcinetDlReader", "n must be a number of nodes from 1 to %1, not \"%2\"")
                                .arg(PajekReader::maxVertices())
                                .arg(w.text));
                } else if (key == QLatin1String("nr") || key == QLatin1String("nc")) {
                    return in.errorAt(w.column,
                        QCoreApplication::translate("UcinetDlReader",
                            "a two-mode DL file (nr, nc) is not a network of entities; Waymark reads one-mode (n=)"));
                } else if (key == QLatin1String("nm")) {
                    if (w.text != QLatin1String("1"))
                        return in.errorAt(w.column,
                            QCoreApplication::translate(
                                "UcinetDlReader", "several matrices (nm=%1): Waymark reads one network a file")
                                .arg(w.text));
                } else if (key == QLatin1String("format")) {
                    if (lower == QLatin1String("fullmatrix") || lower == QLatin1String("fm"))
                        format = Format::FullMatrix;
                    else if (lower == QLatin1String("edgelist1") || lower == QLatin1String("el1"))
                        format = Format::EdgeList;
                    else if (lower == QLatin1String("nodelist1") || lower == QLatin1String("nl1"))
                        format = Format::NodeList;
                    else
                        return in.errorAt(w.column,
                            QCoreApplication::translate("UcinetDlReader",
                                "format %1 is not read; Waymark reads fullmatrix, edgelist1 and nodelist1")
                                .arg(w.text));
                }
                continue;
            }
            key = lower;
            if (lower == QLatin1String("embedded")) {
                // "labels embedded" both; "row labels embedded" or "column
                // labels embedded" only the rows' or the columns' (a full
                // matrix: each row starts with its label; the labels come first).
                const QString which = i >= 2 && words.at(i - 1).text.toLower() == QLatin1String("labels")
                    ? words.at(i - 2).text.toLower()
                    : QString();
                const bool rowsOnly = which == QLatin1String("row") || which == QLatin1String("rows");
                const bool columnsOnly = which == QLatin1String("col") || which == QLatin1String("column")
                    || which == QLatin1String("columns");
                rowsEmbedded |= !columnsOnly;
                columnsEmbedded |= !rowsOnly;
                embedded = true;
            } else if (lower == QLatin1String("absent")) {
                diagonal = false;
            } else if (lower == QLatin1String("labels") && i + 1 < words.size()
                && words.at(i + 1).text.toLower() == QLatin1String("embedded")) {
                key.clear();
            } else if (lower == QLatin1String("row") || lower == QLatin1String("col")
                || lower == QLatin1String("column")) {
                // "row labels:" names the nodes of a one-mode file; "column labels:" the same again.
                if (lower != QLatin1String("row"))
                    labels.clear();
            }
        }
    }
    if (!in.error().isNull())
        return in.error();
    if (!sawDl)
        return Error::at(fileName, 1, 1, QCoreApplication::translate("UcinetDlReader", "the file is empty"));
    if (!inData)
        return Error::at(
            fileName, in.lineNumber(), 1, QCoreApplication::translate("UcinetDlReader", "there is no data: line"));
    if (n < 1 && !(embedded && format != Format::FullMatrix))
        return Error::at(fileName, 1, 1, QCoreApplication::translate("UcinetDlReader", "the header gives no n="));
    if (!diagonal && format == Format::FullMatrix)
        return Error::at(fileName, 1, 1,
            QCoreApplication::translate("UcinetDlReader", "a full matrix without its diagonal is not read"));
    if (labels.size() > 0 && n > 0 && labels.size() != n)
        return Error::at(fileName, 1, 1,
            QCoreApplication::translate("UcinetDlReader", "%1 labels for n=%2 nodes").arg(labels.size()).arg(n));

    QHash<QString, int> byId;
    auto node = [&](const QString& id, const QString& label) {
        auto it = byId.constFind(id);
        if (it != byId.cend())
            return it.value();
        GraphDocument::Node nd;
        nd.id = id;
        nd.label = label.isEmpty() ? id : label;
        nd.line = in.lineNumber();
        doc.nodes.append(nd);
        return byId.insert(id, int(doc.nodes.size() - 1)).value();
    };
    auto problem = [&](qint64 column, const QString& why) {
        doc.problems.append({ in.errorAt(column, why), in.line() });
    };
    // A node as the data names it: a number 1…n, or with embedded labels a label.
    auto named = [&](const GraphLineReader::Word& w, int* index) {
        if (embedded) {
            if (n > 0 && byId.size() >= n && !byId.contains(w.text)) {
                problem(w.column,
                    QCoreApplication::translate("UcinetDlReader", "\"%1\" would be node %2 of n=%3")
                        .arg(w.text)
                        .arg(byId.size() + 1)
                        .arg(n));
                return false;
            }
            if (byId.size() >= PajekReader::maxVertices() && !byId.contains(w.text)) {
                problem(w.column, QCoreApplication::translate("UcinetDlReader", "too many nodes"));
                return false;
            }
            *index = node(w.text, w.text);
            return true;
        }
        bool ok = false;
        const qint64 v = w.text.toLongLong(&ok);
        if (!ok || v < 1 || v > n) {
            problem(w.column,
                QCoreApplication::translate("UcinetDlReader", "\"%1\" is not a node number from 1 to %2")
                    .arg(w.text)
                    .arg(n));
            return false;
        }
        *index = node(QString::number(v), labels.value(int(v - 1)));
        return true;
    };
    auto weightOf = [&](const GraphLineReader::Word& w, double* weight) {
        bool ok = false;
        *weight = w.text.toDouble(&ok);
        if (!ok || !std::isfinite(*weight)) {
            problem(w.column,
                QCoreApplication::translate("UcinetDlReader", "the value \"%1\" is not a number").arg(w.text));
            return false;
        }
        if (*weight < 0 || *weight > 1e12) {
            problem(w.column,
                QCoreApplication::translate(
                    "UcinetDlReader", "the value %1 is not a tie weight from 0 to 10^12 (signed ties are not read)")
                    .arg(w.text));
            return false;
        }
        return true;
    };
    auto addLink = [&](int a, int b, double weight) {
        if (a == b || weight <= 0)
            return;
        GraphDocument::Link l;
        l.source = doc.nodes.at(a).id;
        l.target = doc.nodes.at(b).id;
        l.weight = weight;
        l.line = in.lineNumber();
        doc.links.append(l);
    };

    if (format == Format::FullMatrix) {
        // A stream of values that may wrap lines: with embedded labels the
        // column labels first, then each row's label and its n values.
        QStringList columns;
        qint64 row = 0, col = 0;
        int rowNode = -1;
        QHash<quint64, double> cells;
        QStringList rowLabels; // with only the rows' labels embedded: each row's, in order
        struct Cell {
            int rowNode;
            int col;
            double weight;
            qint64 line;
        };
        std::vector<Cell> pending;
        bool first = true;
        for (;;) {
            const QList<GraphLineReader::Word> words = first ? dataRest : in.words(true);
            first = false;
            for (const GraphLineReader::Word& w : words) {
                if (row >= n) {
                    problem(w.column, QCoreApplication::translate("UcinetDlReader", "more values than n×n"));
                    break;
                }
                if (columnsEmbedded && columns.size() < n) {
                    columns << w.text;
                    continue;
                }
                if (rowsEmbedded && col == 0 && rowNode < 0) {
                    if (columnsEmbedded && !columns.contains(w.text)) {
                        problem(w.column,
                            QCoreApplication::translate("UcinetDlReader", "the row label \"%1\" is not a column label")
                                .arg(w.text));
                        rowNode = -2;
                    } else if (!columnsEmbedded && rowLabels.contains(w.text)) {
                        problem(w.column,
                            QCoreApplication::translate("UcinetDlReader", "the row label \"%1\" appears twice")
                                .arg(w.text));
                        rowNode = -2;
                        rowLabels << QString();
                    } else {
                        rowNode = node(w.text, w.text);
                        if (!columnsEmbedded)
                            rowLabels << w.text;
                    }
                    continue;
                }
                if (rowNode == -1) {
                    // Row i of a one-mode matrix is column i's node.
                    rowNode = columnsEmbedded ? node(columns.at(int(row)), columns.at(int(row)))
                                              : node(QString::number(row + 1), labels.value(int(row)));
                }
                double weight = 0;
                if (weightOf(w, &weight) && weight > 0 && rowNode >= 0 && row != col)
                    pending.push_back({ rowNode, int(col), weight, in.lineNumber() });
                if (++col == n) {
                    col = 0;
                    ++row;
                    rowNode = -1;
                }
            }
            if (!in.next())
                break;
        }
        if (!in.error().isNull())
            return in.error();
        // Column j's node: its label, or with only the rows' labels embedded
        // row j's (known once row j is read), or its number.
        for (const Cell& c : pending) {
            int colNode = -1;
            if (columnsEmbedded)
                colNode = node(columns.at(c.col), columns.at(c.col));
            else if (rowsEmbedded && c.col < rowLabels.size() && !rowLabels.at(c.col).isEmpty())
                colNode = byId.value(rowLabels.at(c.col), -1);
            else if (!rowsEmbedded)
                colNode = node(QString::number(c.col + 1), labels.value(c.col));
            if (colNode < 0)
                continue; // a column whose row was never read: the matrix ends early, said below
            cells.insert(quint64(c.rowNode) << 32 | quint64(colNode), c.weight);
            GraphDocument::Link l;
            l.source = doc.nodes.at(c.rowNode).id;
            l.target = doc.nodes.at(colNode).id;
            l.weight = c.weight;
            l.line = c.line;
            doc.links.append(l);
        }
        if (row < n)
            doc.problems.append(
                { Error::at(fileName, in.lineNumber(), 1,
                      QCoreApplication::translate("UcinetDlReader", "the matrix ends after %1 of its %2 rows")
                          .arg(row)
                          .arg(n)),
                    {} });
        // A symmetric matrix states each tie twice: keep one.
        bool symmetric = true;
        for (auto it = cells.cbegin(); symmetric && it != cells.cend(); ++it) {
            const quint64 back = (it.key() & 0xffffffffu) << 32 | (it.key() >> 32);
            symmetric = cells.value(back, -1) == it.value();
        }
        if (symmetric) {
            QList<GraphDocument::Link> once;
            for (const GraphDocument::Link& l : std::as_const(doc.links)) {
                if (byId.value(l.source) < byId.value(l.target))
                    once.append(l);
            }
            doc.links = once;
        } else {
            for (GraphDocument::Link& l : doc.links)
                l.directed = true;
        }
    } else {
        bool first = true;
        for (;;) {
            const QList<GraphLineReader::Word> words = first ? dataRest : in.words(true);
            first = false;
            if (!words.isEmpty()) {
                int a = 0;
                if (named(words.at(0), &a)) {
                    if (format == Format::EdgeList) {
                        int b = 0;
                        double weight = 1;
                        if (words.size() < 2)
                            problem(1, QCoreApplication::translate("UcinetDlReader", "a tie needs two nodes"));
                        else if (named(words.at(1), &b) && (words.size() < 3 || weightOf(words.at(2), &weight)))
                            addLink(a, b, weight);
                    } else {
                        for (int i = 1; i < words.size(); ++i) {
                            int b = 0;
                            if (named(words.at(i), &b))
                                addLink(a, b, 1);
                        }
                    }
                }
            }
            if (!in.next())
                break;
        }
        if (!in.error().isNull())
            return in.error();
    }
    // Nodes of the header that no tie names.
    if (!embedded) {
        for (qint64 v = 1; v <= n; ++v)
            node(QString::number(v), labels.value(int(v - 1)));
    } else {
        for (const QString& label : std::as_const(labels))
            node(label, label);
    }
    return doc;
}

} // namespace waymark::ingest
