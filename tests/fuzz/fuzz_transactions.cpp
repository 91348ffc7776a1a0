#include "fuzzworkspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark::fuzz;
    static const QString mapping = [] {
        const QString path = scratch().filePath(QStringLiteral("mapping.json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(R"({"name":"fuzz","decimal":",","delimiter":";","date_format":"dd.MM.yyyy","default_currency":"EUR",
                   "columns":{"account":"acct","timestamp":"date","debit":"out","credit":"in","id":"id","counterparty":"cp"}})");
        return path;
    }();
    const QString path = scratch().filePath(QStringLiteral("bank.csv"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write("acct;date;out;in;id;cp\n");
        f.write(reinterpret_cast<const char*>(data), qint64(size));
        f.close();
    }
    importInto(path, mapping);
    return 0;
}
