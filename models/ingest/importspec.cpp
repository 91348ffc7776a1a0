#include "importspec.h"

#include "core/taxonomy.h"
#include "store/auditlog.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace waymark::ingest {

namespace {

/// A header further down than this is not a title above a table.
constexpr int kMaxHeaderRow = 1000000;

/// Where in the JSON a problem is: object keys and array indexes, from the top.
struct Problem {
    QStringList path; ///< keys, and "[n]" for array elements
    QString message;
    bool isNull() const { return message.isEmpty(); }
};

QString pathText(const QStringList& path)
{
    QString out;
    for (const QString& p : path) {
        if (p.startsWith(QLatin1Char('[')))
            out += p;
        else
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + p;
    }
    return out;
}

// --- Locating a JSON path in the text, for file:line:column errors. The text
// is known to parse, so the scanner below need not check anything.

qint64 skipWs(const QByteArray& s, qint64 p)
{
    while (p < s.size() && (s[p] == ' ' || s[p] == '\n' || s[p] == '\r' || s[p] == '\t'))
        ++p;
    return p;
}

qint64 skipString(const QByteArray& s, qint64 p)
{
    ++p; // opening quote
    while (p < s.size() && s[p] != '"')
        p += s[p] == '\\' ? 2 : 1;
    return p + 1;
}

qint64 skipValue(const QByteArray& s, qint64 p)
{
    p = skipWs(s, p);
    if (p >= s.size())
        return p;
    if (s[p] == '"')
        return skipString(s, p);
    if (s[p] == '{' || s[p] == '[') {
        int depth = 0;
        while (p < s.size()) {
            const char c = s[p];
            if (c == '"') {
                p = skipString(s, p);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return p + 1;
            ++p;
        }
        return p;
    }
    while (p < s.size() && s[p] != ',' && s[p] != '}' && s[p] != ']')
        ++p;
    return p;
}

/// Byte offset of the last element of `path` that can be found (the key of
/// an object member, or the start of an array element).
qint64 locate(const QByteArray& s, const QStringList& path)
{
    qint64 p = skipWs(s, 0);
    qint64 found = p;
    for (const QString& step : path) {
        if (p >= s.size())
            break;
        if (step.startsWith(QLatin1Char('['))) {
            if (s[p] != '[')
                break;
            const int want = step.mid(1, step.size() - 2).toInt();
            p = skipWs(s, p + 1);
            for (int i = 0; i < want && p < s.size() && s[p] != ']'; ++i) {
                p = skipWs(s, skipValue(s, p));
                if (p < s.size() && s[p] == ',')
                    p = skipWs(s, p + 1);
            }
            found = p;
            continue;
        }
        if (s[p] != '{')
            break;
        p = skipWs(s, p + 1);
        bool hit = false;
        while (p < s.size() && s[p] == '"') {
            const qint64 keyStart = p;
            const qint64 keyEnd = skipString(s, p);
            const QJsonDocument key = QJsonDocument::fromJson("[" + s.mid(keyStart, keyEnd - keyStart) + "]");
            p = skipWs(s, keyEnd);
            if (p < s.size() && s[p] == ':')
                p = skipWs(s, p + 1);
            if (key.array().at(0).toString() == step) {
                found = keyStart;
                hit = true;
                break;
            }
            p = skipWs(s, skipValue(s, p));
            if (p < s.size() && s[p] == ',')
                p = skipWs(s, p + 1);
        }
        if (!hit)
            break;
    }
    return found;
}

// --- Names.

const char* const kTargetNames[]
    = { "incident", "place", "route_leg", "entity", "link", "involvement", "account", "transaction" };

const char* const kOps[] = { "equals", "not_equals", "matches", "not_matches", "empty", "not_empty" };

QStringList choices(std::initializer_list<const char*> values)
{
    QStringList out;
    for (const char* v : values)
        out << QLatin1String(v);
    return out;
}

SpecField f(const char* name, SpecField::Kind kind, bool required = false, QStringList allowed = {},
    SpecTarget refers = SpecTarget::Incident)
{
    SpecField field;
    field.name = QLatin1String(name);
    field.kind = kind;
    field.required = required;
    field.allowed = std::move(allowed);
    field.refers = refers;
    return field;
}

// --- Reading values.

using K = SpecField::Kind;

Problem readValue(const QJsonValue& v, const QStringList& path, SpecValue& out)
{
    if (v.isString()) {
        out.column = v.toString();
        return {};
    }
    if (v.isDouble() || v.isBool()) {
        out.hasConstant = true;
        out.constant = v.isBool() ? (v.toBool() ? QStringLiteral("1") : QStringLiteral("0"))
                                  : QString::number(v.toDouble(), 'g', 15);
        return {};
    }
    if (!v.isObject())
        return { path, ImportSpec::tr("a value is a column name, a number, or an object such as {\"column\": …}") };
    const QJsonObject o = v.toObject();
    static const QStringList keys { QStringLiteral("column"), QStringLiteral("constant"), QStringLiteral("format"),
        QStringLiteral("record"), QStringLiteral("missing"), QStringLiteral("extract"), QStringLiteral("map"),
        QStringLiteral("strict"), QStringLiteral("default"), QStringLiteral("required"), QStringLiteral("separators"),
        QStringLiteral("date_formats"), QStringLiteral("place_by"), QStringLiteral("lon"), QStringLiteral("lat"),
        QStringLiteral("country"), QStringLiteral("decimal"), QStringLiteral("flags") };
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!keys.contains(it.key()))
            return { path + QStringList { it.key() },
                ImportSpec::tr("unknown key \"%1\" in a value (known: %2)")
                    .arg(it.key(), keys.join(QStringLiteral(", "))) };
    auto text = [&](const char* key) { return o.value(QLatin1String(key)).toString(); };
    auto list = [&](const char* key) {
        QStringList l;
        const QJsonValue x = o.value(QLatin1String(key));
        if (x.isString())
            l << x.toString();
        for (const QJsonValue& e : x.toArray())
            l << e.toString();
        return l;
    };
    out.column = text("column");
    if (o.contains(QLatin1String("constant"))) {
        const QJsonValue c = o.value(QLatin1String("constant"));
        out.hasConstant = true;
        out.constant = c.isDouble() ? QString::number(c.toDouble(), 'g', 15) : c.toString();
    }
    out.format = text("format");
    out.record = text("record");
    out.missing = list("missing");
    out.extract = text("extract");
    if (!out.extract.isEmpty()) {
        out.extractRegex = QRegularExpression(out.extract);
        if (!out.extractRegex.isValid())
            return { path + QStringList { QStringLiteral("extract") },
                ImportSpec::tr("the regular expression \"%1\" is not valid: %2")
                    .arg(out.extract, out.extractRegex.errorString()) };
    }
    const QJsonObject map = o.value(QLatin1String("map")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        out.map.insert(it.key().toLower(),
            it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 15) : it.value().toString());
    const QJsonObject flags = o.value(QLatin1String("flags")).toObject();
    for (auto it = flags.begin(); it != flags.end(); ++it)
        out.flags.insert(it.key(), it.value().toString());
    out.mapStrict = o.value(QLatin1String("strict")).toBool();
    out.defaultValue = o.value(QLatin1String("default")).isDouble()
        ? QString::number(o.value(QLatin1String("default")).toDouble(), 'g', 15)
        : text("default");
    out.required = o.value(QLatin1String("required")).toBool();
    out.separators = text("separators");
    out.dateFormats = list("date_formats");
    out.placeBy = text("place_by");
    static const QStringList placeModes { QStringLiteral("auto"), QStringLiteral("name"), QStringLiteral("iso"),
        QStringLiteral("m49"), QStringLiteral("coordinates") };
    if (!out.placeBy.isEmpty() && !placeModes.contains(out.placeBy))
        return { path + QStringList { QStringLiteral("place_by") },
            ImportSpec::tr("place_by must be one of %1, not \"%2\"")
                .arg(placeModes.join(QStringLiteral(", ")), out.placeBy) };
    out.lonColumn = text("lon");
    out.latColumn = text("lat");
    out.countryColumn = text("country");
    const QString decimal = text("decimal");
    if (!decimal.isEmpty()) {
        if (decimal != QLatin1String(".") && decimal != QLatin1String(","))
            return { path + QStringList { QStringLiteral("decimal") },
                ImportSpec::tr("the decimal mark must be . or ,") };
        out.decimal = char(decimal.at(0).unicode());
    }
    int sources
        = int(!out.column.isEmpty()) + int(out.hasConstant) + int(!out.format.isEmpty()) + int(!out.record.isEmpty());
    if (sources > 1)
        return { path, ImportSpec::tr("a value takes one of column, constant, format or record, not several") };
    if (sources == 0 && out.lonColumn.isEmpty() && out.defaultValue.isEmpty() && out.flags.isEmpty())
        return { path, ImportSpec::tr("a value needs a column, a constant, a format or a record") };
    return {};
}

QJsonValue writeValue(const SpecValue& v)
{
    const bool plain = !v.column.isEmpty() && v.missing.isEmpty() && v.extract.isEmpty() && v.map.isEmpty()
        && v.defaultValue.isEmpty() && !v.required && v.separators.isEmpty() && v.dateFormats.isEmpty()
        && v.placeBy.isEmpty() && v.lonColumn.isEmpty() && v.latColumn.isEmpty() && v.countryColumn.isEmpty()
        && v.decimal == '.' && v.flags.isEmpty();
    if (plain)
        return v.column;
    QJsonObject o;
    auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("column", v.column);
    if (v.hasConstant)
        o.insert(QStringLiteral("constant"), v.constant);
    put("format", v.format);
    put("record", v.record);
    if (!v.missing.isEmpty())
        o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(v.missing));
    put("extract", v.extract);
    if (!v.map.isEmpty()) {
        QJsonObject m;
        for (auto it = v.map.cbegin(); it != v.map.cend(); ++it)
            m.insert(it.key(), it.value());
        o.insert(QStringLiteral("map"), m);
    }
    if (!v.flags.isEmpty()) {
        QJsonObject f;
        for (auto it = v.flags.cbegin(); it != v.flags.cend(); ++it)
            f.insert(it.key(), it.value());
        o.insert(QStringLiteral("flags"), f);
    }
    if (v.mapStrict)
        o.insert(QStringLiteral("strict"), true);
    put("default", v.defaultValue);
    if (v.required)
        o.insert(QStringLiteral("required"), true);
    put("separators", v.separators);
    if (!v.dateFormats.isEmpty())
        o.insert(QStringLiteral("date_formats"), QJsonArray::fromStringList(v.dateFormats));
    put("place_by", v.placeBy);
    put("lon", v.lonColumn);
    put("lat", v.latColumn);
    put("country", v.countryColumn);
    if (v.decimal != '.')
        o.insert(QStringLiteral("decimal"), QString(QLatin1Char(v.decimal)));
    return o;
}

