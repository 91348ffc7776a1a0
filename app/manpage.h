#pragma once

#include <QString>

namespace waymark::app {

/// waymark(1) in troff (man macros), generated from the command registry:
/// every command's synopsis and options, the exit codes, the environment.
/// The build runs `waymark help --man` in the C locale and installs the
/// result; its prose is English, as the installed page is (man/man1).
QString manPage(const QString& version, const QString& date);

} // namespace waymark::app
