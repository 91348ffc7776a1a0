#include "hubextractimporter.h"

#include "core/fuzzydate.h"
#include "core/taxonomy.h"
#include "geo/gazetteer.h"
#include "ingest/csvtable.h"
#include "ingest/extractarchive.h"
#include "ingest/fieldtext.h"
#include "ingest/hubmanifest.h"
#include "ingest/importsession.h"
#include "ingest/tablesourcefactory.h"
#include "ingest/transactionrecord.h"
#include "store/workspace.h"

#include <QDate>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <algorithm>
#include <cstring>

namespace waymark::ingest {

namespace {
QString q(std::string_view s)
{
    return FieldText::toQString(s);
}
QByteArray bytes(std::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}
bool digits(std::string_view s, size_t from, size_t n, int& value)
{
    value = 0;
    for (size_t i = from; i < from + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}
/// The two shapes the hub writes, `YYYY-MM-DD` and `YYYY-MM-DDThh:mm:ss`,
/// read without QDateTime (which looks up the local time zone on every
/// call). Text that is valid and in range in one of these shapes is stored
/// as given, which is exactly what TransactionRecord::setTimestamp would
/// store; anything else returns false and goes through setTimestamp, so
/// every other form and every error stays as it was.
bool quickTimestamp(std::string_view s, int maxYear, qint64& day)
{
    if (s.size() != 10 && s.size() != 19)
        return false;
    int y, m, d;
    if (s[4] != '-' || s[7] != '-' || !digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d))
        return false;
    if (s.size() == 19) {
        int hh, mm, ss;
        if (s[10] != 'T' || s[13] != ':' || s[16] != ':' || !digits(s, 11, 2, hh) || !digits(s, 14, 2, mm)
            || !digits(s, 17, 2, ss) || hh > 23 || mm > 59 || ss > 59)
            return false;
    }
    if (y < 1900 || y > maxYear || !QDate::isValid(y, m, d))
        return false;
    day = QDate(y, m, d).toJulianDay();
    return true;
}
/// Lower-case ASCII equality with a lower-case literal.
bool isLower(std::string_view s, std::string_view lower)
{
    return FieldText::equalsIgnoreCase(s, lower);
}

const char* const kAgeBands[] = { "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+" };
} // namespace

HubExtractImporter::HubExtractImporter(ImportSession& session, ExtractArchive& archive)
    : m_session(session)
    , m_archive(archive)
    , m_sources { "source_id", "SELECT id FROM sources WHERE source_key = ?",
        QT_TRANSLATE_NOOP("HubExtractImporter", "unknown source_id \"%1\"") }
    , m_entities { "entity_id", "SELECT id FROM entities WHERE entity_key = ?",
        QT_TRANSLATE_NOOP("HubExtractImporter", "unknown entity \"%1\"") }
    , m_incidents { "incident_id", "SELECT id FROM incidents WHERE incident_key = ?",
        QT_TRANSLATE_NOOP("HubExtractImporter", "unknown incident_id \"%1\"") }
    , m_accounts { "account_id", "SELECT id FROM accounts WHERE account_key = ?",
        QT_TRANSLATE_NOOP("HubExtractImporter", "unknown account_id \"%1\" (it must be in accounts.csv)") }
    , m_links { "link_id", "SELECT id FROM links WHERE link_key = ?", nullptr }
    , m_transactions { "transaction_id", nullptr, nullptr }
{
}

const std::vector<HubExtractImporter::Table>& HubExtractImporter::tables()
{
    // In dependency order: a table refers only to those before it.
    static const std::vector<Table> all {
        { "sources.csv", { "source_id", "name", "kind", "grading_scheme" }, &HubExtractImporter::sources },
        { "entities.csv", { "entity_id", "type", "label", "source_id" }, &HubExtractImporter::entities },
        { "incidents.csv", { "incident_id", "source_id", "date" }, &HubExtractImporter::incidents },
        { "route_legs.csv", { "incident_id", "seq", "from", "to" }, &HubExtractImporter::routeLegs },
        { "links.csv", { "link_id", "from_entity", "to_entity", "type", "source_id" }, &HubExtractImporter::links },
        { "incident_entities.csv", { "incident_id", "entity_id", "role" }, &HubExtractImporter::incidentEntities },
        { "accounts.csv", { "account_id", "source_id" }, &HubExtractImporter::accounts },
        { "transactions.csv", { "transaction_id", "account_id", "timestamp", "amount", "currency", "direction" },
            &HubExtractImporter::transactions },
    };
    return all;
}

Status HubExtractImporter::run(ImportSession& session, const QString& path)
{
    ExtractArchive archive;
    if (Status st = archive.open(path); !st)
        return st;
    const QString manifestName = QStringLiteral("manifest.json");
    if (!archive.contains(manifestName)) {
        // A zip of something else (a zipped shapefile, a sheet): say which
        // sheet or layer is in it (a CSV may be a hub table, so not those).
        for (const QString& name : archive.names()) {
            if (TableSourceFactory::suffixes().contains(QFileInfo(name).suffix().toLower())
                && !TableSourceFactory::isDelimitedText(name))
                return Error::at(archive.displayName(manifestName), 0, 0,
                    QCoreApplication::translate("HubExtractImporter",
                        "missing: this zip is not a hub extract (every hub extract starts with a manifest); it "
                        "holds %1: unzip it and import that file")
                        .arg(name));
        }
        return Error::at(archive.displayName(manifestName), 0, 0,
            QCoreApplication::translate("HubExtractImporter", "missing: every hub extract starts with a manifest"));
    }
    auto dev = archive.openMember(manifestName);
    if (!dev)
        return dev.error();
    const QByteArray json = dev.value()->read(1 << 20);
    if (Status st = archive.finish(dev.value().get(), manifestName); !st)
        return st;
    const auto manifest = HubManifest::parse(json, archive.displayName(manifestName));
    if (!manifest)
        return manifest.error();
    if (Status st
        = session.workspace()
              .cached("UPDATE extracts SET format_version = ?, hub = ?, handling = ?, exported_at = ? WHERE id = ?")
              .bind(1, manifest->formatVersion)
              .bind(2, manifest->hub)
              .bind(3,
                  manifest->tlp.isEmpty() ? manifest->handling : manifest->handling + QLatin1Char(' ') + manifest->tlp)
              .bind(4, manifest->exportedAt)
              .bind(5, session.extractId())
              .exec();
        !st)
        return st;
    if (!archive.contains(QStringLiteral("sources.csv")))
        return Error::at(archive.displayName(QStringLiteral("sources.csv")), 0, 0,
            QCoreApplication::translate("HubExtractImporter", "missing: an extract must say where its rows come from"));

    HubExtractImporter importer(session, archive);
    qint64 total = 0;
    for (const Table& t : tables())
        total += archive.size(QLatin1String(t.file));
    qint64 before = 0;
    for (const Table& t : tables()) {
        const QString name = QLatin1String(t.file);
        if (!archive.contains(name))
            continue;
        session.setProgressBase(before, total);
        if (Status st = importer.table(t); !st)
            return st;
        if (session.feedback().isCanceled())
            return Ok {};
        before += archive.size(name);
    }
    return Ok {};
}

Status HubExtractImporter::table(const Table& table)
{
    const QString name = QLatin1String(table.file);
    m_session.feedback().setStatus(
        QCoreApplication::translate("HubExtractImporter", "Importing %1…").arg(m_archive.displayName(name)));
    auto dev = m_archive.openMember(name);
    if (!dev)
        return dev.error();
    CsvTable t(
        m_session, dev.value().get(), m_archive.displayName(name), m_archive.size(name), ',', "HubExtractImporter");
    Status st = t.open();
    if (st)
        st = t.require(table.required);
    if (st)
        st = (this->*table.read)(t);
    // A damaged zip member shows only at its end; that outranks what the rows said.
    if (Status whole = m_archive.finish(dev.value().get(), name); !whole && !m_session.feedback().isCanceled())
        return whole;
    return st;
}

size_t HubExtractImporter::Keys::probe(std::string_view key, std::uint64_t& hash)
{
    if (m_slots.empty())
        grow();
    hash = qHashBits(key.data(), key.size(), 0x9e3779b97f4a7c15u);
    const size_t mask = m_slots.size() - 1;
    const std::uint64_t tag = hash >> 32;
    for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
        const std::uint64_t slot = m_slots[i];
        if (slot == 0)
            return i;
        if ((slot >> 32) != tag)
            continue;
        const Entry& e = entryOf(slot);
        if (e.size == key.size() && e.hashLow == std::uint32_t(hash) && std::memcmp(e.key, key.data(), key.size()) == 0)
            return i;
    }
}

