#include "gmlreader.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QStringDecoder>

#include <cmath>
#include <functional>

namespace waymark::ingest {

namespace {

/// GML's words: keys, numbers, "strings" (which may span lines), [ and ].
class Lexer {
public:
    enum class Kind { End, Word, String, Open, Close, Bad };
    struct Token {
        Kind kind = Kind::End;
        QString text;
        qint64 line = 0, column = 0;
        qint64 begin = 0; ///< byte offset in the file, for quarantine
    };

    Lexer(QIODevice* device, QString file)
        : m_device(device)
        , m_file(std::move(file))
    {
    }

    Token next()
    {
        for (;;) {
            int c = peek();
            if (c < 0)
                return { Kind::End, {}, m_line, m_column, m_offset };
            if (c == '#') { // a comment, to the end of the line (outside a string: anywhere, as networkx reads it)
                while ((c = peek()) >= 0 && c != '\n')
                    take();
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                take();
                continue;
            }
            break;
        }
        Token t { Kind::Word, {}, m_line, m_column, m_offset };
        const int c = peek();
        if (c == '[' || c == ']') {
            take();
            t.kind = c == '[' ? Kind::Open : Kind::Close;
            t.text = QLatin1Char(char(c));
            return t;
        }
        QByteArray bytes;
        if (c == '"') {
            take();
            int d;
            while ((d = peek()) >= 0 && d != '"') {
                bytes.append(char(take()));
                if (bytes.size() > kMaxString)
                    return bad(t, QCoreApplication::translate("GmlReader", "a string longer than 1 MB"));
            }
            if (d < 0)
                return bad(t, QCoreApplication::translate("GmlReader", "a string that is not closed (\")"));
            take();
            t.kind = Kind::String;
        } else {
            int d;
            while ((d = peek()) >= 0 && d != ' ' && d != '\t' && d != '\r' && d != '\n' && d != '[' && d != ']'
                && d != '"') {
                bytes.append(char(take()));
                if (bytes.size() > kMaxString)
                    return bad(t, QCoreApplication::translate("GmlReader", "a word longer than 1 MB"));
            }
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        t.text = utf8.decode(bytes);
        if (utf8.hasError() || bytes.contains('\0'))
            return bad(t, QCoreApplication::translate("GmlReader", "text that is not UTF-8"));
        if (t.kind == Kind::String && t.text.contains(QLatin1Char('&')))
            t.text = decodeEntities(t.text);
        return t;
    }
    /// A string's character entities, in one pass: the named &quot; &lt;
    /// &gt; &amp; &apos;, and &#N; / &#xH;, which networkx writes for every
    /// character outside 7-bit ASCII (and for & and "). Anything else stays.
    static QString decodeEntities(const QString& text)
    {
        static const std::pair<QLatin1String, char16_t> named[]
            = { { QLatin1String("quot"), u'"' }, { QLatin1String("lt"), u'<' }, { QLatin1String("gt"), u'>' },
                  { QLatin1String("amp"), u'&' }, { QLatin1String("apos"), u'\'' } };
        QString out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const qsizetype end = text.at(i) == QLatin1Char('&') ? text.indexOf(QLatin1Char(';'), i + 1) : -1;
            if (end < 0 || end - i > 10) {
                out += text.at(i);
                continue;
            }
            const QStringView name = QStringView(text).mid(i + 1, end - i - 1);
            char32_t code = 0;
            if (name.startsWith(QLatin1Char('#'))) {
                bool ok = false;
                const bool hex = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
                const uint v = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
                if (ok && (v >= 0x20 || v == 9 || v == 10 || v == 13) && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF))
                    code = v;
            } else {
                for (const auto& [n, ch] : named) {
                    if (name == n)
                        code = ch;
                }
            }
            if (!code) {
                out += text.at(i);
                continue;
            }
            out += QString::fromUcs4(&code, 1);
            i = end;
        }
        return out;
    }
    qint64 offset() const { return m_offset; }
    const QString& file() const { return m_file; }

private:
    static constexpr qsizetype kMaxString = 1 << 20;
    Token bad(Token t, const QString& why)
    {
        t.kind = Kind::Bad;
        t.text = why;
        return t;
    }
    int peek()
    {
        if (m_pos >= m_buffer.size()) {
            m_buffer = m_device->read(1 << 16);
            m_pos = 0;
            if (m_buffer.isEmpty())
                return -1;
        }
        return static_cast<unsigned char>(m_buffer.at(m_pos));
    }
    int take()
    {
        const int c = peek();
        if (c < 0)
            return c;
        ++m_pos;
        ++m_offset;
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++m_column;
        }
        return c;
    }