Problem readConditions(const QJsonValue& v, const QStringList& path, QList<SpecCondition>& out)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        return { path, ImportSpec::tr("\"when\" is a list of conditions") };
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QStringList here = path + QStringList { QStringLiteral("[%1]").arg(i) };
        const QJsonObject o = a.at(i).toObject();
        SpecCondition c;
        c.column = o.value(QLatin1String("column")).toString();
        if (c.column.isEmpty())
            return { here, ImportSpec::tr("a condition names its column") };
        int ops = 0;
        for (int k = 0; k < int(std::size(kOps)); ++k) {
            const QJsonValue x = o.value(QLatin1String(kOps[k]));
            if (x.isUndefined())
                continue;
            ++ops;
            c.op = SpecCondition::Op(k);
            c.value = x.isDouble() ? QString::number(x.toDouble(), 'g', 15) : x.toString();
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("column")
                && !choices({ kOps[0], kOps[1], kOps[2], kOps[3], kOps[4], kOps[5] }).contains(it.key()))
                return { here + QStringList { it.key() },
                    ImportSpec::tr("unknown key \"%1\" in a condition (column and one of equals, not_equals, matches, "
                                   "not_matches, empty, not_empty)")
                        .arg(it.key()) };
        }
        if (ops != 1)
            return { here,
                ImportSpec::tr(
                    "a condition takes exactly one of equals, not_equals, matches, not_matches, empty, not_empty") };
        if (c.op == SpecCondition::Op::Matches || c.op == SpecCondition::Op::NotMatches) {
            c.regex = QRegularExpression(c.value);
            if (!c.regex.isValid())
                return {
                    here + QStringList { QLatin1String(kOps[int(c.op)]) },
                    ImportSpec::tr("the regular expression \"%1\" is not valid: %2").arg(c.value, c.regex.errorString())
                };
        }
        out << c;
    }
    return {};
}

