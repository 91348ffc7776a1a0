#pragma once

#include "finance/typology.h"

#include <QCommandLineOption>
#include <QStringList>

#include <optional>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::app {

/// --typology, for score and calibrate: the typologies named on the command
/// line, ids of the workspace's current typologies (the built-in ones as
/// last saved in this workspace) or .json files; all current ones when none
/// is named. nullopt after saying why on stderr.
std::optional<std::vector<finance::Typology>> typologiesFor(store::Workspace& ws, const QStringList& names);

QCommandLineOption typologyOption();

} // namespace waymark::app
