#include "finance/calibration.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto labels = waymark::finance::Calibration::parseLabels(
        QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)), QStringLiteral("labels.csv"));
    if (labels) {
        for (const auto& l : labels.value()) {
            if (l.account.isEmpty() || (l.label != 0 && l.label != 1))
                abort(); // what is accepted is a usable label
        }
    } else if (labels.error().message.isEmpty() || labels.error().file != QLatin1String("labels.csv")) {
        abort(); // every rejection names the file and says why
    }
    return 0;
}
