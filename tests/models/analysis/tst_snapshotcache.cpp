#include "analysis/incidentsnapshot.h"
#include "analysis/snapshotcache.h"
#include "analysis/snapshotsource.h"
#include "core/feedback.h"
#include "ingest/importjob.h"
#include "sample/samplegenerator.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <cstring>
#include <functional>

using namespace waymark;
using analysis::IncidentSnapshot;
using analysis::SnapshotCache;
using analysis::SnapshotSource;

Q_DECLARE_METATYPE(std::function<void(QByteArray&)>)

namespace {

/// Whether two arrays hold the same bytes (NaN positions compare equal).
template <typename T> bool sameBytes(const std::vector<T>& a, const std::vector<T>& b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

bool sameSnapshot(const IncidentSnapshot& a, const IncidentSnapshot& b)
{
    return sameBytes(a.ids, b.ids) && sameBytes(a.x, b.x) && sameBytes(a.y, b.y) && sameBytes(a.lon, b.lon)
        && sameBytes(a.lat, b.lat) && sameBytes(a.morton, b.morton) && sameBytes(a.dayFrom, b.dayFrom)
        && sameBytes(a.dayTo, b.dayTo) && sameBytes(a.exploitation, b.exploitation) && sameBytes(a.victims, b.victims)
        && sameBytes(a.country, b.country) && sameBytes(a.place, b.place) && sameBytes(a.origin, b.origin)
        && sameBytes(a.destination, b.destination) && sameBytes(a.located, b.located) && sameBytes(a.source, b.source)
        && sameBytes(a.legs, b.legs) && a.pointCount == b.pointCount && a.countryOnlyCount == b.countryOnlyCount
        && a.places.size() == b.places.size() && a.sourceNames == b.sourceNames && a.dataDate == b.dataDate;
}

void fixChecksum(QByteArray& bytes)
{
    const quint64 sum
        = SnapshotCache::checksum(reinterpret_cast<const uchar*>(bytes.constData()) + SnapshotCache::headerSize,
            size_t(bytes.size() - SnapshotCache::headerSize));
    std::memcpy(bytes.data() + SnapshotCache::checksumOffset, &sum, sizeof sum);
}

} // namespace

/// The snapshot cache beside a real workspace (a small generated sample,
/// imported): what is mapped equals what SQLite gives, a cache of other data
/// is rebuilt, and a damaged or forged one is ignored, never used.
class TestSnapshotCache : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_cache;