QJsonArray writeConditions(const QList<SpecCondition>& conditions)
{
    QJsonArray a;
    for (const SpecCondition& c : conditions) {
        QJsonObject o { { QStringLiteral("column"), c.column } };
        if (c.op == SpecCondition::Op::Empty || c.op == SpecCondition::Op::NotEmpty)
            o.insert(SpecCondition::opName(c.op), true);
        else
            o.insert(SpecCondition::opName(c.op), c.value);
        a << o;
    }
    return a;
}

/// Checks a spec as a whole; the first problem found.
Problem check(const ImportSpec& spec)
{
    if (spec.name.trimmed().isEmpty())
        return { { QStringLiteral("name") }, ImportSpec::tr("a specification needs a name") };
    if (spec.kind == ImportSpec::Kind::BankTransactions) {
        if (Status st = spec.bank.validate(); !st)
            return { { QStringLiteral("columns") }, st.error().message };
        return {};
    }
    for (auto it = spec.source.cbegin(); it != spec.source.cend(); ++it) {
        if (!ImportSpec::sourceFields().contains(it.key()))
            return { { QStringLiteral("source"), it.key() },
                ImportSpec::tr("unknown source field \"%1\" (known: %2)")
                    .arg(it.key(), ImportSpec::sourceFields().join(QStringLiteral(", "))) };
        if (!it->record.isEmpty())
            return { { QStringLiteral("source"), it.key() },
                ImportSpec::tr("a source field cannot refer to a record") };
    }
    auto constant = [&](const char* field) {
        const SpecValue v = spec.source.value(QLatin1String(field));
        return v.hasConstant ? v.constant : QString();
    };
    if (const QString kind = constant("kind"); !kind.isEmpty() && !Taxonomy::sourceKinds().contains(kind))
        return { { QStringLiteral("source"), QStringLiteral("kind") },
            ImportSpec::tr("unknown source kind \"%1\" (expected %2)")
                .arg(kind, Taxonomy::sourceKinds().join(QStringLiteral(", "))) };
    const QString scheme = constant("grading_scheme");
    if (!scheme.isEmpty() && !Taxonomy::gradingSchemes().contains(scheme))
        return { { QStringLiteral("source"), QStringLiteral("grading_scheme") },
            ImportSpec::tr("unknown grading scheme \"%1\" (expected %2)")
                .arg(scheme, Taxonomy::gradingSchemes().join(QStringLiteral(", "))) };
    if (!scheme.isEmpty()
        && !Taxonomy::isValidGrade(scheme, constant("source_grade"), constant("info_grade"), constant("handling_code")))
        return { { QStringLiteral("source") },
            ImportSpec::tr("the source's grades (%1, %2, %3) are not grades of %4")
                .arg(constant("source_grade"), constant("info_grade"), constant("handling_code"), scheme) };
    if (spec.records.empty())
        return { { QStringLiteral("records") }, ImportSpec::tr("a specification makes at least one record") };
    QHash<QString, SpecTarget> seen;
    for (size_t i = 0; i < spec.records.size(); ++i) {
        const SpecRecord& r = spec.records[i];
        const QStringList here { QStringLiteral("records"), QStringLiteral("[%1]").arg(i) };
        if (r.id.isEmpty())
            return { here, ImportSpec::tr("a record needs an id") };
        if (seen.contains(r.id))
            return { here + QStringList { QStringLiteral("id") },
                ImportSpec::tr("two records have the id \"%1\"").arg(r.id) };
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
            const QStringList at = here + QStringList { QStringLiteral("fields"), it.key() };
            const SpecField* field = SpecRecord::field(r.target, it.key());
            if (!field) {
                QStringList known;
                for (const SpecField& k : SpecRecord::fieldsOf(r.target))
                    known << k.name;
                return { at,
                    ImportSpec::tr("unknown field \"%1\" of %2 (fields: %3)")
                        .arg(it.key(), SpecRecord::targetName(r.target), known.join(QStringLiteral(", "))) };
            }
            if (!it->record.isEmpty()) {
                if (field->kind != K::Reference)
                    return { at, ImportSpec::tr("only a reference field can name a record") };
                if (!seen.contains(it->record))
                    return { at,
                        ImportSpec::tr("\"%1\" is not a record before this one (a record refers only to earlier ones)")
                            .arg(it->record) };
                if (seen.value(it->record) != field->refers)
                    return { at,
                        ImportSpec::tr("%1 must refer to a record of type %2, and \"%3\" is a %4")
                            .arg(it.key(), SpecRecord::targetName(field->refers), it->record,
                                SpecRecord::targetName(seen.value(it->record))) };
            }
            if (field->kind == K::Choice && it->hasConstant && !field->allowed.contains(it->constant))
                return { at,
                    ImportSpec::tr("\"%1\" is not one of %2")
                        .arg(it->constant, field->allowed.join(QStringLiteral(", "))) };
            if (field->kind == K::Choice && it->mapStrict) {
                for (const QString& to : it->map)
                    if (!field->allowed.contains(to))
                        return { at + QStringList { QStringLiteral("map") },
                            ImportSpec::tr("the map gives \"%1\", which is not one of %2")
                                .arg(to, field->allowed.join(QStringLiteral(", "))) };
            }
            if (!it->flags.isEmpty() && field->kind != K::Codes)
                return { at + QStringList { QStringLiteral("flags") },
                    ImportSpec::tr("flags make a code list; %1 is not one").arg(it.key()) };
            if (field->kind == K::Codes) {
                static const QStringList groups { QStringLiteral("exploitation"), QStringLiteral("sector"),
                    QStringLiteral("sex_form"), QStringLiteral("means"), QStringLiteral("recruiter") };
                const auto group = Taxonomy::Group(std::max(0, int(groups.indexOf(field->allowed.value(0)))));
                for (auto f = it->flags.cbegin(); f != it->flags.cend(); ++f) {
                    const QByteArray code = f.value().toUtf8();
                    if (!Taxonomy::bit(group, std::string_view(code.constData(), size_t(code.size()))))
                        return { at + QStringList { QStringLiteral("flags"), f.key() },
                            ImportSpec::tr("unknown code \"%1\" (expected %2)")
                                .arg(f.value(), Taxonomy::codes(group).join(QStringLiteral(", "))) };
                }
            }
        }
        for (const SpecField& field : SpecRecord::fieldsOf(r.target)) {
            const SpecValue v = r.fields.value(field.name);
            if (field.required && !v.isSet() && v.defaultValue.isEmpty())
                return { here + QStringList { QStringLiteral("fields") },
                    ImportSpec::tr("a %1 needs the field \"%2\"").arg(SpecRecord::targetName(r.target), field.name) };
        }
        seen.insert(r.id, r.target);
    }
    return {};
}

} // namespace

