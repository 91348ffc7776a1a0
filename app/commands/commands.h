#pragma once

#include <memory>

namespace waymark::app {

class Command;

// One factory per file of app/commands/; CommandRegistry lists them.
std::unique_ptr<Command> makeNewCommand();
std::unique_ptr<Command> makeEncryptCommand();
std::unique_ptr<Command> makeRekeyCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeInfoCommand();
std::unique_ptr<Command> makeSampleCommand();
std::unique_ptr<Command> makeAuditCommand();
std::unique_ptr<Command> makeCleanCommand();
std::unique_ptr<Command> makeMappingCommand();
std::unique_ptr<Command> makeSpecCommand();
std::unique_ptr<Command> makeGraphCommand();
std::unique_ptr<Command> makeRenderCommand();
std::unique_ptr<Command> makeScoreCommand();
std::unique_ptr<Command> makeCalibrateCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeHelpCommand();

} // namespace waymark::app
