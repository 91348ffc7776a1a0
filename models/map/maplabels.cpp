#include "map/maplabels.h"

#include "analysis/incidentsnapshot.h"
#include "geo/countrynames.h"
#include "geo/gazetteer.h"
#include "geo/geometry.h"
#include "geo/webmercator.h"
#include "map/mapviewport.h"

#include <QFontMetricsF>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace waymark::map {

std::vector<MapLabel> MapLabels::countries(const geo::VectorLayer& world)
{
    const geo::Gazetteer& g = geo::Gazetteer::instance();
    std::vector<MapLabel> out;
    for (const geo::Feature& f : world.features) {
        QString code = f.attributes.value(QStringLiteral("iso_a2")).toString();
        if (code.isEmpty())
            code = f.attributes.value(QStringLiteral("iso_a3")).toString();
        const int k = code.isEmpty() ? -1 : g.find(code);
        if (k < 0)
            continue;
        // The largest part decides: Alaska does not make the United States wider.
        QRectF largest;
        for (const QPolygonF& part : f.geometry.parts) {
            const QRectF b = geo::WebMercator::project(part.boundingRect());
            if (b.width() * b.height() > largest.width() * largest.height())
                largest = b;
        }
        const geo::Country& c = g.countries().at(k);
        MapLabel label;
        label.kind = MapLabel::Kind::Country;
        label.text = geo::CountryNames::display(c.name);
        label.anchor = QPointF(geo::WebMercator::x(c.lon), geo::WebMercator::y(c.lat));
        // A gazetteer point outside the largest part (an island state's capital): its middle.
        if (!largest.adjusted(-0.002, -0.002, 0.002, 0.002).contains(label.anchor))
            label.anchor = largest.center();
        label.extent = largest.width();
        label.priority = largest.width() * largest.height();
        out.push_back(std::move(label));
    }
    return out;
}

std::vector<MapLabel> MapLabels::cities(const analysis::IncidentSnapshot& s, const std::vector<quint32>& members)
{
    // Counted in a flat array over the gazetteer's ids (a few thousand), not
    // a hash: brushing counts every incident in the window.
    qint32 maxPlace = -1;
    for (auto it = s.places.cbegin(); it != s.places.cend(); ++it)
        maxPlace = std::max(maxPlace, it.key());
    std::vector<int> perPlace(size_t(maxPlace + 1), 0);
    const size_t end = std::min(s.place.size(), s.pointCount);
    for (quint32 i : members) {
        if (i >= end)
            continue; // no point on the map
        const qint32 place = s.place[i];
        if (place >= 0 && place <= maxPlace)
            ++perPlace[size_t(place)];
    }
    std::vector<MapLabel> out;
    for (qint32 key = 0; key <= maxPlace; ++key) {
        if (!perPlace[size_t(key)])
            continue;
        const int count = perPlace[size_t(key)];
        const auto p = s.places.constFind(key);
        if (p == s.places.cend() || !p->isCity || std::isnan(p->lon) || std::isnan(p->lat) || p->name.isEmpty())
            continue;
        MapLabel label;
        label.kind = MapLabel::Kind::City;
        label.text = p->name;
        label.anchor = QPointF(geo::WebMercator::x(p->lon), geo::WebMercator::y(p->lat));
        label.priority = count;
        out.push_back(std::move(label));
    }
    // Ties in a fixed order, so the same data always draw the same names.
    std::sort(out.begin(), out.end(), [](const MapLabel& a, const MapLabel& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.text < b.text;
    });
    return out;
}

QFont MapLabels::countryFont(const QFont& base, double k)
{
    QFont f = base;
    f.setPixelSize(std::max(1, int(std::lround(12 * k))));
    f.setBold(false);
    f.setLetterSpacing(QFont::PercentageSpacing, 104);
    return f;
}

QFont MapLabels::cityFont(const QFont& base, double k)
{
    QFont f = base;
    f.setPixelSize(std::max(1, int(std::lround(11 * k))));
    f.setBold(true);
    return f;
}

namespace {

bool touchesCircle(const QRectF& r, const QRectF& circle)
{
    const QPointF c = circle.center();
    const double radius = circle.width() / 2;
    const double dx = std::max({ r.left() - c.x(), 0.0, c.x() - r.right() });
    const double dy = std::max({ r.top() - c.y(), 0.0, c.y() - r.bottom() });
    return dx * dx + dy * dy < radius * radius;
}

} // namespace

