#pragma once

#include "core/result.h"
#include "geo/geometry.h"

#include <QByteArrayView>

namespace waymark::geo {

/// Reads OGC Well-Known Binary into a flattened Geometry: both byte orders;
/// Point, LineString, Polygon, the Multi* types and GeometryCollection; the
/// ISO Z/M/ZM type codes (1000/2000/3000 offsets) and the EWKB flag bits (Z, M,
/// SRID), whose extra ordinates are read and dropped. POINT EMPTY (NaN
/// coordinates) gives an empty geometry; any other non-finite coordinate is an
/// error. Every malformed input gives an Error whose message names the byte
/// offset and the reason, never a crash: counts are checked against the bytes
/// left before anything is allocated, and nesting is limited.
/// Stateless and thread-safe.
class WkbReader {
public:
    /// Parses one geometry from the start of `wkb`. `consumed`, when given,
    /// receives the number of bytes the geometry took (trailing bytes are
    /// allowed). `baseOffset` is added to every offset reported in errors, so a
    /// caller that strips a header can report offsets into the whole blob.
    static Result<Geometry> read(QByteArrayView wkb, qsizetype* consumed = nullptr, qsizetype baseOffset = 0);

    /// The deepest GeometryCollection nesting accepted.
    static constexpr int maxDepth = 32;
};

} // namespace waymark::geo
