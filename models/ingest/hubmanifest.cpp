#include "hubmanifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace waymark::ingest {

namespace {

/// Where a key stands in the text, so a bad value is reported at its line.
qint64 offsetOfKey(const QByteArray& text, const char* key)
{
    const QByteArray needle = QByteArray("\"") + QByteArray(key) + QByteArray("\"");
    const qint64 at = text.indexOf(needle);
    return at < 0 ? 0 : at;
}
} // namespace

Result<HubManifest> HubManifest::parse(const QByteArray& json, const QString& fileName)
{
    if (json.trimmed().isEmpty())
        return Error::at(fileName, 1, 1, QCoreApplication::translate("HubManifest", "the manifest is empty"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        return Error::atOffset(fileName, json, pe.offset,
            QCoreApplication::translate("HubManifest", "JSON syntax error: %1").arg(pe.errorString()));
    }
    if (!doc.isObject())
        return Error::at(
            fileName, 1, 1, QCoreApplication::translate("HubManifest", "the manifest must be a JSON object"));
    const QJsonObject o = doc.object();
    auto bad = [&](const char* key, const QString& why) {
        return Error::atOffset(fileName, json, offsetOfKey(json, key), why);
    };
    if (o.value(QLatin1String("format")).toString() != QLatin1String("waymark-hub-extract"))
        return bad("format", QCoreApplication::translate("HubManifest", "\"format\" must be \"waymark-hub-extract\""));

    HubManifest m;
    const QJsonValue version = o.value(QLatin1String("format_version"));
    m.formatVersion = version.isDouble() ? QString::number(version.toDouble()) : version.toString();
    static const QRegularExpression versionRe(QStringLiteral("^(\\d{1,4})(?:\\.(\\d{1,4}))?$"));
    const QRegularExpressionMatch vm = versionRe.match(m.formatVersion);
    if (!vm.hasMatch())
        return bad("format_version",
            QCoreApplication::translate("HubManifest", "\"format_version\" must be like \"1.0\", found \"%1\"")
                .arg(m.formatVersion));
    m.major = vm.captured(1).toInt();
    m.minor = vm.captured(2).toInt();
    if (m.major != supportedMajor) {
        return bad("format_version",
            QCoreApplication::translate(
                "HubManifest", "extract format %1 is not one this Waymark reads (it reads %2.x); update Waymark")
                .arg(m.formatVersion)
                .arg(supportedMajor));
    }
    m.exportedAt = o.value(QLatin1String("exported_at")).toString();
    if (!QDateTime::fromString(m.exportedAt, Qt::ISODate).isValid())
        return bad("exported_at",
            QCoreApplication::translate(
                "HubManifest", "\"exported_at\" must be an ISO 8601 date and time, found \"%1\"")
                .arg(m.exportedAt));
    m.hub = o.value(QLatin1String("hub")).toString();
    if (m.hub.isEmpty())
        return bad("hub",
            QCoreApplication::translate("HubManifest", "\"hub\" (the hub that exported the extract) is required"));
    m.handling = o.value(QLatin1String("handling")).toString();
    if (m.handling.isEmpty())
        return bad("handling",
            QCoreApplication::translate(
                "HubManifest", "\"handling\" (the handling marking of the extract) is required"));
    m.tlp = o.value(QLatin1String("tlp")).toString();
    static const QStringList tlps { QStringLiteral("TLP:CLEAR"), QStringLiteral("TLP:GREEN"),
        QStringLiteral("TLP:AMBER"), QStringLiteral("TLP:AMBER+STRICT"), QStringLiteral("TLP:RED") };
    if (!m.tlp.isEmpty() && !tlps.contains(m.tlp))
        return bad("tlp",
            QCoreApplication::translate("HubManifest", "\"tlp\" must be one of %1")
                .arg(tlps.join(QLatin1String(", "))));
    return m;
}

} // namespace waymark::ingest
