#include "specimporter.h"

#include "core/fuzzydate.h"
#include "core/taxonomy.h"
#include "geo/gazetteer.h"
#include "ingest/fieldtext.h"
#include "ingest/importsession.h"
#include "ingest/recordwriter.h"
#include "ingest/tablesource.h"
#include "ingest/tablesourcefactory.h"
#include "ingest/transactionrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <climits>
#include <cmath>

namespace waymark::ingest {

namespace {

using K = SpecField::Kind;

constexpr qint64 kMaxRecordsPerRow = 10000;

/// How a place is found, the same way for an import (the session's lookups,
/// so the workspace's place names and UN M49 regions count) and a preview
/// (the gazetteer alone, writing nothing).
class Places {
public:
    virtual ~Places() = default;
    virtual qint64 byCode(const QString& code) = 0;
    virtual qint64 byName(const QString& text) = 0;
    virtual QString nameOf(qint64 id) = 0;
    /// The country whose gazetteer centre is nearest to a point.
    qint64 nearestCountry(double lon, double lat)
    {
        const auto& countries = geo::Gazetteer::instance().countries();
        int best = -1;
        double bestD = 1e300;
        for (int i = 0; i < countries.size(); ++i) {
            const double dx = (countries.at(i).lon - lon) * std::cos(lat * M_PI / 180), dy = countries.at(i).lat - lat;
            if (dx * dx + dy * dy < bestD) {
                bestD = dx * dx + dy * dy;
                best = i;
            }
        }
        return best < 0 ? 0 : byCode(countries.at(best).alpha3);
    }
};

class SessionPlaces : public Places {
public:
    explicit SessionPlaces(ImportSession& s)
        : m_session(s)
    {
    }
    qint64 byCode(const QString& code) override
    {
        const QByteArray b = code.toUtf8();
        return m_session.countryByCode(std::string_view(b.constData(), size_t(b.size())));
    }
    qint64 byName(const QString& text) override
    {
        const QByteArray b = text.toUtf8();
        return m_session.placeByName(std::string_view(b.constData(), size_t(b.size())));
    }
    QString nameOf(qint64 id) override { return QString::number(id); }

private:
    ImportSession& m_session;
};

class GazetteerPlaces : public Places {
public:
    qint64 byCode(const QString& code) override
    {
        const QByteArray b = code.toUtf8();
        return geo::Gazetteer::instance().findCode(std::string_view(b.constData(), size_t(b.size()))) + 1;
    }
    qint64 byName(const QString& text) override { return geo::Gazetteer::instance().find(text) + 1; }
    QString nameOf(qint64 id) override
    {
        const auto& c = geo::Gazetteer::instance().countries();
        return id > 0 && id <= c.size() ? c.at(int(id - 1)).name : QString();
    }
};

/// The band ("9--17", "48+") of `bands` that holds a whole number given as
/// text, or empty when the text is not one or no band holds it.
QString bandOf(const QString& text, const QStringList& bands)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 0)
        return {};
    for (const QString& b : bands) {
        const qsizetype dash = b.indexOf(QLatin1String("--"));
        bool okLo = false, okHi = true;
        const int lo = (dash >= 0 ? b.left(dash) : QString(b).remove(QLatin1Char('+'))).toInt(&okLo);
        const int hi = dash >= 0 ? b.mid(dash + 2).toInt(&okHi) : b.endsWith(QLatin1Char('+')) ? INT_MAX : lo;
        if (okLo && okHi && n >= lo && n <= hi)
            return b;
    }
    return {};
}

/// The date formats of a value as a user reads them.
QString formatsText(const QStringList& formats)
{
    QStringList out;
    for (const QString& f : formats.isEmpty() ? QStringList { QStringLiteral("iso") } : formats) {
        if (f == QLatin1String("iso"))
            out << QStringLiteral("YYYY, YYYY-MM, YYYY-MM-DD");
        else if (f == QLatin1String("banded"))
            out << QCoreApplication::translate(
                "SpecImporter", "YYYY, YYYY-MM, YYYY-MM-DD or a range of years (2014-2018)");
        else
            out << f;
    }
    return out.join(QLatin1String(" | "));
}

/// One value of a record after its transforms.
struct Val {
    bool present = false;
    int column = -1; ///< where it came from, for errors
    QString text;
    qint64 integer = 0;
    double number = std::nan("");
    std::optional<FuzzyDate> date;
    QString dateText;
    std::uint32_t bits = 0;
    qint64 placeId = 0;
    // A place to create at coordinates (Place fields with place_by coordinates).
    bool newCity = false;
    qint64 cityCountry = 0;
    double lon = std::nan(""), lat = std::nan("");
    int refIndex = -1; ///< instance of the referenced record of this row
    qint64 refId = 0; ///< a row of an earlier import, by key
};

struct CValue {
    QString field;
    const SpecValue* v = nullptr;
    const SpecField* f = nullptr;
    int col = -1, lonCol = -1, latCol = -1, countryCol = -1;
    QList<QPair<QString, int>> parts; ///< a template: literal text, then a column (-1: none)
    int record = -1; ///< index of the referenced record
    Taxonomy::Group group = Taxonomy::Group::Exploitation;
    QList<QPair<int, std::uint32_t>> flags; ///< column, bit
};

struct CCondition {
    const SpecCondition* c = nullptr;
    int col = -1;
};

struct CRecord {
    const SpecRecord* r = nullptr;
    std::vector<CValue> values;
    std::vector<CCondition> when;
    int splitCol = -1;
    std::vector<int> refs; ///< record indexes this one refers to
    std::vector<int> attrCols;
};

struct Instance {
    QHash<QString, Val> values;
    std::vector<int> refInstance; ///< per entry of CRecord::refs
    QString attributes;
    QString split;
    qint64 id = 0; ///< once written
    QString key;
};

struct RowError {
    int column = -1;
    QString reason;
    bool isNull() const { return reason.isEmpty(); }
};

/// A spec bound to a table's header: every column it names found once.
class Compiled {
public:
    const ImportSpec& spec;
    std::vector<CRecord> records;
    std::vector<CCondition> when;
    QMap<QString, CValue> source;
    QStringList missing;
    int maxYear;

    Compiled(const ImportSpec& s, int year)
        : spec(s)
        , maxYear(year)
    {
        for (const QString& m : spec.missing)
            missing << m.trimmed().toLower();
    }

