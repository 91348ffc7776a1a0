#include "gazetteer.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

static void initWaymarkResources()
{
    Q_INIT_RESOURCE(models);
}

namespace waymark::geo {

namespace {
int letter(char c)
{
    if (c >= 'a' && c <= 'z')
        c = char(c - 'a' + 'A');
    return (c >= 'A' && c <= 'Z') ? c - 'A' : -1;
}

QList<QByteArrayList> readTable(const QString& path)
{
    QFile f(path);
    QList<QByteArrayList> rows;
    if (!f.open(QIODevice::ReadOnly))
        qFatal("Waymark: the built-in table %s is missing from the build", qPrintable(path));
    bool header = true;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().chopped(1);
        if (line.startsWith('#') || line.isEmpty())
            continue;
        if (std::exchange(header, false))
            continue;
        rows << line.split('\t');
    }
    return rows;
}
} // namespace

const Gazetteer& Gazetteer::instance()
{
    static const Gazetteer g;
    return g;
}

Gazetteer::Gazetteer()
{
    initWaymarkResources();
    std::fill(std::begin(m_byAlpha3), std::end(m_byAlpha3), -1);
    std::fill(std::begin(m_byAlpha2), std::end(m_byAlpha2), -1);
    for (const QByteArrayList& row : readTable(QStringLiteral(":/waymark/gazetteer/countries.tsv"))) {
        if (row.size() < 7)
            continue;
        Country c;
        c.alpha2 = QString::fromLatin1(row[0]);
        c.alpha3 = QString::fromLatin1(row[1]);
        c.numeric = QString::fromLatin1(row[2]);
        c.name = QString::fromUtf8(row[3]);
        c.lon = row[4].toDouble();
        c.lat = row[5].toDouble();
        if (!row[6].isEmpty())
            c.variants = QString::fromUtf8(row[6]).split(QLatin1Char(';'));
        const int index = int(m_countries.size());
        QStringList keys { c.alpha2, c.alpha3, c.name };
        keys += c.variants;
        if (!c.numeric.isEmpty())
            keys << c.numeric;
        for (const QString& k : std::as_const(keys))
            m_byKey.insert(nameKey(k), index);
        const QByteArray a3 = row[1], a2 = row[0];
        m_byAlpha3[(letter(a3[0]) * 26 + letter(a3[1])) * 26 + letter(a3[2])] = index;
        m_byAlpha2[letter(a2[0]) * 26 + letter(a2[1])] = index;
        m_countries << c;
    }
    readRegions();
    for (const QByteArrayList& row : readTable(QStringLiteral(":/waymark/gazetteer/currencies.tsv")))
        m_currencies.insert(row.value(0));
}

void Gazetteer::readRegions()
{
    // m49, name, parent, variants, members (alpha-3), parts (M49 codes of a merged region's regions)
    const QList<QByteArrayList> rows = readTable(QStringLiteral(":/waymark/gazetteer/regions.tsv"));
    QHash<QString, int> byCode;
    for (const QByteArrayList& row : rows) {
        Region r;
        r.m49 = QString::fromLatin1(row.value(0));
        r.name = QString::fromUtf8(row.value(1));
        if (!row.value(3).isEmpty())
            r.variants = QString::fromUtf8(row.value(3)).split(QLatin1Char(';'));
        const int index = int(m_regions.size());
        if (!r.m49.isEmpty())
            byCode.insert(r.m49, index);
        QStringList keys { r.name };
        keys += r.variants;
        if (!r.m49.isEmpty())
            keys << r.m49;
        for (const QString& k : std::as_const(keys))
            m_regionByKey.insert(nameKey(k), index);
        m_regions << r;
    }
    // Parents, parts and members: a region holds its own members and its subregions' ones.
    for (int i = 0; i < rows.size(); ++i) {
        const QByteArrayList& row = rows.at(i);
        Region& r = m_regions[i];
        r.parent = byCode.value(QString::fromLatin1(row.value(2)), -1);
        for (const QByteArray& code : row.value(5).split(' '))
            if (const int part = byCode.value(QString::fromLatin1(code), -1); part >= 0)
                r.parts << part;
        for (const QByteArray& code : row.value(4).split(' ')) {
            const int c = findCode(std::string_view(code.constData(), size_t(code.size())));
            if (c < 0)
                continue;
            for (int at = i; at >= 0; at = m_regions.at(at).parent)
                if (!m_regions[at].countries.contains(c))
                    m_regions[at].countries << c;
        }
    }
    for (Region& r : m_regions) {
        for (int part : std::as_const(r.parts))
            for (int c : std::as_const(m_regions.at(part).countries))
                if (!r.countries.contains(c))
                    r.countries << c;
        std::sort(r.countries.begin(), r.countries.end());
    }
}

int Gazetteer::findRegion(const QString& codeOrName) const
{
    return m_regionByKey.value(nameKey(codeOrName), -1);
}

int Gazetteer::find(const QString& codeOrName) const
{
    return m_byKey.value(nameKey(codeOrName), -1);
}

int Gazetteer::findCode(std::string_view code) const
{
    if (code.size() == 3) {
        const int a = letter(code[0]), b = letter(code[1]), c = letter(code[2]);
        if (a >= 0 && b >= 0 && c >= 0)
            return m_byAlpha3[(a * 26 + b) * 26 + c];
    } else if (code.size() == 2) {
        const int a = letter(code[0]), b = letter(code[1]);
        if (a >= 0 && b >= 0)
            return m_byAlpha2[a * 26 + b];
    }
    return -1;
}

bool Gazetteer::isCurrency(std::string_view code) const
{
    return m_currencies.contains(QByteArray(code.data(), qsizetype(code.size())).toUpper());
}

QString Gazetteer::nameKey(const QString& name)
{
    QString key = name.normalized(QString::NormalizationForm_KD);
    key.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    key = key.toCaseFolded();
    key.replace(QLatin1Char('-'), QLatin1Char(' '));
    key.replace(QChar(0x2013), QLatin1Char(' ')); // en dash: "South–Eastern Asia"
    key.replace(QChar(0x2014), QLatin1Char(' '));
    key.replace(QChar(0x2019), QLatin1Char('\''));
    return key.simplified();
}

} // namespace waymark::geo
