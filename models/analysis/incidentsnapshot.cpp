#include "analysis/incidentsnapshot.h"
#include "analysis/workspacefacts.h"

#include "core/logging.h"
#include "geo/countrynames.h"
#include "geo/webmercator.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <cmath>
#include <mutex>
#include <numeric>

namespace waymark::analysis {

namespace {

quint64 spread(quint32 v)
{
    quint64 x = v;
    x = (x | (x << 16)) & 0x0000FFFF0000FFFFull;
    x = (x | (x << 8)) & 0x00FF00FF00FF00FFull;
    x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0Full;
    x = (x | (x << 2)) & 0x3333333333333333ull;
    x = (x | (x << 1)) & 0x5555555555555555ull;
    return x;
}

quint32 fixed(double unit)
{
    const double c = std::clamp(unit, 0.0, 1.0) * 4294967296.0;
    return c >= 4294967295.0 ? 0xFFFFFFFFu : quint32(c);
}

} // namespace

quint64 IncidentSnapshot::mortonCode(double x, double y)
{
    // y in the high bit of each pair, so level-L cells are the top 2L bits.
    return (spread(fixed(y)) << 1) | spread(fixed(x));
}

bool IncidentSnapshot::inWindow(size_t i, std::optional<qint64> from, std::optional<qint64> to) const
{
    if (!from && !to)
        return true;
    if (dayFrom[i] == noDay)
        return false;
    return (!from || dayTo[i] >= *from) && (!to || dayFrom[i] <= *to);
}

std::vector<quint32> IncidentSnapshot::indicesInWindow(std::optional<qint64> from, std::optional<qint64> to) const
{
    std::vector<quint32> out(size());
    if (!from && !to) {
        std::iota(out.begin(), out.end(), 0u);
        return out;
    }
    // inWindow() unrolled over the raw arrays: brushing the timeline runs
    // this over every incident, and the compiler keeps this loop branch-free.
    const qint64 lo = from ? *from : std::numeric_limits<qint64>::min();
    const qint64 hi = to ? *to : std::numeric_limits<qint64>::max();
    const qint32* a = dayFrom.data();
    const qint32* b = dayTo.data();
    size_t n = 0;
    for (size_t i = 0; i < out.size(); ++i) {
        out[n] = quint32(i);
        n += (a[i] != noDay) & (b[i] >= lo) & (a[i] <= hi);
    }
    out.resize(n);
    return out;
}

std::vector<quint32> IncidentSnapshot::indicesOf(const std::vector<qint64>& sortedIds) const
{
    static std::mutex mutex;
    {
        std::lock_guard lock(mutex);
        if (m_byId.size() != size()) {
            m_byId.resize(size());
            std::iota(m_byId.begin(), m_byId.end(), 0u);
            std::sort(m_byId.begin(), m_byId.end(), [this](quint32 a, quint32 b) { return ids[a] < ids[b]; });
        }
    }
    std::vector<quint32> out;
    auto s = sortedIds.begin();
    for (quint32 idx : m_byId) {
        while (s != sortedIds.end() && *s < ids[idx])
            ++s;
        if (s == sortedIds.end())
            break;
        if (*s == ids[idx])
            out.push_back(idx);
    }
    std::sort(out.begin(), out.end());
    return out;
}

qint32 IncidentSnapshot::countryOf(qint32 place) const
{
    auto it = places.constFind(place);
    return it == places.cend() ? -1 : it->country;
}

IncidentSnapshot::PlaceTable IncidentSnapshot::placeTable() const
{
    qint32 maxPlace = -1;
    for (auto it = places.cbegin(); it != places.cend(); ++it)
        maxPlace = std::max(maxPlace, it.key());
    PlaceTable t;
    // Ids are the workspace's row ids: dense in practice; a hostile gap is capped.
    maxPlace = std::min(maxPlace, qint32(64 * 1024 * 1024));
    t.countries.assign(size_t(maxPlace) + 2, -1);
    t.placedCities.assign(size_t(maxPlace) + 2, 0);
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        if (it.key() < 0 || it.key() > maxPlace)
            continue;
        t.countries[size_t(it.key()) + 1] = it->country;
        t.placedCities[size_t(it.key()) + 1] = it->isCity && !std::isnan(it->lon);
    }
    return t;
}

Result<std::shared_ptr<const IncidentSnapshot>> IncidentSnapshot::load(
    store::Workspace& ws, const Filter& filter, Feedback& feedback)
{
    auto snap = std::make_shared<IncidentSnapshot>();
    snap->filter = filter;
    if (Status st = loadMeta(ws, *snap); !st)
        return st.error();
    return loadIncidents(ws, std::move(snap), feedback);
}

