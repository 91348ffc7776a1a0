#include "filter.h"

#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>

namespace waymark::analysis {

bool Filter::isEmpty() const
{
    return !dayFrom && !dayTo && exploitation == 0 && sourceKinds.isEmpty() && sourceGrades.isEmpty()
        && withheldSources.isEmpty();
}

bool Filter::operator==(const Filter& o) const
{
    return dayFrom == o.dayFrom && dayTo == o.dayTo && exploitation == o.exploitation && sourceKinds == o.sourceKinds
        && sourceGrades == o.sourceGrades && withheldSources == o.withheldSources;
}

Filter::Sql Filter::sql() const
{
    QStringList parts;
    Sql s;
    if (dayFrom) {
        parts << QStringLiteral("i.day_to >= ?");
        s.values << *dayFrom;
    }
    if (dayTo) {
        parts << QStringLiteral("i.day_from <= ?");
        s.values << *dayTo;
    }
    if (exploitation) {
        parts << QStringLiteral("(i.exploitation & ?) != 0");
        s.values << qint64(exploitation);
    }
    auto in = [&](const char* column, const QStringList& values) {
        QStringList marks;
        for (const QString& v : values) {
            marks << QStringLiteral("?");
            s.values << v;
        }
        parts << QStringLiteral("i.source_id IN (SELECT id FROM sources WHERE %1 IN (%2))")
                     .arg(QLatin1String(column), marks.join(QLatin1Char(',')));
    };
    if (!sourceKinds.isEmpty())
        in("kind", sourceKinds);
    if (!sourceGrades.isEmpty())
        in("source_grade", sourceGrades);
    if (!withheldSources.isEmpty()) {
        QStringList marks;
        for (qint64 id : withheldSources) {
            marks << QStringLiteral("?");
            s.values << id;
        }
        parts << QStringLiteral("i.source_id NOT IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    s.where = parts.isEmpty() ? QStringLiteral("1") : parts.join(QLatin1String(" AND "));
    return s;
}

QString Filter::describe() const
{
    QStringList parts;
    if (dayFrom || dayTo) {
        parts << QStringLiteral("%1 – %2").arg(
            dayFrom ? QDate::fromJulianDay(*dayFrom).toString(Qt::ISODate) : QStringLiteral("…"),
            dayTo ? QDate::fromJulianDay(*dayTo).toString(Qt::ISODate) : QStringLiteral("…"));
    }
    if (exploitation)
        parts << Taxonomy::describe(Taxonomy::Group::Exploitation, exploitation);
    if (!sourceKinds.isEmpty()) {
        QStringList names; // in words, as the filter bar lists them
        for (const QString& kind : sourceKinds)
            names << Taxonomy::sourceKindName(kind);
        parts << names.join(QLatin1String(", "));
    }
    if (!sourceGrades.isEmpty())
        parts << QCoreApplication::translate("Filter", "grades %1").arg(sourceGrades.join(QLatin1String(", ")));
    if (!withheldSources.isEmpty()) {
        if (parts.isEmpty())
            parts << QCoreApplication::translate("Filter", "All incidents");
        parts << QCoreApplication::translate(
            "Filter", "without %n source(s) that may not go", nullptr, int(withheldSources.size()));
    }
    return parts.isEmpty() ? QCoreApplication::translate("Filter", "All incidents") : parts.join(QStringLiteral(" · "));
}

QJsonObject Filter::toJson() const
{
    QJsonObject o;
    if (dayFrom)
        o.insert(QStringLiteral("dayFrom"), double(*dayFrom));
    if (dayTo)
        o.insert(QStringLiteral("dayTo"), double(*dayTo));
    o.insert(QStringLiteral("exploitation"), double(exploitation));
    o.insert(QStringLiteral("sourceKinds"), QJsonArray::fromStringList(sourceKinds));
    o.insert(QStringLiteral("sourceGrades"), QJsonArray::fromStringList(sourceGrades));
    if (!withheldSources.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : withheldSources)
            ids.append(double(id));
        o.insert(QStringLiteral("withheldSources"), ids);
    }
    return o;
}

Filter Filter::fromJson(const QJsonObject& o)
{
    Filter f;
    if (o.contains(QLatin1String("dayFrom")))
        f.dayFrom = qint64(o.value(QLatin1String("dayFrom")).toDouble());
    if (o.contains(QLatin1String("dayTo")))
        f.dayTo = qint64(o.value(QLatin1String("dayTo")).toDouble());
    f.exploitation = quint32(o.value(QLatin1String("exploitation")).toDouble());
    for (const QJsonValue& v : o.value(QLatin1String("sourceKinds")).toArray())
        f.sourceKinds << v.toString();
    for (const QJsonValue& v : o.value(QLatin1String("sourceGrades")).toArray())
        f.sourceGrades << v.toString();
    for (const QJsonValue& v : o.value(QLatin1String("withheldSources")).toArray())
        f.withheldSources << qint64(v.toDouble());
    return f;
}

} // namespace waymark::analysis
