#pragma once

// The GDAL C functions Waymark calls, resolved from libgdal when GDAL is
// first needed instead of by the dynamic loader at start. Debian's libgdal
// brings about 110 libraries with it, and loading them cost every run of
// the program about 60 ms (perf stat of a Qt program with and without
// -lgdal: 70 ms against 9 ms), also the many that never open a GIS layer or
// a spreadsheet: the workstation's start, `waymark import` of a CSV.
//
// Include this only in the .cpp files that call GDAL, after GDAL's own
// headers. Each name below becomes a function object in namespace waymark,
// which unqualified calls in waymark::geo and waymark::ingest find before
// GDAL's declaration (an object, not a function, so argument-dependent
// lookup cannot reach the real symbol either). A GDAL function missing from
// the list fails at link time, since nothing links libgdal.

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_http.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <cpl_vsi_error.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <QString>

#include <utility>

#define WAYMARK_GDAL_FUNCTIONS(X)                                                                                      \
    X(CPLCalloc)                                                                                                       \
    X(CPLError)                                                                                                        \
    X(CPLErrorReset)                                                                                                   \
    X(CPLGetLastErrorMsg)                                                                                              \
    X(CPLGetLastErrorType)                                                                                             \
    X(CPLHTTPSetFetchCallback)                                                                                         \
    X(CPLPopErrorHandler)                                                                                              \
    X(CPLPushErrorHandler)                                                                                             \
    X(CPLQuietErrorHandler)                                                                                            \
    X(CPLSPrintf)                                                                                                      \
    X(CPLSetConfigOption)                                                                                              \
    X(CPLSetErrorHandler)                                                                                              \
    X(CPLStrdup)                                                                                                       \
    X(CSLDestroy)                                                                                                      \
    X(GDALAllRegister)                                                                                                 \
    X(GDALClose)                                                                                                       \
    X(GDALDatasetGetLayer)                                                                                             \
    X(GDALDatasetGetLayerCount)                                                                                        \
    X(GDALDeregisterDriver)                                                                                            \
    X(GDALDestroyDriver)                                                                                               \
    X(GDALGetDatasetDriver)                                                                                            \
    X(GDALGetDriverByName)                                                                                             \
    X(GDALGetDriverShortName)                                                                                          \
    X(GDALOpenEx)                                                                                                      \
    X(GDALVersionInfo)                                                                                                 \
    X(OCTDestroyCoordinateTransformation)                                                                              \
    X(OCTNewCoordinateTransformation)                                                                                  \
    X(OGRGeometryTypeToName)                                                                                           \
    X(OGR_FD_GetFieldCount)                                                                                            \
    X(OGR_FD_GetFieldDefn)                                                                                             \
    X(OGR_F_Destroy)                                                                                                   \
    X(OGR_F_GetFID)                                                                                                    \
    X(OGR_F_GetFieldAsDateTimeEx)                                                                                      \
    X(OGR_F_GetFieldAsDouble)                                                                                          \
    X(OGR_F_GetFieldAsInteger)                                                                                         \
    X(OGR_F_GetFieldAsInteger64)                                                                                       \
    X(OGR_F_GetFieldAsString)                                                                                          \
    X(OGR_F_GetFieldCount)                                                                                             \
    X(OGR_F_GetFieldDefnRef)                                                                                           \
    X(OGR_F_GetGeometryRef)                                                                                            \
    X(OGR_F_IsFieldSetAndNotNull)                                                                                      \
    X(OGR_Fld_GetNameRef)                                                                                              \
    X(OGR_Fld_GetSubType)                                                                                              \
    X(OGR_Fld_GetType)                                                                                                 \
    X(OGR_GT_Flatten)                                                                                                  \
    X(OGR_G_Centroid)                                                                                                  \
    X(OGR_G_Clone)                                                                                                     \
    X(OGR_G_CreateGeometry)                                                                                            \
    X(OGR_G_DestroyGeometry)                                                                                           \
    X(OGR_G_ExportToIsoWkt)                                                                                            \
    X(OGR_G_GetEnvelope)                                                                                               \
    X(OGR_G_GetGeometryCount)                                                                                          \
    X(OGR_G_GetGeometryRef)                                                                                            \
    X(OGR_G_GetGeometryType)                                                                                           \
    X(OGR_G_GetLinearGeometry)                                                                                         \
    X(OGR_G_GetPointCount)                                                                                             \
    X(OGR_G_GetPoints)                                                                                                 \
    X(OGR_G_GetX)                                                                                                      \
    X(OGR_G_GetY)                                                                                                      \
    X(OGR_G_HasCurveGeometry)                                                                                          \
    X(OGR_G_IsEmpty)                                                                                                   \
    X(OGR_G_PointOnSurface)                                                                                            \
    X(OGR_G_Transform)                                                                                                 \
    X(OGR_L_GetFeatureCount)                                                                                           \
    X(OGR_L_GetGeomType)                                                                                               \
    X(OGR_L_GetLayerDefn)                                                                                              \
    X(OGR_L_GetName)                                                                                                   \
    X(OGR_L_GetNextFeature)                                                                                            \
    X(OGR_L_GetSpatialRef)                                                                                             \
    X(OGR_L_ResetReading)                                                                                              \
    X(OSRClone)                                                                                                        \
    X(OSRDestroySpatialReference)                                                                                      \
    X(OSRGetName)                                                                                                      \
    X(OSRIsSame)                                                                                                       \
    X(OSRNewSpatialReference)                                                                                          \
    X(OSRSetAxisMappingStrategy)                                                                                       \
    X(OSRSetPROJEnableNetwork)                                                                                         \
    X(OSRSetWellKnownGeogCS)                                                                                           \
    X(VSIAllocFilesystemPluginCallbacksStruct)                                                                         \
    X(VSIError)                                                                                                        \
    X(VSIFCloseL)                                                                                                      \
    X(VSIFOpenL)                                                                                                       \
    X(VSIFReadL)                                                                                                       \
    X(VSIFileFromMemBuffer)                                                                                            \
    X(VSIFree)                                                                                                         \
    X(VSIFreeFilesystemPluginCallbacksStruct)                                                                          \
    X(VSIInstallPluginHandler)                                                                                         \
    X(VSIReadDirRecursive)                                                                                             \
    X(VSIStatExL)                                                                                                      \
    X(VSIUnlink)

namespace waymark::gdal {

/// Pointers to GDAL's functions, all set once libgdal is loaded.
struct Api {
#define WAYMARK_GDAL_POINTER(name) decltype(&::name) name = nullptr;
    WAYMARK_GDAL_FUNCTIONS(WAYMARK_GDAL_POINTER)
#undef WAYMARK_GDAL_POINTER
};

/// Loads libgdal and resolves every function, once (thread-safe). Null when
/// it cannot, with the reason in `why` (the library or a function missing).
const Api* load(QString* why = nullptr);

/// The loaded functions. Only for code that runs after GdalEnv::ensure()
/// succeeded (every GDAL handle comes from a dataset opened after it).
const Api& api();

} // namespace waymark::gdal

namespace waymark {

#define WAYMARK_GDAL_FORWARD(name)                                                                                     \
    inline constexpr struct {                                                                                          \
        template <typename... Args> decltype(auto) operator()(Args&&... args) const                                    \
        {                                                                                                              \
            return gdal::api().name(std::forward<Args>(args)...);                                                      \
        }                                                                                                              \
    } name {};
WAYMARK_GDAL_FUNCTIONS(WAYMARK_GDAL_FORWARD)
#undef WAYMARK_GDAL_FORWARD

} // namespace waymark
