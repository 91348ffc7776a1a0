#include "analysis/breakdown.h"

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

Result<Breakdown> Breakdown::load(store::Workspace& ws, const Filter& filter, Kind kind, int maxCategories)
{
    Breakdown out;
    out.kind = kind;
    const Filter::Sql f = filter.sql();
    QString sql;
    const QString countryOf
        = QStringLiteral("SELECT c.iso3, c.name, %2 FROM incidents i LEFT JOIN places p ON p.id = i.%1 "
                         "LEFT JOIN places c ON c.id = coalesce(p.country_id, p.id) WHERE %3 GROUP BY c.id, 3");
    switch (kind) {
    case Kind::AgeGender:
        out.title = QCoreApplication::translate("Breakdown", "Victims by age band and gender");
        out.valueLabel = QCoreApplication::translate("Breakdown", "Victims");
        sql = QStringLiteral("SELECT coalesce(i.age_band, ''), coalesce(i.age_band, ''), coalesce(i.gender, ''), "
                             "sum(i.victims) FROM incidents i WHERE %1 GROUP BY 1, 3")
                  .arg(f.where);
        break;
    case Kind::Citizenship:
        out.title = QCoreApplication::translate("Breakdown", "Victims by citizenship");
        out.valueLabel = QCoreApplication::translate("Breakdown", "Victims");
        sql = countryOf.arg(QStringLiteral("origin_id"), QStringLiteral("'', sum(i.victims)"), f.where);
        break;
    case Kind::ExploitationCountry:
        out.title = QCoreApplication::translate("Breakdown", "Victims by country of exploitation");
        out.valueLabel = QCoreApplication::translate("Breakdown", "Victims");
        sql = countryOf.arg(QStringLiteral("place_id"), QStringLiteral("i.exploitation, sum(i.victims)"), f.where);
        break;
    case Kind::Sources:
        out.title = QCoreApplication::translate("Breakdown", "Incidents by source kind and grade");
        out.valueLabel = QCoreApplication::translate("Breakdown", "Incidents");
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
    while (st.next()) {
        const QString key = st.text(0);
        const bool byCountry = kind == Kind::Citizenship || kind == Kind::ExploitationCountry;
        const QString name = byCountry ? geo::CountryNames::display(st.text(1))
            : kind == Kind::AgeGender  ? Taxonomy::ageBandName(st.text(1))
                                       : Taxonomy::sourceKindName(st.text(1));
        // Exploitation bits become the timeline's stack categories (one type, several, not recorded).
        const QString serie = kind == Kind::ExploitationCountry
            ? QString::number(TimeBins::categoryOf(quint32(st.int64(2))))
            : st.text(2);
        if (!cells.value.contains(key))
            cells.categoryOrder << key, cells.categoryName.insert(key, name);
        if (!cells.seriesOrder.contains(serie))
            cells.seriesOrder << serie;
        cells.value[key][serie] += st.real(3);
    }
    if (Error e = st.error(); !e.message.isEmpty())
        return e;

    // Largest categories first (age bands in their natural order), the rest summed.
    auto totalOf = [&](const QString& key) {
        double t = 0;
        for (double v : cells.value.value(key))
            t += v;
        return t;
    };
    QStringList order = cells.categoryOrder;
    if (kind == Kind::AgeGender)
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
        return kind == Kind::ExploitationCountry ? a.toInt() < b.toInt() : a < b;
    });
    QStringList kept = order, rest;
    if (kind != Kind::AgeGender && maxCategories > 0 && order.size() > maxCategories) {
        kept = order.mid(0, maxCategories);
        rest = order.mid(maxCategories);
    }
    auto seriesName = [&](const QString& key) {
        if (kind == Kind::ExploitationCountry)
            return TimeBins::categoryName(key.toInt());
        if (!key.isEmpty() && kind == Kind::Sources)
            return QCoreApplication::translate("Breakdown", "Grade %1").arg(key);
        if (!key.isEmpty())
            return kind == Kind::AgeGender ? Taxonomy::genderName(key) : key;
        if (kind == Kind::AgeGender)
            return QCoreApplication::translate("Breakdown", "Gender not recorded");
        if (kind == Kind::Sources)
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
