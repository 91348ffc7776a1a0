#include "ingest/hubmanifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto m = waymark::ingest::HubManifest::parse(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), QStringLiteral("manifest.json"));
    if (m && m->major != waymark::ingest::HubManifest::supportedMajor)
        abort();
    if (!m && m.error().message.isEmpty())
        abort();
    return 0;
}
