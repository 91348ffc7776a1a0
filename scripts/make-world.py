#!/usr/bin/python3
"""Build resources/world/countries.gpkg, Waymark's built-in world layer.

Source: QGIS's world map, world_map.gpkg, layer "countries" (fields iso_a2,
ISO_A3, NAME), taken from the Debian package qgis-common 3.22.16:

    apt-get download qgis-common
    dpkg -x qgis-common_3.22.16*.deb /tmp/qg
    # -> /tmp/qg/usr/share/qgis/resources/data/world_map.gpkg

Provenance and licence: the layer is derived from Natural Earth 1:10m
Cultural Vectors v4.1.0 (Admin 0 Countries for the attributes, Admin 1
States/Provinces for the shapes), generalised by the QGIS project with GRASS
v.generalize and dissolved per country (see README_world_map.md next to the
file). Natural Earth is in the public domain
(https://www.naturalearthdata.com/about/terms-of-use/); no attribution is
required, but we credit "Made with Natural Earth".

What this script does:
  - keeps only the countries layer, with fid, geom, iso_a2, iso_a3, name;
  - rounds coordinates to 1e-4 degree (about 11 m, far below the 1:10m
    generalisation, so the layer stays "1:50m or finer") and drops repeated
    consecutive points, then rings left with fewer than 4 points;
  - fixes country codes that Natural Earth leaves as "-99" or "-1":
      * any row whose iso_a2/iso_a3 is "-99" is looked up by name in FIXES
        (France, Norway, Kosovo and others Natural Earth is known for); in
        the QGIS 3.22 file only Kosovo's ISO_A3 needs it (-> XKX, the code
        partner data uses, as in our gazetteer);
      * Tokelau (iso_a2 TK) has no name or alpha-3 in the source: TKL;
      * the row with iso_a2 "-1" is a dissolve of eleven unrelated areas
        (Somaliland, Northern Cyprus, the Cyprus base areas, Siachen,
        Baykonur, Guantanamo Bay, the Spratlys, Clipperton, Cocos and
        Christmas Islands). It is replaced by those areas one by one, taken
        from the states_provinces layer (same generalisation): Cocos (CC/CCK)
        and Christmas Island (CX/CXR) get their ISO codes; the others have no
        ISO 3166 code of their own and are written with NULL codes and their
        Natural Earth name (tests list them as known exceptions).

Run:  /usr/bin/python3 scripts/make-world.py [source.gpkg] [resources/world/countries.gpkg]
Uses only the Python standard library (sqlite3, struct).
"""
import os
import sqlite3
import struct
import sys

SOURCE = "/tmp/qg/usr/share/qgis/resources/data/world_map.gpkg"
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "world", "countries.gpkg")
PRECISION = 4  # decimal places of a degree

# name -> (iso_a2, iso_a3), for rows where Natural Earth writes -99.
FIXES = {
    "France": ("FR", "FRA"),
    "Norway": ("NO", "NOR"),
    "Kosovo": ("XK", "XKX"),
    "Somaliland": (None, None),
    "N. Cyprus": (None, None),
    "Northern Cyprus": (None, None),
    "Taiwan": ("TW", "TWN"),
}
# states_provinces names of the pieces of the iso_a2 "-1" row that have ISO codes.
MINOR_AREAS = {
    "Cocos (Keeling) Islands": ("CC", "CCK", "Cocos (Keeling) Is."),
    "Christmas Island": ("CX", "CXR", "Christmas I."),
}


def parse_wkb(blob, pos=0):
    """Returns (list of polygons, each a list of rings of (x, y)), end offset) for Polygon/MultiPolygon WKB."""
    order = "<" if blob[pos] == 1 else ">"
    (kind,) = struct.unpack_from(order + "I", blob, pos + 1)
    pos += 5
    kind %= 1000
    if kind == 3:
        (nrings,) = struct.unpack_from(order + "I", blob, pos)
        pos += 4
        rings = []
        for _ in range(nrings):
            (n,) = struct.unpack_from(order + "I", blob, pos)
            pos += 4
            coords = struct.unpack_from(order + "%dd" % (2 * n), blob, pos)
            pos += 16 * n
            rings.append(list(zip(coords[0::2], coords[1::2])))
        return [rings], pos
    if kind == 6:
        (n,) = struct.unpack_from(order + "I", blob, pos)
        pos += 4
        polygons = []
        for _ in range(n):
            p, pos = parse_wkb(blob, pos)
            polygons += p
        return polygons, pos
    raise ValueError("unexpected geometry type %d" % kind)


def parse_gpkg(blob):
    assert blob[:2] == b"GP", "not a GeoPackage geometry"
    envelope = (blob[3] >> 1) & 7
    header = 8 + [0, 32, 48, 48, 64][envelope]
    return parse_wkb(blob, header)[0]