// --- Names and fields.

QString SpecCondition::opName(Op op)
{
    return QLatin1String(kOps[int(op)]);
}

QString SpecRecord::targetName(SpecTarget t)
{
    return QLatin1String(kTargetNames[int(t)]);
}

bool SpecRecord::targetFromName(const QString& name, SpecTarget& out)
{
    for (int i = 0; i < int(std::size(kTargetNames)); ++i) {
        if (name == QLatin1String(kTargetNames[i])) {
            out = SpecTarget(i);
            return true;
        }
    }
    return false;
}

const std::vector<SpecField>& SpecRecord::fieldsOf(SpecTarget t)
{
    static const std::vector<std::vector<SpecField>> all = [] {
        std::vector<std::vector<SpecField>> a(8);
        a[int(SpecTarget::Incident)] = { f("key", K::Key), f("date", K::Date), f("place", K::Place),
            f("lon", K::Number), f("lat", K::Number), f("origin", K::Place), f("destination", K::Place),
            f("exploitation", K::Codes, false, { QStringLiteral("exploitation") }),
            f("sectors", K::Codes, false, { QStringLiteral("sector") }),
            f("sex_forms", K::Codes, false, { QStringLiteral("sex_form") }),
            f("means", K::Codes, false, { QStringLiteral("means") }),
            f("recruiter", K::Codes, false, { QStringLiteral("recruiter") }), f("victims", K::Integer),
            f("gender", K::Choice, false, choices({ "man", "woman", "trans" })),
            f("age_band", K::Choice, false,
                choices({ "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+" })),
            f("traffick_months", K::Choice, false, choices({ "0--12", "13--24", "25+" })), f("summary", K::Text),
            f("info_grade", K::Grade) };
        a[int(SpecTarget::Place)]
            = { f("name", K::Text, true), f("country", K::Place, true), f("lon", K::Number), f("lat", K::Number) };
        a[int(SpecTarget::RouteLeg)] = { f("incident", K::Reference, true, {}, SpecTarget::Incident),
            f("seq", K::Integer), f("from", K::Place, true), f("to", K::Place, true),
            f("transport_mode", K::Choice, false, Taxonomy::transportModes()) };
        a[int(SpecTarget::Entity)] = { f("key", K::Key), f("type", K::Choice, true, Taxonomy::entityTypes()),
            f("label", K::Text, true), f("info_grade", K::Grade) };
        a[int(SpecTarget::Link)] = { f("key", K::Key), f("from", K::Reference, true, {}, SpecTarget::Entity),
            f("to", K::Reference, true, {}, SpecTarget::Entity), f("type", K::Choice, true, Taxonomy::linkTypes()),
            f("first_seen", K::Date), f("last_seen", K::Date), f("weight", K::Number), f("info_grade", K::Grade) };
        a[int(SpecTarget::Involvement)] = { f("incident", K::Reference, true, {}, SpecTarget::Incident),
            f("entity", K::Reference, true, {}, SpecTarget::Entity),
            f("role", K::Choice, true, Taxonomy::incidentRoles()) };
        a[int(SpecTarget::Account)]
            = { f("key", K::Key, true), f("holder", K::Reference, false, {}, SpecTarget::Entity), f("bank", K::Text),
                  f("currency", K::Text), f("opened", K::Date), f("customer_name", K::Text), f("address", K::Text),
                  f("phone", K::Text), f("email", K::Text), f("occupation", K::Text), f("declared_income", K::Number) };
        a[int(SpecTarget::Transaction)] = { f("account", K::Reference, true, {}, SpecTarget::Account), f("key", K::Key),
            f("timestamp", K::Text, true), f("amount", K::Text, true), f("currency", K::Text, true),
            f("direction", K::Text, true), f("counterparty", K::Text), f("counterparty_account", K::Text),
            f("counterparty_country", K::Text), f("category", K::Text), f("merchant", K::Text), f("channel", K::Text),
            f("location", K::Text), f("country", K::Text), f("reference", K::Text) };
        return a;
    }();
    return all[size_t(t)];
}