Status IncidentSnapshot::loadMeta(store::Workspace& ws, IncidentSnapshot& out)
{
    IncidentSnapshot* snap = &out;
    {
        auto& st = ws.cached("SELECT id, kind, iso2, iso3, name, country_id, lon, lat FROM places");
        while (st.next()) {
            PlaceInfo p;
            p.isCity = st.text(1) == QLatin1String("city");
            p.iso2 = st.text(2);
            p.iso3 = st.text(3);
            // Countries show in the interface language; their English names stay the lookup keys.
            p.name = p.isCity ? st.text(4) : geo::CountryNames::display(st.text(4));
            p.country = p.isCity ? (st.isNull(5) ? -1 : qint32(st.int64(5))) : qint32(st.int64(0));
            p.lon = st.isNull(6) ? qQNaN() : st.real(6);
            p.lat = st.isNull(7) ? qQNaN() : st.real(7);
            snap->places.insert(qint32(st.int64(0)), p);
        }
        if (Error e = st.error(); !e.message.isEmpty())
            return e;
    }
    {
        auto& st = ws.cached("SELECT id, name, kind, coalesce(source_grade, '') FROM sources");
        while (st.next()) {
            const qint32 id = qint32(st.int64(0));
            snap->sourceNames.insert(id, st.text(1));
            snap->sourceKinds.insert(id, st.text(2));
            snap->sourceGrades.insert(id, st.text(3));
        }
        if (Error e = st.error(); !e.message.isEmpty())
            return e;
    }
    snap->dataDate = WorkspaceFacts::dataDate(ws);
    return Ok {};
}