std::vector<PlacedLabel> MapLabels::place(const std::vector<MapLabel>& countryLabels,
    const std::vector<MapLabel>& cityLabels, const MapViewport& v, const QFont& base,
    const std::vector<QRectF>& bubbles, const std::vector<QRectF>& keepClear)
{
    const double k = v.symbolScale();
    const QFont countryF = countryFont(base, k), cityF = cityFont(base, k);
    const QFontMetricsF countryM(countryF), cityM(cityF);
    const QRectF frame = QRectF(QPointF(0, 0), QSizeF(v.size())).adjusted(2 * k, 2 * k, -2 * k, -2 * k);
    const QRectF visible = v.visibleWorld();
    const double pad = 2 * k; // between two names
    std::vector<PlacedLabel> placed;
    auto free = [&](const QRectF& r) {
        if (!frame.contains(r))
            return false;
        const QRectF padded = r.adjusted(-pad, -pad, pad, pad);
        for (const PlacedLabel& o : placed) {
            if (o.rect.intersects(padded))
                return false;
        }
        for (const QRectF& b : bubbles) {
            if (b.intersects(r) && touchesCircle(r, b))
                return false;
        }
        for (const QRectF& k : keepClear) {
            if (k.intersects(r))
                return false;
        }
        return true;
    };
    // Every copy of the world on screen.
    std::vector<int> offsets;
    for (int o = int(std::floor(visible.left())); o <= int(std::floor(visible.right())); ++o)
        offsets.push_back(o);

    auto placeCountries = [&] {
        std::vector<const MapLabel*> order;
        for (const MapLabel& l : countryLabels)
            order.push_back(&l);
        std::stable_sort(
            order.begin(), order.end(), [](const MapLabel* a, const MapLabel* b) { return a->priority > b->priority; });
        const double h = countryM.height();
        for (const MapLabel* l : order) {
            const double textWidth = countryM.horizontalAdvance(l->text);
            // Named only where the country is about as wide as its name.
            if (l->extent * v.worldPixels() < textWidth * 0.8)
                continue;
            for (int o : offsets) {
                const QPointF s = v.worldToScreen(l->anchor + QPointF(o, 0));
                const QRectF r(s.x() - textWidth / 2, s.y() - h / 2, textWidth, h);
                if (free(r)) {
                    placed.push_back({ MapLabel::Kind::Country, l->text, r, s });
                }
            }
        }
    };
    auto placeCities = [&] {
        if (v.zoom() < cityZoom)
            return;
        const double h = cityM.height();
        int tried = 0;
        for (const MapLabel& l : cityLabels) {
            for (int o : offsets) {
                const QPointF s = v.worldToScreen(l.anchor + QPointF(o, 0));
                if (!frame.contains(s))
                    continue;
                if (++tried > 2000)
                    return; // the names that could fit are placed long before
                // Beside the bubble the city's incidents are drawn in, if any.
                double gap = 4 * k;
                for (const QRectF& b : bubbles) {
                    const QPointF d = b.center() - s;
                    if (std::hypot(d.x(), d.y()) <= b.width() / 2) {
                        gap = b.width() / 2 + 2 * k + std::hypot(d.x(), d.y());
                        break;
                    }
                }
                const double w = cityM.horizontalAdvance(l.text);
                const QRectF candidates[] = {
                    QRectF(s.x() + gap, s.y() - h / 2, w, h),
                    QRectF(s.x() - gap - w, s.y() - h / 2, w, h),
                    QRectF(s.x() - w / 2, s.y() - gap - h, w, h),
                    QRectF(s.x() - w / 2, s.y() + gap, w, h),
                };
                for (const QRectF& r : candidates) {
                    if (free(r)) {
                        placed.push_back({ MapLabel::Kind::City, l.text, r, s });
                        break;
                    }
                }
            }
        }
    };
    // Zoomed out, the countries are what orients; zoomed in, the cities with incidents.
    if (v.zoom() < 5) {
        placeCountries();
        placeCities();
    } else {
        placeCities();
        placeCountries();
    }
    return placed;
}

} // namespace waymark::map
