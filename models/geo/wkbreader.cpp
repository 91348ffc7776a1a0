#include "wkbreader.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace waymark::geo {

namespace {

enum Base : quint32 {
    WkbPoint = 1,
    WkbLineString = 2,
    WkbPolygon = 3,
    WkbMultiPoint = 4,
    WkbMultiLineString = 5,
    WkbMultiPolygon = 6,
    WkbCollection = 7
};

constexpr quint32 EwkbZ = 0x80000000u;
constexpr quint32 EwkbM = 0x40000000u;
constexpr quint32 EwkbSrid = 0x20000000u;

// The smallest encodings, used to reject counts that cannot fit in the bytes left.
constexpr qsizetype MinGeometryBytes = 1 + 4 + 4; // byte order, type, empty count
constexpr qsizetype RingCountBytes = 4;

class Parser {
public:
    Parser(QByteArrayView data, qsizetype base)
        : m_data(data)
        , m_base(base)
    {
    }

    Error error() const { return m_error; }
    qsizetype position() const { return m_pos; }

    // Reads one geometry (with its own byte-order byte) and appends its parts to `out`.
    bool geometry(Geometry& out, int depth, quint32* baseType)
    {
        if (depth > WkbReader::maxDepth)
            return fail(QCoreApplication::translate("WkbReader", "geometry collections nested too deep"));
        const qsizetype start = m_pos;
        if (!need(1))
            return false;
        const quint8 order = quint8(m_data[m_pos]);
        if (order > 1)
            return fail(QCoreApplication::translate(
                "WkbReader", "byte order %1 is neither 0 (big endian) nor 1 (little endian)")
                            .arg(order));
        ++m_pos;
        const bool little = order == 1;
        quint32 code = 0;
        if (!u32(little, code))
            return false;
        const quint32 rawCode = code;
        int dims = 2;
        if (code & (EwkbZ | EwkbM | EwkbSrid)) {
            dims += (code & EwkbZ) ? 1 : 0;
            dims += (code & EwkbM) ? 1 : 0;
            if (code & EwkbSrid) {
                quint32 srid = 0;
                if (!u32(little, srid))
                    return false;
            }
            code &= 0x0fffffffu;
        }
        const quint32 iso = code / 1000;
        const quint32 base = code % 1000;
        if (iso > 3 || base < WkbPoint || base > WkbCollection || (iso > 0 && dims > 2)) {
            m_pos = start + 1;
            return fail(
                QCoreApplication::translate("WkbReader", "unknown or unsupported geometry type code %1").arg(rawCode));
        }
        if (iso == 1 || iso == 2)
            dims = 3;
        else if (iso == 3)
            dims = 4;
        *baseType = base;

        switch (base) {
        case WkbPoint: {
            QPointF p;
            bool empty = false;
            if (!point(little, dims, p, &empty))
                return false;
            if (!empty)
                out.parts << QPolygonF { p };
            return true;
        }
        case WkbLineString: {
            QPolygonF line;
            if (!points(little, dims, line))
                return false;
            out.parts << line;
            return true;
        }
        case WkbPolygon: {
            quint32 rings = 0;
            if (!count(little, RingCountBytes, rings))
                return false;
            for (quint32 i = 0; i < rings; ++i) {
                QPolygonF ring;
                if (!points(little, dims, ring))
                    return false;
                out.parts << ring;
            }
            return true;
        }
        default: {
            quint32 n = 0;
            if (!count(little, MinGeometryBytes, n))
                return false;
            const quint32 expected = base == WkbMultiPoint ? quint32(WkbPoint)
                : base == WkbMultiLineString               ? quint32(WkbLineString)
                : base == WkbMultiPolygon                  ? quint32(WkbPolygon)
                                                           : 0u;
            for (quint32 i = 0; i < n; ++i) {
                const qsizetype memberStart = m_pos;
                quint32 memberType = 0;
                if (!geometry(out, depth + 1, &memberType))
                    return false;
                if (expected && memberType != expected) {
                    m_pos = memberStart;
                    return fail(QCoreApplication::translate("WkbReader", "a %1 holds a member of type code %2")
                                    .arg(geometryTypeName(GeometryType(base - 1)))
                                    .arg(memberType));
                }
            }
            return true;
        }
        }
    }

private:
    bool fail(const QString& reason)
    {
        m_error = Error(QCoreApplication::translate("WkbReader", "Malformed geometry (WKB) at byte %1: %2.")
                            .arg(m_base + m_pos)
                            .arg(reason),
            QStringLiteral("WKB offset %1").arg(m_base + m_pos));
        return false;
    }

    bool need(qsizetype n)
    {
        if (m_data.size() - m_pos < n)
            return fail(QCoreApplication::translate("WkbReader", "truncated: %1 more bytes needed, %2 left")
                            .arg(n)
                            .arg(m_data.size() - m_pos));
        return true;
    }

    bool u32(bool little, quint32& v)
    {
        if (!need(4))
            return false;
        const uchar* p = reinterpret_cast<const uchar*>(m_data.data()) + m_pos;
        v = little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
        m_pos += 4;
        return true;
    }

    double f64(bool little)
    {
        const uchar* p = reinterpret_cast<const uchar*>(m_data.data()) + m_pos;
        const quint64 bits = little ? qFromLittleEndian<quint64>(p) : qFromBigEndian<quint64>(p);
        double d;
        std::memcpy(&d, &bits, sizeof d);
        m_pos += 8;
        return d;
    }

    // A count of items each at least `minBytes` long: refused when the bytes
    // left cannot hold them, so a forged count never drives an allocation.
    bool count(bool little, qsizetype minBytes, quint32& n)
    {
        const qsizetype at = m_pos;
        if (!u32(little, n))
            return false;
        const qsizetype left = m_data.size() - m_pos;
        if (qsizetype(n) > left / minBytes) {
            m_pos = at;
            return fail(
                QCoreApplication::translate("WkbReader", "count %1 cannot fit in the %2 bytes left").arg(n).arg(left));
        }
        return true;
    }

    bool point(bool little, int dims, QPointF& p, bool* empty)
    {
        if (!need(8 * dims))
            return false;
        const qsizetype at = m_pos;
        const double x = f64(little);
        const double y = f64(little);
        m_pos += 8 * (dims - 2);
        if (empty && std::isnan(x) && std::isnan(y)) {
            *empty = true;
            return true;
        }
        if (!std::isfinite(x) || !std::isfinite(y)) {
            m_pos = at;
            return fail(QCoreApplication::translate("WkbReader", "coordinate is not a finite number"));
        }
        p = QPointF(x, y);
        return true;
    }

    bool points(bool little, int dims, QPolygonF& out)
    {
        quint32 n = 0;
        if (!count(little, 8 * dims, n))
            return false;
        out.reserve(n);
        for (quint32 i = 0; i < n; ++i) {
            QPointF p;
            if (!point(little, dims, p, nullptr))
                return false;
            out << p;
        }
        return true;
    }

    QByteArrayView m_data;
    qsizetype m_base = 0;
    qsizetype m_pos = 0;
    Error m_error;
};

} // namespace

Result<Geometry> WkbReader::read(QByteArrayView wkb, qsizetype* consumed, qsizetype baseOffset)
{
    Parser parser(wkb, baseOffset);
    Geometry g;
    quint32 base = 0;
    if (!parser.geometry(g, 0, &base))
        return parser.error();
    g.type = GeometryType(base - 1);
    g.updateBounds();
    if (consumed)
        *consumed = parser.position();
    return g;
}

} // namespace waymark::geo
