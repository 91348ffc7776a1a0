#include "sharepolicy.h"

#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

static void initModelsResources()
{
    Q_INIT_RESOURCE(models);
}

namespace waymark::sharing {

namespace {

/// How a field may be treated: a key (kept or pseudonymised, never removed),
/// free text (anything), a code or number (kept or removed), or fixed (always
/// kept: markings, types, references that follow their key).
enum class Kind { Key, Text, Code, Fixed };
struct FieldSpec {
    const char* table;
    const char* field;
    Kind kind;
    bool required;
};

const FieldSpec kFields[] = {
    { "sources", "source_id", Kind::Key, true },
    { "sources", "name", Kind::Text, true },
    { "sources", "kind", Kind::Fixed, true },
    { "sources", "grading_scheme", Kind::Fixed, true },
    { "sources", "source_grade", Kind::Fixed, false },
    { "sources", "info_grade", Kind::Fixed, false },
    { "sources", "handling_code", Kind::Fixed, false },
    { "sources", "handling_conditions", Kind::Fixed, false },
    { "sources", "tlp", Kind::Fixed, false },
    { "incidents", "incident_id", Kind::Key, true },
    { "incidents", "source_id", Kind::Fixed, true },
    { "incidents", "date", Kind::Code, true },
    { "incidents", "country", Kind::Code, false },
    { "incidents", "city", Kind::Text, false },
    { "incidents", "lon", Kind::Code, false },
    { "incidents", "lat", Kind::Code, false },
    { "incidents", "citizenship", Kind::Code, false },
    { "incidents", "exploitation", Kind::Code, false },
    { "incidents", "sectors", Kind::Code, false },
    { "incidents", "means", Kind::Code, false },
    { "incidents", "victims", Kind::Code, false },
    { "incidents", "gender", Kind::Code, false },
    { "incidents", "age_band", Kind::Code, false },
    { "incidents", "summary", Kind::Text, false },
    { "incidents", "info_grade", Kind::Code, false },
    { "route_legs", "incident_id", Kind::Fixed, true },
    { "route_legs", "seq", Kind::Fixed, true },
    { "route_legs", "from", Kind::Fixed, true },
    { "route_legs", "to", Kind::Fixed, true },
    { "route_legs", "transport_mode", Kind::Code, false },
    { "entities", "entity_id", Kind::Key, true },
    { "entities", "type", Kind::Fixed, true },
    { "entities", "source_id", Kind::Fixed, true },
    { "entities", "info_grade", Kind::Code, false },
    { "links", "link_id", Kind::Key, true },
    { "links", "from_entity", Kind::Fixed, true },
    { "links", "to_entity", Kind::Fixed, true },
    { "links", "type", Kind::Fixed, true },
    { "links", "first_seen", Kind::Code, false },
    { "links", "last_seen", Kind::Code, false },
    { "links", "weight", Kind::Code, false },
    { "links", "source_id", Kind::Fixed, true },
    { "links", "info_grade", Kind::Code, false },
    { "incident_entities", "incident_id", Kind::Fixed, true },
    { "incident_entities", "entity_id", Kind::Fixed, true },
    { "incident_entities", "role", Kind::Fixed, true },
    { "accounts", "account_id", Kind::Key, true },
    { "accounts", "source_id", Kind::Fixed, true },
    { "accounts", "holder_entity_id", Kind::Fixed, false },
    { "accounts", "bank", Kind::Text, false },
    { "accounts", "customer_name", Kind::Text, false },
    { "accounts", "address", Kind::Text, false },
    { "accounts", "phone", Kind::Text, false },
    { "accounts", "email", Kind::Text, false },
    { "accounts", "occupation", Kind::Text, false },
    { "accounts", "currency", Kind::Code, false },
    { "accounts", "opened", Kind::Code, false },
    { "accounts", "declared_income", Kind::Code, false },
};

const FieldSpec* specOf(const QString& table, const QString& field)
{
    for (const FieldSpec& f : kFields) {
        if (table == QLatin1String(f.table) && field == QLatin1String(f.field))
            return &f;
    }
    return nullptr;
}

std::optional<SharePolicy::Action> actionFrom(const QJsonValue& v)
{
    const QString s = v.toString();
    if (s == QLatin1String("keep"))
        return SharePolicy::Action::Keep;
    if (s == QLatin1String("pseudonymise"))
        return SharePolicy::Action::Pseudonymise;
    if (s == QLatin1String("remove"))
        return SharePolicy::Action::Remove;
    return std::nullopt;
}

qint64 offsetOf(const QByteArray& text, const QString& table, const QString& key)
{
    // The key inside its table's object, else the table, else the start.
    const QByteArray tableName = QByteArray("\"") + table.toUtf8() + QByteArray("\"");
    const QByteArray keyName = QByteArray("\"") + key.toUtf8() + QByteArray("\"");
    const qint64 t = table.isEmpty() ? -1 : text.indexOf(tableName);
    const qint64 k = text.indexOf(keyName, t < 0 ? 0 : t);
    return k >= 0 ? k : (t >= 0 ? t : 0);
}

} // namespace

QString SharePolicy::actionName(Action action)
{
    switch (action) {
    case Action::Keep:
        return QStringLiteral("keep");
    case Action::Pseudonymise:
        return QStringLiteral("pseudonymise");
    case Action::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

SharePolicy SharePolicy::defaults()
{
    static const SharePolicy policy = [] {
        initModelsResources();
        auto p = load(QStringLiteral(":/waymark/sharing/share-policy.json"));
        // Compiled in and tested: a build without it must not export anything.
        if (!p)
            qFatal("The shipped share policy cannot be read: %s", qPrintable(p.error().toString()));
        return p.value();
    }();
    return policy;
}

Result<SharePolicy> SharePolicy::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(
            QCoreApplication::translate("SharePolicy", "The policy %1 cannot be read: %2").arg(path, f.errorString()));
    return parse(f.readAll(), path.startsWith(QLatin1Char(':')) ? path.mid(1) : path);
}

Result<SharePolicy> SharePolicy::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::atOffset(fileName, json, pe.offset,
            QCoreApplication::translate("SharePolicy", "JSON syntax error: %1").arg(pe.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String("waymark-share-policy"))
        return Error::atOffset(fileName, json, 0,
            QCoreApplication::translate("SharePolicy", "\"format\" must be \"waymark-share-policy\""));
    if (o.value(QLatin1String("version")).toInt() != 1)
        return Error::atOffset(fileName, json, offsetOf(json, QString(), QStringLiteral("version")),
            QCoreApplication::translate(
                "SharePolicy", "\"version\" must be 1 (this Waymark reads share policies of version 1)"));
    SharePolicy p;
    p.m_bytes = json;
    p.m_sha256 = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    p.m_name = o.value(QLatin1String("name")).toString();
    const QJsonObject fields = o.value(QLatin1String("fields")).toObject();
    auto bad = [&](const QString& table, const QString& key, const QString& why) {
        return Error::atOffset(
            fileName, json, offsetOf(json, table, key), QStringLiteral("fields.%1.%2: %3").arg(table, key, why));
    };
    for (auto t = fields.begin(); t != fields.end(); ++t) {
        const QString table = t.key();
        const QJsonObject entries = t.value().toObject();
        const bool labels = table == QLatin1String("entity_labels");
        const bool attributes = table == QLatin1String("entity_attributes");
        for (auto e = entries.begin(); e != entries.end(); ++e) {
            const auto action = actionFrom(e.value());
            if (!action)
                return bad(table, e.key(),
                    QCoreApplication::translate("SharePolicy", "the action must be keep, pseudonymise or remove"));
            if (labels) {
                if (e.key() != QLatin1String("*") && !Taxonomy::entityTypes().contains(e.key()))
                    return bad(table, e.key(), QCoreApplication::translate("SharePolicy", "not an entity type"));
                if (*action == Action::Remove)
                    return bad(table, e.key(),
                        QCoreApplication::translate(
                            "SharePolicy", "an entity's label is required: keep or pseudonymise it"));
                p.m_labels.insert(e.key(), *action);
                continue;
            }
            if (attributes) {
                p.m_attributes.insert(e.key(), *action);
                continue;
            }
            const FieldSpec* spec = specOf(table, e.key());
            if (!spec)
                return bad(table, e.key(),
                    QCoreApplication::translate("SharePolicy", "no such field in the hub extract format"));
            if (spec->kind == Kind::Fixed && *action != Action::Keep)
                return bad(table, e.key(),
                    QCoreApplication::translate("SharePolicy",
                        "always goes as it is (markings, types and references are not the policy's to change)"));
            if (spec->kind == Kind::Code && *action == Action::Pseudonymise)
                return bad(table, e.key(),
                    QCoreApplication::translate(
                        "SharePolicy", "a code, date or number cannot be pseudonymised: keep or remove it"));
            if (spec->required && *action == Action::Remove)
                return bad(table, e.key(),
                    QCoreApplication::translate(
                        "SharePolicy", "the hub extract format requires it: keep or pseudonymise it"));
            p.m_fields.insert(table + QLatin1Char('.') + e.key(), *action);
        }
    }
    for (const FieldSpec& f : kFields) {
        const QString key = QLatin1String(f.table) + QLatin1Char('.') + QLatin1String(f.field);
        if (f.required && f.kind != Kind::Fixed && !p.m_fields.contains(key))
            return bad(QLatin1String(f.table), QLatin1String(f.field),
                QCoreApplication::translate(
                    "SharePolicy", "the hub extract format requires it: the policy must say keep or pseudonymise"));
    }
    return p;
}

SharePolicy::Action SharePolicy::action(const QString& table, const QString& field) const
{
    const FieldSpec* spec = specOf(table, field);
    if (spec && spec->kind == Kind::Fixed)
        return Action::Keep;
    return m_fields.value(table + QLatin1Char('.') + field, Action::Remove);
}

SharePolicy::Action SharePolicy::labelAction(const QString& entityType) const
{
    // A type the policy does not name is pseudonymised: a label is required.
    return m_labels.value(entityType, m_labels.value(QStringLiteral("*"), Action::Pseudonymise));
}

SharePolicy::Action SharePolicy::attributeAction(const QString& attribute) const
{
    return m_attributes.value(attribute, m_attributes.value(QStringLiteral("*"), Action::Remove));
}

} // namespace waymark::sharing