    QIODevice* m_device;
    QString m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0;
    qint64 m_line = 1, m_column = 1;
};

/// One node or edge as keys and values; nested lists (graphics, LabelGraphics)
/// flattened as "graphics.x".
struct Record {
    QHash<QString, QString> values;
    QHash<QString, QPair<qint64, qint64>> places; ///< key → line and column of its value
    qint64 line = 0, column = 0;
};

constexpr int kMaxDepth = 32;

} // namespace

Result<GraphDocument> GmlReader::read(QIODevice* device, const QString& fileName)
{
    Lexer lex(device, fileName);
    GraphDocument doc;
    auto fatal = [&](const Lexer::Token& t, const QString& why) { return Error::at(fileName, t.line, t.column, why); };
    auto unexpected = [&](const Lexer::Token& t) {
        if (t.kind == Lexer::Kind::Bad)
            return fatal(t, t.text);
        if (t.kind == Lexer::Kind::End)
            return fatal(t, QCoreApplication::translate("GmlReader", "the file ends inside a list ([ without ])"));
        return fatal(t, QCoreApplication::translate("GmlReader", "\"%1\" where a key was expected").arg(t.text));
    };
    // Reads the list after "[" up to its "]" into `into` (keys prefixed).
    std::function<Result<bool>(Record*, const QString&, int)> list
        = [&](Record* into, const QString& prefix, int depth) -> Result<bool> {
        if (depth > kMaxDepth)
            return Error::at(fileName, 0, 0, QCoreApplication::translate("GmlReader", "lists nested too deep"));
        for (;;) {
            const Lexer::Token key = lex.next();
            if (key.kind == Lexer::Kind::Close)
                return true;
            if (key.kind != Lexer::Kind::Word)
                return unexpected(key);
            const Lexer::Token value = lex.next();
            if (value.kind == Lexer::Kind::Open) {
                if (auto r = list(into, prefix + key.text + QLatin1Char('.'), depth + 1); !r)
                    return r;
            } else if (value.kind == Lexer::Kind::Word || value.kind == Lexer::Kind::String) {
                if (into && !into->values.contains(prefix + key.text)) {
                    into->values.insert(prefix + key.text, value.text);
                    into->places.insert(prefix + key.text, { value.line, value.column });
                }
            } else {
                return value.kind == Lexer::Kind::Bad || value.kind == Lexer::Kind::End
                    ? unexpected(value)
                    : fatal(value, QCoreApplication::translate("GmlReader", "a key without a value"));
            }
        }
    };
    QHash<QString, int> ids;
    // A problem at the value of `key` (igraph and NetworkX put each on its own line), else at the record.
    auto problem = [&](const Record& r, const QString& key, const QString& why) {
        QByteArray text;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
            text += it.key().toUtf8() + ' ' + it.value().toUtf8() + ' ';
        const auto place = r.places.value(key, { r.line, r.column });
        doc.problems.append({ Error::at(fileName, place.first, place.second, why), text.trimmed() });
    };
    auto number = [](const QString& s, double* v) {
        bool ok = false;
        *v = s.toDouble(&ok);
        return ok && std::isfinite(*v);
    };
    auto addNode = [&](const Record& r) {
        const QString id = r.values.value(QStringLiteral("id"));
        if (id.isEmpty()) {
            problem(r, QString(), QCoreApplication::translate("GmlReader", "a node without an id"));
            return;
        }
        if (ids.contains(id)) {
            problem(r, QStringLiteral("id"),
                QCoreApplication::translate("GmlReader", "node id \"%1\" appears twice").arg(id));
            return;
        }
        GraphDocument::Node n;
        n.id = id;
        n.line = r.line;
        double x = 0, y = 0, w = 0, h = 0;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            const QString& k = it.key();
            if (k == QLatin1String("id"))
                continue;
            if (k == QLatin1String("label"))
                n.label = it.value();
            else if (!k.startsWith(QLatin1String("graphics.")) && !k.startsWith(QLatin1String("LabelGraphics.")))
                n.attributes.insert(k, it.value());
        }
        if (number(r.values.value(QStringLiteral("graphics.x")), &x)
            && number(r.values.value(QStringLiteral("graphics.y")), &y))
            n.position = QPointF(x, y);
        if (number(r.values.value(QStringLiteral("graphics.w")), &w)
            && number(r.values.value(QStringLiteral("graphics.h")), &h) && w > 0 && h > 0 && w + h < 1e9)
            n.size = (w + h) / 4;
        const QColor fill(r.values.value(QStringLiteral("graphics.fill")).left(7));
        if (fill.isValid())
            n.colour = fill.name();
        ids.insert(id, int(doc.nodes.size()));
        doc.nodes.append(n);
    };
    QList<Record> edges; // ends may name nodes listed after them
    // Top level: "Creator "…" graph [ … ]"; inside graph: keys, node [ ], edge [ ].
    bool sawGraph = false;
    for (;;) {
        const Lexer::Token key = lex.next();
        if (key.kind == Lexer::Kind::End)
            break;
        if (!sawGraph && key.kind == Lexer::Kind::Word && key.text.startsWith(QLatin1Char('<')))
            return fatal(key,
                QCoreApplication::translate("GmlReader",
                    "this is XML (geographic GML?), not the graph GML Waymark reads (graph [ node [ … ] ])"));
        if (key.kind != Lexer::Kind::Word)
            return sawGraph || key.kind == Lexer::Kind::Bad
                ? unexpected(key)
                : fatal(key, QCoreApplication::translate("GmlReader", "not GML: it does not begin with a key"));
        const Lexer::Token value = lex.next();
        if (value.kind == Lexer::Kind::Bad || value.kind == Lexer::Kind::End)
            return value.kind == Lexer::Kind::End
                ? fatal(value, QCoreApplication::translate("GmlReader", "a key without a value"))
                : unexpected(value);
        if (value.kind != Lexer::Kind::Open) {
            if (value.kind == Lexer::Kind::Close)
                return fatal(value, QCoreApplication::translate("GmlReader", "] without ["));
            continue; // Creator, Version…
        }
        if (key.text != QLatin1String("graph")) {
            if (auto r = list(nullptr, {}, 1); !r)
                return r.error();
            continue;
        }
        if (sawGraph)
            return fatal(key, QCoreApplication::translate("GmlReader", "a second graph: Waymark reads one a file"));
        sawGraph = true;
        for (;;) {
            const Lexer::Token k = lex.next();
            if (k.kind == Lexer::Kind::Close)
                break;
            if (k.kind != Lexer::Kind::Word)
                return unexpected(k);
            const Lexer::Token v = lex.next();
            if (v.kind == Lexer::Kind::Open) {
                const bool isNode = k.text == QLatin1String("node"), isEdge = k.text == QLatin1String("edge");
                Record r;
                r.line = k.line;
                r.column = k.column;
                if (auto ok = list(isNode || isEdge ? &r : nullptr, {}, 1); !ok)
                    return ok.error();
                if (isNode)
                    addNode(r);
                else if (isEdge)
                    edges.append(std::move(r));
            } else if (v.kind != Lexer::Kind::Word && v.kind != Lexer::Kind::String) {
                return unexpected(v);
            }
        }
    }
    if (!sawGraph)
        return Error::at(fileName, 1, 1, QCoreApplication::translate("GmlReader", "not GML: there is no graph [ … ]"));
    for (const Record& r : std::as_const(edges)) {
        const QString source = r.values.value(QStringLiteral("source"));
        const QString target = r.values.value(QStringLiteral("target"));
        if (!ids.contains(source) || !ids.contains(target)) {
            const QString end = ids.contains(source) ? QStringLiteral("target") : QStringLiteral("source");
            problem(r, end,
                QCoreApplication::translate(
                    "GmlReader", "the edge from \"%1\" to \"%2\" names a node that is not in the file")
                    .arg(source, target));
            continue;
        }
        GraphDocument::Link l;
        l.source = source;
        l.target = target;
        l.line = r.line;
        l.id = r.values.value(QStringLiteral("id"));
        for (const char* key : { "value", "weight" }) {
            const QString k = QLatin1String(key);
            if (!r.values.contains(k))
                continue;
            double w = 0;
            if (!number(r.values.value(k), &w) || !(w > 0) || w > 1e12) {
                problem(r, k,
                    QCoreApplication::translate(
                        "GmlReader", "the weight \"%1\" is not a number above zero and up to 10^12")
                        .arg(r.values.value(k)));
                l.weight = -1;
                break;
            }
            l.weight = w;
            break;
        }
        if (l.weight < 0)
            continue;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it) {
            const QString& k = it.key();
            if (k == QLatin1String("label") || k == QLatin1String("type"))
                l.type = it.value();
            else if (k != QLatin1String("source") && k != QLatin1String("target") && k != QLatin1String("id")
                && k != QLatin1String("value") && k != QLatin1String("weight") && !k.contains(QLatin1Char('.')))
                l.attributes.insert(k, it.value());
        }
        if (source == target) {
            problem(r, QStringLiteral("target"),
                QCoreApplication::translate("GmlReader",
                    "the edge from \"%1\" to itself is not read: a loop says nothing about who is linked to whom")
                    .arg(source));
            continue;
        }
        doc.links.append(l);
    }
    doc.takeLookFromAttributes();
    return doc;
}

} // namespace waymark::ingest