void HubExtractImporter::Keys::grow()
{
    std::vector<std::uint64_t> slots(std::max<size_t>(1024, m_slots.size() * 2), 0);
    const size_t mask = slots.size() - 1;
    for (const std::uint64_t slot : m_slots) {
        if (slot == 0)
            continue;
        size_t i = ((slot & 0xffffffff00000000u) | entryOf(slot).hashLow) & mask;
        while (slots[i] != 0)
            i = (i + 1) & mask;
        slots[i] = slot;
    }
    m_slots = std::move(slots);
}

HubExtractImporter::Known* HubExtractImporter::Keys::find(std::string_view key)
{
    std::uint64_t hash;
    const std::uint64_t slot = m_slots[probe(key, hash)];
    return slot != 0 ? &entryOf(slot).known : nullptr;
}

void HubExtractImporter::Keys::insert(std::string_view key, Known known)
{
    std::uint64_t hash;
    const size_t i = probe(key, hash);
    if (m_slots[i] != 0) {
        entryOf(m_slots[i]).known = known;
        return;
    }
    if (m_used + key.size() > m_capacity) {
        m_capacity = std::max<size_t>(1 << 20, key.size());
        m_bytes.push_back(std::unique_ptr<char[]>(new char[m_capacity])); // not zeroed: written before read
        m_used = 0;
    }
    char* at = m_bytes.back().get() + m_used;
    std::memcpy(at, key.data(), key.size());
    m_used += key.size();
    m_entries.push_back({ at, std::uint32_t(key.size()), std::uint32_t(hash), known });
    m_slots[i] = (hash & 0xffffffff00000000u) | std::uint64_t(m_entries.size());
    if (m_entries.size() * 2 > m_slots.size())
        grow();
}

