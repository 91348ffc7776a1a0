#pragma once

#include <QtGlobal>

namespace waymark::ingest {

/// UTF-8 validation for readers, with a fast path for ASCII.
class Utf8 {
public:
    /// Offset of the first byte that is not valid UTF-8, or -1 if all is valid.
    /// Overlong forms, surrogates and code points above U+10FFFF are invalid.
    static qint64 firstInvalid(const char* data, qint64 size);
};

} // namespace waymark::ingest
