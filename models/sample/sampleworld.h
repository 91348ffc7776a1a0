#pragma once

#include <vector>

namespace waymark::sample {

/// A place incidents cluster around: a real city with its coordinates.
struct SampleCity {
    const char* name;
    const char* country; ///< ISO alpha-3
    double lon;
    double lat;
};

/// A trafficking corridor of the generated world: origin, transit countries,
/// destination, how common it is, what exploitation dominates it, and how
/// its volume grows year on year (an emerging hotspot grows fastest).
struct SampleCorridor {
    const char* origin;
    std::vector<const char*> transit;
    const char* destination;
    double weight;
    const char* exploitation; ///< hub code
    const char* sector; ///< hub code or ""
    std::vector<SampleCity> cities;
    double growth; ///< yearly factor on volume
};

/// The fixed generated world: realistic, skewed corridors over real
/// countries and cities, after the public patterns of identified victims
/// (UNODC GLOTIP and CTDC): domestic trafficking is large, a few
/// corridors carry much, many carry little.
class SampleWorld {
public:
    static const std::vector<SampleCorridor>& corridors();
    static std::vector<double> weights();
};

} // namespace waymark::sample
