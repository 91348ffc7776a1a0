#include "analysis/snapshotcache.h"

#include "analysis/incidentsnapshot.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace waymark::analysis {

namespace {

constexpr char kMagic[8] = { 'W', 'M', 'K', 'S', 'N', 'A', 'P', '\n' };
constexpr quint32 kEndian = 0x01020304;
constexpr int kMaxDay = 5373484; ///< 9999-12-31, the last day a date column can hold

size_t padded(size_t bytes)
{
    return (bytes + 7) & ~size_t(7);
}

/// Bytes per incident over every array, each array padded to 8 bytes, plus the legs.
size_t payloadSize(size_t count, size_t legs)
{
    size_t total = 0;
    for (size_t width : { 8, 8, 8, 4, 4, 8, 4, 4, 4, 4, 4, 4, 4, 4, 1, 4, 2, 2 })
        total += padded(width * count);
    return total + padded(sizeof(IncidentSnapshot::Leg) * legs);
}

/// The name lists of the coded columns (age bands, genders): for each, a
/// count, then each name as a length and its UTF-8 bytes; padded to 8.
QByteArray nameLists(const IncidentSnapshot& snap)
{
    QByteArray out;
    for (const QStringList* names : { &snap.ageBands, &snap.genders }) {
        const quint32 count = quint32(names->size());
        out.append(reinterpret_cast<const char*>(&count), sizeof count);
        for (const QString& name : *names) {
            const QByteArray utf8 = name.toUtf8();
            const quint32 length = quint32(utf8.size());
            out.append(reinterpret_cast<const char*>(&length), sizeof length);
            out.append(utf8);
        }
    }
    out.append(qsizetype(padded(size_t(out.size())) - size_t(out.size())), '\0');
    return out;
}

/// Reads nameLists() back from `size` bytes; false when it does not fit.
bool readNameLists(const uchar* at, size_t size, QStringList& ageBands, QStringList& genders)
{
    size_t k = 0;
    auto u32 = [&](quint32& v) {
        if (size - k < sizeof v)
            return false;
        std::memcpy(&v, at + k, sizeof v);
        k += sizeof v;
        return true;
    };
    for (QStringList* names : { &ageBands, &genders }) {
        names->clear();
        quint32 count = 0;
        if (!u32(count) || count > 65536)
            return false;
        for (quint32 i = 0; i < count; ++i) {
            quint32 length = 0;
            if (!u32(length) || length > size - k)
                return false;
            *names << QString::fromUtf8(reinterpret_cast<const char*>(at + k), qsizetype(length));
            k += length;
        }
    }
    return padded(k) == size;
}

template <typename T> void put(QByteArray& out, const std::vector<T>& v)
{
    const size_t bytes = v.size() * sizeof(T);
    out.append(reinterpret_cast<const char*>(v.data()), qsizetype(bytes));
    out.append(qsizetype(padded(bytes) - bytes), '\0');
}

template <typename T> void put(QByteArray& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof(T));
}

template <typename T> T get(const uchar* at)
{
    T value;
    std::memcpy(&value, at, sizeof(T));
    return value;
}

/// Copies the next array out of the payload.
template <typename T> void take(const uchar*& at, std::vector<T>& v, size_t count)
{
    v.resize(count);
    if (count)
        std::memcpy(v.data(), at, count * sizeof(T));
    at += padded(count * sizeof(T));
}

quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

} // namespace

QString SnapshotCache::pathFor(const QString& workspacePath)
{
    return workspacePath + QStringLiteral("-cache");
}

bool SnapshotCache::allowedFor(const QString& workspacePath)
{
    return !workspacePath.isEmpty() && !workspacePath.startsWith(QLatin1Char(':')) && QFileInfo(workspacePath).isFile()
        && !store::Workspace::isEncrypted(workspacePath);
}

