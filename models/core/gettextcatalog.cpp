#include "gettextcatalog.h"

#include <QFile>

namespace waymark {

namespace {

// The header of a .mo file: magic, revision, count, then the offsets of the
// original and translated string tables (each entry: length, offset).
constexpr quint32 kMagic = 0x950412de;
constexpr qsizetype kHeaderSize = 20;

QString invalid(const QString& why)
{
    return QCoreApplication::translate("GettextCatalog", "not a gettext catalogue: %1").arg(why);
}

} // namespace

Result<GettextCatalog> GettextCatalog::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("GettextCatalog", "%1 cannot be read: %2").arg(path, f.errorString()));
    Result<GettextCatalog> c = parse(f.readAll());
    if (!c)
        return Error(QStringLiteral("%1: %2").arg(path, c.error().message));
    return c;
}

Result<GettextCatalog> GettextCatalog::parse(const QByteArray& data)
{
    if (data.size() < kHeaderSize)
        return Error(invalid(QCoreApplication::translate("GettextCatalog", "too short")));
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    const quint32 first
        = quint32(bytes[0]) | quint32(bytes[1]) << 8 | quint32(bytes[2]) << 16 | quint32(bytes[3]) << 24;
    bool bigEndian = false;
    if (first != kMagic) {
        const quint32 swapped
            = quint32(bytes[3]) | quint32(bytes[2]) << 8 | quint32(bytes[1]) << 16 | quint32(bytes[0]) << 24;
        if (swapped != kMagic)
            return Error(invalid(QCoreApplication::translate("GettextCatalog", "wrong magic number")));
        bigEndian = true;
    }
    auto word = [&](qsizetype at) -> quint32 {
        const uchar* p = bytes + at;
        return bigEndian ? quint32(p[3]) | quint32(p[2]) << 8 | quint32(p[1]) << 16 | quint32(p[0]) << 24
                         : quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
    };
    const qsizetype size = data.size();
    const quint32 count = word(8);
    const quint32 originals = word(12);
    const quint32 translations = word(16);
    // 64-bit arithmetic: offsets near 2^32 must not wrap round into the file.
    auto tableFits = [&](quint32 at) { return quint64(at) + quint64(count) * 8 <= quint64(size); };
    if (!tableFits(originals) || !tableFits(translations))
        return Error(invalid(QCoreApplication::translate("GettextCatalog", "a string table runs past the end")));
    auto string = [&](quint32 table, quint32 k, QByteArray* out) {
        const quint32 length = word(qsizetype(table) + qsizetype(k) * 8);
        const quint32 at = word(qsizetype(table) + qsizetype(k) * 8 + 4);
        if (quint64(at) + quint64(length) >= quint64(size)) // the string's NUL must be inside too
            return false;
        *out = QByteArray(data.constData() + at, qsizetype(length));
        return true;
    };
    GettextCatalog c;
    c.m_messages.reserve(qsizetype(count));
    for (quint32 k = 0; k < count; ++k) {
        QByteArray id, text;
        if (!string(originals, k, &id) || !string(translations, k, &text))
            return Error(invalid(QCoreApplication::translate("GettextCatalog", "string %1 runs past the end").arg(k)));
        if (id.isEmpty() || text.isEmpty()) // the header entry, or an untranslated message
            continue;
        // Plural entries: "singular\0plural" → "form0\0form1…"; keep the singular.
        const qsizetype idEnd = id.indexOf('\0');
        const qsizetype textEnd = text.indexOf('\0');
        c.m_messages.insert(QString::fromUtf8(idEnd < 0 ? id : id.left(idEnd)),
            QString::fromUtf8(textEnd < 0 ? text : text.left(textEnd)));
    }
    return c;
}

} // namespace waymark