def clean(polygons):
    out = []
    for polygon in polygons:
        rings = []
        for ring in polygon:
            r = []
            for x, y in ring:
                p = (round(x, PRECISION) + 0.0, round(y, PRECISION) + 0.0)
                if not r or r[-1] != p:
                    r.append(p)
            if len(r) >= 3 and r[0] != r[-1]:
                r.append(r[0])
            if len(r) >= 4:
                rings.append(r)
            elif not rings:
                break  # the outer ring vanished: so does the polygon
        if rings:
            out.append(rings)
    return out


def gpkg_blob(polygons):
    xs = [x for p in polygons for r in p for x, _ in r]
    ys = [y for p in polygons for r in p for _, y in r]
    # "GP", version 0, flags: little endian, envelope [minx, maxx, miny, maxy]; srs_id 4326
    out = [b"GP", bytes([0, 0b011]), struct.pack("<i4d", 4326, min(xs), max(xs), min(ys), max(ys))]
    out.append(struct.pack("<BII", 1, 6, len(polygons)))
    for p in polygons:
        out.append(struct.pack("<BII", 1, 3, len(p)))
        for r in p:
            out.append(struct.pack("<I", len(r)))
            out.append(struct.pack("<%dd" % (2 * len(r)), *[c for pt in r for c in pt]))
    return b"".join(out), (min(xs), min(ys), max(xs), max(ys))


def code(value, length):
    if value is None:
        return None
    value = value.strip().upper()
    return value if len(value) == length and value.isalpha() else None


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else SOURCE
    target = sys.argv[2] if len(sys.argv) > 2 else TARGET
    src = sqlite3.connect("file:%s?mode=ro" % source, uri=True)
    rows = []  # (fid, polygons, iso_a2, iso_a3, name)
    for fid, geom, a2, a3, name in src.execute("SELECT fid, geom, iso_a2, ISO_A3, NAME FROM countries ORDER BY fid"):
        if a2 == "-1":
            for sfid, sgeom, sname in src.execute(
                "SELECT fid, geom, name FROM states_provinces WHERE iso_a2 = '-1' ORDER BY fid"
            ):
                ma2, ma3, mname = MINOR_AREAS.get(sname, (None, None, sname))
                rows.append((sfid + 100000, parse_gpkg(sgeom), ma2, ma3, mname))
            continue
        if a2 == "TK" and not name:
            a3, name = "TKL", "Tokelau"
        if name in FIXES and (code(a2, 2) is None or code(a3, 3) is None):
            fa2, fa3 = FIXES[name]
            a2 = a2 if code(a2, 2) else fa2
            a3 = a3 if code(a3, 3) else fa3
        rows.append((fid, parse_gpkg(geom), code(a2, 2), code(a3, 3), name))

    if os.path.exists(target):
        os.remove(target)
    out = sqlite3.connect(target)
    out.executescript(
        """
        PRAGMA application_id = 1196444487;
        PRAGMA user_version = 10300;
        PRAGMA page_size = 4096;
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,
            organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
            description TEXT);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);
        INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326,
            'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]',
            'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
            identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL,
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
        CREATE TABLE countries (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON,
            iso_a2 TEXT(2), iso_a3 TEXT(3), name TEXT);
        """
    )
    vertices = 0
    extent = [180.0, 90.0, -180.0, -90.0]
    for fid, polygons, a2, a3, name in rows:
        polygons = clean(polygons)
        assert polygons, "feature %d (%s) lost every polygon" % (fid, name)
        blob, (x0, y0, x1, y1) = gpkg_blob(polygons)
        vertices += sum(len(r) for p in polygons for r in p)
        extent = [min(extent[0], x0), min(extent[1], y0), max(extent[2], x1), max(extent[3], y1)]
        out.execute("INSERT INTO countries VALUES (?, ?, ?, ?, ?)", (fid, blob, a2, a3, name))
    out.execute(
        "INSERT INTO gpkg_contents VALUES ('countries', 'features', 'countries',"
        " 'Natural Earth 1:10m countries, generalised by QGIS (public domain)', '2023-02-03T00:00:00.000Z',"
        " ?, ?, ?, ?, 4326)",
        extent,
    )
    out.execute("INSERT INTO gpkg_geometry_columns VALUES ('countries', 'geom', 'MULTIPOLYGON', 4326, 0, 0)")
    out.commit()
    out.execute("VACUUM")
    out.close()
    missing = [name for _, _, a2, _, name in rows if a2 is None]
    print(
        "%s: %d features, %d vertices, %d bytes; without an ISO code: %s"
        % (target, len(rows), vertices, os.path.getsize(target), ", ".join(missing))
    )


if __name__ == "__main__":
    main()