Result<std::shared_ptr<const IncidentSnapshot>> IncidentSnapshot::loadIncidents(
    store::Workspace& ws, std::shared_ptr<IncidentSnapshot> snap, Feedback& feedback)
{
    QElapsedTimer clock;
    clock.start();
    Filter untimed = snap->filter;
    untimed.dayFrom.reset();
    untimed.dayTo.reset();
    const Filter::Sql where = untimed.sql();
    const qint64 total = ws.scalar("SELECT count(*) FROM incidents");
    store::Statement st(ws.handle(),
        QStringLiteral("SELECT i.id, i.lon, i.lat, i.place_id, i.day_from, i.day_to, i.exploitation, "
                       "i.victims, i.origin_id, i.destination_id, i.source_id, coalesce(i.age_band, ''), "
                       "coalesce(i.gender, '') FROM incidents i WHERE %1")
            .arg(where.where)
            .toStdString());
    if (!st.isValid())
        return st.prepareError();
    for (int k = 0; k < where.values.size(); ++k)
        st.bind(k + 1, where.values[k]);

    struct Row {
        quint64 morton;
        quint32 order;
    };
    IncidentSnapshot raw;
    std::vector<Row> order;
    order.reserve(size_t(total));
    auto reserve = [&](auto& v) { v.reserve(size_t(total)); };
    reserve(raw.ids), reserve(raw.x), reserve(raw.y), reserve(raw.lon), reserve(raw.lat), reserve(raw.dayFrom),
        reserve(raw.dayTo);
    reserve(raw.exploitation), reserve(raw.victims), reserve(raw.country), reserve(raw.place), reserve(raw.origin);
    reserve(raw.destination), reserve(raw.located), reserve(raw.source), reserve(raw.ageBand), reserve(raw.gender);
    // A few distinct codes over a million rows: the text is looked up, not copied.
    QHash<QByteArray, quint16> ageCodes { { QByteArray(), 0 } }, genderCodes { { QByteArray(), 0 } };
    bool tooMany = false;
    auto code = [&](int column, QHash<QByteArray, quint16>& codes, QStringList& names) -> quint16 {
        const QByteArray text = st.utf8View(column);
        if (auto it = codes.constFind(text); it != codes.cend())
            return *it;
        if (names.size() > std::numeric_limits<quint16>::max()) {
            tooMany = true;
            return 0;
        }
        const quint16 c = quint16(names.size());
        codes.insert(QByteArray(text.constData(), text.size()), c);
        names << QString::fromUtf8(text);
        return c;
    };
    qint64 n = 0;
    while (st.next()) {
        if ((++n & 0xFFFF) == 0) {
            if (feedback.isCanceled())
                return Error { QCoreApplication::translate("IncidentSnapshot", "Canceled"), {} };
            feedback.setProgress(total ? double(n) / double(total) : 0);
        }
        const qint32 place = st.isNull(3) ? -1 : qint32(st.int64(3));
        double lon = st.isNull(1) ? qQNaN() : st.real(1);
        double lat = st.isNull(2) ? qQNaN() : st.real(2);
        const PlaceInfo* p = place >= 0 ? &*snap->places.constFind(place) : nullptr;
        if (p && std::isnan(lon) && p->isCity) {
            lon = p->lon;
            lat = p->lat;
        }
        Located where = Located::Nowhere;
        if (!std::isnan(lon) && !std::isnan(lat))
            where = Located::Point;
        else if (p)
            where = Located::CountryOnly;
        const double wx = where == Located::Point ? geo::WebMercator::x(lon) : qQNaN();
        const double wy = where == Located::Point ? geo::WebMercator::y(lat) : qQNaN();
        // Unlocated incidents sort after every point: country-only, then nowhere.
        const quint64 key = where == Located::Point ? mortonCode(wx, wy)
            : where == Located::CountryOnly         ? ~quint64(1)
                                                    : ~quint64(0);
        order.push_back({ key, quint32(raw.ids.size()) });
        raw.ids.push_back(st.int64(0));
        raw.x.push_back(wx);
        raw.y.push_back(wy);
        raw.lon.push_back(where == Located::Point ? float(lon) : qQNaN());
        raw.lat.push_back(where == Located::Point ? float(lat) : qQNaN());
        raw.dayFrom.push_back(st.isNull(4) ? noDay : qint32(st.int64(4)));
        raw.dayTo.push_back(st.isNull(5) ? noDay : qint32(st.int64(5)));
        raw.exploitation.push_back(quint32(st.int64(6)));
        raw.victims.push_back(qint32(st.int64(7)));
        raw.country.push_back(p ? p->country : -1);
        raw.place.push_back(place);
        raw.origin.push_back(st.isNull(8) ? -1 : qint32(st.int64(8)));
        raw.destination.push_back(st.isNull(9) ? -1 : qint32(st.int64(9)));
        raw.located.push_back(where);
        raw.source.push_back(st.isNull(10) ? -1 : qint32(st.int64(10)));
        raw.ageBand.push_back(code(11, ageCodes, snap->ageBands));
        raw.gender.push_back(code(12, genderCodes, snap->genders));
    }
    if (Error e = st.error(); !e.message.isEmpty())
        return e;

    std::stable_sort(order.begin(), order.end(), [](const Row& a, const Row& b) { return a.morton < b.morton; });
    const size_t count = order.size();
    auto permute = [&](auto& dst, const auto& src) {
        dst.resize(count);
        for (size_t i = 0; i < count; ++i)
            dst[i] = src[order[i].order];
    };
    permute(snap->ids, raw.ids);
    permute(snap->x, raw.x);
    permute(snap->y, raw.y);
    permute(snap->lon, raw.lon);
    permute(snap->lat, raw.lat);
    permute(snap->dayFrom, raw.dayFrom);
    permute(snap->dayTo, raw.dayTo);
    permute(snap->exploitation, raw.exploitation);
    permute(snap->victims, raw.victims);
    permute(snap->country, raw.country);
    permute(snap->place, raw.place);
    permute(snap->origin, raw.origin);
    permute(snap->destination, raw.destination);
    permute(snap->located, raw.located);
    permute(snap->source, raw.source);
    permute(snap->ageBand, raw.ageBand);
    permute(snap->gender, raw.gender);
    if (tooMany) { // free text, not codes: the breakdown asks SQLite instead
        snap->ageBands.clear();
        snap->genders.clear();
        std::fill(snap->ageBand.begin(), snap->ageBand.end(), 0);
        std::fill(snap->gender.begin(), snap->gender.end(), 0);
    }
    snap->morton.resize(count);
    for (size_t i = 0; i < count; ++i) {
        snap->morton[i] = order[i].morton;
        if (snap->located[i] == Located::Point)
            ++snap->pointCount;
        else if (snap->located[i] == Located::CountryOnly)
            ++snap->countryOnlyCount;
    }

    // Route legs of the incidents in the snapshot, in travel order. Ids to
    // indices through a sorted array: a third of a hash table's memory.
    std::vector<std::pair<qint64, quint32>> indexOf(count);
    for (size_t i = 0; i < count; ++i)
        indexOf[i] = { snap->ids[i], quint32(i) };
    std::sort(indexOf.begin(), indexOf.end());
    auto& legs = ws.cached("SELECT incident_id, from_place_id, to_place_id FROM route_legs ORDER BY incident_id, seq");
    while (legs.next()) {
        const qint64 id = legs.int64(0);
        auto it = std::lower_bound(indexOf.begin(), indexOf.end(), std::make_pair(id, quint32(0)));
        if (it != indexOf.end() && it->first == id)
            snap->legs.push_back({ it->second, qint32(legs.int64(1)), qint32(legs.int64(2)) });
    }
    if (Error e = legs.error(); !e.message.isEmpty())
        return e;
    std::stable_sort(
        snap->legs.begin(), snap->legs.end(), [](const Leg& a, const Leg& b) { return a.incident < b.incident; });
    snap->legs.shrink_to_fit();
    feedback.setProgress(1.0);
    raw = IncidentSnapshot();
    std::vector<Row>().swap(order);
    std::vector<std::pair<qint64, quint32>>().swap(indexOf);
#ifdef __GLIBC__
    // Hand the load's scratch arrays back to the system: a million incidents
    // needed about twice the snapshot's size while sorting.
    malloc_trim(0);
#endif
    qCDebug(lcAnalysis) << "snapshot of" << snap->size() << "incidents loaded in" << clock.elapsed() << "ms";
    return std::shared_ptr<const IncidentSnapshot>(std::move(snap));
}

} // namespace waymark::analysis