    SnapshotSource::Loaded loadAndSettle()
    {
        Feedback fb;
        auto loaded = SnapshotSource::load(m_path, {}, fb);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toString()));
        backgroundPool()->waitForDone(); // the cache write, if any
        return loaded.value();
    }
    std::shared_ptr<const IncidentSnapshot> fromSqlite()
    {
        auto ws = store::Workspace::open(m_path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        Feedback fb;
        auto snap = IncidentSnapshot::load(*ws.value(), {}, fb);
        if (!snap)
            qFatal("%s", qPrintable(snap.error().toString()));
        return snap.value();
    }
    QByteArray fingerprint()
    {
        auto ws = store::Workspace::open(m_path, store::Workspace::Mode::OpenExisting);
        return SnapshotCache::fingerprint(*ws.value(), {}).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        sample::SampleGenerator::Options o;
        o.incidents = 1500;
        QVERIFY(sample::SampleGenerator::write(m_dir.filePath(QStringLiteral("x")), o));
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        auto ws = store::Workspace::open(m_path);
        QVERIFY(ws);
        Feedback fb;
        const auto summary = ingest::ImportJob::run(*ws.value(), m_dir.filePath(QStringLiteral("x")), {}, fb);
        QVERIFY2(summary.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(summary.toText()));
        m_cache = SnapshotCache::pathFor(m_path);
        QCOMPARE(m_cache, m_path + QStringLiteral("-cache"));
    }

    void roundTrip()
    {
        QFile::remove(m_cache);
        const auto first = loadAndSettle();
        QVERIFY(!first.fromCache);
        QVERIFY(QFileInfo::exists(m_cache)); // written after the first build
        const auto second = loadAndSettle();
        QVERIFY(second.fromCache);
        const auto rebuilt = fromSqlite();
        QCOMPARE(int(rebuilt->size()), 1500);
        QVERIFY(rebuilt->pointCount > 0 && !rebuilt->legs.empty()); // the sample has both
        QVERIFY(sameSnapshot(*second.snapshot, *rebuilt));
        QVERIFY(sameSnapshot(*first.snapshot, *rebuilt));
        // The id index works on a mapped snapshot as on a built one.
        QCOMPARE(second.snapshot->indicesOf({ rebuilt->ids[7] }), std::vector<quint32> { 7 });
        // Only the owner reads it: it is case data.
        QCOMPARE(QFile::permissions(m_cache) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void filterKeysTheCache()
    {
        QFile::remove(m_cache);
        analysis::Filter f;
        f.exploitation = 1;
        Feedback fb;
        // A load for a filter changed after opening does not cache…
        auto loaded = SnapshotSource::load(m_path, f, fb, /*useCache=*/false);
        QVERIFY(loaded);
        backgroundPool()->waitForDone();
        QVERIFY(!loaded.value().fromCache);
        QVERIFY(!QFileInfo::exists(m_cache));
        // …one for the filter it opened with does, and the fingerprint tells them apart.
        QVERIFY(!SnapshotSource::load(m_path, f, fb).value().fromCache);
        backgroundPool()->waitForDone();
        QVERIFY(SnapshotSource::load(m_path, f, fb).value().fromCache);
        QVERIFY(!SnapshotSource::load(m_path, {}, fb).value().fromCache);
        backgroundPool()->waitForDone();
        auto ws = store::Workspace::open(m_path, store::Workspace::Mode::OpenExisting);
        QVERIFY(
            SnapshotCache::fingerprint(*ws.value(), f).value() != SnapshotCache::fingerprint(*ws.value(), {}).value());
    }

    void staleFingerprintIsRebuilt()
    {
        QFile::remove(m_cache);
        loadAndSettle();
        const QByteArray before = fingerprint();
        // A second extract adds incidents, a leg and a city, and appends to the audit chain.
        const QString y = m_dir.filePath(QStringLiteral("y"));
        test::writeFile(y + QStringLiteral("/manifest.json"),
            R"({"format":"waymark-hub-extract","format_version":"1.0","exported_at":"2024-01-01T00:00:00Z","hub":"t","handling":"OFFICIAL"})");
        test::writeFile(y + QStringLiteral("/sources.csv"),
            "source_id,name,kind,grading_scheme,source_grade\nS1,NGO,partner_case,uk_3x5x2,1\n");
        test::writeFile(y + QStringLiteral("/incidents.csv"),
            "incident_id,source_id,date,country,citizenship,exploitation,victims\n"
            "ZZ1,S1,2019-03-04,ITA,NGA,sexual_exploitation,1\n"
            "ZZ2,S1,2020-07,FRA,ROU,forced_labour,2\n");
        test::writeFile(y + QStringLiteral("/route_legs.csv"),
            "incident_id,seq,from,to,transport_mode\nZZ1,1,NGA,LBY,road\nZZ1,2,LBY,ITA,sea\n");
        {
            auto ws = store::Workspace::open(m_path, store::Workspace::Mode::OpenExisting);
            QVERIFY(ws);
            Feedback fb;
            const auto summary = ingest::ImportJob::run(*ws.value(), y, {}, fb);
            QVERIFY2(summary.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(summary.toText()));
        }
        QVERIFY(fingerprint() != before);
        const auto after = loadAndSettle();
        QVERIFY(!after.fromCache); // the old cache is of other data
        QCOMPARE(int(after.snapshot->size()), 1502);
        QVERIFY(sameSnapshot(*after.snapshot, *fromSqlite()));
        const auto again = loadAndSettle(); // and the cache was written anew
        QVERIFY(again.fromCache);
        QVERIFY(sameSnapshot(*again.snapshot, *fromSqlite()));
    }

    void damagedIsIgnored_data()
    {
        QTest::addColumn<std::function<void(QByteArray&)>>("damage");
        QTest::addColumn<QString>("reason");
        using Damage = std::function<void(QByteArray&)>;
        auto setU64 = [](int offset, quint64 v) {
            return Damage([offset, v](QByteArray& b) { std::memcpy(b.data() + offset, &v, sizeof v); });
        };
        QTest::newRow("empty") << Damage([](QByteArray& b) { b.clear(); }) << "empty";
        QTest::newRow("header cut") << Damage([](QByteArray& b) { b.truncate(50); }) << "header";
        QTest::newRow("truncated") << Damage([](QByteArray& b) { b.chop(4096); }) << "size";
        QTest::newRow("appended") << Damage([](QByteArray& b) { b.append(8, '\0'); }) << "size";
        QTest::newRow("bit flipped") << Damage([](QByteArray& b) { b[b.size() / 2] = char(b[b.size() / 2] ^ 0x10); })
                                     << "checksum";
        QTest::newRow("magic") << Damage([](QByteArray& b) { b[0] = 'X'; }) << "not a snapshot";
        QTest::newRow("version") << Damage([](QByteArray& b) { b[8] = char(99); }) << "version";
        QTest::newRow("fingerprint") << Damage([](QByteArray& b) { b[20] = char(b[20] ^ 1); }) << "fingerprint";
        QTest::newRow("huge count") << setU64(48, ~quint64(0)) << "counts";
        QTest::newRow("points beyond count") << setU64(56, 1u << 30) << "counts";
        // Forged: the checksum made to match, the arrays lying. Offsets from
        // the counts in the header: ids, x, y, morton (8 bytes each), then lon,
        // lat, dayFrom, dayTo, exploitation, victims, country, place (4 bytes
        // each), each array padded to 8 bytes; the legs last.
        auto forge = [](int (*offset)(qint64 n, qint64 legs), auto value) {
            return Damage([offset, value](QByteArray& b) {
                const qint64 n = *reinterpret_cast<const qint64*>(b.constData() + 48);
                const qint64 legs = *reinterpret_cast<const qint64*>(b.constData() + 72);
                const int at = offset(n, legs) < 0 ? int(b.size()) + offset(n, legs) : offset(n, legs);
                std::memcpy(b.data() + at, &value, sizeof value);
                fixChecksum(b);
            });
        };
        QTest::newRow("forged position") << forge(
            [](qint64 n, qint64) { return SnapshotCache::headerSize + int(8 * n); }, qQNaN())
                                         << "position";
        QTest::newRow("forged period") << forge(
            [](qint64 n, qint64) { return SnapshotCache::headerSize + int(8 * n * 4 + (4 * n + 7) / 8 * 8 * 2); },
            qint32(9999999)) << "period";
        QTest::newRow("forged place") << forge(
            [](qint64 n, qint64) { return SnapshotCache::headerSize + int(8 * n * 4 + (4 * n + 7) / 8 * 8 * 7); },
            qint32(999999)) << "place";
        QTest::newRow("forged leg") << forge([](qint64, qint64 legs) { return -int((12 * legs + 7) / 8 * 8); },
            quint32(1u << 31)) << "leg";
    }
    void damagedIsIgnored()
    {
        QFETCH(std::function<void(QByteArray&)>, damage);
        QFETCH(QString, reason);
        QFile::remove(m_cache);
        loadAndSettle();
        QFile file(m_cache);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        damage(bytes);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        // The reader names what is wrong…
        IncidentSnapshot meta;
        {
            auto ws = store::Workspace::open(m_path, store::Workspace::Mode::OpenExisting);
            QVERIFY(IncidentSnapshot::loadMeta(*ws.value(), meta));
        }
        const auto st = SnapshotCache::load(m_cache, fingerprint(), meta);
        QVERIFY(!st);
        QVERIFY2(st.error().detail.contains(reason), qPrintable(st.error().detail));
        QCOMPARE(st.error().file, m_cache);
        QCOMPARE(meta.size(), size_t(0)); // nothing half-read
        // …and the source rebuilds from SQLite and writes a good cache again.
        const auto loaded = loadAndSettle();
        QVERIFY(!loaded.fromCache);
        QVERIFY(sameSnapshot(*loaded.snapshot, *fromSqlite()));
        QVERIFY(loadAndSettle().fromCache);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCache)
#include "tst_snapshotcache.moc"