const SpecField* SpecRecord::field(SpecTarget t, const QString& name)
{
    for (const SpecField& field : fieldsOf(t))
        if (field.name == name)
            return &field;
    return nullptr;
}

QString SpecField::label() const
{
    // The field names are the JSON's; the label says what the field holds.
    static const QHash<QString, const char*> labels {
        { QStringLiteral("key"), QT_TRANSLATE_NOOP("SpecField", "Key (unique id in the source)") },
        { QStringLiteral("date"), QT_TRANSLATE_NOOP("SpecField", "Date (year, month or day; a range of years)") },
        { QStringLiteral("place"), QT_TRANSLATE_NOOP("SpecField", "Place") },
        { QStringLiteral("lon"), QT_TRANSLATE_NOOP("SpecField", "Longitude") },
        { QStringLiteral("lat"), QT_TRANSLATE_NOOP("SpecField", "Latitude") },
        { QStringLiteral("origin"), QT_TRANSLATE_NOOP("SpecField", "Origin (citizenship or start of route)") },
        { QStringLiteral("destination"), QT_TRANSLATE_NOOP("SpecField", "Destination (country of exploitation)") },
        { QStringLiteral("exploitation"), QT_TRANSLATE_NOOP("SpecField", "Types of exploitation (codes)") },
        { QStringLiteral("sectors"), QT_TRANSLATE_NOOP("SpecField", "Labour sectors (codes)") },
        { QStringLiteral("sex_forms"), QT_TRANSLATE_NOOP("SpecField", "Forms of sexual exploitation (codes)") },
        { QStringLiteral("means"), QT_TRANSLATE_NOOP("SpecField", "Means of control (codes)") },
        { QStringLiteral("recruiter"), QT_TRANSLATE_NOOP("SpecField", "Recruiter relation (codes)") },
        { QStringLiteral("victims"), QT_TRANSLATE_NOOP("SpecField", "Number of victims") },
        { QStringLiteral("gender"), QT_TRANSLATE_NOOP("SpecField", "Gender") },
        { QStringLiteral("age_band"), QT_TRANSLATE_NOOP("SpecField", "Age band") },
        { QStringLiteral("traffick_months"), QT_TRANSLATE_NOOP("SpecField", "Months trafficked (band)") },
        { QStringLiteral("summary"), QT_TRANSLATE_NOOP("SpecField", "Summary") },
        { QStringLiteral("info_grade"), QT_TRANSLATE_NOOP("SpecField", "Information grade") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("SpecField", "Name") },
        { QStringLiteral("country"), QT_TRANSLATE_NOOP("SpecField", "Country") },
        { QStringLiteral("incident"), QT_TRANSLATE_NOOP("SpecField", "Incident (a record of this row)") },
        { QStringLiteral("seq"), QT_TRANSLATE_NOOP("SpecField", "Leg number") },
        { QStringLiteral("from"), QT_TRANSLATE_NOOP("SpecField", "From") },
        { QStringLiteral("to"), QT_TRANSLATE_NOOP("SpecField", "To") },
        { QStringLiteral("transport_mode"), QT_TRANSLATE_NOOP("SpecField", "Transport mode") },
        { QStringLiteral("type"), QT_TRANSLATE_NOOP("SpecField", "Type") },
        { QStringLiteral("label"), QT_TRANSLATE_NOOP("SpecField", "Label") },
        { QStringLiteral("first_seen"), QT_TRANSLATE_NOOP("SpecField", "First seen") },
        { QStringLiteral("last_seen"), QT_TRANSLATE_NOOP("SpecField", "Last seen") },
        { QStringLiteral("weight"), QT_TRANSLATE_NOOP("SpecField", "Weight") },
        { QStringLiteral("entity"), QT_TRANSLATE_NOOP("SpecField", "Entity (a record of this row)") },
        { QStringLiteral("role"), QT_TRANSLATE_NOOP("SpecField", "Role in the incident") },
        { QStringLiteral("holder"), QT_TRANSLATE_NOOP("SpecField", "Account holder (an entity)") },
        { QStringLiteral("account"), QT_TRANSLATE_NOOP("SpecField", "Account") },
        { QStringLiteral("timestamp"), QT_TRANSLATE_NOOP("SpecField", "Date or date and time") },
        { QStringLiteral("amount"), QT_TRANSLATE_NOOP("SpecField", "Amount") },
        { QStringLiteral("direction"), QT_TRANSLATE_NOOP("SpecField", "Direction (in/out)") },
    };
    if (const char* l = labels.value(name))
        return QCoreApplication::translate("SpecField", l);
    return name;
}

TableOptions ImportSpec::tableOptions() const
{
    TableOptions o;
    o.delimiter = delimiter;
    o.sheet = sheet;
    o.layer = layer;
    o.headerRow = headerRow;
    return o;
}