qint64 HubExtractImporter::lookup(Keys& keys, std::string_view key)
{
    if (const Known* known = keys.find(key); known && known->id)
        return known->id;
    store::Statement& st = m_session.workspace().cached(keys.lookupSql);
    st.bind(1, key);
    const qint64 id = st.next() ? st.int64(0) : 0;
    st.reset();
    if (id)
        keys.insert(key, Known { id, 0 });
    return id;
}

qint64 HubExtractImporter::reference(CsvTable& t, Keys& keys, int column, Status& status, const char* unknown)
{
    const std::string_view key = t.value(column);
    if (key.empty()) {
        status = t.reject(column,
            QCoreApplication::translate("HubExtractImporter", "%1 is required")
                .arg(column >= 0 ? t.header().at(column) : QLatin1String(keys.column)));
        return 0;
    }
    const qint64 id = lookup(keys, key);
    if (!id)
        status = t.reject(
            column, QCoreApplication::translate("HubExtractImporter", unknown ? unknown : keys.unknown).arg(q(key)));
    return id;
}

bool HubExtractImporter::freshKey(CsvTable& t, Keys& keys, int column, Status& status)
{
    const std::string_view key = t.value(column);
    if (key.empty()) {
        status = t.reject(column,
            QCoreApplication::translate("HubExtractImporter", "%1 is required").arg(QLatin1String(keys.column)));
        return false;
    }
    const Known* it = keys.find(key);
    if (it && it->line > 0) {
        status = t.reject(column,
            QCoreApplication::translate("HubExtractImporter", "duplicate %1 \"%2\" (first at line %3)")
                .arg(QLatin1String(keys.column), q(key))
                .arg(it->line));
        return false;
    }
    return true;
}

qint64 HubExtractImporter::settle(Keys& keys, std::string_view key, qint64 line)
{
    store::Workspace& ws = m_session.workspace();
    qint64 id;
    const bool added = ws.changes() > 0;
    if (added) {
        id = ws.lastInsertId();
    } else {
        store::Statement& st = ws.cached(keys.lookupSql);
        st.bind(1, key);
        id = st.next() ? st.int64(0) : 0;
        st.reset();
    }
    count(added);
    keys.insert(key, Known { id, line });
    return added ? id : 0;
}

void HubExtractImporter::count(bool added)
{
    ++(added ? m_session.summary().rowsImported : m_session.summary().rowsDuplicate);
}

bool HubExtractImporter::gradeOk(CsvTable& t, int column, qint64 sourceId, Status& status)
{
    const std::string_view grade = t.value(column);
    if (grade.empty())
        return true;
    QString scheme = m_schemes.value(sourceId);
    if (scheme.isEmpty()) {
        store::Statement& st = m_session.workspace().cached("SELECT grading_scheme FROM sources WHERE id = ?");
        st.bind(1, sourceId);
        scheme = st.next() ? st.text(0) : QString();
        st.reset();
        m_schemes.insert(sourceId, scheme);
    }
    if (Taxonomy::isValidGrade(scheme, QString(), q(grade), QString()))
        return true;
    status = t.reject(column,
        QCoreApplication::translate(
            "HubExtractImporter", "\"%1\" is not an information grade of the source's scheme %2")
            .arg(q(grade), scheme));
    return false;
}

std::vector<int> HubExtractImporter::extraColumns(const CsvTable& t, const QList<int>& known)
{
    std::vector<int> extra;
    for (int i = 0; i < t.header().size(); ++i) {
        if (!known.contains(i))
            extra.push_back(i);
    }
    return extra;
}

