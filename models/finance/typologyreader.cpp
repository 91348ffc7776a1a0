#include "typologyreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstring>
#include <string_view>

static void initModelsResources()
{
    Q_INIT_RESOURCE(models);
}

namespace waymark::finance {

namespace {

/// A JSON value that remembers where it started, so that checks after
/// parsing can still point at the line and column of a bad value.
struct Node {
    enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
    qint64 line = 1, column = 1;
    bool boolean = false;
    double number = 0;
    QString text;
    std::vector<Node> items;
    std::vector<std::pair<QString, Node>> members;
    std::vector<std::pair<qint64, qint64>> keyPos;
};

class Parser {
public:
    Parser(const QByteArray& data, const QString& file)
        : m_p(data.constData())
        , m_end(data.constData() + data.size())
        , m_file(file)
    {
    }
    Result<Node> document()
    {
        if (m_end - m_p >= 3 && std::string_view(m_p, 3) == "\xEF\xBB\xBF")
            m_p += 3;
        Node n;
        if (!value(n, 0))
            return m_error;
        space();
        if (m_p != m_end)
            return fail(QCoreApplication::translate("TypologyReader", "unexpected text after the typology"));
        return n;
    }

private:
    const char* m_p;
    const char* m_end;
    QString m_file;
    qint64 m_line = 1;
    const char* m_lineStart = m_p;
    Error m_error;

    qint64 column() const { return qint64(QString::fromUtf8(m_lineStart, int(m_p - m_lineStart)).size()) + 1; }
    Error fail(const QString& why)
    {
        m_error = Error::at(m_file, m_line, column(), why);
        return m_error;
    }
    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r')) {
            if (*m_p == '\n') {
                ++m_line;
                m_lineStart = m_p + 1;
            }
            ++m_p;
        }
    }
    bool literal(const char* word)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) >= n && std::string_view(m_p, n) == word) {
            m_p += n;
            return true;
        }
        return false;
    }
    bool value(Node& n, int depth)
    {
        space();
        n.line = m_line;
        n.column = column();
        if (depth > 32) {
            fail(QCoreApplication::translate("TypologyReader", "nesting too deep"));
            return false;
        }
        if (m_p == m_end) {
            fail(QCoreApplication::translate("TypologyReader", "unexpected end of file"));
            return false;
        }
        const char c = *m_p;
        if (c == '{')
            return object(n, depth);
        if (c == '[')
            return array(n, depth);
        if (c == '"') {
            n.kind = Node::String;
            return string(n.text);
        }
        if (literal("true")) {
            n.kind = Node::Bool;
            n.boolean = true;
            return true;
        }
        if (literal("false")) {
            n.kind = Node::Bool;
            return true;
        }
        if (literal("null"))
            return true;
        if (c == '-' || (c >= '0' && c <= '9'))
            return number(n);
        fail(QCoreApplication::translate("TypologyReader", "expected a value"));
        return false;
    }
    bool number(Node& n)
    {
        const char* start = m_p;
        if (*m_p == '-')
            ++m_p;
        auto digits = [&] {
            const char* s = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p > s;
        };
        if (!digits()) {
            fail(QCoreApplication::translate("TypologyReader", "expected a number"));
            return false;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits()) {
                fail(QCoreApplication::translate("TypologyReader", "expected digits after the decimal point"));
                return false;
            }
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits()) {
                fail(QCoreApplication::translate("TypologyReader", "expected an exponent"));
                return false;
            }
        }
        bool ok = false;
        n.kind = Node::Number;
        n.number = QByteArray(start, int(m_p - start)).toDouble(&ok);
        if (!ok || !std::isfinite(n.number)) {
            fail(QCoreApplication::translate("TypologyReader", "number out of range"));
            return false;
        }
        return true;
    }
    bool string(QString& out)
    {
        ++m_p; // "
        QByteArray bytes;
        while (true) {
            if (m_p == m_end) {
                fail(QCoreApplication::translate("TypologyReader", "unterminated string"));
                return false;
            }
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                fail(QCoreApplication::translate("TypologyReader", "control character in a string"));
                return false;
            }
            if (c == '\\') {
                if (m_end - m_p < 2) {
                    fail(QCoreApplication::translate("TypologyReader", "unterminated string"));
                    return false;
                }
                const char e = m_p[1];
                m_p += 2;
                switch (e) {
                case '"':
                case '\\':
                case '/':
                    bytes += e;
                    break;
                case 'b':
                    bytes += '\b';
                    break;
                case 'f':
                    bytes += '\f';
                    break;
                case 'n':
                    bytes += '\n';
                    break;
                case 'r':
                    bytes += '\r';
                    break;
                case 't':
                    bytes += '\t';
                    break;
                case 'u': {
                    if (m_end - m_p < 4) {
                        fail(QCoreApplication::translate("TypologyReader", "bad \\u escape"));
                        return false;
                    }
                    bool ok = false;
                    const uint code = QByteArray(m_p, 4).toUInt(&ok, 16);
                    if (!ok || (code >= 0xD800 && code <= 0xDFFF)) {
                        fail(QCoreApplication::translate("TypologyReader", "bad \\u escape"));
                        return false;
                    }
                    m_p += 4;
                    bytes += QString(QChar(char16_t(code))).toUtf8();
                    break;
                }
                default:
                    fail(QCoreApplication::translate("TypologyReader", "bad escape in a string"));
                    return false;
                }
                continue;
            }
            bytes += c;
            ++m_p;
        }
        out = QString::fromUtf8(bytes);
        return true;
    }
    bool array(Node& n, int depth)
    {
        n.kind = Node::Array;
        ++m_p;
        space();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        while (true) {
            Node item;
            if (!value(item, depth + 1))
                return false;
            n.items.push_back(std::move(item));
            space();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            fail(QCoreApplication::translate("TypologyReader", "expected , or ] in a list"));
            return false;
        }
    }
    bool object(Node& n, int depth)
    {
        n.kind = Node::Object;
        ++m_p;
        space();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        while (true) {
            space();
            if (m_p == m_end || *m_p != '"') {
                fail(QCoreApplication::translate("TypologyReader", "expected a quoted key"));
                return false;
            }
            const qint64 line = m_line, col = column();
            QString key;
            if (!string(key))
                return false;
            for (const auto& m : n.members) {
                if (m.first == key) {
                    m_line = line;
                    fail(QCoreApplication::translate("TypologyReader", "key \"%1\" appears twice").arg(key));
                    m_error.column = col;
                    return false;
                }
            }
            space();
            if (m_p == m_end || *m_p != ':') {
                fail(QCoreApplication::translate("TypologyReader", "expected : after a key"));
                return false;
            }
            ++m_p;
            Node v;
            if (!value(v, depth + 1))
                return false;
            n.members.emplace_back(key, std::move(v));
            n.keyPos.emplace_back(line, col);
            space();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return true;
            }
            fail(QCoreApplication::translate("TypologyReader", "expected , or } in an object"));
            return false;
        }
    }
};

