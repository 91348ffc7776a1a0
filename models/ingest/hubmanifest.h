#pragma once

#include "core/result.h"

#include <QString>

namespace waymark::ingest {

/// manifest.json of a hub extract (docs/hub-extract.md). Version "1.x" is
/// read; a later minor version is read with its unknown parts kept as
/// attributes, a later major version is refused.
struct HubManifest {
    static constexpr int supportedMajor = 1;

    QString formatVersion;
    int major = 0;
    int minor = 0;
    QString exportedAt;
    QString hub;
    QString handling;
    QString tlp;

    /// Parses and validates; errors name `fileName:line:column`.
    static Result<HubManifest> parse(const QByteArray& json, const QString& fileName);
};

} // namespace waymark::ingest
