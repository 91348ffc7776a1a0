#pragma once

#include <QString>

namespace waymark {

/// A count as prose prints it: grouped as the user's locale groups digits
/// ("70,000", "70 000"); under the C locale (scripts, tests) with English
/// grouping, so a report never reads "70000". Tables meant for machines
/// (CSV) do not use it.
QString groupedNumber(qint64 n);

} // namespace waymark