quint64 SnapshotCache::checksum(const uchar* data, size_t size)
{
    // Four independent multiply-rotate lanes (xxHash's round): several
    // gigabytes a second, so a million incidents cost about 20 ms. It finds
    // damage, not forgery; a forged file still has to pass every check.
    constexpr quint64 p1 = 0x9E3779B185EBCA87ull, p2 = 0xC2B2AE3D27D4EB4Full;
    quint64 lane[4] = { p1 + p2, p2, 0, 0 - p1 };
    size_t i = 0;
    for (; i + 32 <= size; i += 32) {
        for (int k = 0; k < 4; ++k)
            lane[k] = rotl(lane[k] + get<quint64>(data + i + 8 * size_t(k)) * p2, 31) * p1;
    }
    quint64 h = rotl(lane[0], 1) + rotl(lane[1], 7) + rotl(lane[2], 12) + rotl(lane[3], 18) + quint64(size);
    for (; i < size; ++i)
        h = rotl(h ^ (quint64(data[i]) * p1), 11) * p2;
    h ^= h >> 33;
    h *= p2;
    h ^= h >> 29;
    return h;
}

Result<QByteArray> SnapshotCache::fingerprint(store::Workspace& ws, const Filter& filter)
{
    QByteArray facts;
    QDataStream s(&facts, QIODevice::WriteOnly);
    s << QByteArrayLiteral("waymark snapshot") << formatVersion << ws.schemaVersion()
      << ws.meta(QStringLiteral("audit_head"));
    for (const char* table : { "incidents", "places", "route_legs", "sources", "extracts" }) {
        const std::string t(table);
        s << QByteArray(table) << ws.scalar("SELECT coalesce(max(rowid), 0) FROM " + t);
    }
    // Counts where they are cheap (the incidents' count would read a whole index).
    for (const char* table : { "places", "sources", "extracts" })
        s << ws.scalar("SELECT count(*) FROM " + std::string(table));
    Filter untimed = filter;
    untimed.dayFrom.reset();
    untimed.dayTo.reset();
    const Filter::Sql sql = untimed.sql();
    s << sql.where << qint32(sql.values.size());
    for (const QVariant& v : sql.values)
        s << v.toString();
    return QCryptographicHash::hash(facts, QCryptographicHash::Sha256);
}

QByteArray SnapshotCache::serialize(const IncidentSnapshot& snap, const QByteArray& fingerprint)
{
    const size_t n = snap.size();
    QByteArray out;
    out.reserve(qsizetype(headerSize + payloadSize(n, snap.legs.size())));
    out.append(kMagic, sizeof kMagic);
    put(out, formatVersion);
    put(out, kEndian);
    out.append(fingerprint.left(32).leftJustified(32, '\0'));
    put(out, quint64(n));
    put(out, quint64(snap.pointCount));
    put(out, quint64(snap.countryOnlyCount));
    put(out, quint64(snap.legs.size()));
    const QByteArray names = nameLists(snap);
    put(out, quint64(payloadSize(n, snap.legs.size()) + size_t(names.size())));
    put(out, quint64(names.size()));
    put(out, quint64(0)); // the checksum, below
    put(out, snap.ids);
    put(out, snap.x);
    put(out, snap.y);
    put(out, snap.morton);
    put(out, snap.lon);
    put(out, snap.lat);
    put(out, snap.dayFrom);
    put(out, snap.dayTo);
    put(out, snap.exploitation);
    put(out, snap.victims);
    put(out, snap.country);
    put(out, snap.place);
    put(out, snap.origin);
    put(out, snap.destination);
    put(out, snap.source);
    put(out, snap.located);
    put(out, snap.legs);
    // A snapshot made by hand (tests) may have no codes: all "not recorded".
    put(out, snap.ageBand.size() == n ? snap.ageBand : std::vector<quint16>(n));
    put(out, snap.gender.size() == n ? snap.gender : std::vector<quint16>(n));
    out.append(names);
    const quint64 sum
        = checksum(reinterpret_cast<const uchar*>(out.constData()) + headerSize, size_t(out.size()) - headerSize);
    std::memcpy(out.data() + checksumOffset, &sum, sizeof sum);
    return out;
}

