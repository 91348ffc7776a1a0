#include "stixrules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace waymark::ingest {

const char* const StixRules::kTlp2Extension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

namespace {

struct Tlp {
    const char* id;
    const char* label;
};
// OASIS cti-stix-common-objects, extension-definition-specifications/tlp-2.0.
const Tlp kTlp2[] = {
    { "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "TLP:CLEAR" },
    { "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "TLP:GREEN" },
    { "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "TLP:AMBER" },
    { "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "TLP:AMBER+STRICT" },
    { "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "TLP:RED" },
};
// STIX 2.1 §7.2.1.4: the TLP 1.0 markings every consumer knows.
const Tlp kTlp1[] = {
    { "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", "white" },
    { "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", "green" },
    { "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", "amber" },
    { "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", "red" },
};

const QSet<QString>& domainObjects()
{
    static const QSet<QString> s { QStringLiteral("attack-pattern"), QStringLiteral("campaign"),
        QStringLiteral("course-of-action"), QStringLiteral("grouping"), QStringLiteral("identity"),
        QStringLiteral("incident"), QStringLiteral("indicator"), QStringLiteral("infrastructure"),
        QStringLiteral("intrusion-set"), QStringLiteral("location"), QStringLiteral("malware"),
        QStringLiteral("malware-analysis"), QStringLiteral("note"), QStringLiteral("observed-data"),
        QStringLiteral("opinion"), QStringLiteral("report"), QStringLiteral("threat-actor"), QStringLiteral("tool"),
        QStringLiteral("vulnerability") };
    return s;
}

const QSet<QString>& observableObjects()
{
    static const QSet<QString> s { QStringLiteral("artifact"), QStringLiteral("autonomous-system"),
        QStringLiteral("directory"), QStringLiteral("domain-name"), QStringLiteral("email-addr"),
        QStringLiteral("email-message"), QStringLiteral("file"), QStringLiteral("ipv4-addr"),
        QStringLiteral("ipv6-addr"), QStringLiteral("mac-addr"), QStringLiteral("mutex"),
        QStringLiteral("network-traffic"), QStringLiteral("process"), QStringLiteral("software"), QStringLiteral("url"),
        QStringLiteral("user-account"), QStringLiteral("windows-registry-key"), QStringLiteral("x509-certificate") };
    return s;
}

bool isObservable(const QString& type)
{
    return observableObjects().contains(type);
}

/// The types a reference property may point to; empty: any object type.
QStringList allowedTargets(const QString& type, const QString& property)
{
    if (property == QLatin1String("created_by_ref"))
        return { QStringLiteral("identity") };
    if (property == QLatin1String("object_marking_refs") || property == QLatin1String("marking_ref"))
        return { QStringLiteral("marking-definition") };
    if (property == QLatin1String("where_sighted_refs"))
        return { QStringLiteral("identity"), QStringLiteral("location") };
    if (property == QLatin1String("observed_data_refs"))
        return { QStringLiteral("observed-data") };
    if (property == QLatin1String("sample_refs") && type == QLatin1String("malware"))
        return { QStringLiteral("file"), QStringLiteral("artifact") };
    return {};
}

bool isSdoOrSco(const QString& type)
{
    return domainObjects().contains(type) || isObservable(type) || type.startsWith(QLatin1String("x-"));
}

/// Required properties of each object type, beyond the common ones.
QStringList required(const QString& type)
{
    static const QHash<QString, QStringList> r {
        { QStringLiteral("identity"), { QStringLiteral("name") } },
        { QStringLiteral("incident"), { QStringLiteral("name") } },
        { QStringLiteral("relationship"),
            { QStringLiteral("relationship_type"), QStringLiteral("source_ref"), QStringLiteral("target_ref") } },
        { QStringLiteral("sighting"), { QStringLiteral("sighting_of_ref") } },
        { QStringLiteral("report"),
            { QStringLiteral("name"), QStringLiteral("published"), QStringLiteral("object_refs") } },
        { QStringLiteral("note"), { QStringLiteral("content"), QStringLiteral("object_refs") } },
        { QStringLiteral("grouping"), { QStringLiteral("context"), QStringLiteral("object_refs") } },
        { QStringLiteral("opinion"), { QStringLiteral("opinion"), QStringLiteral("object_refs") } },
        { QStringLiteral("observed-data"),
            { QStringLiteral("first_observed"), QStringLiteral("last_observed"), QStringLiteral("number_observed") } },
        { QStringLiteral("email-addr"), { QStringLiteral("value") } },
        { QStringLiteral("threat-actor"), { QStringLiteral("name") } },
        { QStringLiteral("campaign"), { QStringLiteral("name") } },
        { QStringLiteral("intrusion-set"), { QStringLiteral("name") } },
        { QStringLiteral("indicator"),
            { QStringLiteral("pattern"), QStringLiteral("pattern_type"), QStringLiteral("valid_from") } },
    };
    return r.value(type);
}

const char* const kTimestampProperties[] = { "created", "modified", "published", "first_seen", "last_seen",
    "first_observed", "last_observed", "valid_from", "valid_until", "start_time", "stop_time" };

} // namespace

QString StixRules::Problem::text() const
{
    return QCoreApplication::translate("StixRules", "%1: %2: %3").arg(objectId, property, reason);
}

bool StixRules::isIdentifier(const QString& id, const QString& type)
{
    // RFC 4122: version 1–5 (and the newer 6–8), variant 10xx.
    static const QRegularExpression re(QStringLiteral("^([a-z0-9][a-z0-9-]*[a-z0-9]|[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-"
                                                      "[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const auto m = re.match(id);
    if (!m.hasMatch())
        return false;
    return type.isEmpty() || m.captured(1) == type;
}

bool StixRules::isTimestamp(const QString& value)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?Z$"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return false;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // Leap seconds (60) are allowed by RFC 3339.
    return d.isValid() && m.captured(4).toInt() < 24 && m.captured(5).toInt() < 60 && m.captured(6).toInt() <= 60;
}

QString StixRules::tlp1Label(const QString& markingId)
{
    for (const Tlp& t : kTlp1) {
        if (markingId == QLatin1String(t.id))
            return QLatin1String(t.label);
    }
    return {};
}

QString StixRules::tlp2Label(const QString& markingId)
{
    for (const Tlp& t : kTlp2) {
        if (markingId == QLatin1String(t.id))
            return QLatin1String(t.label);
    }
    return {};
}

QString StixRules::tlp2MarkingId(const QString& label)
{
    for (const Tlp& t : kTlp2) {
        if (label == QLatin1String(t.label))
            return QLatin1String(t.id);
    }
    return {};
}

std::vector<StixRules::Problem> StixRules::check(const QJsonObject& bundle)
{
    std::vector<Problem> problems;
    auto problem = [&](const QString& id, const QString& property, const QString& reason) {
        problems.push_back({ id, property, reason });
    };
    const QString bundleId = bundle.value(QLatin1String("id")).toString();
    if (bundle.value(QLatin1String("type")).toString() != QLatin1String("bundle"))
        problem(QStringLiteral("bundle"), QStringLiteral("type"),
            QCoreApplication::translate("StixRules", "must be \"bundle\""));
    if (!isIdentifier(bundleId, QStringLiteral("bundle")))
        problem(QStringLiteral("bundle"), QStringLiteral("id"),
            QCoreApplication::translate("StixRules", "must be bundle--UUID"));
    if (!bundle.value(QLatin1String("objects")).isArray()) {
        problem(QStringLiteral("bundle"), QStringLiteral("objects"),
            QCoreApplication::translate("StixRules", "must be a list of objects"));
        return problems;
    }
    const QJsonArray objects = bundle.value(QLatin1String("objects")).toArray();

    // First every id and its type, so that references may point forwards.
    QHash<QString, QString> typeOf;
    for (const QJsonValue& v : objects) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (isIdentifier(id))
            typeOf.insert(id, id.section(QStringLiteral("--"), 0, 0));
    }

    for (int i = 0; i < objects.size(); ++i) {
        if (!objects.at(i).isObject()) {
            problem(QStringLiteral("objects[%1]").arg(i), QString(),
                QCoreApplication::translate("StixRules", "not a JSON object"));
            continue;
        }
        const QJsonObject o = objects.at(i).toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        const QString id = o.value(QLatin1String("id")).toString();
        const QString where = id.isEmpty() ? QStringLiteral("objects[%1]").arg(i) : id;
        static const QRegularExpression typeRe(QStringLiteral("^[a-z0-9][a-z0-9-]{1,248}[a-z0-9]$"));
        if (!typeRe.match(type).hasMatch()) {
            problem(where, QStringLiteral("type"),
                QCoreApplication::translate("StixRules", "missing, or not lower-case letters, digits and hyphens"));
            continue;
        }
        if (!isIdentifier(id, type))
            problem(where, QStringLiteral("id"),
                QCoreApplication::translate("StixRules", "must be %1--UUID (RFC 4122)").arg(type));
        const bool observable = isObservable(type);
        const QString spec = o.value(QLatin1String("spec_version")).toString();
        if (!observable && spec != QLatin1String("2.1"))
            problem(where, QStringLiteral("spec_version"), QCoreApplication::translate("StixRules", "must be \"2.1\""));
        if (observable && o.contains(QLatin1String("spec_version")) && spec != QLatin1String("2.1"))
            problem(where, QStringLiteral("spec_version"), QCoreApplication::translate("StixRules", "must be \"2.1\""));
        if (!observable) {
            QStringList need { QStringLiteral("created") };
            if (type != QLatin1String("marking-definition"))
                need << QStringLiteral("modified");
            for (const QString& p : need) {
                if (!o.contains(p))
                    problem(where, p, QCoreApplication::translate("StixRules", "required, missing"));
            }
        }
        for (const char* p : kTimestampProperties) {
            const QString name = QLatin1String(p);
            if (o.contains(name) && !isTimestamp(o.value(name).toString()))
                problem(where, name,
                    QCoreApplication::translate(
                        "StixRules", "not an RFC 3339 timestamp in UTC (YYYY-MM-DDTHH:MM:SS[.s]Z)"));
        }
        if (o.contains(QLatin1String("created")) && o.contains(QLatin1String("modified"))
            && isTimestamp(o.value(QLatin1String("created")).toString())
            && isTimestamp(o.value(QLatin1String("modified")).toString())
            && QDateTime::fromString(o.value(QLatin1String("modified")).toString(), Qt::ISODateWithMs)
                < QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODateWithMs))
            problem(
                where, QStringLiteral("modified"), QCoreApplication::translate("StixRules", "earlier than created"));
        for (const QString& p : required(type)) {
            const QJsonValue v = o.value(p);
            const bool empty = v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())
                || (v.isArray() && v.toArray().isEmpty());
            if (empty)
                problem(where, p, QCoreApplication::translate("StixRules", "required, missing or empty"));
        }
        if (type == QLatin1String("location")) {
            const bool point = o.contains(QLatin1String("latitude")) && o.contains(QLatin1String("longitude"));
            if (!o.contains(QLatin1String("region")) && !o.contains(QLatin1String("country")) && !point)
                problem(where, QStringLiteral("region"),
                    QCoreApplication::translate(
                        "StixRules", "a location needs a region, a country, or a latitude and a longitude"));
            if (o.contains(QLatin1String("latitude")) != o.contains(QLatin1String("longitude")))
                problem(where, QStringLiteral("latitude"),
                    QCoreApplication::translate("StixRules", "latitude and longitude go together"));
            const double lat = o.value(QLatin1String("latitude")).toDouble();
            const double lon = o.value(QLatin1String("longitude")).toDouble();
            if (point && (lat < -90 || lat > 90 || lon < -180 || lon > 180))
                problem(where, QStringLiteral("latitude"),
                    QCoreApplication::translate("StixRules", "outside -90..90 / -180..180"));
        }
        if (type == QLatin1String("identity") && o.contains(QLatin1String("identity_class"))) {
            static const QSet<QString> classes { QStringLiteral("individual"), QStringLiteral("group"),
                QStringLiteral("system"), QStringLiteral("organization"), QStringLiteral("class"),
                QStringLiteral("unknown") };
            if (!classes.contains(o.value(QLatin1String("identity_class")).toString()))
                problem(where, QStringLiteral("identity_class"),
                    QCoreApplication::translate("StixRules", "not in identity-class-ov"));
        }
        if (type == QLatin1String("relationship")) {
            static const QRegularExpression rt(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
            if (!rt.match(o.value(QLatin1String("relationship_type")).toString()).hasMatch())
                problem(where, QStringLiteral("relationship_type"),
                    QCoreApplication::translate("StixRules", "lower-case letters, digits and hyphens only"));
        }
        if (type == QLatin1String("marking-definition")) {
            const bool statementOrTlp
                = o.contains(QLatin1String("definition_type")) && o.contains(QLatin1String("definition"));
            const bool extension = o.value(QLatin1String("extensions")).isObject();
            if (!statementOrTlp && !extension)
                problem(where, QStringLiteral("definition"),
                    QCoreApplication::translate(
                        "StixRules", "a marking definition needs definition_type and definition, or an extension"));
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString p = it.key();
            const bool one = p.endsWith(QLatin1String("_ref"));
            const bool many = p.endsWith(QLatin1String("_refs"));
            if (!one && !many)
                continue;
            QJsonArray refs;
            if (one) {
                refs.append(it.value());
            } else if (!it.value().isArray() || it.value().toArray().isEmpty()) {
                problem(where, p, QCoreApplication::translate("StixRules", "must be a non-empty list of identifiers"));
                continue;
            } else {
                refs = it.value().toArray();
            }
            const QStringList allowed = allowedTargets(type, p);
            for (const QJsonValue& r : refs) {
                const QString ref = r.toString();
                if (!isIdentifier(ref)) {
                    problem(where, p, QCoreApplication::translate("StixRules", "\"%1\" is not an identifier").arg(ref));
                    continue;
                }
                const QString target = ref.section(QStringLiteral("--"), 0, 0);
                const bool known = typeOf.contains(ref)
                    || (target == QLatin1String("marking-definition") && !tlp1Label(ref).isEmpty());
                if (!known)
                    problem(where, p, QCoreApplication::translate("StixRules", "%1 is not in the bundle").arg(ref));
                if (!allowed.isEmpty() && !allowed.contains(target))
                    problem(where, p,
                        QCoreApplication::translate("StixRules", "%1 must point to %2")
                            .arg(ref, allowed.join(QLatin1String(" or "))));
                if ((p == QLatin1String("source_ref") || p == QLatin1String("target_ref")
                        || p == QLatin1String("sighting_of_ref"))
                    && !isSdoOrSco(target))
                    problem(where, p,
                        QCoreApplication::translate("StixRules", "%1 must point to a domain or observable object")
                            .arg(ref));
            }
        }
    }
    return problems;
}

} // namespace waymark::ingest