const QStringList& ImportSpec::sourceFields()
{
    static const QStringList s { QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("kind"),
        QStringLiteral("grading_scheme"), QStringLiteral("source_grade"), QStringLiteral("info_grade"),
        QStringLiteral("handling_code"), QStringLiteral("handling_conditions"), QStringLiteral("tlp") };
    return s;
}

// --- JSON.

Status ImportSpec::validate() const
{
    const Problem p = check(*this);
    if (p.isNull())
        return Ok {};
    return Error(pathText(p.path) + QStringLiteral(": ") + p.message);
}

QByteArray ImportSpec::toJson() const
{
    if (kind == Kind::BankTransactions) {
        QJsonObject o = QJsonDocument::fromJson(bank.toJson()).object();
        o.insert(QStringLiteral("kind"), QStringLiteral("bank-transactions"));
        o.insert(QStringLiteral("name"), name);
        if (!description.isEmpty())
            o.insert(QStringLiteral("description"), description);
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    QJsonObject o { { QStringLiteral("waymark_import_spec"), 1 }, { QStringLiteral("name"), name },
        { QStringLiteral("kind"), QStringLiteral("records") } };
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    QJsonObject table;
    if (delimiter)
        table.insert(
            QStringLiteral("delimiter"), delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter)));
    if (!sheet.isEmpty())
        table.insert(QStringLiteral("sheet"), sheet);
    if (!layer.isEmpty())
        table.insert(QStringLiteral("layer"), layer);
    if (headerRow > 0)
        table.insert(QStringLiteral("header_row"), headerRow);
    table.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
    o.insert(QStringLiteral("table"), table);
    QJsonObject src;
    for (auto it = source.cbegin(); it != source.cend(); ++it)
        src.insert(it.key(), it->hasConstant && it->column.isEmpty() ? QJsonValue(it->constant) : writeValue(*it));
    o.insert(QStringLiteral("source"), src);
    if (!when.isEmpty())
        o.insert(QStringLiteral("when"), writeConditions(when));
    QJsonArray recs;
    for (const SpecRecord& r : records) {
        QJsonObject ro { { QStringLiteral("id"), r.id },
            { QStringLiteral("target"), SpecRecord::targetName(r.target) } };
        if (!r.when.isEmpty())
            ro.insert(QStringLiteral("when"), writeConditions(r.when));
        if (!r.splitColumn.isEmpty())
            ro.insert(QStringLiteral("split"),
                QJsonObject {
                    { QStringLiteral("column"), r.splitColumn }, { QStringLiteral("separators"), r.splitSeparators } });
        if (!r.attributes.isEmpty())
            ro.insert(QStringLiteral("attributes"), QJsonArray::fromStringList(r.attributes));
        QJsonObject fields;
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
            // A field that takes nothing is not written: reading it back would refuse it.
            if (!it->isSet() && it->lonColumn.isEmpty() && it->defaultValue.isEmpty() && it->flags.isEmpty())
                continue;
            // A constant is written as an object, since a bare string is a column.
            fields.insert(it.key(), writeValue(*it));
        }
        ro.insert(QStringLiteral("fields"), fields);
        recs << ro;
    }
    o.insert(QStringLiteral("records"), recs);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<ImportSpec> ImportSpec::fromJson(const QByteArray& json, const QString& fileName)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::atOffset(
            fileName, json, pe.offset, ImportSpec::tr("JSON syntax error: %1").arg(pe.errorString()));
    if (!doc.isObject())
        return Error::at(fileName, 1, 1, ImportSpec::tr("an import specification must be a JSON object"));
    auto fail = [&](const Problem& p) -> Error {
        return Error::atOffset(
            fileName, json, locate(json, p.path), pathText(p.path) + QStringLiteral(": ") + p.message);
    };
    const QJsonObject o = doc.object();
    ImportSpec spec;
    spec.name = o.value(QLatin1String("name")).toString();
    spec.description = o.value(QLatin1String("description")).toString();
    const QString kind = o.value(QLatin1String("kind")).toString();
    // A mapping file of the bank-transaction kind, with or without "kind".
    if (kind == QLatin1String("bank-transactions")
        || (kind.isEmpty() && o.contains(QLatin1String("columns")) && !o.contains(QLatin1String("records")))) {
        auto m = ColumnMapping::fromJson(json, fileName);
        if (!m)
            return m.error();
        ImportSpec bank = fromMapping(m.value());
        bank.description = spec.description;
        return bank;
    }
    if (!kind.isEmpty() && kind != QLatin1String("records"))
        return fail({ { QStringLiteral("kind") },
            ImportSpec::tr("unknown kind \"%1\" (records or bank-transactions)").arg(kind) });
    static const QStringList topKeys { QStringLiteral("waymark_import_spec"), QStringLiteral("name"),
        QStringLiteral("description"), QStringLiteral("kind"), QStringLiteral("table"), QStringLiteral("source"),
        QStringLiteral("when"), QStringLiteral("records") };
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!topKeys.contains(it.key()))
            return fail({ { it.key() },
                ImportSpec::tr("unknown key \"%1\" (known: %2)").arg(it.key(), topKeys.join(QStringLiteral(", "))) });
    if (o.value(QLatin1String("waymark_import_spec")).toInt(1) != 1)
        return fail({ { QStringLiteral("waymark_import_spec") },
            ImportSpec::tr("this specification is of a newer format (%1) than this Waymark reads (1)")
                .arg(o.value(QLatin1String("waymark_import_spec")).toInt()) });

    const QJsonObject table = o.value(QLatin1String("table")).toObject();
    const QString delimiter = table.value(QLatin1String("delimiter")).toString();
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\t"))
        spec.delimiter = '\t';
    else if (delimiter.size() == 1 && delimiter.at(0).unicode() >= 32 && delimiter.at(0).unicode() < 127
        && delimiter != QLatin1String("\""))
        spec.delimiter = char(delimiter.at(0).unicode());
    else if (!delimiter.isEmpty())
        return fail({ { QStringLiteral("table"), QStringLiteral("delimiter") },
            ImportSpec::tr("the delimiter must be one character or \"tab\"") });
    spec.sheet = table.value(QLatin1String("sheet")).toString();
    spec.layer = table.value(QLatin1String("layer")).toString();
    if (table.contains(QLatin1String("header_row"))) {
        const QJsonValue row = table.value(QLatin1String("header_row"));
        const double n = row.toDouble(-1);
        if (!row.isDouble() || n != std::floor(n) || n < 1 || n > kMaxHeaderRow)
            return fail({ { QStringLiteral("table"), QStringLiteral("header_row") },
                ImportSpec::tr("the header row is a row number, 1 to %1").arg(kMaxHeaderRow) });
        spec.headerRow = int(n);
    }
    if (table.contains(QLatin1String("missing"))) {
        spec.missing.clear();
        for (const QJsonValue& v : table.value(QLatin1String("missing")).toArray())
            spec.missing << (v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString());
    }

    const QJsonObject src = o.value(QLatin1String("source")).toObject();
    for (auto it = src.begin(); it != src.end(); ++it) {
        SpecValue v;
        // In the source block a bare string is a constant (a source is
        // mostly fixed); {"column": …} reads it from the row.
        if (it.value().isString()) {
            v.hasConstant = true;
            v.constant = it.value().toString();
        } else if (Problem p = readValue(it.value(), { QStringLiteral("source"), it.key() }, v); !p.isNull()) {
            return fail(p);
        }
        spec.source.insert(it.key(), v);
    }
    if (Problem p = readConditions(o.value(QLatin1String("when")), { QStringLiteral("when") }, spec.when); !p.isNull())
        return fail(p);

    const QJsonValue recs = o.value(QLatin1String("records"));
    if (!recs.isArray())
        return fail({ { QStringLiteral("records") }, ImportSpec::tr("\"records\" is a list of records") });
    const QJsonArray records = recs.toArray();
    for (int i = 0; i < records.size(); ++i) {
        const QStringList here { QStringLiteral("records"), QStringLiteral("[%1]").arg(i) };
        const QJsonObject ro = records.at(i).toObject();
        static const QStringList recordKeys { QStringLiteral("id"), QStringLiteral("target"), QStringLiteral("when"),
            QStringLiteral("split"), QStringLiteral("attributes"), QStringLiteral("fields") };
        for (auto it = ro.begin(); it != ro.end(); ++it)
            if (!recordKeys.contains(it.key()))
                return fail({ here + QStringList { it.key() },
                    ImportSpec::tr("unknown key \"%1\" in a record (known: %2)")
                        .arg(it.key(), recordKeys.join(QStringLiteral(", "))) });
        SpecRecord r;
        const QString target = ro.value(QLatin1String("target")).toString();
        if (!SpecRecord::targetFromName(target, r.target))
            return fail({ here + QStringList { QStringLiteral("target") },
                ImportSpec::tr(
                    "unknown target \"%1\" (one of incident, place, route_leg, entity, link, involvement, account, "
                    "transaction)")
                    .arg(target) });
        r.id = ro.value(QLatin1String("id")).toString(target + QString::number(i + 1));
        if (Problem p
            = readConditions(ro.value(QLatin1String("when")), here + QStringList { QStringLiteral("when") }, r.when);
            !p.isNull())
            return fail(p);
        const QJsonValue split = ro.value(QLatin1String("split"));
        if (split.isString()) {
            r.splitColumn = split.toString();
        } else if (split.isObject()) {
            r.splitColumn = split.toObject().value(QLatin1String("column")).toString();
            r.splitSeparators = split.toObject().value(QLatin1String("separators")).toString(r.splitSeparators);
        }
        if (!split.isUndefined() && r.splitColumn.isEmpty())
            return fail({ here + QStringList { QStringLiteral("split") }, ImportSpec::tr("a split names its column") });
        if (r.splitSeparators.isEmpty())
            return fail(
                { here + QStringList { QStringLiteral("split") }, ImportSpec::tr("a split needs its separators") });
        for (const QJsonValue& a : ro.value(QLatin1String("attributes")).toArray())
            r.attributes << a.toString();
        const QJsonObject fields = ro.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            SpecValue v;
            if (Problem p = readValue(it.value(), here + QStringList { QStringLiteral("fields"), it.key() }, v);
                !p.isNull())
                return fail(p);
            r.fields.insert(it.key(), v);
        }
        spec.records.push_back(std::move(r));
    }
    if (Problem p = check(spec); !p.isNull())
        return fail(p);
    return spec;
}

