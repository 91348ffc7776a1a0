#include "sampleworld.h"

namespace waymark::sample {

const std::vector<SampleCorridor>& SampleWorld::corridors()
{
    static const std::vector<SampleCorridor> c {
        { "USA", {}, "USA", 14, "sexual_exploitation", "",
            { { "Houston", "USA", -95.37, 29.76 }, { "Atlanta", "USA", -84.39, 33.75 },
                { "Las Vegas", "USA", -115.14, 36.17 } },
            1.03 },
        { "MEX", {}, "USA", 7, "forced_labour", "agriculture",
            { { "Fresno", "USA", -119.79, 36.74 }, { "Los Angeles", "USA", -118.24, 34.05 } }, 1.02 },
        { "GTM", { "MEX" }, "USA", 3, "forced_labour", "agriculture", { { "Los Angeles", "USA", -118.24, 34.05 } },
            1.04 },
        { "PHL", {}, "PHL", 9, "sexual_exploitation", "",
            { { "Manila", "PHL", 120.98, 14.60 }, { "Angeles", "PHL", 120.59, 15.15 } }, 1.0 },
        { "PHL", {}, "SAU", 5, "domestic_servitude", "domestic_work",
            { { "Riyadh", "SAU", 46.72, 24.71 }, { "Jeddah", "SAU", 39.19, 21.49 } }, 1.01 },
        { "IDN", {}, "MYS", 5, "forced_labour", "agriculture",
            { { "Kuala Lumpur", "MYS", 101.69, 3.14 }, { "Johor Bahru", "MYS", 103.76, 1.49 } }, 1.02 },
        { "MMR", {}, "THA", 5, "forced_labour", "fishing",
            { { "Samut Sakhon", "THA", 100.27, 13.55 }, { "Bangkok", "THA", 100.50, 13.76 } }, 1.03 },
        { "KHM", {}, "THA", 3, "forced_labour", "construction", { { "Bangkok", "THA", 100.50, 13.76 } }, 1.02 },
        { "NGA", { "NER", "LBY" }, "ITA", 6, "sexual_exploitation", "",
            { { "Turin", "ITA", 7.69, 45.07 }, { "Rome", "ITA", 12.50, 41.90 },
                { "Castel Volturno", "ITA", 13.94, 41.03 } },
            0.98 },
        { "ERI", { "SDN" }, "LBY", 3, "forced_labour", "",
            { { "Tripoli", "LBY", 13.19, 32.89 }, { "Bani Walid", "LBY", 13.99, 31.76 } }, 1.0 },
        { "VNM", { "CHN", "RUS", "FRA" }, "GBR", 4, "forced_criminality", "cannabis_cultivation",
            { { "Birmingham", "GBR", -1.90, 52.48 }, { "London", "GBR", -0.12, 51.51 } }, 1.22 },
        { "VNM", { "FRA" }, "GBR", 2, "forced_labour", "nail_bars",
            { { "Birmingham", "GBR", -1.90, 52.48 }, { "Manchester", "GBR", -2.24, 53.48 } }, 1.25 },
        { "ALB", { "ITA", "FRA" }, "GBR", 4, "forced_criminality", "cannabis_cultivation",
            { { "London", "GBR", -0.12, 51.51 }, { "Birmingham", "GBR", -1.90, 52.48 } }, 1.10 },
        { "GBR", {}, "GBR", 8, "forced_criminality", "",
            { { "London", "GBR", -0.12, 51.51 }, { "Liverpool", "GBR", -2.98, 53.41 },
                { "Manchester", "GBR", -2.24, 53.48 } },
            1.06 },
        { "ROU", {}, "GBR", 3, "sexual_exploitation", "",
            { { "London", "GBR", -0.12, 51.51 }, { "Leeds", "GBR", -1.55, 53.80 } }, 1.0 },
        { "ROU", {}, "ESP", 3, "sexual_exploitation", "",
            { { "Madrid", "ESP", -3.70, 40.42 }, { "Barcelona", "ESP", 2.17, 41.39 } }, 0.99 },
        { "COL", {}, "ESP", 2, "sexual_exploitation", "", { { "Madrid", "ESP", -3.70, 40.42 } }, 1.01 },
        { "UKR", {}, "POL", 4, "forced_labour", "construction",
            { { "Warsaw", "POL", 21.01, 52.23 }, { "Wroclaw", "POL", 17.04, 51.11 } }, 1.08 },
        { "UZB", { "KAZ" }, "RUS", 4, "forced_labour", "construction", { { "Moscow", "RUS", 37.62, 55.76 } }, 0.97 },
        { "NPL", {}, "IND", 4, "sexual_exploitation", "",
            { { "Mumbai", "IND", 72.88, 19.08 }, { "Kolkata", "IND", 88.36, 22.57 } }, 1.0 },
        { "BGD", {}, "IND", 3, "forced_labour", "manufacturing",
            { { "Kolkata", "IND", 88.36, 22.57 }, { "Delhi", "IND", 77.21, 28.61 } }, 1.01 },
        { "VEN", {}, "COL", 3, "sexual_exploitation", "",
            { { "Bogota", "COL", -74.07, 4.71 }, { "Cucuta", "COL", -72.51, 7.89 } }, 1.05 },
        { "ETH", { "DJI", "YEM" }, "SAU", 2, "domestic_servitude", "domestic_work",
            { { "Riyadh", "SAU", 46.72, 24.71 } }, 1.0 },
        { "CHN", {}, "USA", 2, "sexual_exploitation", "",
            { { "New York", "USA", -74.01, 40.71 }, { "Los Angeles", "USA", -118.24, 34.05 } }, 1.0 },
        { "MDA", { "ROU" }, "ITA", 1, "forced_labour", "agriculture", { { "Foggia", "ITA", 15.54, 41.46 } }, 1.0 },
        { "BRA", {}, "BRA", 3, "forced_labour", "agriculture",
            { { "Sao Paulo", "BRA", -46.63, -23.55 }, { "Belem", "BRA", -48.50, -1.46 } }, 1.0 },
    };
    return c;
}

std::vector<double> SampleWorld::weights()
{
    std::vector<double> w;
    for (const SampleCorridor& c : corridors())
        w.push_back(c.weight);
    return w;
}

} // namespace waymark::sample
