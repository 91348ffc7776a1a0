#include "specguesser.h"

#include "core/fuzzydate.h"
#include "core/taxonomy.h"
#include "geo/gazetteer.h"
#include "ingest/tablesource.h"
#include "ingest/tablesourcefactory.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace waymark::ingest {

namespace {

/// Words of a header, lower case: "Origin_Lat" → {origin, lat}; "judgementDate" → {judgement, date}.
QStringList words(const QString& header)
{
    QString spaced;
    for (int i = 0; i < header.size(); ++i) {
        const QChar c = header.at(i);
        if (i > 0 && c.isUpper() && header.at(i - 1).isLower())
            spaced += QLatin1Char(' ');
        spaced += c.isLetterOrNumber() ? c.toLower() : QChar(QLatin1Char(' '));
    }
    return spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool hasWord(const QStringList& w, std::initializer_list<const char*> any)
{
    for (const char* a : any)
        if (w.contains(QLatin1String(a)))
            return true;
    return false;
}

/// What the sampled values of one column look like.
struct Profile {
    int index = -1;
    QString name;
    QStringList w; ///< words of the header
    QStringList values; ///< non-missing, trimmed
    int numeric = 0, integer = 0;
    double min = 1e300, max = -1e300;
    int countries = 0;
    QString separator; ///< the separator most multi-valued cells use
    int multi = 0; ///< cells holding it
    int distinct = 0;
    QString dateFormat; ///< the formats that read the most values, "|"-joined
    int dateHits = 0;
    bool used = false;

    int n() const { return int(values.size()); }
    double share(int k) const { return values.isEmpty() ? 0 : double(k) / double(values.size()); }
};

/// The taxonomy's code of a form of exploitation written as its code or in
/// words ("Sexual exploitation", "forced labor", "sex"), or empty.
QString exploitationCode(const QString& lower)
{
    QString key = lower.simplified();
    key.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (Taxonomy::codes(Taxonomy::Group::Exploitation).contains(key))
        return key;
    static const QHash<QString, QString> words {
        { QStringLiteral("sexual"), QStringLiteral("sexual_exploitation") },
        { QStringLiteral("sex"), QStringLiteral("sexual_exploitation") },
        { QStringLiteral("sex_trafficking"), QStringLiteral("sexual_exploitation") },
        { QStringLiteral("commercial_sexual_exploitation"), QStringLiteral("sexual_exploitation") },
        { QStringLiteral("labour"), QStringLiteral("forced_labour") },
        { QStringLiteral("labor"), QStringLiteral("forced_labour") },
        { QStringLiteral("forced_labor"), QStringLiteral("forced_labour") },
        { QStringLiteral("labour_exploitation"), QStringLiteral("forced_labour") },
        { QStringLiteral("labor_exploitation"), QStringLiteral("forced_labour") },
        { QStringLiteral("labour_trafficking"), QStringLiteral("forced_labour") },
        { QStringLiteral("labor_trafficking"), QStringLiteral("forced_labour") },
        { QStringLiteral("criminal_exploitation"), QStringLiteral("forced_criminality") },
        { QStringLiteral("criminality"), QStringLiteral("forced_criminality") },
        { QStringLiteral("criminal"), QStringLiteral("forced_criminality") },
        { QStringLiteral("domestic"), QStringLiteral("domestic_servitude") },
        { QStringLiteral("servitude"), QStringLiteral("domestic_servitude") },
        { QStringLiteral("marriage"), QStringLiteral("forced_marriage") },
        { QStringLiteral("organs"), QStringLiteral("organ_removal") },
        { QStringLiteral("organ"), QStringLiteral("organ_removal") },
        { QStringLiteral("organ_harvesting"), QStringLiteral("organ_removal") },
        { QStringLiteral("removal_of_organs"), QStringLiteral("organ_removal") },
        { QStringLiteral("child_soldiers"), QStringLiteral("forced_military") },
        { QStringLiteral("military"), QStringLiteral("forced_military") },
    };
    return words.value(key);
}

/// A header that names a date ("date", "year", "registered"…).
bool datedHeader(const QStringList& words)
{
    return hasWord(words,
        { "date", "year", "yr", "when", "judgement", "judgment", "sentenced", "registered", "reported", "day", "month",
            "time", "period", "registration" });
}

const QStringList& dateFormats()
{
    static const QStringList f { QStringLiteral("iso"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"),
        QStringLiteral("MM/dd/yyyy"), QStringLiteral("M/d/yyyy"), QStringLiteral("dd.MM.yyyy"),
        QStringLiteral("d.M.yyyy"), QStringLiteral("dd-MM-yyyy"), QStringLiteral("d MMMM yyyy"),
        QStringLiteral("d MMM yyyy"), QStringLiteral("MMMM yyyy"), QStringLiteral("MMM yyyy"),
        QStringLiteral("banded") };
    return f;
}

bool parsesAs(const QString& text, const QString& format, int maxYear)
{
    if (format == QLatin1String("iso") || format == QLatin1String("banded")) {
        const QByteArray b = text.toUtf8();
        if (FuzzyDate::parse(std::string_view(b.constData(), size_t(b.size())), maxYear))
            return true;
        if (format == QLatin1String("iso"))
            return false;
        static const QRegularExpression band(QStringLiteral("^\\s*(\\d{4})\\s*(?:-|–|—|/|to)\\s*(\\d{4})\\s*$"));
        const auto m = band.match(text);
        return m.hasMatch() && m.captured(1).toInt() >= 1900 && m.captured(2).toInt() <= maxYear
            && m.captured(1).toInt() <= m.captured(2).toInt();
    }
    const QDate d = QDate::fromString(text, format);
    return d.isValid() && d.year() >= 1900 && d.year() <= maxYear;
}

Profile profile(int index, const QString& name, const QList<QStringList>& rows, const QStringList& missing, int maxYear)
{
    Profile p;
    p.index = index;
    p.name = name;
    p.w = words(name);
    for (const QStringList& r : rows) {
        const QString v = r.value(index).trimmed();
        if (v.isEmpty() || missing.contains(v.toLower()))
            continue;
        p.values << v;
    }
    QSet<QString> distinct;
    QHash<QString, int> seps;
    const auto& gaz = geo::Gazetteer::instance();
    for (const QString& v : std::as_const(p.values)) {
        distinct.insert(v.toLower());
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (ok && std::isfinite(d)) {
            ++p.numeric;
            p.min = std::min(p.min, d);
            p.max = std::max(p.max, d);
            if (d == std::floor(d) && !v.contains(QLatin1Char('.')))
                ++p.integer;
        } else if (gaz.find(v) >= 0) {
            ++p.countries;
        }
        for (const char* s : { ";", "|" })
            if (v.contains(QLatin1String(s)))
                ++seps[QLatin1String(s)];
    }
    p.distinct = int(distinct.size());
    for (auto it = seps.cbegin(); it != seps.cend(); ++it)
        if (it.value() > p.multi) {
            p.multi = it.value();
            p.separator = it.key();
        }
    // Dates: the format that reads the most values, then any that read more
    // of the rest. Whole numbers are tried when the header names a date: a
    // "Date" column of years.
    if (p.numeric < p.n() || datedHeader(p.w)) {
        QStringList chosen;
        QList<bool> read(p.n(), false);
        int hits = 0;
        for (;;) {
            QString best;
            int bestGain = 0;
            for (const QString& f : dateFormats()) {
                if (chosen.contains(f))
                    continue;
                int gain = 0;
                for (int i = 0; i < p.n(); ++i)
                    if (!read[i] && parsesAs(p.values.at(i), f, maxYear))
                        ++gain;
                if (gain > bestGain) {
                    bestGain = gain;
                    best = f;
                }
            }
            if (best.isEmpty())
                break;
            chosen << best;
            hits += bestGain;
            for (int i = 0; i < p.n(); ++i)
                if (!read[i] && parsesAs(p.values.at(i), best, maxYear))
                    read[i] = true;
            if (chosen.size() == 3)
                break;
        }
        p.dateFormat = chosen.join(QLatin1Char('|'));
        p.dateHits = hits;
    }
    return p;
}

QString percent(double share)
{
    return QString::number(int(std::lround(share * 100)));
}

SpecValue columnValue(const QString& column)
{
    SpecValue v;
    v.column = column;
    return v;
}

SpecValue constantValue(const QString& text)
{
    SpecValue v;
    v.hasConstant = true;
    v.constant = text;
    return v;
}

SpecValue recordValue(const QString& id)
{
    SpecValue v;
    v.record = id;
    return v;
}

/// A name-like value: letters, no digits, not a country.
bool looksLikeName(const QString& v)
{
    int letters = 0, digits = 0;
    for (const QChar c : v) {
        letters += c.isLetter();
        digits += c.isDigit();
    }
    return letters >= 2 && digits == 0;
}

} // namespace

const SpecFieldGuess* SpecGuess::find(const QString& record, const QString& field) const
{
    for (const SpecFieldGuess& g : fields)
        if (g.record == record && g.field == field)
            return &g;
    return nullptr;
}

SpecGuess SpecGuesser::guess(
    const QStringList& header, const QList<QStringList>& rows, const QString& name, int maxYear)
{
    if (maxYear <= 0)
        maxYear = QDate::currentDate().year();
    SpecGuess out;
    ImportSpec& spec = out.spec;
    spec.name = name;

    // Values meaning "not given" that the sample uses (-99 in older CTDC releases).
    QHash<QString, int> seen;
    for (const QStringList& r : rows)
        for (const QString& c : r)
            seen[c.trimmed().toLower()]++;
    for (const char* m : { "-99", "n/a", "-", "?", "unknown", "not known" })
        if (seen.value(QLatin1String(m)) > 0 && !spec.missing.contains(QLatin1String(m), Qt::CaseInsensitive))
            spec.missing << QLatin1String(m);
    QStringList missingLower;
    for (const QString& m : std::as_const(spec.missing))
        missingLower << m.toLower();

    std::vector<Profile> cols;
    for (int i = 0; i < header.size(); ++i) {
        // A column without a name cannot be referred to (a trailing delimiter makes one).
        if (!header.at(i).trimmed().isEmpty())
            cols.push_back(profile(i, header.at(i), rows, missingLower, maxYear));
    }

    auto note = [&](const QString& record, const QString& field, Profile* p, double confidence, const QString& reason) {
        out.fields.push_back({ record, field, p ? p->name : QString(), confidence, reason });
        if (p)
            p->used = true;
    };

    SpecRecord incident;
    incident.id = QStringLiteral("incident");
    incident.target = SpecTarget::Incident;

    // Coordinates: numeric columns named lat/lon whose values are in range.
    struct Coord {
        Profile* lat = nullptr;
        Profile* lon = nullptr;
    };
    QHash<QString, Coord> coords; // by the header's other words ("origin")
    for (Profile& p : cols) {
        if (p.n() == 0 || p.share(p.numeric) < 0.8)
            continue;
        const bool isLat = hasWord(p.w, { "lat", "latitude", "y" });
        const bool isLon = hasWord(p.w, { "lon", "lng", "long", "longitude", "x" });
        if (isLat == isLon)
            continue;
        QStringList rest = p.w;
        // "geometry": a GIS layer's point columns (OgrTableSource) are the row's own.
        for (const char* word : { "lat", "latitude", "y", "lon", "lng", "long", "longitude", "x", "geometry" })
            rest.removeAll(QLatin1String(word));
        const QString prefix = rest.join(QLatin1Char(' '));
        if (isLat && p.min >= -90 && p.max <= 90)
            coords[prefix].lat = &p;
        if (isLon && p.min >= -180 && p.max <= 180)
            coords[prefix].lon = &p;
    }
    auto coordReason = [&](Profile* lat, Profile* lon) {
        return tr("coordinates: %1 and %2, %3 % of %4 values in range")
            .arg(lon->name, lat->name, percent((lat->share(lat->numeric) + lon->share(lon->numeric)) / 2))
            .arg(std::max(lat->n(), lon->n()));
    };

    // Countries: most values found in the gazetteer; the header says which role.
    SpecValue origin, destination, place;
    Profile *originCol = nullptr, *destinationCol = nullptr, *placeCol = nullptr;
    for (Profile& p : cols) {
        if (p.n() == 0 || p.share(p.countries) < 0.6)
            continue;
        SpecValue v = columnValue(p.name);
        const QString prefix = [&] {
            QStringList rest = p.w;
            for (const char* word : { "country", "countries", "name", "code", "iso", "iso3", "iso2" })
                rest.removeAll(QLatin1String(word));
            return rest.join(QLatin1Char(' '));
        }();
        QString reason = tr("country: %1 % of %2 values are countries of the gazetteer")
                             .arg(percent(p.share(p.countries)))
                             .arg(p.n());
        const Coord c = coords.value(prefix);
        if (c.lat && c.lon) {
            v.placeBy = QStringLiteral("coordinates");
            v.lonColumn = c.lon->name;
            v.latColumn = c.lat->name;
            c.lat->used = c.lon->used = true;
            reason += QStringLiteral("; ") + coordReason(c.lat, c.lon);
        }
        const bool isOrigin = hasWord(p.w,
            { "origin", "from", "source", "citizenship", "nationality", "coo", "birth", "home", "departure", "start" });
        const bool isDestination
            = hasWord(p.w, { "destination", "dest", "to", "exploitation", "coe", "arrival", "end", "target" });
        Profile** slot = isOrigin && !originCol ? &originCol
            : isDestination && !destinationCol  ? &destinationCol
            : !placeCol                         ? &placeCol
                                                : nullptr;
        if (!slot)
            continue;
        *slot = &p;
        (slot == &originCol ? origin : slot == &destinationCol ? destination : place) = v;
        const QString field = slot == &originCol ? QStringLiteral("origin")
            : slot == &destinationCol            ? QStringLiteral("destination")
                                                 : QStringLiteral("place");
        incident.fields.insert(field, v);
        note(incident.id, field, &p, p.share(p.countries), reason);
    }
    // The row's own coordinates (named for nothing else, and no country
    // column placed by them): the incident's point, as a case list's Lat and
    // Long beside its country of exploitation are.
    {
        const Coord c = coords.value(QString());
        if (c.lat && c.lon && !c.lat->used && !c.lon->used) {
            c.lat->used = c.lon->used = true;
            incident.fields.insert(QStringLiteral("lon"), columnValue(c.lon->name));
            incident.fields.insert(QStringLiteral("lat"), columnValue(c.lat->name));
            note(incident.id, QStringLiteral("lon"), c.lon, c.lon->share(c.lon->numeric), coordReason(c.lat, c.lon));
            note(incident.id, QStringLiteral("lat"), c.lat, c.lat->share(c.lat->numeric), coordReason(c.lat, c.lon));
        }
    }

    // A city or town column beside the row's coordinates, when no country
    // column is the incident's place: the incident's place, found by name
    // when the workspace knows it, else a new city at the row's point in the
    // country of the destination column (or the nearest).
    if (!incident.fields.contains(QStringLiteral("place")) && incident.fields.contains(QStringLiteral("lon"))) {
        for (Profile& p : cols) {
            if (p.used || p.n() == 0
                || !hasWord(p.w, { "city", "town", "municipality", "locality", "village", "settlement" }))
                continue;
            if (p.share(p.numeric) > 0.2 || p.share(p.countries) >= 0.6)
                continue;
            SpecValue v = columnValue(p.name);
            v.placeBy = QStringLiteral("coordinates");
            v.lonColumn = incident.fields.value(QStringLiteral("lon")).column;
            v.latColumn = incident.fields.value(QStringLiteral("lat")).column;
            if (destinationCol)
                v.countryColumn = destinationCol->name;
            incident.fields.insert(QStringLiteral("place"), v);
            note(incident.id, QStringLiteral("place"), &p, 0.8,
                destinationCol ? tr("place: a city column, each city placed at its first row's %1/%2 in the "
                                    "country of %3")
                                     .arg(v.latColumn, v.lonColumn, destinationCol->name)
                               : tr("place: a city column, each city placed at its first row's %1/%2")
                                     .arg(v.latColumn, v.lonColumn));
            break;
        }
    }

    // The date: the column whose values parse best, the header breaking ties.
    Profile* dateCol = nullptr;
    double dateScore = 0;
    for (Profile& p : cols) {
        if (p.used || p.n() == 0 || p.dateHits == 0)
            continue;
        const bool hint = datedHeader(p.w);
        const bool integers = p.integer == p.n();
        if (integers && !hint)
            continue; // counts are not years unless the header says so
        const double share = p.share(p.dateHits);
        if (share < (hint ? 0.5 : 0.9))
            continue;
        const double score = share + (hint ? 0.5 : 0);
        if (score > dateScore) {
            dateScore = score;
            dateCol = &p;
        }
    }
    if (dateCol) {
        SpecValue v = columnValue(dateCol->name);
        const QStringList formats = dateCol->dateFormat.split(QLatin1Char('|'));
        if (formats != QStringList { QStringLiteral("iso") })
            v.dateFormats = formats;
        incident.fields.insert(QStringLiteral("date"), v);
        QStringList shown;
        for (const QString& f : formats)
            shown << (f == QLatin1String("iso")    ? tr("ISO (YYYY, YYYY-MM, YYYY-MM-DD)")
                    : f == QLatin1String("banded") ? tr("a range of years")
                                                   : f);
        note(incident.id, QStringLiteral("date"), dateCol, dateCol->share(dateCol->dateHits),
            tr("date: %1 % of %2 values parse as %3")
                .arg(percent(dateCol->share(dateCol->dateHits)))
                .arg(dateCol->n())
                .arg(shown.join(tr(" or "))));
    }

    // A case number: a unique value in every row, named like one.
    for (Profile& p : cols) {
        if (p.used || p.n() == 0)
            continue;
        const bool hint = hasWord(p.w, { "case", "id", "ref", "reference", "docket", "file", "no", "number", "key" })
            && !hasWord(p.w, { "victims", "count", "persons", "people", "total" });
        if (!hint || p.distinct < p.n() || p.n() < int(rows.size()) * 9 / 10)
            continue;
        incident.fields.insert(QStringLiteral("key"), columnValue(p.name));
        note(incident.id, QStringLiteral("key"), &p, p.share(p.distinct),
            tr("case number: all %1 values are different and the header names an identifier").arg(p.n()));
        break;
    }

    // Whole numbers the header names, in range: the number of victims, and
    // ages in years (which the import puts in their band).
    auto wholeNumbers
        = [&](const QString& field, bool (*named)(const QStringList&), double least, double most, const char* reason) {
              for (Profile& p : cols) {
                  if (p.used || p.n() == 0 || p.share(p.integer) < least || p.min < 0 || p.max > most || !named(p.w))
                      continue;
                  incident.fields.insert(field, columnValue(p.name));
                  note(incident.id, field, &p, p.share(p.integer),
                      tr(reason).arg(percent(p.share(p.integer))).arg(p.n()).arg(p.min).arg(p.max));
                  return;
              }
          };
    wholeNumbers(
        QStringLiteral("victims"),
        [](const QStringList& w) {
            return hasWord(w, { "victims", "victim", "count", "persons", "people", "total", "individuals", "number" });
        },
        0.9, 1e300, QT_TR_NOOP("number of victims: %1 % of %2 values are whole numbers from %3 to %4"));

    // Gender: values mapped to the model's.
    for (Profile& p : cols) {
        if (p.used || p.n() == 0 || p.multi > 0 || !hasWord(p.w, { "gender", "sex" }))
            continue;
        static const QMap<QString, QString> map { { QStringLiteral("female"), QStringLiteral("woman") },
            { QStringLiteral("f"), QStringLiteral("woman") }, { QStringLiteral("woman"), QStringLiteral("woman") },
            { QStringLiteral("girl"), QStringLiteral("woman") }, { QStringLiteral("male"), QStringLiteral("man") },
            { QStringLiteral("m"), QStringLiteral("man") }, { QStringLiteral("man"), QStringLiteral("man") },
            { QStringLiteral("boy"), QStringLiteral("man") },
            { QStringLiteral("transgender"), QStringLiteral("trans") },
            { QStringLiteral("trans"), QStringLiteral("trans") } };
        int hits = 0;
        QMap<QString, QString> used;
        for (const QString& v : std::as_const(p.values))
            if (map.contains(v.toLower())) {
                ++hits;
                used.insert(v.toLower(), map.value(v.toLower()));
            }
        if (p.share(hits) < 0.6)
            continue;
        SpecValue v = columnValue(p.name);
        v.map = used;
        incident.fields.insert(QStringLiteral("gender"), v);
        note(incident.id, QStringLiteral("gender"), &p, p.share(hits),
            tr("gender: %1 % of %2 values are known genders").arg(percent(p.share(hits))).arg(p.n()));
        break;
    }

    // Types of exploitation: a column whose values, one or several in a cell,
    // are forms of exploitation in the taxonomy's codes or in words.
    for (Profile& p : cols) {
        if (p.used || p.n() == 0 || p.share(p.countries) > 0.3 || p.share(p.numeric) > 0.3)
            continue;
        if (!hasWord(p.w, { "exploitation", "exploited", "type", "types", "form", "forms", "purpose", "kind" }))
            continue;
        const QString seps = p.separator.isEmpty() ? defaultCodeSeparators() : p.separator;
        int hits = 0, parts = 0;
        QMap<QString, QString> used;
        for (const QString& v : std::as_const(p.values)) {
            bool all = true;
            for (const QString& part : splitCell(v, seps)) {
                const QString key = part.toLower();
                ++parts;
                const QString code = exploitationCode(key);
                if (code.isEmpty()) {
                    all = false;
                    continue;
                }
                if (code != part)
                    used.insert(key, code);
            }
            hits += all;
        }
        if (parts == 0 || p.share(hits) < 0.8)
            continue;
        SpecValue v = columnValue(p.name);
        v.map = used;
        if (p.multi > 0)
            v.separators = p.separator;
        incident.fields.insert(QStringLiteral("exploitation"), v);
        note(incident.id, QStringLiteral("exploitation"), &p, p.share(hits),
            tr("types of exploitation: %1 % of %2 values are forms of exploitation")
                .arg(percent(p.share(hits)))
                .arg(p.n()));
        break;
    }

    wholeNumbers(
        QStringLiteral("age_band"),
        [](const QStringList& w) {
            return hasWord(w, { "age", "ages" });
        },
        0.8, 120, QT_TR_NOOP("age: %1 % of %2 values are ages in years, from %3 to %4, put in their bands"));

    // A summary: free text named as one.
    for (Profile& p : cols) {
        if (p.used || p.n() == 0 || !hasWord(p.w, { "summary", "description", "notes", "details", "narrative" }))
            continue;
        incident.fields.insert(QStringLiteral("summary"), columnValue(p.name));
        note(incident.id, QStringLiteral("summary"), &p, 0.7, tr("summary: the header names free text"));
        break;
    }

    // People: names in a column named for them, one or several per cell.
    // The share of the column's names that look like a person's.
    const auto nameShare = [](const Profile& p) {
        int names = 0, parts = 0;
        for (const QString& v : std::as_const(p.values)) {
            const QStringList ps = p.separator.isEmpty() ? QStringList { v } : splitCell(v, p.separator);
            for (const QString& part : ps) {
                ++parts;
                names += looksLikeName(part.trimmed());
            }
        }
        return std::pair { parts ? double(names) / parts : 0.0, parts };
    };
    Profile* people = nullptr;
    QString role;
    for (Profile& p : cols) {
        if (p.used || p.n() == 0 || p.share(p.countries) > 0.3)
            continue;
        QString r;
        if (hasWord(p.w,
                { "defendant", "defendants", "suspect", "suspects", "accused", "offender", "offenders", "perpetrator",
                    "perpetrators", "trafficker", "traffickers", "convicted" }))
            r = QStringLiteral("suspect");
        else if (hasWord(p.w, { "victim", "victims" }) && p.share(p.numeric) < 0.5)
            r = QStringLiteral("victim");
        else if (hasWord(p.w, { "recruiter", "recruiters" }))
            r = QStringLiteral("recruiter");
        else if (hasWord(p.w, { "name", "names", "person", "persons", "people" }) && p.share(p.numeric) < 0.5
            && nameShare(p).first >= 0.5) // a GIS layer's Name is its feature's ("Case 001", "Depot 3")
            r = QStringLiteral("associated");
        if (r.isEmpty())
            continue;
        people = &p;
        role = r;
        break;
    }

    // Whatever no field reads stays with the incident as attributes.
    incident.attributes << QStringLiteral("*");
    spec.records.push_back(incident);

    if (originCol && destinationCol) {
        SpecRecord leg;
        leg.id = QStringLiteral("leg");
        leg.target = SpecTarget::RouteLeg;
        leg.fields.insert(QStringLiteral("incident"), recordValue(incident.id));
        leg.fields.insert(QStringLiteral("from"), origin);
        leg.fields.insert(QStringLiteral("to"), destination);
        spec.records.push_back(leg);
        note(leg.id, QStringLiteral("from"), originCol, out.find(incident.id, QStringLiteral("origin"))->confidence,
            tr("route leg: from %1 to %2, one leg per row").arg(originCol->name, destinationCol->name));
        note(leg.id, QStringLiteral("to"), destinationCol,
            out.find(incident.id, QStringLiteral("destination"))->confidence,
            tr("route leg: from %1 to %2, one leg per row").arg(originCol->name, destinationCol->name));
    }

    if (people) {
        const auto [share, parts] = nameShare(*people);
        SpecRecord entity;
        entity.id = QStringLiteral("person");
        entity.target = SpecTarget::Entity;
        entity.fields.insert(QStringLiteral("type"), constantValue(QStringLiteral("person")));
        entity.fields.insert(QStringLiteral("label"), columnValue(people->name));
        QString reason
            = tr("people: the header names them; %1 % of %2 names look like names").arg(percent(share)).arg(parts);
        if (people->multi > 0) {
            entity.splitColumn = people->name;
            entity.splitSeparators = people->separator;
            reason += QStringLiteral("; ")
                + tr("%1 % of %2 cells hold several, separated by \"%3\"")
                      .arg(percent(people->share(people->multi)))
                      .arg(people->n())
                      .arg(people->separator);
        }
        spec.records.push_back(entity);
        note(entity.id, QStringLiteral("label"), people, share, reason);
        SpecRecord inv;
        inv.id = QStringLiteral("involvement");
        inv.target = SpecTarget::Involvement;
        inv.fields.insert(QStringLiteral("incident"), recordValue(incident.id));
        inv.fields.insert(QStringLiteral("entity"), recordValue(entity.id));
        inv.fields.insert(QStringLiteral("role"), constantValue(role));
        spec.records.push_back(inv);
        note(inv.id, QStringLiteral("role"), nullptr, share,
            tr("involvement: each person of %1 as %2 in the row's incident").arg(people->name, role));
    }

    spec.source.insert(QStringLiteral("name"), constantValue(name));
    spec.source.insert(QStringLiteral("kind"), constantValue(QStringLiteral("partner_case")));

    QStringList parts;
    if (originCol && destinationCol)
        parts << tr("country links from %1 to %2 (one route leg per row)").arg(originCol->name, destinationCol->name);
    else if (placeCol)
        parts << tr("incidents placed by %1").arg(placeCol->name);
    else
        parts << tr("incidents");
    if (dateCol)
        parts << tr("dated by %1").arg(dateCol->name);
    if (people)
        parts << tr("people from %1 as %2").arg(people->name, role);
    out.summary = parts.join(QStringLiteral(", "));
    double sum = 0;
    for (const SpecFieldGuess& g : out.fields)
        sum += g.confidence;
    out.confidence = out.fields.empty() ? 0 : sum / double(out.fields.size());
    return out;
}

int SpecGuesser::headerRow(TableSource& table, int maxRows, QList<QStringList>* rows)
{
    // How many cells of each row have a value: the header's, then the rows'.
    // A header whose cell is empty is named by position ("Field3", "column3").
    auto given = [](const QStringList& header) {
        int n = 0;
        for (int i = 0; i < header.size(); ++i) {
            const QString& c = header.at(i);
            n += !c.trimmed().isEmpty() && c != QStringLiteral("Field%1").arg(i + 1)
                && c != TableSource::unnamedColumn(i);
        }
        return n;
    };
    std::vector<std::pair<qint64, int>> widths { { table.errorAt(-1, QString()).line, given(table.header()) } };
    // The first `maxRows` rows with a value (bad and blank rows passed over).
    while (int(widths.size()) <= maxRows) {
        const TableSource::Next n = table.next();
        if (n == TableSource::Next::End || n == TableSource::Next::Fatal)
            break;
        if (n == TableSource::Next::BadRow || table.rowIsBlank())
            continue;
        int w = 0;
        QStringList cells;
        for (int i = 0; i < table.cellCount(); ++i) {
            cells << table.cell(i);
            w += !cells.back().trimmed().isEmpty();
        }
        widths.push_back({ table.errorAt(-1, QString()).line, w });
        if (rows)
            rows->append(cells);
    }
    // The header is the first row at least half as wide as the widest, and
    // what is above it a title, an export date or notes: a cell or two each.
    // (A header narrower than its rows is still the header.)
    int widest = 0;
    for (const auto& w : widths)
        widest = std::max(widest, w.second);
    for (size_t i = 0; i + 1 < widths.size(); ++i) {
        if (widths[i].second < std::max(2, (widest + 1) / 2))
            continue;
        for (size_t above = 0; above < i; ++above)
            if (widths[above].second > 2 || widths[above].second >= widths[i].second)
                return 0;
        return i == 0 ? 0 : int(widths[i].first);
    }
    return 0;
}

Result<SpecGuess> SpecGuesser::guessFile(const QString& path, int maxRows, int maxYear)
{
    // First where the header is; when it is the first row, the rows read to
    // find it are the sample's start, else the table is read again from it.
    auto opened = TableSourceFactory::create(path);
    if (!opened)
        return opened.error();
    if (Status st = opened.value()->open(); !st)
        return st.error();
    QList<QStringList> rows;
    TableOptions options;
    options.headerRow = headerRow(*opened.value(), maxRows, &rows);
    if (options.headerRow > 0) {
        rows.clear();
        opened = TableSourceFactory::create(path, options);
        if (!opened)
            return opened.error();
        if (Status st = opened.value()->open(); !st)
            return st.error();
    }
    // Read on only in a table read again: headerRow() stops at the end or
    // with `maxRows` rows.
    TableSource& t = *opened.value();
    while (options.headerRow > 0 && rows.size() < maxRows) {
        const TableSource::Next n = t.next();
        if (n == TableSource::Next::End || n == TableSource::Next::Fatal)
            break;
        if (n == TableSource::Next::BadRow || t.rowIsBlank())
            continue;
        QStringList cells;
        for (int i = 0; i < t.cellCount(); ++i)
            cells << t.cell(i);
        rows << cells;
    }
    SpecGuess g = guess(t.header(), rows, QFileInfo(path).completeBaseName(), maxYear);
    if (options.headerRow > 0) {
        g.spec.headerRow = options.headerRow;
        g.summary
            = tr("header on row %1 (the rows above it are a title or notes), %2").arg(options.headerRow).arg(g.summary);
    }
    return g;
}

} // namespace waymark::ingest
