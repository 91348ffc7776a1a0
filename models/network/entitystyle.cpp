#include "entitystyle.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>
#include <memory>

namespace waymark::network {

namespace {

/// The icons' SVG text, read once from the resources.
const QByteArray& iconSvg(const QString& type)
{
    static QMutex mutex;
    static QHash<QString, QByteArray> loaded;
    const QMutexLocker lock(&mutex);
    auto it = loaded.find(type);
    if (it == loaded.end()) {
        QFile file(EntityStyle::iconPath(type));
        it = loaded.insert(type, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return it.value();
}

/// The part of an entity's disc the icon takes: a square inside the circle.
QRectF iconSquare(const QRectF& disc)
{
    const double side = disc.width() * 0.6;
    return QRectF(disc.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
}

} // namespace

const QStringList& EntityStyle::types()
{
    static const QStringList list { QStringLiteral("person"), QStringLiteral("business"),
        QStringLiteral("organisation"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("address"),
        QStringLiteral("account"), QStringLiteral("vehicle"), QStringLiteral("online_ad"), QStringLiteral("location"),
        QStringLiteral("other") };
    return list;
}

QColor EntityStyle::typeColour(const QString& type)
{
    static const QHash<QString, QColor> colours {
        { QStringLiteral("person"), QColor(0x1f, 0x77, 0xb4) },
        { QStringLiteral("organisation"), QColor(0x8c, 0x56, 0x4b) },
        { QStringLiteral("business"), QColor(0xd6, 0x27, 0x28) },
        { QStringLiteral("phone"), QColor(0x2c, 0xa0, 0x2c) },
        { QStringLiteral("email"), QColor(0x17, 0xbe, 0xcf) },
        { QStringLiteral("address"), QColor(0x94, 0x67, 0xbd) },
        { QStringLiteral("account"), QColor(0xff, 0x7f, 0x0e) },
        { QStringLiteral("vehicle"), QColor(0x7f, 0x7f, 0x7f) },
        { QStringLiteral("online_ad"), QColor(0xe3, 0x77, 0xc2) },
        { QStringLiteral("location"), QColor(0xbc, 0xbd, 0x22) },
    };
    return colours.value(type, QColor(0x55, 0x55, 0x55));
}

QString EntityStyle::typeName(const QString& type)
{
    if (type == QLatin1String("person"))
        return tr("Person");
    if (type == QLatin1String("business"))
        return tr("Business");
    if (type == QLatin1String("organisation"))
        return tr("Organisation");
    if (type == QLatin1String("phone"))
        return tr("Phone");
    if (type == QLatin1String("email"))
        return tr("E-mail");
    if (type == QLatin1String("address"))
        return tr("Address");
    if (type == QLatin1String("account"))
        return tr("Account");
    if (type == QLatin1String("vehicle"))
        return tr("Vehicle");
    if (type == QLatin1String("online_ad"))
        return tr("Online ad");
    if (type == QLatin1String("location"))
        return tr("Location");
    if (type == QLatin1String("other") || type.isEmpty())
        return tr("Other");
    return type;
}

QString EntityStyle::iconPath(const QString& type)
{
    return types().contains(type) ? QStringLiteral(":/waymark/icons/%1.svg").arg(type)
                                  : QStringLiteral(":/waymark/icons/other.svg");
}

void EntityStyle::paintIcon(QPainter& p, const QString& type, const QRectF& square)
{
    const QByteArray& svg = iconSvg(types().contains(type) ? type : QStringLiteral("other"));
    if (svg.isEmpty())
        return;
    // A renderer per call: QSvgRenderer is not for sharing across threads,
    // and parsing a dozen paths costs microseconds.
    QSvgRenderer renderer(svg);
    renderer.render(&p, square);
}

void EntityStyle::paintEntity(QPainter& p, const QString& type, const QRectF& disc, const QColor& fill)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPen outline(Qt::white, std::max(1.0, disc.width() / 24));
    p.setPen(outline);
    p.setBrush(fill);
    p.drawEllipse(disc);
    if (disc.width() >= 11)
        paintIcon(p, type, iconSquare(disc));
    p.restore();
}

QImage EntityStyle::entityImage(const QString& type, const QColor& fill, int pixels)
{
    static QMutex mutex;
    static QHash<QString, QImage> cache;
    pixels = std::clamp(pixels, 2, 512);
    const QString key
        = type + QLatin1Char('|') + QString::number(fill.rgba(), 16) + QLatin1Char('|') + QString::number(pixels);
    {
        const QMutexLocker lock(&mutex);
        if (auto it = cache.constFind(key); it != cache.constEnd())
            return it.value();
    }
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        paintEntity(p, type, QRectF(0.5, 0.5, pixels - 1, pixels - 1), fill);
    }
    const QMutexLocker lock(&mutex);
    if (cache.size() > 2000)
        cache.clear();
    cache.insert(key, image);
    return image;
}

QString EntityStyle::linkName(const QString& type, bool backwards)
{
    struct Words {
        const char* code;
        const char* forwards;
        const char* backwards;
    };
    // Both readings of each link type of the hub's taxonomy (Taxonomy::linkTypes).
    static const Words words[] = {
        { "associate", QT_TR_NOOP("associate"), QT_TR_NOOP("associate") },
        { "family", QT_TR_NOOP("family"), QT_TR_NOOP("family") },
        { "employs", QT_TR_NOOP("employs"), QT_TR_NOOP("employed by") },
        { "owns", QT_TR_NOOP("owns"), QT_TR_NOOP("owned by") },
        { "lives_at", QT_TR_NOOP("lives at"), QT_TR_NOOP("home of") },
        { "calls", QT_TR_NOOP("calls"), QT_TR_NOOP("called by") },
        { "pays", QT_TR_NOOP("pays"), QT_TR_NOOP("paid by") },
        { "advertises", QT_TR_NOOP("advertises"), QT_TR_NOOP("advertised by") },
        { "recruited", QT_TR_NOOP("recruited"), QT_TR_NOOP("recruited by") },
        { "uses", QT_TR_NOOP("uses"), QT_TR_NOOP("used by") },
    };
    for (const Words& w : words) {
        if (type == QLatin1String(w.code))
            return tr(backwards ? w.backwards : w.forwards);
    }
    QString name = type;
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return backwards ? QString(QStringLiteral("← ") + name) : name;
}

bool EntityStyle::isMoneyLink(const QString& type)
{
    return type == QLatin1String("pays") || type == QLatin1String("transfer") || type == QLatin1String("payment");
}

} // namespace waymark::network
