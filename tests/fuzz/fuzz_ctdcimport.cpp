#include "fuzzworkspace.h"

#include "ingest/ctdcimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark::fuzz;
    // An input that starts with a header of any CTDC layout (v2, the older
    // Global Dataset, the victim–perpetrator condensed or full layout) is
    // imported as it is, so the fuzzer mutates each layout's header and rows;
    // any other input is rows under a v2 header.
    static const QByteArray header
        = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,"
          "meansThreats,isForcedLabour,isSexualExploit,typeOfLabourAgriculture,Datasource\n";
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype eol = input.indexOf('\n');
    const bool ownHeader
        = eol > 0 && !waymark::ingest::CtdcImporter::detect(QByteArray(input.constData(), eol + 1)).isEmpty();
    const QString path = scratch().filePath(QStringLiteral("ctdc.csv"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (!ownHeader)
            f.write(header);
        f.write(input);
        f.close();
    }
    importInto(path);
    return 0;
}
