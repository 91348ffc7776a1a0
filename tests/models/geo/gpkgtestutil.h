#pragma once

// Writers for the geo reader tests: WKB and GeoPackage geometry blobs built by
// hand, and small GeoPackage files written with SQLite, so every byte the
// readers see is one a test chose.

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTest>
#include <QVariant>
#include <QtEndian>

#include <sqlite3.h>

#include <cstring>

namespace waymark::test::gpkg {

class Wkb {
public:
    explicit Wkb(bool little = true)
        : m_little(little)
    {
    }
    Wkb& header(quint32 type)
    {
        m_bytes.append(char(m_little ? 1 : 0));
        return u32(type);
    }
    Wkb& u32(quint32 v)
    {
        char b[4];
        if (m_little)
            qToLittleEndian(v, b);
        else
            qToBigEndian(v, b);
        m_bytes.append(b, 4);
        return *this;
    }
    Wkb& f64(double d)
    {
        quint64 bits;
        std::memcpy(&bits, &d, 8);
        char b[8];
        if (m_little)
            qToLittleEndian(bits, b);
        else
            qToBigEndian(bits, b);
        m_bytes.append(b, 8);
        return *this;
    }
    Wkb& points(const QList<QPointF>& pts, int extraDims = 0)
    {
        u32(quint32(pts.size()));
        for (const QPointF& p : pts) {
            f64(p.x()).f64(p.y());
            for (int i = 0; i < extraDims; ++i)
                f64(7.0);
        }
        return *this;
    }
    Wkb& raw(const QByteArray& b)
    {
        m_bytes += b;
        return *this;
    }
    QByteArray bytes() const { return m_bytes; }

private:
    bool m_little;
    QByteArray m_bytes;
};

inline QByteArray point(double x, double y, bool little = true)
{
    return Wkb(little).header(1).f64(x).f64(y).bytes();
}
inline QByteArray lineString(const QList<QPointF>& pts, bool little = true)
{
    return Wkb(little).header(2).points(pts).bytes();
}
inline QByteArray polygon(const QList<QList<QPointF>>& rings, bool little = true)
{
    Wkb w(little);
    w.header(3).u32(quint32(rings.size()));
    for (const auto& r : rings)
        w.points(r);
    return w.bytes();
}
inline QByteArray multi(quint32 type, const QList<QByteArray>& members, bool little = true)
{
    Wkb w(little);
    w.header(type).u32(quint32(members.size()));
    for (const auto& m : members)
        w.raw(m);
    return w.bytes();
}
inline QList<QPointF> square(double x0, double y0, double size)
{
    return { { x0, y0 }, { x0 + size, y0 }, { x0 + size, y0 + size }, { x0, y0 + size }, { x0, y0 } };
}

/// A GeoPackage geometry blob: "GP", version 0, flags, srs_id, envelope, WKB.
inline QByteArray gp(
    const QByteArray& wkb, qint32 srsId = 4326, int envelope = 0, bool littleHeader = true, bool empty = false)
{
    QByteArray b("GP");
    b.append(char(0));
    b.append(char((littleHeader ? 1 : 0) | (envelope << 1) | (empty ? 0x10 : 0)));
    char s[4];
    if (littleHeader)
        qToLittleEndian(srsId, s);
    else
        qToBigEndian(srsId, s);
    b.append(s, 4);
    static const int doubles[] = { 0, 4, 6, 6, 8, 0, 0, 0 };
    for (int i = 0; i < doubles[envelope & 7]; ++i) {
        char d[8];
        quint64 bits;
        const double v = double(i);
        std::memcpy(&bits, &v, 8);
        if (littleHeader)
            qToLittleEndian(bits, d);
        else
            qToBigEndian(bits, d);
        b.append(d, 8);
    }
    return b + wkb;
}

/// A SQLite connection for writing test files.
class Db {
public:
    explicit Db(const QString& path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            qFatal("cannot create %s", qPrintable(path));
    }
    ~Db() { sqlite3_close(m_db); }
    void exec(const QString& sql)
    {
        char* err = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK)
            qFatal("SQL failed: %s: %s", err, qPrintable(sql));
    }
    /// Runs `sql` with the values bound in order (QByteArray binds a blob).
    void exec(const QString& sql, const QVariantList& values)
    {
        sqlite3_stmt* st = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), -1, &st, nullptr) != SQLITE_OK)
            qFatal("prepare failed: %s: %s", sqlite3_errmsg(m_db), utf8.constData());
        for (int i = 0; i < values.size(); ++i) {
            const QVariant& v = values[i];
            if (v.isNull())
                sqlite3_bind_null(st, i + 1);
            else if (v.typeId() == QMetaType::QByteArray) {
                const QByteArray b = v.toByteArray();
                sqlite3_bind_blob(st, i + 1, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            } else if (v.typeId() == QMetaType::Double)
                sqlite3_bind_double(st, i + 1, v.toDouble());
            else if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
                sqlite3_bind_int64(st, i + 1, v.toLongLong());
            else {
                const QByteArray t = v.toString().toUtf8();
                sqlite3_bind_text(st, i + 1, t.constData(), int(t.size()), SQLITE_TRANSIENT);
            }
        }
        if (sqlite3_step(st) != SQLITE_DONE)
            qFatal("step failed: %s", sqlite3_errmsg(m_db));
        sqlite3_finalize(st);
    }

private:
    sqlite3* m_db = nullptr;
};

/// The GeoPackage core tables, with EPSG:4326, EPSG:3857 and the two undefined systems.
inline void createGeoPackageTables(Db& db)
{
    db.exec(QStringLiteral(
        "PRAGMA application_id = 1196444487;"
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT "
        "NULL,"
        " organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);"
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'GEOGCS[\"WGS 84\"]', NULL);"
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, 'PROJCS[]', NULL);"
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('OSGB 1936 / British National Grid', 27700, 'EPSG', 27700, "
        "'PROJCS[]', NULL);"
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL);"
        "INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);"
        "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT,"
        " description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,"
        " srs_id INTEGER);"
        "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
        " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
        " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));"));
}

/// A feature table `name` with columns fid, geom, name, value; rows are (fid, blob or null, name, value).
inline void addLayer(Db& db, const QString& name, const QString& type, int srsId, const QList<QVariantList>& rows)
{
    db.exec(QStringLiteral("CREATE TABLE \"%1\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom %2, name TEXT,"
                           " value REAL)")
                .arg(name, type));
    db.exec(QStringLiteral(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, ?)"),
        { name, name, srsId });
    db.exec(QStringLiteral("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)"), { name, type, srsId });
    for (const QVariantList& row : rows)
        db.exec(QStringLiteral("INSERT INTO \"%1\" (fid, geom, name, value) VALUES (?, ?, ?, ?)").arg(name), row);
}

} // namespace waymark::test::gpkg
