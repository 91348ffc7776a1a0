#include "analysis/breakdown.h"

#include "analysis/incidentsnapshot.h"
#include "analysis/timebins.h"
#include "core/taxonomy.h"
#include "geo/countrynames.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>
#include <map>
#include <numeric>

namespace waymark::analysis {

namespace {
/// 18 for "18--20", 48 for "48+": age bands sort by their first age.
int leadingNumber(const QString& text)
{
    int n = 0, k = 0;
    while (k < text.size() && text[k].isDigit())
        n = n * 10 + text[k++].digitValue();
    return k ? n : std::numeric_limits<int>::max();
}

/// (category key, series key) → value, from a query of three columns.
struct Cells {
    QStringList categoryOrder;
    QStringList seriesOrder;
    QHash<QString, QHash<QString, double>> value;
    QHash<QString, QString> categoryName;
};
} // namespace

double Breakdown::categoryTotal(int category) const
{
    double t = 0;
    for (const auto& s : values)
        t += s[size_t(category)];
    return t;
}

double Breakdown::total() const
{
    double t = 0;
    for (int c = 0; c < categories.size(); ++c)
        t += categoryTotal(c);
    return t;
}

QString Breakdown::name(Kind kind)
{
    switch (kind) {
    case Kind::AgeGender:
        return QStringLiteral("age-gender");
    case Kind::Citizenship:
        return QStringLiteral("citizenship");
    case Kind::ExploitationCountry:
        return QStringLiteral("exploitation-country");
    case Kind::Sources:
        break;
    }
    return QStringLiteral("sources");
}

QList<Breakdown::Kind> Breakdown::kinds()
{
    return { Kind::AgeGender, Kind::Citizenship, Kind::ExploitationCountry, Kind::Sources };
}

std::optional<Breakdown::Kind> Breakdown::fromName(const QString& n)
{
    for (Kind k : kinds())
        if (name(k) == n)
            return k;
    return std::nullopt;
}

namespace {
/// The chart's title and value label.
void describe(Breakdown& out)
{
    switch (out.kind) {
    case Breakdown::Kind::AgeGender:
        out.title = QCoreApplication::translate("Breakdown", "Victims by age band and gender");
        break;
    case Breakdown::Kind::Citizenship:
        out.title = QCoreApplication::translate("Breakdown", "Victims by citizenship");
        break;
    case Breakdown::Kind::ExploitationCountry:
        out.title = QCoreApplication::translate("Breakdown", "Victims by country of exploitation");
        break;
    case Breakdown::Kind::Sources:
        out.title = QCoreApplication::translate("Breakdown", "Incidents by source kind and grade");
        out.valueLabel = QCoreApplication::translate("Breakdown", "Incidents");
        return;
    }
    out.valueLabel = QCoreApplication::translate("Breakdown", "Victims");
}

/// Adds a value to (category key, series key); the category's display name
/// is given the first time the key is seen.
void add(
    Cells& cells, Breakdown::Kind kind, const QString& key, const QString& rawName, const QString& serie, double value)
{
    if (!cells.value.contains(key)) {
        const bool byCountry = kind == Breakdown::Kind::Citizenship || kind == Breakdown::Kind::ExploitationCountry;
        const QString name = byCountry           ? rawName
            : kind == Breakdown::Kind::AgeGender ? Taxonomy::ageBandName(rawName)
                                                 : Taxonomy::sourceKindName(rawName);
        cells.categoryOrder << key, cells.categoryName.insert(key, name);
    }
    if (!cells.seriesOrder.contains(serie))
        cells.seriesOrder << serie;
    cells.value[key][serie] += value;
}

/// Orders the cells into the chart: largest categories first (age bands in
/// their natural order), beyond `maxCategories` the rest summed.
void assemble(Breakdown& out, Cells& cells, int maxCategories)
{
    const Breakdown::Kind kind = out.kind;
    auto totalOf = [&](const QString& key) {
        double t = 0;
        for (double v : cells.value.value(key))
            t += v;
        return t;
    };
    QStringList order = cells.categoryOrder;
    if (kind == Breakdown::Kind::AgeGender)
        std::sort(order.begin(), order.end(), [](const QString& a, const QString& b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty();
            return leadingNumber(a) != leadingNumber(b) ? leadingNumber(a) < leadingNumber(b) : a < b;
        });
    else
        std::stable_sort(order.begin(), order.end(), [&](const QString& a, const QString& b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty();
            return totalOf(a) > totalOf(b);
        });
    std::sort(cells.seriesOrder.begin(), cells.seriesOrder.end(), [kind](const QString& a, const QString& b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        return kind == Breakdown::Kind::ExploitationCountry ? a.toInt() < b.toInt() : a < b;
    });
    QStringList kept = order, rest;
    if (kind != Breakdown::Kind::AgeGender && maxCategories > 0 && order.size() > maxCategories) {
        kept = order.mid(0, maxCategories);
        rest = order.mid(maxCategories);
    }
    auto seriesName = [&](const QString& key) {
        if (kind == Breakdown::Kind::ExploitationCountry)
            return TimeBins::categoryName(key.toInt());
        if (!key.isEmpty() && kind == Breakdown::Kind::Sources)
            return QCoreApplication::translate("Breakdown", "Grade %1").arg(key);
        if (!key.isEmpty())
            return kind == Breakdown::Kind::AgeGender ? Taxonomy::genderName(key) : key;
        if (kind == Breakdown::Kind::AgeGender)
            return QCoreApplication::translate("Breakdown", "Gender not recorded");
        if (kind == Breakdown::Kind::Sources)
            return QCoreApplication::translate("Breakdown", "Ungraded");
        return out.valueLabel;
    };
    for (const QString& s : cells.seriesOrder) {
        out.seriesKeys << s;
        out.series << seriesName(s);
    }
    out.values.assign(size_t(out.series.size()), {});
    auto addCategory = [&](const QString& name, const QString& key, const QStringList& members) {
        out.categories << name;
        out.categoryKeys << key;
        for (int s = 0; s < out.seriesKeys.size(); ++s) {
            double v = 0;
            for (const QString& m : members)
                v += cells.value.value(m).value(out.seriesKeys[s]);
            out.values[size_t(s)].push_back(v);
        }
    };
    for (const QString& key : kept) {
        const QString name = cells.categoryName.value(key);
        addCategory(name.isEmpty() ? QCoreApplication::translate("Breakdown", "Not recorded") : name, key, { key });
    }
    if (!rest.isEmpty())
        addCategory(QCoreApplication::translate("Breakdown", "Other (%n)", nullptr, int(rest.size())), QString(), rest);
}
} // namespace

Result<Breakdown> Breakdown::load(store::Workspace& ws, const Filter& filter, Kind kind, int maxCategories)
{
    Breakdown out;
    out.kind = kind;
    describe(out);
    const Filter::Sql f = filter.sql();
    QString sql;
    const QString countryOf
        = QStringLiteral("SELECT c.iso3, c.name, %2 FROM incidents i LEFT JOIN places p ON p.id = i.%1 "
                         "LEFT JOIN places c ON c.id = coalesce(p.country_id, p.id) WHERE %3 GROUP BY c.id, 3");
    switch (kind) {
    case Kind::AgeGender:
        sql = QStringLiteral("SELECT coalesce(i.age_band, ''), coalesce(i.age_band, ''), coalesce(i.gender, ''), "
                             "sum(i.victims) FROM incidents i WHERE %1 GROUP BY 1, 3")
                  .arg(f.where);
        break;
    case Kind::Citizenship:
        sql = countryOf.arg(QStringLiteral("origin_id"), QStringLiteral("'', sum(i.victims)"), f.where);
        break;
    case Kind::ExploitationCountry:
        sql = countryOf.arg(QStringLiteral("place_id"), QStringLiteral("i.exploitation, sum(i.victims)"), f.where);
        break;
    case Kind::Sources:
        sql = QStringLiteral("SELECT s.kind, s.kind, coalesce(s.source_grade, ''), count(*) FROM incidents i "
                             "JOIN sources s ON s.id = i.source_id WHERE %1 GROUP BY 1, 3")
                  .arg(f.where);
        break;
    }
    store::Statement st(ws.handle(), sql.toStdString());
    if (!st.isValid())
        return st.prepareError();
    for (int k = 0; k < f.values.size(); ++k)
        st.bind(k + 1, f.values.at(k));
    Cells cells;
    const bool byCountry = kind == Kind::Citizenship || kind == Kind::ExploitationCountry;
    while (st.next()) {
        const QString key = st.text(0);
        // A place with no country is "Not recorded", as in the snapshot.
        const QString name
            = byCountry ? (key.isEmpty() ? QString() : geo::CountryNames::display(st.text(1))) : st.text(1);
        // Exploitation bits become the timeline's stack categories (one type, several, not recorded).
        const QString serie = kind == Kind::ExploitationCountry
            ? QString::number(TimeBins::categoryOf(quint32(st.int64(2))))
            : st.text(2);
        add(cells, kind, key, name, serie, st.real(3));
    }
    if (Error e = st.error(); !e.message.isEmpty())
        return e;
    assemble(out, cells, maxCategories);
    return out;
}

bool Breakdown::canUse(const IncidentSnapshot& snap, Kind kind)
{
    return kind != Kind::AgeGender
        || (!snap.ageBands.isEmpty() && snap.ageBand.size() == snap.size() && snap.gender.size() == snap.size());
}

Breakdown Breakdown::fromSnapshot(
    const IncidentSnapshot& s, const std::vector<quint32>& members, Kind kind, int maxCategories)
{
    Breakdown out;
    out.kind = kind;
    describe(out);
    Cells cells;
    // Dense sums over codes first (one pass over the members), cells after.
    switch (kind) {
    case Kind::AgeGender: {
        const size_t genders = size_t(std::max<qsizetype>(1, s.genders.size()));
        std::vector<double> sum(size_t(std::max<qsizetype>(1, s.ageBands.size())) * genders, 0.0);
        std::vector<char> seen(sum.size(), 0);
        for (quint32 i : members) {
            const size_t at = size_t(s.ageBand[i]) * genders + s.gender[i];
            sum[at] += s.victims[i];
            seen[at] = 1;
        }
        for (size_t at = 0; at < sum.size(); ++at)
            if (seen[at]) {
                const QString band = s.ageBands.value(qsizetype(at / genders));
                add(cells, kind, band, band, s.genders.value(qsizetype(at % genders)), sum[at]);
            }
        break;
    }
    case Kind::Citizenship:
    case Kind::ExploitationCountry: {
        // By country place id, ascending as SQL groups them; -1 is not
        // recorded. Dense tables: a hash lookup per incident is most of the time.
        const IncidentSnapshot::PlaceTable table = s.placeTable();
        const size_t categories = kind == Kind::Citizenship ? 1 : size_t(TimeBins::categoryCount);
        std::vector<double> sum(table.countries.size() * categories, 0.0);
        std::vector<char> seen(sum.size(), 0);
        for (quint32 i : members) {
            const qint32 c = kind == Kind::Citizenship ? table.countryOf(s.origin[i]) : s.country[i];
            const size_t at = size_t(c + 1) * categories
                + (kind == Kind::Citizenship ? 0 : size_t(TimeBins::categoryOf(s.exploitation[i])));
            if (at >= sum.size())
                continue; // a country id no place has (the snapshot's checks rule it out)
            sum[at] += s.victims[i];
            seen[at] = 1;
        }
        for (size_t at = 0; at < sum.size(); ++at) {
            if (!seen[at])
                continue;
            const qint32 c = qint32(at / categories) - 1;
            const PlaceInfo place = c < 0 ? PlaceInfo() : s.places.value(c);
            const QString key = c < 0 ? QString() : place.iso3;
            add(cells, kind, key, key.isEmpty() ? QString() : place.name,
                kind == Kind::Citizenship ? QString() : QString::number(at % categories), sum[at]);
        }
        break;
    }
    case Kind::Sources: {
        std::map<qint32, double> perSource;
        for (quint32 i : members)
            if (s.source[i] >= 0)
                perSource[s.source[i]] += 1;
        // Kinds in SQL's GROUP BY order (by their bytes).
        std::map<QByteArray, std::map<QString, double>> sum;
        for (const auto& [source, count] : perSource)
            if (auto kindIt = s.sourceKinds.constFind(source); kindIt != s.sourceKinds.cend())
                sum[kindIt->toUtf8()][s.sourceGrades.value(source)] += count;
        for (const auto& [kindCode, grades] : sum)
            for (const auto& [grade, value] : grades)
                add(cells, kind, QString::fromUtf8(kindCode), QString::fromUtf8(kindCode), grade, value);
        break;
    }
    }
    assemble(out, cells, maxCategories);
    return out;
}

bool Breakdown::narrow(int category, int serie, Filter& filter) const
{
    if (kind == Kind::ExploitationCountry) {
        // The filter has no area: a bar narrows to its exploitation type, if it is one type.
        const int type = seriesKeys.value(serie, QStringLiteral("-1")).toInt();
        if (category < 0 || category >= categories.size() || type < 0 || type >= TimeBins::severalTypes)
            return false;
        filter.exploitation = 1u << type;
        return true;
    }
    if (kind != Kind::Sources || category < 0 || category >= categoryKeys.size() || categoryKeys[category].isEmpty())
        return false;
    filter.sourceKinds = QStringList { categoryKeys[category] };
    if (serie >= 0 && serie < seriesKeys.size() && !seriesKeys[serie].isEmpty())
        filter.sourceGrades = QStringList { seriesKeys[serie] };
    return true;
}

} // namespace waymark::analysis
