#include "stiximporter.h"

#include "core/taxonomy.h"
#include "ingest/importsession.h"
#include "ingest/recordwriter.h"
#include "ingest/stixbundle.h"
#include "ingest/stixrules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <cmath>

namespace waymark::ingest {

namespace {

/// The TLP label and the handling conditions one marking definition says.
struct Marking {
    QString tlp;
    QString statement;
};

Marking markingOf(const StixBundle::Object& o)
{
    Marking m;
    m.tlp = StixRules::tlp2Label(o.id);
    if (m.tlp.isEmpty()) {
        const QString level = o.json.value(QLatin1String("extensions"))
                                  .toObject()
                                  .value(QLatin1String(StixRules::kTlp2Extension))
                                  .toObject()
                                  .value(QLatin1String("tlp_2_0"))
                                  .toString()
                                  .toUpper();
        if (!level.isEmpty())
            m.tlp = QStringLiteral("TLP:") + level;
    }
    const QString type = o.json.value(QLatin1String("definition_type")).toString();
    const QJsonObject definition = o.json.value(QLatin1String("definition")).toObject();
    if (m.tlp.isEmpty() && type == QLatin1String("tlp"))
        m.tlp = QStringLiteral("TLP:") + definition.value(QLatin1String("tlp")).toString().toUpper();
    if (type == QLatin1String("statement"))
        m.statement = definition.value(QLatin1String("statement")).toString().trimmed();
    if (m.tlp == QLatin1String("TLP:WHITE"))
        m.tlp = QStringLiteral("TLP:CLEAR"); // TLP 1.0's WHITE is 2.0's CLEAR
    if (!m.tlp.isEmpty() && m.tlp != QLatin1String("TLP:CLEAR") && m.tlp != QLatin1String("TLP:GREEN")
        && m.tlp != QLatin1String("TLP:AMBER") && m.tlp != QLatin1String("TLP:AMBER+STRICT")
        && m.tlp != QLatin1String("TLP:RED"))
        m.tlp = QStringLiteral("TLP:RED"); // a label we do not know is held as tightly as we can
    return m;
}

int rank(const QString& tlp)
{
    static const QStringList order { QStringLiteral("TLP:CLEAR"), QStringLiteral("TLP:GREEN"),
        QStringLiteral("TLP:AMBER"), QStringLiteral("TLP:AMBER+STRICT"), QStringLiteral("TLP:RED") };
    return int(order.indexOf(tlp));
}

class Importer {
public:
    Importer(ImportSession& session, const QString& fileName)
        : m_session(session)
        , m_writer(session)
        , m_file(fileName)
    {
    }
    Status run(const StixBundle& bundle);

private:
    Result<qint64> sourceFor(const StixBundle::Object& o);
    Status entity(const StixBundle::Object& o, const QString& type, const QString& label, const QJsonObject& attrs);
    Status reject(const StixBundle::Object& o, const QString& property, const QString& reason);