    Status bind(const TableSource& table)
    {
        const QStringList& header = table.header();
        auto col = [&](const QString& name, const QString& where, int& out) -> Status {
            out = -1;
            if (name.isEmpty())
                return Ok {};
            for (int i = 0; i < header.size(); ++i) {
                if (header.at(i).compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
                    out = i;
                    return Ok {};
                }
            }
            return table.errorAt(-1,
                QCoreApplication::translate(
                    "SpecImporter", "the specification %1 reads a column \"%2\" (%3), which the header lacks")
                    .arg(spec.name, name, where));
        };
        auto bindValue = [&](CValue& cv, const QString& where) -> Status {
            const SpecValue& v = *cv.v;
            for (auto [name, out] : { std::pair { v.column, &cv.col }, std::pair { v.lonColumn, &cv.lonCol },
                     std::pair { v.latColumn, &cv.latCol }, std::pair { v.countryColumn, &cv.countryCol } })
                if (Status st = col(name, where, *out); !st)
                    return st;
            if (!v.format.isEmpty()) {
                // "{Case number}/{Court}": literal text and columns in turn.
                QString literal;
                for (int i = 0; i < v.format.size(); ++i) {
                    const QChar c = v.format.at(i);
                    if (c == QLatin1Char('{')) {
                        const int close = v.format.indexOf(QLatin1Char('}'), i);
                        if (close < 0)
                            return Error(QCoreApplication::translate(
                                "SpecImporter", "%1: the format \"%2\" has a { without its }")
                                             .arg(where, v.format));
                        int c2 = -1;
                        if (Status st = col(v.format.mid(i + 1, close - i - 1), where, c2); !st)
                            return st;
                        cv.parts << qMakePair(literal, c2);
                        literal.clear();
                        if (cv.col < 0)
                            cv.col = c2;
                        i = close;
                    } else {
                        literal += c;
                    }
                }
                if (!literal.isEmpty())
                    cv.parts << qMakePair(literal, -1);
            }
            return Ok {};
        };
        for (const SpecCondition& c : spec.when) {
            CCondition cc { &c, -1 };
            if (Status st = col(c.column, QStringLiteral("when"), cc.col); !st)
                return st;
            when.push_back(cc);
        }
        for (auto it = spec.source.cbegin(); it != spec.source.cend(); ++it) {
            CValue cv;
            cv.field = it.key();
            cv.v = &it.value();
            if (Status st = bindValue(cv, QStringLiteral("source.") + it.key()); !st)
                return st;
            source.insert(it.key(), cv);
        }
        QHash<QString, int> index;
        for (size_t i = 0; i < spec.records.size(); ++i) {
            const SpecRecord& r = spec.records[i];
            CRecord cr;
            cr.r = &r;
            const QString where = QStringLiteral("records[%1]").arg(i);
            if (Status st = col(r.splitColumn, where + QStringLiteral(".split"), cr.splitCol); !st)
                return st;
            for (const SpecCondition& c : r.when) {
                CCondition cc { &c, -1 };
                if (Status st = col(c.column, where + QStringLiteral(".when"), cc.col); !st)
                    return st;
                cr.when.push_back(cc);
            }
            QList<int> read;
            for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
                CValue cv;
                cv.field = it.key();
                cv.v = &it.value();
                cv.f = SpecRecord::field(r.target, it.key());
                if (Status st = bindValue(cv, where + QStringLiteral(".fields.") + it.key()); !st)
                    return st;
                if (!it->record.isEmpty()) {
                    cv.record = index.value(it->record, -1);
                    cr.refs.push_back(cv.record);
                }
                if (cv.f && cv.f->kind == K::Codes) {
                    static const QStringList groups { QStringLiteral("exploitation"), QStringLiteral("sector"),
                        QStringLiteral("sex_form"), QStringLiteral("means"), QStringLiteral("recruiter") };
                    cv.group = Taxonomy::Group(std::max(0, int(groups.indexOf(cv.f->allowed.value(0)))));
                    for (auto f = it->flags.cbegin(); f != it->flags.cend(); ++f) {
                        int c = -1;
                        if (Status st = col(f.key(), where + QStringLiteral(".fields.") + it.key(), c); !st)
                            return st;
                        const QByteArray code = f.value().toUtf8();
                        cv.flags << qMakePair(
                            c, Taxonomy::bit(cv.group, std::string_view(code.constData(), size_t(code.size()))));
                        read << c;
                    }
                }
                for (int c : { cv.col, cv.lonCol, cv.latCol, cv.countryCol })
                    read << c;
                for (const auto& p : std::as_const(cv.parts))
                    read << p.second;
                cr.values.push_back(cv);
            }
            for (const QString& a : r.attributes) {
                if (a == QLatin1String("*")) {
                    for (int c = 0; c < header.size(); ++c)
                        if (!read.contains(c) && c != cr.splitCol)
                            cr.attrCols.push_back(c);
                    continue;
                }
                int c = -1;
                if (Status st = col(a, where + QStringLiteral(".attributes"), c); !st)
                    return st;
                cr.attrCols.push_back(c);
            }
            std::sort(cr.attrCols.begin(), cr.attrCols.end());
            cr.attrCols.erase(std::unique(cr.attrCols.begin(), cr.attrCols.end()), cr.attrCols.end());
            index.insert(r.id, int(i));
            records.push_back(std::move(cr));
        }
        return Ok {};
    }

    bool isMissing(const QString& text, const SpecValue* v) const
    {
        const QString t = text.trimmed().toLower();
        if (t.isEmpty() || missing.contains(t))
            return true;
        if (v)
            for (const QString& m : v->missing)
                if (m.trimmed().compare(t, Qt::CaseInsensitive) == 0)
                    return true;
        return false;
    }

    static bool holds(const CCondition& c, const TableSource& t)
    {
        const QString v = t.cell(c.col).trimmed();
        switch (c.c->op) {
        case SpecCondition::Op::Equals:
            return v.compare(c.c->value, Qt::CaseInsensitive) == 0;
        case SpecCondition::Op::NotEquals:
            return v.compare(c.c->value, Qt::CaseInsensitive) != 0;
        case SpecCondition::Op::Matches:
            return c.c->regex.match(v).hasMatch();
        case SpecCondition::Op::NotMatches:
            return !c.c->regex.match(v).hasMatch();
        case SpecCondition::Op::Empty:
            return v.isEmpty();
        case SpecCondition::Op::NotEmpty:
            return !v.isEmpty();
        }
        return false;
    }

    /// A date by the value's formats; "banded" reads "2014-2018" as a range.
    std::optional<FuzzyDate> date(const QString& text, const SpecValue& v, QString& stored) const
    {
        const QStringList formats = v.dateFormats.isEmpty() ? QStringList { QStringLiteral("iso") } : v.dateFormats;
        for (const QString& format : formats) {
            if (format == QLatin1String("iso") || format == QLatin1String("banded")) {
                const QByteArray b = text.toUtf8();
                if (auto d = FuzzyDate::parse(std::string_view(b.constData(), size_t(b.size())), maxYear)) {
                    stored = d->toString();
                    return d;
                }
                if (format == QLatin1String("banded")) {
                    // One reading of year bands, the CTDC reader's: "2014-2018", "2014--2018", en or em dash.
                    if (auto d = FuzzyDate::parseYearBand(std::string_view(b.constData(), size_t(b.size())), maxYear)) {
                        stored = d->toString();
                        return d;
                    }
                }
                continue;
            }
            const QDate d = QDate::fromString(text, format);
            if (!d.isValid() || d.year() < 1900 || d.year() > maxYear)
                continue;
            FuzzyDate fd;
            if (format.contains(QLatin1Char('d'))) {
                fd.precision = FuzzyDate::Day;
                fd.dayFrom = fd.dayTo = d.toJulianDay();
            } else if (format.contains(QLatin1Char('M'))) {
                fd.precision = FuzzyDate::Month;
                const QDate first(d.year(), d.month(), 1);
                fd.dayFrom = first.toJulianDay();
                fd.dayTo = first.addMonths(1).toJulianDay() - 1;
            } else {
                fd = FuzzyDate::fromYear(d.year());
            }
            stored = fd.toString();
            return fd;
        }
        return std::nullopt;
    }

    /// The text of a value before its type: taken, trimmed, missing → empty,
    /// extracted, mapped, defaulted.
    RowError text(const CValue& cv, const TableSource& t, const QString& splitPart, QString& out) const
    {
        const SpecValue& v = *cv.v;
        if (!splitPart.isNull())
            out = splitPart;
        else if (v.hasConstant)
            out = v.constant;
        else if (!cv.parts.isEmpty()) {
            // A format whose columns are all missing is not given: "case:{Case}"
            // of a row without a case number is no key, not the key "case:"
            // every such row would share (each after the first a "duplicate").
            out.clear();
            bool columns = false, given = false;
            for (const auto& p : cv.parts) {
                out += p.first;
                if (p.second >= 0) {
                    columns = true;
                    const QString c = t.cell(p.second).trimmed();
                    if (!isMissing(c, &v)) {
                        out += c;
                        given = true;
                    }
                }
            }
            if (columns && !given)
                out.clear();
        } else if (cv.col >= 0)
            out = t.cell(cv.col);
        else
            out.clear();
        out = out.trimmed();
        if (isMissing(out, &v))
            out.clear();
        if (!out.isEmpty() && v.extractRegex.isValid() && !v.extract.isEmpty()) {
            const auto m = v.extractRegex.match(out);
            out = !m.hasMatch() ? QString() : (m.lastCapturedIndex() >= 1 ? m.captured(1) : m.captured(0)).trimmed();
        }
        const bool codes = cv.f && cv.f->kind == K::Codes;
        if (!out.isEmpty() && !v.map.isEmpty() && !codes && v.separators.isEmpty()) {
            auto it = v.map.constFind(out.toLower());
            if (it != v.map.constEnd())
                out = *it;
            else if (v.mapStrict)
                return { cv.col,
                    QCoreApplication::translate("SpecImporter", "%1: \"%2\" is not in the code list (%3)")
                        .arg(cv.field, out, QStringList(v.map.keys()).join(QStringLiteral(", "))) };
        }
        if (out.isEmpty())
            out = v.defaultValue;
        return {};
    }

    /// A multi-valued cell's parts, missing ones left out.
    QStringList splitParts(const QString& text, const QString& separators) const
    {
        QStringList out = splitCell(text, separators);
        out.removeIf([this](const QString& part) { return isMissing(part, nullptr); });
        return out;
    }

    RowError place(const CValue& cv, const TableSource& t, const QString& text, Val& val, Places& places) const
    {
        const SpecValue& v = *cv.v;
        const QString mode = v.placeBy.isEmpty() ? QStringLiteral("auto") : v.placeBy;
        if (!text.isEmpty()) {
            if (mode == QLatin1String("iso"))
                val.placeId = places.byCode(text);
            else
                val.placeId = places.byName(text);
            if (val.placeId) {
                val.present = true;
                val.text = text;
                return {};
            }
        }
        const bool hasCoords = cv.lonCol >= 0 && cv.latCol >= 0;
        if (mode != QLatin1String("coordinates") || !hasCoords) {
            if (text.isEmpty())
                return {};
            return { cv.col,
                mode == QLatin1String("iso")
                    ? QCoreApplication::translate("SpecImporter", "%1: unknown country code \"%2\"").arg(cv.field, text)
                    : QCoreApplication::translate("SpecImporter", "%1: unknown place \"%2\"").arg(cv.field, text) };
        }
        // A place the gazetteer and the workspace do not know, at its coordinates.
        const QString x = t.cell(cv.lonCol).trimmed(), y = t.cell(cv.latCol).trimmed();
        if (isMissing(x, nullptr) && isMissing(y, nullptr)) {
            if (text.isEmpty())
                return {};
            return { cv.col,
                QCoreApplication::translate("SpecImporter", "%1: unknown place \"%2\" and no coordinates")
                    .arg(cv.field, text) };
        }
        if (isMissing(x, nullptr))
            return { cv.lonCol, missingCoordinate(false) };
        if (isMissing(y, nullptr))
            return { cv.latCol, missingCoordinate(true) };
        bool okX = false, okY = false;
        const double lon = QString(x).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&okX);
        const double lat = QString(y).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&okY);
        if (!okX || lon < -180 || lon > 180)
            return { cv.lonCol,
                QCoreApplication::translate("SpecImporter", "longitude \"%1\" is out of range (-180 to 180)").arg(x) };
        if (!okY || lat < -90 || lat > 90)
            return { cv.latCol,
                QCoreApplication::translate("SpecImporter", "latitude \"%1\" is out of range (-90 to 90)").arg(y) };
        qint64 country = 0;
        if (cv.countryCol >= 0) {
            const QString c = t.cell(cv.countryCol).trimmed();
            if (!isMissing(c, nullptr) && !(country = places.byName(c)))
                return { cv.countryCol,
                    QCoreApplication::translate("SpecImporter", "%1: unknown country \"%2\"").arg(cv.field, c) };
        }
        if (!country)
            country = places.nearestCountry(lon, lat);
        val.present = true;
        val.newCity = true;
        val.cityCountry = country;
        val.lon = lon;
        val.lat = lat;
        val.text = text.isEmpty() ? QStringLiteral("%1, %2").arg(lat, 0, 'f', 4).arg(lon, 0, 'f', 4) : text;
        return {};
    }

    /// A value of one instance of a record, typed by its field.
    RowError value(const CValue& cv, const TableSource& t, const QString& splitPart, Val& val, Places& places) const
    {
        val.column = cv.col;
        QString text;
        if (RowError e = this->text(cv, t, splitPart, text); !e.isNull())
            return e;
        const SpecValue& v = *cv.v;
        const K kind = cv.f ? cv.f->kind : K::Text;
        if (kind == K::Place)
            return place(cv, t, text, val, places);
        for (const auto& [column, bit] : cv.flags) {
            const QString f = t.cell(column).trimmed();
            if (isMissing(f, &v) || f == QLatin1String("0")
                || f.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0
                || f.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0)
                continue;
            if (f == QLatin1String("1") || f.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                || f.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0) {
                val.bits |= bit;
                val.present = true;
                continue;
            }
            return { column,
                QCoreApplication::translate(
                    "SpecImporter", "%1: expected 1, 0, true, false, yes, no or missing, found \"%2\"")
                    .arg(t.header().value(column), f) };
        }
        if (text.isEmpty()) {
            if (val.present)
                return {}; // codes from flags alone
            if (v.required)
                return { cv.col, QCoreApplication::translate("SpecImporter", "%1 is required").arg(cv.field) };
            return {};
        }
        val.present = true;
        val.text = text;
        switch (kind) {
        case K::Text:
        case K::Key:
        case K::Grade:
            if (!v.separators.isEmpty()) {
                // A set kept in one field: its parts, mapped, joined.
                QStringList parts = splitParts(text, v.separators);
                for (QString& p : parts)
                    p = v.map.value(p.toLower(), p);
                val.text = parts.join(QStringLiteral("; "));
            }
            return {};
        case K::Integer: {
            // By the column's decimal mark, as an amount: "1,000" victims is
            // a thousand where the mark is a point, not 1.
            QString why;
            const QByteArray b = text.toUtf8();
            const auto parsed
                = TransactionRecord::parseAmount(std::string_view(b.constData(), size_t(b.size())), v.decimal, &why);
            const double d = parsed.value_or(0.5);
            if (!parsed || d != std::floor(d) || std::abs(d) > 1e15)
                return { cv.col,
                    QCoreApplication::translate("SpecImporter", "%1 must be a whole number, found \"%2\"")
                        .arg(cv.field, text) };
            val.integer = qint64(d);
            if ((cv.field == QLatin1String("victims") && d < 0) || (cv.field == QLatin1String("seq") && d < 1))
                return { cv.col, QCoreApplication::translate("SpecImporter", "%1 cannot be %2").arg(cv.field, text) };
            return {};
        }
        case K::Number: {
            QString why;
            const QByteArray b = text.toUtf8();
            const auto d
                = TransactionRecord::parseAmount(std::string_view(b.constData(), size_t(b.size())), v.decimal, &why);
            // "45,12" where the decimal mark is a point: refused either way
            // ("45,120" reads as 45120, out of range); the reason says why.
            const QChar otherMark = QLatin1Char(v.decimal == ',' ? '.' : ',');
            const QString hint = !text.contains(otherMark) ? QString()
                : v.decimal == ','
                ? QCoreApplication::translate("SpecImporter",
                    "; if this file writes decimals with a point, set the column's decimal mark to \".\"")
                : QCoreApplication::translate("SpecImporter",
                    "; if this file writes decimals with a comma, set the column's decimal mark to \",\"");
            if (!d)
                return { cv.col,
                    QCoreApplication::translate("SpecImporter", "%1 must be a number, found \"%2\"").arg(cv.field, text)
                        + hint };
            // Coordinates of an incident or a place are degrees, as with place_by: coordinates.
            const bool lon = cv.field == QLatin1String("lon");
            if ((lon && std::abs(*d) > 180) || (cv.field == QLatin1String("lat") && std::abs(*d) > 90)) {
                QString why = lon
                    ? QCoreApplication::translate("SpecImporter", "longitude \"%1\" is out of range (-180 to 180)")
                          .arg(text)
                    : QCoreApplication::translate("SpecImporter", "latitude \"%1\" is out of range (-90 to 90)")
                          .arg(text);
                return { cv.col, why + hint };
            }
            val.number = *d;
            return {};
        }
        case K::Date:
            val.date = date(text, v, val.dateText);
            if (!val.date)
                return { cv.col,
                    QCoreApplication::translate("SpecImporter", "%1: \"%2\" is not a possible date (expected %3)")
                        .arg(cv.field, text, formatsText(v.dateFormats)) };
            return {};
        case K::Codes: {
            const QString seps = v.separators.isEmpty() ? defaultCodeSeparators() : v.separators;
            for (QString part : splitParts(text, seps)) {
                if (!v.map.isEmpty()) {
                    auto it = v.map.constFind(part.toLower());
                    if (it != v.map.constEnd())
                        part = *it;
                    else if (v.mapStrict)
                        return { cv.col,
                            QCoreApplication::translate("SpecImporter", "%1: \"%2\" is not in the code list (%3)")
                                .arg(cv.field, part, QStringList(v.map.keys()).join(QStringLiteral(", "))) };
                }
                if (part.isEmpty())
                    continue;
                const QByteArray b = part.toUtf8();
                const std::uint32_t bit = Taxonomy::bit(cv.group, std::string_view(b.constData(), size_t(b.size())));
                if (!bit)
                    return { cv.col,
                        QCoreApplication::translate("SpecImporter", "%1: unknown code \"%2\" (expected %3)")
                            .arg(cv.field, part, Taxonomy::codes(cv.group).join(QStringLiteral(", "))) };
                val.bits |= bit;
            }
            return {};
        }
        case K::Choice: {
            const QString lower = text.toLower();
            for (const QString& a : cv.f->allowed) {
                if (a == lower || FieldText::normaliseRange(lower.toStdString()) == a.toStdString()) {
                    val.text = a;
                    return {};
                }
            }
            // A band's field given a whole number (an age of 17, 14 months
            // trafficked): the band that holds it.
            if (const QString band = bandOf(text, cv.f->allowed); !band.isEmpty()) {
                val.text = band;
                return {};
            }
            return { cv.col,
                QCoreApplication::translate("SpecImporter", "%1: unknown value \"%2\" (expected %3)")
                    .arg(cv.field, text, cv.f->allowed.join(QStringLiteral(", "))) };
        }
        case K::Reference:
        case K::Place:
            return {};
        }
        return {};
    }

    /// Every record of the current row, evaluated but not written.
    RowError evaluate(const TableSource& t, std::vector<std::vector<Instance>>& out, Places& places) const
    {
        out.assign(records.size(), {});
        for (size_t ri = 0; ri < records.size(); ++ri) {
            const CRecord& cr = records[ri];
            bool used = true;
            for (const CCondition& c : cr.when)
                used = used && holds(c, t);
            if (!used)
                continue;
            QStringList parts;
            if (cr.splitCol >= 0) {
                parts = splitParts(t.cell(cr.splitCol), cr.r->splitSeparators);
            } else {
                parts << QString();
            }
            // One instance per part and per combination of referenced instances.
            std::vector<std::vector<int>> combos { {} };
            for (int ref : cr.refs) {
                std::vector<std::vector<int>> next;
                const int n = ref >= 0 ? int(out[size_t(ref)].size()) : 0;
                for (const auto& c : combos)
                    for (int k = 0; k < n; ++k) {
                        auto c2 = c;
                        c2.push_back(k);
                        next.push_back(std::move(c2));
                    }
                combos = std::move(next);
            }
            // A row is one case, not a table: a split times its references
            // that makes more records than this is a cell gone wrong.
            if (qint64(parts.size()) * qint64(combos.size()) > kMaxRecordsPerRow)
                return { cr.splitCol,
                    QCoreApplication::translate(
                        "SpecImporter", "%1: this row would make %2 records; at most %3 are kept")
                        .arg(cr.r->id)
                        .arg(qint64(parts.size()) * qint64(combos.size()))
                        .arg(kMaxRecordsPerRow) };
            for (const QString& part : std::as_const(parts)) {
                for (const auto& combo : combos) {
                    Instance inst;
                    inst.refInstance = combo;
                    inst.split = part;
                    size_t refAt = 0;
                    for (const CValue& cv : cr.values) {
                        Val val;
                        if (cv.record >= 0) {
                            val.present = true;
                            val.refIndex = combo[refAt++];
                            inst.values.insert(cv.field, val);
                            continue;
                        }
                        const bool fromSplit
                            = cr.splitCol >= 0 && cv.col == cr.splitCol && cv.parts.isEmpty() && !cv.v->hasConstant;
                        if (RowError e = value(cv, t, fromSplit ? part : QString(), val, places); !e.isNull())
                            return e;
                        if (val.present)
                            inst.values.insert(cv.field, val);
                    }
                    for (const SpecField& f : SpecRecord::fieldsOf(cr.r->target)) {
                        if (f.required && !inst.values.value(f.name).present) {
                            int at = -1;
                            for (const CValue& cv : cr.values)
                                if (cv.field == f.name)
                                    at = cv.col;
                            return { at,
                                QCoreApplication::translate("SpecImporter", "%1 of the %2 is missing")
                                    .arg(f.name, SpecRecord::targetName(cr.r->target)) };
                        }
                    }
                    if (!cr.attrCols.empty()) {
                        QJsonObject o;
                        for (int c : cr.attrCols) {
                            const QString v = t.cell(c).trimmed();
                            if (!isMissing(v, nullptr))
                                o.insert(t.header().value(c), v);
                        }
                        if (!o.isEmpty())
                            inst.attributes = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
                    }
                    out[ri].push_back(std::move(inst));
                }
            }
        }
        return {};
    }

    struct SourceValues {
        RecordWriter::Source row;
        int scheme = -1, sourceGrade = -1, infoGrade = -1, handling = -1, tlp = -1, kind = -1; ///< columns
        bool fromRow = false;
    };

    /// The source of the current row.
    RowError sourceOf(const TableSource& t, SourceValues& s, Places& places) const
    {
        auto get = [&](const char* field, QString& out, int& column) -> RowError {
            column = -1;
            auto it = source.constFind(QLatin1String(field));
            if (it == source.constEnd())
                return {};
            Val v;
            if (RowError e = value(*it, t, QString(), v, places); !e.isNull())
                return e;
            out = v.text;
            column = it->col;
            s.fromRow |= it->col >= 0;
            return {};
        };
        int ignore = -1;
        RecordWriter::Source& r = s.row;
        for (auto [field, out, column] :
            { std::tuple { "key", &r.key, &ignore }, std::tuple { "name", &r.name, &ignore },
                std::tuple { "kind", &r.kind, &s.kind }, std::tuple { "grading_scheme", &r.gradingScheme, &s.scheme },
                std::tuple { "source_grade", &r.sourceGrade, &s.sourceGrade },
                std::tuple { "info_grade", &r.infoGrade, &s.infoGrade },
                std::tuple { "handling_code", &r.handlingCode, &s.handling },
                std::tuple { "handling_conditions", &r.handlingConditions, &ignore },
                std::tuple { "tlp", &r.tlp, &s.tlp } })
            if (RowError e = get(field, *out, *column); !e.isNull())
                return e;
        if (r.name.isEmpty())
            r.name = spec.name;
        if (r.kind.isEmpty())
            r.kind = QStringLiteral("partner_case");
        if (r.gradingScheme.isEmpty())
            r.gradingScheme = QStringLiteral("none");
        if (!Taxonomy::sourceKinds().contains(r.kind))
            return { s.kind,
                QCoreApplication::translate("SpecImporter", "unknown source kind \"%1\" (expected %2)")
                    .arg(r.kind, Taxonomy::sourceKinds().join(QStringLiteral(", "))) };
        if (!Taxonomy::gradingSchemes().contains(r.gradingScheme))
            return { s.scheme,
                QCoreApplication::translate("SpecImporter", "unknown grading scheme \"%1\" (expected %2)")
                    .arg(r.gradingScheme, Taxonomy::gradingSchemes().join(QStringLiteral(", "))) };
        if (!Taxonomy::isValidGrade(r.gradingScheme, r.sourceGrade, QString(), QString()))
            return { s.sourceGrade,
                QCoreApplication::translate("SpecImporter", "\"%1\" is not a source grade of %2")
                    .arg(r.sourceGrade, r.gradingScheme) };
        if (!Taxonomy::isValidGrade(r.gradingScheme, QString(), r.infoGrade, QString()))
            return { s.infoGrade,
                QCoreApplication::translate("SpecImporter", "\"%1\" is not an information grade of %2")
                    .arg(r.infoGrade, r.gradingScheme) };
        if (!Taxonomy::isValidGrade(r.gradingScheme, QString(), QString(), r.handlingCode))
            return { s.handling,
                QCoreApplication::translate("SpecImporter", "\"%1\" is not a handling code of %2")
                    .arg(r.handlingCode, r.gradingScheme) };
        static const QStringList tlps { QStringLiteral("TLP:CLEAR"), QStringLiteral("TLP:GREEN"),
            QStringLiteral("TLP:AMBER"), QStringLiteral("TLP:AMBER+STRICT"), QStringLiteral("TLP:RED") };
        if (!r.tlp.isEmpty() && !tlps.contains(r.tlp.toUpper()))
            return { s.tlp,
                QCoreApplication::translate("SpecImporter", "\"%1\" is not a TLP 2.0 label (%2)")
                    .arg(r.tlp, tlps.join(QStringLiteral(", "))) };
        r.tlp = r.tlp.toUpper();
        if (r.key.isEmpty()) {
            // One source per spec, or per distinct source of the rows.
            r.key = QStringLiteral("spec:") + spec.name;
            if (s.fromRow)
                r.key += QLatin1Char(':')
                    + QStringList { r.name, r.kind, r.gradingScheme, r.sourceGrade, r.infoGrade, r.handlingCode, r.tlp }
                          .join(QLatin1Char('|'));
        }
        return {};
    }

    /// An information grade of a record checked against its row's source.
    static RowError gradeOk(const Instance& inst, const SourceValues& s, QString& grade)
    {
        const Val g = inst.values.value(QStringLiteral("info_grade"));
        grade = g.present ? g.text : s.row.infoGrade;
        if (Taxonomy::isValidGrade(s.row.gradingScheme, QString(), grade, QString()))
            return {};
        return { g.present ? g.column : s.infoGrade,
            QCoreApplication::translate("SpecImporter", "\"%1\" is not an information grade of the source's scheme %2")
                .arg(grade, s.row.gradingScheme) };
    }

    /// A transaction instance through the checks every bank reader applies.
    RowError transaction(const CRecord& cr, const Instance& inst, TransactionRecord& r) const
    {
        auto val = [&](const char* f) { return inst.values.value(QLatin1String(f)); };
        auto sv = [](const QByteArray& b) { return std::string_view(b.constData(), size_t(b.size())); };
        const QByteArray ts = val("timestamp").text.toUtf8(), amount = val("amount").text.toUtf8(),
                         cur = val("currency").text.toUtf8(), dir = val("direction").text.toUtf8();
        QString format;
        char decimal = '.';
        for (const CValue& cv : cr.values) {
            if (cv.field == QLatin1String("timestamp") && !cv.v->dateFormats.isEmpty())
                format = cv.v->dateFormats.first();
            if (cv.field == QLatin1String("amount"))
                decimal = cv.v->decimal;
        }
        QString why;
        if (!TransactionRecord::setTimestamp(r, sv(ts), format, maxYear, &why))
            return { val("timestamp").column, why };
        if (!TransactionRecord::setAmount(r, sv(amount), decimal, &why))
            return { val("amount").column, why };
        if (!TransactionRecord::setCurrency(r, sv(cur), &why))
            return { val("currency").column, why };
        if (!TransactionRecord::setDirection(r, sv(dir), &why))
            return { val("direction").column, why };
        r.key = val("key").text;
        r.counterparty = val("counterparty").text;
        r.counterpartyAccount = val("counterparty_account").text;
        r.counterpartyCountry = val("counterparty_country").text;
        r.category = val("category").text;
        r.merchant = val("merchant").text;
        r.channel = val("channel").text;
        r.location = val("location").text;
        r.country = val("country").text;
        r.reference = val("reference").text;
        r.attributes = inst.attributes;
        return {};
    }

    /// What must hold of a row's records besides their values: grades
    /// against the row's source, transactions' own checks.
    RowError checkRow(const std::vector<std::vector<Instance>>& rows, const SourceValues& src) const
    {
        for (size_t ri = 0; ri < rows.size(); ++ri)
            for (const Instance& inst : rows[ri]) {
                QString grade;
                if (RowError e = gradeOk(inst, src, grade); !e.isNull())
                    return e;
                TransactionRecord r;
                if (records[ri].r->target == SpecTarget::Transaction)
                    if (RowError e = transaction(records[ri], inst, r); !e.isNull())
                        return e;
                if (RowError e = pointOf(records[ri], inst); !e.isNull())
                    return e;
            }
        return {};
    }

    /// Why a point with one coordinate is refused (`hasLongitude`: which one it has).
    static QString missingCoordinate(bool hasLongitude)
    {
        return hasLongitude
            ? QCoreApplication::translate("SpecImporter", "the latitude is missing: a longitude alone is not a point")
            : QCoreApplication::translate("SpecImporter", "the longitude is missing: a latitude alone is not a point");
    }

    /// An incident's or a place's point needs both coordinates: one alone is
    /// refused at the missing one's cell, not dropped without a word.
    static RowError pointOf(const CRecord& cr, const Instance& inst)
    {
        if (cr.r->target != SpecTarget::Incident && cr.r->target != SpecTarget::Place)
            return {};
        const bool lon = inst.values.value(QStringLiteral("lon")).present;
        const bool lat = inst.values.value(QStringLiteral("lat")).present;
        if (lon == lat)
            return {};
        // A missing cell leaves its Val without a column: the record's
        // columns say where it is (or, if it is not mapped, where the other is).
        int column = -1;
        for (const CValue& cv : cr.values)
            if (cv.field == QLatin1String(lon ? "lat" : "lon")
                || (column < 0 && cv.field == QLatin1String(lon ? "lon" : "lat")))
                column = cv.col;
        return { column, missingCoordinate(lon) };
    }
};

