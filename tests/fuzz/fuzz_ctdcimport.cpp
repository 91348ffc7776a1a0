#include "fuzzworkspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark::fuzz;
    // Every input is a CTDC file: the fuzzer mutates the rows under a real header.
    static const QByteArray header
        = "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,traffickMonths,"
          "meansThreats,isForcedLabour,isSexualExploit,typeOfLabourAgriculture,Datasource\n";
    const QString path = scratch().filePath(QStringLiteral("ctdc.csv"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(header);
        f.write(reinterpret_cast<const char*>(data), qint64(size));
        f.close();
    }
    importInto(path);
    return 0;
}