QString HubExtractImporter::attributes(const CsvTable& t, const std::vector<int>& extra) const
{
    QJsonObject o;
    for (const int i : extra) {
        const std::string_view v = t.value(i);
        if (!v.empty())
            o.insert(t.header().at(i), q(v));
    }
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status HubExtractImporter::sources(CsvTable& t)
{
    const int cId = t.column("source_id"), cName = t.column("name"), cKind = t.column("kind"),
              cScheme = t.column("grading_scheme"), cSrc = t.column("source_grade"), cInfo = t.column("info_grade"),
              cHandling = t.column("handling_code"), cCond = t.column("handling_conditions"), cTlp = t.column("tlp");
    return t.forEachRow([&]() -> Status {
        Status st = Ok {};
        if (!freshKey(t, m_sources, cId, st))
            return st;
        const QString name = q(t.value(cName)), kind = q(t.value(cKind)), scheme = q(t.value(cScheme));
        const QString src = q(t.value(cSrc)), info = q(t.value(cInfo)), handling = q(t.value(cHandling));
        const QString tlp = q(t.value(cTlp));
        if (name.isEmpty())
            return t.reject(cName, QCoreApplication::translate("HubExtractImporter", "name is required"));
        if (!t.oneOf(cKind, kind, Taxonomy::sourceKinds(),
                QT_TRANSLATE_NOOP("HubExtractImporter", "unknown source kind \"%1\" (expected %2)"), st)
            || !t.oneOf(cScheme, scheme, Taxonomy::gradingSchemes(),
                QT_TRANSLATE_NOOP("HubExtractImporter", "unknown grading scheme \"%1\" (expected %2)"), st))
            return st;
        if (!Taxonomy::isValidGrade(scheme, src, QString(), QString()))
            return t.reject(cSrc,
                QCoreApplication::translate("HubExtractImporter", "\"%1\" is not a source grade of %2")
                    .arg(src, scheme));
        if (!Taxonomy::isValidGrade(scheme, QString(), info, QString()))
            return t.reject(cInfo,
                QCoreApplication::translate("HubExtractImporter", "\"%1\" is not an information grade of %2")
                    .arg(info, scheme));
        if (!Taxonomy::isValidGrade(scheme, QString(), QString(), handling))
            return t.reject(cHandling,
                QCoreApplication::translate("HubExtractImporter", "\"%1\" is not a handling code of %2")
                    .arg(handling, scheme));
        if (!tlp.isEmpty() && !tlp.startsWith(QLatin1String("TLP:")))
            return t.reject(cTlp,
                QCoreApplication::translate("HubExtractImporter",
                    "\"%1\" is not a TLP label (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)")
                    .arg(tlp));
        store::Statement& ins = m_session.workspace().cached(
            "INSERT INTO sources(extract_id, line, source_key, name, kind, grading_scheme, source_grade, info_grade, "
            "handling_code, handling_conditions, tlp) VALUES(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(source_key) DO "
            "NOTHING");
        ins.bind(1, m_session.extractId()).bind(2, t.reader().recordLine()).bind(3, t.value(cId)).bind(4, name);
        ins.bind(5, kind).bind(6, scheme).bindTextOrNull(7, src).bindTextOrNull(8, info).bindTextOrNull(9, handling);
        ins.bindTextOrNull(10, t.value(cCond)).bindTextOrNull(11, tlp);
        if (Status e = ins.exec(); !e) {
            if (e.error().detail.contains(QLatin1String("CHECK")))
                return t.reject(
                    cTlp, QCoreApplication::translate("HubExtractImporter", "\"%1\" is not a TLP 2.0 label").arg(tlp));
            return e;
        }
        settle(m_sources, t.value(cId), t.reader().recordLine());
        return Ok {};
    });
}

Status HubExtractImporter::entities(CsvTable& t)
{
    const int cId = t.column("entity_id"), cType = t.column("type"), cLabel = t.column("label"),
              cSource = t.column("source_id"), cInfo = t.column("info_grade");
    const QList<int> known { cId, cType, cLabel, cSource, cInfo };
    const std::vector<int> extra = extraColumns(t, known);
    return t.forEachRow([&]() -> Status {
        Status st = Ok {};
        if (!freshKey(t, m_entities, cId, st))
            return st;
        const QString type = q(t.value(cType));
        if (!t.oneOf(cType, type, Taxonomy::entityTypes(),
                QT_TRANSLATE_NOOP("HubExtractImporter", "unknown entity type \"%1\" (expected %2)"), st))
            return st;
        if (t.value(cLabel).empty())
            return t.reject(cLabel, QCoreApplication::translate("HubExtractImporter", "label is required"));
        const qint64 source = reference(t, m_sources, cSource, st);
        if (!source)
            return st;
        if (!gradeOk(t, cInfo, source, st))
            return st;
        const QString attrs = attributes(t, extra);
        store::Statement& ins = m_session.workspace().cached(
            "INSERT INTO entities(extract_id, line, entity_key, type, label, source_id, info_grade, attributes) "
            "VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(entity_key) DO NOTHING");
        ins.bind(1, m_session.extractId()).bind(2, t.reader().recordLine()).bind(3, t.value(cId)).bind(4, type);
        ins.bind(5, t.value(cLabel)).bind(6, source).bindTextOrNull(7, t.value(cInfo)).bindTextOrNull(8, attrs);
        if (Status e = ins.exec(); !e)
            return e;
        const qint64 rowid = settle(m_entities, t.value(cId), t.reader().recordLine());
        if (rowid && !m_session.defersSearch()) {
            store::Statement& fts
                = m_session.workspace().cached("INSERT INTO entity_fts(rowid, label, attributes) VALUES(?,?,?)");
            if (Status e = fts.bind(1, rowid).bind(2, t.value(cLabel)).bind(3, attrs).exec(); !e)
                return e;
        }
        return Ok {};
    });
}

Status HubExtractImporter::incidents(CsvTable& t)
{
    const int cId = t.column("incident_id"), cSource = t.column("source_id"), cDate = t.column("date"),
              cCountry = t.column("country"), cCity = t.column("city"), cLon = t.column("lon"), cLat = t.column("lat"),
              cCitizenship = t.column("citizenship"), cExpl = t.column("exploitation"), cSectors = t.column("sectors"),
              cMeans = t.column("means"), cVictims = t.column("victims"), cGender = t.column("gender"),
              cAge = t.column("age_band"), cSummary = t.column("summary"), cInfo = t.column("info_grade");
    const QList<int> known { cId, cSource, cDate, cCountry, cCity, cLon, cLat, cCitizenship, cExpl, cSectors, cMeans,
        cVictims, cGender, cAge, cSummary, cInfo };
    const std::vector<int> extra = extraColumns(t, known);
    store::Workspace& ws = m_session.workspace();
    store::Statement& ins = ws.cached(
        "INSERT INTO incidents(extract_id, line, incident_key, source_id, date_text, date_precision, day_from, "
        "day_to, "
        "place_id, lon, lat, origin_id, destination_id, exploitation, sectors, means, victims, gender, age_band, "
        "summary, info_grade, attributes) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(incident_key) WHERE incident_key IS NOT NULL DO NOTHING");
    store::Statement& rt
        = ws.cached("INSERT INTO incident_rtree(id, min_lon, max_lon, min_lat, max_lat) VALUES(?,?,?,?,?)");
    store::Statement& fts = ws.cached("INSERT INTO incident_fts(rowid, summary) VALUES(?,?)");
    return t.forEachRow([&]() -> Status {
        Status st = Ok {};
        if (!freshKey(t, m_incidents, cId, st))
            return st;
        const qint64 line = t.reader().recordLine();
        const qint64 source = reference(t, m_sources, cSource, st);
        if (!source)
            return st;
        if (!gradeOk(t, cInfo, source, st))
            return st;
        const auto date = FuzzyDate::parse(t.value(cDate), m_session.maxYear());
        if (!date)
            return t.reject(cDate,
                t.value(cDate).empty()
                    ? QCoreApplication::translate("HubExtractImporter", "date is required")
                    : QCoreApplication::translate("HubExtractImporter",
                        "\"%1\" is not a possible date (YYYY, YYYY-MM or YYYY-MM-DD, 1900 to this year)")
                          .arg(q(t.value(cDate))));
        qint64 country = 0, citizenship = 0, place = 0;
        if (!t.value(cCountry).empty() && !(country = m_session.placeByName(t.value(cCountry))))
            return t.reject(cCountry,
                QCoreApplication::translate("HubExtractImporter", "unknown country \"%1\"").arg(q(t.value(cCountry))));
        if (!t.value(cCitizenship).empty() && !(citizenship = m_session.placeByName(t.value(cCitizenship))))
            return t.reject(cCitizenship,
                QCoreApplication::translate("HubExtractImporter", "unknown country \"%1\"")
                    .arg(q(t.value(cCitizenship))));
        double lon = qQNaN(), lat = qQNaN();
        if (!t.optionalPoint(cLon, cLat, lon, lat, st))
            return st;
        const bool hasLon = !qIsNaN(lon);
        place = country;
        if (!t.value(cCity).empty()) {
            if (!country)
                return t.reject(cCity, QCoreApplication::translate("HubExtractImporter", "a city needs its country"));
            const auto city = m_session.city(country, q(t.value(cCity)), lon, lat, line);
            if (!city)
                return city.error();
            place = city.value();
        }
        std::uint32_t expl = 0, sectors = 0, means = 0;
        if (!t.codes(cExpl, Taxonomy::Group::Exploitation,
                QT_TRANSLATE_NOOP("HubExtractImporter", "unknown exploitation type \"%1\" (expected %2)"), expl, st)
            || !t.codes(cSectors, Taxonomy::Group::Sector,
                QT_TRANSLATE_NOOP("HubExtractImporter", "unknown labour sector \"%1\" (expected %2)"), sectors, st)
            || !t.codes(cMeans, Taxonomy::Group::Means,
                QT_TRANSLATE_NOOP("HubExtractImporter", "unknown means of control \"%1\" (expected %2)"), means, st))
            return st;
        qint64 victims = 1;
        if (!t.value(cVictims).empty()) {
            const auto v = FieldText::toInt(t.value(cVictims));
            if (!v || *v < 0 || *v > 100000)
                return t.reject(cVictims,
                    QCoreApplication::translate(
                        "HubExtractImporter", "victims must be a whole number from 0 to 100000, found \"%1\"")
                        .arg(q(t.value(cVictims))));
            victims = *v;
        }
        const std::string_view genderText = t.value(cGender);
        const char* gender = nullptr;
        for (const char* g : { "man", "woman", "trans" }) {
            if (isLower(genderText, g))
                gender = g;
        }
        if (!genderText.empty() && !gender)
            return t.reject(cGender,
                QCoreApplication::translate(
                    "HubExtractImporter", "unknown gender \"%1\" (expected man, woman or trans)")
                    .arg(q(genderText).toLower()));
        const char* age = nullptr;
        if (!t.value(cAge).empty()) {
            const std::string norm = FieldText::normaliseRange(t.value(cAge));
            for (const char* band : kAgeBands) {
                if (norm == band)
                    age = band;
            }
            if (!age)
                return t.reject(cAge,
                    QCoreApplication::translate("HubExtractImporter", "unknown age band \"%1\"").arg(q(t.value(cAge))));
        }
        const std::string_view summary = t.value(cSummary);
        const QString attrs = attributes(t, extra);

        ins.bind(1, m_session.extractId()).bind(2, line).bind(3, t.value(cId)).bind(4, source);
        ins.bind(5, date->toString()).bind(6, int(date->precision)).bind(7, date->dayFrom).bind(8, date->dayTo);
        place ? ins.bind(9, place) : ins.bindNull(9);
        hasLon ? ins.bind(10, lon).bind(11, lat) : ins.bindNull(10).bindNull(11);
        citizenship ? ins.bind(12, citizenship) : ins.bindNull(12);
        country ? ins.bind(13, country) : ins.bindNull(13);
        ins.bind(14, qint64(expl)).bind(15, qint64(sectors)).bind(16, qint64(means)).bind(17, victims);
        gender ? ins.bind(18, std::string_view(gender)) : ins.bindNull(18);
        age ? ins.bind(19, std::string_view(age)) : ins.bindNull(19);
        ins.bindTextOrNull(20, summary).bindTextOrNull(21, t.value(cInfo)).bindTextOrNull(22, attrs);
        if (Status e = ins.exec(); !e)
            return e;
        const qint64 rowid = settle(m_incidents, t.value(cId), line);
        if (!rowid)
            return Ok {};
        if (m_session.defersSearch()) {
            m_session.deferredIncident(!summary.empty(), hasLon);
            return Ok {};
        }
        if (hasLon) {
            if (Status e = rt.bind(1, rowid).bind(2, lon).bind(3, lon).bind(4, lat).bind(5, lat).exec(); !e)
                return e;
        }
        if (!summary.empty()) {
            if (Status e = fts.bind(1, rowid).bind(2, summary).exec(); !e)
                return e;
        }
        return Ok {};
    });
}

Status HubExtractImporter::routeLegs(CsvTable& t)
{
    const int cIncident = t.column("incident_id"), cSeq = t.column("seq"), cFrom = t.column("from"),
              cTo = t.column("to"), cMode = t.column("transport_mode");
    QHash<QByteArray, qint64> seen;
    return t.forEachRow([&]() -> Status {
        Status st = Ok {};
        const qint64 line = t.reader().recordLine();
        const qint64 incident = reference(t, m_incidents, cIncident, st);
        if (!incident)
            return st;
        const auto seq = FieldText::toInt(t.value(cSeq));
        if (!seq || *seq < 1 || *seq > 1000)
            return t.reject(cSeq,
                QCoreApplication::translate("HubExtractImporter", "seq must be a whole number from 1, found \"%1\"")
                    .arg(q(t.value(cSeq))));
        const QByteArray key = bytes(t.value(cIncident)) + '#' + QByteArray::number(*seq);
        if (const qint64 first = seen.value(key))
            return t.reject(cSeq,
                QCoreApplication::translate(
                    "HubExtractImporter", "duplicate leg %1 of incident \"%2\" (first at line %3)")
                    .arg(*seq)
                    .arg(q(t.value(cIncident)))
                    .arg(first));
        seen.insert(key, line);
        const qint64 from = m_session.placeByName(t.value(cFrom));
        if (!from)
            return t.reject(cFrom,
                QCoreApplication::translate("HubExtractImporter", "unknown place \"%1\"").arg(q(t.value(cFrom))));
        const qint64 to = m_session.placeByName(t.value(cTo));
        if (!to)
            return t.reject(
                cTo, QCoreApplication::translate("HubExtractImporter", "unknown place \"%1\"").arg(q(t.value(cTo))));
        const QString mode = q(t.value(cMode)).toLower();
        if (!t.oneOf(cMode, mode, Taxonomy::transportModes(),
                QT_TRANSLATE_NOOP("HubExtractImporter", "unknown transport mode \"%1\" (expected %2)"), st, true))
            return st;
        store::Statement& ins = m_session.workspace().cached(
            "INSERT INTO route_legs(extract_id, line, incident_id, seq, from_place_id, to_place_id, transport_mode) "
            "VALUES(?,?,?,?,?,?,?) ON CONFLICT(incident_id, seq) DO NOTHING");
        ins.bind(1, m_session.extractId()).bind(2, line).bind(3, incident).bind(4, *seq).bind(5, from).bind(6, to);
        ins.bindTextOrNull(7, mode);
        if (Status e = ins.exec(); !e)
            return e;
        count(m_session.workspace().changes() > 0);
        return Ok {};
    });
}

Status HubExtractImporter::links(CsvTable& t)
{
    const int cId = t.column("link_id"), cFrom = t.column("from_entity"), cTo = t.column("to_entity"),
              cType = t.column("type"), cFirst = t.column("first_seen"), cLast = t.column("last_seen"),
              cWeight = t.column("weight"), cSource = t.column("source_id"), cInfo = t.column("info_grade");
    return t.forEachRow([&]() -> Status {
        Status st = Ok {};
        if (!freshKey(t, m_links, cId, st))
            return st;
        const char* linkEnd
            = QT_TRANSLATE_NOOP("HubExtractImporter", "unknown entity \"%1\" (a link end must be in entities.csv)");
        const qint64 from = reference(t, m_entities, cFrom, st, linkEnd);
        const qint64 to = from ? reference(t, m_entities, cTo, st, linkEnd) : 0;
        if (!to)
            return st;
        const QString type = q(t.value(cType));
        if (!t.oneOf(cType, type, Taxonomy::linkTypes(),
                QT_TRANSLATE_NOOP("HubExtractImporter", "unknown link type \"%1\" (expected %2)"), st))
            return st;
        std::optional<FuzzyDate> first, last;
        if (!t.optionalDate(cFirst, first, st) || !t.optionalDate(cLast, last, st))
            return st;
        if (first && last && last->dayTo < first->dayFrom)
            return t.reject(cLast, QCoreApplication::translate("HubExtractImporter", "last_seen is before first_seen"));
        double weight = 1;
        if (!t.value(cWeight).empty()) {
            const auto w = FieldText::toDouble(t.value(cWeight));
            if (!w || *w <= 0 || *w > 1e12)
                return t.reject(cWeight,
                    QCoreApplication::translate(
                        "HubExtractImporter", "weight must be a number above zero, found \"%1\"")
                        .arg(q(t.value(cWeight))));
            weight = *w;
        }
        const qint64 source = reference(t, m_sources, cSource, st);
        if (!source)
            return st;
        if (!gradeOk(t, cInfo, source, st))
            return st;
        store::Statement& ins = m_session.workspace().cached(
            "INSERT INTO links(extract_id, line, link_key, from_id, to_id, type, first_seen, last_seen, weight, "
            "source_id, info_grade) VALUES(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(link_key) DO NOTHING");
        ins.bind(1, m_session.extractId()).bind(2, t.reader().recordLine()).bind(3, t.value(cId)).bind(4, from);
        ins.bind(5, to).bind(6, type).bindTextOrNull(7, first ? first->toString() : QString());
        ins.bindTextOrNull(8, last ? last->toString() : QString()).bind(9, weight).bind(10, source);
        ins.bindTextOrNull(11, t.value(cInfo));
        if (Status e = ins.exec(); !e)
            return e;
        settle(m_links, t.value(cId), t.reader().recordLine());
        return Ok {};
    });
}

Status HubExtractImporter::incidentEntities(CsvTable& t)
{
    const int cIncident = t.column("incident_id"), cEntity = t.column("entity_id"), cRole = t.column("role");
    return t.forEachRow([&]() -> Status {
        Status st = Ok {};
        const qint64 incident = reference(t, m_incidents, cIncident, st);
        const qint64 entity = incident ? reference(t, m_entities, cEntity, st) : 0;
        if (!entity)
            return st;
        const QString role = q(t.value(cRole)).toLower();
        if (!t.oneOf(cRole, role, Taxonomy::incidentRoles(),
                QT_TRANSLATE_NOOP("HubExtractImporter", "unknown role \"%1\" (expected %2)"), st))
            return st;
        // The one insert of an involvement, which the row digest is told of.
        const QByteArray roleUtf8 = role.toUtf8();
        if (Status e = m_session.involve(incident, entity,
                std::string_view(roleUtf8.constData(), size_t(roleUtf8.size())), t.reader().recordLine());
            !e)
            return e;
        count(m_session.workspace().changes() > 0);
        return Ok {};
    });
}

Status HubExtractImporter::accounts(CsvTable& t)
{
    const int cId = t.column("account_id"), cSource = t.column("source_id"), cHolder = t.column("holder_entity_id"),
              cBank = t.column("bank"), cCurrency = t.column("currency"), cOpened = t.column("opened"),
              cName = t.column("customer_name"), cAddress = t.column("address"), cPhone = t.column("phone"),
              cEmail = t.column("email"), cOccupation = t.column("occupation"), cIncome = t.column("declared_income");
    return t.forEachRow([&]() -> Status {
        Status st = Ok {};
        if (!freshKey(t, m_accounts, cId, st))
            return st;
        const qint64 source = reference(t, m_sources, cSource, st);
        if (!source)
            return st;
        const qint64 holder = t.value(cHolder).empty() ? 0 : reference(t, m_entities, cHolder, st);
        if (!t.value(cHolder).empty() && !holder)
            return st;
        TransactionRecord scratch;
        QString why;
        if (!t.value(cCurrency).empty() && !TransactionRecord::setCurrency(scratch, t.value(cCurrency), &why))
            return t.reject(cCurrency, why);
        std::optional<FuzzyDate> opened;
        if (!t.optionalDate(cOpened, opened, st))
            return st;
        std::optional<double> income;
        if (!t.value(cIncome).empty() && (!(income = FieldText::toDouble(t.value(cIncome))) || *income < 0))
            return t.reject(cIncome,
                QCoreApplication::translate(
                    "HubExtractImporter", "declared_income must be a number of zero or more, found \"%1\"")
                    .arg(q(t.value(cIncome))));
        store::Statement& ins = m_session.workspace().cached(
            "INSERT INTO accounts(extract_id, line, account_key, holder_entity_id, bank, currency, opened, "
            "customer_name, "
            "address, phone, email, occupation, declared_income, source_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(account_key) DO NOTHING");
        ins.bind(1, m_session.extractId()).bind(2, t.reader().recordLine()).bind(3, t.value(cId));
        holder ? ins.bind(4, holder) : ins.bindNull(4);
        ins.bindTextOrNull(5, t.value(cBank)).bindTextOrNull(6, scratch.currency);
        ins.bindTextOrNull(7, opened ? opened->toString() : QString()).bindTextOrNull(8, t.value(cName));
        ins.bindTextOrNull(9, t.value(cAddress))
            .bindTextOrNull(10, t.value(cPhone))
            .bindTextOrNull(11, t.value(cEmail));
        ins.bindTextOrNull(12, t.value(cOccupation));
        income ? ins.bind(13, *income) : ins.bindNull(13);
        ins.bind(14, source);
        if (Status e = ins.exec(); !e)
            return e;
        settle(m_accounts, t.value(cId), t.reader().recordLine());
        return Ok {};
    });
}

Status HubExtractImporter::transactions(CsvTable& t)
{
    const int cId = t.column("transaction_id"), cAccount = t.column("account_id"), cTs = t.column("timestamp"),
              cAmount = t.column("amount"), cCurrency = t.column("currency"), cDirection = t.column("direction"),
              cCp = t.column("counterparty"), cCpAccount = t.column("counterparty_account"),
              cCpCountry = t.column("counterparty_country"), cCategory = t.column("category"),
              cMerchant = t.column("merchant"), cChannel = t.column("channel"), cLocation = t.column("location"),
              cCountry = t.column("country"), cReference = t.column("reference");
    const QList<int> known { cId, cAccount, cTs, cAmount, cCurrency, cDirection, cCp, cCpAccount, cCpCountry, cCategory,
        cMerchant, cChannel, cLocation, cCountry, cReference };
    const std::vector<int> extra = extraColumns(t, known);
    store::Workspace& ws = m_session.workspace();
    // The statement TransactionRecord::insert uses, bound here from the
    // row's bytes: no QString per field.
    store::Statement& ins = ws.cached(
        "INSERT INTO transactions(extract_id, line, txn_key, account_id, ts, day, amount, currency, direction, "
        "counterparty, counterparty_account, counterparty_country, category, merchant, channel, location, country, "
        "reference, attributes) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(account_id, txn_key) WHERE txn_key IS NOT NULL DO NOTHING");
    const geo::Gazetteer& gazetteer = geo::Gazetteer::instance();
    const int maxYear = m_session.maxYear();
    // The row's bytes are bound without a copy; the bindings go with the table.
    const auto clear = qScopeGuard([&ins] { ins.clearBindings(); });
    return t.forEachRow([&]() -> Status {
        Status st = Ok {};
        if (!freshKey(t, m_transactions, cId, st))
            return st;
        const qint64 line = t.reader().recordLine();
        const qint64 account = reference(t, m_accounts, cAccount, st);
        if (!account)
            return st;
        // The same checks, in the same order, as TransactionRecord's setters;
        // the common well-formed values are recognised without QStrings.
        TransactionRecord r;
        QString why;
        const std::string_view direction = t.value(cDirection);
        const char* dir = nullptr;
        if (isLower(direction, "in") || isLower(direction, "credit") || isLower(direction, "cr"))
            dir = "in";
        else if (isLower(direction, "out") || isLower(direction, "debit") || isLower(direction, "dr"))
            dir = "out";
        else if (!TransactionRecord::setDirection(r, direction, &why))
            return t.reject(cDirection, why);
        const std::string_view ts = t.value(cTs);
        qint64 day = 0;
        const bool quick = quickTimestamp(ts, maxYear, day);
        if (!quick && !TransactionRecord::setTimestamp(r, ts, QString(), maxYear, &why))
            return t.reject(cTs, why);
        if (!TransactionRecord::setAmount(r, t.value(cAmount), '.', &why))
            return t.reject(cAmount, why);
        // setAmount gives a direction to a signed amount only when none was
        // read, and one always was here.
        const std::string_view currency = t.value(cCurrency);
        if (!gazetteer.isCurrency(currency)) {
            TransactionRecord::setCurrency(r, currency, &why);
            return t.reject(cCurrency, why);
        }
        ins.bind(1, m_session.extractId()).bind(2, line).bindViewOrNull(3, t.value(cId)).bind(4, account);
        quick ? ins.bindView(5, ts) : ins.bind(5, r.timestamp);
        ins.bind(6, quick ? day : r.day).bind(7, r.amount);
        const bool upper = std::none_of(currency.begin(), currency.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        upper ? ins.bindView(8, currency) : ins.bind(8, q(currency).toUpper());
        ins.bindView(
            9, dir ? std::string_view(dir) : std::string_view(r.direction == QLatin1String("in") ? "in" : "out"));
        ins.bindViewOrNull(10, t.value(cCp)).bindViewOrNull(11, t.value(cCpAccount));
        ins.bindViewOrNull(12, t.value(cCpCountry)).bindViewOrNull(13, t.value(cCategory));
        ins.bindViewOrNull(14, t.value(cMerchant)).bindViewOrNull(15, t.value(cChannel));
        ins.bindViewOrNull(16, t.value(cLocation)).bindViewOrNull(17, t.value(cCountry));
        ins.bindViewOrNull(18, t.value(cReference));
        ins.bindTextOrNull(19, extra.empty() ? QString() : attributes(t, extra));
        if (Status e = ins.exec(); !e)
            return e;
        const bool added = ws.changes() > 0;
        ++(added ? m_session.summary().rowsImported : m_session.summary().rowsDuplicate);
        m_transactions.insert(t.value(cId), Known { 0, line });
        return Ok {};
    });
}

} // namespace waymark::ingest
