#include "analysis/breakdown.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/snapshotcache.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>

// Bytes as a snapshot cache file beside a workspace whose gazetteer holds a
// few places. The fingerprint and the checksum are taken from, and written
// into, the bytes themselves, so the fuzzer gets past them to the checks of
// the arrays; what the reader accepts must then hold together.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using waymark::analysis::Breakdown;
    using waymark::analysis::IncidentSnapshot;
    using waymark::analysis::SnapshotCache;
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QByteArray fingerprint(32, '\0');
    if (bytes.size() >= SnapshotCache::headerSize) {
        fingerprint = bytes.mid(SnapshotCache::fingerprintOffset, 32);
        const quint64 sum
            = SnapshotCache::checksum(reinterpret_cast<const uchar*>(bytes.constData()) + SnapshotCache::headerSize,
                size_t(bytes.size() - SnapshotCache::headerSize));
        std::memcpy(bytes.data() + SnapshotCache::checksumOffset, &sum, sizeof sum);
    }
    IncidentSnapshot snap;
    for (qint32 id : { 1, 2, 3, 7 }) {
        waymark::analysis::PlaceInfo p;
        p.isCity = id == 7;
        p.country = id == 7 ? 2 : id;
        snap.places.insert(id, p);
    }
    const auto st = SnapshotCache::read(
        reinterpret_cast<const uchar*>(bytes.constData()), size_t(bytes.size()), fingerprint, snap);
    if (!st) {
        if (st.error().message.isEmpty())
            abort();
        return 0;
    }
    const size_t n = snap.size();
    if (snap.pointCount + snap.countryOnlyCount > n || snap.x.size() != n || snap.located.size() != n
        || snap.legs.size() * 12 > size)
        abort();
    for (const auto& leg : snap.legs)
        if (leg.incident >= n || !snap.places.contains(leg.from) || !snap.places.contains(leg.to))
            abort();
    if (snap.ageBand.size() != n || snap.gender.size() != n)
        abort();
    for (size_t i = 0; i < n; ++i)
        if ((snap.place[i] != -1 && !snap.places.contains(snap.place[i]))
            || snap.ageBand[i] >= std::max<qsizetype>(1, snap.ageBands.size())
            || snap.gender[i] >= std::max<qsizetype>(1, snap.genders.size()))
            abort();
    // What the views do first with a snapshot.
    snap.indicesInWindow(2400000, 2500000);
    snap.indicesOf({ 1, 2, 3 });
    // and the breakdown chart, counted from it.
    const auto members = snap.indicesInWindow(std::nullopt, std::nullopt);
    for (Breakdown::Kind kind : Breakdown::kinds())
        if (Breakdown::canUse(snap, kind))
            Breakdown::fromSnapshot(snap, members, kind);
    return 0;
}