QString previewText(
    SpecField::Kind kind, const Val& v, Places& places, const std::vector<Instance>* refs, const QString& refKey)
{
    switch (kind) {
    case K::Date:
        return v.dateText;
    case K::Number:
        return QString::number(v.number, 'g', 15);
    case K::Integer:
        return QString::number(v.integer);
    case K::Codes:
        return v.text;
    case K::Place:
        if (v.newCity)
            return QCoreApplication::translate("SpecImporter", "%1 (new place at %2, %3)")
                .arg(v.text)
                .arg(v.lat, 0, 'f', 4)
                .arg(v.lon, 0, 'f', 4);
        return places.nameOf(v.placeId).isEmpty() ? v.text : places.nameOf(v.placeId);
    case K::Reference:
        if (refs && v.refIndex >= 0 && v.refIndex < int(refs->size()))
            return refKey + QStringLiteral(" #%1").arg(v.refIndex + 1);
        return v.text;
    default:
        return v.text;
    }
}

} // namespace

Status SpecImporter::run(ImportSession& session, const ImportSpec& spec, TableSource& table)
{
    if (spec.kind != ImportSpec::Kind::Records)
        return Error(QCoreApplication::translate(
            "SpecImporter", "The specification %1 is a bank column mapping; it is run by the transaction reader.")
                         .arg(spec.name));
    if (Status st = spec.validate(); !st)
        return st;
    Compiled c(spec, session.maxYear());
    if (Status st = c.bind(table); !st)
        return st;
    SessionPlaces places(session);
    RecordWriter writer(session);
    ImportSummary& summary = session.summary();
    QHash<QString, qint64> sources;
    QHash<QString, qint64> cities;
    qint64 skipped = 0, newPlaces = 0;
    std::vector<qint64> written(spec.records.size(), 0);
    std::vector<std::vector<Instance>> rows;

    for (;;) {
        const TableSource::Next n = table.next();
        if (n == TableSource::Next::End)
            break;
        if (n == TableSource::Next::Fatal)
            return table.error();
        ++summary.rowsRead;
        if ((summary.rowsRead & 0x3FF) == 0) {
            if (session.feedback().isCanceled())
                return Ok {};
            session.progress(qint64(table.progress() * 1e6), 1000000);
        }
        if (n == TableSource::Next::BadRow) {
            if (Status st = session.reject(table.error(), table.raw()); !st)
                return st;
            continue;
        }
        auto reject = [&](const RowError& e) { return session.reject(table.errorAt(e.column, e.reason), table.raw()); };
        if (table.rowIsBlank()) {
            ++summary.rowsBlank;
            continue;
        }
        bool used = true;
        for (const CCondition& cc : c.when)
            used = used && Compiled::holds(cc, table);
        if (!used) {
            ++skipped;
            continue;
        }
        Compiled::SourceValues src;
        if (RowError e = c.sourceOf(table, src, places); !e.isNull()) {
            if (Status st = reject(e); !st)
                return st;
            continue;
        }
        if (RowError e = c.evaluate(table, rows, places); !e.isNull()) {
            if (Status st = reject(e); !st)
                return st;
            continue;
        }
        if (RowError bad = c.checkRow(rows, src); !bad.isNull()) {
            if (Status st = reject(bad); !st)
                return st;
            continue;
        }

        // Everything of the row is valid: write it.
        const qint64 line = table.errorAt(-1, QString()).line;
        qint64 sourceId = sources.value(src.row.key);
        if (!sourceId) {
            auto w = writer.source(src.row, line);
            if (!w)
                return w.error();
            sourceId = w->id;
            sources.insert(src.row.key, sourceId);
        }
        auto placeOf = [&](Val& v) -> Result<qint64> {
            if (!v.newCity)
                return v.placeId;
            const QString key = QString::number(v.cityCountry) + QLatin1Char('/') + v.text;
            if (const qint64 id = cities.value(key))
                return id;
            auto id = session.city(v.cityCountry, v.text, v.lon, v.lat, line);
            if (!id)
                return id.error();
            ++newPlaces;
            cities.insert(key, id.value());
            return id.value();
        };
        bool added = false, any = false;
        for (size_t ri = 0; ri < rows.size(); ++ri) {
            const CRecord& cr = c.records[ri];
            for (Instance& inst : rows[ri]) {
                any = true;
                auto val = [&](const char* f) { return inst.values.value(QLatin1String(f)); };
                auto text = [&](const char* f) { return inst.values.value(QLatin1String(f)).text; };
                auto ref = [&](const char* f) -> qint64 {
                    const Val v = inst.values.value(QLatin1String(f));
                    if (v.refIndex < 0)
                        return v.refId;
                    for (const CValue& cv : cr.values)
                        if (cv.field == QLatin1String(f) && cv.record >= 0)
                            return rows[size_t(cv.record)][size_t(v.refIndex)].id;
                    return 0;
                };
                auto place = [&](const char* f) -> Result<qint64> {
                    Val v = inst.values.value(QLatin1String(f));
                    return v.present ? placeOf(v) : Result<qint64>(qint64(0));
                };
                QString grade;
                Compiled::gradeOk(inst, src, grade);
                Result<RecordWriter::Written> w = RecordWriter::Written {};
                switch (cr.r->target) {
                case SpecTarget::Incident: {
                    RecordWriter::Incident r;
                    r.key = text("key");
                    r.sourceId = sourceId;
                    if (val("date").present) {
                        r.date = val("date").date;
                        r.dateText = val("date").dateText;
                    }
                    for (auto [f, out] : { std::pair { "place", &r.placeId }, std::pair { "origin", &r.originId },
                             std::pair { "destination", &r.destinationId } }) {
                        auto p = place(f);
                        if (!p)
                            return p.error();
                        *out = p.value();
                    }
                    if (val("lon").present && val("lat").present) {
                        r.lon = val("lon").number;
                        r.lat = val("lat").number;
                    } else if (val("place").newCity) {
                        r.lon = val("place").lon;
                        r.lat = val("place").lat;
                    }
                    r.exploitation = val("exploitation").bits;
                    r.sectors = val("sectors").bits;
                    r.sexForms = val("sex_forms").bits;
                    r.means = val("means").bits;
                    r.recruiter = val("recruiter").bits;
                    r.victims = val("victims").present ? val("victims").integer : 1;
                    r.gender = text("gender");
                    r.ageBand = text("age_band");
                    r.traffickMonths = text("traffick_months");
                    r.summary = text("summary");
                    r.infoGrade = grade;
                    r.attributes = inst.attributes;
                    w = writer.incident(r, line);
                    break;
                }
                case SpecTarget::Place: {
                    Val name = val("name");
                    Val country = val("country");
                    auto countryId = placeOf(country);
                    if (!countryId)
                        return countryId.error();
                    auto id = session.city(countryId.value(), name.text,
                        val("lon").present ? val("lon").number : std::nan(""),
                        val("lat").present ? val("lat").number : std::nan(""), line);
                    if (!id)
                        return id.error();
                    w = RecordWriter::Written { id.value(), true };
                    break;
                }
                case SpecTarget::RouteLeg: {
                    RecordWriter::RouteLeg r;
                    r.incidentId = ref("incident");
                    r.seq = val("seq").present ? int(val("seq").integer) : 1;
                    auto from = place("from");
                    auto to = place("to");
                    if (!from)
                        return from.error();
                    if (!to)
                        return to.error();
                    r.fromId = from.value();
                    r.toId = to.value();
                    r.transportMode = text("transport_mode");
                    w = writer.routeLeg(r, line);
                    break;
                }
                case SpecTarget::Entity: {
                    RecordWriter::Entity r;
                    r.type = text("type");
                    r.label = text("label");
                    r.key = text("key");
                    if (r.key.isEmpty())
                        r.key
                            = QStringLiteral("spec:%1:%2:%3").arg(spec.name, r.type, geo::Gazetteer::nameKey(r.label));
                    r.sourceId = sourceId;
                    r.infoGrade = grade;
                    r.attributes = inst.attributes;
                    w = writer.entity(r, line);
                    if (w)
                        inst.key = r.key;
                    break;
                }
                case SpecTarget::Link: {
                    RecordWriter::Link r;
                    r.fromId = ref("from");
                    r.toId = ref("to");
                    r.type = text("type");
                    r.key = text("key");
                    if (r.key.isEmpty())
                        r.key = QStringLiteral("spec:%1:%2>%3:%4").arg(spec.name).arg(r.fromId).arg(r.toId).arg(r.type);
                    if (val("first_seen").present)
                        r.firstSeen = val("first_seen").date;
                    if (val("last_seen").present)
                        r.lastSeen = val("last_seen").date;
                    if (val("weight").present)
                        r.weight = val("weight").number;
                    r.sourceId = sourceId;
                    r.infoGrade = grade;
                    w = writer.link(r, line);
                    break;
                }
                case SpecTarget::Involvement:
                    w = writer.involvement(ref("incident"), ref("entity"), text("role"), line);
                    break;
                case SpecTarget::Account: {
                    RecordWriter::Account r;
                    r.key = text("key");
                    r.holderId = ref("holder");
                    r.sourceId = sourceId;
                    r.bank = text("bank");
                    r.currency = text("currency").toUpper();
                    if (val("opened").present)
                        r.opened = val("opened").date;
                    r.customerName = text("customer_name");
                    r.address = text("address");
                    r.phone = text("phone");
                    r.email = text("email");
                    r.occupation = text("occupation");
                    if (val("declared_income").present)
                        r.declaredIncome = val("declared_income").number;
                    w = writer.account(r, line);
                    break;
                }
                case SpecTarget::Transaction: {
                    TransactionRecord r;
                    c.transaction(cr, inst, r); // checked with the row
                    auto ok
                        = TransactionRecord::insert(session.workspace(), session.extractId(), line, ref("account"), r);
                    if (!ok)
                        return ok.error();
                    w = RecordWriter::Written { 0, ok.value() };
                    break;
                }
                }
                if (!w)
                    return w.error();
                inst.id = w->id;
                added |= w->added;
                written[ri] += w->added;
            }
        }
        if (!any || added)
            ++summary.rowsImported;
        else
            ++summary.rowsDuplicate;
    }
    session.progress(1, 1);
    // What the reader did, once it has read the whole table: a sheet's
    // formulas are seen only as its rows are.
    for (const QString& note : table.notes())
        summary.notes << note;
    if (skipped > 0)
        summary.notes << QCoreApplication::translate(
            "SpecImporter", "%n row(s) left out by the conditions of the specification %1.", nullptr, int(skipped))
                             .arg(spec.name);
    if (newPlaces > 0)
        summary.notes << QCoreApplication::translate("SpecImporter",
            "%n place(s) not in the gazetteer were added at their coordinates; their country is the one given, "
            "or else the country whose centre is nearest.",
            nullptr, int(newPlaces));
    QStringList counts;
    for (size_t ri = 0; ri < written.size(); ++ri)
        if (written[ri] > 0)
            counts << QStringLiteral("%1 %2").arg(written[ri]).arg(spec.records[ri].id);
    if (!counts.isEmpty())
        summary.notes << QCoreApplication::translate(
            "SpecImporter", "Written by the specification %1 (version %2): %3.")
                             .arg(spec.name, spec.version > 0 ? QString::number(spec.version) : QStringLiteral("file"),
                                 counts.join(QStringLiteral(", ")));
    return Ok {};
}

