#include "placeseed.h"

#include "geo/gazetteer.h"
#include "store/workspace.h"

namespace waymark::geo {

Status seedCountries(store::Workspace& ws)
{
    if (ws.scalar("SELECT EXISTS(SELECT 1 FROM places WHERE kind = 'country')") != 0)
        return Ok {};
    const auto& countries = Gazetteer::instance().countries();
    store::Statement& place
        = ws.cached("INSERT INTO places(kind, iso2, iso3, name, lon, lat) VALUES('country',?,?,?,?,?)");
    store::Statement& name = ws.cached("INSERT OR IGNORE INTO place_names(name_key, place_id) VALUES(?,?)");
    for (const Country& c : countries) {
        place.bind(1, c.alpha2).bind(2, c.alpha3).bind(3, c.name).bind(4, c.lon).bind(5, c.lat);
        if (Status st = place.exec(); !st)
            return st;
        const qint64 id = ws.lastInsertId();
        QStringList keys { c.alpha2, c.alpha3, c.name };
        keys += c.variants;
        if (!c.numeric.isEmpty())
            keys << c.numeric;
        for (const QString& key : std::as_const(keys)) {
            name.bind(1, Gazetteer::nameKey(key)).bind(2, id);
            if (Status st = name.exec(); !st)
                return st;
        }
    }
    return Ok {};
}

} // namespace waymark::geo