Status SnapshotCache::write(const QString& path, const IncidentSnapshot& snapshot, const QByteArray& fingerprint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("Cannot write the snapshot cache"), file.errorString() };
    // Case data: for the owner only, whatever the umask.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray bytes = serialize(snapshot, fingerprint);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error { tr("Cannot write the snapshot cache"), file.errorString() };
    return Ok {};
}

Status SnapshotCache::read(const uchar* data, size_t size, const QByteArray& fingerprint, IncidentSnapshot& snap)
{
    auto bad = [](const char* why) { return Error { tr("The snapshot cache is not usable"), QLatin1String(why) }; };
    if (!data || size < size_t(headerSize))
        return bad("shorter than its header");
    if (std::memcmp(data, kMagic, sizeof kMagic) != 0)
        return bad("not a snapshot cache");
    if (get<quint32>(data + 8) != formatVersion || get<quint32>(data + 12) != kEndian)
        return bad("another format version or byte order");
    if (fingerprint.size() != 32 || std::memcmp(data + fingerprintOffset, fingerprint.constData(), 32) != 0)
        return bad("made from other data (fingerprint differs)");
    const quint64 n = get<quint64>(data + 48);
    const quint64 points = get<quint64>(data + 56);
    const quint64 countryOnly = get<quint64>(data + 64);
    const quint64 legCount = get<quint64>(data + 72);
    const quint64 payload = get<quint64>(data + 80);
    const quint64 namesSize = get<quint64>(data + 88);
    // Sizes before arithmetic: no count can exceed the file itself.
    if (n > size || legCount > size || namesSize > size || points > n || countryOnly > n - points)
        return bad("counts larger than the file");
    if (payload != payloadSize(size_t(n), size_t(legCount)) + namesSize || size - headerSize != payload)
        return bad("size does not match its counts");
    if (get<quint64>(data + checksumOffset) != checksum(data + headerSize, size - headerSize))
        return bad("checksum does not match");

    IncidentSnapshot s;
    const uchar* at = data + headerSize;
    const size_t count = size_t(n);
    take(at, s.ids, count);
    take(at, s.x, count);
    take(at, s.y, count);
    take(at, s.morton, count);
    take(at, s.lon, count);
    take(at, s.lat, count);
    take(at, s.dayFrom, count);
    take(at, s.dayTo, count);
    take(at, s.exploitation, count);
    take(at, s.victims, count);
    take(at, s.country, count);
    take(at, s.place, count);
    take(at, s.origin, count);
    take(at, s.destination, count);
    take(at, s.source, count);
    {
        std::vector<quint8> located;
        take(at, located, count);
        s.located.resize(count);
        for (size_t i = 0; i < count; ++i) {
            const auto expected = i < points ? IncidentSnapshot::Located::Point
                : i < points + countryOnly   ? IncidentSnapshot::Located::CountryOnly
                                             : IncidentSnapshot::Located::Nowhere;
            if (located[i] != quint8(expected))
                return bad("locations out of order");
            s.located[i] = expected;
        }
    }
    take(at, s.legs, size_t(legCount));
    take(at, s.ageBand, count);
    take(at, s.gender, count);
    if (!readNameLists(at, size_t(namesSize), s.ageBands, s.genders))
        return bad("age band and gender names do not fit");

    // Place ids: -1 or a place of this workspace, looked up in a dense table
    // of each place's country (unknown ids hold `unknown`).
    constexpr qint32 unknown = std::numeric_limits<qint32>::min();
    qint32 maxPlace = -1;
    for (auto it = snap.places.cbegin(); it != snap.places.cend(); ++it)
        maxPlace = std::max(maxPlace, it.key());
    if (maxPlace > 64 * 1024 * 1024)
        return bad("place ids too large");
    std::vector<qint32> countryOf(size_t(maxPlace + 1), unknown);
    for (auto it = snap.places.cbegin(); it != snap.places.cend(); ++it)
        if (it.key() >= 0)
            countryOf[size_t(it.key())] = it->country;
    auto placeOk
        = [&](qint32 id) { return id == -1 || (id >= 0 && id <= maxPlace && countryOf[size_t(id)] != unknown); };
    for (size_t i = 0; i < count; ++i) {
        const bool point = i < points;
        if (point) {
            if (!std::isfinite(s.x[i]) || !std::isfinite(s.y[i]) || !std::isfinite(s.lon[i])
                || !std::isfinite(s.lat[i]))
                return bad("a located incident has no position");
            if (s.morton[i] != IncidentSnapshot::mortonCode(s.x[i], s.y[i]))
                return bad("a Morton code does not match its position");
            if (i > 0 && s.morton[i] < s.morton[i - 1])
                return bad("Morton codes out of order");
        } else if (!std::isnan(s.x[i]) || !std::isnan(s.y[i])) {
            return bad("an unlocated incident has a position");
        }
        const bool dated = s.dayFrom[i] != IncidentSnapshot::noDay;
        if (dated != (s.dayTo[i] != IncidentSnapshot::noDay))
            return bad("half an incident's period is missing");
        if (dated && (s.dayFrom[i] < 0 || s.dayTo[i] > kMaxDay || s.dayFrom[i] > s.dayTo[i]))
            return bad("a period out of range");
        if (!placeOk(s.country[i]) || !placeOk(s.place[i]) || !placeOk(s.origin[i]) || !placeOk(s.destination[i]))
            return bad("an unknown place");
        if (s.country[i] != (s.place[i] < 0 ? -1 : countryOf[size_t(s.place[i])]))
            return bad("a country does not match its place");
        if (s.ageBand[i] >= std::max<qsizetype>(1, s.ageBands.size())
            || s.gender[i] >= std::max<qsizetype>(1, s.genders.size()))
            return bad("an age band or gender code out of range");
    }
    for (size_t k = 0; k < s.legs.size(); ++k) {
        const auto& leg = s.legs[k];
        if (leg.incident >= count || !placeOk(leg.from) || !placeOk(leg.to) || leg.from < 0 || leg.to < 0)
            return bad("a route leg out of range");
        if (k > 0 && leg.incident < s.legs[k - 1].incident)
            return bad("route legs out of order");
    }

    snap.ids = std::move(s.ids);
    snap.x = std::move(s.x);
    snap.y = std::move(s.y);
    snap.morton = std::move(s.morton);
    snap.lon = std::move(s.lon);
    snap.lat = std::move(s.lat);
    snap.dayFrom = std::move(s.dayFrom);
    snap.dayTo = std::move(s.dayTo);
    snap.exploitation = std::move(s.exploitation);
    snap.victims = std::move(s.victims);
    snap.country = std::move(s.country);
    snap.place = std::move(s.place);
    snap.origin = std::move(s.origin);
    snap.destination = std::move(s.destination);
    snap.source = std::move(s.source);
    snap.located = std::move(s.located);
    snap.legs = std::move(s.legs);
    snap.ageBand = std::move(s.ageBand);
    snap.gender = std::move(s.gender);
    snap.ageBands = std::move(s.ageBands);
    snap.genders = std::move(s.genders);
    snap.pointCount = size_t(points);
    snap.countryOnlyCount = size_t(countryOnly);
    return Ok {};
}

Status SnapshotCache::load(const QString& path, const QByteArray& fingerprint, IncidentSnapshot& snapshot)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("No snapshot cache"), file.errorString() };
    const qint64 size = file.size();
    if (size <= 0) {
        Error e(tr("The snapshot cache is not usable"), QStringLiteral("empty"));
        e.file = path;
        return e;
    }
    const uchar* data = file.map(0, size);
    if (!data)
        return Error { tr("The snapshot cache is not usable"), file.errorString() };
    Status st = read(data, size_t(size), fingerprint, snapshot);
    file.unmap(const_cast<uchar*>(data));
    if (!st) {
        Error e = st.error();
        e.file = path;
        return e;
    }
    return st;
}

} // namespace waymark::analysis
