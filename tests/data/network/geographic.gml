<?xml version="1.0"?>
<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml"/>
