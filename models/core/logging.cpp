#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "waymark.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGeo, "waymark.geo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIngest, "waymark.ingest", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "waymark.analysis", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMap, "waymark.map", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNetwork, "waymark.network", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFinance, "waymark.finance", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReports, "waymark.reports", QtWarningMsg)
