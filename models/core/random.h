#pragma once

#include <QtGlobal>

#include <cmath>
#include <random>
#include <vector>

namespace waymark {

/// Deterministic randomness (generators, seeded layouts and community
/// detection): the same seed gives the same
/// bytes on every machine, because only the engine's raw output (fixed by the
/// C++ standard) is used, never the library's distributions.
class Random {
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }
    /// Uniform in [0, 1).
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [lo, hi].
    qint64 between(qint64 lo, qint64 hi) { return lo + qint64(uniform() * double(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    double normal(double mean, double sd)
    {
        const double u1 = 1.0 - uniform(), u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    /// Index drawn with the given weights.
    size_t weighted(const std::vector<double>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            if ((x -= weights[i]) < 0)
                return i;
        }
        return weights.size() - 1;
    }
    template <typename T> const T& pick(const std::vector<T>& items)
    {
        return items[size_t(between(0, qint64(items.size()) - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace waymark