QStringList SpecImporter::specsReading(store::Workspace& ws, const QString& path)
{
    QStringList out;
    for (const QString& name : ImportSpec::names(ws)) {
        auto spec = ImportSpec::load(ws, name);
        if (!spec || spec->kind != ImportSpec::Kind::Records || spec->records.empty())
            continue;
        auto table = TableSourceFactory::create(path, spec->tableOptions());
        if (!table || !table.value()->open())
            continue;
        Compiled c(spec.value(), QDate::currentDate().year());
        if (c.bind(*table.value()))
            out << name;
    }
    return out;
}

std::vector<SpecImporter::PreviewRow> SpecImporter::preview(
    const ImportSpec& spec, TableSource& table, int maxRows, int maxYear)
{
    std::vector<PreviewRow> out;
    Compiled c(spec, maxYear > 0 ? maxYear : QDate::currentDate().year());
    if (Status st = c.bind(table); !st) {
        PreviewRow row;
        row.error = st.error();
        out.push_back(row);
        return out;
    }
    GazetteerPlaces places;
    std::vector<std::vector<Instance>> rows;
    for (qint64 n = 1; n <= maxRows; ++n) {
        const TableSource::Next next = table.next();
        if (next == TableSource::Next::End)
            break;
        PreviewRow row;
        row.row = n;
        if (next == TableSource::Next::Fatal || next == TableSource::Next::BadRow) {
            row.error = table.error();
            out.push_back(row);
            if (next == TableSource::Next::Fatal)
                break;
            continue;
        }
        for (int i = 0; i < table.cellCount(); ++i)
            row.cells << table.cell(i);
        if (table.rowIsBlank()) {
            row.blank = true;
            out.push_back(row);
            continue;
        }
        bool used = true;
        for (const CCondition& cc : c.when)
            used = used && Compiled::holds(cc, table);
        if (!used) {
            row.skipped = true;
            out.push_back(row);
            continue;
        }
        Compiled::SourceValues src;
        RowError e = c.sourceOf(table, src, places);
        if (e.isNull())
            e = c.evaluate(table, rows, places);
        if (e.isNull())
            e = c.checkRow(rows, src);
        if (!e.isNull()) {
            row.error = table.errorAt(e.column, e.reason);
            row.errorCell = e.column;
            out.push_back(row);
            continue;
        }
        for (size_t ri = 0; ri < rows.size(); ++ri) {
            const CRecord& cr = c.records[ri];
            for (const Instance& inst : rows[ri]) {
                PreviewRecord pr;
                pr.id = cr.r->id;
                pr.target = cr.r->target;
                for (const SpecField& f : SpecRecord::fieldsOf(cr.r->target)) {
                    const Val v = inst.values.value(f.name);
                    if (!v.present)
                        continue;
                    QString refKey;
                    const std::vector<Instance>* refs = nullptr;
                    for (const CValue& cv : cr.values)
                        if (cv.field == f.name && cv.record >= 0) {
                            refs = &rows[size_t(cv.record)];
                            refKey = c.records[size_t(cv.record)].r->id;
                        }
                    pr.values << qMakePair(f.name, previewText(f.kind, v, places, refs, refKey));
                }
                if (!inst.attributes.isEmpty())
                    pr.values << qMakePair(QStringLiteral("attributes"), inst.attributes);
                row.records.push_back(pr);
            }
        }
        out.push_back(row);
    }
    return out;
}

} // namespace waymark::ingest
