"""Opens each layer file named on the command line in QGIS, as an analyst's
QGIS does (the OGR provider), and draws it. One JSON line per file: whether
QGIS calls the layer valid, its CRS, its feature count, how many geometries
GEOS finds invalid, the extent, and how many drawn pixels are coloured.
Exit 77 when QGIS's Python bindings are not installed (the test skips)."""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
try:
    from qgis.core import (QgsApplication, QgsMapRendererSequentialJob,
                           QgsMapSettings, QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
except ImportError:
    sys.exit(77)

app = QgsApplication([], False)
app.initQgis()
for path in sys.argv[1:]:
    layer = QgsVectorLayer(path, os.path.basename(path), "ogr")
    out = {"path": path, "valid": layer.isValid()}
    if layer.isValid():
        features = list(layer.getFeatures())
        extent = layer.extent()
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setExtent(extent)
        settings.setOutputSize(QSize(400, 250))
        settings.setBackgroundColor(QColor("white"))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        drawn = 0
        for y in range(0, image.height(), 2):
            for x in range(0, image.width(), 2):
                if QColor(image.pixel(x, y)).rgb() != QColor("white").rgb():
                    drawn += 1
        out.update({
            "crs": layer.crs().authid(),
            "features": len(features),
            "invalid": sum(1 for f in features if not f.geometry().isGeosValid()),
            "fields": [f.name() for f in layer.fields()],
            "extent": [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()],
            "drawn": drawn,
        })
    print(json.dumps(out), flush=True)
    del layer
# QGIS 3.22 may crash tearing itself down from Python; everything is said.
os._exit(0)