    ImportSession& m_session;
    RecordWriter m_writer;
    QString m_file;
    QHash<QString, Marking> m_markings;
    QHash<QString, QString> m_identityNames;
    QSet<QString> m_creators;
    QHash<QString, qint64> m_sources; ///< by source key
    QHash<QString, qint64> m_entities, m_incidents; ///< STIX id → row id
    struct Place {
        qint64 placeId = 0;
        double lon = std::nan(""), lat = std::nan("");
    };
    QHash<QString, Place> m_places;
    QMap<QString, int> m_kept; ///< unmapped objects by type
};

Status Importer::reject(const StixBundle::Object& o, const QString& property, const QString& reason)
{
    const QByteArray raw = QJsonDocument(o.json).toJson(QJsonDocument::Compact);
    return m_session.reject(
        Error::at(m_file, o.line, o.column,
            QCoreApplication::translate("StixImporter", "object %1, property %2: %3").arg(o.id, property, reason)),
        raw);
}

Result<qint64> Importer::sourceFor(const StixBundle::Object& o)
{
    QString tlp;
    QStringList statements;
    for (const QJsonValue& v : o.json.value(QLatin1String("object_marking_refs")).toArray()) {
        const QString ref = v.toString();
        Marking m = m_markings.value(ref);
        if (m.tlp.isEmpty() && m.statement.isEmpty()) {
            // A well-known marking the bundle need not carry.
            m.tlp = StixRules::tlp2Label(ref);
            const QString tlp1 = StixRules::tlp1Label(ref);
            if (!tlp1.isEmpty())
                m.tlp = tlp1 == QLatin1String("white") ? QStringLiteral("TLP:CLEAR")
                                                       : QStringLiteral("TLP:") + tlp1.toUpper();
        }
        if (rank(m.tlp) > rank(tlp))
            tlp = m.tlp;
        if (!m.statement.isEmpty() && !statements.contains(m.statement))
            statements << m.statement;
    }
    const QString creator = o.json.value(QLatin1String("created_by_ref")).toString();
    const QString conditions = statements.join(QStringLiteral("; "));
    QString key = QStringLiteral("stix:%1:%2")
                      .arg(creator.isEmpty() ? m_file : creator, tlp.isEmpty() ? QStringLiteral("unmarked") : tlp);
    if (!conditions.isEmpty())
        key += QLatin1Char(':')
            + QString::fromLatin1(
                QCryptographicHash::hash(conditions.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    if (const qint64 id = m_sources.value(key))
        return id;
    RecordWriter::Source s;
    s.key = key;
    const QString producer = m_identityNames.value(creator);
    s.name = producer.isEmpty() ? QCoreApplication::translate("StixImporter", "STIX bundle %1").arg(m_file)
                                : QCoreApplication::translate("StixImporter", "%1 (STIX)").arg(producer);
    s.kind = QStringLiteral("partner_case");
    s.gradingScheme = QStringLiteral("none");
    if (!conditions.isEmpty()) {
        // A statement marking says on what terms the records may go: 3x5x2 C.
        s.gradingScheme = QStringLiteral("uk_3x5x2");
        s.handlingCode = QStringLiteral("C");
        s.handlingConditions = conditions;
    }
    s.tlp = tlp;
    auto w = m_writer.source(s, o.line);
    if (!w)
        return w.error();
    m_sources.insert(key, w->id);
    return w->id;
}

Status Importer::entity(
    const StixBundle::Object& o, const QString& type, const QString& label, const QJsonObject& attrs)
{
    auto source = sourceFor(o);
    if (!source)
        return source.error();
    RecordWriter::Entity e;
    e.key = QStringLiteral("stix:") + o.id;
    e.type = type;
    e.label = label;
    e.sourceId = source.value();
    QJsonObject a = attrs;
    a.insert(QStringLiteral("stix_id"), o.id);
    e.attributes = QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    auto w = m_writer.entity(e, o.line);
    if (!w)
        return w.error();
    m_entities.insert(o.id, w->id);
    ++(w->added ? m_session.summary().rowsImported : m_session.summary().rowsDuplicate);
    return Ok {};
}

Status Importer::run(const StixBundle& bundle)
{
    static const QSet<QString> notRecords { QStringLiteral("marking-definition"),
        QStringLiteral("extension-definition"), QStringLiteral("language-content") };
    for (const StixBundle::Object& o : bundle.objects) {
        if (o.type == QLatin1String("marking-definition"))
            m_markings.insert(o.id, markingOf(o));
        if (o.type == QLatin1String("identity"))
            m_identityNames.insert(o.id, o.json.value(QLatin1String("name")).toString());
        const QString creator = o.json.value(QLatin1String("created_by_ref")).toString();
        if (!creator.isEmpty())
            m_creators.insert(creator);
    }
    // Where an incident happened, and its route's ends: its located-at,
    // originates-from and (Waymark's) x-destined-for relationships.
    QHash<QString, QString> incidentPlace, incidentOrigin, incidentDestination;
    for (const StixBundle::Object& o : bundle.objects) {
        const QString from = o.json.value(QLatin1String("source_ref")).toString();
        if (o.type != QLatin1String("relationship") || !from.startsWith(QLatin1String("incident--")))
            continue;
        const QString type = o.json.value(QLatin1String("relationship_type")).toString();
        const QString to = o.json.value(QLatin1String("target_ref")).toString();
        if (type == QLatin1String("located-at"))
            incidentPlace.insert(from, to);
        else if (type == QLatin1String("originates-from"))
            incidentOrigin.insert(from, to);
        else if (type == QLatin1String("x-destined-for"))
            incidentDestination.insert(from, to);
    }

    // Places and entities first, then incidents, then what links them.
    for (int pass = 0; pass < 3; ++pass) {
        for (const StixBundle::Object& o : bundle.objects) {
            if (m_session.feedback().isCanceled())
                return Ok {};
            if (notRecords.contains(o.type))
                continue;
            const bool relation = o.type == QLatin1String("relationship");
            const bool incident = o.type == QLatin1String("incident");
            if ((relation ? 2 : incident ? 1 : 0) != pass)
                continue;
            ++m_session.summary().rowsRead;
            const QJsonObject& j = o.json;
            if (o.type == QLatin1String("identity")) {
                if (m_creators.contains(o.id)) {
                    ++m_session.summary().rowsImported; // a producer: it names sources, it is not a record
                    continue;
                }
                const QString name = j.value(QLatin1String("name")).toString().trimmed();
                if (name.isEmpty()) {
                    if (Status st = reject(o, QStringLiteral("name"),
                            QCoreApplication::translate("StixImporter", "an identity needs a name"));
                        !st)
                        return st;
                    continue;
                }
                const QString cls = j.value(QLatin1String("identity_class")).toString();
                QString type = j.value(QLatin1String("x_waymark_entity_type")).toString();
                if (!Taxonomy::entityTypes().contains(type))
                    type = cls == QLatin1String("individual") ? QStringLiteral("person")
                        : (cls == QLatin1String("organization") || cls == QLatin1String("group"))
                        ? QStringLiteral("organisation")
                        : QStringLiteral("other");
                QJsonObject attrs;
                for (const char* p : { "description", "sectors", "contact_information", "roles" }) {
                    if (j.contains(QLatin1String(p)))
                        attrs.insert(QLatin1String(p), j.value(QLatin1String(p)));
                }
                if (Status st = entity(o, type, name, attrs); !st)
                    return st;
            } else if (o.type == QLatin1String("email-addr")) {
                const QString value = j.value(QLatin1String("value")).toString().trimmed();
                if (value.isEmpty()) {
                    if (Status st = reject(o, QStringLiteral("value"),
                            QCoreApplication::translate("StixImporter", "an e-mail address needs a value"));
                        !st)
                        return st;
                    continue;
                }
                if (Status st = entity(o, QStringLiteral("email"), value, {}); !st)
                    return st;
            } else if (o.type == QLatin1String("location")) {
                Place place;
                const QString country = j.value(QLatin1String("country")).toString();
                const qint64 countryId = country.isEmpty() ? 0 : m_session.countryByCode(country.toStdString());
                const bool point
                    = j.value(QLatin1String("latitude")).isDouble() && j.value(QLatin1String("longitude")).isDouble();
                const double lat = j.value(QLatin1String("latitude")).toDouble();
                const double lon = j.value(QLatin1String("longitude")).toDouble();
                if (point && (std::abs(lat) > 90 || std::abs(lon) > 180)) {
                    if (Status st = reject(o, QStringLiteral("latitude"),
                            QCoreApplication::translate("StixImporter", "%1, %2 is not on the Earth")
                                .arg(lat)
                                .arg(lon));
                        !st)
                        return st;
                    continue;
                }
                if (point) {
                    place.lon = lon;
                    place.lat = lat;
                }
                place.placeId = countryId;
                const QString city = j.value(QLatin1String("city")).toString().trimmed();
                if (countryId && point && !city.isEmpty()) {
                    auto c = m_session.city(countryId, city, lon, lat, o.line);
                    if (!c)
                        return c.error();
                    place.placeId = c.value();
                }
                m_places.insert(o.id, place);
                QString label = j.value(QLatin1String("name")).toString().trimmed();
                if (label.isEmpty())
                    label = !city.isEmpty()  ? city
                        : !country.isEmpty() ? country
                        : point              ? QStringLiteral("%1, %2").arg(lat).arg(lon)
                                             : j.value(QLatin1String("region")).toString();
                QJsonObject attrs;
                for (const char* p : { "country", "region", "city", "latitude", "longitude", "street_address" }) {
                    if (j.contains(QLatin1String(p)))
                        attrs.insert(QLatin1String(p), j.value(QLatin1String(p)));
                }
                if (Status st = entity(o, QStringLiteral("location"), label.isEmpty() ? o.id : label, attrs); !st)
                    return st;
            } else if (incident) {
                auto source = sourceFor(o);
                if (!source)
                    return source.error();
                RecordWriter::Incident r;
                r.key = QStringLiteral("stix:") + o.id;
                r.sourceId = source.value();
                const QString date = j.value(QLatin1String("x_waymark_date")).toString();
                if (!date.isEmpty()) {
                    r.date = FuzzyDate::parse(date.toStdString(), m_session.maxYear());
                    if (!r.date) {
                        if (Status st = reject(o, QStringLiteral("x_waymark_date"),
                                QCoreApplication::translate("StixImporter", "\"%1\" is not a date").arg(date));
                            !st)
                            return st;
                        continue;
                    }
                }
                for (const QJsonValue& v : j.value(QLatin1String("x_waymark_exploitation")).toArray())
                    r.exploitation |= Taxonomy::bit(Taxonomy::Group::Exploitation, v.toString().toStdString());
                if (j.value(QLatin1String("x_waymark_victims")).isDouble())
                    r.victims = std::max<qint64>(0, qint64(j.value(QLatin1String("x_waymark_victims")).toDouble()));
                const QString gender = j.value(QLatin1String("x_waymark_gender")).toString();
                if (gender == QLatin1String("man") || gender == QLatin1String("woman")
                    || gender == QLatin1String("trans"))
                    r.gender = gender;
                r.ageBand = j.value(QLatin1String("x_waymark_age_band")).toString();
                r.summary = j.value(QLatin1String("description")).toString();
                if (r.summary.isEmpty())
                    r.summary = j.value(QLatin1String("name")).toString();
                const Place place = m_places.value(incidentPlace.value(o.id));
                r.placeId = place.placeId;
                r.lon = place.lon;
                r.lat = place.lat;
                r.originId = m_places.value(incidentOrigin.value(o.id)).placeId;
                r.destinationId = m_places.value(incidentDestination.value(o.id)).placeId;
                auto w = m_writer.incident(r, o.line);
                if (!w)
                    return w.error();
                m_incidents.insert(o.id, w->id);
                ++(w->added ? m_session.summary().rowsImported : m_session.summary().rowsDuplicate);
            } else if (relation) {
                const QString from = j.value(QLatin1String("source_ref")).toString();
                const QString to = j.value(QLatin1String("target_ref")).toString();
                const QString type = j.value(QLatin1String("relationship_type")).toString();
                if (m_incidents.contains(from) && m_places.contains(to)) {
                    ++m_session.summary().rowsImported; // placed the incident above
                    continue;
                }
                const QString incidentEnd = m_incidents.contains(from) ? from
                    : m_incidents.contains(to)                         ? to
                                                                       : QString();
                const QString entityEnd = m_entities.contains(from) ? from : m_entities.contains(to) ? to : QString();
                if (!incidentEnd.isEmpty() && !entityEnd.isEmpty()) {
                    QString role = j.value(QLatin1String("x_waymark_role")).toString();
                    if (!Taxonomy::incidentRoles().contains(role))
                        role = QStringLiteral("associated");
                    auto w = m_writer.involvement(
                        m_incidents.value(incidentEnd), m_entities.value(entityEnd), role, o.line);
                    if (!w)
                        return w.error();
                    ++(w->added ? m_session.summary().rowsImported : m_session.summary().rowsDuplicate);
                    continue;
                }
                if (!m_entities.contains(from) || !m_entities.contains(to)) {
                    if (Status st = reject(o,
                            m_entities.contains(from) ? QStringLiteral("target_ref") : QStringLiteral("source_ref"),
                            QCoreApplication::translate(
                                "StixImporter", "its end was not imported (see the rows before)"));
                        !st)
                        return st;
                    continue;
                }
                auto source = sourceFor(o);
                if (!source)
                    return source.error();
                RecordWriter::Link l;
                l.key = QStringLiteral("stix:") + o.id;
                l.type = type.isEmpty() ? QStringLiteral("associate") : type;
                l.fromId = m_entities.value(from);
                l.toId = m_entities.value(to);
                l.sourceId = source.value();
                if (j.value(QLatin1String("x_waymark_weight")).isDouble())
                    l.weight = j.value(QLatin1String("x_waymark_weight")).toDouble();
                auto w = m_writer.link(l, o.line);
                if (!w)
                    return w.error();
                ++(w->added ? m_session.summary().rowsImported : m_session.summary().rowsDuplicate);
            } else {
                // Nothing of Waymark's own: kept whole, so that nothing a partner sent is lost.
                QString label = j.value(QLatin1String("name")).toString().trimmed();
                if (label.isEmpty())
                    label = j.value(QLatin1String("value")).toString().trimmed();
                if (label.isEmpty())
                    label = o.id;
                ++m_kept[o.type];
                if (Status st = entity(o, QStringLiteral("other"), label,
                        QJsonObject { { QStringLiteral("stix_type"), o.type }, { QStringLiteral("stix_object"), j } });
                    !st)
                    return st;
            }
        }
    }
    if (!m_kept.isEmpty()) {
        QStringList parts;
        int total = 0;
        for (auto it = m_kept.cbegin(); it != m_kept.cend(); ++it) {
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            total += it.value();
        }
        m_session.summary().notes << QCoreApplication::translate("StixImporter",
            "%n STIX object(s) of types Waymark does not map (%1) kept as \"other\" entities, the whole object in "
            "their attributes.",
            nullptr, total)
                                         .arg(parts.join(QStringLiteral(", ")));
    }
    return Ok {};
}

} // namespace

bool StixImporter::recognises(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("stix"))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return StixBundle::sniff(f.read(4096));
}

Status StixImporter::run(ImportSession& session, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("StixImporter", "%1 cannot be read: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    const QString name = QFileInfo(path).fileName();
    auto bundle = StixBundle::parse(bytes, name);
    if (!bundle)
        return bundle.error();
    Importer importer(session, name);
    return importer.run(bundle.value());
}

} // namespace waymark::ingest
