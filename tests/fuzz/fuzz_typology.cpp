#include "finance/typologyreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto t = waymark::finance::TypologyReader::parse(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), QStringLiteral("t.json"));
    if (t) {
        // What parses must survive a round trip unchanged.
        const auto again = waymark::finance::TypologyReader::parse(t->toJson(), QStringLiteral("t.json"));
        if (!again || !(again.value() == t.value()))
            abort();
    } else if (t.error().message.isEmpty() || t.error().file != QLatin1String("t.json")) {
        abort(); // every rejection names the file and says why
    }
    return 0;
}
