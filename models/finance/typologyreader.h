#pragma once

#include "core/result.h"
#include "finance/indicatorlibrary.h"
#include "finance/typology.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace waymark::finance {

/// Reads typology files (JSON, UTF-8). Strict: an unknown key, an unknown
/// indicator, a repeated indicator, a prior outside (0, 1) or a likelihood
/// ratio that is not a number in [1/1000, 1000] is an error naming
/// `file:line:column`, so a typo never silently drops evidence.
class TypologyReader {
public:
    static Result<Typology> parse(const QByteArray& json, const QString& fileName,
        const IndicatorLibrary& library = IndicatorLibrary::standard());
    static Result<Typology> load(const QString& path, const IndicatorLibrary& library = IndicatorLibrary::standard());
    /// The typologies shipped in resources/typologies (compiled in), by id.
    static Result<std::vector<Typology>> builtIn(const IndicatorLibrary& library = IndicatorLibrary::standard());

    static constexpr double minLr = 1e-3;
    static constexpr double maxLr = 1e3;
};

} // namespace waymark::finance
