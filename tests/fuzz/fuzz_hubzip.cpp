#include "fuzzworkspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark::fuzz;
    const QString path = scratch().filePath(QStringLiteral("extract.zip"));
    writeBytes(path, data, size);
    importInto(path);
    return 0;
}
