#include "stixbundle.h"

#include "ingest/stixrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace waymark::ingest {

namespace {

/// Where in `bytes` the object with this id writes `"id": "<id>"`, searching
/// from `from`; -1 when it is not written so (then the caller keeps `from`).
qsizetype idOffset(const QByteArray& bytes, const QString& id, qsizetype from)
{
    const QByteArray quoted = '"' + id.toUtf8() + '"';
    for (qsizetype at = bytes.indexOf(quoted, from); at >= 0; at = bytes.indexOf(quoted, at + 1)) {
        qsizetype i = at - 1;
        while (i >= 0 && QChar::isSpace(uchar(bytes.at(i))))
            --i;
        if (i < 0 || bytes.at(i) != ':')
            continue;
        --i;
        while (i >= 0 && QChar::isSpace(uchar(bytes.at(i))))
            --i;
        if (i >= 3 && bytes.mid(i - 3, 4) == "\"id\"")
            return at;
    }
    return -1;
}

} // namespace

bool StixBundle::sniff(const QByteArray& head)
{
    // Qt and Python write keys in order, so "type" may come after the objects: the id says it too.
    static const QRegularExpression re(QStringLiteral("\"type\"\\s*:\\s*\"bundle\"|\"id\"\\s*:\\s*\"bundle--"));
    return head.trimmed().startsWith('{') && re.match(QString::fromUtf8(head)).hasMatch();
}

Result<StixBundle> StixBundle::parse(const QByteArray& bytes, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::atOffset(fileName, bytes, error.offset,
            QCoreApplication::translate("StixBundle", "not JSON: %1").arg(error.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("type")).toString() != QLatin1String("bundle"))
        return Error::at(fileName, 1, 1,
            QCoreApplication::translate("StixBundle", "not a STIX bundle: the root object's type is not \"bundle\""));
    if (!root.value(QLatin1String("objects")).isArray())
        return Error::at(fileName, 1, 1, QCoreApplication::translate("StixBundle", "the bundle has no objects list"));
    const QJsonArray objects = root.value(QLatin1String("objects")).toArray();

    // Line starts, so that each object's offset becomes a line and a column.
    std::vector<qsizetype> lineStarts { 0 };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n')
            lineStarts.push_back(i + 1);
    }
    StixBundle bundle;
    QHash<QString, size_t> index;
    qsizetype from = 0;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        Object o;
        o.json = objects.at(i).toObject();
        o.id = o.json.value(QLatin1String("id")).toString();
        o.type = o.json.value(QLatin1String("type")).toString();
        const qsizetype at = o.id.isEmpty() ? -1 : idOffset(bytes, o.id, from);
        const qsizetype offset = at >= 0 ? at : from;
        if (at >= 0)
            from = at;
        const auto line = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset) - lineStarts.begin();
        o.line = line;
        o.column = offset - lineStarts[size_t(line - 1)] + 1;
        if (!objects.at(i).isObject() || !StixRules::isIdentifier(o.id, o.type))
            return Error::at(fileName, o.line, o.column,
                QCoreApplication::translate("StixBundle", "object %1 (objects[%2]): its id is not %3--UUID")
                    .arg(o.id.isEmpty() ? QStringLiteral("without id") : o.id)
                    .arg(i)
                    .arg(o.type.isEmpty() ? QStringLiteral("TYPE") : o.type));
        // A later version of the same object replaces the earlier one.
        if (auto it = index.find(o.id); it != index.end()) {
            bundle.objects[*it] = o;
        } else {
            index.insert(o.id, bundle.objects.size());
            bundle.objects.push_back(o);
        }
    }
    for (const Object& o : bundle.objects) {
        for (auto it = o.json.constBegin(); it != o.json.constEnd(); ++it) {
            const QString p = it.key();
            if (!p.endsWith(QLatin1String("_ref")) && !p.endsWith(QLatin1String("_refs")))
                continue;
            const QJsonArray refs = it.value().isArray() ? it.value().toArray() : QJsonArray { it.value() };
            for (const QJsonValue& r : refs) {
                const QString ref = r.toString();
                const bool wellKnown = !StixRules::tlp1Label(ref).isEmpty() || !StixRules::tlp2Label(ref).isEmpty();
                if (index.contains(ref) || wellKnown)
                    continue;
                return Error::at(fileName, o.line, o.column,
                    QCoreApplication::translate("StixBundle", "object %1, property %2: %3 is not in the bundle")
                        .arg(o.id, p, ref.isEmpty() ? QStringLiteral("(not an identifier)") : ref));
            }
        }
    }
    return bundle;
}

} // namespace waymark::ingest
