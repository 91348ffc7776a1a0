#include "network/entitydetails.h"
#include "network/entitystyle.h"
#include "network/graphrenderer.h"
#include "network/labelplacer.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace waymark;

/// The link chart's look in models/: the entity icons, the label placer and
/// an entity's details for its tooltip.
class TestEntityStyle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every type has its own icon, drawn white on the type's colour.
    void everyTypeHasAnIcon()
    {
        QSet<QByteArray> seen;
        for (const QString& type : network::EntityStyle::types()) {
            QVERIFY2(QFile::exists(network::EntityStyle::iconPath(type)), qPrintable(type));
            const QColor fill = network::EntityStyle::typeColour(type);
            const QImage image = network::EntityStyle::entityImage(type, fill, 48);
            QCOMPARE(image.size(), QSize(48, 48));
            int white = 0, coloured = 0;
            for (int y = 0; y < 48; ++y) {
                for (int x = 0; x < 48; ++x) {
                    const QColor c = image.pixelColor(x, y);
                    white += c == QColor(Qt::white);
                    coloured += c == fill;
                }
            }
            // The icon takes a real part of the disc, and leaves the colour around it.
            QVERIFY2(white > 120 && coloured > 400,
                qPrintable(QStringLiteral("%1: %2 white, %3 coloured").arg(type).arg(white).arg(coloured)));
            // No two types look alike.
            const QImage mask = network::EntityStyle::entityImage(type, Qt::black, 24);
            seen.insert(QByteArray(reinterpret_cast<const char*>(mask.constBits()), int(mask.sizeInBytes())));
            QVERIFY(!network::EntityStyle::typeName(type).isEmpty());
        }
        QCOMPARE(seen.size(), network::EntityStyle::types().size());
        // An unknown type gets the generic icon, and its code as its name.
        QCOMPARE(network::EntityStyle::iconPath(QStringLiteral("ship")),
            network::EntityStyle::iconPath(QStringLiteral("other")));
        QCOMPARE(network::EntityStyle::typeName(QStringLiteral("ship")), QStringLiteral("ship"));
        // Small entities are discs without an icon.
        const QImage tiny = network::EntityStyle::entityImage(QStringLiteral("person"), Qt::blue, 8);
        QCOMPARE(tiny.pixelColor(4, 4), QColor(Qt::blue));
    }

    void linksReadBothWays()
    {
        QCOMPARE(network::EntityStyle::linkName(QStringLiteral("owns")), QStringLiteral("owns"));
        QCOMPARE(network::EntityStyle::linkName(QStringLiteral("owns"), true), QStringLiteral("owned by"));
        QCOMPARE(network::EntityStyle::linkName(QStringLiteral("lives_at")), QStringLiteral("lives at"));
        QCOMPARE(network::EntityStyle::linkName(QStringLiteral("lives_at"), true), QStringLiteral("home of"));
        QCOMPARE(network::EntityStyle::linkName(QStringLiteral("family"), true), QStringLiteral("family"));
        QCOMPARE(
            network::EntityStyle::linkName(QStringLiteral("sent_money_to"), true), QStringLiteral("← sent money to"));
        QVERIFY(network::EntityStyle::isMoneyLink(QStringLiteral("pays")));
        QVERIFY(!network::EntityStyle::isMoneyLink(QStringLiteral("owns")));
    }

    // A crowd of labels: none placed over another or over a disc, and the
    // first offered (the most important) always placed.
    void labelsNeverOverlap()
    {
        std::mt19937 random(7);
        std::uniform_real_distribution<double> x(0, 800), y(0, 600), w(30, 140);
        network::LabelPlacer placer(QRectF(0, 0, 800, 600));
        std::vector<QPointF> centres;
        centres.emplace_back(400, 300); // the most important, with room around it
        placer.addDisc(centres.back(), 6);
        while (centres.size() < 400) {
            const QPointF c(x(random), y(random));
            if (QLineF(c, centres.front()).length() < 160)
                continue;
            centres.push_back(c);
            placer.addDisc(c, 6);
        }
        int placed = 0;
        for (size_t i = 0; i < centres.size(); ++i) {
            const auto rect = placer.place(centres[i], 6, QSizeF(w(random), 13));
            if (i == 0)
                QVERIFY(rect);
            placed += rect.has_value();
        }
        const auto& labels = placer.placed();
        QCOMPARE(int(labels.size()), placed);
        QVERIFY2(placed > 60 && placed < 400, qPrintable(QString::number(placed)));
        for (size_t i = 0; i < labels.size(); ++i) {
            QVERIFY(QRectF(0, 0, 800, 600).contains(labels[i]));
            for (size_t j = i + 1; j < labels.size(); ++j)
                QVERIFY(!labels[i].intersects(labels[j]));
            for (const QPointF& c : centres) {
                const double nx = std::clamp(c.x(), labels[i].left(), labels[i].right());
                const double ny = std::clamp(c.y(), labels[i].top(), labels[i].bottom());
                QVERIFY(std::hypot(nx - c.x(), ny - c.y()) >= 6 - 1e-9);
            }
        }
        // A place already taken is refused.
        QVERIFY(!placer.placeAt(labels.front()));
    }

    // A tooltip's facts come from the workspace: attributes, source, grade and line.
    void detailsFromTheWorkspace()
    {
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 300);
        QVERIFY(ws);
        const qint64 id
            = ws->scalar("SELECT id FROM entities WHERE type = 'person' AND attributes LIKE '%dob%' LIMIT 1");
        QVERIFY(id > 0);
        auto details = network::EntityDetails::load(*ws, id);
        QVERIFY(details);
        QCOMPARE(details->type, QStringLiteral("person"));
        QVERIFY(!details->label.isEmpty());
        QVERIFY(std::any_of(details->attributes.begin(), details->attributes.end(),
            [](const auto& a) { return a.first == QLatin1String("dob"); }));
        QVERIFY(!details->records.isEmpty());
        QVERIFY(!details->records.front().source.isEmpty());
        QVERIFY(details->records.front().line > 1);
        QVERIFY(details->links > 0);
        const QString tip = details->toolTip();
        QVERIFY2(tip.contains(details->label.toHtmlEscaped()) && tip.contains(QLatin1String("Source:"))
                && tip.contains(QLatin1String("dob")) && tip.contains(QLatin1String("graded"))
                && tip.contains(details->records.front().extract) && tip.contains(QLatin1String(", line ")),
            qPrintable(tip));
        QVERIFY(!network::EntityDetails::load(*ws, 987654321));
    }
};

QTEST_MAIN(TestEntityStyle)
#include "tst_entitystyle.moc"
