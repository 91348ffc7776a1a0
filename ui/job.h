#pragma once

#include "core/job.h"

namespace waymark::ui {

/// The UI's way to run work off the GUI thread: watcher, generation,
/// Feedback, progress relay, Result<T>. The class lives in models/core
/// because it needs no widgets and models/ objects that feed views
/// (snapshots, tables) use the very same pattern; see waymark::Job.
template <typename T> using Job = waymark::Job<T>;

} // namespace waymark::ui
