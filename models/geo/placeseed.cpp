#include "placeseed.h"

#include "geo/gazetteer.h"
#include "store/workspace.h"

#include <vector>

namespace waymark::geo {

namespace {
/// UN M49 regions and merged regions: places without a point, found by
/// name, variant and M49 code, with their member countries.
Status seedRegions(store::Workspace& ws)
{
    if (ws.scalar("SELECT EXISTS(SELECT 1 FROM places WHERE kind = 'region')") != 0)
        return Ok {};
    const Gazetteer& g = Gazetteer::instance();
    std::vector<qint64> countryIds(size_t(g.countries().size()), 0);
    {
        store::Statement st(ws.handle(), "SELECT id, iso3 FROM places WHERE kind = 'country'");
        while (st.next())
            if (const int i = g.find(st.text(1)); i >= 0)
                countryIds[size_t(i)] = st.int64(0);
    }
    store::Statement& place = ws.cached("INSERT INTO places(kind, name, m49) VALUES('region',?,?)");
    store::Statement& name = ws.cached("INSERT OR IGNORE INTO place_names(name_key, place_id) VALUES(?,?)");
    store::Statement& member = ws.cached("INSERT OR IGNORE INTO region_members(region_id, country_id) VALUES(?,?)");
    for (const Region& r : g.regions()) {
        place.bind(1, r.name);
        r.m49.isEmpty() ? place.bindNull(2) : place.bind(2, r.m49);
        if (Status st = place.exec(); !st)
            return st;
        const qint64 id = ws.lastInsertId();
        QStringList keys { r.name };
        keys += r.variants;
        if (!r.m49.isEmpty())
            keys << r.m49;
        for (const QString& key : std::as_const(keys)) {
            // A country keeps its own name ("Micronesia"): it was there first.
            if (Status st = name.bind(1, Gazetteer::nameKey(key)).bind(2, id).exec(); !st)
                return st;
        }
        for (int c : r.countries) {
            if (!countryIds[size_t(c)])
                continue;
            if (Status st = member.bind(1, id).bind(2, countryIds[size_t(c)]).exec(); !st)
                return st;
        }
    }
    return Ok {};
}
} // namespace

namespace {
/// The gazetteer's names of a country, as place_names keys.
QStringList countryKeys(const Country& c)
{
    QStringList keys { c.alpha2, c.alpha3, c.name };
    keys += c.variants;
    if (!c.numeric.isEmpty())
        keys << c.numeric;
    for (QString& key : keys)
        key = Gazetteer::nameKey(key);
    return keys;
}

/// Which of the gazetteer's names a workspace's place_names holds: 2 adds
/// nationalities ("Romanian", "British"). A workspace seeded before gets
/// the names it lacks at its next import; a name it already gives to a
/// place of its own stays that place's.
const char* const namesVersionKey = "place_names_version";
constexpr int namesVersion = 2;

Status addMissingCountryNames(store::Workspace& ws)
{
    if (ws.meta(QLatin1String(namesVersionKey)).toInt() >= namesVersion)
        return Ok {};
    store::Statement& name = ws.cached("INSERT OR IGNORE INTO place_names(name_key, place_id) "
                                       "SELECT ?1, id FROM places WHERE kind = 'country' AND iso3 = ?2");
    for (const Country& c : Gazetteer::instance().countries()) {
        for (const QString& key : countryKeys(c)) {
            if (Status st = name.bind(1, key).bind(2, c.alpha3).exec(); !st)
                return st;
        }
    }
    return ws.setMeta(QLatin1String(namesVersionKey), QString::number(namesVersion));
}
} // namespace

Status seedCountries(store::Workspace& ws)
{
    if (ws.scalar("SELECT EXISTS(SELECT 1 FROM places WHERE kind = 'country')") != 0) {
        if (Status st = addMissingCountryNames(ws); !st)
            return st;
        return seedRegions(ws);
    }
    const auto& countries = Gazetteer::instance().countries();
    store::Statement& place
        = ws.cached("INSERT INTO places(kind, iso2, iso3, name, lon, lat) VALUES('country',?,?,?,?,?)");
    store::Statement& name = ws.cached("INSERT OR IGNORE INTO place_names(name_key, place_id) VALUES(?,?)");
    for (const Country& c : countries) {
        place.bind(1, c.alpha2).bind(2, c.alpha3).bind(3, c.name).bind(4, c.lon).bind(5, c.lat);
        if (Status st = place.exec(); !st)
            return st;
        const qint64 id = ws.lastInsertId();
        for (const QString& key : countryKeys(c)) {
            name.bind(1, key).bind(2, id);
            if (Status st = name.exec(); !st)
                return st;
        }
    }
    if (Status st = ws.setMeta(QLatin1String(namesVersionKey), QString::number(namesVersion)); !st)
        return st;
    return seedRegions(ws);
}

} // namespace waymark::geo
