#include "store/sqlfunctions.h"

#include <sqlite3.h>

#include <algorithm>

namespace waymark::store {

namespace {
void plainTextFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const QByteArray plain = SqlFunctions::plainText(QString::fromUtf8(text, sqlite3_value_bytes(argv[0]))).toUtf8();
    sqlite3_result_text(ctx, plain.constData(), int(plain.size()), SQLITE_TRANSIENT);
}

/// The character an entity stands for ("amp", "#39", "#x2019"), or a null QChar.
QString entity(const QString& name)
{
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16)
                                                                                    : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return {};
    }
    static const struct {
        const char* name;
        char16_t c;
    } named[] = { { "amp", u'&' }, { "lt", u'<' }, { "gt", u'>' }, { "quot", u'"' }, { "apos", u'\'' },
        { "nbsp", u' ' }, { "ndash", u'\u2013' }, { "mdash", u'\u2014' }, { "hellip", u'\u2026' },
        { "lsquo", u'\u2018' }, { "rsquo", u'\u2019' }, { "ldquo", u'\u201c' }, { "rdquo", u'\u201d' } };
    for (const auto& n : named)
        if (name == QLatin1String(n.name))
            return QString(QChar(n.c));
    return {};
}
/// Whether a tag ("p style=…", "/li", "br/") starts or ends a block of text.
bool isBlock(const QString& tag)
{
    QString name = tag.startsWith(QLatin1Char('/')) ? tag.mid(1) : tag;
    const qsizetype end = std::find_if(name.begin(), name.end(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char('/');
    }) - name.begin();
    name.truncate(end);
    static const char* const blocks[] = { "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
        "td", "th", "table", "blockquote", "hr", "body", "html", "pre" };
    for (const char* b : blocks)
        if (name == QLatin1String(b))
            return true;
    return false;
}
} // namespace

bool SqlFunctions::install(sqlite3* db)
{
    return sqlite3_create_function_v2(db, "waymark_plain_text", 1,
               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, plainTextFunction, nullptr, nullptr,
               nullptr)
        == SQLITE_OK;
}

QString SqlFunctions::plainText(const QString& html)
{
    QString out;
    out.reserve(html.size());
    const int n = int(html.size());
    int i = 0;
    auto space = [&] {
        if (!out.isEmpty() && !out.back().isSpace())
            out += QLatin1Char(' ');
    };
    while (i < n) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            const int close = int(html.indexOf(QLatin1Char('>'), i + 1));
            if (close < 0)
                break; // a tag cut short: what follows is not text
            const QString tag = html.mid(i + 1, close - i - 1).trimmed().toLower();
            i = close + 1;
            // Whole elements whose content is not text.
            for (const char* skip : { "head", "style", "script", "title" }) {
                if (tag.startsWith(QLatin1String(skip))
                    && (tag.size() == int(qstrlen(skip)) || tag[int(qstrlen(skip))].isSpace())) {
                    const int end
                        = int(html.indexOf(QStringLiteral("</") + QLatin1String(skip), i, Qt::CaseInsensitive));
                    if (end < 0)
                        return out.trimmed();
                    i = int(html.indexOf(QLatin1Char('>'), end));
                    i = i < 0 ? n : i + 1;
                    break;
                }
            }
            if (isBlock(tag))
                space(); // "<p>a</p><p>b</p>" is two words, not "ab"; "<b>im</b>portant" is one
            continue;
        }
        if (c == QLatin1Char('&')) {
            const int semi = int(html.indexOf(QLatin1Char(';'), i + 1));
            if (semi > i && semi - i <= 10) {
                const QString decoded = entity(html.mid(i + 1, semi - i - 1));
                if (!decoded.isEmpty()) {
                    if (decoded.at(0).isSpace())
                        space();
                    else
                        out += decoded;
                    i = semi + 1;
                    continue;
                }
            }
        }
        if (c.isSpace())
            space();
        else
            out += c;
        ++i;
    }
    return out.trimmed();
}

} // namespace waymark::store