ImportSpec ImportSpec::fromMapping(const ColumnMapping& mapping)
{
    ImportSpec spec;
    spec.kind = Kind::BankTransactions;
    spec.name = mapping.name;
    spec.delimiter = mapping.delimiter;
    spec.bank = mapping;
    return spec;
}

// --- Storage.

namespace {
QString kindName(ImportSpec::Kind k)
{
    return k == ImportSpec::Kind::BankTransactions ? QStringLiteral("bank-transactions") : QStringLiteral("records");
}
} // namespace

Result<ImportSpec> ImportSpec::load(store::Workspace& ws, const QString& nameOrPath, int version)
{
    store::Statement& st = ws.cached(version > 0
            ? "SELECT data, version FROM import_specs WHERE name = ? AND version = ?"
            : "SELECT data, version FROM import_specs WHERE name = ? ORDER BY version DESC LIMIT 1");
    st.bind(1, nameOrPath);
    if (version > 0)
        st.bind(2, version);
    if (st.next()) {
        const QString data = st.text(0);
        const int v = int(st.int64(1));
        st.reset();
        auto spec = fromJson(data.toUtf8(), ImportSpec::tr("specification %1").arg(nameOrPath));
        if (spec)
            spec->version = v;
        return spec;
    }
    st.reset();
    if (version > 0)
        return Error(ImportSpec::tr("The specification %1 has no version %2.").arg(nameOrPath).arg(version));
    if (const auto json = ws.getNamed("mapping_presets", nameOrPath)) {
        auto m = ColumnMapping::fromJson(json->toUtf8(), ImportSpec::tr("mapping %1").arg(nameOrPath));
        if (!m)
            return m.error();
        return fromMapping(m.value());
    }
    QFile f(nameOrPath);
    if (!f.exists())
        return Error(
            ImportSpec::tr("No import specification named %1 in this workspace, and no such file.").arg(nameOrPath));
    if (!f.open(QIODevice::ReadOnly))
        return Error(ImportSpec::tr("%1 cannot be read: %2").arg(nameOrPath, f.errorString()));
    auto spec = fromJson(f.read(4 << 20), QFileInfo(nameOrPath).fileName());
    if (spec && spec->name.isEmpty())
        spec->name = QFileInfo(nameOrPath).completeBaseName();
    return spec;
}

