#include "gdalapi.h"

#include "core/logging.h"

#include <dlfcn.h>

namespace waymark::gdal {

namespace {

struct Loaded {
    Api api;
    bool ok = false;
    QString why;
};

const Loaded& loaded()
{
    static const Loaded once = [] {
        Loaded l;
        // The library the build linked against (its SONAME), from the
        // system's library path as the dynamic loader would find it.
        void* handle = dlopen(WAYMARK_GDAL_LIBRARY, RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            l.why = QString::fromLocal8Bit(dlerror());
            return l;
        }
#define WAYMARK_GDAL_RESOLVE(name)                                                                                     \
    l.api.name = reinterpret_cast<decltype(l.api.name)>(dlsym(handle, #name));                                         \
    if (!l.api.name) {                                                                                                 \
        l.why = QStringLiteral(WAYMARK_GDAL_LIBRARY ": no function " #name);                                           \
        return l;                                                                                                      \
    }
        WAYMARK_GDAL_FUNCTIONS(WAYMARK_GDAL_RESOLVE)
#undef WAYMARK_GDAL_RESOLVE
        // Never unloaded: GDAL keeps process-wide state (drivers, handlers).
        l.ok = true;
        return l;
    }();
    return once;
}

} // namespace

const Api* load(QString* why)
{
    const Loaded& l = loaded();
    if (!l.ok && why)
        *why = l.why;
    return l.ok ? &l.api : nullptr;
}

const Api& api()
{
    const Loaded& l = loaded();
    if (!l.ok)
        qFatal("GDAL used before it was loaded: %s", qPrintable(l.why));
    return l.api;
}

} // namespace waymark::gdal
