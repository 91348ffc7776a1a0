// Two-sided ledgers (issue 19): payer and payee accounts, their banks, and
// time counted in hourly steps from a stated origin.
#include "fuzzworkspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark::fuzz;
    static const QString mapping = [] {
        const QString path = scratch().filePath(QStringLiteral("ledger.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(R"({"name":"fuzz-ledger","default_currency":"USD","own_bank":"B1","time_unit":"hours",
                   "time_origin":"2017-01-01T00:00:00","columns":{"id":"id","account":"from","payer_bank":"fb",
                   "payee_account":"to","payee_bank":"tb","amount":"amt","timestamp":"step"}})");
        return path;
    }();
    const QString path = scratch().filePath(QStringLiteral("ledger.csv"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write("id,from,fb,to,tb,amt,step\n");
        f.write(reinterpret_cast<const char*>(data), qint64(size));
        f.close();
    }
    importInto(path, mapping);
    return 0;
}
