#pragma once

// The report figure maker lives in models/sharing (the command line's report
// export draws figures again under the releasability check with it too).
#include "sharing/figuremaker.h"

namespace waymark::ui {
using FigureMaker = sharing::FigureMaker;
}