Error at(const QString& file, const Node& n, const QString& why)
{
    return Error::at(file, n.line, n.column, why);
}

bool isId(const QString& s)
{
    if (s.isEmpty() || s.size() > 64)
        return false;
    for (QChar c : s) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('_')))
            return false;
    }
    return true;
}

} // namespace

Result<Typology> TypologyReader::parse(const QByteArray& json, const QString& fileName, const IndicatorLibrary& library)
{
    Parser parser(json, fileName);
    auto doc = parser.document();
    if (!doc)
        return doc.error();
    const Node& root = doc.value();
    if (root.kind != Node::Object)
        return at(fileName, root, QCoreApplication::translate("TypologyReader", "a typology is a JSON object"));
    Typology t;
    bool haveId = false, haveName = false, havePrior = false, haveIndicators = false;
    for (size_t m = 0; m < root.members.size(); ++m) {
        const QString& key = root.members[m].first;
        const Node& v = root.members[m].second;
        if (key == QLatin1String("id")) {
            if (v.kind != Node::String || !isId(v.text))
                return at(fileName, v,
                    QCoreApplication::translate("TypologyReader", "id must be lower-case letters, digits and _"));
            t.id = v.text;
            haveId = true;
        } else if (key == QLatin1String("name")) {
            if (v.kind != Node::String || v.text.trimmed().isEmpty())
                return at(fileName, v, QCoreApplication::translate("TypologyReader", "name must be a non-empty text"));
            t.name = v.text;
            haveName = true;
        } else if (key == QLatin1String("description")) {
            if (v.kind != Node::String)
                return at(fileName, v, QCoreApplication::translate("TypologyReader", "description must be a text"));
            t.description = v.text;
        } else if (key == QLatin1String("version")) {
            if (v.kind != Node::Number || v.number < 1 || v.number > 1e6 || v.number != std::floor(v.number))
                return at(fileName, v,
                    QCoreApplication::translate("TypologyReader", "version must be a whole number from 1"));
            t.version = int(v.number);
        } else if (key == QLatin1String("sources")) {
            if (v.kind != Node::Array)
                return at(
                    fileName, v, QCoreApplication::translate("TypologyReader", "sources must be a list of texts"));
            for (const Node& s : v.items) {
                if (s.kind != Node::String)
                    return at(
                        fileName, s, QCoreApplication::translate("TypologyReader", "sources must be a list of texts"));
                t.sources << s.text;
            }
        } else if (key == QLatin1String("prior")) {
            if (v.kind != Node::Number || !(v.number > 0 && v.number < 1))
                return at(fileName, v,
                    QCoreApplication::translate(
                        "TypologyReader", "prior must be a probability strictly between 0 and 1"));
            t.prior = v.number;
            havePrior = true;
        } else if (key == QLatin1String("indicators")) {
            if (v.kind != Node::Array)
                return at(fileName, v, QCoreApplication::translate("TypologyReader", "indicators must be a list"));
            haveIndicators = true;
            for (const Node& i : v.items) {
                if (i.kind != Node::Object)
                    return at(fileName, i,
                        QCoreApplication::translate(
                            "TypologyReader", "each indicator is an object with indicator and hitLr"));
                TypologyWeight w;
                w.line = i.line;
                w.column = i.column;
                bool haveIndicator = false, haveLr = false;
                for (size_t k = 0; k < i.members.size(); ++k) {
                    const QString& ik = i.members[k].first;
                    const Node& iv = i.members[k].second;
                    if (ik == QLatin1String("indicator")) {
                        if (iv.kind != Node::String)
                            return at(fileName, iv,
                                QCoreApplication::translate("TypologyReader", "indicator must be an indicator id"));
                        if (library.indexOf(iv.text) < 0)
                            return at(fileName, iv,
                                QCoreApplication::translate("TypologyReader", "unknown indicator \"%1\"").arg(iv.text));
                        for (const TypologyWeight& other : t.weights) {
                            if (other.indicator == iv.text)
                                return at(fileName, iv,
                                    QCoreApplication::translate("TypologyReader", "indicator \"%1\" is weighted twice")
                                        .arg(iv.text));
                        }
                        w.indicator = iv.text;
                        haveIndicator = true;
                    } else if (ik == QLatin1String("hitLr") || ik == QLatin1String("missLr")) {
                        if (iv.kind != Node::Number || !(iv.number >= minLr && iv.number <= maxLr))
                            return at(fileName, iv,
                                QCoreApplication::translate(
                                    "TypologyReader", "%1 must be a likelihood ratio between %2 and %3")
                                    .arg(ik)
                                    .arg(minLr)
                                    .arg(maxLr));
                        (ik == QLatin1String("hitLr") ? w.hitLr : w.missLr) = iv.number;
                        haveLr = haveLr || ik == QLatin1String("hitLr");
                    } else if (ik == QLatin1String("rationale")) {
                        if (iv.kind != Node::String)
                            return at(fileName, iv,
                                QCoreApplication::translate("TypologyReader", "rationale must be a text"));
                        w.rationale = iv.text;
                    } else {
                        const auto& pos = i.keyPos[k];
                        return Error::at(fileName, pos.first, pos.second,
                            QCoreApplication::translate(
                                "TypologyReader", "unknown key \"%1\" (expected indicator, hitLr, missLr, rationale)")
                                .arg(ik));
                    }
                }
                if (!haveIndicator || !haveLr)
                    return at(fileName, i,
                        QCoreApplication::translate("TypologyReader", "each indicator needs indicator and hitLr"));
                t.weights.push_back(std::move(w));
            }
        } else {
            const auto& pos = root.keyPos[m];
            return Error::at(fileName, pos.first, pos.second,
                QCoreApplication::translate("TypologyReader",
                    "unknown key \"%1\" (expected id, name, version, description, sources, prior, indicators)")
                    .arg(key));
        }
    }
    if (!haveId || !haveName || !havePrior || !haveIndicators)
        return at(fileName, root,
            QCoreApplication::translate("TypologyReader", "a typology needs id, name, prior and indicators"));
    if (t.weights.empty())
        return at(
            fileName, root, QCoreApplication::translate("TypologyReader", "a typology needs at least one indicator"));
    return t;
}

Result<Typology> TypologyReader::load(const QString& path, const IndicatorLibrary& library)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("TypologyReader", "%1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > (1 << 20))
        return Error(QCoreApplication::translate("TypologyReader", "%1 is too large for a typology").arg(path));
    return parse(f.readAll(), QFileInfo(path).fileName(), library);
}

Result<std::vector<Typology>> TypologyReader::builtIn(const IndicatorLibrary& library)
{
    initModelsResources();
    std::vector<Typology> out;
    const QDir dir(QStringLiteral(":/waymark/typologies"));
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        auto t = load(dir.filePath(name), library);
        if (!t)
            return t.error();
        out.push_back(std::move(t.value()));
    }
    if (out.empty())
        return Error(QCoreApplication::translate("TypologyReader", "No typologies are built in."));
    return out;
}

} // namespace waymark::finance