Result<int> ImportSpec::save(store::Workspace& ws, const QString& note) const
{
    if (Status st = validate(); !st)
        return st.error();
    const QByteArray json = toJson();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    store::Statement& latest
        = ws.cached("SELECT version, sha256 FROM import_specs WHERE name = ? ORDER BY version DESC LIMIT 1");
    latest.bind(1, name);
    int version = 0;
    QString latestSha;
    if (latest.next()) {
        version = int(latest.int64(0));
        latestSha = latest.text(1);
    }
    latest.reset();
    if (latestSha == sha)
        return version;
    ++version;
    // The version row and its audit record go in together (a savepoint
    // nests inside a caller's transaction, or is one of its own).
    if (Status sp = ws.exec("SAVEPOINT spec_save"); !sp)
        return sp.error();
    auto done = [&](Status st) -> Result<int> {
        ws.exec(st ? "RELEASE spec_save" : "ROLLBACK TO spec_save; RELEASE spec_save");
        if (!st)
            return st.error();
        return version;
    };
    Status st = ws.cached("INSERT INTO import_specs(name, version, kind, data, sha256, saved_at, saved_by, note) "
                          "VALUES(?,?,?,?,?,?,?,?)")
                    .bind(1, name)
                    .bind(2, version)
                    .bind(3, kindName(kind))
                    .bind(4, QString::fromUtf8(json))
                    .bind(5, sha)
                    .bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                    .bind(7, store::AuditLog::currentUser())
                    .bindTextOrNull(8, note)
                    .exec();
    if (st)
        st = ws.audit().append(QStringLiteral("spec.save"), name,
            QStringLiteral("version=%1 kind=%2 sha256=%3").arg(version).arg(kindName(kind), sha));
    return done(st);
}

QStringList ImportSpec::names(store::Workspace& ws)
{
    return ws.strings("SELECT DISTINCT name FROM import_specs ORDER BY name");
}

std::vector<ImportSpec::Version> ImportSpec::versions(store::Workspace& ws, const QString& name)
{
    std::vector<Version> out;
    store::Statement& st = ws.cached(
        "SELECT version, saved_at, saved_by, note, sha256 FROM import_specs WHERE name = ? ORDER BY version");
    st.bind(1, name);
    while (st.next())
        out.push_back({ int(st.int64(0)), st.text(1), st.text(2), st.text(3), st.text(4) });
    st.reset();
    return out;
}

Status ImportSpec::exportTo(store::Workspace& ws, const QString& name, const QString& path, int version)
{
    auto spec = load(ws, name, version);
    if (!spec)
        return spec.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error(ImportSpec::tr("%1 cannot be written: %2").arg(path, out.errorString()));
    out.write(spec->toJson());
    if (!out.commit())
        return Error(ImportSpec::tr("%1 cannot be written: %2").arg(path, out.errorString()));
    return ws.audit().append(QStringLiteral("spec.export"), spec->name,
        QStringLiteral("version=%1 file=%2").arg(spec->version).arg(QFileInfo(path).fileName()));
}

Result<ImportSpec> ImportSpec::importFrom(store::Workspace& ws, const QString& path, const QString& asName)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ImportSpec::tr("%1 cannot be read: %2").arg(path, f.errorString()));
    auto spec = fromJson(f.read(4 << 20), QFileInfo(path).fileName());
    if (!spec)
        return spec.error();
    if (!asName.isEmpty()) {
        spec->name = asName;
        spec->bank.name = asName;
    }
    if (spec->name.isEmpty()) {
        spec->name = QFileInfo(path).completeBaseName();
        spec->bank.name = spec->name;
    }
    auto version = spec->save(ws, ImportSpec::tr("imported from %1").arg(QFileInfo(path).fileName()));
    if (!version)
        return version.error();
    if (Status st = ws.audit().append(QStringLiteral("spec.import"), spec->name,
            QStringLiteral("version=%1 file=%2").arg(version.value()).arg(QFileInfo(path).fileName()));
        !st)
        return st.error();
    spec->version = version.value();
    return spec;
}

QStringList splitCell(const QString& text, const QString& separators)
{
    QStringList out;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !separators.contains(text.at(i)))
            continue;
        const QString part = text.mid(from, i - from).trimmed();
        if (!part.isEmpty())
            out << part;
        from = i + 1;
    }
    return out;
}

} // namespace waymark::ingest
