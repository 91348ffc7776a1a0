<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdjacencyMatrixReader</name>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not an adjacency matrix: the first cell must be empty and the first row must name the nodes</source>
        <translation>no es una matriz de adyacencia: la primera celda debe estar vacía y la primera fila debe nombrar los nodos</translation>
    </message>
    <message>
        <source>more than %1 nodes</source>
        <translation>más de %1 nodos</translation>
    </message>
    <message>
        <source>a column without a label</source>
        <translation>una columna sin etiqueta</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; heads two columns</source>
        <translation>la etiqueta &quot;%1&quot; encabeza dos columnas</translation>
    </message>
    <message>
        <source>the row label &quot;%1&quot; is not a column label</source>
        <translation>la etiqueta de fila &quot;%1&quot; no es una etiqueta de columna</translation>
    </message>
    <message>
        <source>a second row for &quot;%1&quot;</source>
        <translation>una segunda fila para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cells where the first row has %2</source>
        <translation>%1 celdas donde la primera fila tiene %2</translation>
    </message>
    <message>
        <source>the cell &quot;%1&quot; is not a tie weight from 0 to 10^12</source>
        <translation>la celda &quot;%1&quot; no es un peso de vínculo entre 0 y 10^12</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log is broken at record %1: %2.</source>
        <translation>El registro de auditoría está roto en el registro %1: %2.</translation>
    </message>
    <message>
        <source>it was changed, or a record before it was removed</source>
        <translation>se modificó, o se eliminó un registro anterior</translation>
    </message>
    <message>
        <source>its signature does not match its hash: the chain was rewritten</source>
        <translation>su firma no coincide con su hash: la cadena se reescribió</translation>
    </message>
    <message>
        <source>it is not signed, though records before it are</source>
        <translation>no está firmado, aunque los registros anteriores sí lo están</translation>
    </message>
    <message>
        <source>The audit log is broken at its end: it ends at record %1, but the chain head names record %2. Records were removed from the end.</source>
        <translation>El registro de auditoría está roto al final: termina en el registro %1, pero la cabeza de la cadena nombra el registro %2. Se eliminaron registros del final.</translation>
    </message>
    <message>
        <source>%1 (audit record %2): imported, but its extract is no longer in the workspace</source>
        <translation>%1 (registro de auditoría %2): importado, pero su extracto ya no está en el espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 (extract #%2): %3</source>
        <translation>%1 (extracto n.º %2): %3</translation>
    </message>
    <message>
        <source>%1 (extract #%2): no import record in the audit log</source>
        <translation>%1 (extracto n.º %2): no hay registro de importación en el registro de auditoría</translation>
    </message>
    <message>
        <source>rows of extract #%1, which is not in the workspace: %2</source>
        <translation>filas del extracto n.º %1, que no está en el espacio de trabajo: %2</translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <source>Victims by age band and gender</source>
        <translation>Víctimas por franja de edad y género</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <source>Victims by citizenship</source>
        <translation>Víctimas por nacionalidad</translation>
    </message>
    <message>
        <source>Victims by country of exploitation</source>
        <translation>Víctimas por país de explotación</translation>
    </message>
    <message>
        <source>Incidents by source kind and grade</source>
        <translation>Incidentes por tipo de fuente y calificación</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Calificación %1</translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation>Género no registrado</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Otro (%n)</numerusform>
            <numerusform>Otros (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>a labels file needs the columns account_id and label</source>
        <translation>un archivo de etiquetas necesita las columnas account_id y label</translation>
    </message>
    <message>
        <source>too few fields</source>
        <translation>demasiado pocos campos</translation>
    </message>
    <message>
        <source>label must be 0 or 1, found &quot;%1&quot;</source>
        <translation>label debe ser 0 o 1, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the account_id is empty</source>
        <translation>account_id está vacío</translation>
    </message>
    <message>
        <source>the file holds no labels</source>
        <translation>el archivo no contiene etiquetas</translation>
    </message>
    <message>
        <source>None of the labelled accounts is in the workspace.</source>
        <translation>Ninguna de las cuentas etiquetadas está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The calibration was canceled.</source>
        <translation>Se canceló la calibración.</translation>
    </message>
    <message>
        <source>Labels: %1, matched to scored accounts: %2, not scored: %3, unknown accounts: %4</source>
        <translation>Etiquetas: %1, asociadas a cuentas puntuadas: %2, sin puntuar: %3, cuentas desconocidas: %4</translation>
    </message>
    <message>
        <source>Overall (expert weights): AUC %1, average precision %2, %3 (%4 cases, %5 clean)</source>
        <translation>Global (pesos de expertos): AUC %1, precisión media %2, %3 (%4 casos, %5 limpias)</translation>
    </message>
    <message>
        <source>%1: %2 cases, %3 clean</source>
        <translation>%1: %2 casos, %3 limpias</translation>
    </message>
    <message>
        <source>  calibrated probability: %1</source>
        <translation>  probabilidad calibrada: %1</translation>
    </message>
    <message>
        <source>  not fitted: needs both cases and clean accounts</source>
        <translation>  sin ajustar: necesita tanto casos como cuentas limpias</translation>
    </message>
    <message>
        <source>  expert AUC %1 (%2); fitted AUC %3 (5-fold cross-validated, %4)</source>
        <translation>  AUC de expertos %1 (%2); AUC ajustado %3 (validación cruzada de 5 pliegues, %4)</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <source>hit: expert</source>
        <translation>acierto: experto</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>ajustado</translation>
    </message>
    <message>
        <source>miss: expert</source>
        <translation>fallo: experto</translation>
    </message>
    <message>
        <source>hits cases/clean</source>
        <translation>aciertos casos/limpias</translation>
    </message>
</context>
<context>
    <name>ChartFigure</name>
    <message>
        <source>Incidents over time</source>
        <translation>Incidentes a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Known to the month or year only</source>
        <translation>Conocido solo por el mes o el año</translation>
    </message>
    <message>
        <source>Nothing under this filter</source>
        <translation>Nada con este filtro</translation>
    </message>
</context>
<context>
    <name>Choropleth</name>
    <message>
        <source>Victims by citizenship</source>
        <translation>Víctimas por nacionalidad</translation>
    </message>
    <message>
        <source>Victims by country of exploitation</source>
        <translation>Víctimas por país de explotación</translation>
    </message>
</context>
<context>
    <name>ClaimCheck</name>
    <message>
        <source>Comparable coverage</source>
        <translation>Cobertura comparable</translation>
    </message>
    <message>
        <source>Small numbers</source>
        <translation>Números pequeños</translation>
    </message>
    <message>
        <source>Multiple testing</source>
        <translation>Pruebas múltiples</translation>
    </message>
    <message>
        <source>Source concentration</source>
        <translation>Concentración de fuentes</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Precisión de la fecha</translation>
    </message>
    <message>
        <source>One episode</source>
        <translation>Un solo episodio</translation>
    </message>
    <message>
        <source>Leading margin</source>
        <translation>Margen de ventaja</translation>
    </message>
    <message>
        <source>A comparison between periods uses only sources that reported in the area&apos;s countries in both periods with a comparable share of records located to a point (stratified by source); when most of the later records come from sources that are new or newly precise, no emergence is claimed: coverage changed.</source>
        <translation>Una comparación entre periodos usa solo las fuentes que informaron en los países de la zona en ambos periodos con una proporción comparable de registros localizados en un punto (estratificado por fuente); cuando la mayoría de los registros posteriores proceden de fuentes nuevas o recién precisas, no se afirma ninguna emergencia: cambió la cobertura.</translation>
    </message>
    <message>
        <source>An area claim needs at least %1 incidents. Counts carry an exact (Garwood) Poisson 95 % interval; a rise between periods is claimed only when the Wilson 95 % interval of the later share, turned into a rate ratio against the change in all comparable records, lies above 1.</source>
        <translation>Una afirmación sobre una zona necesita al menos %1 incidentes. Los recuentos llevan un intervalo de Poisson exacto (Garwood) al 95 %; solo se afirma un aumento entre periodos cuando el intervalo de Wilson al 95 % de la proporción posterior, convertido en una razón de tasas frente al cambio en todos los registros comparables, queda por encima de 1.</translation>
    </message>
    <message>
        <source>Getis-Ord Gi* tests every cell of the grid at once: the false discovery rate is controlled with the Benjamini–Hochberg procedure, as ArcGIS&apos;s Hot Spot Analysis does, before any cell is called hot.</source>
        <translation>Gi* de Getis-Ord prueba todas las celdas de la cuadrícula a la vez: la tasa de falsos descubrimientos se controla con el procedimiento de Benjamini–Hochberg, como hace el Análisis de puntos calientes de ArcGIS, antes de declarar caliente una celda.</translation>
    </message>
    <message>
        <source>When one source or reporting partner makes up more than %1 of a hotspot&apos;s incidents (or of a key actor&apos;s links), it is named as a reporting concentration, not stated as a pattern.</source>
        <translation>Cuando una fuente o un socio informante aporta más del %1 de los incidentes de un punto caliente (o de los vínculos de un actor clave), se señala como concentración de la información, no se afirma como patrón.</translation>
    </message>
    <message>
        <source>Records known only to a month or a year are used only for periods that contain their whole month or year; when more than %1 of the records are too coarse, the claim is caveated, more than %2 refused.</source>
        <translation>Los registros conocidos solo por un mes o un año se usan solo en periodos que contienen todo su mes o año; cuando más del %1 de los registros son demasiado imprecisos, la afirmación lleva una salvedad; con más del %2, se rechaza.</translation>
    </message>
    <message>
        <source>An alert is scored again with the busiest %1 days of its red flags left out; when it then falls under the alert line it rests on one unusual episode and is not stated as the account&apos;s behaviour.</source>
        <translation>Una alerta se vuelve a puntuar dejando fuera los %1 días de más actividad de sus señales de alerta; si entonces queda por debajo del umbral de alerta, se basa en un único episodio inusual y no se presenta como el comportamiento de la cuenta.</translation>
    </message>
    <message>
        <source>A claim that one route leads holds only when the Wilson 95 % interval of its share of it and the next route together lies above one half; otherwise the two may swap with the next reports.</source>
        <translation>La afirmación de que una ruta encabeza solo se sostiene cuando el intervalo de Wilson al 95 % de su proporción, sobre ella y la siguiente ruta juntas, queda por encima de la mitad; si no, ambas pueden intercambiarse con los próximos informes.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>caveat</source>
        <translation>con salvedad</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>%1 (%2 incidents here, none in these countries before)</source>
        <translation>%1 (%2 incidentes aquí, ninguno antes en estos países)</translation>
    </message>
    <message>
        <source>%1 (located to a point: %2 of %3 records before, %4 of %5 after)</source>
        <translation>%1 (localizados en un punto: %2 de %3 registros antes, %4 de %5 después)</translation>
    </message>
    <message>
        <source>Coverage changed: in %1 the earlier period has no incidents located to a point (%2 located only to a country or not at all), so a rise cannot be told from a change in how incidents were located.</source>
        <translation>Cambió la cobertura: en %1 el periodo anterior no tiene incidentes localizados en un punto (%2 localizados solo en un país o en ninguna parte), así que un aumento no se puede distinguir de un cambio en cómo se localizaron los incidentes.</translation>
    </message>
    <message>
        <source>Coverage changed: %1 of the later incidents here come from sources that did not report in %2 before or did not locate incidents to a point before: %3.</source>
        <translation>Cambió la cobertura: %1 de los incidentes posteriores aquí proceden de fuentes que antes no informaban en %2 o no localizaban los incidentes en un punto: %3.</translation>
    </message>
    <message>
        <source>Counted from comparable sources only: %1 of the later incidents here come from sources whose coverage changed (%2).</source>
        <translation>Contado solo con fuentes comparables: %1 de los incidentes posteriores aquí proceden de fuentes cuya cobertura cambió (%2).</translation>
    </message>
    <message>
        <source>The sources behind the comparison reported in %1 in both periods with comparable location precision.</source>
        <translation>Las fuentes en que se basa la comparación informaron en %1 en ambos periodos con una precisión de localización comparable.</translation>
    </message>
    <message>
        <source>earlier, located to a point</source>
        <translation>antes, localizados en un punto</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>later, located to a point</source>
        <translation>después, localizados en un punto</translation>
    </message>
    <message>
        <source>later incidents here from comparable sources</source>
        <translation>incidentes posteriores aquí de fuentes comparables</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidentes</translation>
    </message>
    <message>
        <source>Too few %1 to make a claim: %2, fewer than the %3 needed.</source>
        <translation>Demasiados pocos %1 para hacer una afirmación: %2, menos de los %3 necesarios.</translation>
    </message>
    <message>
        <source>The rise is within chance: %1 %2 against %3 before; the rate ratio&apos;s 95 % interval reaches down to %4.</source>
        <translation>El aumento entra dentro del azar: %1 %2 frente a %3 antes; el intervalo al 95 % de la razón de tasas baja hasta %4.</translation>
    </message>
    <message>
        <source>%1 %2 against %3 before: the rise is beyond chance.</source>
        <translation>%1 %2 frente a %3 antes: el aumento va más allá del azar.</translation>
    </message>
    <message>
        <source>rate ratio, later to earlier</source>
        <translation>razón de tasas, posterior frente a anterior</translation>
    </message>
    <message>
        <source>%1 (95 % interval %2–%3, Wilson)</source>
        <translation>%1 (intervalo al 95 % %2–%3, Wilson)</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>antes</translation>
    </message>
    <message>
        <source>%1 (95 % interval %2–%3, exact Poisson) in %4 days</source>
        <translation>%1 (intervalo al 95 % %2–%3, Poisson exacto) en %4 días</translation>
    </message>
    <message>
        <source>%1 %2, at least the %3 needed.</source>
        <translation>%1 %2, al menos los %3 necesarios.</translation>
    </message>
    <message>
        <source>later</source>
        <translation>después</translation>
    </message>
    <message>
        <source>count</source>
        <translation>recuento</translation>
    </message>
    <message>
        <source>%1 (95 % interval %2–%3, exact Poisson)</source>
        <translation>%1 (intervalo al 95 % %2–%3, Poisson exacto)</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>No rise beyond the change everywhere: %1 %2 against %3 before, while all comparable records went from %4 to %5; the relative rate ratio&apos;s 95 % interval reaches down to %6.</source>
        <translation>Ningún aumento más allá del cambio general: %1 %2 frente a %3 antes, mientras que todos los registros comparables pasaron de %4 a %5; el intervalo al 95 % de la razón de tasas relativa baja hasta %6.</translation>
    </message>
    <message>
        <source>%1 %2 against %3 before: a rise beyond chance and beyond the change in all comparable records (%4 to %5).</source>
        <translation>%1 %2 frente a %3 antes: un aumento más allá del azar y más allá del cambio en todos los registros comparables (de %4 a %5).</translation>
    </message>
    <message>
        <source>rate ratio against the change everywhere</source>
        <translation>razón de tasas frente al cambio general</translation>
    </message>
    <message>
        <source>all comparable records, earlier and later</source>
        <translation>todos los registros comparables, antes y después</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Gi* was not corrected for testing %1 cells at once.</source>
        <translation>Gi* no se corrigió por probar %1 celdas a la vez.</translation>
    </message>
    <message>
        <source>Not significant once the false discovery rate over %1 cells is controlled (Benjamini–Hochberg).</source>
        <translation>No es significativo una vez controlada la tasa de falsos descubrimientos sobre %1 celdas (Benjamini–Hochberg).</translation>
    </message>
    <message>
        <source>Significant at 95 % after the Benjamini–Hochberg false discovery rate correction over %1 cells.</source>
        <translation>Significativo al 95 % tras la corrección de la tasa de falsos descubrimientos de Benjamini–Hochberg sobre %1 celdas.</translation>
    </message>
    <message>
        <source>cells tested</source>
        <translation>celdas probadas</translation>
    </message>
    <message>
        <source>hot or cold at 95 % before correction</source>
        <translation>caliente o fría al 95 % antes de la corrección</translation>
    </message>
    <message>
        <source>after FDR correction</source>
        <translation>tras la corrección FDR</translation>
    </message>
    <message>
        <source>Nothing else comes second.</source>
        <translation>Nada más queda en segundo lugar.</translation>
    </message>
    <message>
        <source>The lead over %1 is beyond chance: %2 against %3 %4.</source>
        <translation>La ventaja sobre %1 va más allá del azar: %2 frente a %3 %4.</translation>
    </message>
    <message>
        <source>The lead over %1 is within chance: %2 against %3 %4, and the two may swap with the next reports.</source>
        <translation>La ventaja sobre %1 entra dentro del azar: %2 frente a %3 %4, y ambas pueden intercambiarse con los próximos informes.</translation>
    </message>
    <message>
        <source>share of the two</source>
        <translation>proporción de las dos</translation>
    </message>
    <message>
        <source>A reporting concentration: %1 of the %2 come from one source, %3.</source>
        <translation>Una concentración de la información: %1 de los %2 proceden de una sola fuente, %3.</translation>
    </message>
    <message>
        <source>No single source makes up more than %1 of the %2.</source>
        <translation>Ninguna fuente aporta por sí sola más del %1 de los %2.</translation>
    </message>
    <message>
        <source>largest source</source>
        <translation>fuente principal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4, 95 % interval %5–%6, Wilson)</source>
        <translation>%1: %2 de %3 (%4, intervalo al 95 % %5–%6, Wilson)</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <source>Most records here (%1) are dated only to a month or a year that runs over the edge of the %2: they cannot support a claim at that grain.</source>
        <translation>La mayoría de los registros aquí (%1) están fechados solo por un mes o un año que sobrepasa el límite del %2: no pueden sostener una afirmación a ese nivel de detalle.</translation>
    </message>
    <message>
        <source>%1 of the records here are dated only to a month or a year that runs over the edge of the %2 and were left out.</source>
        <translation>%1 de los registros aquí están fechados solo por un mes o un año que sobrepasa el límite del %2 y se dejaron fuera.</translation>
    </message>
    <message>
        <source>Records dated too coarsely for the %1 were left out (%2).</source>
        <translation>Se dejaron fuera los registros fechados de forma demasiado imprecisa para el %1 (%2).</translation>
    </message>
    <message>
        <source>dated finely enough</source>
        <translation>fechados con suficiente precisión</translation>
    </message>
    <message>
        <source>too coarse, left out</source>
        <translation>demasiado imprecisos, dejados fuera</translation>
    </message>
    <message>
        <source>The red flags&apos; dates are not known.</source>
        <translation>No se conocen las fechas de las señales de alerta.</translation>
    </message>
    <message>
        <source>The alert rests on one unusual week (%1): without it the account scores %2, under the alert line. One episode is not a pattern of behaviour.</source>
        <translation>La alerta se basa en una única semana inusual (%1): sin ella la cuenta puntúa %2, por debajo del umbral de alerta. Un solo episodio no es un patrón de comportamiento.</translation>
    </message>
    <message>
        <source>The alert does not rest on one week: without its busiest week (%1) the account still scores %2.</source>
        <translation>La alerta no se basa en una sola semana: sin su semana de más actividad (%1) la cuenta sigue puntuando %2.</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>score without the busiest week</source>
        <translation>puntuación sin la semana de más actividad</translation>
    </message>
    <message>
        <source>red-flag transactions cited</source>
        <translation>transacciones con señales de alerta citadas</translation>
    </message>
    <message>
        <source>of them in the busiest week</source>
        <translation>de ellas en la semana de más actividad</translation>
    </message>
    <message>
        <source>No source reports both this and %1: the two are not compared on the same reporting, and the lead may only say which sources report where.</source>
        <translation>Ninguna fuente informa a la vez de esto y de %1: ambos no se comparan sobre la misma información, y la ventaja puede indicar solo qué fuentes informan dónde.</translation>
    </message>
    <message>
        <source>Among the sources that report both, %1 comes first (%2 against %3 %4): the lead rests on which sources report where.</source>
        <translation>Entre las fuentes que informan de ambos, %1 va primero (%2 frente a %3 %4): la ventaja se basa en qué fuentes informan dónde.</translation>
    </message>
    <message>
        <source>The lead over %1 holds among the sources that report both: %2 against %3 %4.</source>
        <translation>La ventaja sobre %1 se mantiene entre las fuentes que informan de ambos: %2 frente a %3 %4.</translation>
    </message>
    <message>
        <source>sources reporting both</source>
        <translation>fuentes que informan de ambos</translation>
    </message>
    <message>
        <source>sources reporting only one</source>
        <translation>fuentes que informan solo de uno</translation>
    </message>
</context>
<context>
    <name>ColourScale</name>
    <message>
        <source>incidents per 1,000 km²</source>
        <translation>incidentes por 1000 km²</translation>
    </message>
</context>
<context>
    <name>ColumnGuesser</name>
    <message>
        <source>sure</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>dudoso</translation>
    </message>
    <message>
        <source>the header says so</source>
        <translation>lo indica el encabezado</translation>
    </message>
    <message>
        <source>the header and the values agree</source>
        <translation>el encabezado y los valores coinciden</translation>
    </message>
    <message>
        <source>the header fits but not all values do</source>
        <translation>el encabezado encaja, pero no todos los valores</translation>
    </message>
    <message>
        <source>the header says so; no values to check</source>
        <translation>lo indica el encabezado; no hay valores que comprobar</translation>
    </message>
    <message>
        <source>its values are debit/credit words</source>
        <translation>sus valores son palabras de débito/crédito</translation>
    </message>
    <message>
        <source>%1 is not the direction: its values (%2) are transaction types, not debit/credit</source>
        <translation>%1 no es la dirección: sus valores (%2) son tipos de transacción, no débito/crédito</translation>
    </message>
    <message>
        <source>a transaction type: how the money moved</source>
        <translation>un tipo de transacción: cómo se movió el dinero</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Amount (signed, or with direction)</source>
        <translation>Importe (con signo, o con dirección)</translation>
    </message>
    <message>
        <source>Debit amount (money out)</source>
        <translation>Importe de débito (salida de dinero)</translation>
    </message>
    <message>
        <source>Credit amount (money in)</source>
        <translation>Importe de crédito (entrada de dinero)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Direction (in/out, credit/debit)</source>
        <translation>Dirección (entrada/salida, crédito/débito)</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Id. de transacción</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>Cuenta de la contraparte</translation>
    </message>
    <message>
        <source>Counterparty country</source>
        <translation>País de la contraparte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <source>Channel (cash, card, transfer…)</source>
        <translation>Canal (efectivo, tarjeta, transferencia…)</translation>
    </message>
    <message>
        <source>Location or branch</source>
        <translation>Ubicación o sucursal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>A column mapping needs a name.</source>
        <translation>Una asignación de columnas necesita un nombre.</translation>
    </message>
    <message>
        <source>Column mapping %1: unknown field &quot;%2&quot;.</source>
        <translation>Asignación de columnas %1: campo desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Column mapping %1 must say which column holds the account.</source>
        <translation>La asignación de columnas %1 debe indicar qué columna contiene la cuenta.</translation>
    </message>
    <message>
        <source>Column mapping %1 must say which column holds the date.</source>
        <translation>La asignación de columnas %1 debe indicar qué columna contiene la fecha.</translation>
    </message>
    <message>
        <source>Column mapping %1 must map either an amount column or debit/credit columns.</source>
        <translation>La asignación de columnas %1 debe asignar una columna de importe o columnas de débito/crédito.</translation>
    </message>
    <message>
        <source>Column mapping %1 must map a currency column or give a default currency.</source>
        <translation>La asignación de columnas %1 debe asignar una columna de moneda o indicar una moneda por defecto.</translation>
    </message>
    <message>
        <source>Column mapping %1: the decimal mark must be . or ,</source>
        <translation>Asignación de columnas %1: el separador decimal debe ser . o ,</translation>
    </message>
    <message>
        <source>Column mapping %1: the decimal mark and the delimiter must differ.</source>
        <translation>Asignación de columnas %1: el separador decimal y el delimitador deben ser distintos.</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>Error de sintaxis JSON: %1</translation>
    </message>
    <message>
        <source>a mapping must be a JSON object</source>
        <translation>una asignación debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;delimiter&quot; must be one character</source>
        <translation>&quot;delimiter&quot; debe ser un solo carácter</translation>
    </message>
    <message>
        <source>&quot;decimal&quot; must be one character</source>
        <translation>&quot;decimal&quot; debe ser un solo carácter</translation>
    </message>
    <message>
        <source>preset %1</source>
        <translation>predefinida %1</translation>
    </message>
    <message>
        <source>No column mapping named %1 in this workspace, and no such file.</source>
        <translation>No hay ninguna asignación de columnas llamada %1 en este espacio de trabajo, ni ningún archivo con ese nombre.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Account (the payer, with a payee account)</source>
        <translation>Cuenta (el ordenante, con una cuenta beneficiaria)</translation>
    </message>
    <message>
        <source>Payee account (two-sided ledger: one row, a debit and a credit)</source>
        <translation>Cuenta beneficiaria (libro de doble cara: una fila, un cargo y un abono)</translation>
    </message>
    <message>
        <source>Payer&apos;s bank</source>
        <translation>Banco del ordenante</translation>
    </message>
    <message>
        <source>Payee&apos;s bank</source>
        <translation>Banco del beneficiario</translation>
    </message>
    <message>
        <source>Date or date and time (or time step)</source>
        <translation>Fecha o fecha y hora (o paso de tiempo)</translation>
    </message>
    <message>
        <source>Column mapping %1: the time unit must be one of %2, not &quot;%3&quot;.</source>
        <translation>Asignación de columnas %1: la unidad de tiempo debe ser una de %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Column mapping %1 counts time in %2 from a start but does not say when step 0 was: add &quot;time_origin&quot;: &quot;2024-01-01T00:00:00&quot; (the date and time of step 0) to the mapping, or fill in &quot;Time steps start at&quot; in the mapping dialog.</source>
        <translation>La asignación de columnas %1 cuenta el tiempo en %2 desde un inicio pero no indica cuándo fue el paso 0: añada &quot;time_origin&quot;: &quot;2024-01-01T00:00:00&quot; (la fecha y hora del paso 0) a la asignación, o rellene «Los pasos de tiempo empiezan el» en el diálogo de asignación.</translation>
    </message>
    <message>
        <source>Column mapping %1 gives a time origin but no time unit (one of %2).</source>
        <translation>La asignación de columnas %1 da un origen de tiempo pero ninguna unidad de tiempo (una de %2).</translation>
    </message>
    <message>
        <source>Column mapping %1: the time origin &quot;%2&quot; is not an ISO 8601 date or date and time.</source>
        <translation>Asignación de columnas %1: el origen de tiempo &quot;%2&quot; no es una fecha ni una fecha y hora ISO 8601.</translation>
    </message>
    <message>
        <source>Column mapping %1 maps the banks of payer and payee but no payee account.</source>
        <translation>La asignación de columnas %1 asigna los bancos del ordenante y del beneficiario pero ninguna cuenta beneficiaria.</translation>
    </message>
    <message>
        <source>Column mapping %1 maps the banks of payer and payee but does not say which bank is ours: add &quot;own_bank&quot; to the mapping.</source>
        <translation>La asignación de columnas %1 asigna los bancos del ordenante y del beneficiario pero no indica cuál es nuestro banco: añada &quot;own_bank&quot; a la asignación.</translation>
    </message>
    <message>
        <source>Column mapping %1 names its own bank but maps no bank column.</source>
        <translation>La asignación de columnas %1 nombra su propio banco pero no asigna ninguna columna de banco.</translation>
    </message>
    <message>
        <source>Column mapping %1 is two-sided (it maps a payee account): it needs one amount column, paid from the payer to the payee, and no direction or debit/credit columns.</source>
        <translation>La asignación de columnas %1 es de doble cara (asigna una cuenta beneficiaria): necesita una sola columna de importe, pagado del ordenante al beneficiario, y ninguna columna de sentido ni de cargo/abono.</translation>
    </message>
    <message>
        <source>Column mapping %1 is two-sided: each side&apos;s counterparty is the other side&apos;s account, so no counterparty column may be mapped too.</source>
        <translation>La asignación de columnas %1 es de doble cara: la contraparte de cada lado es la cuenta del otro lado, por lo que no puede asignarse además ninguna columna de contraparte.</translation>
    </message>
    <message>
        <source>%1 is an import specification of records, not a bank column mapping: import with --spec %1.</source>
        <translation>%1 es una especificación de importación de registros, no una asignación de columnas bancarias: importe con --spec %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Workspace file.</source>
        <translation>Archivo del espacio de trabajo.</translation>
    </message>
    <message>
        <source>No progress bar or timing.</source>
        <translation>Sin barra de progreso ni tiempos.</translation>
    </message>
    <message>
        <source>File whose first line is an encrypted workspace&apos;s passphrase.</source>
        <translation>Archivo cuya primera línea es la frase de contraseña de un espacio de trabajo cifrado.</translation>
    </message>
    <message>
        <source>File whose first line is the new passphrase (encrypt, rekey).</source>
        <translation>Archivo cuya primera línea es la nueva frase de contraseña (encrypt, rekey).</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Archivo de salida.</translation>
    </message>
    <message>
        <source>Image size, e.g. 1600x1000.</source>
        <translation>Tamaño de la imagen, p. ej. 1600x1000.</translation>
    </message>
    <message>
        <source>Start of the time window (YYYY-MM-DD).</source>
        <translation>Inicio de la ventana temporal (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>End of the time window (YYYY-MM-DD).</source>
        <translation>Fin de la ventana temporal (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña de %1: </translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase with --passphrase-file FILE, or type it on a terminal.</source>
        <translation>%1 está cifrado: indique su frase de contraseña con --passphrase-file FILE, o escríbala en un terminal.</translation>
    </message>
    <message>
        <source>--size must be like 1600x1000</source>
        <translation>--size debe ser como 1600x1000</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2021-03-31</source>
        <translation>--%1 debe ser una fecha como 2021-03-31</translation>
    </message>
    <message>
        <source>Waymark — offline analysis workstation for counter-trafficking analysts.

  waymark [WORKSPACE]                          open the workstation</source>
        <translation>Waymark — puesto de análisis sin conexión para analistas de la lucha contra la trata de personas.

  waymark [WORKSPACE]                          abrir el puesto de trabajo</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Mostrar la ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>  waymark audit verify WORKSPACE               check the file, the audit chain and every import&apos;s rows</source>
        <translation>  waymark audit verify WORKSPACE               comprobar el archivo, la cadena de auditoría y las filas de cada importación</translation>
    </message>
    <message>
        <source>usage: waymark audit verify WORKSPACE</source>
        <translation>uso: waymark audit verify WORKSPACE</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 está dañado:</translation>
    </message>
    <message>
        <source>Audit log intact: %1 records, every hash chains to the one before.</source>
        <translation>Registro de auditoría intacto: %1 registros, cada hash se encadena con el anterior.</translation>
    </message>
    <message>
        <source>Chain head: %1</source>
        <translation>Cabeza de la cadena: %1</translation>
    </message>
    <message>
        <source>Signatures: %1 by you, %2 by keys you trust, %3 by other keys, %4 unsigned (older records).</source>
        <translation>Firmas: %1 suyas, %2 de claves de confianza, %3 de otras claves, %4 sin firmar (registros antiguos).</translation>
    </message>
    <message>
        <source>signed by a key you do not trust: %1 (add it to %2/trusted-keys/ if it is a colleague&apos;s)</source>
        <translation>firmado por una clave que no es de confianza: %1 (añádala a %2/trusted-keys/ si es de un colega)</translation>
    </message>
    <message>
        <source>Rows are not what was imported (added, changed or deleted since):</source>
        <translation>Las filas no son las que se importaron (añadidas, modificadas o eliminadas desde entonces):</translation>
    </message>
    <message>
        <source>Rows: every import&apos;s rows are as they were imported.</source>
        <translation>Filas: las filas de cada importación están como se importaron.</translation>
    </message>
    <message>
        <source>  waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L]
                [--out WEIGHTS.csv]    fit weights to labelled accounts; AUC, precision at k</source>
        <translation>  waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L]
                [--out WEIGHTS.csv]    ajustar pesos a cuentas etiquetadas; AUC, precisión en k</translation>
    </message>
    <message>
        <source>Labelled accounts: account_id,label,typology.</source>
        <translation>Cuentas etiquetadas: account_id,label,typology.</translation>
    </message>
    <message>
        <source>L2 regularisation strength for calibration.</source>
        <translation>Intensidad de la regularización L2 para la calibración.</translation>
    </message>
    <message>
        <source>usage: waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L] [--out WEIGHTS.csv]</source>
        <translation>uso: waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L] [--out WEIGHTS.csv]</translation>
    </message>
    <message>
        <source>--lambda takes a positive number</source>
        <translation>--lambda requiere un número positivo</translation>
    </message>
    <message>
        <source>Labels naming no account of the workspace: %1</source>
        <translation>Etiquetas que no nombran ninguna cuenta del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>  waymark clean WORKSPACE --out COPY           a copy without schema objects Waymark did not create</source>
        <translation>  waymark clean WORKSPACE --out COPY           una copia sin los objetos de esquema que Waymark no creó</translation>
    </message>
    <message>
        <source>usage: waymark clean WORKSPACE --out COPY</source>
        <translation>uso: waymark clean WORKSPACE --out COPY</translation>
    </message>
    <message>
        <source>Wrote a cleaned copy of %1 to %2.</source>
        <translation>Se escribió una copia limpia de %1 en %2.</translation>
    </message>
    <message>
        <source>  waymark encrypt WORKSPACE --out COPY         an encrypted copy of a plain workspace</source>
        <translation>  waymark encrypt WORKSPACE --out COPY         una copia cifrada de un espacio de trabajo sin cifrar</translation>
    </message>
    <message>
        <source>usage: waymark encrypt WORKSPACE --out COPY</source>
        <translation>uso: waymark encrypt WORKSPACE --out COPY</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>A passphrase is missing: --passphrase-file (the current one, for rekey) and --new-passphrase-file, or a terminal.</source>
        <translation>Falta una frase de contraseña: --passphrase-file (la actual, para rekey) y --new-passphrase-file, o un terminal.</translation>
    </message>
    <message>
        <source>Wrote an encrypted copy of %1 to %2.</source>
        <translation>Se escribió una copia cifrada de %1 en %2.</translation>
    </message>
    <message>
        <source>Graph measures to write, comma-separated.</source>
        <translation>Medidas del grafo que se escriben, separadas por comas.</translation>
    </message>
    <message>
        <source>Entity types for the key-actor list, comma-separated.</source>
        <translation>Tipos de entidad para la lista de actores clave, separados por comas.</translation>
    </message>
    <message>
        <source>How many key actors to list.</source>
        <translation>Cuántos actores clave listar.</translation>
    </message>
    <message>
        <source>Write the link chart as GraphML or GEXF (by the file&apos;s ending).</source>
        <translation>Escribir el gráfico de vínculos como GraphML o GEXF (según la extensión del archivo).</translation>
    </message>
    <message>
        <source>usage: waymark graph --workspace W [--metrics LIST] [--types LIST] [--key-actors N] [--out FILE.csv]</source>
        <translation>uso: waymark graph --workspace W [--metrics LIST] [--types LIST] [--key-actors N] [--out FILE.csv]</translation>
    </message>
    <message>
        <source>Link graph: %1 entities, %2 links in %3 connected pieces.</source>
        <translation>Grafo de vínculos: %1 entidades, %2 vínculos en %3 componentes conexas.</translation>
    </message>
    <message>
        <source>Links merged with a repeat: %1; links of an entity to itself, left out of the measures: %2; links to unknown entities: %3.</source>
        <translation>Vínculos fusionados con uno repetido: %1; vínculos de una entidad consigo misma, dejados fuera de las medidas: %2; vínculos a entidades desconocidas: %3.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>unknown metric %1 (known: %2)</source>
        <translation>métrica desconocida %1 (conocidas: %2)</translation>
    </message>
    <message>
        <source>Louvain: %1 communities, modularity %2.</source>
        <translation>Louvain: %1 comunidades, modularidad %2.</translation>
    </message>
    <message>
        <source>  waymark help [COMMAND]                       this text, or one command&apos;s options</source>
        <translation>  waymark help [COMMAND]                       este texto, o las opciones de un comando</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>comando desconocido %1</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows</source>
        <translation>… y %1 filas rechazadas más</translation>
    </message>
    <message>
        <source>Took %1 s (%2 rows/s).</source>
        <translation>Tardó %1 s (%2 filas/s).</translation>
    </message>
    <message>
        <source>Import valid rows; keep rejected rows in quarantine.</source>
        <translation>Importar las filas válidas; guardar las filas rechazadas en cuarentena.</translation>
    </message>
    <message>
        <source>Column mapping preset or .json file for bank CSV.</source>
        <translation>Asignación de columnas predefinida o archivo .json para CSV bancarios.</translation>
    </message>
    <message>
        <source>  waymark info WORKSPACE                       counts per table, extracts with hashes</source>
        <translation>  waymark info WORKSPACE                       recuentos por tabla, extractos con sus hashes</translation>
    </message>
    <message>
        <source>Workspace %1 (schema %2)</source>
        <translation>Espacio de trabajo %1 (esquema %2)</translation>
    </message>
    <message>
        <source>Extracts:</source>
        <translation>Extractos:</translation>
    </message>
    <message>
        <source>read %1, imported %2, duplicate %3, quarantined %4</source>
        <translation>leídas %1, importadas %2, duplicadas %3, en cuarentena %4</translation>
    </message>
    <message>
        <source>  waymark mapping list|save FILE --workspace W column mappings for bank CSV</source>
        <translation>  waymark mapping list|save FILE --workspace W asignaciones de columnas para CSV bancarios</translation>
    </message>
    <message>
        <source>usage: waymark mapping list --workspace W | waymark mapping save FILE.json --workspace W</source>
        <translation>uso: waymark mapping list --workspace W | waymark mapping save FILE.json --workspace W</translation>
    </message>
    <message>
        <source>Saved column mapping %1.</source>
        <translation>Se guardó la asignación de columnas %1.</translation>
    </message>
    <message>
        <source>  waymark new WORKSPACE [--encrypt]            create an empty workspace (encrypted under a passphrase)</source>
        <translation>  waymark new WORKSPACE [--encrypt]            crear un espacio de trabajo vacío (cifrado con una frase de contraseña)</translation>
    </message>
    <message>
        <source>With new: encrypt the workspace under a passphrase.</source>
        <translation>Con new: cifrar el espacio de trabajo con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Passphrase for the new workspace: </source>
        <translation>Frase de contraseña del nuevo espacio de trabajo: </translation>
    </message>
    <message>
        <source>An encrypted workspace needs a passphrase (--passphrase-file FILE, or a terminal).</source>
        <translation>Un espacio de trabajo cifrado necesita una frase de contraseña (--passphrase-file FILE, o un terminal).</translation>
    </message>
    <message>
        <source>Created encrypted workspace %1.</source>
        <translation>Se creó el espacio de trabajo cifrado %1.</translation>
    </message>
    <message>
        <source>Created workspace %1.</source>
        <translation>Se creó el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>  waymark rekey WORKSPACE                      change an encrypted workspace&apos;s passphrase
      passphrases: --passphrase-file FILE (and --new-passphrase-file FILE), or typed on a terminal</source>
        <translation>  waymark rekey WORKSPACE                      cambiar la frase de contraseña de un espacio de trabajo cifrado
      frases de contraseña: --passphrase-file FILE (y --new-passphrase-file FILE), o escritas en un terminal</translation>
    </message>
    <message>
        <source>Passphrase now: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>%1 now opens with the new passphrase.</source>
        <translation>%1 se abre ahora con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>  waymark render graph --workspace W --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--colour type|community] [--pieces N]</source>
        <translation>  waymark render graph --workspace W --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--colour type|community] [--pieces N]</translation>
    </message>
    <message>
        <source>  waymark render chart --workspace W --chart timeline|age-gender|citizenship|exploitation-country|sources
                |route [--route ORIGIN&gt;DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from DATE]
                [--to DATE]   a chart without a window; route: incidents per bin on one route</source>
        <translation>  waymark render chart --workspace W --chart timeline|age-gender|citizenship|exploitation-country|sources
                |route [--route ORIGIN&gt;DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from DATE]
                [--to DATE]   un gráfico sin ventana; route: incidentes por intervalo en una ruta</translation>
    </message>
    <message>
        <source>Colour nodes by type or community.</source>
        <translation>Colorear los nodos por tipo o por comunidad.</translation>
    </message>
    <message>
        <source>Draw only the N largest connected pieces.</source>
        <translation>Dibujar solo las N componentes conexas más grandes.</translation>
    </message>
    <message>
        <source>Map layers to draw, comma-separated.</source>
        <translation>Capas del mapa que se dibujan, separadas por comas.</translation>
    </message>
    <message>
        <source>Area to show: west,south,east,north in degrees.</source>
        <translation>Zona que se muestra: oeste,sur,este,norte en grados.</translation>
    </message>
    <message>
        <source>Chart to render: timeline, age-gender, citizenship, …</source>
        <translation>Gráfico que se genera: timeline, age-gender, citizenship, …</translation>
    </message>
    <message>
        <source>Route of the route chart: two countries, ORIGIN&gt;DEST.</source>
        <translation>Ruta del gráfico de ruta: dos países, ORIGEN&gt;DESTINO.</translation>
    </message>
    <message>
        <source>usage: waymark render chart --workspace W --chart timeline|age-gender|citizenship|exploitation-country|sources|route [--route ORIGIN&gt;DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from DATE] [--to DATE]</source>
        <translation>uso: waymark render chart --workspace W --chart timeline|age-gender|citizenship|exploitation-country|sources|route [--route ORIGIN&gt;DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>%1 · data as of %2</source>
        <translation>%1 · datos a %2</translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1: %2 en total</translation>
    </message>
    <message>
        <source>%1: %2 incidents. %3</source>
        <translation>%1: %2 incidentes. %3</translation>
    </message>
    <message>
        <source>usage: waymark render map --workspace W --out FILE.png|FILE.svg|FILE.pdf [--layers LIST] [--size WxH] [--from DATE] [--to DATE] [--bbox W,S,E,N]</source>
        <translation>uso: waymark render map --workspace W --out FILE.png|FILE.svg|FILE.pdf [--layers LIST] [--size WxH] [--from DATE] [--to DATE] [--bbox W,S,E,N]</translation>
    </message>
    <message>
        <source>--bbox must be WEST,SOUTH,EAST,NORTH in degrees</source>
        <translation>--bbox debe ser OESTE,SUR,ESTE,NORTE en grados</translation>
    </message>
    <message>
        <source>Wrote %1: %2 incidents in the window, %3 on the map, %4 located to a country only, %5 without a place.</source>
        <translation>Se escribió %1: %2 incidentes en la ventana, %3 en el mapa, %4 localizados solo en un país, %5 sin lugar.</translation>
    </message>
    <message>
        <source>usage: waymark render graph --workspace W --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--colour type|community] [--pieces N]</source>
        <translation>uso: waymark render graph --workspace W --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--colour type|community] [--pieces N]</translation>
    </message>
    <message>
        <source>Link chart: %1 entities, %2 links. Size: betweenness. Colour: %3. Data as of %4. Made with Waymark.</source>
        <translation>Gráfico de vínculos: %1 entidades, %2 vínculos. Tamaño: intermediación. Color: %3. Datos a %4. Hecho con Waymark.</translation>
    </message>
    <message>
        <source>entity type</source>
        <translation>tipo de entidad</translation>
    </message>
    <message>
        <source>community</source>
        <translation>comunidad</translation>
    </message>
    <message>
        <source>Report title.</source>
        <translation>Título del informe.</translation>
    </message>
    <message>
        <source>Report id.</source>
        <translation>Id. del informe.</translation>
    </message>
    <message>
        <source>hub or ctdc (sample); pdf, odt, html or md (report export).</source>
        <translation>hub o ctdc (sample); pdf, odt, html o md (report export).</translation>
    </message>
    <message>
        <source>Replace personal identifiers with placeholders.</source>
        <translation>Sustituir los identificadores personales por marcadores.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source> (generated draft)</source>
        <translation> (borrador generado)</translation>
    </message>
    <message>
        <source>warning: evidence no longer in the workspace: %1</source>
        <translation>aviso: pruebas que ya no están en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Number of incidents (rows) to generate.</source>
        <translation>Número de incidentes (filas) que se generan.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Semilla aleatoria.</translation>
    </message>
    <message>
        <source>Plant a trap the artefact checks must catch (hub format; repeat for more): %1.</source>
        <translation>Colocar una trampa que las comprobaciones de artefactos deben detectar (formato hub; repetir para más): %1.</translation>
    </message>
    <message>
        <source>Random seed of the traps (default 1).</source>
        <translation>Semilla aleatoria de las trampas (por defecto 1).</translation>
    </message>
    <message>
        <source>usage: waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc] [--workspace W]</source>
        <translation>uso: waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc] [--workspace W]</translation>
    </message>
    <message>
        <source>--incidents and --seed take whole numbers</source>
        <translation>--incidents y --seed requieren números enteros</translation>
    </message>
    <message>
        <source>unknown --trap %1 (%2)</source>
        <translation>--trap desconocido %1 (%2)</translation>
    </message>
    <message>
        <source>--trap-seed takes a whole number</source>
        <translation>--trap-seed requiere un número entero</translation>
    </message>
    <message>
        <source>--trap one-week-account needs --workspace: the account goes in through the bank</source>
        <translation>--trap one-week-account necesita --workspace: la cuenta entra a través del banco</translation>
    </message>
    <message>
        <source>--trap plants traps in hub extracts only</source>
        <translation>--trap solo coloca trampas en extractos del hub</translation>
    </message>
    <message>
        <source>Wrote %1 CTDC rows to %2</source>
        <translation>Se escribieron %1 filas CTDC en %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 incidents, %3 route legs, %4 entities, %5 links, %6 accounts (%7 planted), %8 transactions; labels in %9</source>
        <translation>Se escribió %1: %2 incidentes, %3 tramos de ruta, %4 entidades, %5 vínculos, %6 cuentas (%7 colocadas), %8 transacciones; etiquetas en %9</translation>
    </message>
    <message>
        <source>Planted 1 one-week account (SYN-WEEK-1) in %1</source>
        <translation>Se colocó 1 cuenta de una semana (SYN-WEEK-1) en %1</translation>
    </message>
    <message>
        <source>usage: waymark score --workspace W [--typology ID|FILE.json]... [--out FILE.csv]</source>
        <translation>uso: waymark score --workspace W [--typology ID|FILE.json]... [--out FILE.csv]</translation>
    </message>
    <message>
        <source>Scored %1 of %2 accounts (%3 not scored: too few usable transactions) over %4 transactions (%5 duplicates counted once, %6 set aside); run %7 stored in the workspace.</source>
        <translation>Se puntuaron %1 de %2 cuentas (%3 sin puntuar: muy pocas transacciones utilizables) sobre %4 transacciones (%5 duplicadas contadas una vez, %6 apartadas); ejecución %7 guardada en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Took %1 s (%2 transactions/s).</source>
        <translation>Tardó %1 s (%2 transacciones/s).</translation>
    </message>
    <message>
        <source>unknown typology %1 (built in: %2, or a .json file)</source>
        <translation>tipología desconocida %1 (integradas: %2, o un archivo .json)</translation>
    </message>
    <message>
        <source>Typology to score: a built-in id or a .json file (repeatable).</source>
        <translation>Tipología que se puntúa: un id integrado o un archivo .json (repetible).</translation>
    </message>
    <message>
        <source>Where the export goes: partner (outside the own organisation) or own (default: partner for export share, own for report export).</source>
        <translation>Adónde va la exportación: partner (fuera de la propia organización) u own (por defecto: partner para export share, own para report export).</translation>
    </message>
    <message>
        <source>Types of exploitation, comma-separated (sexual_exploitation, forced_labour, …).</source>
        <translation>Tipos de explotación, separados por comas (sexual_exploitation, forced_labour, …).</translation>
    </message>
    <message>
        <source>Source kinds, comma-separated (partner_case, open_source, reporting_app, …).</source>
        <translation>Tipos de fuente, separados por comas (partner_case, open_source, reporting_app, …).</translation>
    </message>
    <message>
        <source>Source grades, comma-separated (1, 2, A, B, …).</source>
        <translation>Calificaciones de las fuentes, separadas por comas (1, 2, A, B, …).</translation>
    </message>
    <message>
        <source>--type: unknown type &quot;%1&quot; (expected %2)</source>
        <translation>--type: tipo desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>--source-kind: unknown source kind &quot;%1&quot; (expected %2)</source>
        <translation>--source-kind: tipo de fuente desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success · 1 usage error · 2 workspace cannot be opened or its audit log is broken ·
3 input rejected, nothing imported, or an export refused by the releasability check ·
4 imported, some rows quarantined (--keep-going) · 5 canceled</source>
        <translation>Códigos de salida: 0 éxito · 1 error de uso · 2 no se puede abrir el espacio de trabajo o su registro de auditoría está roto ·
3 entrada rechazada, nada importado, o exportación denegada por la comprobación de difusión ·
4 importado, algunas filas en cuarentena (--keep-going) · 5 cancelado</translation>
    </message>
    <message>
        <source>  waymark export share --workspace W --out FILE.zip [--from DATE] [--to DATE] [--type LIST]
                [--source-kind LIST] [--grade LIST] [--destination partner|own] [--policy FILE]
                [--aggregates] [--k N] [--include-restricted]
                                               a pseudonymised hub extract to share back; exit 3
                                               when what was asked for may not go</source>
        <translation>  waymark export share --workspace W --out FILE.zip [--from DATE] [--to DATE] [--type LIST]
                [--source-kind LIST] [--grade LIST] [--destination partner|own] [--policy FILE]
                [--aggregates] [--k N] [--include-restricted]
                                               un extracto del hub seudonimizado para devolver; salida 3
                                               cuando lo solicitado no puede salir</translation>
    </message>
    <message>
        <source>Share policy (JSON) saying which fields are kept, pseudonymised or removed.</source>
        <translation>Política de intercambio (JSON) que indica qué campos se conservan, se seudonimizan o se eliminan.</translation>
    </message>
    <message>
        <source>Add k-anonymous counts by country, year, type, sex and age band.</source>
        <translation>Añadir recuentos k-anónimos por país, año, tipo, sexo y franja de edad.</translation>
    </message>
    <message>
        <source>Smallest count the aggregates publish (default 10).</source>
        <translation>Recuento mínimo que publican los agregados (por defecto 10).</translation>
    </message>
    <message>
        <source>Ask for every selected record, restricted ones included: refused (exit 3) if any may not go.</source>
        <translation>Solicitar todos los registros seleccionados, incluidos los restringidos: se deniega (salida 3) si alguno no puede salir.</translation>
    </message>
    <message>
        <source>usage: waymark export share --workspace W --out FILE.zip [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--policy FILE] [--aggregates] [--k N (2 or more)] [--include-restricted]</source>
        <translation>uso: waymark export share --workspace W --out FILE.zip [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--policy FILE] [--aggregates] [--k N (2 o más)] [--include-restricted]</translation>
    </message>
    <message numerus="yes">
        <source>Refused: --include-restricted asks for %n record(s) that may not go to %1 (see &quot;left out&quot; above). Nothing was written.</source>
        <translation>
            <numerusform>Denegado: --include-restricted solicita %n registro que no puede ir a %1 (véase «excluidos» más arriba). No se ha escrito nada.</numerusform>
            <numerusform>Denegado: --include-restricted solicita %n registros que no pueden ir a %1 (véase «excluidos» más arriba). No se ha escrito nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: nothing the filter selects may go to %1, so no package was written.</source>
        <translation>Denegado: nada de lo que selecciona el filtro puede ir a %1, por lo que no se ha escrito ningún paquete.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2): %3 incidents, %4 entities, %5 links, %6 accounts from %7 sources; policy %8 (sha256 %9).</source>
        <translation>Escrito %1 (%2): %3 incidentes, %4 entidades, %5 vínculos, %6 cuentas de %7 fuentes; política %8 (sha256 %9).</translation>
    </message>
    <message>
        <source>Aggregates: k = %1, %2 cells suppressed.</source>
        <translation>Agregados: k = %1, %2 celdas suprimidas.</translation>
    </message>
    <message>
        <source>Package sha256 %1, recorded in the audit log.</source>
        <translation>sha256 del paquete %1, anotado en el registro de auditoría.</translation>
    </message>
    <message>
        <source>  waymark report list --workspace W            Key Judgement Reports in the workspace
  waymark report draft --workspace W [--from DATE] [--to DATE] [--title T] [--scale phia|icd203]
                                               a generated starter draft; prints its id
  waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] [--destination own|partner]
                --out FILE                     exit 3 when it cites a record that may not go</source>
        <translation>  waymark report list --workspace W            los informes de juicios clave del espacio de trabajo
  waymark report draft --workspace W [--from DATE] [--to DATE] [--title T] [--scale phia|icd203]
                                               un borrador inicial generado; muestra su id
  waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] [--destination own|partner]
                --out FILE                     salida 3 cuando cita un registro que no puede salir</translation>
    </message>
    <message>
        <source>Probability language of a draft: phia (the UK yardstick, default) or icd203 (US ICD 203).</source>
        <translation>Lenguaje de probabilidad de un borrador: phia (la escala británica, por defecto) o icd203 (ICD 203 de EE. UU.).</translation>
    </message>
    <message>
        <source>usage: waymark report list --workspace W
       waymark report draft --workspace W [--from DATE] [--to DATE] [--title T] [--scale phia|icd203]
       waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] --out FILE</source>
        <translation>uso: waymark report list --workspace W
       waymark report draft --workspace W [--from DATE] [--to DATE] [--title T] [--scale phia|icd203]
       waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] --out FILE</translation>
    </message>
    <message>
        <source>--scale: “%1” is not phia or icd203</source>
        <translation>--scale: “%1” no es phia ni icd203</translation>
    </message>
    <message>
        <source>--destination must be own or partner</source>
        <translation>--destination debe ser own o partner</translation>
    </message>
    <message numerus="yes">
        <source>Refused: the report cites %n record(s) that may not go to %1. Nothing was written.</source>
        <translation>
            <numerusform>Denegado: el informe cita %n registro que no puede ir a %1. No se ha escrito nada.</numerusform>
            <numerusform>Denegado: el informe cita %n registros que no pueden ir a %1. No se ha escrito nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking raised to that of the evidence: %1</source>
        <translation>Marca elevada a la de las pruebas: %1</translation>
    </message>
    <message>
        <source>  Give an import specification with --spec NAME|FILE.json (see waymark spec list), or a bank column mapping with --mapping.</source>
        <translation>  Indique una especificación de importación con --spec NAME|FILE.json (véase waymark spec list) o una asignación de columnas bancarias con --mapping.</translation>
    </message>
    <message>
        <source>  waymark import FILE... --workspace W [--keep-going] [--spec NAME|FILE.json [--spec-version N]] [--mapping PRESET|FILE] [--quiet]</source>
        <translation>  waymark import FILE... --workspace W [--keep-going] [--spec NAME|FILE.json [--spec-version N]] [--mapping PRESET|FILE] [--quiet]</translation>
    </message>
    <message>
        <source>Import specification (a name in the workspace or a .json file) for any table.</source>
        <translation>Especificación de importación (un nombre del espacio de trabajo o un archivo .json) para cualquier tabla.</translation>
    </message>
    <message>
        <source>Saved version of the specification (default: the latest).</source>
        <translation>Versión guardada de la especificación (predeterminada: la más reciente).</translation>
    </message>
    <message>
        <source>usage: waymark import FILE... --workspace W [--keep-going] [--spec NAME|FILE.json] [--mapping PRESET|FILE]</source>
        <translation>uso: waymark import FILE... --workspace W [--keep-going] [--spec NAME|FILE.json] [--mapping PRESET|FILE]</translation>
    </message>
    <message>
        <source>--spec and --mapping: give one of them.</source>
        <translation>--spec y --mapping: indique solo uno de los dos.</translation>
    </message>
    <message>
        <source>--spec-version takes a version number from 1, with --spec.</source>
        <translation>--spec-version admite un número de versión a partir de 1, junto con --spec.</translation>
    </message>
    <message>
        <source>  waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc|ctdc-global|ctdc-vp] [--workspace W] [--trap NAME]... [--trap-seed S]</source>
        <translation>  waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc|ctdc-global|ctdc-vp] [--workspace W] [--trap NAME]... [--trap-seed S]</translation>
    </message>
    <message>
        <source>hub, ctdc, ctdc-global (older CTDC release) or ctdc-vp (CTDC victim–perpetrator) (sample); pdf, odt, html or md (report export).</source>
        <translation>hub, ctdc, ctdc-global (versión anterior de CTDC) o ctdc-vp (CTDC víctima–autor) (muestra); pdf, odt, html o md (exportación de informes).</translation>
    </message>
    <message>
        <source>unknown --format %1 (hub, ctdc, ctdc-global or ctdc-vp)</source>
        <translation>--format desconocido %1 (hub, ctdc, ctdc-global o ctdc-vp)</translation>
    </message>
    <message>
        <source>  waymark spec list|show NAME|save FILE.json|export NAME FILE.json --workspace W [--spec-version N] [--as NAME]</source>
        <translation>  waymark spec list|show NAME|save FILE.json|export NAME FILE.json --workspace W [--spec-version N] [--as NAME]</translation>
    </message>
    <message>
        <source>Saved version to show or export (default: the latest).</source>
        <translation>Versión guardada que se mostrará o exportará (predeterminada: la más reciente).</translation>
    </message>
    <message>
        <source>Name to save an imported specification under.</source>
        <translation>Nombre con el que guardar una especificación importada.</translation>
    </message>
    <message>
        <source>usage: waymark spec list --workspace W | waymark spec show NAME [--spec-version N] --workspace W |
       waymark spec save FILE.json [--as NAME] --workspace W |
       waymark spec export NAME FILE.json [--spec-version N] --workspace W</source>
        <translation>uso: waymark spec list --workspace W | waymark spec show NAME [--spec-version N] --workspace W |
       waymark spec save FILE.json [--as NAME] --workspace W |
       waymark spec export NAME FILE.json [--spec-version N] --workspace W</translation>
    </message>
    <message>
        <source># version %1 saved %2 by %3%4</source>
        <translation># versión %1 guardada %2 por %3%4</translation>
    </message>
    <message>
        <source>Saved import specification %1, version %2.</source>
        <translation>Especificación de importación %1 guardada, versión %2.</translation>
    </message>
    <message>
        <source>  waymark export stix --workspace W --out FILE.json [--report ID] [--from DATE] [--to DATE]
                [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own]
                [--include-restricted]
                                               a STIX 2.1 bundle (TLP 2.0 markings) of a report or
                                               of the filtered records; exit 3 when what was asked
                                               for may not go</source>
        <translation>  waymark export stix --workspace W --out FILE.json [--report ID] [--from DATE] [--to DATE]
                [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own]
                [--include-restricted]
                                               un paquete STIX 2.1 (marcas TLP 2.0) de un informe o
                                               de los registros filtrados; salida 3 cuando lo
                                               solicitado no puede salir</translation>
    </message>
    <message>
        <source>Key Judgement Report to export as STIX, with what it cites (export stix).</source>
        <translation>Informe de juicios clave que se exportará como STIX, con lo que cita (export stix).</translation>
    </message>
    <message>
        <source>Map layer to export: incidents, routes, hotspots or significance (export geojson, kml).</source>
        <translation>Capa del mapa que se exportará: incidents, routes, hotspots o significance (export geojson, kml).</translation>
    </message>
    <message>
        <source>usage: waymark export stix --workspace W --out FILE.json [--report ID] [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--include-restricted]</source>
        <translation>uso: waymark export stix --workspace W --out FILE.json [--report ID] [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--include-restricted]</translation>
    </message>
    <message numerus="yes">
        <source>Refused: what was asked for holds %n record(s) that may not go to %1 (see &quot;left out&quot; above). Nothing was written.</source>
        <translation>
            <numerusform>Denegado: lo solicitado contiene %n registro que no puede ir a %1 (véase «excluidos» más arriba). No se ha escrito nada.</numerusform>
            <numerusform>Denegado: lo solicitado contiene %n registros que no pueden ir a %1 (véase «excluidos» más arriba). No se ha escrito nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: nothing the filter selects may go to %1, so no bundle was written.</source>
        <translation>Denegado: nada de lo que selecciona el filtro puede ir a %1, por lo que no se ha escrito ningún paquete.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n STIX object(s), sha256 %3, recorded in the audit log.</source>
        <translation>
            <numerusform>Escrito %1 (%2): %n objeto STIX, sha256 %3, anotado en el registro de auditoría.</numerusform>
            <numerusform>Escrito %1 (%2): %n objetos STIX, sha256 %3, anotado en el registro de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: waymark export geojson|kml --workspace W --layer incidents|routes|hotspots|significance --out FILE [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--include-restricted]</source>
        <translation>uso: waymark export geojson|kml --workspace W --layer incidents|routes|hotspots|significance --out FILE [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--include-restricted]</translation>
    </message>
    <message>
        <source>Refused: nothing the filter selects may go to %1, so no layer was written.</source>
        <translation>Denegado: nada de lo que selecciona el filtro puede ir a %1, por lo que no se ha escrito ninguna capa.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n feature(s), sha256 %3, recorded in the audit log.</source>
        <translation>
            <numerusform>Escrito %1 (%2): %n entidad geográfica, sha256 %3, anotado en el registro de auditoría.</numerusform>
            <numerusform>Escrito %1 (%2): %n entidades geográficas, sha256 %3, anotado en el registro de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>  waymark render map --workspace W --out FILE.png|FILE.svg|FILE.pdf [--layers basemap,overlays,choropleth,
                hotspots,significance,routes,points,labels] [--size WxH] [--from DATE] [--to DATE]
                [--bbox WEST,SOUTH,EAST,NORTH] [--type LIST] [--source-kind LIST] [--grade LIST]
                                                       the map without a window</source>
        <translation>  waymark render map --workspace W --out FILE.png|FILE.svg|FILE.pdf [--layers basemap,overlays,choropleth,
                hotspots,significance,routes,points,labels] [--size WxH] [--from DATE] [--to DATE]
                [--bbox WEST,SOUTH,EAST,NORTH] [--type LIST] [--source-kind LIST] [--grade LIST]
                                                       el mapa sin ventana</translation>
    </message>
    <message>
        <source>Refused: nothing the figure would show may go to %1, so no figure was written.</source>
        <translation>Denegado: nada de lo que mostraría la figura puede ir a %1, por lo que no se ha escrito ninguna figura.</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Figuras: %1</translation>
    </message>
    <message>
        <source>Score typology ID with this program&apos;s built-in version instead of the workspace&apos;s edit (the edit stays in its history; repeatable).</source>
        <translation>Puntuar la tipología ID con la versión integrada en este programa en lugar de la edición del espacio de trabajo (la edición permanece en su historial; repetible).</translation>
    </message>
    <message>
        <source>%1: scored with built-in version %2, which replaces the workspace&apos;s unedited version %3 (%4).</source>
        <translation>%1: se puntuó con la versión integrada %2, que sustituye a la versión %3 sin editar del espacio de trabajo (%4).</translation>
    </message>
    <message>
        <source>%1: scored with the workspace&apos;s edited version %2. Built-in version %3 is newer than version %4 the edit started from (%5). To score with it instead: --adopt-built-in %1</source>
        <translation>%1: se puntuó con la versión editada %2 del espacio de trabajo. La versión integrada %3 es más reciente que la versión %4 de la que partió la edición (%5). Para puntuar con ella en su lugar: --adopt-built-in %1</translation>
    </message>
    <message>
        <source>%1: the built-in version is the workspace&apos;s version %2 now; the edit stays in its history.</source>
        <translation>%1: la versión integrada es ahora la versión %2 del espacio de trabajo; la edición permanece en su historial.</translation>
    </message>
    <message>
        <source>  waymark graph --workspace W [--metrics degree,betweenness,pagerank,closeness,eigenvector,louvain,
                core,broker,component] [--types person,business] [--key-actors N] [--out FILE.csv]
                [--export FILE.graphml|FILE.gexf] [--destination own|partner] [--include-restricted]
                                                          link-graph measures, key actors, exchange</source>
        <translation>  waymark graph --workspace W [--metrics degree,betweenness,pagerank,closeness,eigenvector,louvain,
                core,broker,component] [--types person,business] [--key-actors N] [--out FILE.csv]
                [--export FILE.graphml|FILE.gexf] [--destination own|partner] [--include-restricted]
                                                          medidas del grafo de vínculos, actores clave, intercambio</translation>
    </message>
    <message>
        <source>Refused: nothing of the link graph may go to %1, so nothing was written.</source>
        <translation>Denegado: nada del grafo de vínculos puede ir a %1, por lo que no se ha escrito nada.</translation>
    </message>
    <message>
        <source>  waymark score --workspace W [--typology ID|FILE.json]... [--adopt-built-in ID]... [--out FILE.csv]
                [--destination own|partner] [--include-restricted]
                score bank accounts against financial typologies, ranked, with the run stored</source>
        <translation>  waymark score --workspace W [--typology ID|FILE.json]... [--adopt-built-in ID]... [--out FILE.csv]
                [--destination own|partner] [--include-restricted]
                puntuar las cuentas bancarias frente a las tipologías financieras, ordenadas, con la ejecución guardada</translation>
    </message>
    <message>
        <source>Refused: no account&apos;s score may go to %1, so no CSV was written.</source>
        <translation>Denegado: la puntuación de ninguna cuenta puede ir a %1, por lo que no se ha escrito ningún CSV.</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>Algeria</source>
        <translation>Argelia</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivia</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, San Eustaquio y Saba</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunéi</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Isla de Navidad</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Islas Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comoras</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Costa de Marfil</translation>
    </message>
    <message>
        <source>DR Congo</source>
        <translation>RD del Congo</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinea Ecuatorial</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Islas Malvinas</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Groenlandia</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <source>Kosovo</source>
        <translation>Kosovo</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronesia</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavia</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corea del Norte</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macedonia del Norte</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestina</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>San Martín (parte neerlandesa)</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Islas Salomón</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corea del Sur</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Surinam</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwán</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzania</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Túnez</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turquía</translation>
    </message>
    <message>
        <source>Vatican</source>
        <translation>Vaticano</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Islas Vírgenes Británicas</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Islas Vírgenes de los Estados Unidos</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Islas Åland</translation>
    </message>
    <message>
        <source>Country names stay in English: the iso-codes translations for %1 are not installed.</source>
        <translation>Los nombres de países quedan en inglés: no están instaladas las traducciones de iso-codes para %1.</translation>
    </message>
</context>
<context>
    <name>Crypt</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>No secure memory is left for the key of %1.</source>
        <translation>No queda memoria segura para la clave de %1.</translation>
    </message>
    <message>
        <source>The key of %1 could not be derived: not enough memory.</source>
        <translation>No se pudo derivar la clave de %1: memoria insuficiente.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted workspace.</source>
        <translation>%1 no es un espacio de trabajo cifrado.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1.</source>
        <translation>La frase de contraseña no abre %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 is already encrypted.</source>
        <translation>%1 ya está cifrado.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <source>%1 could not be given a new passphrase; it is unchanged.</source>
        <translation>No se pudo dar una nueva frase de contraseña a %1; no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is UTF-16; save it as UTF-8 and import again</source>
        <translation>el archivo está en UTF-16; guárdelo como UTF-8 e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>NUL byte in text: the file is binary or UTF-16, not UTF-8</source>
        <translation>byte NUL en el texto: el archivo es binario o UTF-16, no UTF-8</translation>
    </message>
    <message>
        <source>the quoted field opened here is never closed: the file is truncated or a quote is missing</source>
        <translation>el campo entrecomillado que se abre aquí nunca se cierra: el archivo está truncado o falta una comilla</translation>
    </message>
    <message>
        <source>NUL byte in text: the file is binary or not UTF-8</source>
        <translation>byte NUL en el texto: el archivo es binario o no es UTF-8</translation>
    </message>
    <message>
        <source>field is larger than %1 bytes (is a closing quote missing?)</source>
        <translation>el campo ocupa más de %1 bytes (¿falta una comilla de cierre?)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>texto después de la comilla de cierre de un campo</translation>
    </message>
    <message>
        <source>field is larger than %1 bytes</source>
        <translation>el campo ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>record is larger than %1 MiB</source>
        <translation>el registro ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>invalid UTF-8 (is the file in another encoding?)</source>
        <translation>UTF-8 no válido (¿está el archivo en otra codificación?)</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>el archivo está vacío; se necesita una fila de encabezado</translation>
    </message>
    <message>
        <source>header column %1 has no name</source>
        <translation>la columna %1 del encabezado no tiene nombre</translation>
    </message>
    <message>
        <source>column %1 appears twice in the header</source>
        <translation>la columna %1 aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source>the header has no %1 column, which is required</source>
        <translation>el encabezado no tiene la columna %1, que es obligatoria</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>se esperaban %1 campos como en el encabezado, se encontraron %2</translation>
    </message>
    <message>
        <source>lon and lat go together: one is missing</source>
        <translation>lon y lat van juntas: falta una</translation>
    </message>
    <message>
        <source>longitude &quot;%1&quot; is out of range (-180 to 180)</source>
        <translation>la longitud &quot;%1&quot; está fuera de rango (-180 a 180)</translation>
    </message>
    <message>
        <source>latitude &quot;%1&quot; is out of range (-90 to 90)</source>
        <translation>la latitud &quot;%1&quot; está fuera de rango (-90 a 90)</translation>
    </message>
</context>
<context>
    <name>CsvTableSource</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>el archivo está vacío; se necesita una fila de encabezado</translation>
    </message>
    <message>
        <source>column %1 appears twice in the header</source>
        <translation>la columna %1 aparece dos veces en el encabezado</translation>
    </message>
</context>
<context>
    <name>CtdcGenerator</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The CTDC file could not be written: %1</source>
        <translation>No se pudo escribir el archivo CTDC: %1</translation>
    </message>
</context>
<context>
    <name>CtdcImporter</name>
    <message>
        <source>%1: unknown country code &quot;%2&quot;</source>
        <translation>%1: código de país desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected 1 or an empty field, found &quot;%2&quot;</source>
        <translation>%1: se esperaba 1 o un campo vacío, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>CTDC Global Synthetic Dataset (codebook v2)</source>
        <translation>Conjunto de datos sintético global de CTDC (libro de códigos v2)</translation>
    </message>
    <message>
        <source>CTDC Global Dataset, k-anonymised release of 2017–2020</source>
        <translation>Conjunto de datos global de CTDC, versión k-anonimizada de 2017–2020</translation>
    </message>
    <message>
        <source>CTDC victim–perpetrator synthetic dataset (condensed layout)</source>
        <translation>Conjunto de datos sintético víctima–autor de CTDC (formato condensado)</translation>
    </message>
    <message>
        <source>CTDC victim–perpetrator synthetic dataset (full layout)</source>
        <translation>Conjunto de datos sintético víctima–autor de CTDC (formato completo)</translation>
    </message>
    <message>
        <source>the header has no yearOfRegistration or yearRegister column; is this a CTDC file?</source>
        <translation>el encabezado no tiene columna yearOfRegistration ni yearRegister; ¿es un archivo CTDC?</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Leído como %1.</translation>
    </message>
    <message>
        <source>Perpetrators of the victim of line %1</source>
        <translation>Autores de la víctima de la línea %1</translation>
    </message>
    <message>
        <source>%1: impossible year &quot;%2&quot;</source>
        <translation>%1: año imposible &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: impossible year or band of years &quot;%2&quot; (expected 2019 or 2014-2018)</source>
        <translation>%1: año o intervalo de años imposible &quot;%2&quot; (se esperaba 2019 o 2014-2018)</translation>
    </message>
    <message>
        <source>%1: unknown code &quot;%2&quot; (expected Man, Woman or Trans/Transgender/NonConforming)</source>
        <translation>%1: código desconocido &quot;%2&quot; (se esperaba Man, Woman o Trans/Transgender/NonConforming)</translation>
    </message>
    <message>
        <source>%1: unknown age band &quot;%2&quot;</source>
        <translation>%1: grupo de edad desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown band &quot;%2&quot;</source>
        <translation>%1: intervalo desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown place &quot;%2&quot; (expected a UN region such as Europe or Americas/Oceania)</source>
        <translation>%1: lugar desconocido &quot;%2&quot; (se esperaba una región de la ONU, como Europe o Americas/Oceania)</translation>
    </message>
    <message>
        <source>%1 is missing; every record needs a year</source>
        <translation>falta %1; cada registro necesita un año</translation>
    </message>
</context>
<context>
    <name>EntityDetails</name>
    <message>
        <source>Entity %1 is not in the workspace.</source>
        <translation>La entidad %1 no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1 — %2, graded %3</source>
        <translation>Fuente: %1 — %2, calificación %3</translation>
    </message>
    <message>
        <source>Merged record: %1 — %2, graded %3</source>
        <translation>Registro fusionado: %1 — %2, calificación %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s): %1</source>
        <translation>
            <numerusform>%n vínculo: %1</numerusform>
            <numerusform>%n vínculos: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityResolution</name>
    <message>
        <source>same %1 once normalised (%2)</source>
        <translation>mismo %1 una vez normalizado (%2)</translation>
    </message>
    <message>
        <source>names alike (%1 %) and the same date of birth %2</source>
        <translation>nombres parecidos (%1 %) y la misma fecha de nacimiento %2</translation>
    </message>
    <message>
        <source>names alike (%1 %) and linked to the same address or phone</source>
        <translation>nombres parecidos (%1 %) y vinculados a la misma dirección o teléfono</translation>
    </message>
    <message>
        <source>There is no merge %1 to undo.</source>
        <translation>No hay ninguna fusión %1 que deshacer.</translation>
    </message>
</context>
<context>
    <name>EntityStyle</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Online ad</source>
        <translation>Anuncio en línea</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>asociado</translation>
    </message>
    <message>
        <source>family</source>
        <translation>familia</translation>
    </message>
    <message>
        <source>employs</source>
        <translation>emplea a</translation>
    </message>
    <message>
        <source>employed by</source>
        <translation>empleado por</translation>
    </message>
    <message>
        <source>owns</source>
        <translation>es propietario de</translation>
    </message>
    <message>
        <source>owned by</source>
        <translation>propiedad de</translation>
    </message>
    <message>
        <source>lives at</source>
        <translation>vive en</translation>
    </message>
    <message>
        <source>home of</source>
        <translation>domicilio de</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llama a</translation>
    </message>
    <message>
        <source>called by</source>
        <translation>llamado por</translation>
    </message>
    <message>
        <source>pays</source>
        <translation>paga a</translation>
    </message>
    <message>
        <source>paid by</source>
        <translation>pagado por</translation>
    </message>
    <message>
        <source>advertises</source>
        <translation>anuncia</translation>
    </message>
    <message>
        <source>advertised by</source>
        <translation>anunciado por</translation>
    </message>
    <message>
        <source>recruited</source>
        <translation>captó a</translation>
    </message>
    <message>
        <source>recruited by</source>
        <translation>captado por</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>usa</translation>
    </message>
    <message>
        <source>used by</source>
        <translation>usado por</translation>
    </message>
</context>
<context>
    <name>EvidenceMime</name>
    <message>
        <source>The dropped data is not a list of evidence.</source>
        <translation>Los datos soltados no son una lista de pruebas.</translation>
    </message>
    <message>
        <source>Item %1 of the dropped evidence has an unknown kind “%2”.</source>
        <translation>El elemento %1 de las pruebas soltadas tiene un tipo desconocido “%2”.</translation>
    </message>
    <message>
        <source>Item %1 of the dropped evidence has no key.</source>
        <translation>El elemento %1 de las pruebas soltadas no tiene clave.</translation>
    </message>
    <message>
        <source>No %1 with the id %2 in this workspace.</source>
        <translation>No hay ningún %1 con el id %2 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Nothing that a report can cite was dropped.</source>
        <translation>No se soltó nada que un informe pueda citar.</translation>
    </message>
</context>
<context>
    <name>ExtractArchive</name>
    <message>
        <source>the zip file is empty</source>
        <translation>el archivo zip está vacío</translation>
    </message>
    <message>
        <source>not a readable zip file (it may be truncated or damaged; zip error %1)</source>
        <translation>no es un archivo zip legible (puede estar truncado o dañado; error zip %1)</translation>
    </message>
    <message>
        <source>the zip&apos;s directory is damaged</source>
        <translation>el directorio del zip está dañado</translation>
    </message>
    <message>
        <source>the zip&apos;s directory is damaged (zip error %1)</source>
        <translation>el directorio del zip está dañado (error zip %1)</translation>
    </message>
    <message>
        <source>the zip holds two members named %1 (%2 and %3): which one belongs to the extract is ambiguous</source>
        <translation>el zip contiene dos miembros llamados %1 (%2 y %3): es ambiguo cuál pertenece al extracto</translation>
    </message>
    <message>
        <source>missing from the extract</source>
        <translation>falta en el extracto</translation>
    </message>
    <message>
        <source>cannot be found in the zip</source>
        <translation>no se encuentra en el zip</translation>
    </message>
    <message>
        <source>cannot be read from the zip (zip error %1)</source>
        <translation>no se puede leer del zip (error zip %1)</translation>
    </message>
    <message>
        <source>the zip member is damaged (CRC mismatch)</source>
        <translation>el miembro del zip está dañado (CRC no coincide)</translation>
    </message>
    <message>
        <source>the zip member is truncated or damaged (zip error %1)</source>
        <translation>el miembro del zip está truncado o dañado (error zip %1)</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>Nothing may go: every record the figure would show is withheld by the releasability check, so no figure was written.</source>
        <translation>No puede salir nada: la comprobación de difusión retiene todos los registros que mostraría la figura, por lo que no se ha escrito ninguna figura.</translation>
    </message>
</context>
<context>
    <name>FigureExportFlow</name>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>figure %1 (%2)</source>
        <translation>figura %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FigureMaker</name>
    <message>
        <source>The link chart shows no entities: show some first.</source>
        <translation>El gráfico de vínculos no muestra ninguna entidad: muestre alguna primero.</translation>
    </message>
    <message>
        <source>None of the entities the chart showed are in the workspace any more.</source>
        <translation>Ninguna de las entidades que mostraba el gráfico sigue en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Link chart: %1 entities, %2 links. Size: betweenness. Colour: %3. %4 · data as of %5.</source>
        <translation>Gráfico de vínculos: %1 entidades, %2 vínculos. Tamaño: intermediación. Color: %3. %4 · datos a %5.</translation>
    </message>
    <message>
        <source>community</source>
        <translation>comunidad</translation>
    </message>
    <message>
        <source>entity type</source>
        <translation>tipo de entidad</translation>
    </message>
    <message>
        <source>%1 · data as of %2</source>
        <translation>%1 · datos a %2</translation>
    </message>
    <message>
        <source>The workspace holds no incidents to draw.</source>
        <translation>El espacio de trabajo no contiene incidentes que dibujar.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Gráfico de vínculos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Breakdown chart</source>
        <translation>Gráfico de desglose</translation>
    </message>
    <message>
        <source>Unknown kind of figure “%1”.</source>
        <translation>Tipo de figura desconocido “%1”.</translation>
    </message>
    <message>
        <source>This figure does not say what it was drawn from, so it cannot be drawn again.</source>
        <translation>Esta figura no indica a partir de qué se dibujó, así que no se puede volver a dibujar.</translation>
    </message>
    <message numerus="yes">
        <source>Map of %1 incident(s)</source>
        <translation>
            <numerusform>Mapa de %1 incidente</numerusform>
            <numerusform>Mapa de %1 incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link chart of %1 entities</source>
        <translation>
            <numerusform>Gráfico de vínculos de %1 entidad</numerusform>
            <numerusform>Gráfico de vínculos de %1 entidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Route chart</source>
        <translation>Gráfico de ruta</translation>
    </message>
</context>
<context>
    <name>FigureWriter</name>
    <message>
        <source>.png, .svg or .pdf</source>
        <translation>.png, .svg o .pdf</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the figure to %1: the file must end in %2</source>
        <translation>No se pudo escribir la figura en %1: el archivo debe terminar en %2</translation>
    </message>
    <message>
        <source>the PNG writer failed: %1</source>
        <translation>falló el escritor de PNG: %1</translation>
    </message>
    <message>
        <source>the SVG writer did not start</source>
        <translation>el escritor de SVG no arrancó</translation>
    </message>
    <message>
        <source>the PDF writer did not start</source>
        <translation>el escritor de PDF no arrancó</translation>
    </message>
    <message>
        <source>Could not write the figure to %1: %2</source>
        <translation>No se pudo escribir la figura en %1: %2</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>grades %1</source>
        <translation>calificaciones %1</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Todos los incidentes</translation>
    </message>
    <message numerus="yes">
        <source>without %n source(s) that may not go</source>
        <translation>
            <numerusform>sin %n fuente que no puede salir</numerusform>
            <numerusform>sin %n fuentes que no pueden salir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GdalEnv</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>sin nombre de archivo</translation>
    </message>
    <message>
        <source>only local files can be opened (Waymark never uses the network)</source>
        <translation>solo se pueden abrir archivos locales (Waymark nunca usa la red)</translation>
    </message>
    <message>
        <source>only local files can be opened, not data source connections (&quot;%1&quot;)</source>
        <translation>solo se pueden abrir archivos locales, no conexiones a orígenes de datos (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>only local files can be opened</source>
        <translation>solo se pueden abrir archivos locales</translation>
    </message>
    <message>
        <source>GDAL virtual file systems are refused (only local files can be opened)</source>
        <translation>se rechazan los sistemas de archivos virtuales de GDAL (solo se pueden abrir archivos locales)</translation>
    </message>
    <message>
        <source>/vsizip/ is accepted only over a local .kmz or .zip file</source>
        <translation>/vsizip/ solo se acepta sobre un archivo .kmz o .zip local</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>no existe el archivo: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>a KMZ file without a KML document inside</source>
        <translation>un archivo KMZ sin ningún documento KML dentro</translation>
    </message>
    <message>
        <source>GIS layers and spreadsheets cannot be read: the GDAL library cannot be loaded (%1)</source>
        <translation>No se pueden leer capas SIG ni hojas de cálculo: no se puede cargar la biblioteca GDAL (%1)</translation>
    </message>
    <message>
        <source>the KML inside is larger than %1 MB (GDAL&apos;s KML reader holds the whole document, about 12 times its size, in memory); convert it to a GeoPackage first (ogr2ogr -f GPKG out.gpkg file.kmz)</source>
        <translation>el KML que contiene supera %1 MB (el lector KML de GDAL guarda todo el documento en memoria, unas 12 veces su tamaño); conviértalo antes a GeoPackage (ogr2ogr -f GPKG out.gpkg file.kmz)</translation>
    </message>
    <message>
        <source>a KML document larger than %1 MB (GDAL&apos;s KML reader holds the whole document, about 12 times its size, in memory); convert it to a GeoPackage first (ogr2ogr -f GPKG out.gpkg file.kml)</source>
        <translation>un documento KML de más de %1 MB (el lector KML de GDAL guarda todo el documento en memoria, unas 12 veces su tamaño); conviértalo antes a GeoPackage (ogr2ogr -f GPKG out.gpkg file.kml)</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; does not finish reading within %2 s; a view that never ends would hold Waymark, so the file is not opened</source>
        <translation>la lectura de la vista «%1» no termina en %2 s; una vista que no acaba bloquearía Waymark, así que el archivo no se abre</translation>
    </message>
    <message>
        <source>the KMZ&apos;s %1 holds no placemarks, only links to the documents inside it (%2), which Waymark does not follow: unzip it and open those</source>
        <translation>el %1 del KMZ no contiene ningún marcador, solo enlaces a los documentos que contiene (%2), que Waymark no sigue: descomprímalo y abra esos</translation>
    </message>
    <message>
        <source>its placemarks name %L1 different fields, more than the %L2 Waymark reads from a KML (GDAL&apos;s reader slows with the square of their number: 120,000 take minutes)</source>
        <translation>sus marcas de posición nombran %L1 campos distintos, más que los %L2 que Waymark lee de un KML (el lector de GDAL se ralentiza con el cuadrado de su número: 120.000 tardan minutos)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>its content is not %1</source>
        <translation>su contenido no es %1</translation>
    </message>
    <message>
        <source>not a file Waymark can read as %1: %2</source>
        <translation>no es un archivo que Waymark pueda leer como %1: %2</translation>
    </message>
</context>
<context>
    <name>GeoGrid</name>
    <message>
        <source>The cell size must be a positive number of kilometres.</source>
        <translation>El tamaño de celda debe ser un número positivo de kilómetros.</translation>
    </message>
    <message>
        <source>The area is not a valid longitude/latitude box.</source>
        <translation>La zona no es un recuadro de longitud/latitud válido.</translation>
    </message>
    <message>
        <source>The grid would have %1 cells; choose larger cells or a smaller area.</source>
        <translation>La cuadrícula tendría %1 celdas; elija celdas más grandes o una zona más pequeña.</translation>
    </message>
</context>
<context>
    <name>GeoPackage</name>
    <message>
        <source>the undefined Cartesian system</source>
        <translation>el sistema cartesiano no definido</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; uses the coordinate system %3 (srs_id %4), which Waymark cannot read; supported are EPSG:4326 (WGS 84, CRS84) and EPSG:3857 (Web Mercator).</source>
        <translation>%1: la capa &apos;%2&apos; usa el sistema de coordenadas %3 (srs_id %4), que Waymark no puede leer; se admiten EPSG:4326 (WGS 84, CRS84) y EPSG:3857 (Web Mercator).</translation>
    </message>
    <message>
        <source>Malformed geometry header at byte %1: %2.</source>
        <translation>Encabezado de geometría mal formado en el byte %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage: it is a SQLite database without the GeoPackage tables.</source>
        <translation>%1 no es un GeoPackage: es una base de datos SQLite sin las tablas de GeoPackage.</translation>
    </message>
    <message>
        <source>%1 is a damaged GeoPackage: the gpkg_contents table is missing.</source>
        <translation>%1 es un GeoPackage dañado: falta la tabla gpkg_contents.</translation>
    </message>
    <message>
        <source>%1 is a damaged GeoPackage: its gpkg_contents table cannot be read.</source>
        <translation>%1 es un GeoPackage dañado: no se puede leer su tabla gpkg_contents.</translation>
    </message>
    <message>
        <source>%1 is a damaged GeoPackage: the gpkg_geometry_columns table is missing.</source>
        <translation>%1 es un GeoPackage dañado: falta la tabla gpkg_geometry_columns.</translation>
    </message>
    <message>
        <source>%1 is a damaged GeoPackage: its list of layers cannot be read.</source>
        <translation>%1 es un GeoPackage dañado: no se puede leer su lista de capas.</translation>
    </message>
    <message>
        <source>truncated: the header needs 8 bytes, the blob has %1</source>
        <translation>truncado: el encabezado necesita 8 bytes, el blob tiene %1</translation>
    </message>
    <message>
        <source>no &apos;GP&apos; magic (is this plain WKB or a Spatialite blob?)</source>
        <translation>no tiene la firma &apos;GP&apos; (¿es WKB simple o un blob de Spatialite?)</translation>
    </message>
    <message>
        <source>unsupported GeoPackage binary version %1</source>
        <translation>versión binaria de GeoPackage no admitida %1</translation>
    </message>
    <message>
        <source>extended (non-standard) geometry types are not supported</source>
        <translation>no se admiten los tipos de geometría extendidos (no estándar)</translation>
    </message>
    <message>
        <source>invalid envelope type %1</source>
        <translation>tipo de envolvente no válido %1</translation>
    </message>
    <message>
        <source>truncated: the header with its envelope needs %1 bytes, the blob has %2</source>
        <translation>truncado: el encabezado con su envolvente necesita %1 bytes, el blob tiene %2</translation>
    </message>
    <message>
        <source>%1 has no feature layer named &apos;%2&apos;.</source>
        <translation>%1 no tiene ninguna capa de entidades llamada &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; cannot be read.</source>
        <translation>%1: no se puede leer la capa &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no column &apos;%3&apos; although gpkg_geometry_columns lists it.</source>
        <translation>%1: la capa &apos;%2&apos; no tiene la columna &apos;%3&apos; aunque gpkg_geometry_columns la incluye.</translation>
    </message>
    <message>
        <source>Reading layer &apos;%1&apos; was canceled.</source>
        <translation>Se canceló la lectura de la capa &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; feature fid %3: %4</source>
        <translation>%1: capa &apos;%2&apos;, entidad fid %3: %4</translation>
    </message>
    <message>
        <source>coordinate (%1, %2) is outside longitude ±180°, latitude ±90°</source>
        <translation>la coordenada (%1, %2) está fuera de la longitud ±180°, latitud ±90°</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; could not be read to the end; the file may be damaged.</source>
        <translation>%1: no se pudo leer la capa &apos;%2&apos; hasta el final; el archivo puede estar dañado.</translation>
    </message>
</context>
<context>
    <name>GetisOrd</name>
    <message>
        <source>The distance band must be a number of kilometres.</source>
        <translation>La banda de distancia debe ser un número de kilómetros.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The two periods are not on the same grid.</source>
        <translation>Los dos periodos no están en la misma cuadrícula.</translation>
    </message>
    <message>
        <source>No pattern</source>
        <translation>Sin patrón</translation>
    </message>
    <message>
        <source>New hotspot</source>
        <translation>Punto caliente nuevo</translation>
    </message>
    <message>
        <source>Intensifying hotspot</source>
        <translation>Punto caliente que se intensifica</translation>
    </message>
    <message>
        <source>Persistent hotspot</source>
        <translation>Punto caliente persistente</translation>
    </message>
    <message>
        <source>Diminishing hotspot</source>
        <translation>Punto caliente que disminuye</translation>
    </message>
    <message>
        <source>Cold spot</source>
        <translation>Punto frío</translation>
    </message>
</context>
<context>
    <name>GettextCatalog</name>
    <message>
        <source>not a gettext catalogue: %1</source>
        <translation>no es un catálogo de gettext: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>demasiado corto</translation>
    </message>
    <message>
        <source>wrong magic number</source>
        <translation>número mágico incorrecto</translation>
    </message>
    <message>
        <source>a string table runs past the end</source>
        <translation>una tabla de cadenas sobrepasa el final</translation>
    </message>
    <message>
        <source>string %1 runs past the end</source>
        <translation>la cadena %1 sobrepasa el final</translation>
    </message>
</context>
<context>
    <name>GmlReader</name>
    <message>
        <source>a string longer than 1 MB</source>
        <translation>una cadena de más de 1 MB</translation>
    </message>
    <message>
        <source>a string that is not closed (&quot;)</source>
        <translation>una cadena sin cerrar (&quot;)</translation>
    </message>
    <message>
        <source>a word longer than 1 MB</source>
        <translation>una palabra de más de 1 MB</translation>
    </message>
    <message>
        <source>text that is not UTF-8</source>
        <translation>texto que no está en UTF-8</translation>
    </message>
    <message>
        <source>the file ends inside a list ([ without ])</source>
        <translation>el archivo termina dentro de una lista ([ sin ])</translation>
    </message>
    <message>
        <source>&quot;%1&quot; where a key was expected</source>
        <translation>&quot;%1&quot; donde se esperaba una clave</translation>
    </message>
    <message>
        <source>lists nested too deep</source>
        <translation>listas anidadas a demasiada profundidad</translation>
    </message>
    <message>
        <source>a key without a value</source>
        <translation>una clave sin valor</translation>
    </message>
    <message>
        <source>a node without an id</source>
        <translation>un nodo sin id</translation>
    </message>
    <message>
        <source>node id &quot;%1&quot; appears twice</source>
        <translation>el id de nodo &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>this is XML (geographic GML?), not the graph GML Waymark reads (graph [ node [ … ] ])</source>
        <translation>esto es XML (¿GML geográfico?), no el GML de grafos que lee Waymark (graph [ node [ … ] ])</translation>
    </message>
    <message>
        <source>not GML: it does not begin with a key</source>
        <translation>no es GML: no empieza por una clave</translation>
    </message>
    <message>
        <source>] without [</source>
        <translation>] sin [</translation>
    </message>
    <message>
        <source>a second graph: Waymark reads one a file</source>
        <translation>un segundo grafo: Waymark lee uno por archivo</translation>
    </message>
    <message>
        <source>not GML: there is no graph [ … ]</source>
        <translation>no es GML: no hay graph [ … ]</translation>
    </message>
    <message>
        <source>the edge from &quot;%1&quot; to &quot;%2&quot; names a node that is not in the file</source>
        <translation>la arista de &quot;%1&quot; a &quot;%2&quot; nombra un nodo que no está en el archivo</translation>
    </message>
    <message>
        <source>the weight &quot;%1&quot; is not a number above zero and up to 10^12</source>
        <translation>el peso &quot;%1&quot; no es un número mayor que cero y de hasta 10^12</translation>
    </message>
    <message>
        <source>the edge from &quot;%1&quot; to itself is not read: a loop says nothing about who is linked to whom</source>
        <translation>la arista de «%1» a sí mismo no se lee: un bucle no dice nada de quién está vinculado con quién</translation>
    </message>
</context>
<context>
    <name>GraphDocument</name>
    <message>
        <source>broken XML: %1</source>
        <translation>XML roto: %1</translation>
    </message>
    <message>
        <source>a node without an id</source>
        <translation>un nodo sin id</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not GraphML or GEXF (the root element is &lt;%1&gt;)</source>
        <translation>no es GraphML ni GEXF (el elemento raíz es &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the link from &quot;%1&quot; to &quot;%2&quot; names a node that is not in the file</source>
        <translation>el vínculo de &quot;%1&quot; a &quot;%2&quot; nombra un nodo que no está en el archivo</translation>
    </message>
    <message>
        <source>the link from &quot;%1&quot; to &quot;%2&quot; has a weight that is not a number above zero and up to 10^12</source>
        <translation>el vínculo de &quot;%1&quot; a &quot;%2&quot; tiene un peso que no es un número mayor que cero y de hasta 10^12</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>node id &quot;%1&quot; appears twice; the second is left out</source>
        <translation>el id de nodo &quot;%1&quot; aparece dos veces; se deja fuera el segundo</translation>
    </message>
</context>
<context>
    <name>GraphFigure</name>
    <message>
        <source>Entity type</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <source>Size: centrality</source>
        <translation>Tamaño: centralidad</translation>
    </message>
    <message>
        <source>Waymark link chart</source>
        <translation>Gráfico de vínculos de Waymark</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Ring: community (%n found)</source>
        <translation>
            <numerusform>Anillo: comunidad (%n encontrada)</numerusform>
            <numerusform>Anillo: comunidad (%n encontradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ring: community</source>
        <translation>Anillo: comunidad</translation>
    </message>
    <message>
        <source>Money: arrow to the payee, width by amount</source>
        <translation>Dinero: flecha hacia el beneficiario, ancho según el importe</translation>
    </message>
</context>
<context>
    <name>GraphFileImporter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Link chart %1</source>
        <translation>Gráfico de vínculos %1</translation>
    </message>
    <message>
        <source>%1 is not a network file Waymark reads</source>
        <translation>%1 no es un archivo de red que Waymark pueda leer</translation>
    </message>
    <message>
        <source>%1: the links&apos; other attributes were not imported (a link keeps its type, weight and first and last seen dates): %2</source>
        <translation>%1: los demás atributos de los vínculos no se importaron (un vínculo conserva su tipo, su peso y sus fechas de primera y última observación): %2</translation>
    </message>
</context>
<context>
    <name>GraphLineReader</name>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>la línea ocupa más de %1 bytes</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file</source>
        <translation>un byte NUL: no es un archivo de texto</translation>
    </message>
    <message>
        <source>the line is not UTF-8 text</source>
        <translation>la línea no es texto UTF-8</translation>
    </message>
</context>
<context>
    <name>HotspotClaims</name>
    <message>
        <source>all dates</source>
        <translation>todas las fechas</translation>
    </message>
    <message>
        <source>%1 – %2 against %3 – %4</source>
        <translation>%1 – %2 frente a %3 – %4</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Punto caliente</translation>
    </message>
    <message>
        <source>Emerging hotspot</source>
        <translation>Punto caliente emergente</translation>
    </message>
    <message>
        <source>Reporting concentration (one source)</source>
        <translation>Concentración de la información (una fuente)</translation>
    </message>
    <message>
        <source>Coverage changed, not emerging</source>
        <translation>Cambió la cobertura, no es emergente</translation>
    </message>
    <message>
        <source>Too few incidents or within chance</source>
        <translation>Muy pocos incidentes o dentro del azar</translation>
    </message>
    <message>
        <source>Dates too coarse</source>
        <translation>Fechas demasiado imprecisas</translation>
    </message>
    <message>
        <source>period compared</source>
        <translation>periodo comparado</translation>
    </message>
</context>
<context>
    <name>HubExtractImporter</name>
    <message>
        <source>unknown source_id &quot;%1&quot;</source>
        <translation>source_id desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;</source>
        <translation>entidad desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown incident_id &quot;%1&quot;</source>
        <translation>incident_id desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown account_id &quot;%1&quot; (it must be in accounts.csv)</source>
        <translation>account_id desconocido &quot;%1&quot; (debe estar en accounts.csv)</translation>
    </message>
    <message>
        <source>missing: every hub extract starts with a manifest</source>
        <translation>falta: todo extracto del hub empieza por un manifiesto</translation>
    </message>
    <message>
        <source>missing: an extract must say where its rows come from</source>
        <translation>falta: un extracto debe indicar de dónde proceden sus filas</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot; (first at line %3)</source>
        <translation>%1 duplicado &quot;%2&quot; (primero en la línea %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an information grade of the source&apos;s scheme %2</source>
        <translation>&quot;%1&quot; no es una calificación de la información del esquema %2 de la fuente</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>el nombre es obligatorio</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected %2)</source>
        <translation>tipo de fuente desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>unknown grading scheme &quot;%1&quot; (expected %2)</source>
        <translation>esquema de calificación desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source grade of %2</source>
        <translation>&quot;%1&quot; no es una calificación de fuente de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an information grade of %2</source>
        <translation>&quot;%1&quot; no es una calificación de la información de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling code of %2</source>
        <translation>&quot;%1&quot; no es un código de tratamiento de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLP label (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)</source>
        <translation>&quot;%1&quot; no es una etiqueta TLP (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLP 2.0 label</source>
        <translation>&quot;%1&quot; no es una etiqueta TLP 2.0</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; (expected %2)</source>
        <translation>tipo de entidad desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>label is required</source>
        <translation>la etiqueta es obligatoria</translation>
    </message>
    <message>
        <source>date is required</source>
        <translation>la fecha es obligatoria</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a possible date (YYYY, YYYY-MM or YYYY-MM-DD, 1900 to this year)</source>
        <translation>&quot;%1&quot; no es una fecha posible (AAAA, AAAA-MM o AAAA-MM-DD, de 1900 a este año)</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>país desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a city needs its country</source>
        <translation>una ciudad necesita su país</translation>
    </message>
    <message>
        <source>unknown exploitation type &quot;%1&quot; (expected %2)</source>
        <translation>tipo de explotación desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>unknown labour sector &quot;%1&quot; (expected %2)</source>
        <translation>sector laboral desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>unknown means of control &quot;%1&quot; (expected %2)</source>
        <translation>medio de control desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>victims must be a whole number from 0 to 100000, found &quot;%1&quot;</source>
        <translation>victims debe ser un número entero de 0 a 100000, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown gender &quot;%1&quot; (expected man, woman or trans)</source>
        <translation>género desconocido &quot;%1&quot; (se esperaba man, woman o trans)</translation>
    </message>
    <message>
        <source>unknown age band &quot;%1&quot;</source>
        <translation>franja de edad desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>seq must be a whole number from 1, found &quot;%1&quot;</source>
        <translation>seq debe ser un número entero desde 1, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate leg %1 of incident &quot;%2&quot; (first at line %3)</source>
        <translation>tramo %1 duplicado del incidente &quot;%2&quot; (primero en la línea %3)</translation>
    </message>
    <message>
        <source>unknown place &quot;%1&quot;</source>
        <translation>lugar desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown transport mode &quot;%1&quot; (expected %2)</source>
        <translation>medio de transporte desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot; (a link end must be in entities.csv)</source>
        <translation>entidad desconocida &quot;%1&quot; (el extremo de un vínculo debe estar en entities.csv)</translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot; (expected %2)</source>
        <translation>tipo de vínculo desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>last_seen is before first_seen</source>
        <translation>last_seen es anterior a first_seen</translation>
    </message>
    <message>
        <source>weight must be a number above zero, found &quot;%1&quot;</source>
        <translation>weight debe ser un número mayor que cero, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (expected %2)</source>
        <translation>función desconocida &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>declared_income must be a number of zero or more, found &quot;%1&quot;</source>
        <translation>declared_income debe ser un número igual o mayor que cero, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing: this zip is not a hub extract (every hub extract starts with a manifest); it holds %1: unzip it and import that file</source>
        <translation>falta: este zip no es un extracto del hub (todo extracto del hub empieza por un manifiesto); contiene %1: descomprímalo e importe ese archivo</translation>
    </message>
</context>
<context>
    <name>HubManifest</name>
    <message>
        <source>the manifest is empty</source>
        <translation>el manifiesto está vacío</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>Error de sintaxis JSON: %1</translation>
    </message>
    <message>
        <source>the manifest must be a JSON object</source>
        <translation>el manifiesto debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;waymark-hub-extract&quot;</source>
        <translation>&quot;format&quot; debe ser &quot;waymark-hub-extract&quot;</translation>
    </message>
    <message>
        <source>&quot;format_version&quot; must be like &quot;1.0&quot;, found &quot;%1&quot;</source>
        <translation>&quot;format_version&quot; debe ser como &quot;1.0&quot;, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>extract format %1 is not one this Waymark reads (it reads %2.x); update Waymark</source>
        <translation>el formato de extracto %1 no es uno que este Waymark lea (lee %2.x); actualice Waymark</translation>
    </message>
    <message>
        <source>&quot;exported_at&quot; must be an ISO 8601 date and time, found &quot;%1&quot;</source>
        <translation>&quot;exported_at&quot; debe ser una fecha y hora ISO 8601, se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;hub&quot; (the hub that exported the extract) is required</source>
        <translation>&quot;hub&quot; (el hub que exportó el extracto) es obligatorio</translation>
    </message>
    <message>
        <source>&quot;handling&quot; (the handling marking of the extract) is required</source>
        <translation>&quot;handling&quot; (la marca de tratamiento del extracto) es obligatorio</translation>
    </message>
    <message>
        <source>&quot;tlp&quot; must be one of %1</source>
        <translation>&quot;tlp&quot; debe ser uno de %1</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>Hub extract</source>
        <translation>Extracto de Hub</translation>
    </message>
    <message>
        <source>CSV and text tables</source>
        <translation>CSV y tablas de texto</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>Hoja de cálculo OpenDocument</translation>
    </message>
    <message>
        <source>GraphML</source>
        <translation>GraphML</translation>
    </message>
    <message>
        <source>GEXF (Gephi)</source>
        <translation>GEXF (Gephi)</translation>
    </message>
    <message>
        <source>GML graph</source>
        <translation>Grafo GML</translation>
    </message>
    <message>
        <source>Pajek network</source>
        <translation>Red Pajek</translation>
    </message>
    <message>
        <source>UCINET DL</source>
        <translation>UCINET DL</translation>
    </message>
    <message>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <source>KML and KMZ</source>
        <translation>KML y KMZ</translation>
    </message>
    <message>
        <source>Shapefile</source>
        <translation>Shapefile</translation>
    </message>
    <message>
        <source>GPX</source>
        <translation>GPX</translation>
    </message>
    <message>
        <source>FlatGeobuf</source>
        <translation>FlatGeobuf</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>MBTiles</source>
        <translation>MBTiles</translation>
    </message>
    <message>
        <source>All supported files (%1)</source>
        <translation>Todos los archivos compatibles (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>unsupported format: %1; Waymark reads %2</source>
        <translation>formato no compatible: %1; Waymark lee %2</translation>
    </message>
    <message>
        <source>STIX 2.1 bundle (OpenCTI, MISP)</source>
        <translation>Paquete STIX 2.1 (OpenCTI, MISP)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Rows rejected: %1; nothing imported (use keep going to import the rest).</source>
        <translation>Filas rechazadas: %1; no se importó nada (use «continuar» para importar el resto).</translation>
    </message>
    <message>
        <source>Recording %1…</source>
        <translation>Registrando %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Waymark does not know what the rows of this table are: choose or define an import specification for it</source>
        <translation>Waymark no sabe qué representan las filas de esta tabla: elija o defina una especificación de importación para ella</translation>
    </message>
    <message>
        <source>unrecognised CSV: not a CTDC file (no yearOfRegistration column); choose or define an import specification for it (bank transactions: a column mapping)</source>
        <translation>CSV no reconocido: no es un archivo CTDC (no tiene columna yearOfRegistration); elija o defina una especificación de importación para él (transacciones bancarias: una asignación de columnas)</translation>
    </message>
    <message>
        <source>used to import %1</source>
        <translation>usada para importar %1</translation>
    </message>
    <message>
        <source>Indexing %1…</source>
        <translation>Indexando %1…</translation>
    </message>
    <message>
        <source>Read with the saved specification %1 (version %2): the only one whose columns this table has.</source>
        <translation>Leído con la especificación guardada %1 (versión %2): la única cuyas columnas tiene esta tabla.</translation>
    </message>
    <message>
        <source>; these saved specifications all read it: %1</source>
        <translation>; todas estas especificaciones guardadas lo leen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s), every cell empty, passed over.</source>
        <translation>
            <numerusform>%n fila en blanco (todas las celdas vacías) omitida.</numerusform>
            <numerusform>%n filas en blanco (todas las celdas vacías) omitidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>a value is a column name, a number, or an object such as {&quot;column&quot;: …}</source>
        <translation>un valor es un nombre de columna, un número o un objeto como {&quot;column&quot;: …}</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a value (known: %2)</source>
        <translation>clave desconocida &quot;%1&quot; en un valor (conocidas: %2)</translation>
    </message>
    <message>
        <source>the regular expression &quot;%1&quot; is not valid: %2</source>
        <translation>la expresión regular &quot;%1&quot; no es válida: %2</translation>
    </message>
    <message>
        <source>place_by must be one of %1, not &quot;%2&quot;</source>
        <translation>place_by debe ser uno de %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the decimal mark must be . or ,</source>
        <translation>el separador decimal debe ser . o ,</translation>
    </message>
    <message>
        <source>a value takes one of column, constant, format or record, not several</source>
        <translation>un valor admite solo uno de column, constant, format o record, no varios</translation>
    </message>
    <message>
        <source>a value needs a column, a constant, a format or a record</source>
        <translation>un valor necesita column, constant, format o record</translation>
    </message>
    <message>
        <source>&quot;when&quot; is a list of conditions</source>
        <translation>&quot;when&quot; es una lista de condiciones</translation>
    </message>
    <message>
        <source>a condition names its column</source>
        <translation>una condición nombra su columna</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a condition (column and one of equals, not_equals, matches, not_matches, empty, not_empty)</source>
        <translation>clave desconocida &quot;%1&quot; en una condición (column y uno de equals, not_equals, matches, not_matches, empty, not_empty)</translation>
    </message>
    <message>
        <source>a condition takes exactly one of equals, not_equals, matches, not_matches, empty, not_empty</source>
        <translation>una condición admite exactamente uno de equals, not_equals, matches, not_matches, empty, not_empty</translation>
    </message>
    <message>
        <source>a specification needs a name</source>
        <translation>una especificación necesita un nombre</translation>
    </message>
    <message>
        <source>unknown source field &quot;%1&quot; (known: %2)</source>
        <translation>campo de fuente desconocido &quot;%1&quot; (conocidos: %2)</translation>
    </message>
    <message>
        <source>a source field cannot refer to a record</source>
        <translation>un campo de fuente no puede hacer referencia a un registro</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected %2)</source>
        <translation>tipo de fuente desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>unknown grading scheme &quot;%1&quot; (expected %2)</source>
        <translation>esquema de calificación desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>the source&apos;s grades (%1, %2, %3) are not grades of %4</source>
        <translation>las calificaciones de la fuente (%1, %2, %3) no son calificaciones de %4</translation>
    </message>
    <message>
        <source>a specification makes at least one record</source>
        <translation>una especificación genera al menos un registro</translation>
    </message>
    <message>
        <source>a record needs an id</source>
        <translation>un registro necesita un id</translation>
    </message>
    <message>
        <source>two records have the id &quot;%1&quot;</source>
        <translation>dos registros tienen el id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; of %2 (fields: %3)</source>
        <translation>campo desconocido &quot;%1&quot; de %2 (campos: %3)</translation>
    </message>
    <message>
        <source>only a reference field can name a record</source>
        <translation>solo un campo de referencia puede nombrar un registro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record before this one (a record refers only to earlier ones)</source>
        <translation>&quot;%1&quot; no es un registro anterior a este (un registro solo hace referencia a registros anteriores)</translation>
    </message>
    <message>
        <source>%1 must refer to a record of type %2, and &quot;%3&quot; is a %4</source>
        <translation>%1 debe hacer referencia a un registro de tipo %2, y &quot;%3&quot; es de tipo %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>the map gives &quot;%1&quot;, which is not one of %2</source>
        <translation>la correspondencia da &quot;%1&quot;, que no es uno de %2</translation>
    </message>
    <message>
        <source>flags make a code list; %1 is not one</source>
        <translation>los indicadores forman una lista de códigos; %1 no lo es</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot; (expected %2)</source>
        <translation>código desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>a %1 needs the field &quot;%2&quot;</source>
        <translation>un registro %1 necesita el campo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>Error de sintaxis JSON: %1</translation>
    </message>
    <message>
        <source>an import specification must be a JSON object</source>
        <translation>una especificación de importación debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (records or bank-transactions)</source>
        <translation>tipo desconocido &quot;%1&quot; (records o bank-transactions)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>clave desconocida &quot;%1&quot; (conocidas: %2)</translation>
    </message>
    <message>
        <source>this specification is of a newer format (%1) than this Waymark reads (1)</source>
        <translation>esta especificación tiene un formato más reciente (%1) que el que lee esta versión de Waymark (1)</translation>
    </message>
    <message>
        <source>the delimiter must be one character or &quot;tab&quot;</source>
        <translation>el delimitador debe ser un carácter o &quot;tab&quot;</translation>
    </message>
    <message>
        <source>&quot;records&quot; is a list of records</source>
        <translation>&quot;records&quot; es una lista de registros</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a record (known: %2)</source>
        <translation>clave desconocida &quot;%1&quot; en un registro (conocidas: %2)</translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot; (one of incident, place, route_leg, entity, link, involvement, account, transaction)</source>
        <translation>destino desconocido &quot;%1&quot; (uno de incident, place, route_leg, entity, link, involvement, account, transaction)</translation>
    </message>
    <message>
        <source>a split names its column</source>
        <translation>una división nombra su columna</translation>
    </message>
    <message>
        <source>a split needs its separators</source>
        <translation>una división necesita sus separadores</translation>
    </message>
    <message>
        <source>specification %1</source>
        <translation>especificación %1</translation>
    </message>
    <message>
        <source>The specification %1 has no version %2.</source>
        <translation>La especificación %1 no tiene versión %2.</translation>
    </message>
    <message>
        <source>mapping %1</source>
        <translation>asignación %1</translation>
    </message>
    <message>
        <source>No import specification named %1 in this workspace, and no such file.</source>
        <translation>No hay ninguna especificación de importación llamada %1 en este espacio de trabajo, ni existe ese archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importada de %1</translation>
    </message>
    <message>
        <source>the header row is a row number, 1 to %1</source>
        <translation>la fila de encabezado es un número de fila, de 1 a %1</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>Se importó %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is already in this workspace (SHA-256 %2); nothing changed.</source>
        <translation>%1 ya está en este espacio de trabajo (SHA-256 %2); no ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 rows were rejected and --keep-going was not given; the workspace is unchanged.</source>
        <translation>No se importó %1: se rechazaron %2 filas y no se indicó --keep-going; el espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <source>%1 was not imported; the workspace is unchanged.
%2</source>
        <translation>No se importó %1; el espacio de trabajo no ha cambiado.
%2</translation>
    </message>
    <message>
        <source>Import of %1 canceled; the workspace is unchanged.</source>
        <translation>Se canceló la importación de %1; el espacio de trabajo no ha cambiado.</translation>
    </message>
    <message>
        <source>Rows read: %1 · imported: %2 · skipped as duplicates: %3 · quarantined: %4</source>
        <translation>Filas leídas: %1 · importadas: %2 · omitidas por duplicadas: %3 · en cuarentena: %4</translation>
    </message>
    <message>
        <source>(rejected: %1)</source>
        <translation>(rechazadas: %1)</translation>
    </message>
</context>
<context>
    <name>IncidentSnapshot</name>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Extract file and the line this incident came from</source>
        <translation>Archivo de extracto y línea de donde procede este incidente</translation>
    </message>
    <message>
        <source>Source evaluation and information assessment, in the source&apos;s grading scheme</source>
        <translation>Evaluación de la fuente y de la información, en el esquema de calificación de la fuente</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Country of exploitation</source>
        <translation>País de explotación</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Explotación</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
</context>
<context>
    <name>IndicatorLibrary</name>
    <message>
        <source>no reporting threshold is set for the account&apos;s currency</source>
        <translation>no hay umbral de declaración fijado para la moneda de la cuenta</translation>
    </message>
    <message>
        <source>too little money in to judge its speed</source>
        <translation>entra demasiado poco dinero para juzgar su velocidad</translation>
    </message>
    <message>
        <source>too little money in to judge the balance kept</source>
        <translation>entra demasiado poco dinero para juzgar el saldo que se mantiene</translation>
    </message>
    <message>
        <source>the transactions cover fewer days than the indicator needs</source>
        <translation>las transacciones abarcan menos días de los que necesita el indicador</translation>
    </message>
    <message>
        <source>too few transactions to judge</source>
        <translation>muy pocas transacciones para juzgar</translation>
    </message>
    <message>
        <source>too little money out to judge where it goes</source>
        <translation>sale demasiado poco dinero para juzgar adónde va</translation>
    </message>
    <message>
        <source>too little money in to judge how much is cash</source>
        <translation>entra demasiado poco dinero para juzgar cuánto es efectivo</translation>
    </message>
    <message>
        <source>no outgoing payments with a time of day</source>
        <translation>no hay pagos salientes con hora del día</translation>
    </message>
    <message>
        <source>no card payments at these venues with a time of day</source>
        <translation>no hay pagos con tarjeta en estos establecimientos con hora del día</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>no money-flow graph: no transaction names a counterparty account</source>
        <translation>no hay grafo de flujos de dinero: ninguna transacción nombra una cuenta de contraparte</translation>
    </message>
</context>
<context>
    <name>KernelDensity</name>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The bandwidth must be a positive number of kilometres.</source>
        <translation>El ancho de banda debe ser un número positivo de kilómetros.</translation>
    </message>
</context>
<context>
    <name>KeyActors</name>
    <message>
        <source>lies on many shortest paths between others (betweenness %1, top %2 %)</source>
        <translation>está en muchos de los caminos más cortos entre otros (intermediación %1, %2 % superior)</translation>
    </message>
    <message>
        <source>broker: removing them splits the network</source>
        <translation>intermediario: si se elimina, la red se divide</translation>
    </message>
    <message>
        <source>linked to well-linked entities (PageRank %1)</source>
        <translation>vinculado a entidades bien vinculadas (PageRank %1)</translation>
    </message>
    <message>
        <source>%1 direct links</source>
        <translation>%1 vínculos directos</translation>
    </message>
    <message>
        <source>in the densest core (%1-core)</source>
        <translation>en el núcleo más denso (núcleo %1)</translation>
    </message>
</context>
<context>
    <name>LayerExport</name>
    <message>
        <source>Marking: %1</source>
        <translation>Marca: %1</translation>
    </message>
    <message>
        <source>Nothing may go: every incident asked for is withheld by the releasability check.</source>
        <translation>No puede salir nada: la comprobación de difusión retiene todos los incidentes solicitados.</translation>
    </message>
    <message>
        <source>Waymark incidents</source>
        <translation>Incidentes de Waymark</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Waymark routes</source>
        <translation>Rutas de Waymark</translation>
    </message>
    <message>
        <source>Waymark hotspots: %1, bandwidth %2 km</source>
        <translation>Puntos calientes de Waymark: %1, ancho de banda %2 km</translation>
    </message>
    <message>
        <source>Hot spot, %1 confidence</source>
        <translation>Punto caliente, confianza del %1</translation>
    </message>
    <message>
        <source>Cold spot, %1 confidence</source>
        <translation>Punto frío, confianza del %1</translation>
    </message>
    <message>
        <source>Waymark Getis-Ord Gi*: %1 km cells, %2 km band, FDR</source>
        <translation>Gi* de Getis-Ord de Waymark: celdas de %1 km, banda de %2 km, FDR</translation>
    </message>
</context>
<context>
    <name>LedgerReader</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Cannot read the accounts.</source>
        <translation>No se pueden leer las cuentas.</translation>
    </message>
    <message>
        <source>Scoring was canceled.</source>
        <translation>Se canceló la puntuación.</translation>
    </message>
    <message>
        <source>Cannot read the transactions.</source>
        <translation>No se pueden leer las transacciones.</translation>
    </message>
    <message>
        <source>Reading the transactions failed.</source>
        <translation>Falló la lectura de las transacciones.</translation>
    </message>
    <message>
        <source>Cannot read the money flows.</source>
        <translation>No se pueden leer los flujos de dinero.</translation>
    </message>
    <message>
        <source>Too many transactions to score at once.</source>
        <translation>Demasiadas transacciones para puntuarlas a la vez.</translation>
    </message>
    <message>
        <source>Too many different currencies to score.</source>
        <translation>Demasiadas divisas distintas para puntuar.</translation>
    </message>
    <message>
        <source>The transactions changed while they were read; score again.</source>
        <translation>Las transacciones cambiaron mientras se leían; vuelva a puntuar.</translation>
    </message>
    <message>
        <source>Too many accounts to score at once.</source>
        <translation>Demasiadas cuentas para puntuarlas a la vez.</translation>
    </message>
</context>
<context>
    <name>MapFigure</name>
    <message>
        <source>Waymark map</source>
        <translation>Mapa de Waymark</translation>
    </message>
</context>
<context>
    <name>MapModel</name>
    <message>
        <source>victims per 1,000 km²</source>
        <translation>víctimas por 1000 km²</translation>
    </message>
    <message>
        <source>Hotspots: %1, bandwidth %2 km</source>
        <translation>Puntos calientes: %1, ancho de banda %2 km</translation>
    </message>
    <message>
        <source>Benjamini–Hochberg FDR over %1 cells</source>
        <translation>FDR de Benjamini–Hochberg sobre %1 celdas</translation>
    </message>
    <message>
        <source>Emerging hotspots (Gi* at 95 %, %1; %2 km cells; %3)</source>
        <translation>Puntos calientes emergentes (Gi* al 95 %, %1; celdas de %2 km; %3)</translation>
    </message>
    <message>
        <source>Getis-Ord Gi*: %1 km cells, %2 km band, %3</source>
        <translation>Gi* de Getis-Ord: celdas de %1 km, banda de %2 km, %3</translation>
    </message>
    <message>
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>99 %</source>
        <translation>99 %</translation>
    </message>
    <message>
        <source>Hot spot, %1 confidence</source>
        <translation>Punto caliente, confianza del %1</translation>
    </message>
    <message>
        <source>Cold spot, %1 confidence</source>
        <translation>Punto frío, confianza del %1</translation>
    </message>
    <message>
        <source>Not claimed: %1</source>
        <translation>No afirmado: %1</translation>
    </message>
    <message>
        <source>%1 has no feature layers to draw</source>
        <translation>%1 no tiene capas de entidades que dibujar</translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · datos a %1</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>World</source>
        <translation>Mundo</translation>
    </message>
    <message>
        <source>Your layers</source>
        <translation>Sus capas</translation>
    </message>
    <message>
        <source>Victims by country</source>
        <translation>Víctimas por país</translation>
    </message>
    <message>
        <source>Hotspots (kernel density)</source>
        <translation>Puntos calientes (densidad kernel)</translation>
    </message>
    <message>
        <source>Significant hotspots (Gi*)</source>
        <translation>Puntos calientes significativos (Gi*)</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>unknown layer &apos;%1&apos; (known: %2)</source>
        <translation>capa desconocida &apos;%1&apos; (conocidas: %2)</translation>
    </message>
    <message>
        <source>Type not recorded</source>
        <translation>Tipo no registrado</translation>
    </message>
    <message>
        <source>Selected (%1)</source>
        <translation>Seleccionados (%1)</translation>
    </message>
    <message>
        <source>Routes: width = incidents</source>
        <translation>Rutas: ancho = incidentes</translation>
    </message>
    <message>
        <source>largest %1 of %2 routes shown</source>
        <translation>se muestran las %1 rutas más grandes de %2</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
</context>
<context>
    <name>MbTiles</name>
    <message>
        <source>%1 is not an MBTiles tile set: it has no &apos;tiles&apos; and &apos;metadata&apos; tables.</source>
        <translation>%1 no es un conjunto de teselas MBTiles: no tiene las tablas &apos;tiles&apos; y &apos;metadata&apos;.</translation>
    </message>
    <message>
        <source>%1: the MBTiles metadata cannot be read; the file may be damaged.</source>
        <translation>%1: no se pueden leer los metadatos MBTiles; el archivo puede estar dañado.</translation>
    </message>
    <message>
        <source>%1 is unsupported: vector tiles (format &apos;%2&apos;); Waymark reads raster tile sets (PNG, JPEG or WebP).</source>
        <translation>%1 no es compatible: teselas vectoriales (formato &apos;%2&apos;); Waymark lee conjuntos de teselas ráster (PNG, JPEG o WebP).</translation>
    </message>
    <message>
        <source>%1 is unsupported: tile format &apos;%2&apos;; Waymark reads PNG, JPEG or WebP tiles.</source>
        <translation>%1 no es compatible: formato de tesela &apos;%2&apos;; Waymark lee teselas PNG, JPEG o WebP.</translation>
    </message>
    <message>
        <source>%1 holds WebP tiles, which this installation cannot decode (the Qt image formats plugin is missing).</source>
        <translation>%1 contiene teselas WebP, que esta instalación no puede decodificar (falta el complemento de formatos de imagen de Qt).</translation>
    </message>
    <message>
        <source>%1: tile %2/%3/%4 cannot be read; the file may be damaged.</source>
        <translation>%1: no se puede leer la tesela %2/%3/%4; el archivo puede estar dañado.</translation>
    </message>
    <message>
        <source>%1: tile %2/%3/%4 is %5 × %6 pixels; Waymark draws tiles of up to %7 pixels a side.</source>
        <translation>%1: la tesela %2/%3/%4 mide %5 × %6 píxeles; Waymark dibuja teselas de hasta %7 píxeles de lado.</translation>
    </message>
    <message>
        <source>%1: tile %2/%3/%4 is not an image Waymark can decode.</source>
        <translation>%1: la tesela %2/%3/%4 no es una imagen que Waymark pueda decodificar.</translation>
    </message>
</context>
<context>
    <name>MeasuresTable</name>
    <message>
        <source>unknown metric %1 (known: %2)</source>
        <translation>métrica desconocida %1 (conocidas: %2)</translation>
    </message>
</context>
<context>
    <name>MoneyFlow</name>
    <message numerus="yes">
        <source>%1 → %2: %3 %4 in %n transfer(s), %5 – %6</source>
        <translation>
            <numerusform>%1 → %2: %3 %4 en %n transferencia, %5 – %6</numerusform>
            <numerusform>%1 → %2: %3 %4 en %n transferencias, %5 – %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OgrTableSource</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: password-protected spreadsheet: save it without a password and import again</source>
        <translation>%1: hoja de cálculo protegida con contraseña: guárdela sin contraseña e impórtela de nuevo</translation>
    </message>
    <message>
        <source>%1: an Excel 97–2003 workbook (.xls): save it as .xlsx and import again</source>
        <translation>%1: un libro de Excel 97–2003 (.xls): guárdelo como .xlsx e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot; (its sheets: %3)</source>
        <translation>%1 no tiene la hoja &quot;%2&quot; (sus hojas: %3)</translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot; (its layers: %3)</source>
        <translation>%1 no tiene la capa &quot;%2&quot; (sus capas: %3)</translation>
    </message>
    <message>
        <source>%1: formulas were imported as the values the spreadsheet last calculated; they were not recalculated</source>
        <translation>%1: las fórmulas se importaron con los valores que la hoja de cálculo calculó por última vez; no se recalcularon</translation>
    </message>
    <message>
        <source>%1: the table was not opened</source>
        <translation>%1: no se abrió la tabla</translation>
    </message>
    <message>
        <source>the rest of the table cannot be read: %1</source>
        <translation>no se puede leer el resto de la tabla: %1</translation>
    </message>
    <message>
        <source>%1 has no sheet or layer to read: it is empty or damaged</source>
        <translation>%1 no tiene ninguna hoja ni capa que leer: está vacío o dañado</translation>
    </message>
    <message>
        <source>%1: only the layer %2 was read; these layers have rows too: %3 (name one as the specification&apos;s layer to read it)</source>
        <translation>%1: solo se leyó la capa %2; estas capas también tienen filas: %3 (nombre una como capa de la especificación para leerla)</translation>
    </message>
    <message>
        <source>%1: text that is not UTF-8 was read as Latin-1 (ISO 8859-1); the layer does not say its code page (a shapefile&apos;s .cpg file)</source>
        <translation>%1: el texto que no es UTF-8 se leyó como Latin-1 (ISO 8859-1); la capa no indica su página de códigos (el archivo .cpg de un shapefile)</translation>
    </message>
    <message>
        <source>the number %1 is beyond what GDAL reads exactly (±9.2 × 10^18); it may have been larger in the file: give it as text</source>
        <translation>el número %1 supera lo que GDAL lee con exactitud (±9,2 × 10^18); puede que fuera mayor en el archivo: indíquelo como texto</translation>
    </message>
    <message>
        <source>the number %1 is the largest a whole-number column of this layer holds (±2,147,483,647); it may have been larger in the file: give it as text</source>
        <translation>el número %1 es el mayor que cabe en una columna de números enteros de esta capa (±2.147.483.647); puede que fuera mayor en el archivo: indíquelo como texto</translation>
    </message>
</context>
<context>
    <name>OgrToWgs84</name>
    <message>
        <source>the layer&apos;s coordinate system (%1) cannot be converted to longitude and latitude: %2</source>
        <translation>el sistema de coordenadas de la capa (%1) no se puede convertir a longitud y latitud: %2</translation>
    </message>
    <message>
        <source>the curved geometry cannot be approximated by lines</source>
        <translation>la geometría curva no se puede aproximar mediante líneas</translation>
    </message>
    <message>
        <source>its coordinates cannot be converted from %1 to longitude and latitude</source>
        <translation>sus coordenadas no se pueden convertir de %1 a longitud y latitud</translation>
    </message>
    <message>
        <source>the layer&apos;s coordinate system</source>
        <translation>el sistema de coordenadas de la capa</translation>
    </message>
    <message>
        <source>coordinates (%1…%2, %3…%4) are outside longitude ±180°, latitude ±90°</source>
        <translation>las coordenadas (%1…%2, %3…%4) están fuera de longitud ±180°, latitud ±90°</translation>
    </message>
    <message>
        <source>a coordinate is not a number</source>
        <translation>una coordenada no es un número</translation>
    </message>
</context>
<context>
    <name>OgrVectorFile</name>
    <message>
        <source>%1 has no layer %2</source>
        <translation>%1 no tiene la capa %2</translation>
    </message>
    <message>
        <source>Reading layer &apos;%1&apos; was canceled.</source>
        <translation>Se canceló la lectura de la capa &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 [%2]:feature %3: %4</source>
        <translation>%1 [%2]:entidad geográfica %3: %4</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>the disk may be full, or the file was taken away</source>
        <translation>puede que el disco esté lleno, o que el archivo se haya retirado</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>PajekReader</name>
    <message>
        <source>&quot;%1&quot; is not a vertex number from 1 to %2</source>
        <translation>&quot;%1&quot; no es un número de vértice entre 1 y %2</translation>
    </message>
    <message>
        <source>*Vertices needs the number of vertices</source>
        <translation>*Vertices necesita el número de vértices</translation>
    </message>
    <message>
        <source>%1 vertices: Waymark reads networks of up to %2</source>
        <translation>%1 vértices: Waymark lee redes de hasta %2</translation>
    </message>
    <message>
        <source>%1 sections are not read; use *Arcs or *Edges</source>
        <translation>las secciones %1 no se leen; use *Arcs o *Edges</translation>
    </message>
    <message>
        <source>unknown section %1</source>
        <translation>sección desconocida %1</translation>
    </message>
    <message>
        <source>not a Pajek network: it does not begin with *Vertices or *Network</source>
        <translation>no es una red Pajek: no empieza por *Vertices ni *Network</translation>
    </message>
    <message>
        <source>a tie needs two vertex numbers</source>
        <translation>un vínculo necesita dos números de vértice</translation>
    </message>
    <message>
        <source>the weight &quot;%1&quot; is not a number</source>
        <translation>el peso &quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <source>the weight is not a number above zero and up to 10^12 (signed ties are not read)</source>
        <translation>el peso no es un número mayor que cero y de hasta 10^12 (no se leen vínculos con signo)</translation>
    </message>
    <message>
        <source>not a Pajek network: there is no *Vertices line</source>
        <translation>no es una red Pajek: no hay ninguna línea *Vertices</translation>
    </message>
    <message>
        <source>vertex %1 is listed twice (first at line %2); the second is left out</source>
        <translation>el vértice %1 aparece dos veces (primero en la línea %2); se descarta el segundo</translation>
    </message>
    <message>
        <source>the tie of vertex %1 to itself is not read: a loop says nothing about who is linked to whom</source>
        <translation>el vínculo del vértice %1 consigo mismo no se lee: un bucle no dice nada de quién está vinculado con quién</translation>
    </message>
</context>
<context>
    <name>PathFinder</name>
    <message>
        <source>Select two entities of the chart to find a path between them.</source>
        <translation>Seleccione dos entidades del gráfico para buscar un camino entre ellas.</translation>
    </message>
    <message>
        <source>Select two different entities to find a path between them.</source>
        <translation>Seleccione dos entidades distintas para buscar un camino entre ellas.</translation>
    </message>
    <message>
        <source>No chain of links joins %1 and %2.</source>
        <translation>Ninguna cadena de vínculos une %1 y %2.</translation>
    </message>
    <message>
        <source>No chain of links joins %1 and %2 in time order (each link no earlier than the one before).</source>
        <translation>Ninguna cadena de vínculos une %1 y %2 en orden temporal (cada vínculo no anterior al previo).</translation>
    </message>
    <message>
        <source>%1 links without dates cannot be put in order and were left out.</source>
        <translation>%1 vínculos sin fecha no se pueden ordenar y se dejaron fuera.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>vínculo</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3, %4)</source>
        <translation>%1 → %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyDatabase</name>
    <message>
        <source>The %1 file %2 does not exist.</source>
        <translation>El archivo %1 %2 no existe.</translation>
    </message>
    <message>
        <source>The %1 file %2 could not be opened.</source>
        <translation>No se pudo abrir el archivo %1 %2.</translation>
    </message>
    <message>
        <source>The %1 %2 could not be opened.</source>
        <translation>No se pudo abrir %1 %2.</translation>
    </message>
    <message>
        <source>Not enough memory to open the %1 %2.</source>
        <translation>No hay memoria suficiente para abrir %1 %2.</translation>
    </message>
    <message>
        <source>%1 is not a %2: it is not a SQLite database, or it is damaged.</source>
        <translation>%1 no es %2: no es una base de datos SQLite, o está dañada.</translation>
    </message>
</context>
<context>
    <name>Releasability</name>
    <message>
        <source>5x5x5 handling code 2: may be disseminated to non-prosecuting parties; authorisation and records needed</source>
        <translation>Código de tratamiento 5x5x5 2: puede difundirse a partes que no ejercen la acusación; se requieren autorización y registros</translation>
    </message>
    <message>
        <source>5x5x5 handling code 3: may be disseminated to non-EU law enforcement; special conditions apply</source>
        <translation>Código de tratamiento 5x5x5 3: puede difundirse a fuerzas del orden de fuera de la UE; se aplican condiciones especiales</translation>
    </message>
    <message>
        <source>3x5x2 handling code C: conditions not recorded, ask the originator</source>
        <translation>Código de tratamiento 3x5x2 C: condiciones no registradas, consulte al originador</translation>
    </message>
    <message>
        <source>3x5x2 handling code C: %1</source>
        <translation>Código de tratamiento 3x5x2 C: %1</translation>
    </message>
    <message>
        <source>TLP:RED: for the named recipients only, never exported</source>
        <translation>TLP:RED: solo para los destinatarios nombrados, nunca se exporta</translation>
    </message>
    <message>
        <source>TLP:AMBER+STRICT: only within the analyst&apos;s own organisation</source>
        <translation>TLP:AMBER+STRICT: solo dentro de la propia organización del analista</translation>
    </message>
    <message>
        <source>5x5x5 handling code 4: may be disseminated within the originating agency only</source>
        <translation>Código de tratamiento 5x5x5 4: solo puede difundirse dentro del organismo originador</translation>
    </message>
    <message>
        <source>5x5x5 handling code 5: no further dissemination, refer to the originator</source>
        <translation>Código de tratamiento 5x5x5 5: sin difusión posterior, remítase al originador</translation>
    </message>
    <message>
        <source>3x5x2 handling code C whose conditions are not recorded</source>
        <translation>código de tratamiento 3x5x2 C cuyas condiciones no están registradas</translation>
    </message>
    <message>
        <source>a link end or an account holder that is itself withheld</source>
        <translation>un extremo de vínculo o un titular de cuenta que a su vez se retiene</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entidad</numerusform>
            <numerusform>%n entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>a partner, outside the own organisation</source>
        <translation>un socio, fuera de la propia organización</translation>
    </message>
    <message>
        <source>the own organisation</source>
        <translation>la propia organización</translation>
    </message>
    <message>
        <source>%1 (source %2, %3)</source>
        <translation>%1 (fuente %2, %3)</translation>
    </message>
    <message>
        <source>%1 (unmarked)</source>
        <translation>%1 (sin marca)</translation>
    </message>
    <message>
        <source>%1, no handling code</source>
        <translation>%1, sin código de tratamiento</translation>
    </message>
    <message>
        <source>Releasability check, for %1:</source>
        <translation>Comprobación de difusión, para %1:</translation>
    </message>
    <message>
        <source>asked for: %1</source>
        <translation>solicitado: %1</translation>
    </message>
    <message>
        <source>would go: %1</source>
        <translation>saldría: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>by TLP label:</source>
        <translation>por etiqueta TLP:</translation>
    </message>
    <message>
        <source>by handling code:</source>
        <translation>por código de tratamiento:</translation>
    </message>
    <message>
        <source>by source:</source>
        <translation>por fuente:</translation>
    </message>
    <message numerus="yes">
        <source>left out, %n record(s):</source>
        <translation>
            <numerusform>excluido, %n registro:</numerusform>
            <numerusform>excluidos, %n registros:</numerusform>
        </translation>
    </message>
    <message>
        <source>conditions carried with the export:</source>
        <translation>condiciones que acompañan a la exportación:</translation>
    </message>
    <message>
        <source>marking of the export: %1</source>
        <translation>marca de la exportación: %1</translation>
    </message>
    <message>
        <source>none (nothing goes)</source>
        <translation>ninguna (no sale nada)</translation>
    </message>
    <message>
        <source>figures:</source>
        <translation>figuras:</translation>
    </message>
</context>
<context>
    <name>ReportChecker</name>
    <message>
        <source>ICD 203: “%1” and “%2” come from its two different rows of terms; keep to one row.</source>
        <translation>ICD 203: “%1” y “%2” proceden de sus dos filas de términos distintas; use solo una fila.</translation>
    </message>
    <message>
        <source>ICD 203: “%1” and the likelihood term “%2” share a sentence; state confidence in a sentence of its own.</source>
        <translation>ICD 203: “%1” y el término de probabilidad “%2” comparten frase; exprese la confianza en una frase aparte.</translation>
    </message>
    <message>
        <source>“%1” carries no probability: state how likely, with a yardstick term.</source>
        <translation>“%1” no expresa ninguna probabilidad: indique cuán probable es, con un término de la escala.</translation>
    </message>
    <message>
        <source>%1 is outside “%2” (%3).</source>
        <translation>%1 está fuera de “%2” (%3).</translation>
    </message>
    <message>
        <source>The judgement has no yardstick probability.</source>
        <translation>El juicio no tiene probabilidad de la escala.</translation>
    </message>
    <message>
        <source>The statement says “%1” but the judgement is graded “%2”.</source>
        <translation>La afirmación dice “%1” pero el juicio está calificado como “%2”.</translation>
    </message>
    <message>
        <source>The judgement cites no evidence.</source>
        <translation>El juicio no cita ninguna prueba.</translation>
    </message>
    <message>
        <source>%1 %2 is no longer in the workspace (deleted by a later import); the judgement rests on evidence that cannot be checked.</source>
        <translation>%1 %2 ya no está en el espacio de trabajo (eliminado por una importación posterior); el juicio se basa en pruebas que no se pueden comprobar.</translation>
    </message>
    <message>
        <source>%1 %2 is graded %3 (unreliable or suspected false) and is cited without a caveat.</source>
        <translation>%1 %2 tiene la calificación %3 (no fiable o presuntamente falso) y se cita sin salvedad.</translation>
    </message>
    <message>
        <source>Figure %1 (%2) was drawn from the data as of %3, which has changed since: refresh it.</source>
        <translation>La figura %1 (%2) se dibujó con los datos a %3, que han cambiado desde entonces: actualícela.</translation>
    </message>
    <message>
        <source>“%1” is not on the probability scale of this report (%2): use one of its terms (%3 … %4).</source>
        <translation>“%1” no está en la escala de probabilidad de este informe (%2): use uno de sus términos (%3 … %4).</translation>
    </message>
    <message>
        <source>“%1” is not a term of this report&apos;s probability scale (%2).</source>
        <translation>“%1” no es un término de la escala de probabilidad de este informe (%2).</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>not graded</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>Key Judgement Report</source>
        <translation>Informe de juicios clave</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>The question, the period, the geography and the sources used.</source>
        <translation>La pregunta, el periodo, la geografía y las fuentes utilizadas.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>What the reader needs to know first.</source>
        <translation>Lo que el lector necesita saber primero.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>The argument, section by section, with figures.</source>
        <translation>La argumentación, sección por sección, con figuras.</translation>
    </message>
    <message>
        <source>Intelligence gaps</source>
        <translation>Lagunas de inteligencia</translation>
    </message>
    <message>
        <source>What we do not know that would change the judgements.</source>
        <translation>Lo que no sabemos y que cambiaría los juicios.</translation>
    </message>
    <message>
        <source>Outlook and recommendations</source>
        <translation>Perspectivas y recomendaciones</translation>
    </message>
    <message>
        <source>Safeguarding opportunities, disruption, where partners should look.</source>
        <translation>Oportunidades de protección, desarticulación, dónde deberían buscar los socios.</translation>
    </message>
    <message>
        <source>Route assessment</source>
        <translation>Evaluación de la ruta</translation>
    </message>
    <message>
        <source>The route or corridor, the period and the sources used.</source>
        <translation>La ruta o el corredor, el periodo y las fuentes utilizadas.</translation>
    </message>
    <message>
        <source>Origins, transit points and destinations known so far.</source>
        <translation>Orígenes, puntos de tránsito y destinos conocidos hasta ahora.</translation>
    </message>
    <message>
        <source>Volumes on the route, modes of transport, facilitators, changes over time; the route map.</source>
        <translation>Volúmenes en la ruta, medios de transporte, facilitadores, cambios en el tiempo; el mapa de la ruta.</translation>
    </message>
    <message>
        <source>Legs of the route we cannot see; sources we lack.</source>
        <translation>Tramos de la ruta que no vemos; fuentes que nos faltan.</translation>
    </message>
    <message>
        <source>Where to intervene along the route.</source>
        <translation>Dónde intervenir a lo largo de la ruta.</translation>
    </message>
    <message>
        <source>Typology brief</source>
        <translation>Nota de tipología</translation>
    </message>
    <message>
        <source>The typology, the accounts and period examined, the sources used.</source>
        <translation>La tipología, las cuentas y el periodo examinados, las fuentes utilizadas.</translation>
    </message>
    <message>
        <source>The financial red flags this typology shows (FinCEN, FATF).</source>
        <translation>Las señales de alerta financieras que muestra esta tipología (FinCEN, GAFI).</translation>
    </message>
    <message>
        <source>Accounts that match, with their scores and reasons.</source>
        <translation>Las cuentas que coinciden, con sus puntuaciones y motivos.</translation>
    </message>
    <message>
        <source>Data we lack: banks, periods, account holders.</source>
        <translation>Datos que nos faltan: bancos, periodos, titulares de cuentas.</translation>
    </message>
    <message>
        <source>What financial partners should look for.</source>
        <translation>Lo que deberían buscar los socios financieros.</translation>
    </message>
    <message>
        <source>judgement %1: %2 %3</source>
        <translation>juicio %1: %2 %3</translation>
    </message>
    <message>
        <source>The report was written by a newer Waymark or is damaged.</source>
        <translation>El informe lo escribió un Waymark más reciente o está dañado.</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referencia: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Data cut-off: %1</source>
        <translation>Fecha de corte de los datos: %1</translation>
    </message>
    <message>
        <source>Marking: %1</source>
        <translation>Marca: %1</translation>
    </message>
    <message>
        <source>Judgement %1: %2</source>
        <translation>Juicio %1: %2</translation>
    </message>
    <message>
        <source>Judgement %1 probability: %2</source>
        <translation>Probabilidad del juicio %1: %2</translation>
    </message>
    <message>
        <source>Judgement %1 confidence: %2 — %3</source>
        <translation>Confianza del juicio %1: %2 — %3</translation>
    </message>
    <message>
        <source>Judgement %1 check: %2</source>
        <translation>Comprobación del juicio %1: %2</translation>
    </message>
    <message>
        <source>Judgement %1 evidence: %2 %3 %4</source>
        <translation>Pruebas del juicio %1: %2 %3 %4</translation>
    </message>
    <message>
        <source>Figure: %1 (%2)</source>
        <translation>Figura: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>[image left out: not drawn by Waymark]</source>
        <translation>[imagen omitida: no la dibujó Waymark]</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Data cut-off</source>
        <translation>Fecha de corte de los datos</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Generated draft: the judgements, numbers and evidence below were produced by Waymark from the data. An analyst must check and rewrite them before this report is issued.</source>
        <translation>Borrador generado: Waymark produjo a partir de los datos los juicios, cifras y pruebas que siguen. Un analista debe comprobarlos y reescribirlos antes de difundir este informe.</translation>
    </message>
    <message>
        <source>Key judgements</source>
        <translation>Juicios clave</translation>
    </message>
    <message>
        <source>Annex A: Sources and their grades</source>
        <translation>Anexo A: Fuentes y sus calificaciones</translation>
    </message>
    <message>
        <source>Annex B: Probability yardstick and confidence</source>
        <translation>Anexo B: Escala de probabilidad y confianza</translation>
    </message>
    <message>
        <source>Annex C: Method — checks on generated judgements</source>
        <translation>Anexo C: Método — comprobaciones de los juicios generados</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generado</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Why we can say this (checks run):</source>
        <translation>Por qué podemos afirmarlo (comprobaciones realizadas):</translation>
    </message>
    <message>
        <source>No evidence cited.</source>
        <translation>No se cita ninguna prueba.</translation>
    </message>
    <message>
        <source>⚠ no longer in the workspace (deleted by a later import)</source>
        <translation>⚠ ya no está en el espacio de trabajo (eliminado por una importación posterior)</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>Salvedad</translation>
    </message>
    <message>
        <source>[Figure withheld in this redacted copy: it shows personal details.]</source>
        <translation>[Figura retenida en esta copia censurada: muestra datos personales.]</translation>
    </message>
    <message>
        <source>[Figure image missing.]</source>
        <translation>[Falta la imagen de la figura.]</translation>
    </message>
    <message>
        <source>Figure %1: %2. Filter: %3. Data as of %4.</source>
        <translation>Figura %1: %2. Filtro: %3. Datos a %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>No sources cited.</source>
        <translation>No se cita ninguna fuente.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Analytic confidence (high, moderate, low) is how sure we are of the basis of a judgement, judged as PHIA does on three criteria: the information base (its quality, corroboration and gaps), the analytical rigour of the reasoning, and the complexity and volatility of the issue. It is stated apart from probability.</source>
        <translation>La confianza analítica (alta, moderada, baja) expresa cuán seguros estamos de la base de un juicio, valorada como hace la PHIA según tres criterios: la base de información (su calidad, corroboración y lagunas), el rigor analítico del razonamiento, y la complejidad y volatilidad del asunto. Se indica aparte de la probabilidad.</translation>
    </message>
    <message>
        <source>Every statement Waymark generates (starter drafts, hotspot and emerging-hotspot layers, key actors, typology alerts) passes these checks before it is made. A check that fails either adds its caveat in plain words or stops the statement; each generated judgement lists the checks it passed, with their numbers.</source>
        <translation>Toda afirmación que genera Waymark (borradores iniciales, capas de puntos calientes y de puntos calientes emergentes, actores clave, alertas de tipología) pasa estas comprobaciones antes de formularse. Una comprobación que falla añade su salvedad en palabras sencillas o detiene la afirmación; cada juicio generado enumera las comprobaciones que superó, con sus cifras.</translation>
    </message>
    <message>
        <source>Exported from a workspace whose audit chain head was record %1, SHA-256 %2 (waymark audit verify prints it).</source>
        <translation>Exportado de un espacio de trabajo cuya cabeza de la cadena de auditoría era el registro %1, SHA-256 %2 (waymark audit verify la muestra).</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>No se pudo terminar el PDF.</translation>
    </message>
    <message>
        <source>The ODT document could not be written.</source>
        <translation>No se pudo escribir el documento ODT.</translation>
    </message>
    <message>
        <source>Every source the judgements cite, and every source of the incidents the generated counts and figures draw on, with its grade in its own scheme.</source>
        <translation>Cada fuente que citan los juicios, y cada fuente de los incidentes en los que se basan los recuentos y figuras generados, con su calificación en su propio sistema.</translation>
    </message>
    <message>
        <source>This report states probabilities in the terms of US ICD 203 (Analytic Standards). Its two rows of terms are equivalent and are not mixed, and no sentence combines a confidence level with a likelihood term.</source>
        <translation>Este informe expresa las probabilidades en los términos de la ICD 203 de EE. UU. (Analytic Standards). Sus dos filas de términos son equivalentes y no se mezclan, y ninguna frase combina un nivel de confianza con un término de probabilidad.</translation>
    </message>
    <message>
        <source>This report states probabilities in the terms of the UK Professional Head of Intelligence Assessment&apos;s probability yardstick (2025 wording).</source>
        <translation>Este informe expresa las probabilidades en los términos de la escala de probabilidad del Professional Head of Intelligence Assessment del Reino Unido (redacción de 2025).</translation>
    </message>
    <message>
        <source>[Figure left out of this copy: %1]</source>
        <translation>[Figura omitida en esta copia: %1]</translation>
    </message>
    <message>
        <source>No key judgement yet: Waymark drafts one only for a finding that passes its checks (Annex C), and none did. Write them from the assessment.</source>
        <translation>Aún no hay juicios clave: Waymark solo redacta uno para un hallazgo que supera sus comprobaciones (anexo C), y ninguno lo hizo. Redáctelos a partir de la evaluación.</translation>
    </message>
    <message>
        <source>No key judgement yet.</source>
        <translation>Aún no hay juicios clave.</translation>
    </message>
</context>
<context>
    <name>ReportRelease</name>
    <message>
        <source>figure %1 (%2)</source>
        <translation>figura %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: drawn again without %n record(s) that may not go (stored drawing not used)</source>
        <translation>
            <numerusform>%1: dibujada de nuevo sin %n registro que no puede salir (no se usó el dibujo guardado)</numerusform>
            <numerusform>%1: dibujada de nuevo sin %n registros que no pueden salir (no se usó el dibujo guardado)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left out, a placeholder in its place</source>
        <translation>%1: excluida, con un marcador de posición en su lugar</translation>
    </message>
    <message>
        <source>%1 drawn again, %2 left out, %3 as drawn</source>
        <translation>%1 dibujadas de nuevo, %2 excluidas, %3 tal como se dibujaron</translation>
    </message>
    <message>
        <source>it does not say what it was drawn from, and the workspace holds records that may not go to %1.</source>
        <translation>no indica a partir de qué se dibujó, y el espacio de trabajo contiene registros que no pueden ir a %1.</translation>
    </message>
    <message>
        <source>nothing it shows may go to %1.</source>
        <translation>nada de lo que muestra puede ir a %1.</translation>
    </message>
    <message>
        <source>it shows records that may not go to %1 and could not be drawn again without them: %2</source>
        <translation>muestra registros que no pueden ir a %1 y no se pudo volver a dibujar sin ellos: %2</translation>
    </message>
    <message numerus="yes">
        <source>drawn again for this copy without %n record(s) that may not go</source>
        <translation>
            <numerusform>dibujada de nuevo para esta copia sin %n registro que no puede salir</numerusform>
            <numerusform>dibujada de nuevo para esta copia sin %n registros que no pueden salir</numerusform>
        </translation>
    </message>
    <message>
        <source>drawn again for this copy</source>
        <translation>dibujada de nuevo para esta copia</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>A stored report is damaged.</source>
        <translation>Un informe guardado está dañado.</translation>
    </message>
    <message>
        <source>This report has not been stored yet.</source>
        <translation>Este informe aún no se ha guardado.</translation>
    </message>
    <message>
        <source>Report %1 is not in this workspace.</source>
        <translation>El informe %1 no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>edited from version %1 while version %2 was saved elsewhere</source>
        <translation>editado a partir de la versión %1 mientras se guardaba en otro lugar la versión %2</translation>
    </message>
    <message>
        <source>Report %1 was saved elsewhere (version %2) since you opened version %3. Nothing was overwritten: your text is saved as version %4 and theirs is kept as version %2. Compare them in the version history.</source>
        <translation>El informe %1 se guardó en otro lugar (versión %2) después de que usted abriera la versión %3. No se sobrescribió nada: su texto se guardó como versión %4 y el otro se conserva como versión %2. Compárelos en el historial de versiones.</translation>
    </message>
    <message>
        <source>Report %1 has no version %2.</source>
        <translation>El informe %1 no tiene versión %2.</translation>
    </message>
    <message>
        <source>No %1 with the key %2 in this workspace.</source>
        <translation>No hay ningún %1 con la clave %2 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Say why the finding is dismissed.</source>
        <translation>Indique por qué se descarta el hallazgo.</translation>
    </message>
</context>
<context>
    <name>RouteVolume</name>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>Incidents on %1 → %2 per %3</source>
        <translation>Incidentes en %1 → %2 por %3</translation>
    </message>
    <message numerus="yes">
        <source>%n dated too coarsely for a %1</source>
        <translation>
            <numerusform>%n fechado de forma demasiado imprecisa para un %1</numerusform>
            <numerusform>%n fechados de forma demasiado imprecisa para un %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated or out of range</source>
        <translation>
            <numerusform>%n sin fecha o fuera de rango</numerusform>
            <numerusform>%n sin fecha o fuera de rango</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the bars: %1.</source>
        <translation>No incluidos en las barras: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>The route “%1” cannot be read: write it ORIGIN&gt;DEST with two countries, e.g. “Nigeria&gt;Italy” or “NGA&gt;ITA”.</source>
        <translation>No se puede leer la ruta “%1”: escríbala ORIGEN&gt;DESTINO con dos países, p. ej. “Nigeria&gt;Italy” o “NGA&gt;ITA”.</translation>
    </message>
    <message>
        <source>“%1” in the route “%2” is not a country of this workspace.</source>
        <translation>“%1” en la ruta “%2” no es un país de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The route “%1” starts and ends in the same country: it is not a route.</source>
        <translation>La ruta “%1” empieza y termina en el mismo país: no es una ruta.</translation>
    </message>
</context>
<context>
    <name>RowDigest</name>
    <message>
        <source>%1: %2 rows when imported, %3 now</source>
        <translation>%1: %2 filas al importarse, %3 ahora</translation>
    </message>
    <message>
        <source>%1: %2 rows, but changed since the import</source>
        <translation>%1: %2 filas, pero modificadas desde la importación</translation>
    </message>
</context>
<context>
    <name>RtreePacker</name>
    <message>
        <source>The map index could not be written.</source>
        <translation>No se pudo escribir el índice del mapa.</translation>
    </message>
</context>
<context>
    <name>SampleGenerator</name>
    <message>
        <source>The number of incidents must be between 0 and 100,000,000.</source>
        <translation>El número de incidentes debe estar entre 0 y 100 000 000.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The sample extract could not be written to %1.</source>
        <translation>No se pudo escribir el extracto de muestra en %1.</translation>
    </message>
    <message>
        <source>The zip file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo zip %1.</translation>
    </message>
</context>
<context>
    <name>SampleTraps</name>
    <message>
        <source>Italy&apos;s incidents before July 2020 are located to the country only, later ones to a point.</source>
        <translation>Los incidentes de Italia anteriores a julio de 2020 están localizados solo en el país; los posteriores, en un punto.</translation>
    </message>
    <message>
        <source>A new reporting partner (S7) starts reporting in Madrid in 2021.</source>
        <translation>Un nuevo socio informante (S7) empieza a informar en Madrid en 2021.</translation>
    </message>
    <message>
        <source>One source (S2, regional news) reports a growing cluster in Lyon that no one else sees.</source>
        <translation>Una fuente (S2, prensa regional) informa de un grupo creciente en Lyon que nadie más ve.</translation>
    </message>
    <message>
        <source>A handful of incidents in Reykjavik in 2023.</source>
        <translation>Un puñado de incidentes en Reikiavik en 2023.</translation>
    </message>
    <message>
        <source>An ordinary account whose red flags all come from one unusual week (needs --workspace: written through the synthetic bank).</source>
        <translation>Una cuenta corriente cuyas señales de alerta proceden todas de una semana inusual (necesita --workspace: se escribe a través del banco sintético).</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>disparador</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>schema version %1 (Waymark knows 0 to %2)</source>
        <translation>versión de esquema %1 (Waymark conoce de 0 a %2)</translation>
    </message>
    <message>
        <source>%1 %2 is not Waymark&apos;s</source>
        <translation>%1 %2 no es de Waymark</translation>
    </message>
    <message>
        <source>%1 %2 was changed</source>
        <translation>%1 %2 se modificó</translation>
    </message>
    <message>
        <source>%1 %2 is missing</source>
        <translation>falta %1 %2</translation>
    </message>
    <message>
        <source>Schema version %1 is not one Waymark wrote.</source>
        <translation>La versión de esquema %1 no la escribió Waymark.</translation>
    </message>
</context>
<context>
    <name>ScorePresentation</name>
    <message numerus="yes">
        <source>; %n could not be assessed</source>
        <translation>
            <numerusform>; %n no se pudo evaluar</numerusform>
            <numerusform>; %n no se pudieron evaluar</numerusform>
        </translation>
    </message>
    <message>
        <source>Brier %1 over n = %2 labelled accounts (%3 cases), 5-fold cross-validated</source>
        <translation>Brier %1 sobre n = %2 cuentas etiquetadas (%3 casos), validación cruzada de 5 pliegues</translation>
    </message>
    <message>
        <source>Typology %1 has changed since it was calibrated (calibrated: version %2; now: version %3%4): scores are shown, not probabilities, until it is calibrated again.</source>
        <translation>La tipología %1 ha cambiado desde que se calibró (calibrada: versión %2; ahora: versión %3%4): se muestran puntuaciones, no probabilidades, hasta que se vuelva a calibrar.</translation>
    </message>
    <message>
        <source>, other weights</source>
        <translation>, otros pesos</translation>
    </message>
    <message>
        <source>%1 cannot be calibrated: too few labels (%2 labelled accounts; at least %3 are needed). Scores are shown instead.</source>
        <translation>No se puede calibrar %1: muy pocas etiquetas (%2 cuentas etiquetadas; se necesitan al menos %3). En su lugar se muestran puntuaciones.</translation>
    </message>
    <message>
        <source>%1 cannot be calibrated: the labels hold only %2 (%3 labelled accounts), and a probability needs both known cases and known clean accounts. Scores are shown instead.</source>
        <translation>No se puede calibrar %1: las etiquetas solo contienen %2 (%3 cuentas etiquetadas), y una probabilidad necesita tanto casos conocidos como cuentas limpias conocidas. En su lugar se muestran puntuaciones.</translation>
    </message>
    <message>
        <source>known cases</source>
        <translation>casos conocidos</translation>
    </message>
    <message>
        <source>known clean accounts</source>
        <translation>cuentas limpias conocidas</translation>
    </message>
    <message>
        <source>%1 cannot be calibrated: too few labels of one class (%2 cases, %3 clean; at least %4 of each are needed). Scores are shown instead.</source>
        <translation>No se puede calibrar %1: muy pocas etiquetas de una clase (%2 casos, %3 limpias; se necesitan al menos %4 de cada una). En su lugar se muestran puntuaciones.</translation>
    </message>
    <message>
        <source>uncalibrated score</source>
        <translation>puntuación sin calibrar</translation>
    </message>
    <message>
        <source>calibrated probability</source>
        <translation>probabilidad calibrada</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>expert weights, not calibrated on labelled accounts for this typology version</source>
        <translation>pesos de expertos, sin calibrar con cuentas etiquetadas para esta versión de la tipología</translation>
    </message>
    <message>
        <source>Score (uncalibrated, 0–100)</source>
        <translation>Puntuación (sin calibrar, 0–100)</translation>
    </message>
    <message>
        <source>Score or calibrated probability</source>
        <translation>Puntuación o probabilidad calibrada</translation>
    </message>
    <message>
        <source>Values are uncalibrated scores from expert weights (0–100, for ranking): they are not probabilities and carry no yardstick term.</source>
        <translation>Los valores son puntuaciones sin calibrar a partir de pesos de expertos (0–100, para ordenar): no son probabilidades y no llevan término de la escala.</translation>
    </message>
    <message>
        <source>Accounts led by %1 show a probability calibrated on labelled accounts, with its reliability; the others show uncalibrated scores (0–100, for ranking), which are not probabilities.</source>
        <translation>Las cuentas encabezadas por %1 muestran una probabilidad calibrada con cuentas etiquetadas, con su fiabilidad; las demás muestran puntuaciones sin calibrar (0–100, para ordenar), que no son probabilidades.</translation>
    </message>
    <message>
        <source>Not scored: %1.</source>
        <translation>Sin puntuar: %1.</translation>
    </message>
    <message>
        <source>None of the %1 red flags of %2 fired</source>
        <translation>No se activó ninguna de las %1 señales de alerta de %2</translation>
    </message>
    <message>
        <source>%1 of the %2 red flags of %3, strongest: %4 (%5 %6)</source>
        <translation>%1 de las %2 señales de alerta de %3; la más fuerte: %4 (%5 %6)</translation>
    </message>
    <message>
        <source>Calibrated probability %1 (%2, %3); %4.</source>
        <translation>Probabilidad calibrada %1 (%2, %3); %4.</translation>
    </message>
    <message>
        <source>Uncalibrated score %1 (for ranking, not a probability: %2).</source>
        <translation>Puntuación sin calibrar %1 (para ordenar, no es una probabilidad: %2).</translation>
    </message>
    <message>
        <source>Calibration curve (cross-validated): of the labelled accounts given a probability in each band, the share that were cases:</source>
        <translation>Curva de calibración (validación cruzada): de las cuentas etiquetadas a las que se asignó una probabilidad en cada franja, la proporción que eran casos:</translation>
    </message>
    <message numerus="yes">
        <source>  %1–%2: predicted %3, observed %4 of %n account(s)</source>
        <translation>
            <numerusform>  %1–%2: previsto %3, observado %4 de %n cuenta</numerusform>
            <numerusform>  %1–%2: previsto %3, observado %4 de %n cuentas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreRun</name>
    <message>
        <source>Score run %1 names typology version %2, which is not in the workspace.</source>
        <translation>La ejecución de puntuación %1 nombra la versión %2 de la tipología, que no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Too many account holders&apos; names to list.</source>
        <translation>Demasiados nombres de titulares de cuentas para enumerarlos.</translation>
    </message>
</context>
<context>
    <name>Scorer</name>
    <message>
        <source>no transactions</source>
        <translation>sin transacciones</translation>
    </message>
    <message numerus="yes">
        <source>all %n transaction(s) set aside as unusable</source>
        <translation>
            <numerusform>la %n transacción se apartó por no ser utilizable</numerusform>
            <numerusform>las %n transacciones se apartaron por no ser utilizables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n usable transaction(s); at least %1 are needed</source>
        <translation>
            <numerusform>solo %n transacción utilizable; se necesitan al menos %1</numerusform>
            <numerusform>solo %n transacciones utilizables; se necesitan al menos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>Not scored: %1.</source>
        <translation>Sin puntuar: %1.</translation>
    </message>
    <message>
        <source>Overall score %1 / 100 (uncalibrated: the expert weights&apos; output for at least one typology, not a probability).</source>
        <translation>Puntuación global %1 / 100 (sin calibrar: el resultado de los pesos de expertos para al menos una tipología, no una probabilidad).</translation>
    </message>
    <message>
        <source>Data: %1 transactions read, %2 duplicates counted once, %3 set aside (other currency or unusable amount).</source>
        <translation>Datos: %1 transacciones leídas, %2 duplicadas contadas una vez, %3 apartadas (otra moneda o importe no utilizable).</translation>
    </message>
    <message>
        <source>%1 (v%2): score %3 / 100, log-odds %4 = prior %5 (%6)</source>
        <translation>%1 (v%2): puntuación %3 / 100, log-odds %4 = a priori %5 (%6)</translation>
    </message>
    <message>
        <source>not assessable (%1)</source>
        <translation>no evaluable (%1)</translation>
    </message>
    <message>
        <source>transactions %1</source>
        <translation>transacciones %1</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>The search “%1” cannot be read (%2). Put a phrase in double quotes, end a word with * to match its beginning; AND, OR, NOT and NEAR are operators.</source>
        <translation>No se puede leer la búsqueda “%1” (%2). Ponga una frase entre comillas dobles, termine una palabra con * para buscar su comienzo; AND, OR, NOT y NEAR son operadores.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>People, businesses, phones…</source>
        <translation>Personas, empresas, teléfonos…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>report, saved %1</source>
        <translation>informe, guardado %1</translation>
    </message>
</context>
<context>
    <name>SharePackage</name>
    <message>
        <source>Nothing may go: every record the filter selects is withheld by the releasability check, so no package was written.</source>
        <translation>No puede salir nada: la comprobación de difusión retiene todos los registros que selecciona el filtro, por lo que no se ha escrito ningún paquete.</translation>
    </message>
    <message>
        <source>k must be 2 or more.</source>
        <translation>k debe ser 2 o más.</translation>
    </message>
    <message>
        <source>%1 cannot be written as a zip archive (error %2).</source>
        <translation>%1 no se puede escribir como archivo zip (error %2).</translation>
    </message>
    <message>
        <source>%1/%2 cannot be written.</source>
        <translation>%1/%2 no se puede escribir.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 no se puede escribir.</translation>
    </message>
    <message>
        <source>%1, with handling conditions (share.conditions)</source>
        <translation>%1, con condiciones de tratamiento (share.conditions)</translation>
    </message>
    <message>
        <source>manifest.json cannot be written.</source>
        <translation>manifest.json no se puede escribir.</translation>
    </message>
</context>
<context>
    <name>SharePolicy</name>
    <message>
        <source>The policy %1 cannot be read: %2</source>
        <translation>La política %1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>Error de sintaxis JSON: %1</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;waymark-share-policy&quot;</source>
        <translation>&quot;format&quot; debe ser &quot;waymark-share-policy&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1 (this Waymark reads share policies of version 1)</source>
        <translation>&quot;version&quot; debe ser 1 (este Waymark lee políticas de intercambio de la versión 1)</translation>
    </message>
    <message>
        <source>the action must be keep, pseudonymise or remove</source>
        <translation>la acción debe ser keep, pseudonymise o remove</translation>
    </message>
    <message>
        <source>not an entity type</source>
        <translation>no es un tipo de entidad</translation>
    </message>
    <message>
        <source>an entity&apos;s label is required: keep or pseudonymise it</source>
        <translation>la etiqueta de una entidad es obligatoria: consérvela o seudonimícela</translation>
    </message>
    <message>
        <source>no such field in the hub extract format</source>
        <translation>no existe ese campo en el formato de extracto del hub</translation>
    </message>
    <message>
        <source>always goes as it is (markings, types and references are not the policy&apos;s to change)</source>
        <translation>siempre sale tal cual (las marcas, los tipos y las referencias no los decide la política)</translation>
    </message>
    <message>
        <source>a code, date or number cannot be pseudonymised: keep or remove it</source>
        <translation>un código, una fecha o un número no se puede seudonimizar: consérvelo o elimínelo</translation>
    </message>
    <message>
        <source>the hub extract format requires it: keep or pseudonymise it</source>
        <translation>el formato de extracto del hub lo exige: consérvelo o seudonimícelo</translation>
    </message>
    <message>
        <source>the hub extract format requires it: the policy must say keep or pseudonymise</source>
        <translation>el formato de extracto del hub lo exige: la política debe indicar keep o pseudonymise</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>The signing key %1 is damaged.</source>
        <translation>La clave de firma %1 está dañada.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be written: %2</source>
        <translation>No se puede escribir la clave de firma %1: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>Cannot write the snapshot cache</source>
        <translation>No se puede escribir la caché de instantáneas</translation>
    </message>
    <message>
        <source>The snapshot cache is not usable</source>
        <translation>La caché de instantáneas no se puede usar</translation>
    </message>
    <message>
        <source>No snapshot cache</source>
        <translation>No hay caché de instantáneas</translation>
    </message>
</context>
<context>
    <name>SnapshotSource</name>
    <message>
        <source>No workspace is open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
</context>
<context>
    <name>SpecField</name>
    <message>
        <source>Key (unique id in the source)</source>
        <translation>Clave (id único en la fuente)</translation>
    </message>
    <message>
        <source>Date (year, month or day; a range of years)</source>
        <translation>Fecha (año, mes o día; un intervalo de años)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Origin (citizenship or start of route)</source>
        <translation>Origen (nacionalidad o inicio de la ruta)</translation>
    </message>
    <message>
        <source>Destination (country of exploitation)</source>
        <translation>Destino (país de explotación)</translation>
    </message>
    <message>
        <source>Types of exploitation (codes)</source>
        <translation>Tipos de explotación (códigos)</translation>
    </message>
    <message>
        <source>Labour sectors (codes)</source>
        <translation>Sectores laborales (códigos)</translation>
    </message>
    <message>
        <source>Forms of sexual exploitation (codes)</source>
        <translation>Formas de explotación sexual (códigos)</translation>
    </message>
    <message>
        <source>Means of control (codes)</source>
        <translation>Medios de control (códigos)</translation>
    </message>
    <message>
        <source>Recruiter relation (codes)</source>
        <translation>Relación con el captador (códigos)</translation>
    </message>
    <message>
        <source>Number of victims</source>
        <translation>Número de víctimas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Months trafficked (band)</source>
        <translation>Meses de trata (intervalo)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Information grade</source>
        <translation>Calificación de la información</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Incident (a record of this row)</source>
        <translation>Incidente (un registro de esta fila)</translation>
    </message>
    <message>
        <source>Leg number</source>
        <translation>Número de tramo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>Medio de transporte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Visto por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Entity (a record of this row)</source>
        <translation>Entidad (un registro de esta fila)</translation>
    </message>
    <message>
        <source>Role in the incident</source>
        <translation>Función en el incidente</translation>
    </message>
    <message>
        <source>Account holder (an entity)</source>
        <translation>Titular de la cuenta (una entidad)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Date or date and time</source>
        <translation>Fecha o fecha y hora</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Direction (in/out)</source>
        <translation>Dirección (entrada/salida)</translation>
    </message>
</context>
<context>
    <name>SpecGuesser</name>
    <message>
        <source>coordinates: %1 and %2, %3 % of %4 values in range</source>
        <translation>coordenadas: %1 y %2, %3 % de %4 valores dentro del rango</translation>
    </message>
    <message>
        <source>country: %1 % of %2 values are countries of the gazetteer</source>
        <translation>país: el %1 % de %2 valores son países del nomenclátor</translation>
    </message>
    <message>
        <source>ISO (YYYY, YYYY-MM, YYYY-MM-DD)</source>
        <translation>ISO (YYYY, YYYY-MM, YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a range of years</source>
        <translation>un intervalo de años</translation>
    </message>
    <message>
        <source>date: %1 % of %2 values parse as %3</source>
        <translation>fecha: el %1 % de %2 valores se interpretan como %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>case number: all %1 values are different and the header names an identifier</source>
        <translation>número de caso: los %1 valores son todos distintos y el encabezado indica un identificador</translation>
    </message>
    <message>
        <source>number of victims: %1 % of %2 values are whole numbers from %3 to %4</source>
        <translation>número de víctimas: el %1 % de %2 valores son números enteros de %3 a %4</translation>
    </message>
    <message>
        <source>gender: %1 % of %2 values are known genders</source>
        <translation>género: el %1 % de %2 valores son géneros conocidos</translation>
    </message>
    <message>
        <source>summary: the header names free text</source>
        <translation>resumen: el encabezado indica texto libre</translation>
    </message>
    <message>
        <source>route leg: from %1 to %2, one leg per row</source>
        <translation>tramo de ruta: de %1 a %2, un tramo por fila</translation>
    </message>
    <message>
        <source>people: the header names them; %1 % of %2 names look like names</source>
        <translation>personas: el encabezado las indica; el %1 % de %2 nombres parecen nombres</translation>
    </message>
    <message>
        <source>%1 % of %2 cells hold several, separated by &quot;%3&quot;</source>
        <translation>el %1 % de %2 celdas contienen varios, separados por &quot;%3&quot;</translation>
    </message>
    <message>
        <source>involvement: each person of %1 as %2 in the row&apos;s incident</source>
        <translation>implicación: cada persona de %1 como %2 en el incidente de la fila</translation>
    </message>
    <message>
        <source>country links from %1 to %2 (one route leg per row)</source>
        <translation>vínculos entre países de %1 a %2 (un tramo de ruta por fila)</translation>
    </message>
    <message>
        <source>incidents placed by %1</source>
        <translation>incidentes ubicados por %1</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidentes</translation>
    </message>
    <message>
        <source>dated by %1</source>
        <translation>fechados por %1</translation>
    </message>
    <message>
        <source>people from %1 as %2</source>
        <translation>personas de %1 como %2</translation>
    </message>
    <message>
        <source>header on row %1 (the rows above it are a title or notes), %2</source>
        <translation>encabezado en la fila %1 (las filas de encima son un título o notas), %2</translation>
    </message>
    <message>
        <source>types of exploitation: %1 % of %2 values are forms of exploitation</source>
        <translation>tipos de explotación: el %1 % de %2 valores son formas de explotación</translation>
    </message>
    <message>
        <source>age: %1 % of %2 values are ages in years, from %3 to %4, put in their bands</source>
        <translation>edad: el %1 % de %2 valores son edades en años, de %3 a %4, puestas en sus tramos</translation>
    </message>
    <message>
        <source>place: a city column, each city placed at its first row&apos;s %1/%2 in the country of %3</source>
        <translation>lugar: una columna de ciudades, cada ciudad situada en las %1/%2 de su primera fila, en el país de %3</translation>
    </message>
    <message>
        <source>place: a city column, each city placed at its first row&apos;s %1/%2</source>
        <translation>lugar: una columna de ciudades, cada ciudad situada en las %1/%2 de su primera fila</translation>
    </message>
</context>
<context>
    <name>SpecImporter</name>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or a range of years (2014-2018)</source>
        <translation>YYYY, YYYY-MM, YYYY-MM-DD o un intervalo de años (2014-2018)</translation>
    </message>
    <message>
        <source>the specification %1 reads a column &quot;%2&quot; (%3), which the header lacks</source>
        <translation>la especificación %1 lee una columna &quot;%2&quot; (%3) que no está en el encabezado</translation>
    </message>
    <message>
        <source>%1: the format &quot;%2&quot; has a { without its }</source>
        <translation>%1: el formato &quot;%2&quot; tiene una { sin su }</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the code list (%3)</source>
        <translation>%1: &quot;%2&quot; no está en la lista de códigos (%3)</translation>
    </message>
    <message>
        <source>%1: unknown country code &quot;%2&quot;</source>
        <translation>%1: código de país desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown place &quot;%2&quot;</source>
        <translation>%1: lugar desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown place &quot;%2&quot; and no coordinates</source>
        <translation>%1: lugar desconocido &quot;%2&quot; y sin coordenadas</translation>
    </message>
    <message>
        <source>longitude &quot;%1&quot; is out of range (-180 to 180)</source>
        <translation>la longitud &quot;%1&quot; está fuera de rango (-180 a 180)</translation>
    </message>
    <message>
        <source>latitude &quot;%1&quot; is out of range (-90 to 90)</source>
        <translation>la latitud &quot;%1&quot; está fuera de rango (-90 a 90)</translation>
    </message>
    <message>
        <source>%1: unknown country &quot;%2&quot;</source>
        <translation>%1: país desconocido &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected 1, 0, true, false, yes, no or missing, found &quot;%2&quot;</source>
        <translation>%1: se esperaba 1, 0, true, false, yes, no o vacío, se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <source>%1 must be a whole number, found &quot;%2&quot;</source>
        <translation>%1 debe ser un número entero; se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be %2</source>
        <translation>%1 no puede ser %2</translation>
    </message>
    <message>
        <source>%1 must be a number, found &quot;%2&quot;</source>
        <translation>%1 debe ser un número; se encontró &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a possible date (expected %3)</source>
        <translation>%1: &quot;%2&quot; no es una fecha posible (se esperaba %3)</translation>
    </message>
    <message>
        <source>%1: unknown code &quot;%2&quot; (expected %3)</source>
        <translation>%1: código desconocido &quot;%2&quot; (se esperaba %3)</translation>
    </message>
    <message>
        <source>%1: unknown value &quot;%2&quot; (expected %3)</source>
        <translation>%1: valor desconocido &quot;%2&quot; (se esperaba %3)</translation>
    </message>
    <message>
        <source>%1: this row would make %2 records; at most %3 are kept</source>
        <translation>%1: esta fila generaría %2 registros; se conservan como máximo %3</translation>
    </message>
    <message>
        <source>%1 of the %2 is missing</source>
        <translation>Falta %1 de %2</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected %2)</source>
        <translation>tipo de fuente desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>unknown grading scheme &quot;%1&quot; (expected %2)</source>
        <translation>esquema de calificación desconocido &quot;%1&quot; (se esperaba %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source grade of %2</source>
        <translation>&quot;%1&quot; no es una calificación de fuente de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an information grade of %2</source>
        <translation>&quot;%1&quot; no es una calificación de la información de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling code of %2</source>
        <translation>&quot;%1&quot; no es un código de tratamiento de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLP 2.0 label (%2)</source>
        <translation>&quot;%1&quot; no es una etiqueta TLP 2.0 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an information grade of the source&apos;s scheme %2</source>
        <translation>&quot;%1&quot; no es una calificación de la información del esquema %2 de la fuente</translation>
    </message>
    <message>
        <source>%1 (new place at %2, %3)</source>
        <translation>%1 (nuevo lugar en %2, %3)</translation>
    </message>
    <message>
        <source>The specification %1 is a bank column mapping; it is run by the transaction reader.</source>
        <translation>La especificación %1 es una asignación de columnas bancaria; la ejecuta el lector de transacciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out by the conditions of the specification %1.</source>
        <translation>
            <numerusform>%n fila excluida por las condiciones de la especificación %1.</numerusform>
            <numerusform>%n filas excluidas por las condiciones de la especificación %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) not in the gazetteer were added at their coordinates; their country is the one given, or else the country whose centre is nearest.</source>
        <translation>
            <numerusform>%n lugar que no figura en el nomenclátor se añadió en sus coordenadas; su país es el indicado o, en su defecto, el país cuyo centro está más cerca.</numerusform>
            <numerusform>%n lugares que no figuran en el nomenclátor se añadieron en sus coordenadas; su país es el indicado o, en su defecto, el país cuyo centro está más cerca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by the specification %1 (version %2): %3.</source>
        <translation>Escrito por la especificación %1 (versión %2): %3.</translation>
    </message>
    <message>
        <source>the latitude is missing: a longitude alone is not a point</source>
        <translation>falta la latitud: una longitud sola no es un punto</translation>
    </message>
    <message>
        <source>the longitude is missing: a latitude alone is not a point</source>
        <translation>falta la longitud: una latitud sola no es un punto</translation>
    </message>
    <message>
        <source>; if this file writes decimals with a point, set the column&apos;s decimal mark to &quot;.&quot;</source>
        <translation>; si este archivo escribe los decimales con punto, ponga el separador decimal de la columna en «.»</translation>
    </message>
    <message>
        <source>; if this file writes decimals with a comma, set the column&apos;s decimal mark to &quot;,&quot;</source>
        <translation>; si este archivo escribe los decimales con coma, ponga el separador decimal de la columna en «,»</translation>
    </message>
</context>
<context>
    <name>SpecificationEditor</name>
    <message>
        <source>&quot;%1&quot; is not a condition: %2</source>
        <translation>&quot;%1&quot; no es una condición: %2</translation>
    </message>
    <message>
        <source>write column = value, column != value, column ~ regex, column !~ regex, column is empty or column is not empty</source>
        <translation>escriba columna = valor, columna != valor, columna ~ regex, columna !~ regex, columna is empty o columna is not empty</translation>
    </message>
    <message>
        <source>the regular expression is not valid (%1)</source>
        <translation>la expresión regular no es válida (%1)</translation>
    </message>
    <message>
        <source>it names no column</source>
        <translation>no nombra ninguna columna</translation>
    </message>
</context>
<context>
    <name>StarterDraft</name>
    <message>
        <source>The route map could not be drawn.</source>
        <translation>No se pudo dibujar el mapa de rutas.</translation>
    </message>
    <message>
        <source>Starter draft: %1</source>
        <translation>Borrador inicial: %1</translation>
    </message>
    <message>
        <source>all incidents</source>
        <translation>todos los incidentes</translation>
    </message>
    <message>
        <source>Reading incidents</source>
        <translation>Leyendo los incidentes</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>all incidents in the workspace</source>
        <translation>todos los incidentes del espacio de trabajo</translation>
    </message>
    <message>
        <source>Aggregating routes</source>
        <translation>Agregando las rutas</translation>
    </message>
    <message>
        <source>It is likely that %1 → %2 is the leading trafficking route in this period: it carried %3 of the %4 incidents with a known route, with %5 victims.</source>
        <translation>Es probable que %1 → %2 sea la principal ruta de trata en este periodo: registró %3 de los %4 incidentes con ruta conocida, con %5 víctimas.</translation>
    </message>
    <message>
        <source>Counted from recorded route legs; %1 incidents have no route recorded.</source>
        <translation>Contado a partir de los tramos de ruta registrados; %1 incidentes no tienen ruta registrada.</translation>
    </message>
    <message>
        <source>Leading routes (incidents with a recorded route: %1).</source>
        <translation>Rutas principales (incidentes con ruta registrada: %1).</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <source>Finding emerging hotspots</source>
        <translation>Buscando puntos calientes emergentes</translation>
    </message>
    <message>
        <source>Ranking key actors</source>
        <translation>Clasificando los actores clave</translation>
    </message>
    <message>
        <source>Key actors in the link graph (people):</source>
        <translation>Actores clave en el grafo de vínculos (personas):</translation>
    </message>
    <message>
        <source>, a broker between groups</source>
        <translation>, un intermediario entre grupos</translation>
    </message>
    <message>
        <source> and a broker between groups</source>
        <translation> y un intermediario entre grupos</translation>
    </message>
    <message>
        <source>Ranked by betweenness, PageRank and degree over the recorded links; links are only as good as the reporting.</source>
        <translation>Clasificados por intermediación, PageRank y grado sobre los vínculos registrados; los vínculos valen lo que vale la información.</translation>
    </message>
    <message>
        <source>Reading the typology alerts</source>
        <translation>Leyendo las alertas de tipología</translation>
    </message>
    <message>
        <source>No accounts have been scored in this workspace: score them in the Accounts tab and draft again to include the typology alerts.</source>
        <translation>No se ha puntuado ninguna cuenta en este espacio de trabajo: puntúelas en la pestaña Cuentas y vuelva a generar el borrador para incluir las alertas de tipología.</translation>
    </message>
    <message>
        <source>No account reached the alert threshold (score 50 / 100, or a calibrated probability of 50 %) in score run %1 (%2, %3 accounts).</source>
        <translation>Ninguna cuenta alcanzó el umbral de alerta (puntuación 50 / 100, o una probabilidad calibrada del 50 %) en la ejecución de puntuación %1 (%2, %3 cuentas).</translation>
    </message>
    <message numerus="yes">
        <source>Typology alerts, score run %1 of %2: %n account(s) at the alert threshold or above.</source>
        <translation>
            <numerusform>Alertas de tipología, ejecución de puntuación %1 de %2: %n cuenta en el umbral de alerta o por encima.</numerusform>
            <numerusform>Alertas de tipología, ejecución de puntuación %1 de %2: %n cuentas en el umbral de alerta o por encima.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Mostrado como</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Yardstick</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Leading typology</source>
        <translation>Tipología principal</translation>
    </message>
    <message>
        <source>Not stated as judgements: %1</source>
        <translation>No se presentan como juicios: %1</translation>
    </message>
    <message numerus="yes">
        <source>It is %1 that account %2 shows the financial behaviour of %3: its probability, calibrated on labelled accounts, is %4 in score run %5, one of %n account(s) over the alert threshold.</source>
        <translation>
            <numerusform>Es %1 que la cuenta %2 muestre el comportamiento financiero de %3: su probabilidad, calibrada con cuentas etiquetadas, es %4 en la ejecución de puntuación %5, la única cuenta por encima del umbral de alerta.</numerusform>
            <numerusform>Es %1 que la cuenta %2 muestre el comportamiento financiero de %3: su probabilidad, calibrada con cuentas etiquetadas, es %4 en la ejecución de puntuación %5, una de las %n cuentas por encima del umbral de alerta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transactions compared with the typologies&apos; red flags, calibrated on labelled accounts (%1); a probability is not proof of trafficking.</source>
        <translation>Transacciones comparadas con las señales de alerta de las tipologías, calibradas con cuentas etiquetadas (%1); una probabilidad no es una prueba de trata.</translation>
    </message>
    <message>
        <source>[Generated by Waymark from the data: check every number and rewrite.]</source>
        <translation>[Generado por Waymark a partir de los datos: compruebe cada cifra y reescriba.]</translation>
    </message>
    <message>
        <source>Period and filter: %1. Sources of incidents: %2.</source>
        <translation>Periodo y filtro: %1. Fuentes de los incidentes: %2.</translation>
    </message>
    <message>
        <source>%1 incidents with %2 victims match the filter; data as of %3.</source>
        <translation>%1 incidentes con %2 víctimas coinciden con el filtro; datos a %3.</translation>
    </message>
    <message>
        <source>%1 incidents in the window have no recorded route. Reporting is uneven between partners and places.</source>
        <translation>%1 incidentes de la ventana no tienen ruta registrada. La información es desigual entre socios y lugares.</translation>
    </message>
    <message>
        <source>Drawing the route map</source>
        <translation>Dibujando el mapa de rutas</translation>
    </message>
    <message>
        <source>Routes and incidents (generated)</source>
        <translation>Rutas e incidentes (generado)</translation>
    </message>
    <message>
        <source>It is %1 that the area around %2 is an emerging hotspot: %3 incidents within %4 km in %5 against %6 in %7, from sources that reported there in both periods, a rise beyond the change in all reporting (Gi* z = %8, corrected for multiple testing).</source>
        <translation>Es %1 que la zona en torno a %2 sea un punto caliente emergente: %3 incidentes en un radio de %4 km en %5 frente a %6 en %7, de fuentes que informaron allí en ambos periodos, un aumento mayor que el cambio en toda la información (Gi* z = %8, corregido por pruebas múltiples).</translation>
    </message>
    <message>
        <source>Getis-Ord Gi* hot at 95 % after the Benjamini–Hochberg false discovery rate correction; only incidents located to a point and dated within one period are compared; depends on where incidents are reported.</source>
        <translation>Gi* de Getis-Ord caliente al 95 % tras la corrección de la tasa de falsos descubrimientos de Benjamini–Hochberg; solo se comparan los incidentes localizados en un punto y fechados dentro de un periodo; depende de dónde se informa de los incidentes.</translation>
    </message>
    <message>
        <source>Emerging hotspots, %1 (Getis-Ord Gi*, Benjamini–Hochberg false discovery rate over %2 cells; incidents located to a point and dated within one period):</source>
        <translation>Puntos calientes emergentes, %1 (Gi* de Getis-Ord, tasa de falsos descubrimientos de Benjamini–Hochberg sobre %2 celdas; incidentes localizados en un punto y fechados dentro de un periodo):</translation>
    </message>
    <message>
        <source>No cell is a new or intensifying hotspot after the correction.</source>
        <translation>Ninguna celda es un punto caliente nuevo o que se intensifica tras la corrección.</translation>
    </message>
    <message>
        <source>%1: %2, %3 incidents against %4 before, Gi* z = %5</source>
        <translation>%1: %2, %3 incidentes frente a %4 antes, Gi* z = %5</translation>
    </message>
    <message>
        <source>No emerging hotspot is claimed: each candidate failed an artefact check, as listed. The apparent rises say more about reporting than about trafficking.</source>
        <translation>No se afirma ningún punto caliente emergente: cada candidato falló una comprobación de artefactos, como se indica. Los aumentos aparentes dicen más de la información que de la trata.</translation>
    </message>
    <message>
        <source>links recorded on the entity itself (its phones and accounts not folded in)</source>
        <translation>vínculos registrados en la propia entidad (sin incluir sus teléfonos y cuentas)</translation>
    </message>
    <message>
        <source>source not recorded</source>
        <translation>fuente no registrada</translation>
    </message>
    <message>
        <source>red-flag transactions</source>
        <translation>transacciones con señales de alerta</translation>
    </message>
    <message>
        <source>Of these, %1 are located to a point, %2 only to a country and %3 not at all; %4 are dated to a day, %5 only to a month, %6 only to a year or more coarsely and %7 not at all.</source>
        <translation>De ellos, %1 están localizados en un punto, %2 solo en un país y %3 en ninguna parte; %4 están fechados al día, %5 solo al mes, %6 solo al año o con menos precisión y %7 no tienen fecha.</translation>
    </message>
    <message>
        <source>%1 of them are known only to a month or a year that runs over the edge of the window: they are counted here but not used for claims at a finer grain.</source>
        <translation>%1 de ellos solo se conocen por un mes o un año que sobrepasa el límite de la ventana: se cuentan aquí pero no se usan para afirmaciones más detalladas.</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>ventana temporal</translation>
    </message>
    <message>
        <source>%1 links with its phones and accounts</source>
        <translation>%1 vínculos con sus teléfonos y cuentas</translation>
    </message>
    <message>
        <source>It is likely that %1 is a key actor in the network%3, with %2 links counting those of the phones and accounts it uses; %4 and %5 also rank high.</source>
        <translation>Es probable que %1 sea un actor clave de la red%3, con %2 vínculos contando los de los teléfonos y cuentas que usa; %4 y %5 también ocupan puestos altos.</translation>
    </message>
    <message>
        <source>The counts are of the incidents within %1 km of the Gi* cell centred at %2, %3; the area is named by where most of them are.</source>
        <translation>Los recuentos son de los incidentes a menos de %1 km de la celda Gi* centrada en %2, %3; la zona se nombra por donde está la mayoría de ellos.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The workspace could not prepare a query.</source>
        <translation>El espacio de trabajo no pudo preparar una consulta.</translation>
    </message>
    <message>
        <source>The workspace refused a change: %1</source>
        <translation>El espacio de trabajo rechazó un cambio: %1</translation>
    </message>
</context>
<context>
    <name>StixBundle</name>
    <message>
        <source>not JSON: %1</source>
        <translation>no es JSON: %1</translation>
    </message>
    <message>
        <source>not a STIX bundle: the root object&apos;s type is not &quot;bundle&quot;</source>
        <translation>no es un paquete STIX: el tipo del objeto raíz no es &quot;bundle&quot;</translation>
    </message>
    <message>
        <source>the bundle has no objects list</source>
        <translation>el paquete no tiene lista de objetos</translation>
    </message>
    <message>
        <source>object %1 (objects[%2]): its id is not %3--UUID</source>
        <translation>objeto %1 (objects[%2]): su id no es %3--UUID</translation>
    </message>
    <message>
        <source>object %1, property %2: %3 is not in the bundle</source>
        <translation>objeto %1, propiedad %2: %3 no está en el paquete</translation>
    </message>
</context>
<context>
    <name>StixExport</name>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>the whole workspace</source>
        <translation>todo el espacio de trabajo</translation>
    </message>
    <message>
        <source>Waymark selection: %1</source>
        <translation>Selección de Waymark: %1</translation>
    </message>
    <message>
        <source>Key judgement %1</source>
        <translation>Juicio clave %1</translation>
    </message>
    <message>
        <source>Probability: %1. Confidence: %2.</source>
        <translation>Probabilidad: %1. Confianza: %2.</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>Figura %1</translation>
    </message>
    <message>
        <source>Nothing may go: every record asked for is withheld by the releasability check, so no bundle was written.</source>
        <translation>No puede salir nada: la comprobación de difusión retiene todos los registros solicitados, por lo que no se ha escrito ningún paquete.</translation>
    </message>
    <message>
        <source>The bundle breaks a STIX 2.1 rule: %1</source>
        <translation>El paquete incumple una regla de STIX 2.1: %1</translation>
    </message>
</context>
<context>
    <name>StixImporter</name>
    <message>
        <source>object %1, property %2: %3</source>
        <translation>objeto %1, propiedad %2: %3</translation>
    </message>
    <message>
        <source>STIX bundle %1</source>
        <translation>Paquete STIX %1</translation>
    </message>
    <message>
        <source>%1 (STIX)</source>
        <translation>%1 (STIX)</translation>
    </message>
    <message>
        <source>an identity needs a name</source>
        <translation>una identidad necesita un nombre</translation>
    </message>
    <message>
        <source>an e-mail address needs a value</source>
        <translation>una dirección de correo electrónico necesita un valor</translation>
    </message>
    <message>
        <source>%1, %2 is not on the Earth</source>
        <translation>%1, %2 no está en la Tierra</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; no es una fecha</translation>
    </message>
    <message>
        <source>its end was not imported (see the rows before)</source>
        <translation>su extremo no se importó (véanse las filas anteriores)</translation>
    </message>
    <message numerus="yes">
        <source>%n STIX object(s) of types Waymark does not map (%1) kept as &quot;other&quot; entities, the whole object in their attributes.</source>
        <translation>
            <numerusform>%n objeto STIX de tipos sin correspondencia en Waymark (%1) conservado como entidad &quot;otro&quot;, con el objeto completo en sus atributos.</numerusform>
            <numerusform>%n objetos STIX de tipos sin correspondencia en Waymark (%1) conservados como entidades &quot;otro&quot;, con el objeto completo en sus atributos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>StixRules</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>must be &quot;bundle&quot;</source>
        <translation>debe ser &quot;bundle&quot;</translation>
    </message>
    <message>
        <source>must be bundle--UUID</source>
        <translation>debe ser bundle--UUID</translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation>debe ser una lista de objetos</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>missing, or not lower-case letters, digits and hyphens</source>
        <translation>falta o no está formado por letras minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>must be %1--UUID (RFC 4122)</source>
        <translation>debe ser %1--UUID (RFC 4122)</translation>
    </message>
    <message>
        <source>must be &quot;2.1&quot;</source>
        <translation>debe ser &quot;2.1&quot;</translation>
    </message>
    <message>
        <source>required, missing</source>
        <translation>obligatorio, falta</translation>
    </message>
    <message>
        <source>not an RFC 3339 timestamp in UTC (YYYY-MM-DDTHH:MM:SS[.s]Z)</source>
        <translation>no es una marca de tiempo RFC 3339 en UTC (AAAA-MM-DDTHH:MM:SS[.s]Z)</translation>
    </message>
    <message>
        <source>earlier than created</source>
        <translation>anterior a created</translation>
    </message>
    <message>
        <source>required, missing or empty</source>
        <translation>obligatorio, falta o está vacío</translation>
    </message>
    <message>
        <source>a location needs a region, a country, or a latitude and a longitude</source>
        <translation>una ubicación necesita una región, un país, o una latitud y una longitud</translation>
    </message>
    <message>
        <source>latitude and longitude go together</source>
        <translation>la latitud y la longitud van juntas</translation>
    </message>
    <message>
        <source>outside -90..90 / -180..180</source>
        <translation>fuera de -90..90 / -180..180</translation>
    </message>
    <message>
        <source>not in identity-class-ov</source>
        <translation>no está en identity-class-ov</translation>
    </message>
    <message>
        <source>lower-case letters, digits and hyphens only</source>
        <translation>solo letras minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>a marking definition needs definition_type and definition, or an extension</source>
        <translation>una definición de marca necesita definition_type y definition, o una extensión</translation>
    </message>
    <message>
        <source>must be a non-empty list of identifiers</source>
        <translation>debe ser una lista no vacía de identificadores</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier</source>
        <translation>&quot;%1&quot; no es un identificador</translation>
    </message>
    <message>
        <source>%1 is not in the bundle</source>
        <translation>%1 no está en el bundle</translation>
    </message>
    <message>
        <source>%1 must point to %2</source>
        <translation>%1 debe apuntar a %2</translation>
    </message>
    <message>
        <source>%1 must point to a domain or observable object</source>
        <translation>%1 debe apuntar a un objeto de dominio u observable</translation>
    </message>
</context>
<context>
    <name>SyntheticBank</name>
    <message>
        <source>The generator needs at least one account.</source>
        <translation>El generador necesita al menos una cuenta.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write transactions.</source>
        <translation>No se pueden escribir las transacciones.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>TableCsvExport</name>
    <message>
        <source>Nothing may go: every row asked for is withheld by the releasability check.</source>
        <translation>No puede salir nada: la comprobación de difusión retiene todas las filas solicitadas.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>TableSourceFactory</name>
    <message>
        <source>%1: unsupported format (.%2); Waymark reads tables from %3</source>
        <translation>%1: formato no admitido (.%2); Waymark lee tablas de %3</translation>
    </message>
    <message>
        <source>the table has no row %1 to be its header; set the header row to the row of the column names</source>
        <translation>la tabla no tiene fila %1 que sirva de encabezado; indique como fila de encabezado la de los nombres de columna</translation>
    </message>
    <message>
        <source>row %1 is empty or unreadable and cannot be the header; set the header row to the row of the column names</source>
        <translation>la fila %1 está vacía o es ilegible y no puede ser el encabezado; indique como fila de encabezado la de los nombres de columna</translation>
    </message>
    <message>
        <source>column %1 appears twice in the header</source>
        <translation>la columna %1 aparece dos veces en el encabezado</translation>
    </message>
    <message numerus="yes">
        <source>%1: the header is row %2; the %n row(s) with a value above it were not read as data</source>
        <translation>
            <numerusform>%1: el encabezado es la fila %2; la fila con valores de encima no se leyó como datos</numerusform>
            <numerusform>%1: el encabezado es la fila %2; las %n filas con valores de encima no se leyeron como datos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Sexual exploitation</source>
        <translation>Explotación sexual</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>Trabajo forzoso</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>Criminalidad forzada</translation>
    </message>
    <message>
        <source>Domestic servitude</source>
        <translation>Servidumbre doméstica</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Matrimonio forzado</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Extracción de órganos</translation>
    </message>
    <message>
        <source>Child soldiers / forced military</source>
        <translation>Niños soldado / servicio militar forzoso</translation>
    </message>
    <message>
        <source>Slavery and similar practices</source>
        <translation>Esclavitud y prácticas análogas</translation>
    </message>
    <message>
        <source>Other exploitation</source>
        <translation>Otra explotación</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agricultura</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construcción</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>Trabajo doméstico</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Hostelería</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Manufactura</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>Pesca</translation>
    </message>
    <message>
        <source>Begging</source>
        <translation>Mendicidad</translation>
    </message>
    <message>
        <source>Car washes</source>
        <translation>Lavaderos de coches</translation>
    </message>
    <message>
        <source>Nail bars</source>
        <translation>Salones de manicura</translation>
    </message>
    <message>
        <source>Cannabis cultivation</source>
        <translation>Cultivo de cannabis</translation>
    </message>
    <message>
        <source>Other sector</source>
        <translation>Otro sector</translation>
    </message>
    <message>
        <source>Aquafarming</source>
        <translation>Acuicultura</translation>
    </message>
    <message>
        <source>Illicit activities</source>
        <translation>Actividades ilícitas</translation>
    </message>
    <message>
        <source>Mining or drilling</source>
        <translation>Minería o perforación</translation>
    </message>
    <message>
        <source>Peddling</source>
        <translation>Venta ambulante</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Prostitution</source>
        <translation>Prostitución</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>Pornografía</translation>
    </message>
    <message>
        <source>Other sexual exploitation</source>
        <translation>Otra explotación sexual</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation>Servidumbre por deudas</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Amenazas</translation>
    </message>
    <message>
        <source>Psychological, physical or sexual abuse</source>
        <translation>Abuso psicológico, físico o sexual</translation>
    </message>
    <message>
        <source>False promises</source>
        <translation>Falsas promesas</translation>
    </message>
    <message>
        <source>Drugs or alcohol</source>
        <translation>Drogas o alcohol</translation>
    </message>
    <message>
        <source>Denial of basic needs</source>
        <translation>Privación de necesidades básicas</translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation>Jornadas laborales excesivas</translation>
    </message>
    <message>
        <source>Withholding documents</source>
        <translation>Retención de documentos</translation>
    </message>
    <message>
        <source>Intimate partner</source>
        <translation>Pareja íntima</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Other relation</source>
        <translation>Otra relación</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Trans / non-conforming</source>
        <translation>Trans / no conforme</translation>
    </message>
    <message>
        <source>Partner case data</source>
        <translation>Datos de casos de socios</translation>
    </message>
    <message>
        <source>Open sources</source>
        <translation>Fuentes abiertas</translation>
    </message>
    <message>
        <source>Reporting app</source>
        <translation>Aplicación de denuncias</translation>
    </message>
    <message>
        <source>Financial partners</source>
        <translation>Socios financieros</translation>
    </message>
    <message>
        <source>Analysts&apos; own records</source>
        <translation>Registros propios de los analistas</translation>
    </message>
</context>
<context>
    <name>TaxonomyMapping</name>
    <message>
        <source>CTDC v2: %1</source>
        <translation>CTDC v2: %1</translation>
    </message>
    <message>
        <source>HTCDS: %1; CTDC v2: %2</source>
        <translation>HTCDS: %1; CTDC v2: %2</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>no figura</translation>
    </message>
    <message>
        <source>Waymark&apos;s own value: the standards hold it under the coarser value above, with this value kept as its detail.</source>
        <translation>Valor propio de Waymark: las normas lo incluyen en el valor más general de arriba, y este valor se conserva como su detalle.</translation>
    </message>
</context>
<context>
    <name>TimeBins</name>
    <message>
        <source>Several types</source>
        <translation>Varios tipos</translation>
    </message>
    <message>
        <source>Type not recorded</source>
        <translation>Tipo no registrado</translation>
    </message>
    <message numerus="yes">
        <source>%n undated</source>
        <translation>
            <numerusform>%n sin fecha</numerusform>
            <numerusform>%n sin fecha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated before 1900</source>
        <translation>
            <numerusform>%n fechado antes de 1900</numerusform>
            <numerusform>%n fechados antes de 1900</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated in the future</source>
        <translation>
            <numerusform>%n fechado en el futuro</numerusform>
            <numerusform>%n fechados en el futuro</numerusform>
        </translation>
    </message>
    <message>
        <source>Not plotted: %1</source>
        <translation>No representados: %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation>No hay ninguna transacción abierta.</translation>
    </message>
</context>
<context>
    <name>TransactionImporter</name>
    <message>
        <source>the mapping %1 expects a column &quot;%2&quot; for %3, which the header lacks</source>
        <translation>la asignación %1 espera una columna &quot;%2&quot; para %3, que falta en el encabezado</translation>
    </message>
    <message>
        <source>Bank transactions (%1)</source>
        <translation>Transacciones bancarias (%1)</translation>
    </message>
    <message>
        <source>the account is missing</source>
        <translation>falta la cuenta</translation>
    </message>
    <message>
        <source>exactly one of debit and credit must have an amount</source>
        <translation>exactamente uno de débito y crédito debe tener importe</translation>
    </message>
    <message>
        <source>duplicate transaction id &quot;%1&quot; (first at line %2)</source>
        <translation>id. de transacción duplicado &quot;%1&quot; (primero en la línea %2)</translation>
    </message>
    <message>
        <source>The mapping %1 names a payee column &quot;%2&quot; that this file lacks: read one-sided, from the payer&apos;s side only; payees do not see money arrive.</source>
        <translation>La asignación %1 nombra una columna de beneficiario &quot;%2&quot; que falta en este archivo: se lee en una sola cara, solo desde el lado del ordenante; los beneficiarios no ven llegar el dinero.</translation>
    </message>
    <message>
        <source>the payer account is missing</source>
        <translation>falta la cuenta del ordenante</translation>
    </message>
    <message>
        <source>a two-sided ledger&apos;s amount is paid from the payer to the payee and cannot be negative</source>
        <translation>el importe de un libro de doble cara se paga del ordenante al beneficiario y no puede ser negativo</translation>
    </message>
    <message>
        <source>Two-sided ledger: each row is a debit of the payer and a credit of the payee, under one transaction id.</source>
        <translation>Libro de doble cara: cada fila es un cargo al ordenante y un abono al beneficiario, con un único id de transacción.</translation>
    </message>
    <message>
        <source>%1 rows pay the payer&apos;s own account: kept once each as money out, flagged self_transfer, not counted twice.</source>
        <translation>%1 filas pagan a la propia cuenta del ordenante: se conservan una vez cada una como salida de dinero, marcadas self_transfer, sin contarse dos veces.</translation>
    </message>
    <message>
        <source>%1 rows have one side at another bank than %2: that side is a counterparty, not an account.</source>
        <translation>%1 filas tienen un lado en otro banco distinto de %2: ese lado es una contraparte, no una cuenta.</translation>
    </message>
    <message>
        <source>%1 rows are between accounts of other banks only: nothing of %2&apos;s, not imported.</source>
        <translation>%1 filas son solo entre cuentas de otros bancos: nada de %2, no se importan.</translation>
    </message>
    <message>
        <source>%1 rows have no payee: read from the payer&apos;s side only.</source>
        <translation>%1 filas no tienen beneficiario: se leen solo desde el lado del ordenante.</translation>
    </message>
</context>
<context>
    <name>TransactionRecord</name>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ss)</source>
        <translation>&quot;%1&quot; no es una fecha (se esperaba AAAA-MM-DD o AAAA-MM-DDThh:mm:ss)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the format %2</source>
        <translation>&quot;%1&quot; no es una fecha en el formato %2</translation>
    </message>
    <message>
        <source>impossible date %1</source>
        <translation>fecha imposible %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation>&quot;%1&quot; no es un importe: %2</translation>
    </message>
    <message>
        <source>a sign inside parentheses</source>
        <translation>un signo dentro de paréntesis</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>sin dígitos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the decimal separator of this file (&apos;%2&apos;) and does not group thousands</source>
        <translation>&apos;%1&apos; no es el separador decimal de este archivo (&apos;%2&apos;) y no agrupa miles</translation>
    </message>
    <message>
        <source>digits grouped other than by three</source>
        <translation>dígitos agrupados de otro modo que de tres en tres</translation>
    </message>
    <message>
        <source>more than one sign</source>
        <translation>más de un signo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not part of a number</source>
        <translation>&apos;%1&apos; no forma parte de un número</translation>
    </message>
    <message>
        <source>mixed grouping separators</source>
        <translation>separadores de agrupación mezclados</translation>
    </message>
    <message>
        <source>no digits after the decimal separator</source>
        <translation>sin dígitos después del separador decimal</translation>
    </message>
    <message>
        <source>a separator after the decimal separator</source>
        <translation>un separador después del separador decimal</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>fuera de rango</translation>
    </message>
    <message>
        <source>amount %1 is beyond any plausible transaction</source>
        <translation>el importe %1 supera cualquier transacción verosímil</translation>
    </message>
    <message>
        <source>amount is zero</source>
        <translation>el importe es cero</translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot; (expected an ISO 4217 code such as EUR)</source>
        <translation>moneda desconocida &quot;%1&quot; (se esperaba un código ISO 4217 como EUR)</translation>
    </message>
    <message>
        <source>direction must be in or out (or credit/debit), found &quot;%1&quot;</source>
        <translation>direction debe ser in u out (o credit/debit), se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time step (a number ≥ 0)</source>
        <translation>&quot;%1&quot; no es un paso de tiempo (un número ≥ 0)</translation>
    </message>
    <message>
        <source>time step %1 falls on an impossible date</source>
        <translation>el paso de tiempo %1 cae en una fecha imposible</translation>
    </message>
</context>
<context>
    <name>TypologyReader</name>
    <message>
        <source>unexpected text after the typology</source>
        <translation>texto inesperado después de la tipología</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>anidamiento demasiado profundo</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>final de archivo inesperado</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>se esperaba un número</translation>
    </message>
    <message>
        <source>expected digits after the decimal point</source>
        <translation>se esperaban dígitos después del punto decimal</translation>
    </message>
    <message>
        <source>expected an exponent</source>
        <translation>se esperaba un exponente</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>número fuera de rango</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>carácter de control en una cadena</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>secuencia de escape \u incorrecta</translation>
    </message>
    <message>
        <source>bad escape in a string</source>
        <translation>secuencia de escape incorrecta en una cadena</translation>
    </message>
    <message>
        <source>expected , or ] in a list</source>
        <translation>se esperaba , o ] en una lista</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>se esperaba una clave entre comillas</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice</source>
        <translation>la clave &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>expected : after a key</source>
        <translation>se esperaba : después de una clave</translation>
    </message>
    <message>
        <source>expected , or } in an object</source>
        <translation>se esperaba , o } en un objeto</translation>
    </message>
    <message>
        <source>a typology is a JSON object</source>
        <translation>una tipología es un objeto JSON</translation>
    </message>
    <message>
        <source>id must be lower-case letters, digits and _</source>
        <translation>id debe contener letras minúsculas, dígitos y _</translation>
    </message>
    <message>
        <source>name must be a non-empty text</source>
        <translation>name debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>description must be a text</source>
        <translation>description debe ser un texto</translation>
    </message>
    <message>
        <source>version must be a whole number from 1</source>
        <translation>version debe ser un número entero desde 1</translation>
    </message>
    <message>
        <source>sources must be a list of texts</source>
        <translation>sources debe ser una lista de textos</translation>
    </message>
    <message>
        <source>prior must be a probability strictly between 0 and 1</source>
        <translation>prior debe ser una probabilidad estrictamente entre 0 y 1</translation>
    </message>
    <message>
        <source>indicators must be a list</source>
        <translation>indicators debe ser una lista</translation>
    </message>
    <message>
        <source>each indicator is an object with indicator and hitLr</source>
        <translation>cada indicador es un objeto con indicator y hitLr</translation>
    </message>
    <message>
        <source>indicator must be an indicator id</source>
        <translation>indicator debe ser un id de indicador</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot;</source>
        <translation>indicador desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; is weighted twice</source>
        <translation>el indicador &quot;%1&quot; se pondera dos veces</translation>
    </message>
    <message>
        <source>%1 must be a likelihood ratio between %2 and %3</source>
        <translation>%1 debe ser una razón de verosimilitud entre %2 y %3</translation>
    </message>
    <message>
        <source>rationale must be a text</source>
        <translation>rationale debe ser un texto</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected indicator, hitLr, missLr, rationale)</source>
        <translation>clave desconocida &quot;%1&quot; (se esperaba indicator, hitLr, missLr, rationale)</translation>
    </message>
    <message>
        <source>each indicator needs indicator and hitLr</source>
        <translation>cada indicador necesita indicator y hitLr</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected id, name, version, description, sources, prior, indicators)</source>
        <translation>clave desconocida &quot;%1&quot; (se esperaba id, name, version, description, sources, prior, indicators)</translation>
    </message>
    <message>
        <source>a typology needs id, name, prior and indicators</source>
        <translation>una tipología necesita id, name, prior e indicators</translation>
    </message>
    <message>
        <source>a typology needs at least one indicator</source>
        <translation>una tipología necesita al menos un indicador</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a typology</source>
        <translation>%1 es demasiado grande para una tipología</translation>
    </message>
    <message>
        <source>No typologies are built in.</source>
        <translation>No hay tipologías integradas.</translation>
    </message>
</context>
<context>
    <name>TypologyStore</name>
    <message>
        <source>No typology %1 is built in.</source>
        <translation>No hay ninguna tipología %1 integrada.</translation>
    </message>
    <message>
        <source>prior %1 → %2</source>
        <translation>a priori %1 → %2</translation>
    </message>
    <message>
        <source>new indicator %1 (if it fires %2, if not %3)</source>
        <translation>nuevo indicador %1 (si se activa %2, si no %3)</translation>
    </message>
    <message>
        <source>%1: if it fires %2 → %3, if not %4 → %5</source>
        <translation>%1: si se activa %2 → %3, si no %4 → %5</translation>
    </message>
    <message>
        <source>indicator %1 removed</source>
        <translation>indicador %1 eliminado</translation>
    </message>
    <message>
        <source>renamed to “%1”</source>
        <translation>nombre cambiado a “%1”</translation>
    </message>
    <message>
        <source>description reworded</source>
        <translation>descripción reformulada</translation>
    </message>
    <message>
        <source>sources: %1</source>
        <translation>fuentes: %1</translation>
    </message>
</context>
<context>
    <name>UcinetDlReader</name>
    <message>
        <source>not a UCINET DL file: it does not begin with DL</source>
        <translation>no es un archivo UCINET DL: no empieza por DL</translation>
    </message>
    <message>
        <source>n must be a number of nodes from 1 to %1, not &quot;%2&quot;</source>
        <translation>n debe ser un número de nodos de 1 a %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a two-mode DL file (nr, nc) is not a network of entities; Waymark reads one-mode (n=)</source>
        <translation>un archivo DL bimodal (nr, nc) no es una red de entidades; Waymark lee archivos unimodales (n=)</translation>
    </message>
    <message>
        <source>several matrices (nm=%1): Waymark reads one network a file</source>
        <translation>varias matrices (nm=%1): Waymark lee una red por archivo</translation>
    </message>
    <message>
        <source>format %1 is not read; Waymark reads fullmatrix, edgelist1 and nodelist1</source>
        <translation>el formato %1 no se lee; Waymark lee fullmatrix, edgelist1 y nodelist1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>there is no data: line</source>
        <translation>no hay ninguna línea data:</translation>
    </message>
    <message>
        <source>the header gives no n=</source>
        <translation>el encabezado no indica n=</translation>
    </message>
    <message>
        <source>a full matrix without its diagonal is not read</source>
        <translation>no se lee una matriz completa sin su diagonal</translation>
    </message>
    <message>
        <source>%1 labels for n=%2 nodes</source>
        <translation>%1 etiquetas para n=%2 nodos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be node %2 of n=%3</source>
        <translation>&quot;%1&quot; sería el nodo %2 de n=%3</translation>
    </message>
    <message>
        <source>too many nodes</source>
        <translation>demasiados nodos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node number from 1 to %2</source>
        <translation>&quot;%1&quot; no es un número de nodo de 1 a %2</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a number</source>
        <translation>el valor &quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <source>the value %1 is not a tie weight from 0 to 10^12 (signed ties are not read)</source>
        <translation>el valor %1 no es un peso de vínculo de 0 a 10^12 (no se leen vínculos con signo)</translation>
    </message>
    <message>
        <source>more values than n×n</source>
        <translation>más valores que n×n</translation>
    </message>
    <message>
        <source>the row label &quot;%1&quot; is not a column label</source>
        <translation>la etiqueta de fila &quot;%1&quot; no es una etiqueta de columna</translation>
    </message>
    <message>
        <source>the matrix ends after %1 of its %2 rows</source>
        <translation>la matriz termina tras %1 de sus %2 filas</translation>
    </message>
    <message>
        <source>a tie needs two nodes</source>
        <translation>un vínculo necesita dos nodos</translation>
    </message>
    <message>
        <source>the row label &quot;%1&quot; appears twice</source>
        <translation>la etiqueta de fila «%1» aparece dos veces</translation>
    </message>
</context>
<context>
    <name>WkbReader</name>
    <message>
        <source>geometry collections nested too deep</source>
        <translation>colecciones de geometrías anidadas demasiado profundamente</translation>
    </message>
    <message>
        <source>byte order %1 is neither 0 (big endian) nor 1 (little endian)</source>
        <translation>el orden de bytes %1 no es ni 0 (big endian) ni 1 (little endian)</translation>
    </message>
    <message>
        <source>unknown or unsupported geometry type code %1</source>
        <translation>código de tipo de geometría desconocido o no admitido %1</translation>
    </message>
    <message>
        <source>a %1 holds a member of type code %2</source>
        <translation>un %1 contiene un miembro con código de tipo %2</translation>
    </message>
    <message>
        <source>Malformed geometry (WKB) at byte %1: %2.</source>
        <translation>Geometría mal formada (WKB) en el byte %1: %2.</translation>
    </message>
    <message>
        <source>truncated: %1 more bytes needed, %2 left</source>
        <translation>truncado: se necesitan %1 bytes más, quedan %2</translation>
    </message>
    <message>
        <source>count %1 cannot fit in the %2 bytes left</source>
        <translation>el recuento %1 no cabe en los %2 bytes restantes</translation>
    </message>
    <message>
        <source>coordinate is not a finite number</source>
        <translation>la coordenada no es un número finito</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only, and Waymark writes to the workspace and its journal beside it. Copy it to a folder you can write to, or inspect it with waymark info.</source>
        <translation>No se puede escribir %1: el archivo o su carpeta son de solo lectura, y Waymark escribe en el espacio de trabajo y en su diario junto a él. Cópielo a una carpeta en la que pueda escribir, o examínelo con waymark info.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>An encrypted workspace needs a passphrase.</source>
        <translation>Un espacio de trabajo cifrado necesita una frase de contraseña.</translation>
    </message>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>El espacio de trabajo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is encrypted: it opens with its passphrase.</source>
        <translation>%1 está cifrado: se abre con su frase de contraseña.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be created.</source>
        <translation>No se pudo crear el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.</source>
        <translation>No se pudo abrir el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>%1 is not a Waymark workspace.</source>
        <translation>%1 no es un espacio de trabajo de Waymark.</translation>
    </message>
    <message>
        <source>Its application id is %1, not Waymark&apos;s.</source>
        <translation>Su id. de aplicación es %1, no el de Waymark.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (schema %2; this one reads up to %3). Update Waymark to open it.</source>
        <translation>%1 lo escribió un Waymark más reciente (esquema %2; este lee hasta el %3). Actualice Waymark para abrirlo.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Waymark workspace.</source>
        <translation>%1 está dañado o no es un espacio de trabajo de Waymark.</translation>
    </message>
    <message>
        <source>Its schema version is %1.</source>
        <translation>Su versión de esquema es %1.</translation>
    </message>
    <message>
        <source>%1 holds schema objects Waymark did not create, and is not opened: %2. Open a cleaned copy (File ▸ Open, or waymark clean) to work with its data.</source>
        <translation>%1 contiene objetos de esquema que Waymark no creó, y no se abre: %2. Abra una copia limpia (Archivo ▸ Abrir, o waymark clean) para trabajar con sus datos.</translation>
    </message>
    <message>
        <source>%1 was written by an older Waymark (schema %2). Open it for writing once to bring it up to date.</source>
        <translation>%1 lo escribió un Waymark más antiguo (esquema %2). Ábralo una vez para escritura para actualizarlo.</translation>
    </message>
    <message>
        <source>%1 is encrypted; a cleaned copy is made of plain workspaces only (decrypt a copy first).</source>
        <translation>%1 está cifrado; solo se hacen copias limpias de espacios de trabajo sin cifrar (descifre primero una copia).</translation>
    </message>
    <message>
        <source>%1 cannot be cleaned: %2.</source>
        <translation>No se puede limpiar %1: %2.</translation>
    </message>
    <message>
        <source>A cleaned copy of %1 could not be written.</source>
        <translation>No se pudo escribir una copia limpia de %1.</translation>
    </message>
    <message>
        <source>The workspace refused a change.</source>
        <translation>El espacio de trabajo rechazó un cambio.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2), and is not opened so that nothing is written into it. Restore it from a copy, or recover what can be read with the sqlite3 shell&apos;s .recover.</source>
        <translation>%1 está dañado (%2), y no se abre para que no se escriba nada en él. Restáurelo a partir de una copia, o recupere lo que se pueda leer con la orden .recover del intérprete sqlite3.</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>la fila %1 de %2 remite a una fila inexistente de %3</translation>
    </message>
    <message>
        <source>%1 is in use by another program, which kept it from being checked before writing. Try again in a moment.</source>
        <translation>Otro programa está usando %1, lo que impidió comprobarlo antes de escribir. Vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>%1 is in use: another program (perhaps another Waymark) has held it locked for more than 5 seconds. Try again when it has finished, or close the other program.</source>
        <translation>%1 está en uso: otro programa (quizá otro Waymark) lo mantiene bloqueado desde hace más de 5 segundos. Vuelva a intentarlo cuando haya terminado o cierre el otro programa.</translation>
    </message>
    <message>
        <source>%1 is not opened: the journal beside it (%2) names another file (%3), which replaying the journal could delete. Waymark never writes such a journal. Remove %2 to open the workspace as it was last saved.</source>
        <translation>%1 no se abre: el diario que lo acompaña (%2) nombra otro archivo (%3), que reproducir el diario podría borrar. Waymark nunca escribe un diario así. Elimine %2 para abrir el espacio de trabajo tal como se guardó por última vez.</translation>
    </message>
</context>
<context>
    <name>WorkspaceOverview</name>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transacciones</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Quarantined rows</source>
        <translation>Filas en cuarentena</translation>
    </message>
    <message>
        <source>Reports last edited</source>
        <translation>Informes editados recientemente</translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation>Aún no hay informes.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>, saved by %1</source>
        <translation>, guardado por %1</translation>
    </message>
    <message>
        <source>, with unsaved changes</source>
        <translation>, con cambios sin guardar</translation>
    </message>
    <message>
        <source>Patterns across the whole workspace largely reflect that source&apos;s reporting; compare within sources before reading them as changes in trafficking.</source>
        <translation>Los patrones de todo el espacio de trabajo reflejan en gran medida la información de esa fuente; compare dentro de cada fuente antes de interpretarlos como cambios en la trata.</translation>
    </message>
    <message>
        <source>Before %1 no incident is located to a point (%2 incidents there are placed only to a country or region): hotspots and emerging-hotspot comparisons cannot reach back into that period, and Waymark makes none.</source>
        <translation>Antes de %1 ningún incidente está localizado en un punto (%2 incidentes de ese periodo solo se sitúan en un país o una región): los puntos calientes y las comparaciones de puntos calientes emergentes no pueden remontarse a ese periodo, y Waymark no hace ninguna.</translation>
    </message>
    <message>
        <source>No incident is located to a point: maps show countries only, and no hotspot is computed.</source>
        <translation>Ningún incidente está localizado en un punto: los mapas solo muestran países, y no se calcula ningún punto caliente.</translation>
    </message>
    <message>
        <source>These sources locate none of their incidents to a point, so maps and hotspots leave them out: %1.</source>
        <translation>Estas fuentes no localizan en un punto ninguno de sus incidentes, por lo que los mapas y los puntos calientes las dejan fuera: %1.</translation>
    </message>
    <message>
        <source>%1 of incidents are dated only to a month or a year: claims at a finer grain leave them out.</source>
        <translation>El %1 de los incidentes solo está fechado al mes o al año: las afirmaciones con un grano más fino los dejan fuera.</translation>
    </message>
    <message>
        <source>%1 of incidents are undated: no trend or period comparison counts them.</source>
        <translation>El %1 de los incidentes no está fechado: ninguna tendencia ni comparación de periodos los cuenta.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>What the data can support</source>
        <translation>Lo que los datos pueden sustentar</translation>
    </message>
    <message>
        <source>No caution: no single source dominates, and location and date precision do not change between periods.</source>
        <translation>Sin advertencias: ninguna fuente domina, y la precisión de la ubicación y de la fecha no cambia entre periodos.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Located to a point</source>
        <translation>Localizados en un punto</translation>
    </message>
    <message>
        <source>Dated to the day</source>
        <translation>Fechados al día</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>Incidentes de %1 a %2.</translation>
    </message>
    <message>
        <source>No dated incidents.</source>
        <translation>No hay incidentes fechados.</translation>
    </message>
    <message>
        <source>%1 undated, %2 known only to the month, %3 only to the year.</source>
        <translation>%1 sin fecha, %2 conocidos solo al mes, %3 solo al año.</translation>
    </message>
    <message>
        <source>Sources and grades</source>
        <translation>Fuentes y calificaciones</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>Extracts</source>
        <translation>Extractos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
</context>
<context>
    <name>WorldLayer</name>
    <message>
        <source>The built-in world layer is missing from this build.</source>
        <translation>Falta en esta compilación la capa mundial integrada.</translation>
    </message>
</context>
<context>
    <name>XlsxTableSource</name>
    <message>
        <source>%1: not an XLSX workbook (it has no xl/workbook.xml)</source>
        <translation>%1: no es un libro XLSX (no tiene xl/workbook.xml)</translation>
    </message>
    <message>
        <source>broken XML: %1</source>
        <translation>XML roto: %1</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: memoria insuficiente</translation>
    </message>
    <message>
        <source>%1: cannot be inflated: %2</source>
        <translation>%1: no se puede descomprimir: %2</translation>
    </message>
    <message>
        <source>%1: the shared strings are larger than %2 MiB; the workbook is refused</source>
        <translation>%1: las cadenas compartidas ocupan más de %2 MiB; se rechaza el libro</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed in a workbook</source>
        <translation>no se permite un DOCTYPE en un libro</translation>
    </message>
    <message>
        <source>a cell beyond column XFD, the last a sheet can have</source>
        <translation>una celda más allá de la columna XFD, la última que puede tener una hoja</translation>
    </message>
    <message>
        <source>a cell longer than a spreadsheet allows</source>
        <translation>una celda más larga de lo que permite una hoja de cálculo</translation>
    </message>
    <message>
        <source>shared string %1 does not exist (the workbook has %2)</source>
        <translation>la cadena compartida %1 no existe (el libro tiene %2)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>the sheet cannot be inflated: %1</source>
        <translation>no se puede descomprimir la hoja: %1</translation>
    </message>
    <message>
        <source>broken XML at line %1, column %2 of the sheet&apos;s XML: %3</source>
        <translation>XML roto en la línea %1, columna %2 del XML de la hoja: %3</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot; (its sheets: %3)</source>
        <translation>%1 no tiene la hoja &quot;%2&quot; (sus hojas: %3)</translation>
    </message>
    <message>
        <source>%1: the sheet&apos;s part %2 is missing from the workbook</source>
        <translation>%1: falta en el libro la parte %2 de la hoja</translation>
    </message>
    <message>
        <source>the header cannot be read: %1</source>
        <translation>no se puede leer el encabezado: %1</translation>
    </message>
    <message>
        <source>%1: the table was not opened</source>
        <translation>%1: no se abrió la tabla</translation>
    </message>
    <message>
        <source>the rest of the sheet cannot be read: %1</source>
        <translation>no se puede leer el resto de la hoja: %1</translation>
    </message>
    <message>
        <source>%1: formulas were imported as the values the spreadsheet last calculated; they were not recalculated</source>
        <translation>%1: las fórmulas se importaron con los valores que la hoja de cálculo calculó por última vez; no se recalcularon</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n formula cell(s) had no calculated value (the file was saved without calculating them) and were read as empty</source>
        <translation>
            <numerusform>%1: %n celda con fórmula no tenía valor calculado (el archivo se guardó sin calcularla) y se leyó vacía</numerusform>
            <numerusform>%1: %n celdas con fórmula no tenían valor calculado (el archivo se guardó sin calcularlas) y se leyeron vacías</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick</name>
    <message>
        <source>information base</source>
        <translation>base de información</translation>
    </message>
    <message>
        <source>analytical rigour</source>
        <translation>rigor analítico</translation>
    </message>
    <message>
        <source>complexity and volatility</source>
        <translation>complejidad y volatilidad</translation>
    </message>
    <message>
        <source>remote chance</source>
        <translation>posibilidad remota</translation>
    </message>
    <message>
        <source>highly unlikely</source>
        <translation>muy improbable</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>realistic possibility</source>
        <translation>posibilidad realista</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>probable</source>
        <translation>verosímil</translation>
    </message>
    <message>
        <source>highly likely</source>
        <translation>muy probable</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>casi seguro</translation>
    </message>
    <message>
        <source>ICD 203 (US)</source>
        <translation>ICD 203 (EE. UU.)</translation>
    </message>
    <message>
        <source>PHIA yardstick (UK, 2025)</source>
        <translation>Escala PHIA (Reino Unido, 2025)</translation>
    </message>
</context>
<context>
    <name>waymark::finance::AccountRanking</name>
    <message>
        <source>No typology stands out</source>
        <translation>Ninguna tipología destaca</translation>
    </message>
    <message>
        <source>The typology that raises the score most</source>
        <translation>La tipología que más eleva la puntuación</translation>
    </message>
    <message>
        <source>Its holder was involved in the selected incidents</source>
        <translation>Su titular estuvo implicado en los incidentes seleccionados</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Yardstick or kind</source>
        <translation>Escala o tipo</translation>
    </message>
    <message>
        <source>Leading typology</source>
        <translation>Tipología principal</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
</context>
<context>
    <name>waymark::finance::IndicatorLibrary</name>
    <message>
        <source>Escort or classified ad payments</source>
        <translation>Pagos a anuncios clasificados o de acompañantes</translation>
    </message>
    <message>
        <source>Repeated payments to online classified or escort advertising sites (category, or a merchant name such as a classifieds site): at least minCount payments.</source>
        <translation>Pagos repetidos a sitios de anuncios clasificados en línea o de acompañantes (categoría, o un nombre de comercio como un sitio de clasificados): al menos minCount pagos.</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>Frequent hotel charges</source>
        <translation>Cargos de hotel frecuentes</translation>
    </message>
    <message>
        <source>Many hotel or motel charges: at least minCount within windowDays days.</source>
        <translation>Muchos cargos de hotel o motel: al menos minCount en windowDays días.</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>cargos</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>charges in the window</source>
        <translation>cargos en la ventana</translation>
    </message>
    <message>
        <source>Hotels in several cities</source>
        <translation>Hoteles en varias ciudades</translation>
    </message>
    <message>
        <source>Hotel charges in at least minCities different places within windowDays days.</source>
        <translation>Cargos de hotel en al menos minCities lugares distintos en windowDays días.</translation>
    </message>
    <message>
        <source>places</source>
        <translation>lugares</translation>
    </message>
    <message>
        <source>places in the window</source>
        <translation>lugares en la ventana</translation>
    </message>
    <message>
        <source>Late-night spending</source>
        <translation>Gasto a altas horas de la noche</translation>
    </message>
    <message>
        <source>Card spending at hotels, bars, fast food or taxis between startHour and endHour: at least minCount payments and minShare of all payments out.</source>
        <translation>Gasto con tarjeta en hoteles, bares, comida rápida o taxis entre startHour y endHour: al menos minCount pagos y minShare de todos los pagos salientes.</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>share</source>
        <translation>proporción</translation>
    </message>
    <message>
        <source>share of payments out</source>
        <translation>proporción de los pagos salientes</translation>
    </message>
    <message>
        <source>Prepaid or gift cards in quantity</source>
        <translation>Tarjetas prepago o de regalo en cantidad</translation>
    </message>
    <message>
        <source>Purchases of prepaid access cards (FinCEN 2020; gift cards are Waymark&apos;s addition): at least minCount purchases worth at least minTotal.</source>
        <translation>Compras de tarjetas de acceso prepago (FinCEN 2020; las tarjetas de regalo son un añadido de Waymark): al menos minCount compras por valor de al menos minTotal.</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>compras</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>Rent for several addresses</source>
        <translation>Alquiler de varias direcciones</translation>
    </message>
    <message>
        <source>Rent paid to at least minPayees landlords or property references within windowDays days.</source>
        <translation>Alquiler pagado a al menos minPayees arrendadores o referencias de inmuebles en windowDays días.</translation>
    </message>
    <message>
        <source>payees</source>
        <translation>beneficiarios</translation>
    </message>
    <message>
        <source>rent payees in the window</source>
        <translation>beneficiarios de alquiler en la ventana</translation>
    </message>
    <message>
        <source>Travel for third parties</source>
        <translation>Viajes para terceros</translation>
    </message>
    <message>
        <source>Travel tickets naming at least minPassengers different passengers.</source>
        <translation>Billetes de viaje a nombre de al menos minPassengers pasajeros distintos.</translation>
    </message>
    <message>
        <source>passengers</source>
        <translation>pasajeros</translation>
    </message>
    <message>
        <source>One-way tickets</source>
        <translation>Billetes de solo ida</translation>
    </message>
    <message>
        <source>At least minCount one-way or single travel tickets.</source>
        <translation>Al menos minCount billetes de viaje de solo ida o sencillos.</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>billetes</translation>
    </message>
    <message>
        <source>one-way tickets</source>
        <translation>billetes de solo ida</translation>
    </message>
    <message>
        <source>Cash deposits in many places</source>
        <translation>Depósitos en efectivo en muchos lugares</translation>
    </message>
    <message>
        <source>Cash paid in at at least minPlaces different branches or places within windowDays days.</source>
        <translation>Efectivo ingresado en al menos minPlaces sucursales o lugares distintos en windowDays días.</translation>
    </message>
    <message>
        <source>Deposits just below the threshold</source>
        <translation>Depósitos justo por debajo del umbral</translation>
    </message>
    <message>
        <source>At least minCount deposits between band × threshold and the reporting threshold within windowDays days.</source>
        <translation>Al menos minCount depósitos entre band × umbral y el umbral de declaración en windowDays días.</translation>
    </message>
    <message>
        <source>amount in the account currency</source>
        <translation>importe en la moneda de la cuenta</translation>
    </message>
    <message>
        <source>share of the threshold</source>
        <translation>proporción del umbral</translation>
    </message>
    <message>
        <source>deposits</source>
        <translation>depósitos</translation>
    </message>
    <message>
        <source>deposits in the window</source>
        <translation>depósitos en la ventana</translation>
    </message>
    <message>
        <source>Many unrelated third parties paying in (fan-in)</source>
        <translation>Muchos terceros sin relación que ingresan (convergencia)</translation>
    </message>
    <message>
        <source>At least minPayers different third parties paying into the account within windowDays days (fan-in; not FinCEN&apos;s funnel account, which is cash paid in in one area and taken out in another).</source>
        <translation>Al menos minPayers terceros distintos que ingresan en la cuenta en windowDays días (convergencia de pagos; no es la cuenta embudo de FinCEN, que es efectivo ingresado en una zona y retirado en otra).</translation>
    </message>
    <message>
        <source>payers</source>
        <translation>ordenantes</translation>
    </message>
    <message>
        <source>payers in the window</source>
        <translation>ordenantes en la ventana</translation>
    </message>
    <message>
        <source>Unrelated one-off payers</source>
        <translation>Ordenantes puntuales sin relación</translation>
    </message>
    <message>
        <source>At least minPayers payers who pay in only once, making up at least minShare of all payers.</source>
        <translation>Al menos minPayers ordenantes que ingresan una sola vez, que suponen al menos minShare de todos los ordenantes.</translation>
    </message>
    <message>
        <source>share of payers</source>
        <translation>proporción de ordenantes</translation>
    </message>
    <message>
        <source>Money in, money out</source>
        <translation>Dinero que entra y sale</translation>
    </message>
    <message>
        <source>At least minShare of the money in leaves within windowDays days (first in, first out), with at least minIn paid in.</source>
        <translation>Al menos minShare del dinero que entra sale en windowDays días (primero en entrar, primero en salir), con al menos minIn ingresado.</translation>
    </message>
    <message>
        <source>share of money in that leaves in the window</source>
        <translation>proporción del dinero entrante que sale en la ventana</translation>
    </message>
    <message>
        <source>Low balance kept</source>
        <translation>Saldo bajo mantenido</translation>
    </message>
    <message>
        <source>What stays in the account, (in − out) / in, is at most maxRetained, with at least minIn paid in.</source>
        <translation>Lo que queda en la cuenta, (entradas − salidas) / entradas, es como mucho maxRetained, con al menos minIn ingresado.</translation>
    </message>
    <message>
        <source>share retained</source>
        <translation>proporción retenida</translation>
    </message>
    <message>
        <source>No ordinary living expenses</source>
        <translation>Sin gastos corrientes de manutención</translation>
    </message>
    <message>
        <source>Over at least minDays days, at most maxPer30Days payments for groceries, utilities or phone per 30 days.</source>
        <translation>Durante al menos minDays días, como mucho maxPer30Days pagos de alimentación, suministros o teléfono cada 30 días.</translation>
    </message>
    <message>
        <source>living-expense payments per 30 days</source>
        <translation>pagos de manutención cada 30 días</translation>
    </message>
    <message>
        <source>Wages moved on at once</source>
        <translation>Salarios transferidos de inmediato</translation>
    </message>
    <message>
        <source>Wages paid in and at least minShare of them sent on to one third party within windowDays days.</source>
        <translation>Salarios ingresados y al menos minShare de ellos enviados a un único tercero en windowDays días.</translation>
    </message>
    <message>
        <source>share of wages moved on</source>
        <translation>proporción de los salarios transferida</translation>
    </message>
    <message>
        <source>Several workers&apos; wages</source>
        <translation>Salarios de varios trabajadores</translation>
    </message>
    <message>
        <source>At least minCredits wage payments in within windowDays days: more than one person&apos;s pay.</source>
        <translation>Al menos minCredits ingresos de salario en windowDays días: la paga de más de una persona.</translation>
    </message>
    <message>
        <source>wage payments</source>
        <translation>pagos de salario</translation>
    </message>
    <message>
        <source>wage payments in the window</source>
        <translation>pagos de salario en la ventana</translation>
    </message>
    <message>
        <source>Customer details shared</source>
        <translation>Datos de cliente compartidos</translation>
    </message>
    <message>
        <source>The holder&apos;s address, phone or e-mail is shared with at least minOthers other accounts.</source>
        <translation>La dirección, el teléfono o el correo electrónico del titular se comparten con al menos minOthers otras cuentas.</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>cuentas</translation>
    </message>
    <message>
        <source>other accounts</source>
        <translation>otras cuentas</translation>
    </message>
    <message>
        <source>Takings at odd hours</source>
        <translation>Recaudación a horas inusuales</translation>
    </message>
    <message>
        <source>Card or cash takings between startHour and endHour: at least minCount and minShare of all takings.</source>
        <translation>Recaudación con tarjeta o en efectivo entre startHour y endHour: al menos minCount y minShare de toda la recaudación.</translation>
    </message>
    <message>
        <source>takings</source>
        <translation>cobros</translation>
    </message>
    <message>
        <source>share of takings</source>
        <translation>proporción de la recaudación</translation>
    </message>
    <message>
        <source>Round amounts</source>
        <translation>Importes redondos</translation>
    </message>
    <message>
        <source>At least minCount transactions that are whole multiples of unit, making up at least minShare of all.</source>
        <translation>Al menos minCount transacciones que son múltiplos enteros de unit, que suponen al menos minShare del total.</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transacciones</translation>
    </message>
    <message>
        <source>share of transactions</source>
        <translation>proporción de las transacciones</translation>
    </message>
    <message>
        <source>Recruitment or visa agencies</source>
        <translation>Agencias de contratación o de visados</translation>
    </message>
    <message>
        <source>At least minCount payments to recruitment or visa agencies.</source>
        <translation>Al menos minCount pagos a agencias de contratación o de visados.</translation>
    </message>
    <message>
        <source>Small remittances to corridors</source>
        <translation>Pequeñas remesas a corredores</translation>
    </message>
    <message>
        <source>At least minCount payments of at most maxAmount to counterparties in high-risk corridor countries.</source>
        <translation>Al menos minCount pagos de como mucho maxAmount a contrapartes en países de corredores de alto riesgo.</translation>
    </message>
    <message>
        <source>Money out to corridors</source>
        <translation>Dinero saliente hacia corredores</translation>
    </message>
    <message>
        <source>At least minShare of the money out goes to high-risk corridor countries, with at least minOut paid out.</source>
        <translation>Al menos minShare del dinero saliente va a países de corredores de alto riesgo, con al menos minOut pagado.</translation>
    </message>
    <message>
        <source>share of money out</source>
        <translation>proporción del dinero saliente</translation>
    </message>
    <message>
        <source>Turnover beyond declared income</source>
        <translation>Volumen superior a los ingresos declarados</translation>
    </message>
    <message>
        <source>Money in, annualised, at least ratio times the declared income, over at least minDays days.</source>
        <translation>Dinero entrante, anualizado, de al menos ratio veces los ingresos declarados, durante al menos minDays días.</translation>
    </message>
    <message>
        <source>times</source>
        <translation>veces</translation>
    </message>
    <message>
        <source>times the declared income</source>
        <translation>veces los ingresos declarados</translation>
    </message>
    <message>
        <source>Turnover beyond declared occupation</source>
        <translation>Volumen superior a la ocupación declarada</translation>
    </message>
    <message>
        <source>A declared occupation with little or no income (student, unemployed, retired…) and money in, annualised, of at least minTurnover, over at least minDays days.</source>
        <translation>Una ocupación declarada con pocos o ningún ingreso (estudiante, desempleado, jubilado…) y dinero entrante, anualizado, de al menos minTurnover, durante al menos minDays días.</translation>
    </message>
    <message>
        <source>annualised money in</source>
        <translation>dinero entrante anualizado</translation>
    </message>
    <message>
        <source>Cash-intensive account</source>
        <translation>Cuenta con uso intensivo de efectivo</translation>
    </message>
    <message>
        <source>At least minShare of the money in is cash paid in, with at least minIn paid in.</source>
        <translation>Al menos minShare del dinero entrante es efectivo ingresado, con al menos minIn ingresado.</translation>
    </message>
    <message>
        <source>share of money in</source>
        <translation>proporción del dinero entrante</translation>
    </message>
    <message>
        <source>Spending in several cities</source>
        <translation>Gasto en varias ciudades</translation>
    </message>
    <message>
        <source>Card spending in at least minCities different places within windowDays days.</source>
        <translation>Gasto con tarjeta en al menos minCities lugares distintos en windowDays días.</translation>
    </message>
    <message>
        <source>Funnel account (FinCEN)</source>
        <translation>Cuenta embudo (FinCEN)</translation>
    </message>
    <message>
        <source>Cash paid in where the customer neither lives nor does business (a place that is none of the parts of the holder&apos;s address), then taken out in cash in another place within windowDays days: at least minCount such deposits (FinCEN&apos;s funnel-account typology; window and count are Waymark&apos;s choice).</source>
        <translation>Efectivo ingresado donde el cliente ni vive ni tiene actividad comercial (un lugar que no es ninguna parte de la dirección del titular) y luego retirado en efectivo en otro lugar en windowDays días: al menos minCount depósitos así (tipología de cuenta embudo de FinCEN; la ventana y el recuento son elección de Waymark).</translation>
    </message>
    <message>
        <source>deposits taken out elsewhere</source>
        <translation>depósitos retirados en otro lugar</translation>
    </message>
    <message>
        <source>Ad payments in small multiples</source>
        <translation>Pagos de anuncios en múltiplos pequeños</translation>
    </message>
    <message>
        <source>At least minCount payments to online classified or escort advertising of at most maxAmount that are whole multiples of unit ($3, $12, $24 in the advisories; unit and maxAmount are Waymark&apos;s choice).</source>
        <translation>Al menos minCount pagos a anuncios clasificados en línea o de acompañantes de como mucho maxAmount que son múltiplos enteros de unit ($3, $12, $24 en los avisos; unit y maxAmount son elección de Waymark).</translation>
    </message>
    <message>
        <source>After-hours payments at massage parlours, strip clubs, salons, modelling agencies</source>
        <translation>Pagos fuera de horario en salones de masaje, clubes de striptease, salones de belleza, agencias de modelos</translation>
    </message>
    <message>
        <source>At least minCount card payments at massage parlours, strip clubs, beauty salons or modelling agencies between startHour and endHour, after their normal business hours (the hours are Waymark&apos;s choice).</source>
        <translation>Al menos minCount pagos con tarjeta en salones de masaje, clubes de striptease, salones de belleza o agencias de modelos entre startHour y endHour, fuera de su horario comercial normal (las horas son elección de Waymark).</translation>
    </message>
    <message>
        <source>Crypto to or from darknet markets</source>
        <translation>Criptomonedas hacia o desde mercados de la red oscura</translation>
    </message>
    <message>
        <source>At least minCount payments to or from darknet markets (by category or merchant name).</source>
        <translation>Al menos minCount pagos hacia o desde mercados de la red oscura (por categoría o nombre de comercio).</translation>
    </message>
    <message>
        <source>Virtual-currency buys in small multiples</source>
        <translation>Compras de moneda virtual en múltiplos pequeños</translation>
    </message>
    <message>
        <source>At least minCount purchases of virtual currency of at most maxAmount that are whole multiples of unit (unit and maxAmount are Waymark&apos;s choice).</source>
        <translation>Al menos minCount compras de moneda virtual de como mucho maxAmount que son múltiplos enteros de unit (unit y maxAmount son elección de Waymark).</translation>
    </message>
    <message>
        <source>buys</source>
        <translation>compras</translation>
    </message>
    <message>
        <source>Third-party payment processors</source>
        <translation>Procesadores de pagos de terceros</translation>
    </message>
    <message>
        <source>At least minCount payments in or out through third-party payment processors, which can hide the payer or payee.</source>
        <translation>Al menos minCount pagos entrantes o salientes a través de procesadores de pagos de terceros, que pueden ocultar al ordenante o al beneficiario.</translation>
    </message>
    <message>
        <source>Small online-payment-service transactions</source>
        <translation>Transacciones pequeñas en servicios de pago en línea</translation>
    </message>
    <message>
        <source>At least minCount transactions under maxAmount through online payment services within windowDays days (the advisories: usually under $100).</source>
        <translation>Al menos minCount transacciones por debajo de maxAmount a través de servicios de pago en línea en windowDays días (los avisos: normalmente menos de 100 $).</translation>
    </message>
    <message>
        <source>transactions in the window</source>
        <translation>transacciones en la ventana</translation>
    </message>
    <message>
        <source>Drug, clothing and beauty store purchases</source>
        <translation>Compras en droguerías, tiendas de ropa y de belleza</translation>
    </message>
    <message>
        <source>At least minCount purchases at drug, clothing and beauty stores (lingerie, make-up) within windowDays days; whether that fits the customer&apos;s profile is for the analyst (the count is Waymark&apos;s choice).</source>
        <translation>Al menos minCount compras en droguerías, tiendas de ropa y de belleza (lencería, maquillaje) en windowDays días; si eso encaja con el perfil del cliente lo decide el analista (el recuento es elección de Waymark).</translation>
    </message>
    <message>
        <source>purchases in the window</source>
        <translation>compras en la ventana</translation>
    </message>
    <message>
        <source>Fan-in of one-off payers</source>
        <translation>Convergencia de ordenantes puntuales</translation>
    </message>
    <message>
        <source>At least minPayers payers whose every payment in falls within one window of windowDays days (one-off payers arriving together, not returning customers); judged over at least three windows of data. AMLSim&apos;s fan-in; the window and count are Waymark&apos;s choice.</source>
        <translation>Al menos minPayers ordenantes cuyos ingresos caen todos en una misma ventana de windowDays días (ordenantes puntuales que llegan juntos, no clientes habituales); se evalúa sobre al menos tres ventanas de datos. El fan-in de AMLSim; la ventana y el número son elección de Waymark.</translation>
    </message>
    <message>
        <source>one-off payers in the window</source>
        <translation>ordenantes puntuales en la ventana</translation>
    </message>
    <message>
        <source>Fan-out to one-off payees</source>
        <translation>Dispersión hacia beneficiarios puntuales</translation>
    </message>
    <message>
        <source>At least minPayees payees whose every payment out falls within one window of windowDays days (not a payroll&apos;s monthly staff); judged over at least three windows of data. AMLSim&apos;s fan-out; the window and count are Waymark&apos;s choice.</source>
        <translation>Al menos minPayees beneficiarios cuyos pagos recibidos caen todos en una misma ventana de windowDays días (no la plantilla mensual de una nómina); se evalúa sobre al menos tres ventanas de datos. El fan-out de AMLSim; la ventana y el número son elección de Waymark.</translation>
    </message>
    <message>
        <source>one-off payees in the window</source>
        <translation>beneficiarios puntuales en la ventana</translation>
    </message>
    <message>
        <source>Gather then scatter</source>
        <translation>Reunir y luego dispersar</translation>
    </message>
    <message>
        <source>Within windowDays days at least minPayers different payers pay in, at least minPayees different payees are paid, and the money out is at least minShare of the money in. AMLSim&apos;s gather-scatter; the numbers are Waymark&apos;s choice.</source>
        <translation>En windowDays días ingresan al menos minPayers ordenantes distintos, se paga a al menos minPayees beneficiarios distintos, y el dinero que sale es al menos minShare del dinero que entra. El gather-scatter de AMLSim; los valores son elección de Waymark.</translation>
    </message>
    <message>
        <source>share of money in paid out</source>
        <translation>proporción del dinero entrante que se paga</translation>
    </message>
    <message>
        <source>Money cycles back to the sender</source>
        <translation>El dinero vuelve al remitente</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>transferencias</translation>
    </message>
    <message>
        <source>transfers in the cycle</source>
        <translation>transferencias del ciclo</translation>
    </message>
    <message>
        <source>Scatter then gather</source>
        <translation>Dispersar y luego reunir</translation>
    </message>
    <message>
        <source>The account pays at least minBranches accounts within windowDays days which each pass at least minShare of it on to one and the same account (or it is that account, gathering from branches one account fed). Accounts with more than 200 transfers in the window are not counted as branches. AMLSim&apos;s scatter-gather; the numbers are Waymark&apos;s choice.</source>
        <translation>La cuenta paga en windowDays días a al menos minBranches cuentas que transfieren cada una al menos minShare de ello a una misma cuenta (o es esa cuenta, que reúne lo de ramas alimentadas por una misma cuenta). Las cuentas con más de 200 transferencias en la ventana no se cuentan como ramas. El scatter-gather de AMLSim; los valores son elección de Waymark.</translation>
    </message>
    <message>
        <source>branches to one account</source>
        <translation>ramas hacia una misma cuenta</translation>
    </message>
    <message>
        <source>Rapid pass-through of the same money</source>
        <translation>Paso rápido del mismo dinero</translation>
    </message>
    <message>
        <source>Payments in from one account followed within windowDays days by a payment out of about the same sum (at least minShare of it, at most 1 / minShare times it) to another account this one pays only that once: the account is a link in a chain, not a shopper or a parent paying an allowance. At least minLinks such payments. AMLSim&apos;s stack and the layering inside cycles and scatter-gather; the numbers are Waymark&apos;s choice.</source>
        <translation>Ingresos de una cuenta seguidos, en windowDays días, de un pago saliente de aproximadamente la misma suma (al menos minShare de ella, como mucho 1 / minShare veces ella) a otra cuenta a la que esta solo paga esa vez: la cuenta es un eslabón de una cadena, no un comprador ni un padre que paga una asignación. Al menos minLinks pagos de ese tipo. El stack de AMLSim y la estratificación dentro de los ciclos y del scatter-gather; los valores son elección de Waymark.</translation>
    </message>
    <message>
        <source>payments passed on</source>
        <translation>pagos transferidos</translation>
    </message>
    <message>
        <source>One of the parties of a fan-in or fan-out</source>
        <translation>Una de las partes de una convergencia o una dispersión</translation>
    </message>
    <message>
        <source>A one-off payment, at least minRatio times the account&apos;s median transfer, to an account that within windowDays days either side took one-off payments from others too (at least minParties one-off payers with this one), or such a payment from an account that made one-off payments to at least minParties accounts. Accounts with more than 200 transfers in that time are not counted (a shop, a payroll). AMLSim&apos;s fan-in and fan-out, seen from the parties; the numbers are Waymark&apos;s choice.</source>
        <translation>Un pago puntual, de al menos minRatio veces la transferencia mediana de la cuenta, a una cuenta que en los windowDays días anteriores o posteriores recibió también pagos puntuales de otros (al menos minParties ordenantes puntuales con este), o un pago así desde una cuenta que hizo pagos puntuales a al menos minParties cuentas. Las cuentas con más de 200 transferencias en ese tiempo no se cuentan (una tienda, una nómina). El fan-in y el fan-out de AMLSim, vistos desde las partes; los valores son elección de Waymark.</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>partes</translation>
    </message>
    <message>
        <source>one-off parties of the fan</source>
        <translation>partes puntuales del abanico</translation>
    </message>
    <message>
        <source>Money paid out comes back to the account through other accounts, each transfer, read from where the cycle began (which may be another account of it), carrying at least minShare of the one before (and at most 1 / minShare times it: the same money less a margin), the cycle at least minLength transfers long (a loan and its repayment is two), every transfer within windowDays days of the account&apos;s payment (either side: a member of a cycle that began elsewhere is paid before it pays on), up to eight transfers. AMLSim&apos;s cycle; the numbers are Waymark&apos;s choice.</source>
        <translation>El dinero pagado vuelve a la cuenta a través de otras cuentas: cada transferencia, leída desde donde empezó el ciclo (que puede ser otra cuenta del ciclo), lleva al menos minShare de la anterior (y como mucho 1 / minShare veces ella: el mismo dinero menos un margen), el ciclo tiene al menos minLength transferencias (un préstamo y su devolución son dos), y cada transferencia cae en windowDays días del pago de la cuenta (antes o después: un miembro de un ciclo que empezó en otra cuenta recibe el pago antes de pagar a su vez), hasta ocho transferencias. El cycle de AMLSim; los valores son elección de Waymark.</translation>
    </message>
    <message>
        <source>Deals with the same one-off parties as another account</source>
        <translation>Opera con las mismas contrapartes puntuales que otra cuenta</translation>
    </message>
    <message>
        <source>One-off payments, each at least minRatio times the account&apos;s median transfer, to at least minShared accounts that another account also paid once within windowDays days either side (or such payments from at least minShared accounts that also paid another account once): a block of payers who all pay the same payees. Accounts with more than 200 transfers in that time are not counted (a shop, a payroll). AMLSim&apos;s bipartite and the layers of its stack; the numbers are Waymark&apos;s choice.</source>
        <translation>Pagos puntuales, cada uno de al menos minRatio veces la transferencia mediana de la cuenta, a al menos minShared cuentas a las que otra cuenta también pagó una vez en windowDays días antes o después (o pagos así desde al menos minShared cuentas que también pagaron una vez a otra cuenta): un bloque de ordenantes que pagan todos a los mismos beneficiarios. No se cuentan las cuentas con más de 200 transferencias en ese tiempo (una tienda, una nómina). El bipartite de AMLSim y las capas de su stack; los valores son elección de Waymark.</translation>
    </message>
    <message>
        <source>parties shared with one other account</source>
        <translation>contrapartes compartidas con otra cuenta</translation>
    </message>
</context>
<context>
    <name>waymark::network::LinkChart</name>
    <message>
        <source>Lay out</source>
        <translation>Distribuir</translation>
    </message>
    <message>
        <source>Expand by %1 links</source>
        <translation>Expandir %1 vínculos</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Abrir gráfico</translation>
    </message>
    <message>
        <source>A chart needs a name.</source>
        <translation>Un gráfico necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no chart named %1 in this workspace.</source>
        <translation>No hay ningún gráfico llamado %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Contraer</translation>
    </message>
    <message>
        <source>Expand collapsed</source>
        <translation>Expandir los contraídos</translation>
    </message>
    <message>
        <source>Group of %1</source>
        <translation>Grupo de %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Desagrupar</translation>
    </message>
</context>
<context>
    <name>waymark::reports::ReportSession</name>
    <message>
        <source>Edit statement</source>
        <translation>Editar afirmación</translation>
    </message>
    <message>
        <source>Set probability</source>
        <translation>Fijar probabilidad</translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation>Fijar confianza</translation>
    </message>
    <message>
        <source>Edit rationale</source>
        <translation>Editar justificación</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
    <message>
        <source>Edit reference</source>
        <translation>Editar referencia</translation>
    </message>
    <message>
        <source>Edit author</source>
        <translation>Editar autor</translation>
    </message>
    <message>
        <source>Set handling marking</source>
        <translation>Fijar marca de tratamiento</translation>
    </message>
    <message>
        <source>Edit handling conditions</source>
        <translation>Editar condiciones de tratamiento</translation>
    </message>
    <message>
        <source>Add judgement</source>
        <translation>Añadir juicio</translation>
    </message>
    <message>
        <source>Remove judgement</source>
        <translation>Quitar juicio</translation>
    </message>
    <message>
        <source>Move judgement</source>
        <translation>Mover juicio</translation>
    </message>
    <message>
        <source>Cite evidence</source>
        <translation>Citar prueba</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Quitar cita</translation>
    </message>
    <message>
        <source>Insert figure</source>
        <translation>Insertar figura</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Quitar figura</translation>
    </message>
    <message>
        <source>Refresh figure</source>
        <translation>Actualizar figura</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Editar pie</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Abra primero un espacio de trabajo.</translation>
    </message>
    <message>
        <source>No such finding.</source>
        <translation>No existe ese hallazgo.</translation>
    </message>
    <message>
        <source>New judgement</source>
        <translation>Nuevo juicio</translation>
    </message>
    <message>
        <source>Choose a judgement first.</source>
        <translation>Elija primero un juicio.</translation>
    </message>
    <message>
        <source>Not in this workspace, so not cited: %1</source>
        <translation>No está en este espacio de trabajo, así que no se cita: %1</translation>
    </message>
    <message>
        <source>Set probability scale</source>
        <translation>Establecer la escala de probabilidad</translation>
    </message>
    <message>
        <source>Set probability scale to %1</source>
        <translation>Establecer la escala de probabilidad en %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::AccountsPanel</name>
    <message>
        <source>Score accounts</source>
        <translation>Puntuar cuentas</translation>
    </message>
    <message>
        <source>Score every bank account of the workspace against the financial typologies, in the background; the run is stored in the workspace (Ctrl+Shift+S)</source>
        <translation>Puntuar todas las cuentas bancarias del espacio de trabajo frente a las tipologías financieras, en segundo plano; la ejecución se guarda en el espacio de trabajo (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Calibrar…</translation>
    </message>
    <message>
        <source>Fit the typologies&apos; weights to labelled accounts; ROC, precision–recall, calibration</source>
        <translation>Ajustar los pesos de las tipologías a cuentas etiquetadas; ROC, precisión–exhaustividad, calibración</translation>
    </message>
    <message>
        <source>Typologies…</source>
        <translation>Tipologías…</translation>
    </message>
    <message>
        <source>Edit the typologies&apos; weights; each save is a new version, audited</source>
        <translation>Editar los pesos de las tipologías; cada guardado es una nueva versión, auditada</translation>
    </message>
    <message>
        <source>Score the accounts to rank them by the chance their holder is a trafficker.</source>
        <translation>Puntúe las cuentas para ordenarlas según la probabilidad de que su titular sea un tratante.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::AccountsView</name>
    <message>
        <source>Filter accounts or typologies</source>
        <translation>Filtrar cuentas o tipologías</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Scoring… %p%</source>
        <translation>Puntuando… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop scoring; the list keeps the run it showed before (Esc)</source>
        <translation>Detener la puntuación; la lista conserva la ejecución que mostraba antes (Esc)</translation>
    </message>
    <message>
        <source>Choose an account to see its transactions over time, with the ones behind indicator hits marked in red.</source>
        <translation>Elija una cuenta para ver sus transacciones a lo largo del tiempo, con las que sustentan indicadores activados marcadas en rojo.</translation>
    </message>
    <message>
        <source>Money flow…</source>
        <translation>Flujo de dinero…</translation>
    </message>
    <message>
        <source>Who paid into this account and where its money went, aggregated per counterparty</source>
        <translation>Quién ingresó en esta cuenta y adónde fue su dinero, agregado por contraparte</translation>
    </message>
    <message>
        <source>Add to report as evidence</source>
        <translation>Añadir al informe como prueba</translation>
    </message>
    <message>
        <source>Cite this account in the current judgement of the open report</source>
        <translation>Citar esta cuenta en el juicio actual del informe abierto</translation>
    </message>
    <message numerus="yes">
        <source>Run %1, just now: %n account(s) scored.</source>
        <translation>
            <numerusform>Ejecución %1, ahora mismo: %n cuenta puntuada.</numerusform>
            <numerusform>Ejecución %1, ahora mismo: %n cuentas puntuadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scored yet: score the accounts to rank them by the chance their holder is a trafficker.</source>
        <translation>Aún sin puntuar: puntúe las cuentas para ordenarlas según la probabilidad de que su titular sea un tratante.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 of %2 by %3: %n account(s) scored. Score again to include later imports or edited typologies.</source>
        <translation>
            <numerusform>Ejecución %1 del %2 por %3: %n cuenta puntuada. Vuelva a puntuar para incluir importaciones posteriores o tipologías editadas.</numerusform>
            <numerusform>Ejecución %1 del %2 por %3: %n cuentas puntuadas. Vuelva a puntuar para incluir importaciones posteriores o tipologías editadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Threshold score %1 / 100: %n alert(s). Uncalibrated scores rank accounts; they are not probabilities and give no expected number of true cases.</source>
        <translation>
            <numerusform>Puntuación umbral %1 / 100: %n alerta. Las puntuaciones sin calibrar ordenan las cuentas; no son probabilidades y no dan un número esperado de casos reales.</numerusform>
            <numerusform>Puntuación umbral %1 / 100: %n alertas. Las puntuaciones sin calibrar ordenan las cuentas; no son probabilidades y no dan un número esperado de casos reales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Threshold %1 (calibrated probability, or score / 100 where uncalibrated): %n alert(s), of which about %2 true cases expected among the calibrated ones</source>
        <translation>
            <numerusform>Umbral %1 (probabilidad calibrada, o puntuación / 100 donde no hay calibración): %n alerta, de las que se esperan unos %2 casos reales entre las calibradas</numerusform>
            <numerusform>Umbral %1 (probabilidad calibrada, o puntuación / 100 donde no hay calibración): %n alertas, de las que se esperan unos %2 casos reales entre las calibradas</numerusform>
        </translation>
    </message>
    <message>
        <source>money in</source>
        <translation>dinero entrante</translation>
    </message>
    <message>
        <source>money out</source>
        <translation>dinero saliente</translation>
    </message>
    <message>
        <source>indicator hit</source>
        <translation>indicador activado</translation>
    </message>
    <message>
        <source>Why this is an alert (artefact checks at the threshold):</source>
        <translation>Por qué es una alerta (comprobaciones de artefactos en el umbral):</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Por qué esta puntuación</translation>
    </message>
    <message>
        <source>The next run scores %1 with built-in version %2 instead of version %3 (%4).</source>
        <translation>La próxima ejecución puntuará %1 con la versión integrada %2 en lugar de la versión %3 (%4).</translation>
    </message>
    <message>
        <source>%1: your edited version %2 is kept; built-in version %3 is newer than version %4 you edited (%5). Typologies… can adopt it.</source>
        <translation>%1: se conserva su versión editada %2; la versión integrada %3 es más reciente que la versión %4 que usted editó (%5). Tipologías… permite adoptarla.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::CalibrationDialog</name>
    <message>
        <source>Calibrate Typologies</source>
        <translation>Calibrar tipologías</translation>
    </message>
    <message>
        <source>CSV with account_id,label[,typology]: 1 known case, 0 known clean</source>
        <translation>CSV con account_id,label[,typology]: 1 caso conocido, 0 limpia conocida</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Labelled accounts</source>
        <translation>Cuentas etiquetadas</translation>
    </message>
    <message>
        <source>L2 regularisation: larger keeps the fitted weights closer to zero</source>
        <translation>Regularización L2: un valor mayor mantiene los pesos ajustados más cerca de cero</translation>
    </message>
    <message>
        <source>Regularisation λ</source>
        <translation>Regularización λ</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Calibrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the calibration (Esc)</source>
        <translation>Detener la calibración (Esc)</translation>
    </message>
    <message>
        <source>Typology</source>
        <translation>Tipología</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Expert ln LR (hit)</source>
        <translation>ln LR de expertos (activado)</translation>
    </message>
    <message>
        <source>Fitted ln LR (hit)</source>
        <translation>ln LR ajustado (activado)</translation>
    </message>
    <message>
        <source>Expert ln LR (miss)</source>
        <translation>ln LR de expertos (no activado)</translation>
    </message>
    <message>
        <source>Fitted ln LR (miss)</source>
        <translation>ln LR ajustado (no activado)</translation>
    </message>
    <message>
        <source>Hits: cases / clean</source>
        <translation>Activaciones: casos / limpias</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Tasa de falsos positivos</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Tasa de verdaderos positivos</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Precision–recall</source>
        <translation>Precisión–exhaustividad</translation>
    </message>
    <message>
        <source>Predicted probability</source>
        <translation>Probabilidad predicha</translation>
    </message>
    <message>
        <source>Observed share of cases</source>
        <translation>Proporción observada de casos</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Labelled Accounts</source>
        <translation>Cuentas etiquetadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Scoring and fitting… %1 %</source>
        <translation>Puntuando y ajustando… %1 %</translation>
    </message>
    <message>
        <source>Scoring and fitting…</source>
        <translation>Puntuando y ajustando…</translation>
    </message>
    <message>
        <source>%1 labelled accounts matched; overall AUC %2</source>
        <translation>%1 cuentas etiquetadas asociadas; AUC global %2</translation>
    </message>
    <message>
        <source>Overall, expert weights (AUC %1)</source>
        <translation>Global, pesos de expertos (AUC %1)</translation>
    </message>
    <message>
        <source>Overall, expert weights</source>
        <translation>Global, pesos de expertos</translation>
    </message>
    <message>
        <source>%1, fitted (AUC %2)</source>
        <translation>%1, ajustado (AUC %2)</translation>
    </message>
    <message>
        <source>%1, fitted</source>
        <translation>%1, ajustado</translation>
    </message>
    <message>
        <source>Perfectly calibrated</source>
        <translation>Calibración perfecta</translation>
    </message>
    <message>
        <source>Choose the CSV file of labelled accounts</source>
        <translation>Elegir el archivo CSV de las cuentas etiquetadas</translation>
    </message>
    <message>
        <source>Fit the typologies&apos; weights to the labelled accounts and show how well they separate them</source>
        <translation>Ajustar los pesos de las tipologías a las cuentas etiquetadas y mostrar lo bien que las separan</translation>
    </message>
    <message>
        <source>Each indicator&apos;s expert and fitted log likelihood ratios, hit and miss</source>
        <translation>Los logaritmos de las razones de verosimilitud de expertos y ajustados de cada indicador, activado y no activado</translation>
    </message>
    <message>
        <source>Calibration report</source>
        <translation>Informe de calibración</translation>
    </message>
    <message>
        <source>The calibration&apos;s figures as text</source>
        <translation>Las cifras de la calibración como texto</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ChartPanel</name>
    <message numerus="yes">
        <source>Placing %n new entities around the chart…</source>
        <translation>
            <numerusform>Colocando %n entidad nueva en el gráfico…</numerusform>
            <numerusform>Colocando %n entidades nuevas en el gráfico…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities added to the chart.</source>
        <translation>
            <numerusform>%n entidad añadida al gráfico.</numerusform>
            <numerusform>%n entidades añadidas al gráfico.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>Add everything one link away from the selection; Shift+E: two links</source>
        <translation>Añadir todo lo que está a un vínculo de la selección; Mayús+E: dos vínculos</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Take the selection off the chart</source>
        <translation>Quitar la selección del gráfico</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Keep the selection where it is when the chart is laid out</source>
        <translation>Mantener la selección donde está cuando se redistribuye el gráfico</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Distribuir</translation>
    </message>
    <message>
        <source>Lay the chart out again; pinned entities stay</source>
        <translation>Volver a distribuir el gráfico; las entidades fijadas se quedan</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole chart</source>
        <translation>Mostrar todo el gráfico</translation>
    </message>
    <message>
        <source>What the size of an entity shows</source>
        <translation>Qué muestra el tamaño de una entidad</translation>
    </message>
    <message>
        <source>Size: links</source>
        <translation>Tamaño: vínculos</translation>
    </message>
    <message>
        <source>Size: betweenness</source>
        <translation>Tamaño: intermediación</translation>
    </message>
    <message>
        <source>Size: PageRank</source>
        <translation>Tamaño: PageRank</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Comunidades</translation>
    </message>
    <message>
        <source>Fade outside window</source>
        <translation>Atenuar fuera de la ventana</translation>
    </message>
    <message>
        <source>Links dated outside the filter&apos;s time window are hidden; with this on they are drawn faded instead. Undated links are always drawn.</source>
        <translation>Los vínculos fechados fuera de la ventana temporal del filtro se ocultan; con esta opción se dibujan atenuados. Los vínculos sin fecha se dibujan siempre.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Camino</translation>
    </message>
    <message>
        <source>A path between the two selected entities (S, W, T)</source>
        <translation>Un camino entre las dos entidades seleccionadas (S, W, T)</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Camino más corto</translation>
    </message>
    <message>
        <source>The fewest links between the two selected entities</source>
        <translation>El menor número de vínculos entre las dos entidades seleccionadas</translation>
    </message>
    <message>
        <source>Strongest path</source>
        <translation>Camino más fuerte</translation>
    </message>
    <message>
        <source>The path along the strongest ties (a link costs 1 / its weight)</source>
        <translation>El camino por los lazos más fuertes (un vínculo cuesta 1 / su peso)</translation>
    </message>
    <message>
        <source>Time-respecting path</source>
        <translation>Camino con orden temporal</translation>
    </message>
    <message>
        <source>A path whose every link is no earlier than the one before</source>
        <translation>Un camino en el que cada vínculo no es anterior al previo</translation>
    </message>
    <message>
        <source>Clear path</source>
        <translation>Borrar camino</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <source>Group entities into one node, or collapse leaves (G, C)</source>
        <translation>Agrupar entidades en un nodo, o contraer las hojas (G, C)</translation>
    </message>
    <message>
        <source>Make one group node of the selected entities</source>
        <translation>Hacer un nodo de grupo con las entidades seleccionadas</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Desagrupar</translation>
    </message>
    <message>
        <source>Break up the selected groups</source>
        <translation>Deshacer los grupos seleccionados</translation>
    </message>
    <message>
        <source>Collapse leaves</source>
        <translation>Contraer las hojas</translation>
    </message>
    <message>
        <source>Fold the selection&apos;s leaf neighbours (its phones, accounts…) into it</source>
        <translation>Plegar en la selección sus vecinos hoja (sus teléfonos, cuentas…)</translation>
    </message>
    <message>
        <source>Show collapsed</source>
        <translation>Mostrar los contraídos</translation>
    </message>
    <message>
        <source>Show again what was collapsed into the selection</source>
        <translation>Volver a mostrar lo que se contrajo en la selección</translation>
    </message>
    <message>
        <source>Merges…</source>
        <translation>Fusiones…</translation>
    </message>
    <message>
        <source>Review suggested merges of likely duplicates: accept or reject each, undo any</source>
        <translation>Revisar las fusiones sugeridas de probables duplicados: aceptar o rechazar cada una, deshacer cualquiera</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the chart as drawn, with a legend and a caption, as PNG, SVG or PDF</source>
        <translation>Guardar el gráfico tal como se dibuja, con leyenda y pie, como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Drag from here onto a judgement in the Reports tab to cite the selected entities</source>
        <translation>Arrastre desde aquí a un juicio de la pestaña Informes para citar las entidades seleccionadas</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Open chart…</source>
        <translation>Abrir gráfico…</translation>
    </message>
    <message>
        <source>Export link chart</source>
        <translation>Exportar gráfico de vínculos</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Abrir gráfico</translation>
    </message>
    <message>
        <source>No chart has been saved in this workspace yet.</source>
        <translation>Aún no se ha guardado ningún gráfico en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Gráfico:</translation>
    </message>
    <message>
        <source>%1 entities of this chart are no longer in the workspace (a later import removed them).</source>
        <translation>%1 entidades de este gráfico ya no están en el espacio de trabajo (las eliminó una importación posterior).</translation>
    </message>
    <message>
        <source>Laying out %1 entities…</source>
        <translation>Distribuyendo %1 entidades…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Key actors</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <source>Money flow</source>
        <translation>Flujo de dinero</translation>
    </message>
    <message>
        <source>Show search result</source>
        <translation>Mostrar el resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Link chart: %1 entities shown%2. Made with Waymark.</source>
        <translation>Gráfico de vínculos: %1 entidades mostradas%2. Hecho con Waymark.</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Size: as in the file</source>
        <translation>Tamaño: como en el archivo</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Gráfico de vínculos</translation>
    </message>
    <message>
        <source>Arrow keys move to the nearest entity that way; E expands the selection, Delete hides it, F fits the chart</source>
        <translation>Las teclas de flecha llevan a la entidad más cercana en esa dirección; E expande la selección, Supr la oculta, F ajusta el gráfico</translation>
    </message>
    <message numerus="yes">
        <source>%n collapsed into it (Shift+C shows them)</source>
        <translation>
            <numerusform>%n contraída en ella (Mayús+C la muestra)</numerusform>
            <numerusform>%n contraídas en ella (Mayús+C las muestra)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ring each entity in the colour of the community Louvain finds; icons and the legend keep the types</source>
        <translation>Rodear cada entidad con el color de la comunidad que encuentra Louvain; los iconos y la leyenda conservan los tipos</translation>
    </message>
    <message>
        <source>Wrote the link chart figure.</source>
        <translation>Se escribió la figura del gráfico de vínculos.</translation>
    </message>
    <message>
        <source>The link chart shows no entities: open the Link chart tab and show some first.</source>
        <translation>El gráfico de vínculos no muestra ninguna entidad: abra la pestaña Gráfico de vínculos y muestre alguna primero.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ChartView</name>
    <message>
        <source>Age and gender</source>
        <translation>Edad y género</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Country of exploitation</source>
        <translation>País de explotación</translation>
    </message>
    <message>
        <source>Sources and grades</source>
        <translation>Fuentes y calificaciones</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>No hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <source>Nothing under this filter</source>
        <translation>Nada con este filtro</translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1: %2 en total</translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · datos a %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ColumnMappingDialog</name>
    <message>
        <source>Column mapping for %1</source>
        <translation>Asignación de columnas para %1</translation>
    </message>
    <message>
        <source>The preset&apos;s name, e.g. the bank and its export format</source>
        <translation>El nombre de la predefinición, p. ej. el banco y su formato de exportación</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <source>Point: 1234.56</source>
        <translation>Punto: 1234.56</translation>
    </message>
    <message>
        <source>Comma: 1234,56</source>
        <translation>Coma: 1234,56</translation>
    </message>
    <message>
        <source>ISO 8601 (2024-03-05 or 2024-03-05T22:15:00)</source>
        <translation>ISO 8601 (2024-03-05 o 2024-03-05T22:15:00)</translation>
    </message>
    <message>
        <source>Qt date format, e.g. dd.MM.yyyy HH:mm or MM/dd/yyyy; empty for ISO 8601</source>
        <translation>Formato de fecha de Qt, p. ej. dd.MM.yyyy HH:mm o MM/dd/yyyy; vacío para ISO 8601</translation>
    </message>
    <message>
        <source>e.g. EUR, when the file has no currency column</source>
        <translation>p. ej. EUR, cuando el archivo no tiene columna de moneda</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Nombre de la predefinición:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Separador decimal:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Formato de fecha:</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Moneda por defecto:</translation>
    </message>
    <message>
        <source>Which column holds…</source>
        <translation>Qué columna contiene…</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
    <message>
        <source>only when payer and payee banks are mapped</source>
        <translation>solo cuando se asignan los bancos del ordenante y del beneficiario</translation>
    </message>
    <message>
        <source>Accounts at this bank are scored; accounts at any other bank are counterparties</source>
        <translation>Las cuentas de este banco se puntúan; las cuentas de cualquier otro banco son contrapartes</translation>
    </message>
    <message>
        <source>Dates (not steps)</source>
        <translation>Fechas (no pasos)</translation>
    </message>
    <message>
        <source>Steps of a second</source>
        <translation>Pasos de un segundo</translation>
    </message>
    <message>
        <source>Steps of a minute</source>
        <translation>Pasos de un minuto</translation>
    </message>
    <message>
        <source>Steps of an hour (PaySim)</source>
        <translation>Pasos de una hora (PaySim)</translation>
    </message>
    <message>
        <source>Steps of a day</source>
        <translation>Pasos de un día</translation>
    </message>
    <message>
        <source>date and time of step 0, e.g. 2024-01-01T00:00:00</source>
        <translation>fecha y hora del paso 0, p. ej. 2024-01-01T00:00:00</translation>
    </message>
    <message>
        <source>Our bank:</source>
        <translation>Nuestro banco:</translation>
    </message>
    <message>
        <source>Time column counts:</source>
        <translation>La columna de tiempo cuenta:</translation>
    </message>
    <message>
        <source>Time steps start at:</source>
        <translation>Los pasos de tiempo empiezan el:</translation>
    </message>
    <message>
        <source>Guessed (%1): %2</source>
        <translation>Deducido (%1): %2</translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing guessed: choose the columns.</source>
        <translation>No se ha deducido nada: elija las columnas.</translation>
    </message>
    <message numerus="yes">
        <source>Guessed from the header and the first %n rows, %1 overall: %2</source>
        <translation>
            <numerusform>Deducido del encabezado y de %n fila inicial, %1 en conjunto: %2</numerusform>
            <numerusform>Deducido del encabezado y de las %n primeras filas, %1 en conjunto: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The character between the file&apos;s columns</source>
        <translation>El carácter entre las columnas del archivo</translation>
    </message>
    <message>
        <source>The character before the decimals of amounts</source>
        <translation>El carácter antes de los decimales de los importes</translation>
    </message>
    <message>
        <source>Whether the time column holds dates, or numbered steps of a simulation</source>
        <translation>Si la columna de tiempo contiene fechas o pasos numerados de una simulación</translation>
    </message>
    <message>
        <source>The column of the file read as: %1</source>
        <translation>La columna del archivo leída como: %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::EvidenceDragSource</name>
    <message>
        <source>⇲ Drag to a report</source>
        <translation>⇲ Arrastrar a un informe</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of evidence</source>
        <translation>
            <numerusform>%n prueba</numerusform>
            <numerusform>%n pruebas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ui::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Limit every view to incidents in this time window. Incidents known only to a year or a month match if their period overlaps.</source>
        <translation>Limitar todas las vistas a los incidentes de esta ventana temporal. Los incidentes conocidos solo por un año o un mes coinciden si su periodo se solapa.</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>Tipo de explotación</translation>
    </message>
    <message>
        <source>All types of exploitation</source>
        <translation>Todos los tipos de explotación</translation>
    </message>
    <message>
        <source>%1 (Waymark)</source>
        <translation>%1 (Waymark)</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todas las fuentes</translation>
    </message>
    <message>
        <source>Source grade (the source evaluation of its grading scheme)</source>
        <translation>Calificación de la fuente (la evaluación de la fuente en su esquema de calificación)</translation>
    </message>
    <message>
        <source> to </source>
        <translation> a </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Show all incidents (Ctrl+Shift+R)</source>
        <translation>Mostrar todos los incidentes (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Todas las calificaciones</translation>
    </message>
    <message>
        <source>Source grade %1</source>
        <translation>Calificación de la fuente %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::HelpBrowser</name>
    <message>
        <source>Waymark User Guide</source>
        <translation>Guía del usuario de Waymark</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>The guide&apos;s first page</source>
        <translation>Primera página de la guía</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Look for…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>%1 is not part of the guide: Waymark opens no web pages or other files.</source>
        <translation>%1 no forma parte de la guía: Waymark no abre páginas web ni otros archivos.</translation>
    </message>
    <message>
        <source>The user guide was not found. Waymark looked for %1 in: %2.</source>
        <translation>No se encontró la guía del usuario. Waymark buscó %1 en: %2.</translation>
    </message>
    <message>
        <source>The user guide %1 cannot be read: %2</source>
        <translation>No se puede leer la guía del usuario %1: %2</translation>
    </message>
    <message>
        <source>it holds no Waymark guide.</source>
        <translation>no contiene ninguna guía de Waymark.</translation>
    </message>
    <message>
        <source>User guide page</source>
        <translation>Página de la guía del usuario</translation>
    </message>
    <message>
        <source>Tab moves between the page&apos;s links and then on; Enter follows a link</source>
        <translation>Tab recorre los enlaces de la página y luego sigue adelante; Intro abre un enlace</translation>
    </message>
    <message>
        <source>The guide&apos;s chapters and sections; Enter opens one</source>
        <translation>Los capítulos y secciones de la guía; Intro abre uno</translation>
    </message>
    <message>
        <source>Look for a word in the index</source>
        <translation>Buscar una palabra en el índice</translation>
    </message>
    <message>
        <source>The guide&apos;s index words; Enter opens the page</source>
        <translation>Las palabras del índice de la guía; Intro abre la página</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportDialog</name>
    <message>
        <source>Import into workspace</source>
        <translation>Importar al espacio de trabajo</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Add extract f&amp;older…</source>
        <translation>Añadir &amp;carpeta de extracto…</translation>
    </message>
    <message>
        <source>From a mapping file…</source>
        <translation>Desde un archivo de asignación…</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Asignaciones de columnas (*.json)</translation>
    </message>
    <message>
        <source>&amp;Keep going: import valid rows, keep rejected rows in quarantine</source>
        <translation>C&amp;ontinuar: importar las filas válidas, guardar las filas rechazadas en cuarentena</translation>
    </message>
    <message>
        <source>Without this, one bad row stops the import of its file and the workspace stays as it was.</source>
        <translation>Sin esto, una fila errónea detiene la importación de su archivo y el espacio de trabajo queda como estaba.</translation>
    </message>
    <message>
        <source>Add files, then Import.</source>
        <translation>Añada archivos y luego pulse Importar.</translation>
    </message>
    <message>
        <source>The summary and every rejected row (file:line:column: reason) appear here.</source>
        <translation>El resumen y cada fila rechazada (archivo:línea:columna: motivo) aparecen aquí.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Files to import:</source>
        <translation>Archivos que importar:</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Hub extract folder</source>
        <translation>Carpeta de extracto del hub</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Stop; the workspace stays as it was before this file</source>
        <translation>Detener; el espacio de trabajo queda como estaba antes de este archivo</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows</source>
        <translation>  … y %1 filas rechazadas más</translation>
    </message>
    <message>
        <source>Canceled; the workspace is as it was before the canceled file.</source>
        <translation>Cancelado; el espacio de trabajo está como estaba antes del archivo cancelado.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Bank mapping: %1</source>
        <translation>Asignación bancaria: %1</translation>
    </message>
    <message>
        <source>Specification: %1</source>
        <translation>Especificación: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>Hub extracts (folder or .zip), CTDC and bank CSV files, network files (GraphML, GEXF, GML, Pajek, UCINET DL, adjacency matrices). Delete removes the selected files.</source>
        <translation>Extractos del hub (carpeta o .zip), archivos CSV de CTDC y bancarios, archivos de red (GraphML, GEXF, GML, Pajek, UCINET DL, matrices de adyacencia). Supr quita los archivos seleccionados.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Take the selected files off the list (Delete)</source>
        <translation>Quitar los archivos seleccionados de la lista (Supr)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <source>Empty the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>&amp;Define a mapping…</source>
        <translation>&amp;Definir una asignación…</translation>
    </message>
    <message>
        <source>Say which column of the selected bank CSV file holds the account, the date, the amount…, save it as a preset and read the file with it</source>
        <translation>Indicar qué columna del archivo CSV bancario seleccionado contiene la cuenta, la fecha, el importe…, guardarlo como ajuste predefinido y leer el archivo con él</translation>
    </message>
    <message>
        <source>New &amp;specification…</source>
        <translation>Nueva e&amp;specificación…</translation>
    </message>
    <message>
        <source>Map the selected table&apos;s columns to incidents, places, people… and save it</source>
        <translation>Asignar las columnas de la tabla seleccionada a incidentes, lugares, personas… y guardarlo</translation>
    </message>
    <message>
        <source>How to read this file: detected from its name and first line, with an import specification, or with a bank column mapping</source>
        <translation>Cómo leer este archivo: detectado a partir de su nombre y su primera línea, con una especificación de importación o con una asignación de columnas bancaria</translation>
    </message>
    <message>
        <source>Define a mapping…</source>
        <translation>Definir una asignación…</translation>
    </message>
    <message>
        <source>Mapping file: %1</source>
        <translation>Archivo de asignación: %1</translation>
    </message>
    <message>
        <source>Select the bank&apos;s CSV file first: the mapping is made from its header and rows.</source>
        <translation>Seleccione primero el archivo CSV del banco: la asignación se crea a partir de su encabezado y sus filas.</translation>
    </message>
    <message>
        <source>%1 is a folder: a mapping is made from a bank&apos;s CSV file.</source>
        <translation>%1 es una carpeta: las asignaciones se crean a partir del archivo CSV de un banco.</translation>
    </message>
    <message>
        <source>Edit &amp;specification…</source>
        <translation>Editar e&amp;specificación…</translation>
    </message>
    <message>
        <source>Select a table first: a specification is made on its columns.</source>
        <translation>Seleccione primero una tabla: las especificaciones se crean sobre sus columnas.</translation>
    </message>
    <message>
        <source>A hub extract needs no specification.</source>
        <translation>Un extracto del hub no necesita especificación.</translation>
    </message>
    <message>
        <source>%1 will be read with the specification %2 (version %3).</source>
        <translation>%1 se leerá con la especificación %2 (versión %3).</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos que importar</translation>
    </message>
    <message>
        <source>Choose files to add to the list</source>
        <translation>Elegir archivos para añadirlos a la lista</translation>
    </message>
    <message>
        <source>Choose a hub extract folder to add to the list</source>
        <translation>Elegir una carpeta de extracto del hub para añadirla a la lista</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Detect automatically: specification %1</source>
        <translation>Detección automática: especificación %1</translation>
    </message>
    <message>
        <source>No built-in reader knows this table; the saved specification %1 is the only one whose columns it has, and will read it.</source>
        <translation>Ningún lector integrado conoce esta tabla; la especificación guardada %1 es la única cuyas columnas tiene, y será la que la lea.</translation>
    </message>
    <message>
        <source>Detect automatically: needs a specification</source>
        <translation>Detección automática: necesita una especificación</translation>
    </message>
    <message>
        <source>No built-in reader and no saved specification knows this table: choose or define an import specification (bank transactions: a column mapping), or the import refuses it.</source>
        <translation>Ningún lector integrado ni ninguna especificación guardada conoce esta tabla: elija o defina una especificación de importación (transacciones bancarias: una correspondencia de columnas), o la importación la rechazará.</translation>
    </message>
    <message numerus="yes">
        <source>Detect automatically: choose one of %n specifications</source>
        <translation>
            <numerusform>Detección automática: elija entre %n especificación</numerusform>
            <numerusform>Detección automática: elija entre %n especificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>These saved specifications all read this table: %1. Choose the one to use.</source>
        <translation>Todas estas especificaciones guardadas leen esta tabla: %1. Elija la que se usará.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::IncidentsPanel</name>
    <message>
        <source>Show selected &amp;only</source>
        <translation>Mostrar s&amp;olo los seleccionados</translation>
    </message>
    <message>
        <source>List only the incidents selected in any view (map, timeline, link chart, search), under the filter</source>
        <translation>Listar solo los incidentes seleccionados en cualquier vista (mapa, cronología, gráfico de vínculos, búsqueda), con el filtro</translation>
    </message>
    <message>
        <source>No incidents selected</source>
        <translation>Ningún incidente seleccionado</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 seleccionados</translation>
    </message>
    <message>
        <source>%1 selected, %2 of them under the filter</source>
        <translation>%1 seleccionados, %2 de ellos con el filtro</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>The incidents under the filter; the selection is shared with every view</source>
        <translation>Los incidentes con el filtro; la selección se comparte con todas las vistas</translation>
    </message>
</context>
<context>
    <name>waymark::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Waymark will use %1 from the next time it starts. Close and open Waymark again to switch now.</source>
        <translation>Waymark usará «%1» a partir de la próxima vez que se inicie. Cierre y vuelva a abrir Waymark para cambiar ya.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::LinkChartView</name>
    <message>
        <source>Wheel: zoom · drag: pan or move an entity · Ctrl+click: add to the selection
E: expand by one link · Delete: hide · P: pin · L: lay out · F: fit · Ctrl+Z: undo
G: group · Shift+G: ungroup · C: collapse leaves · Shift+C: show them again
S: shortest path · W: strongest path · T: time-respecting path (two entities selected)</source>
        <translation>Rueda: zoom · arrastrar: desplazar o mover una entidad · Ctrl+clic: añadir a la selección
E: expandir un vínculo · Supr: ocultar · P: fijar · L: distribuir · F: ajustar · Ctrl+Z: deshacer
G: agrupar · Mayús+G: desagrupar · C: contraer las hojas · Mayús+C: volver a mostrarlas
S: camino más corto · W: camino más fuerte · T: camino con orden temporal (dos entidades seleccionadas)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entities</source>
        <translation>
            <numerusform>%1: %n entidad</numerusform>
            <numerusform>%1: %n entidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collapsed into it (Shift+C shows them)</source>
        <translation>
            <numerusform>%n contraída en ella (Mayús+C la muestra)</numerusform>
            <numerusform>%n contraídas en ella (Mayús+C las muestra)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1 — %2 — %3: %4, %5</source>
        <translation>%1 — %2 — %3: %4, %5</translation>
    </message>
    <message>
        <source>No entities on the chart. Open a workspace with entities and links.</source>
        <translation>No hay entidades en el gráfico. Abra un espacio de trabajo con entidades y vínculos.</translation>
    </message>
    <message>
        <source>%1 of %2 entities on the chart · %3 selected</source>
        <translation>%1 de %2 entidades en el gráfico · %3 seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source> · %n link(s) outside the time window hidden</source>
        <translation>
            <numerusform> · %n vínculo fuera de la ventana temporal oculto</numerusform>
            <numerusform> · %n vínculos fuera de la ventana temporal ocultos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Money: arrow to the payee, width by amount</source>
        <translation>Dinero: flecha hacia el beneficiario, ancho según el importe</translation>
    </message>
</context>
<context>
    <name>waymark::ui::MainWindow</name>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidentes</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;Link chart</source>
        <translation>&amp;Gráfico de vínculos</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Cuentas</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Info&amp;rmes</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>New &amp;Encrypted Workspace…</source>
        <translation>Nuevo espacio de trabajo ci&amp;frado…</translation>
    </message>
    <message>
        <source>A workspace whose file, journal and autosaves are encrypted under a passphrase (Argon2id, XChaCha20-Poly1305): a lost laptop gives nothing away.</source>
        <translation>Un espacio de trabajo cuyo archivo, diario y copias de autoguardado están cifrados con una frase de contraseña (Argon2id, XChaCha20-Poly1305): un portátil perdido no revela nada.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Write an encrypted copy of this workspace under a passphrase</source>
        <translation>Escribir una copia cifrada de este espacio de trabajo con una frase de contraseña</translation>
    </message>
    <message>
        <source>Create an empty workspace file for a new investigation</source>
        <translation>Crear un archivo de espacio de trabajo vacío para una nueva investigación</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import hub extracts, CTDC files or bank transactions (or drop files on the window)</source>
        <translation>Importar extractos del hub, archivos CTDC o transacciones bancarias (o suelte archivos en la ventana)</translation>
    </message>
    <message>
        <source>Add &amp;Map Layer…</source>
        <translation>Añadir capa de &amp;mapa…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Cerrar espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>&amp;Acerca de Waymark</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Route volume</source>
        <translation>Volumen por ruta</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>%1 is encrypted. Passphrase:</source>
        <translation>%1 está cifrado. Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Encrypted workspace</source>
        <translation>Espacio de trabajo cifrado</translation>
    </message>
    <message>
        <source>Open a Cleaned Copy…</source>
        <translation>Abrir una copia limpia…</translation>
    </message>
    <message>
        <source>Cleaned copy</source>
        <translation>Copia limpia</translation>
    </message>
    <message>
        <source>%1 (cleaned).waymark</source>
        <translation>%1 (limpio).waymark</translation>
    </message>
    <message>
        <source>Waymark workspaces (*.waymark)</source>
        <translation>Espacios de trabajo de Waymark (*.waymark)</translation>
    </message>
    <message>
        <source>%1 — Waymark</source>
        <translation>%1 — Waymark</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 ya existe. Ábralo, o elija otro nombre.</translation>
    </message>
    <message>
        <source>New encrypted workspace</source>
        <translation>Nuevo espacio de trabajo cifrado</translation>
    </message>
    <message>
        <source>Passphrase for %1 (a long sentence is best; without it the workspace cannot be opened):</source>
        <translation>Frase de contraseña de %1 (lo mejor es una frase larga; sin ella el espacio de trabajo no se puede abrir):</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña son distintas.</translation>
    </message>
    <message>
        <source>Encrypt a copy</source>
        <translation>Cifrar una copia</translation>
    </message>
    <message>
        <source>%1 is encrypted already.</source>
        <translation>%1 ya está cifrado.</translation>
    </message>
    <message>
        <source>Encrypted copy</source>
        <translation>Copia cifrada</translation>
    </message>
    <message>
        <source>%1 (encrypted).waymark</source>
        <translation>%1 (cifrado).waymark</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Wrote the encrypted copy %1. Open it now? The plain workspace stays where it is: delete it securely once you no longer need it.</source>
        <translation>Se escribió la copia cifrada %1. ¿Abrirla ahora? El espacio de trabajo sin cifrar se queda donde está: bórrelo de forma segura cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Waymark workspaces (*.waymark);;All files (*)</source>
        <translation>Espacios de trabajo de Waymark (*.waymark);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No workspace open: File ▸ New or Open (Ctrl+N, Ctrl+O)</source>
        <translation>Ningún espacio de trabajo abierto: Archivo ▸ Nuevo o Abrir (Ctrl+N, Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 of %2 incidents</source>
        <translation>%1 de %2 incidentes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Abra o cree primero un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? The workspace stays as it was before that file.</source>
        <translation>Hay una importación en curso. ¿Cancelarla y salir? El espacio de trabajo queda como estaba antes de ese archivo.</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>Acerca de Waymark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;An offline workstation for analysts who fight human trafficking: hub extracts in a local workspace, routes and hotspots, link graphs, financial typologies and Key Judgement Reports.&lt;/p&gt;&lt;p&gt;Waymark opens no network connection.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data attributions&lt;/b&gt;&lt;br/&gt;Source: Counter-Trafficking Data Collaborative (CTDC), Global Synthetic Dataset.&lt;br/&gt;Country codes and names: ISO 3166 via Debian iso-codes (LGPL-2.1+).&lt;br/&gt;Representative points: IANA time zone database (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Un puesto de trabajo sin conexión para analistas que combaten la trata de personas: extractos del hub en un espacio de trabajo local, rutas y puntos calientes, grafos de vínculos, tipologías financieras e informes de juicios clave.&lt;/p&gt;&lt;p&gt;Waymark no abre ninguna conexión de red.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Atribución de los datos&lt;/b&gt;&lt;br/&gt;Fuente: Counter-Trafficking Data Collaborative (CTDC), Global Synthetic Dataset.&lt;br/&gt;Códigos y nombres de países: ISO 3166 a través de Debian iso-codes (LGPL-2.1+).&lt;br/&gt;Puntos representativos: base de datos de zonas horarias de la IANA (dominio público).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Table to build an import specification on</source>
        <translation>Tabla sobre la que crear una especificación de importación</translation>
    </message>
    <message>
        <source>Tables (%1);;All files (*)</source>
        <translation>Tablas (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Map the columns of any table to incidents, places, people…: saved, versioned, reused</source>
        <translation>Asignar las columnas de cualquier tabla a incidentes, lugares, personas…: guardadas, versionadas, reutilizadas</translation>
    </message>
    <message>
        <source>Add a GIS layer (GeoJSON, KML, Shapefile, GPX, FlatGeobuf, GeoPackage, MBTiles) to the map (or drop it on the map)</source>
        <translation>Añadir una capa SIG (GeoJSON, KML, Shapefile, GPX, FlatGeobuf, GeoPackage, MBTiles) al mapa (o soltarla sobre el mapa)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Ata&amp;jos de teclado</translation>
    </message>
    <message>
        <source>Writing the sample extract…</source>
        <translation>Escribiendo el extracto de muestra…</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Export &amp;Figure</source>
        <translation>Exportar fi&amp;gura</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <source>&amp;Share with Hub…</source>
        <translation>Compartir con el &amp;hub…</translation>
    </message>
    <message>
        <source>Share with Hub</source>
        <translation>Compartir con el hub</translation>
    </message>
    <message>
        <source>Share packages (*.zip)</source>
        <translation>Paquetes para compartir (*.zip)</translation>
    </message>
    <message>
        <source>A pseudonymised package of the filtered records for the hub or a partner, after the releasability check</source>
        <translation>Un paquete seudonimizado de los registros filtrados para el hub o un socio, tras la comprobación de difusión</translation>
    </message>
    <message>
        <source>Choose a route on the Route volume chart first.</source>
        <translation>Elija primero una ruta en el gráfico Volumen por ruta.</translation>
    </message>
    <message>
        <source>Encrypt a Cop&amp;y…</source>
        <translation>Cifrar una co&amp;pia…</translation>
    </message>
    <message>
        <source>Import S&amp;pecifications…</source>
        <translation>&amp;Especificaciones de importación…</translation>
    </message>
</context>
<context>
    <name>waymark::ui::MapPanel</name>
    <message>
        <source>Your layers</source>
        <translation>Sus capas</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected layer from the map (the file is not touched)</source>
        <translation>Quitar del mapa la capa seleccionada (el archivo no se toca)</translation>
    </message>
    <message>
        <source>The map could not load its incidents: %1</source>
        <translation>El mapa no pudo cargar sus incidentes: %1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Incidents as points, clustered by zoom and coloured by type</source>
        <translation>Incidentes como puntos, agrupados según el zoom y coloreados por tipo</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Rutas</translation>
    </message>
    <message>
        <source>Origin → transit → destination flows as great-circle arcs; width is the number of incidents</source>
        <translation>Flujos origen → tránsito → destino como arcos de círculo máximo; el ancho es el número de incidentes</translation>
    </message>
    <message>
        <source>Choropleth</source>
        <translation>Coropletas</translation>
    </message>
    <message>
        <source>Countries shaded by victims, in classes</source>
        <translation>Países sombreados por víctimas, en clases</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Puntos calientes</translation>
    </message>
    <message>
        <source>Kernel density of incidents, in incidents per 1,000 km²; one colour scale at every zoom and time</source>
        <translation>Densidad kernel de incidentes, en incidentes por 1000 km²; una sola escala de color en todo zoom y tiempo</translation>
    </message>
    <message>
        <source>Significant hotspots</source>
        <translation>Puntos calientes significativos</translation>
    </message>
    <message>
        <source>Getis-Ord Gi*: cells significantly hot or cold at 90/95/99 % confidence</source>
        <translation>Gi* de Getis-Ord: celdas significativamente calientes o frías con una confianza del 90/95/99 %</translation>
    </message>
    <message>
        <source>Routes by country</source>
        <translation>Rutas por país</translation>
    </message>
    <message>
        <source>Routes by city where known</source>
        <translation>Rutas por ciudad cuando se conoce</translation>
    </message>
    <message>
        <source>Aggregate flows between countries, or between cities where the data name them</source>
        <translation>Flujos agregados entre países, o entre ciudades cuando los datos las nombran</translation>
    </message>
    <message>
        <source>Victims by country of exploitation</source>
        <translation>Víctimas por país de explotación</translation>
    </message>
    <message>
        <source>Victims by citizenship</source>
        <translation>Víctimas por nacionalidad</translation>
    </message>
    <message>
        <source>What the choropleth counts</source>
        <translation>Qué cuenta el mapa de coropletas</translation>
    </message>
    <message>
        <source>Zoom to all</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <source>Fit every located incident in view (Home)</source>
        <translation>Encuadrar todos los incidentes localizados (Inicio)</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Ver la selección</translation>
    </message>
    <message>
        <source>Fit the selected incidents in view (Z)</source>
        <translation>Encuadrar los incidentes seleccionados (Z)</translation>
    </message>
    <message>
        <source>Drag from here onto a judgement in the Reports tab to cite the selected incidents</source>
        <translation>Arrastre desde aquí a un juicio de la pestaña Informes para citar los incidentes seleccionados</translation>
    </message>
    <message>
        <source>Add layer…</source>
        <translation>Añadir capa…</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Exportar mapa…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF with legend, scale bar and caption (Ctrl+Shift+E)</source>
        <translation>Guardar el mapa como PNG, SVG o PDF con leyenda, barra de escala y pie (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>Latitude, longitude under the cursor</source>
        <translation>Latitud, longitud bajo el cursor</translation>
    </message>
    <message>
        <source>Hotspot settings</source>
        <translation>Ajustes de puntos calientes</translation>
    </message>
    <message>
        <source>Kernel bandwidth, weighting, and the Gi* grid; remembered between sessions</source>
        <translation>Ancho de banda del kernel, ponderación y la cuadrícula Gi*; se recuerdan entre sesiones</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian kernel: how far one incident&apos;s weight spreads</source>
        <translation>Desviación típica del kernel gaussiano: hasta dónde se extiende el peso de un incidente</translation>
    </message>
    <message>
        <source>Kernel bandwidth</source>
        <translation>Ancho de banda del kernel</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Víctimas</translation>
    </message>
    <message>
        <source>Count incidents, or weight each incident by its number of victims</source>
        <translation>Contar incidentes, o ponderar cada incidente por su número de víctimas</translation>
    </message>
    <message>
        <source>Weight by</source>
        <translation>Ponderar por</translation>
    </message>
    <message>
        <source>Size of the Gi* grid cells</source>
        <translation>Tamaño de las celdas de la cuadrícula Gi*</translation>
    </message>
    <message>
        <source>Gi* cell</source>
        <translation>Celda Gi*</translation>
    </message>
    <message>
        <source>Neighbourhood of each cell: cells whose centres lie within this distance</source>
        <translation>Vecindad de cada celda: celdas cuyos centros están a esta distancia o menos</translation>
    </message>
    <message>
        <source>Gi* band</source>
        <translation>Banda Gi*</translation>
    </message>
    <message>
        <source>Hot and cold spots</source>
        <translation>Puntos calientes y fríos</translation>
    </message>
    <message>
        <source>Emerging: against the period before</source>
        <translation>Emergentes: frente al periodo anterior</translation>
    </message>
    <message>
        <source>Emerging compares the time window with the window of the same length just before it (with no window: the second half of the data against the first)</source>
        <translation>Emergentes compara la ventana temporal con la ventana de la misma duración justo anterior (sin ventana: la segunda mitad de los datos frente a la primera)</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Significación</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Reproducir</translation>
    </message>
    <message>
        <source>Move the time window forward step by step; every layer follows (Ctrl+Space)</source>
        <translation>Avanzar la ventana temporal paso a paso; todas las capas la siguen (Ctrl+Espacio)</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Length of the time window the slider moves</source>
        <translation>Duración de la ventana temporal que mueve el control deslizante</translation>
    </message>
    <message>
        <source>Start of the shared time window</source>
        <translation>Inicio de la ventana temporal compartida</translation>
    </message>
    <message>
        <source>List them</source>
        <translation>Listarlos</translation>
    </message>
    <message>
        <source>Select the incidents that have no point on the map, so the table lists them</source>
        <translation>Seleccionar los incidentes que no tienen punto en el mapa, para que la tabla los liste</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pausa</translation>
    </message>
    <message>
        <source>%1 on the map</source>
        <translation>%1 en el mapa</translation>
    </message>
    <message>
        <source> · %1 located to a country only</source>
        <translation> · %1 localizados solo en un país</translation>
    </message>
    <message>
        <source> · %1 without a place</source>
        <translation> · %1 sin lugar</translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation> · %1 seleccionados</translation>
    </message>
    <message>
        <source>Incidents in the time window: %1. Those without a point are counted in the choropleth where their country is known, and listed with “List them”.</source>
        <translation>Incidentes en la ventana temporal: %1. Los que no tienen punto se cuentan en el mapa de coropletas cuando se conoce su país, y se listan con «Listarlos».</translation>
    </message>
    <message>
        <source>Add Map Layer</source>
        <translation>Añadir capa de mapa</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) skipped</source>
        <translation>
            <numerusform>%1: %n entidad omitida</numerusform>
            <numerusform>%1: %n entidades omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>The layer was added; some features could not be drawn:
%1</source>
        <translation>Se añadió la capa; algunas entidades no se pudieron dibujar:
%1</translation>
    </message>
    <message>
        <source>Some saved map layers could not be opened: %1</source>
        <translation>No se pudieron abrir algunas capas de mapa guardadas: %1</translation>
    </message>
    <message>
        <source>GIS layers (GeoJSON, KML, Shapefile, GPX, FlatGeobuf, GeoPackage, MBTiles): tick to show, drag to reorder (top draws last). Add with the toolbar or drop a file on the map.</source>
        <translation>Capas SIG (GeoJSON, KML, Shapefile, GPX, FlatGeobuf, GeoPackage, MBTiles): marque para mostrar, arrastre para reordenar (la superior se dibuja al final). Añádalas con la barra de herramientas o suelte un archivo sobre el mapa.</translation>
    </message>
    <message>
        <source>Add a GIS layer: GeoJSON, KML/KMZ, Shapefile, GPX, FlatGeobuf, GeoPackage or MBTiles (Ctrl+Shift+L)</source>
        <translation>Añadir una capa SIG: GeoJSON, KML/KMZ, Shapefile, GPX, FlatGeobuf, GeoPackage o MBTiles (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Map layers (%1);;All files (*)</source>
        <translation>Capas de mapa (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Country names, and the names of cities with incidents, where they fit without overlapping</source>
        <translation>Nombres de países, y de las ciudades con incidentes, donde caben sin superponerse</translation>
    </message>
    <message>
        <source>Export layer…</source>
        <translation>Exportar capa…</translation>
    </message>
    <message>
        <source>Save incidents, routes, hotspots or Gi* cells as GeoJSON or KML for QGIS or Google Earth, after the releasability check</source>
        <translation>Guardar incidentes, rutas, puntos calientes o celdas Gi* como GeoJSON o KML para QGIS o Google Earth, tras la comprobación de difusión</translation>
    </message>
    <message>
        <source>Start of the time window</source>
        <translation>Inicio de la ventana temporal</translation>
    </message>
    <message>
        <source>Significance (Gi*)</source>
        <translation>Significación (Gi*)</translation>
    </message>
    <message>
        <source>Export Layer</source>
        <translation>Exportar capa</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;KML (*.kml)</source>
        <translation>GeoJSON (*.geojson);;KML (*.kml)</translation>
    </message>
    <message>
        <source>map layer %1</source>
        <translation>capa de mapa %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::MapView</name>
    <message>
        <source>Wheel: zoom · drag: pan · Shift-drag: select a rectangle · Ctrl-drag: lasso · click a cluster to expand it · Home: all · Z: selection · L: legend · Esc: clear selection</source>
        <translation>Rueda: zoom · arrastrar: desplazar · Mayús+arrastrar: seleccionar un rectángulo · Ctrl+arrastrar: lazo · clic en un grupo para expandirlo · Inicio: todo · Z: selección · L: leyenda · Esc: borrar la selección</translation>
    </message>
    <message>
        <source>Loading incidents…</source>
        <translation>Cargando incidentes…</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), %1 victims</source>
        <translation>
            <numerusform>%n incidente, %1 víctimas</numerusform>
            <numerusform>%n incidentes, %1 víctimas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 seleccionados</translation>
    </message>
    <message>
        <source>Click to expand</source>
        <translation>Clic para expandir</translation>
    </message>
    <message>
        <source>Click to select</source>
        <translation>Clic para seleccionar</translation>
    </message>
    <message>
        <source>%1 incidents, %2 victims</source>
        <translation>%1 incidentes, %2 víctimas</translation>
    </message>
    <message>
        <source>Click to select its incidents</source>
        <translation>Clic para seleccionar sus incidentes</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Arrow keys pan, + and - zoom, Home fits every incident, Z the selection; Ctrl+arrow keys move to the nearest cluster that way, N and Shift+N to the next and previous cluster; Enter or Space expands the cluster or selects it; Escape clears the selection</source>
        <translation>Las teclas de flecha desplazan, + y - hacen zoom, Inicio encuadra todos los incidentes, Z la selección; Ctrl+teclas de flecha llevan al grupo más cercano en esa dirección, N y Mayús+N al grupo siguiente y al anterior; Intro o Espacio expande el grupo o lo selecciona; Esc borra la selección</translation>
    </message>
    <message numerus="yes">
        <source>Map: cluster %1 of %2, %n incident(s), %3 victims</source>
        <translation>
            <numerusform>Mapa: grupo %1 de %2, %n incidente, %3 víctimas</numerusform>
            <numerusform>Mapa: grupo %1 de %2, %n incidentes, %3 víctimas</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Enter expands it.</source>
        <translation>Intro lo expande.</translation>
    </message>
    <message>
        <source>Enter selects its incidents.</source>
        <translation>Intro selecciona sus incidentes.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::MergeReviewDialog</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionar %1 en %2</translation>
    </message>
    <message>
        <source>Keep %1 and %2 apart</source>
        <translation>Mantener separados %1 y %2</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Review suggested merges</source>
        <translation>Revisar las fusiones sugeridas</translation>
    </message>
    <message>
        <source>Records that are likely the same person, phone, e-mail or account. Accepting a merge deletes nothing: every source of both records stays, and it can be undone.</source>
        <translation>Registros que probablemente son la misma persona, teléfono, correo electrónico o cuenta. Aceptar una fusión no borra nada: todas las fuentes de ambos registros se conservan, y se puede deshacer.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Fusionar en este</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>&amp;Accept merge</source>
        <translation>&amp;Aceptar la fusión</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>entidad %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No likely duplicates left to review.</source>
        <translation>No quedan probables duplicados por revisar.</translation>
    </message>
    <message>
        <source>Choose a suggestion in the list first.</source>
        <translation>Elija primero una sugerencia de la lista.</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Fusiones sugeridas</translation>
    </message>
    <message>
        <source>One suggestion a row: its score, the record kept, the record merged into it and why; choose one, then Accept or Reject</source>
        <translation>Una sugerencia por fila: su puntuación, el registro que se conserva, el registro que se fusiona en él y por qué; elija una y luego Aceptar la fusión o Rechazar</translation>
    </message>
    <message>
        <source>Merge the chosen pair: both records&apos; sources are kept, and it can be undone</source>
        <translation>Fusionar el par elegido: se conservan las fuentes de ambos registros, y se puede deshacer</translation>
    </message>
    <message>
        <source>Mark the chosen pair as different: it is not suggested again</source>
        <translation>Marcar el par elegido como distinto: no se vuelve a sugerir</translation>
    </message>
    <message>
        <source>Undo the last merge or rejection</source>
        <translation>Deshacer la última fusión o el último rechazo</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rehacer lo deshecho</translation>
    </message>
</context>
<context>
    <name>waymark::ui::MoneyFlowChart</name>
    <message>
        <source>%1
%2
Paid in: %3 · paid out: %4</source>
        <translation>%1
%2
Ingresado: %3 · pagado: %4</translation>
    </message>
    <message>
        <source>account in the workspace</source>
        <translation>cuenta del espacio de trabajo</translation>
    </message>
    <message>
        <source>counterparty outside the workspace</source>
        <translation>contraparte fuera del espacio de trabajo</translation>
    </message>
    <message>
        <source>← Link chart</source>
        <translation>← Gráfico de vínculos</translation>
    </message>
    <message>
        <source>Back to the chart of people, businesses, phones and accounts</source>
        <translation>Volver al gráfico de personas, empresas, teléfonos y cuentas</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Expandir</translation>
    </message>
    <message>
        <source>Add the counterparties of the selected accounts (E)</source>
        <translation>Añadir las contrapartes de las cuentas seleccionadas (E)</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Distribuir</translation>
    </message>
    <message>
        <source>Lay the chart out again; pinned accounts stay (L)</source>
        <translation>Volver a distribuir el gráfico; las cuentas fijadas se quedan (L)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole chart (F)</source>
        <translation>Mostrar todo el gráfico (F)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last chart edit</source>
        <translation>Deshacer la última edición del gráfico</translation>
    </message>
    <message>
        <source>Account %1 has no transfers with a named counterparty.</source>
        <translation>La cuenta %1 no tiene transferencias con una contraparte con nombre.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message numerus="yes">
        <source>Money flow of %1: %2 in from %n payer(s)</source>
        <translation>
            <numerusform>Flujo de dinero de %1: %2 ingresados por %n ordenante</numerusform>
            <numerusform>Flujo de dinero de %1: %2 ingresados por %n ordenantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 out to %n payee(s). Link width: money moved; hover a link for totals and dates.</source>
        <translation>
            <numerusform>, %1 pagados a %n beneficiario. Ancho del vínculo: dinero movido; pase el cursor sobre un vínculo para ver totales y fechas.</numerusform>
            <numerusform>, %1 pagados a %n beneficiarios. Ancho del vínculo: dinero movido; pase el cursor sobre un vínculo para ver totales y fechas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the %1 counterparties that moved the most of %2; E on the account shows all.</source>
        <translation>Se muestran las %1 contrapartes que más movieron de %2; E sobre la cuenta las muestra todas.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::OverviewPanel</name>
    <message>
        <source>&lt;p&gt;No workspace is open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay ningún espacio de trabajo abierto.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>waymark::ui::PathPanel</name>
    <message>
        <source>Click a hop to select its two entities on the chart</source>
        <translation>Haga clic en un salto para seleccionar sus dos entidades en el gráfico</translation>
    </message>
    <message>
        <source>Clear path</source>
        <translation>Borrar camino</translation>
    </message>
    <message>
        <source>Select two entities (Ctrl+click the second) to find a path between them.</source>
        <translation>Seleccione dos entidades (Ctrl+clic en la segunda) para buscar un camino entre ellas.</translation>
    </message>
    <message>
        <source>Only links in the time window were used.</source>
        <translation>Solo se usaron los vínculos de la ventana temporal.</translation>
    </message>
    <message>
        <source>Show path</source>
        <translation>Mostrar camino</translation>
    </message>
    <message>
        <source>Strongest path</source>
        <translation>Camino más fuerte</translation>
    </message>
    <message>
        <source>Time-respecting path</source>
        <translation>Camino con orden temporal</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Camino más corto</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s).</source>
        <translation>
            <numerusform>%1: %n vínculo.</numerusform>
            <numerusform>%1: %n vínculos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ui::ReleasabilityDialog</name>
    <message>
        <source>Releasability check: %1</source>
        <translation>Comprobación de difusión: %1</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Destino:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>By TLP label</source>
        <translation>Por etiqueta TLP</translation>
    </message>
    <message>
        <source>By handling code</source>
        <translation>Por código de tratamiento</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Por fuente</translation>
    </message>
    <message>
        <source>Left out, and why</source>
        <translation>Excluidos, y por qué</translation>
    </message>
    <message>
        <source>Conditions carried with the export</source>
        <translation>Condiciones que acompañan a la exportación</translation>
    </message>
    <message>
        <source>%1 of the %2 record(s) asked for may go to %3.</source>
        <translation>%1 de los %2 registros solicitados pueden ir a %3.</translation>
    </message>
    <message>
        <source>This export does not go without what it holds: it is refused.</source>
        <translation>Esta exportación no puede salir sin todo lo que contiene: se deniega.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are left out.</source>
        <translation>
            <numerusform>%n registro queda excluido.</numerusform>
            <numerusform>%n registros quedan excluidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing may go, so nothing will be written.</source>
        <translation>No puede salir nada, así que no se escribirá nada.</translation>
    </message>
    <message>
        <source>Marking of the export: %1</source>
        <translation>Marca de la exportación: %1</translation>
    </message>
    <message>
        <source>none (nothing goes)</source>
        <translation>ninguna (no sale nada)</translation>
    </message>
    <message>
        <source>Who receives the export: changing it runs the check again</source>
        <translation>Quién recibe la exportación: al cambiarlo se repite la comprobación</translation>
    </message>
    <message>
        <source>What goes and what not</source>
        <translation>Qué sale y qué no</translation>
    </message>
    <message>
        <source>The records that may go and those withheld, by TLP label, by source and by reason</source>
        <translation>Los registros que pueden salir y los retenidos, por etiqueta TLP, por fuente y por motivo</translation>
    </message>
    <message>
        <source>Export what may go to the destination chosen, with the marking shown</source>
        <translation>Exportar lo que puede salir al destino elegido, con la marca mostrada</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ReportEditor</name>
    <message>
        <source>Open a report from the list above, start one with New report, or let Waymark draft one from the data.</source>
        <translation>Abra un informe de la lista de arriba, empiece uno con Nuevo informe, o deje que Waymark redacte uno a partir de los datos.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Re&amp;ferencia</translation>
    </message>
    <message>
        <source>Aut&amp;hor</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Key judgements</source>
        <translation>Juicios clave</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Drag incidents, entities or accounts here from any view to cite them; Delete removes a citation</source>
        <translation>Arrastre aquí incidentes, entidades o cuentas desde cualquier vista para citarlos; Supr quita una cita</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Quitar cita</translation>
    </message>
    <message>
        <source>Drop incidents, entities or accounts on a judgement to cite them</source>
        <translation>Suelte incidentes, entidades o cuentas sobre un juicio para citarlos</translation>
    </message>
    <message>
        <source>Cite the selected incidents</source>
        <translation>Citar los incidentes seleccionados</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Double-click a finding to go to what it is about</source>
        <translation>Haga doble clic en un hallazgo para ir a aquello a lo que se refiere</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Guardar versión</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Saved versions, who saved them and when, and what changed between any two</source>
        <translation>Versiones guardadas, quién las guardó y cuándo, y qué cambió entre dos cualesquiera</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>Exportar %1…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Personal identifiers</source>
        <translation>Identificadores personales</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Censurar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Se exportó %1.</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Deshacer %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rehacer %1 (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Descartar hallazgo</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Autosaved at %1.</source>
        <translation>Guardado automáticamente a las %1.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source> · no longer in the workspace</source>
        <translation> · ya no está en el espacio de trabajo</translation>
    </message>
    <message>
        <source>Unsaved text from %1 was recovered from the autosave.</source>
        <translation>Se recuperó del guardado automático el texto sin guardar de %1.</translation>
    </message>
    <message>
        <source>Some evidence is no longer in the workspace: %1</source>
        <translation>Algunas pruebas ya no están en el espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Se guardó la versión %1.</translation>
    </message>
    <message>
        <source>Saved as a new version</source>
        <translation>Guardado como nueva versión</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Abra primero un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Choose a judgement first.</source>
        <translation>Elija primero un juicio.</translation>
    </message>
    <message>
        <source>Select incidents on the map, the timeline or a table first.</source>
        <translation>Seleccione primero incidentes en el mapa, la cronología o una tabla.</translation>
    </message>
    <message numerus="yes">
        <source>Judgement %1 cites %n more item(s).</source>
        <translation>
            <numerusform>El juicio %1 cita %n elemento más.</numerusform>
            <numerusform>El juicio %1 cita %n elementos más.</numerusform>
        </translation>
    </message>
    <message>
        <source> (dismissed: %1)</source>
        <translation> (descartado: %1)</translation>
    </message>
    <message>
        <source>The probability language the judgements are written in: the UK PHIA yardstick (the house standard) or US ICD 203 for partners who use it. Changing it moves each judgement&apos;s term to the band that holds its range&apos;s middle.</source>
        <translation>El lenguaje de probabilidad en el que se redactan los juicios: la escala PHIA del Reino Unido (el estándar de la casa) o la ICD 203 de EE. UU. para los socios que la usan. Al cambiarlo, el término de cada juicio pasa a la franja que contiene el punto medio de su intervalo.</translation>
    </message>
    <message>
        <source>Probability &amp;scale</source>
        <translation>&amp;Escala de probabilidad</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write the report as PDF, ODT, HTML or Markdown</source>
        <translation>Escribir el informe como PDF, ODT, HTML o Markdown</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>informe %1</translation>
    </message>
    <message>
        <source>Not exported: the releasability check did not let it go.</source>
        <translation>No se exportó: la comprobación de difusión no lo dejó salir.</translation>
    </message>
    <message>
        <source>Exported: %1 figure(s) drawn again without what may not go, %2 left out.</source>
        <translation>Exportado. Figuras dibujadas de nuevo sin lo que no puede salir: %1; excluidas: %2.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ReportFigurePane</name>
    <message>
        <source>Figures</source>
        <translation>Figuras</translation>
    </message>
    <message>
        <source>Insert figure ▸</source>
        <translation>Insertar figura ▸</translation>
    </message>
    <message>
        <source>Insert the current %1 at print resolution, captioned with its filter and data date</source>
        <translation>Insertar el %1 actual a resolución de impresión, con un pie que indica su filtro y la fecha de los datos</translation>
    </message>
    <message>
        <source>Refresh figure</source>
        <translation>Actualizar figura</translation>
    </message>
    <message>
        <source>Draw the figure again from today&apos;s data with the filter and view it was made with</source>
        <translation>Volver a dibujar la figura con los datos de hoy, con el filtro y la vista con que se hizo</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Quitar figura</translation>
    </message>
    <message>
        <source>Caption of the selected figure</source>
        <translation>Pie de la figura seleccionada</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie</translation>
    </message>
    <message>
        <source>Figure %1 · %2: %3
%4 · data as of %5</source>
        <translation>Figura %1 · %2: %3
%4 · datos a %5</translation>
    </message>
    <message>
        <source>⚠ The data has changed since this was drawn: Refresh figure</source>
        <translation>⚠ Los datos han cambiado desde que se dibujó: Actualizar figura</translation>
    </message>
    <message>
        <source>Drawn from: %1
The workspace now holds: %2</source>
        <translation>Dibujada a partir de: %1
El espacio de trabajo contiene ahora: %2</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Abra primero un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Open or start a report first.</source>
        <translation>Abra o empiece primero un informe.</translation>
    </message>
    <message>
        <source>Inserted figure %1: %2.</source>
        <translation>Se insertó la figura %1: %2.</translation>
    </message>
    <message>
        <source>No such figure.</source>
        <translation>No existe esa figura.</translation>
    </message>
    <message>
        <source>Figure %1 drawn again from the data as of %2.</source>
        <translation>Figura %1 dibujada de nuevo a partir de los datos a %2.</translation>
    </message>
    <message>
        <source>Choose a figure first.</source>
        <translation>Elija primero una figura.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ReportsPanel</name>
    <message>
        <source>Reports in this workspace</source>
        <translation>Informes de este espacio de trabajo</translation>
    </message>
    <message>
        <source>Standard Key Judgement Report</source>
        <translation>Informe de juicios clave estándar</translation>
    </message>
    <message>
        <source>Route assessment</source>
        <translation>Evaluación de la ruta</translation>
    </message>
    <message>
        <source>Typology brief</source>
        <translation>Nota de tipología</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nuevo informe</translation>
    </message>
    <message>
        <source>A new Key Judgement Report from the standard template; the arrow offers the route assessment and typology brief templates</source>
        <translation>Un nuevo informe de juicios clave a partir de la plantilla estándar; la flecha ofrece las plantillas de evaluación de ruta y de nota de tipología</translation>
    </message>
    <message>
        <source>Starter draft from the data</source>
        <translation>Borrador inicial a partir de los datos</translation>
    </message>
    <message>
        <source>A draft for the current filter: leading routes, emerging hotspots and key actors with their numbers and evidence, marked as generated for you to rewrite</source>
        <translation>Un borrador para el filtro actual: rutas principales, puntos calientes emergentes y actores clave con sus cifras y pruebas, marcado como generado para que usted lo reescriba</translation>
    </message>
    <message>
        <source>Open a report…</source>
        <translation>Abrir un informe…</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation>%1 (versión %2)%3</translation>
    </message>
    <message>
        <source>, generated</source>
        <translation>, generado</translation>
    </message>
    <message>
        <source>Generated starter draft</source>
        <translation>Borrador inicial generado</translation>
    </message>
    <message>
        <source>Open a report in the Reports tab first, and choose the judgement to cite it in.</source>
        <translation>Abra primero un informe en la pestaña Informes, y elija el juicio en el que citarla.</translation>
    </message>
    <message>
        <source>Account %1 cited in the open report.</source>
        <translation>Cuenta %1 citada en el informe abierto.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
</context>
<context>
    <name>waymark::ui::RouteChartView</name>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Origin → destination routes in view, busiest first</source>
        <translation>Rutas origen → destino a la vista, de más a menos concurridas</translation>
    </message>
    <message>
        <source>Save the chart with its caption as PNG, SVG or PDF</source>
        <translation>Guardar el gráfico con su pie como PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>The incidents are not loaded yet.</source>
        <translation>Los incidentes aún no se han cargado.</translation>
    </message>
    <message>
        <source>That flow does not run between two countries.</source>
        <translation>Ese flujo no va entre dos países.</translation>
    </message>
    <message>
        <source>No incident in view travelled a route between two countries</source>
        <translation>Ningún incidente a la vista recorrió una ruta entre dos países</translation>
    </message>
    <message>
        <source>Choose a route</source>
        <translation>Elija una ruta</translation>
    </message>
    <message>
        <source>%1: %2 incidents</source>
        <translation>%1: %2 incidentes</translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · datos a %1</translation>
    </message>
    <message>
        <source>Choose a route to export its chart.</source>
        <translation>Elija una ruta para exportar su gráfico.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>No route to show</source>
        <translation>No hay ninguna ruta que mostrar</translation>
    </message>
    <message>
        <source>No dated incident on %1 → %2
in the time window</source>
        <translation>Ningún incidente fechado en %1 → %2
en la ventana temporal</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SearchBox</name>
    <message>
        <source>Search names, phones, accounts, reports, incidents (&quot;a phrase&quot;, prefix*)</source>
        <translation>Buscar nombres, teléfonos, cuentas, informes, incidentes (&quot;una frase&quot;, prefijo*)</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>No se encontró nada para “%1”</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ShareDialog</name>
    <message>
        <source>Share with Hub</source>
        <translation>Compartir con el hub</translation>
    </message>
    <message>
        <source>A share-back package for the hub or a partner: the records the filter selects, pseudonymised under the share policy, in the hub&apos;s extract format. What may not go is left out; the next step lists it.</source>
        <translation>Un paquete de devolución para el hub o un socio: los registros que selecciona el filtro, seudonimizados según la política de intercambio, en el formato de extracto del hub. Lo que no puede salir queda excluido; el paso siguiente lo enumera.</translation>
    </message>
    <message>
        <source>Add the aggregate table (counts by country, year, type, sex and age band)</source>
        <translation>Añadir la tabla de agregados (recuentos por país, año, tipo, sexo y franja de edad)</translation>
    </message>
    <message>
        <source>Smallest count the aggregate table publishes: smaller cells, and the cells that would give them away, are suppressed</source>
        <translation>Recuento mínimo que publica la tabla de agregados: las celdas menores, y las celdas que permitirían deducirlas, se suprimen</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtro:</translation>
    </message>
    <message>
        <source>Smallest count (k):</source>
        <translation>Recuento mínimo (k):</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>Siguiente…</translation>
    </message>
    <message>
        <source>share package %1</source>
        <translation>paquete para compartir %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ShortcutList</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys of a tab or a dock work while it is shown; the link chart&apos;s and the map&apos;s single keys while the chart or the map has the focus (click it first).</source>
        <translation>Las teclas de una pestaña o de un panel acoplable funcionan mientras se muestra; las teclas simples del gráfico de vínculos y del mapa, mientras el gráfico o el mapa tiene el foco (haga clic en él primero).</translation>
    </message>
    <message>
        <source>Look for an action or a key…</source>
        <translation>Buscar una acción o una tecla…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Look for an action or a key</source>
        <translation>Buscar una acción o una tecla</translation>
    </message>
    <message>
        <source>Only the actions whose name or key holds this text are listed</source>
        <translation>Solo se muestran las acciones cuyo nombre o tecla contiene este texto</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every action with its key, by the tab or dock it belongs to</source>
        <translation>Cada acción con su tecla, según la pestaña o el panel acoplable al que pertenece</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SpecificationEditor</name>
    <message>
        <source>Import specification — %1</source>
        <translation>Especificación de importación — %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabla: %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>Guess from the header and the first %1 rows: %2 — %3 % sure (hover for the reasons).</source>
        <translation>Deducción a partir del encabezado y las primeras %1 filas: %2 — %3 % de certeza (pase el puntero para ver los motivos).</translation>
    </message>
    <message>
        <source>Apply &amp;guess</source>
        <translation>Aplicar &amp;deducción</translation>
    </message>
    <message>
        <source>Replace the specification with the guess (undoable)</source>
        <translation>Reemplazar la especificación por la deducción (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Records and fields</source>
        <translation>&amp;Registros y campos</translation>
    </message>
    <message>
        <source>&amp;Source and grading</source>
        <translation>&amp;Fuente y calificación</translation>
    </message>
    <message>
        <source>&amp;Table and missing values</source>
        <translation>&amp;Tabla y valores ausentes</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versiones</translation>
    </message>
    <message>
        <source>What changed (kept with the version)</source>
        <translation>Qué ha cambiado (se guarda con la versión)</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>&amp;Guardar versión</translation>
    </message>
    <message>
        <source>Store a new version in the workspace (audited)</source>
        <translation>Almacenar una nueva versión en el espacio de trabajo (auditado)</translation>
    </message>
    <message>
        <source>Open a workspace to save specifications in it</source>
        <translation>Abra un espacio de trabajo para guardar especificaciones en él</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xportar JSON…</translation>
    </message>
    <message>
        <source>I&amp;mport JSON…</source>
        <translation>I&amp;mportar JSON…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Export specification</source>
        <translation>Exportar especificación</translation>
    </message>
    <message>
        <source>Specifications (*.json)</source>
        <translation>Especificaciones (*.json)</translation>
    </message>
    <message>
        <source>Import specification</source>
        <translation>Importar especificación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Rename record %1 to %2</source>
        <translation>Cambiar el nombre del registro %1 a %2</translation>
    </message>
    <message>
        <source>Apply the guess</source>
        <translation>Aplicar la deducción</translation>
    </message>
    <message>
        <source>Change the missing values</source>
        <translation>Cambiar los valores ausentes</translation>
    </message>
    <message>
        <source>Open a workspace to save specifications in it.</source>
        <translation>Abra un espacio de trabajo para guardar especificaciones en él.</translation>
    </message>
    <message>
        <source>Give the specification a name first.</source>
        <translation>Primero asigne un nombre a la especificación.</translation>
    </message>
    <message>
        <source>Saved %1 as version %2.</source>
        <translation>%1 guardada como versión %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportada</translation>
    </message>
    <message>
        <source>Exported version %1 of %2 to %3.</source>
        <translation>Versión %1 de %2 exportada a %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is a bank column mapping, which the column mapping dialog edits.</source>
        <translation>%1 es una asignación de columnas bancaria, que se edita en el diálogo de asignación de columnas.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Open a workspace to load saved versions.</source>
        <translation>Abra un espacio de trabajo para cargar versiones guardadas.</translation>
    </message>
    <message>
        <source>Load version %1</source>
        <translation>Cargar la versión %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Establecer %1 de %2</translation>
    </message>
    <message>
        <source>Add record %1</source>
        <translation>Añadir el registro %1</translation>
    </message>
    <message>
        <source>Remove record %1</source>
        <translation>Quitar el registro %1</translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation>&amp;Añadir registro</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>One record per part of this column&apos;s cell (&quot;A. Smith; B. Jones&quot; → two people)</source>
        <translation>Un registro por cada parte de la celda de esta columna (&quot;A. Smith; B. Jones&quot; → dos personas)</translation>
    </message>
    <message>
        <source>role = defendant; year ~ ^20</source>
        <translation>rol = acusado; año ~ ^20</translation>
    </message>
    <message>
        <source>This record only for rows that meet every condition: column = value, column != value, column ~ regex, column !~ regex, column is empty, column is not empty; separated by &apos;;&apos;</source>
        <translation>Este registro solo para las filas que cumplen todas las condiciones: columna = valor, columna != valor, columna ~ regex, columna !~ regex, columna is empty, columna is not empty; separadas por &apos;;&apos;</translation>
    </message>
    <message>
        <source>Columns kept verbatim with the record, separated by &apos;;&apos; (* keeps every column no field reads)</source>
        <translation>Columnas conservadas literalmente con el registro, separadas por &apos;;&apos; (* conserva todas las columnas que ningún campo lee)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id.:</translation>
    </message>
    <message>
        <source>Makes:</source>
        <translation>Genera:</translation>
    </message>
    <message>
        <source>Split by column:</source>
        <translation>Dividir por columna:</translation>
    </message>
    <message>
        <source>Split at:</source>
        <translation>Dividir en:</translation>
    </message>
    <message>
        <source>Only when:</source>
        <translation>Solo cuando:</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Atributos:</translation>
    </message>
    <message>
        <source>Each row becomes these records:</source>
        <translation>Cada fila se convierte en estos registros:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lee</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Deducción</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transformaciones</translation>
    </message>
    <message>
        <source>Change what a record makes</source>
        <translation>Cambiar lo que genera un registro</translation>
    </message>
    <message>
        <source>Split a record</source>
        <translation>Dividir un registro</translation>
    </message>
    <message>
        <source>Change where a record splits</source>
        <translation>Cambiar dónde se divide un registro</translation>
    </message>
    <message>
        <source>Change a record&apos;s conditions</source>
        <translation>Cambiar las condiciones de un registro</translation>
    </message>
    <message>
        <source>Change a record&apos;s attributes</source>
        <translation>Cambiar los atributos de un registro</translation>
    </message>
    <message>
        <source>Where every row comes from: a constant for the whole table, or a column when the rows name their own source, grading, handling code or TLP.</source>
        <translation>De dónde procede cada fila: una constante para toda la tabla o una columna cuando las filas indican su propia fuente, calificación, código de tratamiento o TLP.</translation>
    </message>
    <message>
        <source>Values meaning &quot;not given&quot; in every column, separated by &apos;;&apos; (an empty cell always is). Older CTDC releases use -99.</source>
        <translation>Valores que significan &quot;no indicado&quot; en todas las columnas, separados por &apos;;&apos; (una celda vacía siempre lo es). Las versiones antiguas de CTDC usan -99.</translation>
    </message>
    <message>
        <source>Sniffed from the header</source>
        <translation>Detectado a partir del encabezado</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Barra |</translation>
    </message>
    <message>
        <source>Only rows that meet every condition are read (the others are counted, not quarantined): column = value, column ~ regex, column is not empty…; separated by &apos;;&apos;</source>
        <translation>Solo se leen las filas que cumplen todas las condiciones (las demás se cuentan, no se ponen en cuarentena): columna = valor, columna ~ regex, columna is not empty…; separadas por &apos;;&apos;</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>Valores ausentes:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Rows read only when:</source>
        <translation>Filas leídas solo cuando:</translation>
    </message>
    <message>
        <source>Change how the table is read</source>
        <translation>Cambiar cómo se lee la tabla</translation>
    </message>
    <message>
        <source>&amp;Load this version</source>
        <translation>&amp;Cargar esta versión</translation>
    </message>
    <message>
        <source>Saved versions of this specification (each save is a new version):</source>
        <translation>Versiones guardadas de esta especificación (cada guardado es una nueva versión):</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatorio)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Guessed, %1 % sure: %2</source>
        <translation>Deducido, %1 % de certeza: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3%4</source>
        <translation>Versión %1 · %2 · %3%4</translation>
    </message>
    <message>
        <source>Not yet valid: %1</source>
        <translation>Aún no es válida: %1</translation>
    </message>
    <message>
        <source>Valid. Loaded from version %1.</source>
        <translation>Válida. Cargada desde la versión %1.</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Válida.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Route leg</source>
        <translation>Tramo de ruta</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Involvement (incident – entity)</source>
        <translation>Participación (incidente – entidad)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>registro %1</translation>
    </message>
    <message>
        <source>= &quot;%1&quot;</source>
        <translation>= &quot;%1&quot;</translation>
    </message>
    <message>
        <source>map: %1</source>
        <translation>asignación: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>ausentes: %1</translation>
    </message>
    <message>
        <source>split at %1</source>
        <translation>dividir en %1</translation>
    </message>
    <message>
        <source>place by %1</source>
        <translation>lugar por %1</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>en %1, %2</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>predeterminado %1</translation>
    </message>
    <message>
        <source>The specification&apos;s name, by which imports choose it</source>
        <translation>El nombre de la especificación, por el que la eligen las importaciones</translation>
    </message>
    <message>
        <source>Write the specification to a JSON file</source>
        <translation>Escribir la especificación en un archivo JSON</translation>
    </message>
    <message>
        <source>Read a specification from a JSON file (undoable)</source>
        <translation>Leer una especificación de un archivo JSON (se puede deshacer)</translation>
    </message>
    <message>
        <source>Close the editor; what was not saved is asked about</source>
        <translation>Cerrar el editor; se pregunta por lo que no se ha guardado</translation>
    </message>
    <message>
        <source>Records each row makes</source>
        <translation>Registros que genera cada fila</translation>
    </message>
    <message>
        <source>Choose a record to edit its fields</source>
        <translation>Elija un registro para editar sus campos</translation>
    </message>
    <message>
        <source>Add a record of a kind: incident, place, person, link…</source>
        <translation>Añadir un registro de un tipo: incidente, lugar, persona, vínculo…</translation>
    </message>
    <message>
        <source>Remove the chosen record (undoable)</source>
        <translation>Quitar el registro elegido (se puede deshacer)</translation>
    </message>
    <message>
        <source>The record&apos;s id, by which other records of the row refer to it</source>
        <translation>El id del registro, por el que lo citan los demás registros de la fila</translation>
    </message>
    <message>
        <source>What kind of record it makes</source>
        <translation>Qué tipo de registro genera</translation>
    </message>
    <message>
        <source>The characters between the parts of the split column&apos;s cell</source>
        <translation>Los caracteres entre las partes de la celda de la columna dividida</translation>
    </message>
    <message>
        <source>Fields of the record</source>
        <translation>Campos del registro</translation>
    </message>
    <message>
        <source>Each field with what it reads, the guess and its transforms; choose one to edit it below</source>
        <translation>Cada campo con lo que lee, la deducción y sus transformaciones; elija uno para editarlo abajo</translation>
    </message>
    <message>
        <source>The first row with a value</source>
        <translation>La primera fila con un valor</translation>
    </message>
    <message>
        <source>The row of the column names, as the file numbers rows (a sheet&apos;s row, a text file&apos;s line), when a title or notes are above it; the rows above are not read</source>
        <translation>La fila de los nombres de columna, numerada como el archivo numera sus filas (fila de la hoja, línea del archivo de texto), cuando hay un título o notas encima; las filas de encima no se leen</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Fila de &amp;encabezado:</translation>
    </message>
    <message>
        <source>No guess: the table cannot be read.</source>
        <translation>Sin deducción: la tabla no se puede leer.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SpecificationEditorPreview</name>
    <message>
        <source>Record · field</source>
        <translation>Registro · campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>First rows of the table, and what each becomes:</source>
        <translation>Primeras filas de la tabla y en qué se convierte cada una:</translation>
    </message>
    <message>
        <source>Records of the selected row:</source>
        <translation>Registros de la fila seleccionada:</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Se convierte en</translation>
    </message>
    <message>
        <source>This specification cannot read the table: %1</source>
        <translation>Esta especificación no puede leer la tabla: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>skipped: a condition leaves it out</source>
        <translation>omitida: una condición la excluye</translation>
    </message>
    <message>
        <source>1 record: %1</source>
        <translation>1 registro: %1</translation>
    </message>
    <message>
        <source>%1 records: %2</source>
        <translation>%1 registros: %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>a condition of the specification leaves it out</source>
        <translation>una condición de la especificación la excluye</translation>
    </message>
    <message>
        <source>Preview of the file&apos;s rows</source>
        <translation>Vista previa de las filas del archivo</translation>
    </message>
    <message>
        <source>The first rows of the file as read, with the cells each field reads marked</source>
        <translation>Las primeras filas del archivo tal como se leen, con las celdas que lee cada campo marcadas</translation>
    </message>
    <message>
        <source>Preview of the records</source>
        <translation>Vista previa de los registros</translation>
    </message>
    <message>
        <source>The records each previewed row makes, field by field, and its errors</source>
        <translation>Los registros que genera cada fila de la vista previa, campo por campo, y sus errores</translation>
    </message>
    <message>
        <source>blank: every cell is empty</source>
        <translation>en blanco: todas las celdas están vacías</translation>
    </message>
    <message>
        <source>Error in %1</source>
        <translation>Error en %1</translation>
    </message>
    <message>
        <source>a blank row: every cell is empty</source>
        <translation>una fila en blanco: todas las celdas están vacías</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SpecificationEditorValue</name>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>A column</source>
        <translation>Una columna</translation>
    </message>
    <message>
        <source>A constant</source>
        <translation>Una constante</translation>
    </message>
    <message>
        <source>A template of columns</source>
        <translation>Una plantilla de columnas</translation>
    </message>
    <message>
        <source>Another record of the row</source>
        <translation>Otro registro de la fila</translation>
    </message>
    <message>
        <source>{Case number}/{Court}</source>
        <translation>{Case number}/{Court}</translation>
    </message>
    <message>
        <source>iso; dd/MM/yyyy; MMM yyyy; banded</source>
        <translation>iso; dd/MM/yyyy; MMM yyyy; banded</translation>
    </message>
    <message>
        <source>Qt date formats tried in order, separated by &apos;;&apos;. iso reads YYYY, YYYY-MM and YYYY-MM-DD; banded also reads 2014-2018 as a range of years.</source>
        <translation>Formatos de fecha de Qt probados en orden, separados por &apos;;&apos;. iso lee AAAA, AAAA-MM y AAAA-MM-DD; banded también lee 2014-2018 como un intervalo de años.</translation>
    </message>
    <message>
        <source>e.g. Female=woman; Male=man</source>
        <translation>p. ej. Female=woman; Male=man</translation>
    </message>
    <message>
        <source>Values replaced before they are read: from=to, separated by &apos;;&apos;</source>
        <translation>Valores reemplazados antes de leerse: de=a, separados por &apos;;&apos;</translation>
    </message>
    <message>
        <source>Only values in the map (a code list)</source>
        <translation>Solo valores de la tabla de correspondencias (una lista de códigos)</translation>
    </message>
    <message>
        <source>e.g. -99; unknown</source>
        <translation>p. ej. -99; desconocido</translation>
    </message>
    <message>
        <source>Values of this column meaning &quot;not given&quot;, on top of the specification&apos;s</source>
        <translation>Valores de esta columna que significan &quot;no indicado&quot;, además de los de la especificación</translation>
    </message>
    <message>
        <source>e.g. ;|</source>
        <translation>p. ej. ;|</translation>
    </message>
    <message>
        <source>Several values in one cell: the characters between them</source>
        <translation>Varios valores en una celda: los caracteres que los separan</translation>
    </message>
    <message>
        <source>Code or name (auto)</source>
        <translation>Código o nombre (auto)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Código ISO</translation>
    </message>
    <message>
        <source>UN M49 region or country number</source>
        <translation>Número de región o país UN M49</translation>
    </message>
    <message>
        <source>Name, else its coordinates</source>
        <translation>Nombre o, si no, sus coordenadas</translation>
    </message>
    <message>
        <source>regular expression; its first group is the value</source>
        <translation>expresión regular; su primer grupo es el valor</translation>
    </message>
    <message>
        <source>A row without it is rejected</source>
        <translation>Se rechaza una fila que no lo tenga</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Lee:</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Columna:</translation>
    </message>
    <message>
        <source>Constant:</source>
        <translation>Constante:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>Date formats:</source>
        <translation>Formatos de fecha:</translation>
    </message>
    <message>
        <source>Value map:</source>
        <translation>Tabla de correspondencias:</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>Valores ausentes:</translation>
    </message>
    <message>
        <source>Separators:</source>
        <translation>Separadores:</translation>
    </message>
    <message>
        <source>Place by:</source>
        <translation>Lugar por:</translation>
    </message>
    <message>
        <source>Longitude column:</source>
        <translation>Columna de longitud:</translation>
    </message>
    <message>
        <source>Latitude column:</source>
        <translation>Columna de latitud:</translation>
    </message>
    <message>
        <source>Country column:</source>
        <translation>Columna de país:</translation>
    </message>
    <message>
        <source>Extract:</source>
        <translation>Extraer:</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Predeterminado:</translation>
    </message>
    <message>
        <source>Select a field to edit where its value comes from.</source>
        <translation>Seleccione un campo para editar de dónde procede su valor.</translation>
    </message>
    <message>
        <source>Where the field&apos;s value comes from</source>
        <translation>De dónde procede el valor del campo</translation>
    </message>
    <message>
        <source>The column the field reads</source>
        <translation>La columna que lee el campo</translation>
    </message>
    <message>
        <source>The value every record gets</source>
        <translation>El valor que recibe cada registro</translation>
    </message>
    <message>
        <source>Text with column names in braces, replaced by the row&apos;s cells</source>
        <translation>Texto con nombres de columna entre llaves, que se sustituyen por las celdas de la fila</translation>
    </message>
    <message>
        <source>The record of the same row the field refers to</source>
        <translation>El registro de la misma fila al que hace referencia el campo</translation>
    </message>
    <message>
        <source>A value that is not in the map is an error at its cell, not read as it is</source>
        <translation>Un valor que no está en la tabla de correspondencias es un error en su celda, no se lee tal cual</translation>
    </message>
    <message>
        <source>Only the part of the cell this regular expression&apos;s first group matches is read</source>
        <translation>Solo se lee la parte de la celda que coincide con el primer grupo de esta expresión regular</translation>
    </message>
    <message>
        <source>The value when the cell is empty or means &quot;not given&quot;</source>
        <translation>El valor cuando la celda está vacía o significa &quot;no indicado&quot;</translation>
    </message>
    <message>
        <source>A row whose cell gives no value is an error at its cell</source>
        <translation>Una fila cuya celda no da ningún valor es un error en su celda</translation>
    </message>
</context>
<context>
    <name>waymark::ui::StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>&lt;p&gt;An offline workstation for analysts who fight human trafficking. Waymark keeps an investigation in one workspace file: hub extracts, CTDC data and bank transactions imported with every row&apos;s source, grading and line; routes and hotspots on a map; people, businesses, phones and accounts on a link chart; financial typologies; and Key Judgement Reports. It opens no network connection.&lt;/p&gt;&lt;p&gt;User guide: &lt;a href=&quot;help:workspaces.html&quot;&gt;Workspaces&lt;/a&gt; · &lt;a href=&quot;help:importing.html&quot;&gt;Importing data&lt;/a&gt; · &lt;a href=&quot;help:map.html&quot;&gt;The map&lt;/a&gt; · &lt;a href=&quot;help:keys.html&quot;&gt;Keyboard&lt;/a&gt; · &lt;a href=&quot;help:index.html&quot;&gt;Contents&lt;/a&gt; (F1)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un puesto de trabajo sin conexión para analistas que combaten la trata de personas. Waymark guarda una investigación en un solo archivo de espacio de trabajo: extractos del hub, datos CTDC y transacciones bancarias importados con la fuente, la calificación y la línea de cada fila; rutas y puntos calientes en un mapa; personas, empresas, teléfonos y cuentas en un gráfico de vínculos; tipologías financieras; e informes de juicios clave. No abre ninguna conexión de red.&lt;/p&gt;&lt;p&gt;Guía del usuario: &lt;a href=&quot;help:workspaces.html&quot;&gt;Espacios de trabajo&lt;/a&gt; · &lt;a href=&quot;help:importing.html&quot;&gt;Importar datos&lt;/a&gt; · &lt;a href=&quot;help:map.html&quot;&gt;El mapa&lt;/a&gt; · &lt;a href=&quot;help:keys.html&quot;&gt;Teclado&lt;/a&gt; · &lt;a href=&quot;help:index.html&quot;&gt;Contenido&lt;/a&gt; (F1)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What is Waymark</source>
        <translation>Qué es Waymark</translation>
    </message>
    <message>
        <source>A short description, with links into the user guide</source>
        <translation>Una breve descripción, con enlaces a la guía del usuario</translation>
    </message>
    <message>
        <source>Open the &amp;sample</source>
        <translation>Abrir la &amp;muestra</translation>
    </message>
    <message>
        <source>5,000 generated incidents, with people and accounts, to try every view on</source>
        <translation>5000 incidentes generados, con personas y cuentas, para probar todas las vistas</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>An empty workspace file for a new investigation (Ctrl+N)</source>
        <translation>Un archivo de espacio de trabajo vacío para una nueva investigación (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>A workspace file (.waymark) from anywhere on this computer (Ctrl+O)</source>
        <translation>Un archivo de espacio de trabajo (.waymark) de cualquier lugar de este equipo (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Hub extracts, CTDC files, tables or bank transactions: into a new workspace you name first</source>
        <translation>Extractos del hub, archivos CTDC, tablas o transacciones bancarias: en un nuevo espacio de trabajo al que primero se da nombre</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espacios de trabajo &amp;recientes</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>Enter or a double click opens the workspace</source>
        <translation>Intro o un doble clic abre el espacio de trabajo</translation>
    </message>
    <message>
        <source>None yet: the workspaces you open are listed here.</source>
        <translation>Ninguno todavía: aquí se listan los espacios de trabajo que abra.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — no encontrado</translation>
    </message>
</context>
<context>
    <name>waymark::ui::TableCsvButton</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the table as shown (sorted, filtered, the selected rows if any) as CSV, after the releasability check</source>
        <translation>Guardar la tabla tal como se muestra (ordenada, filtrada, con las filas seleccionadas si las hay) como CSV, tras la comprobación de difusión</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tabla %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::TimelineView</name>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionados</translation>
    </message>
    <message>
        <source>Known to the month only</source>
        <translation>Conocido solo por el mes</translation>
    </message>
    <message>
        <source>Known to the year only</source>
        <translation>Conocido solo por el año</translation>
    </message>
    <message>
        <source>Bins: %1</source>
        <translation>Intervalos: %1</translation>
    </message>
    <message>
        <source> · the lower band holds incidents known only to a month or a year that span several bins</source>
        <translation> · la banda inferior contiene incidentes conocidos solo por un mes o un año que abarcan varios intervalos</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s), %2 selected</source>
        <translation>
            <numerusform>%1: %n incidente, %2 seleccionados</numerusform>
            <numerusform>%1: %n incidentes, %2 seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1: %n incidente</numerusform>
            <numerusform>%1: %n incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Known to the year %1 only: %n incident(s)</source>
        <translation>
            <numerusform>Conocido solo por el año %1: %n incidente</numerusform>
            <numerusform>Conocidos solo por el año %1: %n incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Known to the month %1 only: %n incident(s)</source>
        <translation>
            <numerusform>Conocido solo por el mes %1: %n incidente</numerusform>
            <numerusform>Conocidos solo por el mes %1: %n incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · datos a %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Shift+Right and Shift+Left widen and narrow the time window by one interval; Escape shows all the time</source>
        <translation>Mayús+Right y Mayús+Left amplían y reducen la ventana temporal en un intervalo; Esc muestra todo el periodo</translation>
    </message>
</context>
<context>
    <name>waymark::ui::TypologyEditor</name>
    <message>
        <source>Typologies</source>
        <translation>Tipologías</translation>
    </message>
    <message>
        <source>Typology</source>
        <translation>Tipología</translation>
    </message>
    <message>
        <source>The share of account holders who fit this typology before any evidence</source>
        <translation>La proporción de titulares de cuentas que encajan en esta tipología antes de cualquier prueba</translation>
    </message>
    <message>
        <source>Prior probability</source>
        <translation>Probabilidad a priori</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Likelihood ratio if it fires</source>
        <translation>Razón de verosimilitud si se activa</translation>
    </message>
    <message>
        <source>Likelihood ratio if it does not</source>
        <translation>Razón de verosimilitud si no se activa</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>A likelihood ratio above 1 raises the odds, below 1 lowers them; from %1 to %2</source>
        <translation>Una razón de verosimilitud mayor que 1 aumenta las probabilidades, menor que 1 las reduce; de %1 a %2</translation>
    </message>
    <message>
        <source>Loading the typologies…</source>
        <translation>Cargando las tipologías…</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Version %1. Saving stores version %2; scores already made keep the weights they used.</source>
        <translation>Versión %1. Al guardar se almacena la versión %2; las puntuaciones ya hechas conservan los pesos que usaron.</translation>
    </message>
    <message>
        <source>Saved %1 as version %2. Score the accounts again to use it.</source>
        <translation>Se guardó %1 como versión %2. Vuelva a puntuar las cuentas para usarla.</translation>
    </message>
    <message>
        <source>The typology whose weights are shown and edited</source>
        <translation>La tipología cuyos pesos se muestran y editan</translation>
    </message>
    <message>
        <source>Indicators and their weights</source>
        <translation>Indicadores y sus pesos</translation>
    </message>
    <message>
        <source>Store the weights as a new version of the typology</source>
        <translation>Guardar los pesos como una nueva versión de la tipología</translation>
    </message>
    <message>
        <source>%1: likelihood ratio if it fires</source>
        <translation>%1: razón de verosimilitud si se activa</translation>
    </message>
    <message>
        <source>%1: likelihood ratio if it does not</source>
        <translation>%1: razón de verosimilitud si no se activa</translation>
    </message>
    <message>
        <source>This is your edited version %1. Built-in version %2 is newer than version %3 you edited: %4.</source>
        <translation>Esta es su versión editada %1. La versión integrada %2 es más reciente que la versión %3 que usted editó: %4.</translation>
    </message>
    <message>
        <source>Use built-in version %1</source>
        <translation>Usar la versión integrada %1</translation>
    </message>
    <message>
        <source>Score with the built-in weights from now on; your edit stays in the workspace&apos;s history and earlier runs keep the weights they used</source>
        <translation>Puntuar con los pesos integrados a partir de ahora; su edición permanece en el historial del espacio de trabajo y las ejecuciones anteriores conservan los pesos que usaron</translation>
    </message>
    <message>
        <source>Built-in version %1 replaces the workspace&apos;s unedited version %2: %3.</source>
        <translation>La versión integrada %1 sustituye a la versión %2 sin editar del espacio de trabajo: %3.</translation>
    </message>
    <message>
        <source>%1 uses built-in version %2 now (stored as version %3); your edit stays in the history. Score the accounts again to use it.</source>
        <translation>%1 usa ahora la versión integrada %2 (guardada como versión %3); su edición permanece en el historial. Vuelva a puntuar las cuentas para usarla.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::VersionHistoryDialog</name>
    <message>
        <source>Version history</source>
        <translation>Historial de versiones</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>Comparar la versión</translation>
    </message>
    <message>
        <source>with version</source>
        <translation>con la versión</translation>
    </message>
    <message>
        <source>Only one version has been saved.</source>
        <translation>Solo se ha guardado una versión.</translation>
    </message>
    <message>
        <source>The two versions say the same.</source>
        <translation>Las dos versiones dicen lo mismo.</translation>
    </message>
    <message numerus="yes">
        <source>From version %1 to version %2: %n line(s) added</source>
        <translation>
            <numerusform>De la versión %1 a la versión %2: %n línea añadida</numerusform>
            <numerusform>De la versión %1 a la versión %2: %n líneas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n removed.</source>
        <translation>
            <numerusform>, %n eliminada.</numerusform>
            <numerusform>, %n eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>Each saved version of the report: number, time, who saved it and the note</source>
        <translation>Cada versión guardada del informe: número, hora, quién la guardó y la nota</translation>
    </message>
    <message>
        <source>The older version of the comparison</source>
        <translation>La versión más antigua de la comparación</translation>
    </message>
    <message>
        <source>The newer version of the comparison</source>
        <translation>La versión más reciente de la comparación</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>What changed from one version to the other, section by section</source>
        <translation>Qué cambió de una versión a otra, sección por sección</translation>
    </message>
</context>
</TS>
