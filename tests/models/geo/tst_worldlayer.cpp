#include "geo/worldlayer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace waymark::geo;

namespace {
const Feature* byCode(const VectorLayer& layer, const char* alpha2)
{
    for (const Feature& f : layer.features)
        if (f.attributes.value(QStringLiteral("iso_a2")).toString() == QLatin1String(alpha2))
            return &f;
    return nullptr;
}
} // namespace

class TestWorldLayer : public QObject {
    Q_OBJECT
private:
    VectorLayer m_layer;

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        auto layer = WorldLayer::load();
        QVERIFY2(layer.ok(), qPrintable(layer.error().message));
        qInfo("built-in world layer: %d features, %lld ms", int(layer->features.size()), timer.elapsed());
        m_layer = std::move(layer.value());
    }

    void shape()
    {
        QCOMPARE(m_layer.name, QStringLiteral("countries"));
        QCOMPARE(m_layer.source, QStringLiteral(":builtin"));
        QCOMPARE(m_layer.geometryType, GeometryType::MultiPolygon);
        QCOMPARE(m_layer.skipped, 0);
        QVERIFY(m_layer.warnings.isEmpty());
        QVERIFY(m_layer.features.size() >= 200);
        QVERIFY(m_layer.bounds.left() >= -180 && m_layer.bounds.right() <= 180);
        QVERIFY(m_layer.bounds.top() >= -90 && m_layer.bounds.bottom() <= 90);
        QVERIFY(m_layer.bounds.width() > 359 && m_layer.bounds.height() > 170);
        int vertices = 0;
        for (const Feature& f : m_layer.features) {
            QCOMPARE(f.geometry.type, GeometryType::MultiPolygon);
            QVERIFY(!f.geometry.isEmpty());
            vertices += f.geometry.vertexCount();
        }
        // 1:10m generalised: far more detail than Natural Earth's 1:110m (about 10,000 vertices).
        QVERIFY2(vertices > 150000, qPrintable(QString::number(vertices)));
    }

    void everyFeatureHasACodeOrIsAKnownException()
    {
        // Natural Earth areas with no ISO 3166 code of their own (scripts/make-world.py).
        const QStringList exceptions { "Spratly Islands", "Somaliland", "Dhekelia", "Northern Cyprus",
            "Guantanamo Bay USNB", "Clipperton Island", "Kashmir", "Akrotiri", "Baykonur lease in Qyzylorda" };
        QSet<QString> codes;
        for (const Feature& f : m_layer.features) {
            const QString a2 = f.attributes.value(QStringLiteral("iso_a2")).toString();
            const QString a3 = f.attributes.value(QStringLiteral("iso_a3")).toString();
            const QString name = f.attributes.value(QStringLiteral("name")).toString();
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(f.fid)));
            if (a2.isEmpty()) {
                QVERIFY2(exceptions.contains(name), qPrintable(name));
                continue;
            }
            QVERIFY2(a2.size() == 2 && a2 == a2.toUpper(), qPrintable(name));
            QVERIFY2(a3.size() == 3, qPrintable(name));
            QVERIFY2(!codes.contains(a2), qPrintable(a2));
            codes.insert(a2);
        }
        for (const char* c : { "FR", "NO", "XK", "GB", "US", "CN", "RU", "NG", "AU" })
            QVERIFY2(codes.contains(QLatin1String(c)), c);
    }

    void franceContainsParisNotMadrid()
    {
        const Feature* france = byCode(m_layer, "FR");
        QVERIFY(france);
        QCOMPARE(france->attributes.value(QStringLiteral("iso_a3")).toString(), QStringLiteral("FRA"));
        QVERIFY(france->geometry.contains({ 2.35, 48.86 }));
        QVERIFY(!france->geometry.contains({ -3.70, 40.42 }));
        const Feature* spain = byCode(m_layer, "ES");
        QVERIFY(spain && spain->geometry.contains({ -3.70, 40.42 }));
        QVERIFY(!spain->geometry.contains({ 2.35, 48.86 }));
        // Lesotho is a hole in South Africa.
        const Feature* za = byCode(m_layer, "ZA");
        QVERIFY(za && za->geometry.contains({ 28.05, -26.2 }) && !za->geometry.contains({ 28.23, -29.6 }));
    }

    void brazilBounds()
    {
        const Feature* brazil = byCode(m_layer, "BR");
        QVERIFY(brazil);
        const QRectF b = brazil->geometry.bounds;
        // Mainland from about 74.0° W to 34.8° W and 33.75° S to 5.27° N; islands reach 28.8° W (Trindade, 29.3° W).
        QVERIFY2(b.left() > -74.2 && b.left() < -73.7, qPrintable(QString::number(b.left())));
        QVERIFY2(b.right() > -29.5 && b.right() < -28.5, qPrintable(QString::number(b.right())));
        QVERIFY2(b.top() > -34 && b.top() < -33.5, qPrintable(QString::number(b.top())));
        QVERIFY2(b.bottom() > 5 && b.bottom() < 5.4, qPrintable(QString::number(b.bottom())));
        QVERIFY(brazil->geometry.contains({ -47.9, -15.8 })); // Brasília
    }

    void sharedIsTheSame()
    {
        const auto& shared = WorldLayer::shared();
        QVERIFY(shared.ok());
        QCOMPARE(shared->features.size(), m_layer.features.size());
        QVERIFY(&WorldLayer::shared() == &shared);
    }
};

QTEST_GUILESS_MAIN(TestWorldLayer)
#include "tst_worldlayer.moc"
