#pragma once

#include <QStringList>

namespace waymark::ingest {
struct ImportOptions;
}

namespace waymark::app {

class Context;

/// Imports files into the workspace at path, one transaction each, with a
/// progress bar and the summary of each; an ExitCode. `sample --workspace`
/// imports what it generated through this too.
int importFiles(Context& context, const QString& path, const QStringList& files, const ingest::ImportOptions& options);

} // namespace waymark::app
