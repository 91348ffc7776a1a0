#pragma once

#include "core/result.h"

namespace waymark::store {
class Workspace;
}

namespace waymark::geo {

/// Fills a workspace's places and place_names with the gazetteer's countries
/// (their codes, names and variants as lookup keys) and the UN M49 regions
/// (kind 'region', no point, with region_members) unless it holds them
/// already. The import job calls it in its transaction, before the first row.
Status seedCountries(store::Workspace& ws);

} // namespace waymark::geo
