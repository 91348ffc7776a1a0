<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdjacencyMatrixReader</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not an adjacency matrix: the first cell must be empty and the first row must name the nodes</source>
        <translation>pas une matrice d&apos;adjacence : la première cellule doit être vide et la première ligne doit nommer les nœuds</translation>
    </message>
    <message>
        <source>more than %1 nodes</source>
        <translation>plus de %1 nœuds</translation>
    </message>
    <message>
        <source>a column without a label</source>
        <translation>une colonne sans libellé</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; heads two columns</source>
        <translation>le libellé &quot;%1&quot; figure en tête de deux colonnes</translation>
    </message>
    <message>
        <source>the row label &quot;%1&quot; is not a column label</source>
        <translation>le libellé de ligne &quot;%1&quot; n&apos;est pas un libellé de colonne</translation>
    </message>
    <message>
        <source>a second row for &quot;%1&quot;</source>
        <translation>une deuxième ligne pour &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cells where the first row has %2</source>
        <translation>%1 cellules alors que la première ligne en compte %2</translation>
    </message>
    <message>
        <source>the cell &quot;%1&quot; is not a tie weight from 0 to 10^12</source>
        <translation>la cellule &quot;%1&quot; n&apos;est pas un poids de lien compris entre 0 et 10^12</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log is broken at record %1: %2.</source>
        <translation>Le journal d&apos;audit est rompu à l&apos;enregistrement %1 : %2.</translation>
    </message>
    <message>
        <source>it was changed, or a record before it was removed</source>
        <translation>il a été modifié, ou un enregistrement antérieur a été supprimé</translation>
    </message>
    <message>
        <source>its signature does not match its hash: the chain was rewritten</source>
        <translation>sa signature ne correspond pas à son empreinte : la chaîne a été réécrite</translation>
    </message>
    <message>
        <source>it is not signed, though records before it are</source>
        <translation>il n&apos;est pas signé, alors que les enregistrements précédents le sont</translation>
    </message>
    <message>
        <source>The audit log is broken at its end: it ends at record %1, but the chain head names record %2. Records were removed from the end.</source>
        <translation>Le journal d&apos;audit est rompu à sa fin : il s&apos;arrête à l&apos;enregistrement %1, mais la tête de chaîne désigne l&apos;enregistrement %2. Des enregistrements ont été supprimés à la fin.</translation>
    </message>
    <message>
        <source>%1 (audit record %2): imported, but its extract is no longer in the workspace</source>
        <translation>%1 (enregistrement d&apos;audit %2) : importé, mais son extraction n&apos;est plus dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1 (extract #%2): %3</source>
        <translation>%1 (extraction #%2) : %3</translation>
    </message>
    <message>
        <source>%1 (extract #%2): no import record in the audit log</source>
        <translation>%1 (extraction #%2) : aucun enregistrement d&apos;importation dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>rows of extract #%1, which is not in the workspace: %2</source>
        <translation>lignes de l&apos;extraction #%1, qui n&apos;est pas dans l&apos;espace de travail : %2</translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <source>Victims by age band and gender</source>
        <translation>Victimes par tranche d&apos;âge et genre</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Victims by citizenship</source>
        <translation>Victimes par nationalité</translation>
    </message>
    <message>
        <source>Victims by country of exploitation</source>
        <translation>Victimes par pays d&apos;exploitation</translation>
    </message>
    <message>
        <source>Incidents by source kind and grade</source>
        <translation>Incidents par type de source et cotation</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Cotation %1</translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation>Genre non renseigné</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>Non coté</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message numerus="yes">
        <source>Other (%n)</source>
        <translation>
            <numerusform>Autre (%n)</numerusform>
            <numerusform>Autres (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>a labels file needs the columns account_id and label</source>
        <translation>un fichier d&apos;étiquettes doit avoir les colonnes account_id et label</translation>
    </message>
    <message>
        <source>too few fields</source>
        <translation>trop peu de champs</translation>
    </message>
    <message>
        <source>label must be 0 or 1, found &quot;%1&quot;</source>
        <translation>label doit valoir 0 ou 1, trouvé « %1 »</translation>
    </message>
    <message>
        <source>None of the labelled accounts is in the workspace.</source>
        <translation>Aucun des comptes étiquetés ne se trouve dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Labels: %1, matched to scored accounts: %2, not scored: %3, unknown accounts: %4</source>
        <translation>Étiquettes : %1, rapprochées de comptes notés : %2, non notés : %3, comptes inconnus : %4</translation>
    </message>
    <message>
        <source>Overall (expert weights): AUC %1, average precision %2, %3 (%4 cases, %5 clean)</source>
        <translation>Global (pondérations d&apos;expert) : AUC %1, précision moyenne %2, %3 (%4 cas, %5 sains)</translation>
    </message>
    <message>
        <source>%1: %2 cases, %3 clean</source>
        <translation>%1 : %2 cas, %3 sains</translation>
    </message>
    <message>
        <source>  not fitted: needs both cases and clean accounts</source>
        <translation>  non ajusté : il faut à la fois des cas et des comptes sains</translation>
    </message>
    <message>
        <source>  expert AUC %1 (%2); fitted AUC %3 (5-fold cross-validated, %4)</source>
        <translation>  AUC expert %1 (%2) ; AUC ajusté %3 (validation croisée à 5 plis, %4)</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>hit: expert</source>
        <translation>positif : expert</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>ajusté</translation>
    </message>
    <message>
        <source>miss: expert</source>
        <translation>négatif : expert</translation>
    </message>
    <message>
        <source>hits cases/clean</source>
        <translation>positifs cas/sains</translation>
    </message>
    <message>
        <source>the account_id is empty</source>
        <translation>account_id est vide</translation>
    </message>
    <message>
        <source>the file holds no labels</source>
        <translation>le fichier ne contient aucune étiquette</translation>
    </message>
    <message>
        <source>The calibration was canceled.</source>
        <translation>L&apos;étalonnage a été annulé.</translation>
    </message>
    <message>
        <source>  calibrated probability: %1</source>
        <translation>  probabilité étalonnée : %1</translation>
    </message>
</context>
<context>
    <name>ChartFigure</name>
    <message>
        <source>Incidents over time</source>
        <translation>Incidents dans le temps</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Known to the month or year only</source>
        <translation>Connus au mois ou à l&apos;année seulement</translation>
    </message>
    <message>
        <source>Nothing under this filter</source>
        <translation>Rien sous ce filtre</translation>
    </message>
</context>
<context>
    <name>Choropleth</name>
    <message>
        <source>Victims by citizenship</source>
        <translation>Victimes par nationalité</translation>
    </message>
    <message>
        <source>Victims by country of exploitation</source>
        <translation>Victimes par pays d&apos;exploitation</translation>
    </message>
</context>
<context>
    <name>ClaimCheck</name>
    <message>
        <source>Comparable coverage</source>
        <translation>Couverture comparable</translation>
    </message>
    <message>
        <source>Small numbers</source>
        <translation>Petits nombres</translation>
    </message>
    <message>
        <source>Multiple testing</source>
        <translation>Tests multiples</translation>
    </message>
    <message>
        <source>Source concentration</source>
        <translation>Concentration des sources</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Précision des dates</translation>
    </message>
    <message>
        <source>One episode</source>
        <translation>Un seul épisode</translation>
    </message>
    <message>
        <source>Leading margin</source>
        <translation>Marge d&apos;avance</translation>
    </message>
    <message>
        <source>A comparison between periods uses only sources that reported in the area&apos;s countries in both periods with a comparable share of records located to a point (stratified by source); when most of the later records come from sources that are new or newly precise, no emergence is claimed: coverage changed.</source>
        <translation>Une comparaison entre périodes n&apos;utilise que les sources qui ont signalé dans les pays de la zone pendant les deux périodes avec une part comparable d&apos;enregistrements localisés en un point (stratifié par source) ; quand la plupart des enregistrements récents viennent de sources nouvelles ou nouvellement précises, aucune émergence n&apos;est affirmée : la couverture a changé.</translation>
    </message>
    <message>
        <source>An area claim needs at least %1 incidents. Counts carry an exact (Garwood) Poisson 95 % interval; a rise between periods is claimed only when the Wilson 95 % interval of the later share, turned into a rate ratio against the change in all comparable records, lies above 1.</source>
        <translation>Une affirmation sur une zone exige au moins %1 incidents. Les comptages portent un intervalle de Poisson exact (Garwood) à 95 % ; une hausse entre périodes n&apos;est affirmée que si l&apos;intervalle de Wilson à 95 % de la part récente, converti en rapport de taux par rapport à l&apos;évolution de tous les enregistrements comparables, se situe au-dessus de 1.</translation>
    </message>
    <message>
        <source>Getis-Ord Gi* tests every cell of the grid at once: the false discovery rate is controlled with the Benjamini–Hochberg procedure, as ArcGIS&apos;s Hot Spot Analysis does, before any cell is called hot.</source>
        <translation>Le Gi* de Getis-Ord teste toutes les cellules de la grille à la fois : le taux de fausses découvertes est contrôlé par la procédure de Benjamini–Hochberg, comme le fait l&apos;analyse des points chauds d&apos;ArcGIS, avant qu&apos;une cellule soit déclarée chaude.</translation>
    </message>
    <message>
        <source>When one source or reporting partner makes up more than %1 of a hotspot&apos;s incidents (or of a key actor&apos;s links), it is named as a reporting concentration, not stated as a pattern.</source>
        <translation>Quand une source ou un partenaire déclarant représente plus de %1 des incidents d&apos;un point chaud (ou des liens d&apos;un acteur clé), c&apos;est signalé comme une concentration des signalements, pas affirmé comme une tendance.</translation>
    </message>
    <message>
        <source>Records known only to a month or a year are used only for periods that contain their whole month or year; when more than %1 of the records are too coarse, the claim is caveated, more than %2 refused.</source>
        <translation>Les enregistrements connus seulement au mois ou à l&apos;année ne servent que pour les périodes qui contiennent tout leur mois ou toute leur année ; quand plus de %1 des enregistrements sont trop imprécis, l&apos;affirmation porte une réserve, au-delà de %2 elle est refusée.</translation>
    </message>
    <message>
        <source>An alert is scored again with the busiest %1 days of its red flags left out; when it then falls under the alert line it rests on one unusual episode and is not stated as the account&apos;s behaviour.</source>
        <translation>Une alerte est notée de nouveau sans les %1 jours les plus chargés de ses signaux d&apos;alerte ; si elle passe alors sous le seuil d&apos;alerte, elle repose sur un seul épisode inhabituel et n&apos;est pas présentée comme le comportement du compte.</translation>
    </message>
    <message>
        <source>A claim that one route leads holds only when the Wilson 95 % interval of its share of it and the next route together lies above one half; otherwise the two may swap with the next reports.</source>
        <translation>L&apos;affirmation qu&apos;un itinéraire arrive en tête ne tient que si l&apos;intervalle de Wilson à 95 % de sa part, sur lui et l&apos;itinéraire suivant réunis, se situe au-dessus de la moitié ; sinon les deux peuvent s&apos;inverser avec les prochains signalements.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>caveat</source>
        <translation>réserve</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>%1 (%2 incidents here, none in these countries before)</source>
        <translation>%1 (%2 incidents ici, aucun auparavant dans ces pays)</translation>
    </message>
    <message>
        <source>%1 (located to a point: %2 of %3 records before, %4 of %5 after)</source>
        <translation>%1 (localisés en un point : %2 sur %3 enregistrements avant, %4 sur %5 après)</translation>
    </message>
    <message>
        <source>Coverage changed: in %1 the earlier period has no incidents located to a point (%2 located only to a country or not at all), so a rise cannot be told from a change in how incidents were located.</source>
        <translation>La couverture a changé : dans %1 la période antérieure n&apos;a aucun incident localisé en un point (%2 localisés seulement au pays ou pas du tout), si bien qu&apos;une hausse ne peut pas être distinguée d&apos;un changement dans la façon de localiser les incidents.</translation>
    </message>
    <message>
        <source>Coverage changed: %1 of the later incidents here come from sources that did not report in %2 before or did not locate incidents to a point before: %3.</source>
        <translation>La couverture a changé : %1 des incidents récents ici viennent de sources qui ne signalaient pas dans %2 auparavant ou ne localisaient pas les incidents en un point : %3.</translation>
    </message>
    <message>
        <source>Counted from comparable sources only: %1 of the later incidents here come from sources whose coverage changed (%2).</source>
        <translation>Compté uniquement à partir de sources comparables : %1 des incidents récents ici viennent de sources dont la couverture a changé (%2).</translation>
    </message>
    <message>
        <source>The sources behind the comparison reported in %1 in both periods with comparable location precision.</source>
        <translation>Les sources sur lesquelles repose la comparaison ont signalé dans %1 pendant les deux périodes avec une précision de localisation comparable.</translation>
    </message>
    <message>
        <source>earlier, located to a point</source>
        <translation>avant, localisés en un point</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>later, located to a point</source>
        <translation>après, localisés en un point</translation>
    </message>
    <message>
        <source>later incidents here from comparable sources</source>
        <translation>incidents récents ici issus de sources comparables</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>Too few %1 to make a claim: %2, fewer than the %3 needed.</source>
        <translation>Trop peu de %1 pour affirmer quoi que ce soit : %2, moins que les %3 nécessaires.</translation>
    </message>
    <message>
        <source>The rise is within chance: %1 %2 against %3 before; the rate ratio&apos;s 95 % interval reaches down to %4.</source>
        <translation>La hausse reste dans les limites du hasard : %1 %2 contre %3 auparavant ; l&apos;intervalle à 95 % du rapport de taux descend jusqu&apos;à %4.</translation>
    </message>
    <message>
        <source>%1 %2 against %3 before: the rise is beyond chance.</source>
        <translation>%1 %2 contre %3 auparavant : la hausse dépasse le hasard.</translation>
    </message>
    <message>
        <source>rate ratio, later to earlier</source>
        <translation>rapport de taux, après sur avant</translation>
    </message>
    <message>
        <source>%1 (95 % interval %2–%3, Wilson)</source>
        <translation>%1 (intervalle à 95 % %2–%3, Wilson)</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>%1 (95 % interval %2–%3, exact Poisson) in %4 days</source>
        <translation>%1 (intervalle à 95 % %2–%3, Poisson exact) sur %4 jours</translation>
    </message>
    <message>
        <source>%1 %2, at least the %3 needed.</source>
        <translation>%1 %2, au moins les %3 nécessaires.</translation>
    </message>
    <message>
        <source>later</source>
        <translation>après</translation>
    </message>
    <message>
        <source>count</source>
        <translation>effectif</translation>
    </message>
    <message>
        <source>%1 (95 % interval %2–%3, exact Poisson)</source>
        <translation>%1 (intervalle à 95 % %2–%3, Poisson exact)</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <source>No rise beyond the change everywhere: %1 %2 against %3 before, while all comparable records went from %4 to %5; the relative rate ratio&apos;s 95 % interval reaches down to %6.</source>
        <translation>Aucune hausse au-delà de l&apos;évolution générale : %1 %2 contre %3 auparavant, alors que l&apos;ensemble des enregistrements comparables est passé de %4 à %5 ; l&apos;intervalle à 95 % du rapport de taux relatif descend jusqu&apos;à %6.</translation>
    </message>
    <message>
        <source>%1 %2 against %3 before: a rise beyond chance and beyond the change in all comparable records (%4 to %5).</source>
        <translation>%1 %2 contre %3 auparavant : une hausse au-delà du hasard et au-delà de l&apos;évolution de tous les enregistrements comparables (de %4 à %5).</translation>
    </message>
    <message>
        <source>rate ratio against the change everywhere</source>
        <translation>rapport de taux par rapport à l&apos;évolution générale</translation>
    </message>
    <message>
        <source>all comparable records, earlier and later</source>
        <translation>tous les enregistrements comparables, avant et après</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Gi* was not corrected for testing %1 cells at once.</source>
        <translation>Le Gi* n&apos;a pas été corrigé pour le test simultané de %1 cellules.</translation>
    </message>
    <message>
        <source>Not significant once the false discovery rate over %1 cells is controlled (Benjamini–Hochberg).</source>
        <translation>Non significatif une fois contrôlé le taux de fausses découvertes sur %1 cellules (Benjamini–Hochberg).</translation>
    </message>
    <message>
        <source>Significant at 95 % after the Benjamini–Hochberg false discovery rate correction over %1 cells.</source>
        <translation>Significatif à 95 % après la correction du taux de fausses découvertes de Benjamini–Hochberg sur %1 cellules.</translation>
    </message>
    <message>
        <source>cells tested</source>
        <translation>cellules testées</translation>
    </message>
    <message>
        <source>hot or cold at 95 % before correction</source>
        <translation>chaudes ou froides à 95 % avant correction</translation>
    </message>
    <message>
        <source>after FDR correction</source>
        <translation>après correction FDR</translation>
    </message>
    <message>
        <source>Nothing else comes second.</source>
        <translation>Rien d&apos;autre n&apos;arrive en deuxième position.</translation>
    </message>
    <message>
        <source>The lead over %1 is beyond chance: %2 against %3 %4.</source>
        <translation>L&apos;avance sur %1 dépasse le hasard : %2 contre %3 %4.</translation>
    </message>
    <message>
        <source>The lead over %1 is within chance: %2 against %3 %4, and the two may swap with the next reports.</source>
        <translation>L&apos;avance sur %1 reste dans les limites du hasard : %2 contre %3 %4, et les deux peuvent s&apos;inverser avec les prochains signalements.</translation>
    </message>
    <message>
        <source>share of the two</source>
        <translation>part des deux</translation>
    </message>
    <message>
        <source>A reporting concentration: %1 of the %2 come from one source, %3.</source>
        <translation>Une concentration des signalements : %1 des %2 viennent d&apos;une seule source, %3.</translation>
    </message>
    <message>
        <source>No single source makes up more than %1 of the %2.</source>
        <translation>Aucune source ne représente à elle seule plus de %1 des %2.</translation>
    </message>
    <message>
        <source>largest source</source>
        <translation>source principale</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4, 95 % interval %5–%6, Wilson)</source>
        <translation>%1 : %2 sur %3 (%4, intervalle à 95 % %5–%6, Wilson)</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>Most records here (%1) are dated only to a month or a year that runs over the edge of the %2: they cannot support a claim at that grain.</source>
        <translation>La plupart des enregistrements ici (%1) ne sont datés qu&apos;au mois ou à l&apos;année, qui dépasse la limite de la %2 : ils ne peuvent pas étayer une affirmation à cette échelle.</translation>
    </message>
    <message>
        <source>%1 of the records here are dated only to a month or a year that runs over the edge of the %2 and were left out.</source>
        <translation>%1 des enregistrements ici ne sont datés qu&apos;au mois ou à l&apos;année, qui dépasse la limite de la %2, et ont été écartés.</translation>
    </message>
    <message>
        <source>Records dated too coarsely for the %1 were left out (%2).</source>
        <translation>Les enregistrements datés trop grossièrement pour la %1 ont été écartés (%2).</translation>
    </message>
    <message>
        <source>dated finely enough</source>
        <translation>datés assez finement</translation>
    </message>
    <message>
        <source>too coarse, left out</source>
        <translation>trop imprécis, écartés</translation>
    </message>
    <message>
        <source>The red flags&apos; dates are not known.</source>
        <translation>Les dates des signaux d&apos;alerte ne sont pas connues.</translation>
    </message>
    <message>
        <source>The alert rests on one unusual week (%1): without it the account scores %2, under the alert line. One episode is not a pattern of behaviour.</source>
        <translation>L&apos;alerte repose sur une seule semaine inhabituelle (%1) : sans elle le compte obtient %2, sous le seuil d&apos;alerte. Un seul épisode n&apos;est pas un comportement habituel.</translation>
    </message>
    <message>
        <source>The alert does not rest on one week: without its busiest week (%1) the account still scores %2.</source>
        <translation>L&apos;alerte ne repose pas sur une seule semaine : sans sa semaine la plus chargée (%1) le compte obtient encore %2.</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>score without the busiest week</source>
        <translation>score sans la semaine la plus chargée</translation>
    </message>
    <message>
        <source>red-flag transactions cited</source>
        <translation>transactions à signal d&apos;alerte citées</translation>
    </message>
    <message>
        <source>of them in the busiest week</source>
        <translation>dont dans la semaine la plus chargée</translation>
    </message>
    <message>
        <source>No source reports both this and %1: the two are not compared on the same reporting, and the lead may only say which sources report where.</source>
        <translation>Aucune source ne rapporte à la fois ceci et %1 : les deux ne sont pas comparés sur les mêmes signalements, et l&apos;avance peut seulement refléter quelles sources signalent où.</translation>
    </message>
    <message>
        <source>Among the sources that report both, %1 comes first (%2 against %3 %4): the lead rests on which sources report where.</source>
        <translation>Parmi les sources qui rapportent les deux, %1 arrive en tête (%2 contre %3 %4) : l&apos;avance repose sur quelles sources signalent où.</translation>
    </message>
    <message>
        <source>The lead over %1 holds among the sources that report both: %2 against %3 %4.</source>
        <translation>L&apos;avance sur %1 se maintient parmi les sources qui rapportent les deux : %2 contre %3 %4.</translation>
    </message>
    <message>
        <source>sources reporting both</source>
        <translation>sources rapportant les deux</translation>
    </message>
    <message>
        <source>sources reporting only one</source>
        <translation>sources n&apos;en rapportant qu&apos;un</translation>
    </message>
</context>
<context>
    <name>ColourScale</name>
    <message>
        <source>incidents per 1,000 km²</source>
        <translation>incidents pour 1 000 km²</translation>
    </message>
</context>
<context>
    <name>ColumnGuesser</name>
    <message>
        <source>sure</source>
        <translation>sûr</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>the header says so</source>
        <translation>l&apos;en-tête l&apos;indique</translation>
    </message>
    <message>
        <source>the header and the values agree</source>
        <translation>l&apos;en-tête et les valeurs concordent</translation>
    </message>
    <message>
        <source>the header fits but not all values do</source>
        <translation>l&apos;en-tête correspond, mais pas toutes les valeurs</translation>
    </message>
    <message>
        <source>the header says so; no values to check</source>
        <translation>l&apos;en-tête l&apos;indique ; aucune valeur à vérifier</translation>
    </message>
    <message>
        <source>its values are debit/credit words</source>
        <translation>ses valeurs sont des termes débit/crédit</translation>
    </message>
    <message>
        <source>%1 is not the direction: its values (%2) are transaction types, not debit/credit</source>
        <translation>%1 n&apos;est pas le sens : ses valeurs (%2) sont des types d&apos;opération, pas débit/crédit</translation>
    </message>
    <message>
        <source>a transaction type: how the money moved</source>
        <translation>un type d&apos;opération : la façon dont l&apos;argent a circulé</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Amount (signed, or with direction)</source>
        <translation>Montant (signé, ou avec le sens)</translation>
    </message>
    <message>
        <source>Debit amount (money out)</source>
        <translation>Montant au débit (sorties)</translation>
    </message>
    <message>
        <source>Credit amount (money in)</source>
        <translation>Montant au crédit (entrées)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Direction (in/out, credit/debit)</source>
        <translation>Sens (in/out, credit/debit)</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Identifiant de l&apos;opération</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>Compte de la contrepartie</translation>
    </message>
    <message>
        <source>Counterparty country</source>
        <translation>Pays de la contrepartie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Commerçant</translation>
    </message>
    <message>
        <source>Channel (cash, card, transfer…)</source>
        <translation>Canal (espèces, carte, virement…)</translation>
    </message>
    <message>
        <source>Location or branch</source>
        <translation>Lieu ou agence</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>A column mapping needs a name.</source>
        <translation>Une correspondance des colonnes doit avoir un nom.</translation>
    </message>
    <message>
        <source>Column mapping %1: unknown field &quot;%2&quot;.</source>
        <translation>Correspondance des colonnes %1 : champ inconnu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Column mapping %1 must say which column holds the account.</source>
        <translation>La correspondance des colonnes %1 doit indiquer quelle colonne contient le compte.</translation>
    </message>
    <message>
        <source>Column mapping %1 must say which column holds the date.</source>
        <translation>La correspondance des colonnes %1 doit indiquer quelle colonne contient la date.</translation>
    </message>
    <message>
        <source>Column mapping %1 must map either an amount column or debit/credit columns.</source>
        <translation>La correspondance des colonnes %1 doit associer soit une colonne de montant, soit des colonnes débit/crédit.</translation>
    </message>
    <message>
        <source>Column mapping %1 must map a currency column or give a default currency.</source>
        <translation>La correspondance des colonnes %1 doit associer une colonne de devise ou indiquer une devise par défaut.</translation>
    </message>
    <message>
        <source>Column mapping %1: the decimal mark must be . or ,</source>
        <translation>Correspondance des colonnes %1 : le séparateur décimal doit être . ou ,</translation>
    </message>
    <message>
        <source>Column mapping %1: the decimal mark and the delimiter must differ.</source>
        <translation>Correspondance des colonnes %1 : le séparateur décimal et le délimiteur doivent être différents.</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>Erreur de syntaxe JSON : %1</translation>
    </message>
    <message>
        <source>a mapping must be a JSON object</source>
        <translation>une correspondance doit être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;delimiter&quot; must be one character</source>
        <translation>&quot;delimiter&quot; doit être un seul caractère</translation>
    </message>
    <message>
        <source>&quot;decimal&quot; must be one character</source>
        <translation>&quot;decimal&quot; doit être un seul caractère</translation>
    </message>
    <message>
        <source>preset %1</source>
        <translation>préréglage %1</translation>
    </message>
    <message>
        <source>No column mapping named %1 in this workspace, and no such file.</source>
        <translation>Aucune correspondance des colonnes nommée %1 dans cet espace de travail, et aucun fichier de ce nom.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Account (the payer, with a payee account)</source>
        <translation>Compte (le payeur, avec un compte bénéficiaire)</translation>
    </message>
    <message>
        <source>Payee account (two-sided ledger: one row, a debit and a credit)</source>
        <translation>Compte bénéficiaire (registre à double entrée : une ligne, un débit et un crédit)</translation>
    </message>
    <message>
        <source>Payer&apos;s bank</source>
        <translation>Banque du payeur</translation>
    </message>
    <message>
        <source>Payee&apos;s bank</source>
        <translation>Banque du bénéficiaire</translation>
    </message>
    <message>
        <source>Date or date and time (or time step)</source>
        <translation>Date ou date et heure (ou pas de temps)</translation>
    </message>
    <message>
        <source>Column mapping %1: the time unit must be one of %2, not &quot;%3&quot;.</source>
        <translation>Correspondance des colonnes %1 : l&apos;unité de temps doit être l&apos;une de %2, et non &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Column mapping %1 counts time in %2 from a start but does not say when step 0 was: add &quot;time_origin&quot;: &quot;2024-01-01T00:00:00&quot; (the date and time of step 0) to the mapping, or fill in &quot;Time steps start at&quot; in the mapping dialog.</source>
        <translation>La correspondance des colonnes %1 compte le temps en %2 depuis un début mais n&apos;indique pas quand se situait le pas 0 : ajoutez &quot;time_origin&quot;: &quot;2024-01-01T00:00:00&quot; (la date et l&apos;heure du pas 0) à la correspondance, ou renseignez « Les pas de temps commencent le » dans la boîte de dialogue de correspondance.</translation>
    </message>
    <message>
        <source>Column mapping %1 gives a time origin but no time unit (one of %2).</source>
        <translation>La correspondance des colonnes %1 donne une origine des temps mais aucune unité de temps (l&apos;une de %2).</translation>
    </message>
    <message>
        <source>Column mapping %1: the time origin &quot;%2&quot; is not an ISO 8601 date or date and time.</source>
        <translation>Correspondance des colonnes %1 : l&apos;origine des temps &quot;%2&quot; n&apos;est pas une date ou une date et heure ISO 8601.</translation>
    </message>
    <message>
        <source>Column mapping %1 maps the banks of payer and payee but no payee account.</source>
        <translation>La correspondance des colonnes %1 associe les banques du payeur et du bénéficiaire mais aucun compte bénéficiaire.</translation>
    </message>
    <message>
        <source>Column mapping %1 maps the banks of payer and payee but does not say which bank is ours: add &quot;own_bank&quot; to the mapping.</source>
        <translation>La correspondance des colonnes %1 associe les banques du payeur et du bénéficiaire mais n&apos;indique pas quelle banque est la nôtre : ajoutez &quot;own_bank&quot; à la correspondance.</translation>
    </message>
    <message>
        <source>Column mapping %1 names its own bank but maps no bank column.</source>
        <translation>La correspondance des colonnes %1 nomme sa propre banque mais n&apos;associe aucune colonne de banque.</translation>
    </message>
    <message>
        <source>Column mapping %1 is two-sided (it maps a payee account): it needs one amount column, paid from the payer to the payee, and no direction or debit/credit columns.</source>
        <translation>La correspondance des colonnes %1 est à double entrée (elle associe un compte bénéficiaire) : elle nécessite une seule colonne de montant, payé du payeur au bénéficiaire, et aucune colonne de sens ni de débit/crédit.</translation>
    </message>
    <message>
        <source>Column mapping %1 is two-sided: each side&apos;s counterparty is the other side&apos;s account, so no counterparty column may be mapped too.</source>
        <translation>La correspondance des colonnes %1 est à double entrée : la contrepartie de chaque côté est le compte de l&apos;autre côté, de sorte qu&apos;aucune colonne de contrepartie ne peut être associée en plus.</translation>
    </message>
    <message>
        <source>%1 is an import specification of records, not a bank column mapping: import with --spec %1.</source>
        <translation>%1 est une spécification d&apos;import d&apos;enregistrements, pas une correspondance des colonnes bancaires : importez avec --spec %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>… and %1 more rejected rows</source>
        <translation>… et %1 autres lignes rejetées</translation>
    </message>
    <message>
        <source>Took %1 s (%2 rows/s).</source>
        <translation>Durée : %1 s (%2 lignes/s).</translation>
    </message>
    <message>
        <source>Workspace %1 (schema %2)</source>
        <translation>Espace de travail %1 (schéma %2)</translation>
    </message>
    <message>
        <source>Extracts:</source>
        <translation>Extractions :</translation>
    </message>
    <message>
        <source>read %1, imported %2, duplicate %3, quarantined %4</source>
        <translation>lues %1, importées %2, doublons %3, en quarantaine %4</translation>
    </message>
    <message>
        <source>usage: waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc] [--workspace W]</source>
        <translation>utilisation : waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc] [--workspace W]</translation>
    </message>
    <message>
        <source>--incidents and --seed take whole numbers</source>
        <translation>--incidents et --seed attendent des nombres entiers</translation>
    </message>
    <message>
        <source>Wrote %1 CTDC rows to %2</source>
        <translation>%1 lignes CTDC écrites dans %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 incidents, %3 route legs, %4 entities, %5 links, %6 accounts (%7 planted), %8 transactions; labels in %9</source>
        <translation>%1 écrit : %2 incidents, %3 étapes d&apos;itinéraire, %4 entités, %5 liens, %6 comptes (dont %7 implantés), %8 opérations ; étiquettes dans %9</translation>
    </message>
    <message>
        <source>usage: waymark audit verify WORKSPACE</source>
        <translation>utilisation : waymark audit verify WORKSPACE</translation>
    </message>
    <message>
        <source>usage: waymark mapping list --workspace W | waymark mapping save FILE.json --workspace W</source>
        <translation>utilisation : waymark mapping list --workspace W | waymark mapping save FILE.json --workspace W</translation>
    </message>
    <message>
        <source>Saved column mapping %1.</source>
        <translation>Correspondance des colonnes %1 enregistrée.</translation>
    </message>
    <message>
        <source>Workspace file.</source>
        <translation>Fichier de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Import valid rows; keep rejected rows in quarantine.</source>
        <translation>Importer les lignes valides ; placer les lignes rejetées en quarantaine.</translation>
    </message>
    <message>
        <source>Column mapping preset or .json file for bank CSV.</source>
        <translation>Préréglage de correspondance des colonnes ou fichier .json pour les CSV bancaires.</translation>
    </message>
    <message>
        <source>No progress bar or timing.</source>
        <translation>Sans barre de progression ni mesure de durée.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fichier de sortie.</translation>
    </message>
    <message>
        <source>Number of incidents (rows) to generate.</source>
        <translation>Nombre d&apos;incidents (lignes) à générer.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Graine aléatoire.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Created workspace %1.</source>
        <translation>Espace de travail %1 créé.</translation>
    </message>
    <message>
        <source>Audit log intact: %1 records, every hash chains to the one before.</source>
        <translation>Journal d&apos;audit intact : %1 enregistrements, chaque empreinte est chaînée à la précédente.</translation>
    </message>
    <message>
        <source>usage: waymark graph --workspace W [--metrics LIST] [--types LIST] [--key-actors N] [--out FILE.csv]</source>
        <translation>utilisation : waymark graph --workspace W [--metrics LIST] [--types LIST] [--key-actors N] [--out FILE.csv]</translation>
    </message>
    <message>
        <source>Link graph: %1 entities, %2 links in %3 connected pieces.</source>
        <translation>Graphe de liens : %1 entités, %2 liens en %3 composantes connexes.</translation>
    </message>
    <message>
        <source>Links merged with a repeat: %1; links of an entity to itself, left out of the measures: %2; links to unknown entities: %3.</source>
        <translation>Liens fusionnés avec un doublon : %1 ; liens d&apos;une entité vers elle-même, exclus des mesures : %2 ; liens vers des entités inconnues : %3.</translation>
    </message>
    <message>
        <source>unknown metric %1 (known: %2)</source>
        <translation>mesure inconnue %1 (mesures connues : %2)</translation>
    </message>
    <message>
        <source>Louvain: %1 communities, modularity %2.</source>
        <translation>Louvain : %1 communautés, modularité %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Graph measures to write, comma-separated.</source>
        <translation>Mesures du graphe à écrire, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Entity types for the key-actor list, comma-separated.</source>
        <translation>Types d&apos;entités pour la liste des acteurs clés, séparés par des virgules.</translation>
    </message>
    <message>
        <source>How many key actors to list.</source>
        <translation>Nombre d&apos;acteurs clés à lister.</translation>
    </message>
    <message>
        <source>--size must be like 1600x1000</source>
        <translation>--size doit être de la forme 1600x1000</translation>
    </message>
    <message>
        <source>Link chart: %1 entities, %2 links. Size: betweenness. Colour: %3. Data as of %4. Made with Waymark.</source>
        <translation>Graphe de liens : %1 entités, %2 liens. Taille : intermédiarité. Couleur : %3. Données au %4. Réalisé avec Waymark.</translation>
    </message>
    <message>
        <source>entity type</source>
        <translation>type d&apos;entité</translation>
    </message>
    <message>
        <source>community</source>
        <translation>communauté</translation>
    </message>
    <message>
        <source>Image size, e.g. 1600x1000.</source>
        <translation>Taille de l&apos;image, par exemple 1600x1000.</translation>
    </message>
    <message>
        <source>Colour nodes by type or community.</source>
        <translation>Colorer les nœuds par type ou par communauté.</translation>
    </message>
    <message>
        <source>Draw only the N largest connected pieces.</source>
        <translation>Ne dessiner que les N plus grandes composantes connexes.</translation>
    </message>
    <message>
        <source>Write the link chart as GraphML or GEXF (by the file&apos;s ending).</source>
        <translation>Écrire le graphe de liens en GraphML ou GEXF (selon l&apos;extension du fichier).</translation>
    </message>
    <message>
        <source>--%1 must be a date like 2021-03-31</source>
        <translation>--%1 doit être une date comme 2021-03-31</translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1 : %2 au total</translation>
    </message>
    <message>
        <source>--bbox must be WEST,SOUTH,EAST,NORTH in degrees</source>
        <translation>--bbox doit être OUEST,SUD,EST,NORD en degrés</translation>
    </message>
    <message>
        <source>Wrote %1: %2 incidents in the window, %3 on the map, %4 located to a country only, %5 without a place.</source>
        <translation>%1 écrit : %2 incidents dans la fenêtre, %3 sur la carte, %4 localisés au pays seulement, %5 sans lieu.</translation>
    </message>
    <message>
        <source>unknown typology %1 (built in: %2, or a .json file)</source>
        <translation>typologie inconnue %1 (intégrées : %2, ou un fichier .json)</translation>
    </message>
    <message>
        <source>usage: waymark score --workspace W [--typology ID|FILE.json]... [--out FILE.csv]</source>
        <translation>utilisation : waymark score --workspace W [--typology ID|FILE.json]... [--out FILE.csv]</translation>
    </message>
    <message>
        <source>Scored %1 of %2 accounts (%3 not scored: too few usable transactions) over %4 transactions (%5 duplicates counted once, %6 set aside); run %7 stored in the workspace.</source>
        <translation>%1 comptes notés sur %2 (%3 non notés : trop peu de transactions exploitables) sur %4 transactions (%5 doublons comptés une fois, %6 écartées) ; exécution %7 enregistrée dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Took %1 s (%2 transactions/s).</source>
        <translation>Durée : %1 s (%2 transactions/s).</translation>
    </message>
    <message>
        <source>usage: waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L] [--out WEIGHTS.csv]</source>
        <translation>utilisation : waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L] [--out WEIGHTS.csv]</translation>
    </message>
    <message>
        <source>--lambda takes a positive number</source>
        <translation>--lambda attend un nombre positif</translation>
    </message>
    <message>
        <source>Labels naming no account of the workspace: %1</source>
        <translation>Étiquettes ne désignant aucun compte de l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source> (generated draft)</source>
        <translation> (brouillon généré)</translation>
    </message>
    <message>
        <source>warning: evidence no longer in the workspace: %1</source>
        <translation>avertissement : éléments de preuve qui ne sont plus dans l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>Chart to render: timeline, age-gender, citizenship, …</source>
        <translation>Graphique à produire : timeline, age-gender, citizenship, …</translation>
    </message>
    <message>
        <source>Map layers to draw, comma-separated.</source>
        <translation>Couches de carte à dessiner, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Area to show: west,south,east,north in degrees.</source>
        <translation>Zone à afficher : ouest,sud,est,nord en degrés.</translation>
    </message>
    <message>
        <source>Start of the time window (YYYY-MM-DD).</source>
        <translation>Début de la fenêtre temporelle (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>End of the time window (YYYY-MM-DD).</source>
        <translation>Fin de la fenêtre temporelle (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>hub or ctdc (sample); pdf, odt, html or md (report export).</source>
        <translation>hub ou ctdc (sample) ; pdf, odt, html ou md (report export).</translation>
    </message>
    <message>
        <source>Report id.</source>
        <translation>Identifiant du rapport.</translation>
    </message>
    <message>
        <source>Replace personal identifiers with placeholders.</source>
        <translation>Remplacer les identifiants personnels par des substituts.</translation>
    </message>
    <message>
        <source>Report title.</source>
        <translation>Titre du rapport.</translation>
    </message>
    <message>
        <source>Typology to score: a built-in id or a .json file (repeatable).</source>
        <translation>Typologie à appliquer : un identifiant intégré ou un fichier .json (répétable).</translation>
    </message>
    <message>
        <source>Labelled accounts: account_id,label,typology.</source>
        <translation>Comptes étiquetés : account_id,label,typology.</translation>
    </message>
    <message>
        <source>L2 regularisation strength for calibration.</source>
        <translation>Intensité de la régularisation L2 pour l&apos;étalonnage.</translation>
    </message>
    <message>
        <source>usage: waymark render chart --workspace W --chart timeline|age-gender|citizenship|exploitation-country|sources|route [--route ORIGIN&gt;DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from DATE] [--to DATE]</source>
        <translation>utilisation : waymark render chart --workspace W --chart timeline|age-gender|citizenship|exploitation-country|sources|route [--route ORIGIN&gt;DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from DATE] [--to DATE]</translation>
    </message>
    <message>
        <source>%1: %2 incidents. %3</source>
        <translation>%1 : %2 incidents. %3</translation>
    </message>
    <message>
        <source>Route of the route chart: two countries, ORIGIN&gt;DEST.</source>
        <translation>Itinéraire du graphique route : deux pays, ORIGIN&gt;DEST.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète de %1 : </translation>
    </message>
    <message>
        <source>%1 is encrypted: give its passphrase with --passphrase-file FILE, or type it on a terminal.</source>
        <translation>%1 est chiffré : indiquez sa phrase secrète avec --passphrase-file FILE, ou saisissez-la dans un terminal.</translation>
    </message>
    <message>
        <source>%1 is damaged:</source>
        <translation>%1 est endommagé :</translation>
    </message>
    <message>
        <source>Chain head: %1</source>
        <translation>Tête de chaîne : %1</translation>
    </message>
    <message>
        <source>Signatures: %1 by you, %2 by keys you trust, %3 by other keys, %4 unsigned (older records).</source>
        <translation>Signatures : %1 par vous, %2 par des clés de confiance, %3 par d&apos;autres clés, %4 sans signature (enregistrements plus anciens).</translation>
    </message>
    <message>
        <source>signed by a key you do not trust: %1 (add it to %2/trusted-keys/ if it is a colleague&apos;s)</source>
        <translation>signé par une clé à laquelle vous ne faites pas confiance : %1 (ajoutez-la à %2/trusted-keys/ si c&apos;est celle d&apos;un collègue)</translation>
    </message>
    <message>
        <source>Rows are not what was imported (added, changed or deleted since):</source>
        <translation>Les lignes ne sont plus celles qui ont été importées (ajoutées, modifiées ou supprimées depuis) :</translation>
    </message>
    <message>
        <source>Rows: every import&apos;s rows are as they were imported.</source>
        <translation>Lignes : les lignes de chaque importation sont telles qu&apos;elles ont été importées.</translation>
    </message>
    <message>
        <source>File whose first line is an encrypted workspace&apos;s passphrase.</source>
        <translation>Fichier dont la première ligne est la phrase secrète d&apos;un espace de travail chiffré.</translation>
    </message>
    <message>
        <source>File whose first line is the new passphrase (encrypt, rekey).</source>
        <translation>Fichier dont la première ligne est la nouvelle phrase secrète (encrypt, rekey).</translation>
    </message>
    <message>
        <source>With new: encrypt the workspace under a passphrase.</source>
        <translation>Avec new : chiffrer l&apos;espace de travail sous une phrase secrète.</translation>
    </message>
    <message>
        <source>usage: waymark clean WORKSPACE --out COPY</source>
        <translation>utilisation : waymark clean WORKSPACE --out COPY</translation>
    </message>
    <message>
        <source>Wrote a cleaned copy of %1 to %2.</source>
        <translation>Copie nettoyée de %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Passphrase for the new workspace: </source>
        <translation>Phrase secrète du nouvel espace de travail : </translation>
    </message>
    <message>
        <source>An encrypted workspace needs a passphrase (--passphrase-file FILE, or a terminal).</source>
        <translation>Un espace de travail chiffré nécessite une phrase secrète (--passphrase-file FILE, ou un terminal).</translation>
    </message>
    <message>
        <source>Created encrypted workspace %1.</source>
        <translation>Espace de travail chiffré %1 créé.</translation>
    </message>
    <message>
        <source>usage: waymark encrypt WORKSPACE --out COPY</source>
        <translation>utilisation : waymark encrypt WORKSPACE --out COPY</translation>
    </message>
    <message>
        <source>Passphrase now: </source>
        <translation>Phrase secrète actuelle : </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>A passphrase is missing: --passphrase-file (the current one, for rekey) and --new-passphrase-file, or a terminal.</source>
        <translation>Il manque une phrase secrète : --passphrase-file (l&apos;actuelle, pour rekey) et --new-passphrase-file, ou un terminal.</translation>
    </message>
    <message>
        <source>%1 now opens with the new passphrase.</source>
        <translation>%1 s&apos;ouvre désormais avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Wrote an encrypted copy of %1 to %2.</source>
        <translation>Copie chiffrée de %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Waymark — offline analysis workstation for counter-trafficking analysts.

  waymark [WORKSPACE]                          open the workstation</source>
        <translation>Waymark — poste d&apos;analyse hors ligne pour les analystes de la lutte contre la traite des êtres humains.

  waymark [WORKSPACE]                          ouvrir le poste de travail</translation>
    </message>
    <message>
        <source>  waymark new WORKSPACE [--encrypt]            create an empty workspace (encrypted under a passphrase)</source>
        <translation>  waymark new WORKSPACE [--encrypt]            créer un espace de travail vide (chiffré sous une phrase secrète)</translation>
    </message>
    <message>
        <source>  waymark encrypt WORKSPACE --out COPY         an encrypted copy of a plain workspace</source>
        <translation>  waymark encrypt WORKSPACE --out COPY         une copie chiffrée d&apos;un espace de travail non chiffré</translation>
    </message>
    <message>
        <source>  waymark rekey WORKSPACE                      change an encrypted workspace&apos;s passphrase
      passphrases: --passphrase-file FILE (and --new-passphrase-file FILE), or typed on a terminal</source>
        <translation>  waymark rekey WORKSPACE                      changer la phrase secrète d&apos;un espace de travail chiffré
      phrases secrètes : --passphrase-file FILE (et --new-passphrase-file FILE), ou saisies dans un terminal</translation>
    </message>
    <message>
        <source>  waymark info WORKSPACE                       counts per table, extracts with hashes</source>
        <translation>  waymark info WORKSPACE                       effectifs par table, extractions avec empreintes</translation>
    </message>
    <message>
        <source>  waymark audit verify WORKSPACE               check the file, the audit chain and every import&apos;s rows</source>
        <translation>  waymark audit verify WORKSPACE               vérifier le fichier, la chaîne d&apos;audit et les lignes de chaque importation</translation>
    </message>
    <message>
        <source>  waymark clean WORKSPACE --out COPY           a copy without schema objects Waymark did not create</source>
        <translation>  waymark clean WORKSPACE --out COPY           une copie sans les objets de schéma que Waymark n&apos;a pas créés</translation>
    </message>
    <message>
        <source>  waymark mapping list|save FILE --workspace W column mappings for bank CSV</source>
        <translation>  waymark mapping list|save FILE --workspace W correspondances des colonnes pour les CSV bancaires</translation>
    </message>
    <message>
        <source>  waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L]
                [--out WEIGHTS.csv]    fit weights to labelled accounts; AUC, precision at k</source>
        <translation>  waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L]
                [--out WEIGHTS.csv]    ajuster les pondérations à des comptes étiquetés ; AUC, précision à k</translation>
    </message>
    <message>
        <source>  waymark render chart --workspace W --chart timeline|age-gender|citizenship|exploitation-country|sources
                |route [--route ORIGIN&gt;DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from DATE]
                [--to DATE]   a chart without a window; route: incidents per bin on one route</source>
        <translation>  waymark render chart --workspace W --chart timeline|age-gender|citizenship|exploitation-country|sources
                |route [--route ORIGIN&gt;DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from DATE]
                [--to DATE]   un graphique sans fenêtre ; route : incidents par intervalle sur un itinéraire</translation>
    </message>
    <message>
        <source>  waymark help [COMMAND]                       this text, or one command&apos;s options</source>
        <translation>  waymark help [COMMAND]                       ce texte, ou les options d&apos;une commande</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>commande inconnue %1</translation>
    </message>
    <message>
        <source>  waymark render graph --workspace W --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--colour type|community] [--pieces N]</source>
        <translation>  waymark render graph --workspace W --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--colour type|community] [--pieces N]</translation>
    </message>
    <message>
        <source>%1 · data as of %2</source>
        <translation>%1 · données au %2</translation>
    </message>
    <message>
        <source>usage: waymark render map --workspace W --out FILE.png|FILE.svg|FILE.pdf [--layers LIST] [--size WxH] [--from DATE] [--to DATE] [--bbox W,S,E,N]</source>
        <translation>usage : waymark render map --workspace W --out FILE.png|FILE.svg|FILE.pdf [--layers LIST] [--size WxH] [--from DATE] [--to DATE] [--bbox W,S,E,N]</translation>
    </message>
    <message>
        <source>usage: waymark render graph --workspace W --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--colour type|community] [--pieces N]</source>
        <translation>usage : waymark render graph --workspace W --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--colour type|community] [--pieces N]</translation>
    </message>
    <message>
        <source>Plant a trap the artefact checks must catch (hub format; repeat for more): %1.</source>
        <translation>Placer un piège que les contrôles d&apos;artefacts doivent détecter (format hub ; répéter pour en placer plusieurs) : %1.</translation>
    </message>
    <message>
        <source>Random seed of the traps (default 1).</source>
        <translation>Graine aléatoire des pièges (1 par défaut).</translation>
    </message>
    <message>
        <source>unknown --trap %1 (%2)</source>
        <translation>--trap inconnu %1 (%2)</translation>
    </message>
    <message>
        <source>--trap-seed takes a whole number</source>
        <translation>--trap-seed attend un nombre entier</translation>
    </message>
    <message>
        <source>--trap one-week-account needs --workspace: the account goes in through the bank</source>
        <translation>--trap one-week-account exige --workspace : le compte passe par la banque</translation>
    </message>
    <message>
        <source>--trap plants traps in hub extracts only</source>
        <translation>--trap ne place des pièges que dans les extraits du hub</translation>
    </message>
    <message>
        <source>Planted 1 one-week account (SYN-WEEK-1) in %1</source>
        <translation>1 compte d&apos;une semaine (SYN-WEEK-1) placé dans %1</translation>
    </message>
    <message>
        <source>Where the export goes: partner (outside the own organisation) or own (default: partner for export share, own for report export).</source>
        <translation>Destination de l&apos;export : partner (hors de la propre organisation) ou own (par défaut : partner pour export share, own pour report export).</translation>
    </message>
    <message>
        <source>Types of exploitation, comma-separated (sexual_exploitation, forced_labour, …).</source>
        <translation>Types d&apos;exploitation, séparés par des virgules (sexual_exploitation, forced_labour, …).</translation>
    </message>
    <message>
        <source>Source kinds, comma-separated (partner_case, open_source, reporting_app, …).</source>
        <translation>Types de source, séparés par des virgules (partner_case, open_source, reporting_app, …).</translation>
    </message>
    <message>
        <source>Source grades, comma-separated (1, 2, A, B, …).</source>
        <translation>Cotations des sources, séparées par des virgules (1, 2, A, B, …).</translation>
    </message>
    <message>
        <source>--type: unknown type &quot;%1&quot; (expected %2)</source>
        <translation>--type : type inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>--source-kind: unknown source kind &quot;%1&quot; (expected %2)</source>
        <translation>--source-kind : type de source inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>Exit codes: 0 success · 1 usage error · 2 workspace cannot be opened or its audit log is broken ·
3 input rejected, nothing imported, or an export refused by the releasability check ·
4 imported, some rows quarantined (--keep-going) · 5 canceled</source>
        <translation>Codes de sortie : 0 succès · 1 erreur d&apos;utilisation · 2 l&apos;espace de travail ne peut pas être ouvert ou son journal d&apos;audit est rompu ·
3 entrée rejetée, rien d&apos;importé, ou export refusé par le contrôle de diffusion ·
4 importé, certaines lignes en quarantaine (--keep-going) · 5 annulé</translation>
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
                                               un extrait du hub pseudonymisé à restituer ; sortie 3
                                               si ce qui est demandé ne peut pas partir</translation>
    </message>
    <message>
        <source>Share policy (JSON) saying which fields are kept, pseudonymised or removed.</source>
        <translation>Politique de partage (JSON) indiquant quels champs sont conservés, pseudonymisés ou supprimés.</translation>
    </message>
    <message>
        <source>Add k-anonymous counts by country, year, type, sex and age band.</source>
        <translation>Ajouter des effectifs k-anonymes par pays, année, type, sexe et tranche d&apos;âge.</translation>
    </message>
    <message>
        <source>Smallest count the aggregates publish (default 10).</source>
        <translation>Plus petit effectif publié par les agrégats (par défaut 10).</translation>
    </message>
    <message>
        <source>Ask for every selected record, restricted ones included: refused (exit 3) if any may not go.</source>
        <translation>Demander chaque enregistrement sélectionné, y compris les enregistrements restreints : refusé (sortie 3) si l&apos;un d&apos;eux ne peut pas partir.</translation>
    </message>
    <message>
        <source>usage: waymark export share --workspace W --out FILE.zip [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--policy FILE] [--aggregates] [--k N (2 or more)] [--include-restricted]</source>
        <translation>utilisation : waymark export share --workspace W --out FILE.zip [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--policy FILE] [--aggregates] [--k N (2 ou plus)] [--include-restricted]</translation>
    </message>
    <message numerus="yes">
        <source>Refused: --include-restricted asks for %n record(s) that may not go to %1 (see &quot;left out&quot; above). Nothing was written.</source>
        <translation>
            <numerusform>Refusé : --include-restricted demande %n enregistrement qui ne peut pas partir vers %1 (voir « écartés » ci-dessus). Rien n&apos;a été écrit.</numerusform>
            <numerusform>Refusé : --include-restricted demande %n enregistrements qui ne peuvent pas partir vers %1 (voir « écartés » ci-dessus). Rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: nothing the filter selects may go to %1, so no package was written.</source>
        <translation>Refusé : rien de ce que sélectionne le filtre ne peut partir vers %1, aucun paquet n&apos;a donc été écrit.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2): %3 incidents, %4 entities, %5 links, %6 accounts from %7 sources; policy %8 (sha256 %9).</source>
        <translation>%1 écrit (%2) : %3 incidents, %4 entités, %5 liens, %6 comptes issus de %7 sources ; politique %8 (sha256 %9).</translation>
    </message>
    <message>
        <source>Aggregates: k = %1, %2 cells suppressed.</source>
        <translation>Agrégats : k = %1, %2 cellules masquées.</translation>
    </message>
    <message>
        <source>Package sha256 %1, recorded in the audit log.</source>
        <translation>sha256 du paquet %1, consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>  waymark report list --workspace W            Key Judgement Reports in the workspace
  waymark report draft --workspace W [--from DATE] [--to DATE] [--title T] [--scale phia|icd203]
                                               a generated starter draft; prints its id
  waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] [--destination own|partner]
                --out FILE                     exit 3 when it cites a record that may not go</source>
        <translation>  waymark report list --workspace W            les rapports de jugements clés de l&apos;espace de travail
  waymark report draft --workspace W [--from DATE] [--to DATE] [--title T] [--scale phia|icd203]
                                               un brouillon de départ généré ; affiche son identifiant
  waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] [--destination own|partner]
                --out FILE                     sortie 3 s&apos;il cite un enregistrement qui ne peut pas partir</translation>
    </message>
    <message>
        <source>Probability language of a draft: phia (the UK yardstick, default) or icd203 (US ICD 203).</source>
        <translation>Langage de probabilité d&apos;un brouillon : phia (l&apos;échelle britannique, par défaut) ou icd203 (ICD 203 américain).</translation>
    </message>
    <message>
        <source>usage: waymark report list --workspace W
       waymark report draft --workspace W [--from DATE] [--to DATE] [--title T] [--scale phia|icd203]
       waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] --out FILE</source>
        <translation>utilisation : waymark report list --workspace W
       waymark report draft --workspace W [--from DATE] [--to DATE] [--title T] [--scale phia|icd203]
       waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] --out FILE</translation>
    </message>
    <message>
        <source>--scale: “%1” is not phia or icd203</source>
        <translation>--scale : « %1 » n&apos;est ni phia ni icd203</translation>
    </message>
    <message>
        <source>--destination must be own or partner</source>
        <translation>--destination doit être own ou partner</translation>
    </message>
    <message numerus="yes">
        <source>Refused: the report cites %n record(s) that may not go to %1. Nothing was written.</source>
        <translation>
            <numerusform>Refusé : le rapport cite %n enregistrement qui ne peut pas partir vers %1. Rien n&apos;a été écrit.</numerusform>
            <numerusform>Refusé : le rapport cite %n enregistrements qui ne peuvent pas partir vers %1. Rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking raised to that of the evidence: %1</source>
        <translation>Marquage relevé à celui des éléments de preuve : %1</translation>
    </message>
    <message>
        <source>  Give an import specification with --spec NAME|FILE.json (see waymark spec list), or a bank column mapping with --mapping.</source>
        <translation>  Indiquez une spécification d&apos;import avec --spec NAME|FILE.json (voir waymark spec list), ou une correspondance des colonnes bancaires avec --mapping.</translation>
    </message>
    <message>
        <source>  waymark import FILE... --workspace W [--keep-going] [--spec NAME|FILE.json [--spec-version N]] [--mapping PRESET|FILE] [--quiet]</source>
        <translation>  waymark import FILE... --workspace W [--keep-going] [--spec NAME|FILE.json [--spec-version N]] [--mapping PRESET|FILE] [--quiet]</translation>
    </message>
    <message>
        <source>Import specification (a name in the workspace or a .json file) for any table.</source>
        <translation>Spécification d&apos;import (un nom dans l&apos;espace de travail ou un fichier .json) pour toute table.</translation>
    </message>
    <message>
        <source>Saved version of the specification (default: the latest).</source>
        <translation>Version enregistrée de la spécification (par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>usage: waymark import FILE... --workspace W [--keep-going] [--spec NAME|FILE.json] [--mapping PRESET|FILE]</source>
        <translation>utilisation : waymark import FILE... --workspace W [--keep-going] [--spec NAME|FILE.json] [--mapping PRESET|FILE]</translation>
    </message>
    <message>
        <source>--spec and --mapping: give one of them.</source>
        <translation>--spec et --mapping : indiquez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>--spec-version takes a version number from 1, with --spec.</source>
        <translation>--spec-version prend un numéro de version à partir de 1, avec --spec.</translation>
    </message>
    <message>
        <source>  waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc|ctdc-global|ctdc-vp] [--workspace W] [--trap NAME]... [--trap-seed S]</source>
        <translation>  waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc|ctdc-global|ctdc-vp] [--workspace W] [--trap NAME]... [--trap-seed S]</translation>
    </message>
    <message>
        <source>hub, ctdc, ctdc-global (older CTDC release) or ctdc-vp (CTDC victim–perpetrator) (sample); pdf, odt, html or md (report export).</source>
        <translation>hub, ctdc, ctdc-global (ancienne publication CTDC) ou ctdc-vp (CTDC victime–auteur) (sample) ; pdf, odt, html ou md (report export).</translation>
    </message>
    <message>
        <source>unknown --format %1 (hub, ctdc, ctdc-global or ctdc-vp)</source>
        <translation>--format %1 inconnu (hub, ctdc, ctdc-global ou ctdc-vp)</translation>
    </message>
    <message>
        <source>  waymark spec list|show NAME|save FILE.json|export NAME FILE.json --workspace W [--spec-version N] [--as NAME]</source>
        <translation>  waymark spec list|show NAME|save FILE.json|export NAME FILE.json --workspace W [--spec-version N] [--as NAME]</translation>
    </message>
    <message>
        <source>Saved version to show or export (default: the latest).</source>
        <translation>Version enregistrée à afficher ou exporter (par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>Name to save an imported specification under.</source>
        <translation>Nom sous lequel enregistrer une spécification importée.</translation>
    </message>
    <message>
        <source>usage: waymark spec list --workspace W | waymark spec show NAME [--spec-version N] --workspace W |
       waymark spec save FILE.json [--as NAME] --workspace W |
       waymark spec export NAME FILE.json [--spec-version N] --workspace W</source>
        <translation>utilisation : waymark spec list --workspace W | waymark spec show NAME [--spec-version N] --workspace W |
              waymark spec save FILE.json [--as NAME] --workspace W |
              waymark spec export NAME FILE.json [--spec-version N] --workspace W</translation>
    </message>
    <message>
        <source># version %1 saved %2 by %3%4</source>
        <translation># version %1 enregistrée %2 par %3%4</translation>
    </message>
    <message>
        <source>Saved import specification %1, version %2.</source>
        <translation>Spécification d&apos;import %1 enregistrée, version %2.</translation>
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
                                               un bundle STIX 2.1 (marquages TLP 2.0) d&apos;un rapport ou
                                               des enregistrements filtrés ; sortie 3 si ce qui est
                                               demandé ne peut pas partir</translation>
    </message>
    <message>
        <source>Key Judgement Report to export as STIX, with what it cites (export stix).</source>
        <translation>Rapport de jugements clés à exporter en STIX, avec ce qu&apos;il cite (export stix).</translation>
    </message>
    <message>
        <source>Map layer to export: incidents, routes, hotspots or significance (export geojson, kml).</source>
        <translation>Couche de carte à exporter : incidents, routes, hotspots ou significance (export geojson, kml).</translation>
    </message>
    <message>
        <source>usage: waymark export stix --workspace W --out FILE.json [--report ID] [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--include-restricted]</source>
        <translation>utilisation : waymark export stix --workspace W --out FILE.json [--report ID] [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--include-restricted]</translation>
    </message>
    <message numerus="yes">
        <source>Refused: what was asked for holds %n record(s) that may not go to %1 (see &quot;left out&quot; above). Nothing was written.</source>
        <translation>
            <numerusform>Refusé : ce qui est demandé contient %n enregistrement qui ne peut pas partir vers %1 (voir « écartés » ci-dessus). Rien n&apos;a été écrit.</numerusform>
            <numerusform>Refusé : ce qui est demandé contient %n enregistrements qui ne peuvent pas partir vers %1 (voir « écartés » ci-dessus). Rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: nothing the filter selects may go to %1, so no bundle was written.</source>
        <translation>Refusé : rien de ce que sélectionne le filtre ne peut partir vers %1, aucun bundle n&apos;a donc été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n STIX object(s), sha256 %3, recorded in the audit log.</source>
        <translation>
            <numerusform>%1 écrit (%2) : %n objet STIX, sha256 %3, consigné dans le journal d&apos;audit.</numerusform>
            <numerusform>%1 écrit (%2) : %n objets STIX, sha256 %3, consigné dans le journal d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: waymark export geojson|kml --workspace W --layer incidents|routes|hotspots|significance --out FILE [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--include-restricted]</source>
        <translation>utilisation : waymark export geojson|kml --workspace W --layer incidents|routes|hotspots|significance --out FILE [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--include-restricted]</translation>
    </message>
    <message>
        <source>Refused: nothing the filter selects may go to %1, so no layer was written.</source>
        <translation>Refusé : rien de ce que sélectionne le filtre ne peut partir vers %1, aucune couche n&apos;a donc été écrite.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n feature(s), sha256 %3, recorded in the audit log.</source>
        <translation>
            <numerusform>%1 écrit (%2) : %n entité, sha256 %3, consigné dans le journal d&apos;audit.</numerusform>
            <numerusform>%1 écrit (%2) : %n entités, sha256 %3, consigné dans le journal d&apos;audit.</numerusform>
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
                                                       la carte sans fenêtre</translation>
    </message>
    <message>
        <source>Refused: nothing the figure would show may go to %1, so no figure was written.</source>
        <translation>Refusé : rien de ce que la figure montrerait ne peut partir vers %1, aucune figure n&apos;a donc été écrite.</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Figures : %1</translation>
    </message>
    <message>
        <source>Score typology ID with this program&apos;s built-in version instead of the workspace&apos;s edit (the edit stays in its history; repeatable).</source>
        <translation>Noter la typologie ID avec la version intégrée à ce programme au lieu de la modification de l&apos;espace de travail (la modification reste dans son historique ; répétable).</translation>
    </message>
    <message>
        <source>%1: scored with built-in version %2, which replaces the workspace&apos;s unedited version %3 (%4).</source>
        <translation>%1 : notée avec la version intégrée %2, qui remplace la version non modifiée %3 de l&apos;espace de travail (%4).</translation>
    </message>
    <message>
        <source>%1: scored with the workspace&apos;s edited version %2. Built-in version %3 is newer than version %4 the edit started from (%5). To score with it instead: --adopt-built-in %1</source>
        <translation>%1 : notée avec la version modifiée %2 de l&apos;espace de travail. La version intégrée %3 est plus récente que la version %4 à partir de laquelle la modification a été faite (%5). Pour noter avec elle à la place : --adopt-built-in %1</translation>
    </message>
    <message>
        <source>%1: the built-in version is the workspace&apos;s version %2 now; the edit stays in its history.</source>
        <translation>%1 : la version intégrée est désormais la version %2 de l&apos;espace de travail ; la modification reste dans son historique.</translation>
    </message>
    <message>
        <source>  waymark graph --workspace W [--metrics degree,betweenness,pagerank,closeness,eigenvector,louvain,
                core,broker,component] [--types person,business] [--key-actors N] [--out FILE.csv]
                [--export FILE.graphml|FILE.gexf] [--destination own|partner] [--include-restricted]
                                                          link-graph measures, key actors, exchange</source>
        <translation>  waymark graph --workspace W [--metrics degree,betweenness,pagerank,closeness,eigenvector,louvain,
                core,broker,component] [--types person,business] [--key-actors N] [--out FILE.csv]
                [--export FILE.graphml|FILE.gexf] [--destination own|partner] [--include-restricted]
                                                          mesures du graphe de liens, acteurs clés, échange</translation>
    </message>
    <message>
        <source>Refused: nothing of the link graph may go to %1, so nothing was written.</source>
        <translation>Refusé : rien du graphe de liens ne peut partir vers %1, rien n&apos;a donc été écrit.</translation>
    </message>
    <message>
        <source>  waymark score --workspace W [--typology ID|FILE.json]... [--adopt-built-in ID]... [--out FILE.csv]
                [--destination own|partner] [--include-restricted]
                score bank accounts against financial typologies, ranked, with the run stored</source>
        <translation>  waymark score --workspace W [--typology ID|FILE.json]... [--adopt-built-in ID]... [--out FILE.csv]
                [--destination own|partner] [--include-restricted]
                noter les comptes bancaires selon les typologies financières, avec classement et exécution enregistrée</translation>
    </message>
    <message>
        <source>Refused: no account&apos;s score may go to %1, so no CSV was written.</source>
        <translation>Refusé : la note d&apos;aucun compte ne peut partir vers %1, aucun CSV n&apos;a donc été écrit.</translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivie</translation>
    </message>
    <message>
        <source>Bonaire, Sint Eustatius and Saba</source>
        <translation>Bonaire, Saint-Eustache et Saba</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Île Christmas</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Îles Cocos (Keeling)</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <source>Côte d&apos;Ivoire</source>
        <translation>Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <source>DR Congo</source>
        <translation>RD Congo</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinée équatoriale</translation>
    </message>
    <message>
        <source>Falkland Islands (Malvinas)</source>
        <translation>Îles Malouines</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Groenland</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
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
        <translation>Micronésie</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corée du Nord</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
    </message>
    <message>
        <source>Palestine</source>
        <translation>Palestine</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russie</translation>
    </message>
    <message>
        <source>Sint Maarten (Dutch part)</source>
        <translation>Saint-Martin (partie néerlandaise)</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Îles Salomon</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrie</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Vatican</source>
        <translation>Vatican</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <source>Virgin Islands, British</source>
        <translation>Îles Vierges britanniques</translation>
    </message>
    <message>
        <source>Virgin Islands, U.S.</source>
        <translation>Îles Vierges des États-Unis</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Îles Åland</translation>
    </message>
    <message>
        <source>Country names stay in English: the iso-codes translations for %1 are not installed.</source>
        <translation>Les noms de pays restent en anglais : les traductions d&apos;iso-codes pour %1 ne sont pas installées.</translation>
    </message>
</context>
<context>
    <name>Crypt</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>No secure memory is left for the key of %1.</source>
        <translation>Il ne reste plus de mémoire sécurisée pour la clé de %1.</translation>
    </message>
    <message>
        <source>The key of %1 could not be derived: not enough memory.</source>
        <translation>La clé de %1 n&apos;a pas pu être dérivée : mémoire insuffisante.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted workspace.</source>
        <translation>%1 n&apos;est pas un espace de travail chiffré.</translation>
    </message>
    <message>
        <source>The passphrase does not open %1.</source>
        <translation>La phrase secrète n&apos;ouvre pas %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is already encrypted.</source>
        <translation>%1 est déjà chiffré.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>%1 could not be given a new passphrase; it is unchanged.</source>
        <translation>%1 n&apos;a pas pu recevoir de nouvelle phrase secrète ; il est inchangé.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the quoted field opened here is never closed: the file is truncated or a quote is missing</source>
        <translation>le champ entre guillemets ouvert ici n&apos;est jamais fermé : le fichier est tronqué ou un guillemet manque</translation>
    </message>
    <message>
        <source>NUL byte in text: the file is binary or not UTF-8</source>
        <translation>octet NUL dans le texte : le fichier est binaire ou n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>field is larger than %1 bytes (is a closing quote missing?)</source>
        <translation>le champ dépasse %1 octets (manque-t-il un guillemet fermant ?)</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>texte après le guillemet fermant d&apos;un champ</translation>
    </message>
    <message>
        <source>NUL byte in text: the file is binary or UTF-16, not UTF-8</source>
        <translation>octet NUL dans le texte : le fichier est binaire ou en UTF-16, pas en UTF-8</translation>
    </message>
    <message>
        <source>field is larger than %1 bytes</source>
        <translation>le champ dépasse %1 octets</translation>
    </message>
    <message>
        <source>the file is UTF-16; save it as UTF-8 and import again</source>
        <translation>le fichier est en UTF-16 ; enregistrez-le en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <source>record is larger than %1 MiB</source>
        <translation>l&apos;enregistrement dépasse %1 Mio</translation>
    </message>
    <message>
        <source>invalid UTF-8 (is the file in another encoding?)</source>
        <translation>UTF-8 non valide (le fichier est-il dans un autre encodage ?)</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>lon and lat go together: one is missing</source>
        <translation>lon et lat vont ensemble : l&apos;une des deux manque</translation>
    </message>
    <message>
        <source>longitude &quot;%1&quot; is out of range (-180 to 180)</source>
        <translation>longitude &quot;%1&quot; hors limites (-180 à 180)</translation>
    </message>
    <message>
        <source>latitude &quot;%1&quot; is out of range (-90 to 90)</source>
        <translation>latitude &quot;%1&quot; hors limites (-90 à 90)</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>le fichier est vide ; une ligne d&apos;en-tête est obligatoire</translation>
    </message>
    <message>
        <source>header column %1 has no name</source>
        <translation>la colonne d&apos;en-tête %1 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>column %1 appears twice in the header</source>
        <translation>la colonne %1 figure deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>the header has no %1 column, which is required</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne %1, qui est obligatoire</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés</translation>
    </message>
</context>
<context>
    <name>CsvTableSource</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>le fichier est vide ; une ligne d&apos;en-tête est obligatoire</translation>
    </message>
    <message>
        <source>column %1 appears twice in the header</source>
        <translation>la colonne %1 figure deux fois dans l&apos;en-tête</translation>
    </message>
</context>
<context>
    <name>CtdcGenerator</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The CTDC file could not be written: %1</source>
        <translation>Le fichier CTDC n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>CtdcImporter</name>
    <message>
        <source>%1: unknown country code &quot;%2&quot;</source>
        <translation>%1 : code pays inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected 1 or an empty field, found &quot;%2&quot;</source>
        <translation>%1 : 1 ou un champ vide attendu, trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>CTDC Global Synthetic Dataset (codebook v2)</source>
        <translation>Jeu de données synthétique mondial CTDC (codebook v2)</translation>
    </message>
    <message>
        <source>CTDC Global Dataset, k-anonymised release of 2017–2020</source>
        <translation>Jeu de données mondial CTDC, publication k-anonymisée de 2017–2020</translation>
    </message>
    <message>
        <source>CTDC victim–perpetrator synthetic dataset (condensed layout)</source>
        <translation>Jeu de données synthétique victime–auteur CTDC (format condensé)</translation>
    </message>
    <message>
        <source>CTDC victim–perpetrator synthetic dataset (full layout)</source>
        <translation>Jeu de données synthétique victime–auteur CTDC (format complet)</translation>
    </message>
    <message>
        <source>the header has no yearOfRegistration or yearRegister column; is this a CTDC file?</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne yearOfRegistration ni yearRegister ; s&apos;agit-il d&apos;un fichier CTDC ?</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Lu comme %1.</translation>
    </message>
    <message>
        <source>Perpetrators of the victim of line %1</source>
        <translation>Auteurs liés à la victime de la ligne %1</translation>
    </message>
    <message>
        <source>%1: impossible year &quot;%2&quot;</source>
        <translation>%1 : année impossible &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: impossible year or band of years &quot;%2&quot; (expected 2019 or 2014-2018)</source>
        <translation>%1 : année ou plage d&apos;années impossible &quot;%2&quot; (attendu : 2019 ou 2014-2018)</translation>
    </message>
    <message>
        <source>%1: unknown code &quot;%2&quot; (expected Man, Woman or Trans/Transgender/NonConforming)</source>
        <translation>%1 : code inconnu &quot;%2&quot; (attendu : Man, Woman ou Trans/Transgender/NonConforming)</translation>
    </message>
    <message>
        <source>%1: unknown age band &quot;%2&quot;</source>
        <translation>%1 : tranche d&apos;âge inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown band &quot;%2&quot;</source>
        <translation>%1 : tranche inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown place &quot;%2&quot; (expected a UN region such as Europe or Americas/Oceania)</source>
        <translation>%1 : lieu inconnu &quot;%2&quot; (attendu : une région de l&apos;ONU telle que Europe ou Americas/Oceania)</translation>
    </message>
    <message>
        <source>%1 is missing; every record needs a year</source>
        <translation>%1 est manquant ; chaque enregistrement nécessite une année</translation>
    </message>
</context>
<context>
    <name>EntityDetails</name>
    <message>
        <source>Entity %1 is not in the workspace.</source>
        <translation>L&apos;entité %1 n&apos;est pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>non coté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1 — %2, graded %3</source>
        <translation>Source : %1 — %2, cotation %3</translation>
    </message>
    <message>
        <source>Merged record: %1 — %2, graded %3</source>
        <translation>Enregistrement fusionné : %1 — %2, cotation %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s): %1</source>
        <translation>
            <numerusform>%n lien : %1</numerusform>
            <numerusform>%n liens : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityResolution</name>
    <message>
        <source>same %1 once normalised (%2)</source>
        <translation>même %1 une fois normalisé (%2)</translation>
    </message>
    <message>
        <source>names alike (%1 %) and the same date of birth %2</source>
        <translation>noms semblables (%1 %) et même date de naissance %2</translation>
    </message>
    <message>
        <source>names alike (%1 %) and linked to the same address or phone</source>
        <translation>noms semblables (%1 %) et liés à la même adresse ou au même téléphone</translation>
    </message>
    <message>
        <source>There is no merge %1 to undo.</source>
        <translation>Il n&apos;y a pas de fusion %1 à annuler.</translation>
    </message>
</context>
<context>
    <name>EntityStyle</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Online ad</source>
        <translation>Annonce en ligne</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>associé</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <source>employs</source>
        <translation>emploie</translation>
    </message>
    <message>
        <source>employed by</source>
        <translation>employé par</translation>
    </message>
    <message>
        <source>owns</source>
        <translation>possède</translation>
    </message>
    <message>
        <source>owned by</source>
        <translation>appartient à</translation>
    </message>
    <message>
        <source>lives at</source>
        <translation>habite à</translation>
    </message>
    <message>
        <source>home of</source>
        <translation>domicile de</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>appelle</translation>
    </message>
    <message>
        <source>called by</source>
        <translation>appelé par</translation>
    </message>
    <message>
        <source>pays</source>
        <translation>paie</translation>
    </message>
    <message>
        <source>paid by</source>
        <translation>payé par</translation>
    </message>
    <message>
        <source>advertises</source>
        <translation>publie l&apos;annonce</translation>
    </message>
    <message>
        <source>advertised by</source>
        <translation>annonce publiée par</translation>
    </message>
    <message>
        <source>recruited</source>
        <translation>a recruté</translation>
    </message>
    <message>
        <source>recruited by</source>
        <translation>recruté par</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>utilise</translation>
    </message>
    <message>
        <source>used by</source>
        <translation>utilisé par</translation>
    </message>
</context>
<context>
    <name>EvidenceMime</name>
    <message>
        <source>The dropped data is not a list of evidence.</source>
        <translation>Les données déposées ne sont pas une liste d&apos;éléments de preuve.</translation>
    </message>
    <message>
        <source>Item %1 of the dropped evidence has an unknown kind “%2”.</source>
        <translation>L&apos;élément %1 des éléments de preuve déposés est d&apos;un type inconnu « %2 ».</translation>
    </message>
    <message>
        <source>Item %1 of the dropped evidence has no key.</source>
        <translation>L&apos;élément %1 des éléments de preuve déposés n&apos;a pas de clé.</translation>
    </message>
    <message>
        <source>No %1 with the id %2 in this workspace.</source>
        <translation>Aucun(e) %1 avec l&apos;identifiant %2 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Nothing that a report can cite was dropped.</source>
        <translation>Rien de ce qui a été déposé ne peut être cité dans un rapport.</translation>
    </message>
</context>
<context>
    <name>ExtractArchive</name>
    <message>
        <source>the zip file is empty</source>
        <translation>le fichier zip est vide</translation>
    </message>
    <message>
        <source>not a readable zip file (it may be truncated or damaged; zip error %1)</source>
        <translation>fichier zip illisible (il est peut-être tronqué ou endommagé ; erreur zip %1)</translation>
    </message>
    <message>
        <source>the zip&apos;s directory is damaged</source>
        <translation>le répertoire central du zip est endommagé</translation>
    </message>
    <message>
        <source>the zip&apos;s directory is damaged (zip error %1)</source>
        <translation>le répertoire central du zip est endommagé (erreur zip %1)</translation>
    </message>
    <message>
        <source>missing from the extract</source>
        <translation>absent de l&apos;extraction</translation>
    </message>
    <message>
        <source>cannot be found in the zip</source>
        <translation>introuvable dans le zip</translation>
    </message>
    <message>
        <source>cannot be read from the zip (zip error %1)</source>
        <translation>illisible dans le zip (erreur zip %1)</translation>
    </message>
    <message>
        <source>the zip member is damaged (CRC mismatch)</source>
        <translation>le fichier contenu dans le zip est endommagé (CRC incorrect)</translation>
    </message>
    <message>
        <source>the zip member is truncated or damaged (zip error %1)</source>
        <translation>le fichier contenu dans le zip est tronqué ou endommagé (erreur zip %1)</translation>
    </message>
    <message>
        <source>the zip holds two members named %1 (%2 and %3): which one belongs to the extract is ambiguous</source>
        <translation>le zip contient deux fichiers nommés %1 (%2 et %3) : on ne peut pas savoir lequel appartient à l&apos;extraction</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>Nothing may go: every record the figure would show is withheld by the releasability check, so no figure was written.</source>
        <translation>Rien ne peut partir : chaque enregistrement que montrerait la figure est retenu par le contrôle de diffusion, aucune figure n&apos;a donc été écrite.</translation>
    </message>
</context>
<context>
    <name>FigureExportFlow</name>
    <message>
        <source>Export %1</source>
        <translation>Exporter : %1</translation>
    </message>
    <message>
        <source>figure %1 (%2)</source>
        <translation>figure %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FigureMaker</name>
    <message>
        <source>The link chart shows no entities: show some first.</source>
        <translation>Le graphe de liens n&apos;affiche aucune entité : affichez-en d&apos;abord.</translation>
    </message>
    <message>
        <source>None of the entities the chart showed are in the workspace any more.</source>
        <translation>Aucune des entités affichées dans le graphe ne se trouve plus dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Graphe de liens</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Breakdown chart</source>
        <translation>Graphique de répartition</translation>
    </message>
    <message>
        <source>Unknown kind of figure “%1”.</source>
        <translation>Type de figure inconnu « %1 ».</translation>
    </message>
    <message>
        <source>This figure does not say what it was drawn from, so it cannot be drawn again.</source>
        <translation>Cette figure n&apos;indique pas à partir de quelles données elle a été dessinée : elle ne peut donc pas être redessinée.</translation>
    </message>
    <message>
        <source>Link chart: %1 entities, %2 links. Size: betweenness. Colour: %3. %4 · data as of %5.</source>
        <translation>Graphe de liens : %1 entités, %2 liens. Taille : intermédiarité. Couleur : %3. %4 · données au %5.</translation>
    </message>
    <message>
        <source>community</source>
        <translation>communauté</translation>
    </message>
    <message>
        <source>entity type</source>
        <translation>type d&apos;entité</translation>
    </message>
    <message>
        <source>%1 · data as of %2</source>
        <translation>%1 · données au %2</translation>
    </message>
    <message>
        <source>The workspace holds no incidents to draw.</source>
        <translation>L&apos;espace de travail ne contient aucun incident à dessiner.</translation>
    </message>
    <message numerus="yes">
        <source>Map of %1 incident(s)</source>
        <translation>
            <numerusform>Carte de %1 incident</numerusform>
            <numerusform>Carte de %1 incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Link chart of %1 entities</source>
        <translation>
            <numerusform>Graphe de liens de %1 entité</numerusform>
            <numerusform>Graphe de liens de %1 entités</numerusform>
        </translation>
    </message>
    <message>
        <source>Route chart</source>
        <translation>Graphique d&apos;itinéraire</translation>
    </message>
</context>
<context>
    <name>FigureWriter</name>
    <message>
        <source>.png, .svg or .pdf</source>
        <translation>.png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write the figure to %1: the file must end in %2</source>
        <translation>Impossible d&apos;écrire la figure dans %1 : le fichier doit se terminer par %2</translation>
    </message>
    <message>
        <source>the PNG writer failed: %1</source>
        <translation>l&apos;écriture PNG a échoué : %1</translation>
    </message>
    <message>
        <source>the SVG writer did not start</source>
        <translation>l&apos;écriture SVG n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>the PDF writer did not start</source>
        <translation>l&apos;écriture PDF n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>Could not write the figure to %1: %2</source>
        <translation>Impossible d&apos;écrire la figure dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>grades %1</source>
        <translation>cotations %1</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message numerus="yes">
        <source>without %n source(s) that may not go</source>
        <translation>
            <numerusform>sans %n source qui ne peut pas partir</numerusform>
            <numerusform>sans %n sources qui ne peuvent pas partir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GdalEnv</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>aucun nom de fichier</translation>
    </message>
    <message>
        <source>only local files can be opened (Waymark never uses the network)</source>
        <translation>seuls les fichiers locaux peuvent être ouverts (Waymark n&apos;utilise jamais le réseau)</translation>
    </message>
    <message>
        <source>only local files can be opened, not data source connections (&quot;%1&quot;)</source>
        <translation>seuls les fichiers locaux peuvent être ouverts, pas les connexions à des sources de données (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>only local files can be opened</source>
        <translation>seuls les fichiers locaux peuvent être ouverts</translation>
    </message>
    <message>
        <source>GDAL virtual file systems are refused (only local files can be opened)</source>
        <translation>les systèmes de fichiers virtuels GDAL sont refusés (seuls les fichiers locaux peuvent être ouverts)</translation>
    </message>
    <message>
        <source>/vsizip/ is accepted only over a local .kmz or .zip file</source>
        <translation>/vsizip/ n&apos;est accepté que sur un fichier .kmz ou .zip local</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>fichier introuvable : %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>a KMZ file without a KML document inside</source>
        <translation>un fichier KMZ sans document KML à l&apos;intérieur</translation>
    </message>
    <message>
        <source>GIS layers and spreadsheets cannot be read: the GDAL library cannot be loaded (%1)</source>
        <translation>Les couches SIG et les tableurs ne peuvent pas être lus : la bibliothèque GDAL ne peut pas être chargée (%1)</translation>
    </message>
    <message>
        <source>the KML inside is larger than %1 MB (GDAL&apos;s KML reader holds the whole document, about 12 times its size, in memory); convert it to a GeoPackage first (ogr2ogr -f GPKG out.gpkg file.kmz)</source>
        <translation>le KML contenu dépasse %1 Mo (le lecteur KML de GDAL garde tout le document en mémoire, environ 12 fois sa taille) ; convertissez-le d&apos;abord en GeoPackage (ogr2ogr -f GPKG out.gpkg file.kmz)</translation>
    </message>
    <message>
        <source>a KML document larger than %1 MB (GDAL&apos;s KML reader holds the whole document, about 12 times its size, in memory); convert it to a GeoPackage first (ogr2ogr -f GPKG out.gpkg file.kml)</source>
        <translation>un document KML de plus de %1 Mo (le lecteur KML de GDAL garde tout le document en mémoire, environ 12 fois sa taille) ; convertissez-le d&apos;abord en GeoPackage (ogr2ogr -f GPKG out.gpkg file.kml)</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot; does not finish reading within %2 s; a view that never ends would hold Waymark, so the file is not opened</source>
        <translation>la lecture de la vue « %1 » ne se termine pas en %2 s ; une vue sans fin bloquerait Waymark, le fichier n&apos;est donc pas ouvert</translation>
    </message>
    <message>
        <source>the KMZ&apos;s %1 holds no placemarks, only links to the documents inside it (%2), which Waymark does not follow: unzip it and open those</source>
        <translation>le %1 du KMZ ne contient aucun repère, seulement des liens vers les documents qu&apos;il contient (%2), que Waymark ne suit pas : décompressez-le et ouvrez ceux-ci</translation>
    </message>
    <message>
        <source>its placemarks name %L1 different fields, more than the %L2 Waymark reads from a KML (GDAL&apos;s reader slows with the square of their number: 120,000 take minutes)</source>
        <translation>ses repères nomment %L1 champs différents, plus que les %L2 que Waymark lit d&apos;un KML (le lecteur de GDAL ralentit avec le carré de leur nombre : 120 000 prennent des minutes)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>its content is not %1</source>
        <translation>son contenu n&apos;est pas du %1</translation>
    </message>
    <message>
        <source>not a file Waymark can read as %1: %2</source>
        <translation>pas un fichier que Waymark peut lire en tant que %1 : %2</translation>
    </message>
</context>
<context>
    <name>GeoGrid</name>
    <message>
        <source>The cell size must be a positive number of kilometres.</source>
        <translation>La taille de cellule doit être un nombre positif de kilomètres.</translation>
    </message>
    <message>
        <source>The area is not a valid longitude/latitude box.</source>
        <translation>La zone n&apos;est pas un rectangle longitude/latitude valide.</translation>
    </message>
    <message>
        <source>The grid would have %1 cells; choose larger cells or a smaller area.</source>
        <translation>La grille aurait %1 cellules ; choisissez des cellules plus grandes ou une zone plus petite.</translation>
    </message>
</context>
<context>
    <name>GeoPackage</name>
    <message>
        <source>the undefined Cartesian system</source>
        <translation>le système cartésien non défini</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; uses the coordinate system %3 (srs_id %4), which Waymark cannot read; supported are EPSG:4326 (WGS 84, CRS84) and EPSG:3857 (Web Mercator).</source>
        <translation>%1 : la couche « %2 » utilise le système de coordonnées %3 (srs_id %4), que Waymark ne sait pas lire ; sont pris en charge EPSG:4326 (WGS 84, CRS84) et EPSG:3857 (Web Mercator).</translation>
    </message>
    <message>
        <source>Malformed geometry header at byte %1: %2.</source>
        <translation>En-tête de géométrie mal formé à l&apos;octet %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage: it is a SQLite database without the GeoPackage tables.</source>
        <translation>%1 n&apos;est pas un GeoPackage : c&apos;est une base SQLite sans les tables GeoPackage.</translation>
    </message>
    <message>
        <source>%1 is a damaged GeoPackage: the gpkg_contents table is missing.</source>
        <translation>%1 est un GeoPackage endommagé : la table gpkg_contents est absente.</translation>
    </message>
    <message>
        <source>%1 is a damaged GeoPackage: its gpkg_contents table cannot be read.</source>
        <translation>%1 est un GeoPackage endommagé : sa table gpkg_contents est illisible.</translation>
    </message>
    <message>
        <source>%1 is a damaged GeoPackage: the gpkg_geometry_columns table is missing.</source>
        <translation>%1 est un GeoPackage endommagé : la table gpkg_geometry_columns est absente.</translation>
    </message>
    <message>
        <source>%1 is a damaged GeoPackage: its list of layers cannot be read.</source>
        <translation>%1 est un GeoPackage endommagé : sa liste de couches est illisible.</translation>
    </message>
    <message>
        <source>truncated: the header needs 8 bytes, the blob has %1</source>
        <translation>tronqué : l&apos;en-tête exige 8 octets, le blob en a %1</translation>
    </message>
    <message>
        <source>no &apos;GP&apos; magic (is this plain WKB or a Spatialite blob?)</source>
        <translation>pas de signature « GP » (est-ce du WKB brut ou un blob Spatialite ?)</translation>
    </message>
    <message>
        <source>unsupported GeoPackage binary version %1</source>
        <translation>version binaire GeoPackage %1 non prise en charge</translation>
    </message>
    <message>
        <source>extended (non-standard) geometry types are not supported</source>
        <translation>les types de géométrie étendus (non standard) ne sont pas pris en charge</translation>
    </message>
    <message>
        <source>invalid envelope type %1</source>
        <translation>type d&apos;enveloppe %1 non valide</translation>
    </message>
    <message>
        <source>truncated: the header with its envelope needs %1 bytes, the blob has %2</source>
        <translation>tronqué : l&apos;en-tête avec son enveloppe exige %1 octets, le blob en a %2</translation>
    </message>
    <message>
        <source>%1 has no feature layer named &apos;%2&apos;.</source>
        <translation>%1 n&apos;a pas de couche d&apos;entités nommée « %2 ».</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; cannot be read.</source>
        <translation>%1 : la couche « %2 » est illisible.</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; has no column &apos;%3&apos; although gpkg_geometry_columns lists it.</source>
        <translation>%1 : la couche « %2 » n&apos;a pas de colonne « %3 », bien que gpkg_geometry_columns la mentionne.</translation>
    </message>
    <message>
        <source>Reading layer &apos;%1&apos; was canceled.</source>
        <translation>La lecture de la couche « %1 » a été annulée.</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; feature fid %3: %4</source>
        <translation>%1 : couche « %2 », entité fid %3 : %4</translation>
    </message>
    <message>
        <source>coordinate (%1, %2) is outside longitude ±180°, latitude ±90°</source>
        <translation>la coordonnée (%1, %2) sort des limites longitude ±180°, latitude ±90°</translation>
    </message>
    <message>
        <source>%1: layer &apos;%2&apos; could not be read to the end; the file may be damaged.</source>
        <translation>%1 : la couche « %2 » n&apos;a pas pu être lue jusqu&apos;au bout ; le fichier est peut-être endommagé.</translation>
    </message>
</context>
<context>
    <name>GetisOrd</name>
    <message>
        <source>The distance band must be a number of kilometres.</source>
        <translation>La bande de distance doit être un nombre de kilomètres.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The two periods are not on the same grid.</source>
        <translation>Les deux périodes ne sont pas sur la même grille.</translation>
    </message>
    <message>
        <source>No pattern</source>
        <translation>Aucune tendance</translation>
    </message>
    <message>
        <source>New hotspot</source>
        <translation>Nouveau point chaud</translation>
    </message>
    <message>
        <source>Intensifying hotspot</source>
        <translation>Point chaud qui s&apos;intensifie</translation>
    </message>
    <message>
        <source>Persistent hotspot</source>
        <translation>Point chaud persistant</translation>
    </message>
    <message>
        <source>Diminishing hotspot</source>
        <translation>Point chaud qui s&apos;atténue</translation>
    </message>
    <message>
        <source>Cold spot</source>
        <translation>Point froid</translation>
    </message>
</context>
<context>
    <name>GettextCatalog</name>
    <message>
        <source>not a gettext catalogue: %1</source>
        <translation>pas un catalogue gettext : %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <source>wrong magic number</source>
        <translation>nombre magique incorrect</translation>
    </message>
    <message>
        <source>a string table runs past the end</source>
        <translation>une table de chaînes dépasse la fin</translation>
    </message>
    <message>
        <source>string %1 runs past the end</source>
        <translation>la chaîne %1 dépasse la fin</translation>
    </message>
</context>
<context>
    <name>GmlReader</name>
    <message>
        <source>a string longer than 1 MB</source>
        <translation>une chaîne de plus de 1 Mo</translation>
    </message>
    <message>
        <source>a string that is not closed (&quot;)</source>
        <translation>une chaîne non fermée (&quot;)</translation>
    </message>
    <message>
        <source>a word longer than 1 MB</source>
        <translation>un mot de plus de 1 Mo</translation>
    </message>
    <message>
        <source>text that is not UTF-8</source>
        <translation>du texte qui n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>the file ends inside a list ([ without ])</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;une liste ([ sans ])</translation>
    </message>
    <message>
        <source>&quot;%1&quot; where a key was expected</source>
        <translation>&quot;%1&quot; là où une clé était attendue</translation>
    </message>
    <message>
        <source>lists nested too deep</source>
        <translation>listes imbriquées trop profondément</translation>
    </message>
    <message>
        <source>a key without a value</source>
        <translation>une clé sans valeur</translation>
    </message>
    <message>
        <source>a node without an id</source>
        <translation>un nœud sans identifiant</translation>
    </message>
    <message>
        <source>node id &quot;%1&quot; appears twice</source>
        <translation>l&apos;identifiant de nœud &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <source>this is XML (geographic GML?), not the graph GML Waymark reads (graph [ node [ … ] ])</source>
        <translation>ceci est du XML (GML géographique ?), pas le GML de graphe que lit Waymark (graph [ node [ … ] ])</translation>
    </message>
    <message>
        <source>not GML: it does not begin with a key</source>
        <translation>pas du GML : il ne commence pas par une clé</translation>
    </message>
    <message>
        <source>] without [</source>
        <translation>] sans [</translation>
    </message>
    <message>
        <source>a second graph: Waymark reads one a file</source>
        <translation>un deuxième graphe : Waymark en lit un par fichier</translation>
    </message>
    <message>
        <source>not GML: there is no graph [ … ]</source>
        <translation>pas du GML : il n&apos;y a pas de graph [ … ]</translation>
    </message>
    <message>
        <source>the edge from &quot;%1&quot; to &quot;%2&quot; names a node that is not in the file</source>
        <translation>le lien de &quot;%1&quot; à &quot;%2&quot; désigne un nœud absent du fichier</translation>
    </message>
    <message>
        <source>the weight &quot;%1&quot; is not a number above zero and up to 10^12</source>
        <translation>le poids &quot;%1&quot; n&apos;est pas un nombre supérieur à zéro et au plus égal à 10^12</translation>
    </message>
    <message>
        <source>the edge from &quot;%1&quot; to itself is not read: a loop says nothing about who is linked to whom</source>
        <translation>l&apos;arête de « %1 » vers lui-même n&apos;est pas lue : une boucle ne dit rien de qui est lié à qui</translation>
    </message>
</context>
<context>
    <name>GraphDocument</name>
    <message>
        <source>a node without an id</source>
        <translation>un nœud sans identifiant</translation>
    </message>
    <message>
        <source>broken XML: %1</source>
        <translation>XML invalide : %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not GraphML or GEXF (the root element is &lt;%1&gt;)</source>
        <translation>ni GraphML ni GEXF (l&apos;élément racine est &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the link from &quot;%1&quot; to &quot;%2&quot; names a node that is not in the file</source>
        <translation>le lien de &quot;%1&quot; à &quot;%2&quot; désigne un nœud absent du fichier</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>the link from &quot;%1&quot; to &quot;%2&quot; has a weight that is not a number above zero and up to 10^12</source>
        <translation>le lien de &quot;%1&quot; à &quot;%2&quot; a un poids qui n&apos;est pas un nombre supérieur à zéro et au plus égal à 10^12</translation>
    </message>
    <message>
        <source>node id &quot;%1&quot; appears twice; the second is left out</source>
        <translation>l&apos;identifiant de nœud &quot;%1&quot; apparaît deux fois ; le second est écarté</translation>
    </message>
</context>
<context>
    <name>GraphFigure</name>
    <message>
        <source>Entity type</source>
        <translation>Type d&apos;entité</translation>
    </message>
    <message>
        <source>Size: centrality</source>
        <translation>Taille : centralité</translation>
    </message>
    <message>
        <source>Waymark link chart</source>
        <translation>Graphe de liens Waymark</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Ring: community (%n found)</source>
        <translation>
            <numerusform>Anneau : communauté (%n trouvée)</numerusform>
            <numerusform>Anneau : communauté (%n trouvées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ring: community</source>
        <translation>Anneau : communauté</translation>
    </message>
    <message>
        <source>Money: arrow to the payee, width by amount</source>
        <translation>Argent : flèche vers le bénéficiaire, épaisseur selon le montant</translation>
    </message>
</context>
<context>
    <name>GraphFileImporter</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Link chart %1</source>
        <translation>Graphe de liens %1</translation>
    </message>
    <message>
        <source>%1 is not a network file Waymark reads</source>
        <translation>%1 n&apos;est pas un fichier de réseau que Waymark sait lire</translation>
    </message>
    <message>
        <source>%1: the links&apos; other attributes were not imported (a link keeps its type, weight and first and last seen dates): %2</source>
        <translation>%1 : les autres attributs des liens n&apos;ont pas été importés (un lien garde son type, son poids et ses dates de première et de dernière observation) : %2</translation>
    </message>
</context>
<context>
    <name>GraphLineReader</name>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>la ligne dépasse %1 octets</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file</source>
        <translation>un octet NUL : ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>the line is not UTF-8 text</source>
        <translation>la ligne n&apos;est pas du texte UTF-8</translation>
    </message>
</context>
<context>
    <name>HotspotClaims</name>
    <message>
        <source>all dates</source>
        <translation>toutes dates</translation>
    </message>
    <message>
        <source>%1 – %2 against %3 – %4</source>
        <translation>%1 – %2 contre %3 – %4</translation>
    </message>
    <message>
        <source>Hotspot</source>
        <translation>Point chaud</translation>
    </message>
    <message>
        <source>Emerging hotspot</source>
        <translation>Point chaud émergent</translation>
    </message>
    <message>
        <source>Reporting concentration (one source)</source>
        <translation>Concentration des signalements (une seule source)</translation>
    </message>
    <message>
        <source>Coverage changed, not emerging</source>
        <translation>Couverture modifiée, pas émergent</translation>
    </message>
    <message>
        <source>Too few incidents or within chance</source>
        <translation>Trop peu d&apos;incidents ou dans les limites du hasard</translation>
    </message>
    <message>
        <source>Dates too coarse</source>
        <translation>Dates trop imprécises</translation>
    </message>
    <message>
        <source>period compared</source>
        <translation>période comparée</translation>
    </message>
</context>
<context>
    <name>HubExtractImporter</name>
    <message>
        <source>missing: every hub extract starts with a manifest</source>
        <translation>manquant : toute extraction du hub commence par un manifeste</translation>
    </message>
    <message>
        <source>missing: an extract must say where its rows come from</source>
        <translation>manquant : une extraction doit indiquer la provenance de ses lignes</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot; (first at line %3)</source>
        <translation>%1 en double &quot;%2&quot; (première occurrence à la ligne %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an information grade of the source&apos;s scheme %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une cotation de l&apos;information du barème %2 de la source</translation>
    </message>
    <message>
        <source>name is required</source>
        <translation>le nom est obligatoire</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected %2)</source>
        <translation>type de source inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>unknown grading scheme &quot;%1&quot; (expected %2)</source>
        <translation>barème de cotation inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source grade of %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une cotation de la source du barème %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an information grade of %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une cotation de l&apos;information du barème %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling code of %2</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de diffusion du barème %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLP label (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)</source>
        <translation>&quot;%1&quot; n&apos;est pas un marquage TLP (TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLP 2.0 label</source>
        <translation>&quot;%1&quot; n&apos;est pas un marquage TLP 2.0</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; (expected %2)</source>
        <translation>type d&apos;entité inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>label is required</source>
        <translation>le libellé est obligatoire</translation>
    </message>
    <message>
        <source>unknown source_id &quot;%1&quot;</source>
        <translation>source_id inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>date is required</source>
        <translation>la date est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a possible date (YYYY, YYYY-MM or YYYY-MM-DD, 1900 to this year)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date possible (YYYY, YYYY-MM ou YYYY-MM-DD, de 1900 à l&apos;année en cours)</translation>
    </message>
    <message>
        <source>unknown country &quot;%1&quot;</source>
        <translation>pays inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a city needs its country</source>
        <translation>une ville doit être accompagnée de son pays</translation>
    </message>
    <message>
        <source>unknown exploitation type &quot;%1&quot; (expected %2)</source>
        <translation>type d&apos;exploitation inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>unknown labour sector &quot;%1&quot; (expected %2)</source>
        <translation>secteur d&apos;activité inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>unknown means of control &quot;%1&quot; (expected %2)</source>
        <translation>moyen de contrôle inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>victims must be a whole number from 0 to 100000, found &quot;%1&quot;</source>
        <translation>victims doit être un nombre entier de 0 à 100000, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown gender &quot;%1&quot; (expected man, woman or trans)</source>
        <translation>genre inconnu &quot;%1&quot; (attendu : man, woman ou trans)</translation>
    </message>
    <message>
        <source>unknown age band &quot;%1&quot;</source>
        <translation>tranche d&apos;âge inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown incident_id &quot;%1&quot;</source>
        <translation>incident_id inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>seq must be a whole number from 1, found &quot;%1&quot;</source>
        <translation>seq doit être un nombre entier à partir de 1, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate leg %1 of incident &quot;%2&quot; (first at line %3)</source>
        <translation>étape %1 de l&apos;incident &quot;%2&quot; en double (première occurrence à la ligne %3)</translation>
    </message>
    <message>
        <source>unknown place &quot;%1&quot;</source>
        <translation>lieu inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown transport mode &quot;%1&quot; (expected %2)</source>
        <translation>mode de transport inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot; (a link end must be in entities.csv)</source>
        <translation>entité inconnue &quot;%1&quot; (une extrémité de lien doit figurer dans entities.csv)</translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot; (expected %2)</source>
        <translation>type de lien inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>last_seen is before first_seen</source>
        <translation>last_seen est antérieur à first_seen</translation>
    </message>
    <message>
        <source>weight must be a number above zero, found &quot;%1&quot;</source>
        <translation>weight doit être un nombre supérieur à zéro, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown entity &quot;%1&quot;</source>
        <translation>entité inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>declared_income must be a number of zero or more, found &quot;%1&quot;</source>
        <translation>declared_income doit être un nombre supérieur ou égal à zéro, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown account_id &quot;%1&quot; (it must be in accounts.csv)</source>
        <translation>account_id inconnu &quot;%1&quot; (il doit figurer dans accounts.csv)</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (expected %2)</source>
        <translation>rôle inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>missing: this zip is not a hub extract (every hub extract starts with a manifest); it holds %1: unzip it and import that file</source>
        <translation>absent : ce zip n&apos;est pas un extrait du hub (tout extrait du hub commence par un manifeste) ; il contient %1 : décompressez-le et importez ce fichier</translation>
    </message>
</context>
<context>
    <name>HubManifest</name>
    <message>
        <source>the manifest is empty</source>
        <translation>le manifeste est vide</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>Erreur de syntaxe JSON : %1</translation>
    </message>
    <message>
        <source>the manifest must be a JSON object</source>
        <translation>le manifeste doit être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;waymark-hub-extract&quot;</source>
        <translation>&quot;format&quot; doit valoir &quot;waymark-hub-extract&quot;</translation>
    </message>
    <message>
        <source>&quot;format_version&quot; must be like &quot;1.0&quot;, found &quot;%1&quot;</source>
        <translation>&quot;format_version&quot; doit être de la forme &quot;1.0&quot;, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>extract format %1 is not one this Waymark reads (it reads %2.x); update Waymark</source>
        <translation>le format d&apos;extraction %1 n&apos;est pas lisible par cette version de Waymark (elle lit %2.x) ; mettez Waymark à jour</translation>
    </message>
    <message>
        <source>&quot;exported_at&quot; must be an ISO 8601 date and time, found &quot;%1&quot;</source>
        <translation>&quot;exported_at&quot; doit être une date et heure ISO 8601, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;hub&quot; (the hub that exported the extract) is required</source>
        <translation>&quot;hub&quot; (le hub qui a exporté l&apos;extraction) est obligatoire</translation>
    </message>
    <message>
        <source>&quot;handling&quot; (the handling marking of the extract) is required</source>
        <translation>&quot;handling&quot; (la mention de diffusion de l&apos;extraction) est obligatoire</translation>
    </message>
    <message>
        <source>&quot;tlp&quot; must be one of %1</source>
        <translation>&quot;tlp&quot; doit être l&apos;une des valeurs %1</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>Hub extract</source>
        <translation>Extraction du hub</translation>
    </message>
    <message>
        <source>CSV and text tables</source>
        <translation>Tables CSV et texte</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>Feuille de calcul OpenDocument</translation>
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
        <translation>Graphe GML</translation>
    </message>
    <message>
        <source>Pajek network</source>
        <translation>Réseau Pajek</translation>
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
        <translation>KML et KMZ</translation>
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
        <translation>Tous les fichiers pris en charge (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>unsupported format: %1; Waymark reads %2</source>
        <translation>format non pris en charge : %1 ; Waymark lit %2</translation>
    </message>
    <message>
        <source>STIX 2.1 bundle (OpenCTI, MISP)</source>
        <translation>Bundle STIX 2.1 (OpenCTI, MISP)</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 est illisible.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Rows rejected: %1; nothing imported (use keep going to import the rest).</source>
        <translation>Lignes rejetées : %1 ; rien n&apos;a été importé (choisissez « poursuivre malgré les erreurs » pour importer le reste).</translation>
    </message>
    <message>
        <source>Recording %1…</source>
        <translation>Consignation de %1…</translation>
    </message>
    <message>
        <source>Waymark does not know what the rows of this table are: choose or define an import specification for it</source>
        <translation>Waymark ne sait pas ce que représentent les lignes de cette table : choisissez ou définissez une spécification d&apos;import pour elle</translation>
    </message>
    <message>
        <source>unrecognised CSV: not a CTDC file (no yearOfRegistration column); choose or define an import specification for it (bank transactions: a column mapping)</source>
        <translation>CSV non reconnu : pas un fichier CTDC (aucune colonne yearOfRegistration) ; choisissez ou définissez une spécification d&apos;import pour lui (opérations bancaires : une correspondance des colonnes)</translation>
    </message>
    <message>
        <source>used to import %1</source>
        <translation>utilisée pour importer %1</translation>
    </message>
    <message>
        <source>Indexing %1…</source>
        <translation>Indexation de %1…</translation>
    </message>
    <message>
        <source>Read with the saved specification %1 (version %2): the only one whose columns this table has.</source>
        <translation>Lu avec la spécification enregistrée %1 (version %2) : la seule dont ce tableau a toutes les colonnes.</translation>
    </message>
    <message>
        <source>; these saved specifications all read it: %1</source>
        <translation> ; ces spécifications enregistrées le lisent toutes : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s), every cell empty, passed over.</source>
        <translation>
            <numerusform>%n ligne vide (toutes les cellules vides) ignorée.</numerusform>
            <numerusform>%n lignes vides (toutes les cellules vides) ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>a value is a column name, a number, or an object such as {&quot;column&quot;: …}</source>
        <translation>une valeur est un nom de colonne, un nombre ou un objet tel que {&quot;column&quot;: …}</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a value (known: %2)</source>
        <translation>clé inconnue &quot;%1&quot; dans une valeur (connues : %2)</translation>
    </message>
    <message>
        <source>the regular expression &quot;%1&quot; is not valid: %2</source>
        <translation>l&apos;expression régulière &quot;%1&quot; n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>place_by must be one of %1, not &quot;%2&quot;</source>
        <translation>place_by doit être l&apos;un de %1, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the decimal mark must be . or ,</source>
        <translation>le séparateur décimal doit être . ou ,</translation>
    </message>
    <message>
        <source>a value takes one of column, constant, format or record, not several</source>
        <translation>une valeur prend un seul élément parmi column, constant, format ou record, pas plusieurs</translation>
    </message>
    <message>
        <source>a value needs a column, a constant, a format or a record</source>
        <translation>une valeur nécessite un column, un constant, un format ou un record</translation>
    </message>
    <message>
        <source>&quot;when&quot; is a list of conditions</source>
        <translation>&quot;when&quot; est une liste de conditions</translation>
    </message>
    <message>
        <source>a condition names its column</source>
        <translation>une condition nomme sa colonne</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a condition (column and one of equals, not_equals, matches, not_matches, empty, not_empty)</source>
        <translation>clé inconnue &quot;%1&quot; dans une condition (column et l&apos;un de equals, not_equals, matches, not_matches, empty, not_empty)</translation>
    </message>
    <message>
        <source>a condition takes exactly one of equals, not_equals, matches, not_matches, empty, not_empty</source>
        <translation>une condition prend exactement l&apos;un de equals, not_equals, matches, not_matches, empty, not_empty</translation>
    </message>
    <message>
        <source>a specification needs a name</source>
        <translation>une spécification doit avoir un nom</translation>
    </message>
    <message>
        <source>unknown source field &quot;%1&quot; (known: %2)</source>
        <translation>champ de source inconnu &quot;%1&quot; (connus : %2)</translation>
    </message>
    <message>
        <source>a source field cannot refer to a record</source>
        <translation>un champ de source ne peut pas faire référence à un enregistrement</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected %2)</source>
        <translation>type de source inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>unknown grading scheme &quot;%1&quot; (expected %2)</source>
        <translation>barème de cotation inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>the source&apos;s grades (%1, %2, %3) are not grades of %4</source>
        <translation>les cotes de la source (%1, %2, %3) ne sont pas des cotes de %4</translation>
    </message>
    <message>
        <source>a specification makes at least one record</source>
        <translation>une spécification produit au moins un enregistrement</translation>
    </message>
    <message>
        <source>a record needs an id</source>
        <translation>un enregistrement doit avoir un id</translation>
    </message>
    <message>
        <source>two records have the id &quot;%1&quot;</source>
        <translation>deux enregistrements ont l&apos;id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; of %2 (fields: %3)</source>
        <translation>champ inconnu &quot;%1&quot; de %2 (champs : %3)</translation>
    </message>
    <message>
        <source>only a reference field can name a record</source>
        <translation>seul un champ de référence peut nommer un enregistrement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record before this one (a record refers only to earlier ones)</source>
        <translation>&quot;%1&quot; n&apos;est pas un enregistrement antérieur à celui-ci (un enregistrement ne fait référence qu&apos;aux précédents)</translation>
    </message>
    <message>
        <source>%1 must refer to a record of type %2, and &quot;%3&quot; is a %4</source>
        <translation>%1 doit faire référence à un enregistrement de type %2, et &quot;%3&quot; est de type %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>the map gives &quot;%1&quot;, which is not one of %2</source>
        <translation>la table de correspondance donne &quot;%1&quot;, qui ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>flags make a code list; %1 is not one</source>
        <translation>les indicateurs forment une liste de codes ; %1 n&apos;en est pas une</translation>
    </message>
    <message>
        <source>unknown code &quot;%1&quot; (expected %2)</source>
        <translation>code inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>a %1 needs the field &quot;%2&quot;</source>
        <translation>un %1 nécessite le champ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>Erreur de syntaxe JSON : %1</translation>
    </message>
    <message>
        <source>an import specification must be a JSON object</source>
        <translation>une spécification d&apos;import doit être un objet JSON</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (records or bank-transactions)</source>
        <translation>type inconnu &quot;%1&quot; (records ou bank-transactions)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>clé inconnue &quot;%1&quot; (connues : %2)</translation>
    </message>
    <message>
        <source>this specification is of a newer format (%1) than this Waymark reads (1)</source>
        <translation>cette spécification est d&apos;un format plus récent (%1) que celui que lit cette version de Waymark (1)</translation>
    </message>
    <message>
        <source>the delimiter must be one character or &quot;tab&quot;</source>
        <translation>le délimiteur doit être un seul caractère ou &quot;tab&quot;</translation>
    </message>
    <message>
        <source>&quot;records&quot; is a list of records</source>
        <translation>&quot;records&quot; est une liste d&apos;enregistrements</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in a record (known: %2)</source>
        <translation>clé inconnue &quot;%1&quot; dans un enregistrement (connues : %2)</translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot; (one of incident, place, route_leg, entity, link, involvement, account, transaction)</source>
        <translation>cible inconnue &quot;%1&quot; (l&apos;une de incident, place, route_leg, entity, link, involvement, account, transaction)</translation>
    </message>
    <message>
        <source>a split names its column</source>
        <translation>un split nomme sa colonne</translation>
    </message>
    <message>
        <source>a split needs its separators</source>
        <translation>un split nécessite ses séparateurs</translation>
    </message>
    <message>
        <source>specification %1</source>
        <translation>spécification %1</translation>
    </message>
    <message>
        <source>The specification %1 has no version %2.</source>
        <translation>La spécification %1 n&apos;a pas de version %2.</translation>
    </message>
    <message>
        <source>mapping %1</source>
        <translation>correspondance %1</translation>
    </message>
    <message>
        <source>No import specification named %1 in this workspace, and no such file.</source>
        <translation>Aucune spécification d&apos;import nommée %1 dans cet espace de travail, et aucun fichier de ce nom.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>importée de %1</translation>
    </message>
    <message>
        <source>the header row is a row number, 1 to %1</source>
        <translation>la ligne d&apos;en-tête est un numéro de ligne, de 1 à %1</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>%1 importé (%2).</translation>
    </message>
    <message>
        <source>%1 is already in this workspace (SHA-256 %2); nothing changed.</source>
        <translation>%1 est déjà dans cet espace de travail (SHA-256 %2) ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 rows were rejected and --keep-going was not given; the workspace is unchanged.</source>
        <translation>%1 n&apos;a pas été importé : %2 lignes ont été rejetées et --keep-going n&apos;a pas été indiqué ; l&apos;espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>%1 was not imported; the workspace is unchanged.
%2</source>
        <translation>%1 n&apos;a pas été importé ; l&apos;espace de travail est inchangé.
%2</translation>
    </message>
    <message>
        <source>Import of %1 canceled; the workspace is unchanged.</source>
        <translation>Importation de %1 annulée ; l&apos;espace de travail est inchangé.</translation>
    </message>
    <message>
        <source>Rows read: %1 · imported: %2 · skipped as duplicates: %3 · quarantined: %4</source>
        <translation>Lignes lues : %1 · importées : %2 · ignorées car en double : %3 · en quarantaine : %4</translation>
    </message>
    <message>
        <source>(rejected: %1)</source>
        <translation>(rejetées : %1)</translation>
    </message>
</context>
<context>
    <name>IncidentSnapshot</name>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Extract file and the line this incident came from</source>
        <translation>Fichier d&apos;extraction et ligne d&apos;où provient cet incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Country of exploitation</source>
        <translation>Pays d&apos;exploitation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Source evaluation and information assessment, in the source&apos;s grading scheme</source>
        <translation>Évaluation de la source et appréciation de l&apos;information, selon le barème de cotation de la source</translation>
    </message>
</context>
<context>
    <name>IndicatorLibrary</name>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>no outgoing payments with a time of day</source>
        <translation>aucun paiement sortant avec une heure de la journée</translation>
    </message>
    <message>
        <source>no reporting threshold is set for the account&apos;s currency</source>
        <translation>aucun seuil de déclaration n&apos;est défini pour la devise du compte</translation>
    </message>
    <message>
        <source>too little money in to judge its speed</source>
        <translation>trop peu d&apos;entrées d&apos;argent pour juger de leur rapidité</translation>
    </message>
    <message>
        <source>too little money in to judge the balance kept</source>
        <translation>trop peu d&apos;entrées d&apos;argent pour juger du solde conservé</translation>
    </message>
    <message>
        <source>the transactions cover fewer days than the indicator needs</source>
        <translation>les transactions couvrent moins de jours que l&apos;indicateur n&apos;en exige</translation>
    </message>
    <message>
        <source>too few transactions to judge</source>
        <translation>trop peu de transactions pour juger</translation>
    </message>
    <message>
        <source>too little money out to judge where it goes</source>
        <translation>trop peu de sorties d&apos;argent pour juger de leur destination</translation>
    </message>
    <message>
        <source>too little money in to judge how much is cash</source>
        <translation>trop peu d&apos;entrées d&apos;argent pour juger de la part d&apos;espèces</translation>
    </message>
    <message>
        <source>no card payments at these venues with a time of day</source>
        <translation>aucun paiement par carte dans ces établissements avec une heure</translation>
    </message>
    <message>
        <source>no money-flow graph: no transaction names a counterparty account</source>
        <translation>pas de graphe des flux financiers : aucune transaction ne désigne un compte de contrepartie</translation>
    </message>
</context>
<context>
    <name>KernelDensity</name>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The bandwidth must be a positive number of kilometres.</source>
        <translation>La largeur de bande doit être un nombre positif de kilomètres.</translation>
    </message>
</context>
<context>
    <name>KeyActors</name>
    <message>
        <source>lies on many shortest paths between others (betweenness %1, top %2 %)</source>
        <translation>se trouve sur de nombreux plus courts chemins entre d&apos;autres (intermédiarité %1, %2 % supérieurs)</translation>
    </message>
    <message>
        <source>broker: removing them splits the network</source>
        <translation>intermédiaire : le retirer coupe le réseau</translation>
    </message>
    <message>
        <source>linked to well-linked entities (PageRank %1)</source>
        <translation>lié à des entités bien connectées (PageRank %1)</translation>
    </message>
    <message>
        <source>%1 direct links</source>
        <translation>%1 liens directs</translation>
    </message>
    <message>
        <source>in the densest core (%1-core)</source>
        <translation>dans le noyau le plus dense (%1-noyau)</translation>
    </message>
</context>
<context>
    <name>LayerExport</name>
    <message>
        <source>Marking: %1</source>
        <translation>Marquage : %1</translation>
    </message>
    <message>
        <source>Nothing may go: every incident asked for is withheld by the releasability check.</source>
        <translation>Rien ne peut partir : chaque incident demandé est retenu par le contrôle de diffusion.</translation>
    </message>
    <message>
        <source>Waymark incidents</source>
        <translation>Incidents Waymark</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Waymark routes</source>
        <translation>Itinéraires Waymark</translation>
    </message>
    <message>
        <source>Waymark hotspots: %1, bandwidth %2 km</source>
        <translation>Points chauds Waymark : %1, largeur de bande %2 km</translation>
    </message>
    <message>
        <source>Hot spot, %1 confidence</source>
        <translation>Point chaud, confiance %1</translation>
    </message>
    <message>
        <source>Cold spot, %1 confidence</source>
        <translation>Point froid, confiance %1</translation>
    </message>
    <message>
        <source>Waymark Getis-Ord Gi*: %1 km cells, %2 km band, FDR</source>
        <translation>Gi* de Getis-Ord Waymark : cellules de %1 km, bande de %2 km, FDR</translation>
    </message>
</context>
<context>
    <name>LedgerReader</name>
    <message>
        <source>Cannot read the accounts.</source>
        <translation>Impossible de lire les comptes.</translation>
    </message>
    <message>
        <source>Cannot read the transactions.</source>
        <translation>Impossible de lire les transactions.</translation>
    </message>
    <message>
        <source>Scoring was canceled.</source>
        <translation>La notation a été annulée.</translation>
    </message>
    <message>
        <source>Reading the transactions failed.</source>
        <translation>La lecture des transactions a échoué.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Cannot read the money flows.</source>
        <translation>Impossible de lire les flux financiers.</translation>
    </message>
    <message>
        <source>Too many transactions to score at once.</source>
        <translation>Trop d&apos;opérations à noter en une seule fois.</translation>
    </message>
    <message>
        <source>Too many different currencies to score.</source>
        <translation>Trop de devises différentes à noter.</translation>
    </message>
    <message>
        <source>The transactions changed while they were read; score again.</source>
        <translation>Les transactions ont changé pendant leur lecture ; notez à nouveau.</translation>
    </message>
    <message>
        <source>Too many accounts to score at once.</source>
        <translation>Trop de comptes à noter en une seule fois.</translation>
    </message>
</context>
<context>
    <name>MapFigure</name>
    <message>
        <source>Waymark map</source>
        <translation>Carte Waymark</translation>
    </message>
</context>
<context>
    <name>MapModel</name>
    <message>
        <source>victims per 1,000 km²</source>
        <translation>victimes pour 1 000 km²</translation>
    </message>
    <message>
        <source>Hotspots: %1, bandwidth %2 km</source>
        <translation>Points chauds : %1, largeur de bande %2 km</translation>
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
        <translation>Point chaud, confiance %1</translation>
    </message>
    <message>
        <source>Cold spot, %1 confidence</source>
        <translation>Point froid, confiance %1</translation>
    </message>
    <message>
        <source>%1 has no feature layers to draw</source>
        <translation>%1 n&apos;a aucune couche d&apos;entités à dessiner</translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · données au %1</translation>
    </message>
    <message>
        <source>Benjamini–Hochberg FDR over %1 cells</source>
        <translation>FDR de Benjamini–Hochberg sur %1 cellules</translation>
    </message>
    <message>
        <source>Emerging hotspots (Gi* at 95 %, %1; %2 km cells; %3)</source>
        <translation>Points chauds émergents (Gi* à 95 %, %1 ; cellules de %2 km ; %3)</translation>
    </message>
    <message>
        <source>Getis-Ord Gi*: %1 km cells, %2 km band, %3</source>
        <translation>Gi* de Getis-Ord : cellules de %1 km, bande de %2 km, %3</translation>
    </message>
    <message>
        <source>Not claimed: %1</source>
        <translation>Non affirmé : %1</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>World</source>
        <translation>Monde</translation>
    </message>
    <message>
        <source>Your layers</source>
        <translation>Vos couches</translation>
    </message>
    <message>
        <source>Victims by country</source>
        <translation>Victimes par pays</translation>
    </message>
    <message>
        <source>Hotspots (kernel density)</source>
        <translation>Points chauds (densité par noyau)</translation>
    </message>
    <message>
        <source>Significant hotspots (Gi*)</source>
        <translation>Points chauds significatifs (Gi*)</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Itinéraires</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>unknown layer &apos;%1&apos; (known: %2)</source>
        <translation>couche inconnue « %1 » (connues : %2)</translation>
    </message>
    <message>
        <source>Type not recorded</source>
        <translation>Type non renseigné</translation>
    </message>
    <message>
        <source>Selected (%1)</source>
        <translation>Sélection (%1)</translation>
    </message>
    <message>
        <source>Routes: width = incidents</source>
        <translation>Itinéraires : largeur = incidents</translation>
    </message>
    <message>
        <source>largest %1 of %2 routes shown</source>
        <translation>les %1 plus importants des %2 itinéraires sont affichés</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
</context>
<context>
    <name>MbTiles</name>
    <message>
        <source>%1 is not an MBTiles tile set: it has no &apos;tiles&apos; and &apos;metadata&apos; tables.</source>
        <translation>%1 n&apos;est pas un jeu de tuiles MBTiles : il n&apos;a pas de tables « tiles » et « metadata ».</translation>
    </message>
    <message>
        <source>%1: the MBTiles metadata cannot be read; the file may be damaged.</source>
        <translation>%1 : les métadonnées MBTiles sont illisibles ; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>%1 is unsupported: vector tiles (format &apos;%2&apos;); Waymark reads raster tile sets (PNG, JPEG or WebP).</source>
        <translation>%1 n&apos;est pas pris en charge : tuiles vectorielles (format « %2 ») ; Waymark lit les jeux de tuiles raster (PNG, JPEG ou WebP).</translation>
    </message>
    <message>
        <source>%1 is unsupported: tile format &apos;%2&apos;; Waymark reads PNG, JPEG or WebP tiles.</source>
        <translation>%1 n&apos;est pas pris en charge : format de tuile « %2 » ; Waymark lit les tuiles PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <source>%1 holds WebP tiles, which this installation cannot decode (the Qt image formats plugin is missing).</source>
        <translation>%1 contient des tuiles WebP, que cette installation ne sait pas décoder (le module de formats d&apos;image Qt est absent).</translation>
    </message>
    <message>
        <source>%1: tile %2/%3/%4 cannot be read; the file may be damaged.</source>
        <translation>%1 : la tuile %2/%3/%4 est illisible ; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <source>%1: tile %2/%3/%4 is not an image Waymark can decode.</source>
        <translation>%1 : la tuile %2/%3/%4 n&apos;est pas une image que Waymark sait décoder.</translation>
    </message>
    <message>
        <source>%1: tile %2/%3/%4 is %5 × %6 pixels; Waymark draws tiles of up to %7 pixels a side.</source>
        <translation>%1 : la tuile %2/%3/%4 fait %5 × %6 pixels ; Waymark dessine des tuiles de %7 pixels de côté au plus.</translation>
    </message>
</context>
<context>
    <name>MeasuresTable</name>
    <message>
        <source>unknown metric %1 (known: %2)</source>
        <translation>mesure inconnue %1 (connues : %2)</translation>
    </message>
</context>
<context>
    <name>MoneyFlow</name>
    <message numerus="yes">
        <source>%1 → %2: %3 %4 in %n transfer(s), %5 – %6</source>
        <translation>
            <numerusform>%1 → %2 : %3 %4 en %n virement, %5 – %6</numerusform>
            <numerusform>%1 → %2 : %3 %4 en %n virements, %5 – %6</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OgrTableSource</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: password-protected spreadsheet: save it without a password and import again</source>
        <translation>%1 : feuille de calcul protégée par mot de passe : enregistrez-la sans mot de passe et importez-la à nouveau</translation>
    </message>
    <message>
        <source>%1: an Excel 97–2003 workbook (.xls): save it as .xlsx and import again</source>
        <translation>%1 : un classeur Excel 97–2003 (.xls) : enregistrez-le au format .xlsx et importez-le à nouveau</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot; (its sheets: %3)</source>
        <translation>%1 n&apos;a pas de feuille &quot;%2&quot; (ses feuilles : %3)</translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot; (its layers: %3)</source>
        <translation>%1 n&apos;a pas de couche &quot;%2&quot; (ses couches : %3)</translation>
    </message>
    <message>
        <source>%1: formulas were imported as the values the spreadsheet last calculated; they were not recalculated</source>
        <translation>%1 : les formules ont été importées avec les valeurs calculées en dernier par la feuille de calcul ; elles n&apos;ont pas été recalculées</translation>
    </message>
    <message>
        <source>%1: the table was not opened</source>
        <translation>%1 : la table n&apos;a pas été ouverte</translation>
    </message>
    <message>
        <source>the rest of the table cannot be read: %1</source>
        <translation>impossible de lire le reste de la table : %1</translation>
    </message>
    <message>
        <source>%1 has no sheet or layer to read: it is empty or damaged</source>
        <translation>%1 n&apos;a aucune feuille ni couche à lire : il est vide ou endommagé</translation>
    </message>
    <message>
        <source>%1: only the layer %2 was read; these layers have rows too: %3 (name one as the specification&apos;s layer to read it)</source>
        <translation>%1 : seule la couche %2 a été lue ; ces couches ont aussi des lignes : %3 (nommez-en une comme couche de la spécification pour la lire)</translation>
    </message>
    <message>
        <source>%1: text that is not UTF-8 was read as Latin-1 (ISO 8859-1); the layer does not say its code page (a shapefile&apos;s .cpg file)</source>
        <translation>%1 : le texte qui n&apos;est pas en UTF-8 a été lu en Latin-1 (ISO 8859-1) ; la couche ne dit pas sa page de code (le fichier .cpg d&apos;un shapefile)</translation>
    </message>
    <message>
        <source>the number %1 is beyond what GDAL reads exactly (±9.2 × 10^18); it may have been larger in the file: give it as text</source>
        <translation>le nombre %1 dépasse ce que GDAL lit exactement (±9,2 × 10^18) ; il était peut-être plus grand dans le fichier : donnez-le sous forme de texte</translation>
    </message>
    <message>
        <source>the number %1 is the largest a whole-number column of this layer holds (±2,147,483,647); it may have been larger in the file: give it as text</source>
        <translation>le nombre %1 est le plus grand que puisse contenir une colonne de nombres entiers de cette couche (±2 147 483 647) ; il était peut-être plus grand dans le fichier : donnez-le sous forme de texte</translation>
    </message>
</context>
<context>
    <name>OgrToWgs84</name>
    <message>
        <source>the layer&apos;s coordinate system (%1) cannot be converted to longitude and latitude: %2</source>
        <translation>le système de coordonnées de la couche (%1) ne peut pas être converti en longitude et latitude : %2</translation>
    </message>
    <message>
        <source>the curved geometry cannot be approximated by lines</source>
        <translation>la géométrie courbe ne peut pas être approchée par des lignes</translation>
    </message>
    <message>
        <source>its coordinates cannot be converted from %1 to longitude and latitude</source>
        <translation>ses coordonnées ne peuvent pas être converties de %1 en longitude et latitude</translation>
    </message>
    <message>
        <source>the layer&apos;s coordinate system</source>
        <translation>le système de coordonnées de la couche</translation>
    </message>
    <message>
        <source>coordinates (%1…%2, %3…%4) are outside longitude ±180°, latitude ±90°</source>
        <translation>les coordonnées (%1…%2, %3…%4) sont hors des limites longitude ±180°, latitude ±90°</translation>
    </message>
    <message>
        <source>a coordinate is not a number</source>
        <translation>une coordonnée n&apos;est pas un nombre</translation>
    </message>
</context>
<context>
    <name>OgrVectorFile</name>
    <message>
        <source>%1 has no layer %2</source>
        <translation>%1 n&apos;a pas de couche %2</translation>
    </message>
    <message>
        <source>Reading layer &apos;%1&apos; was canceled.</source>
        <translation>La lecture de la couche « %1 » a été annulée.</translation>
    </message>
    <message>
        <source>%1 [%2]:feature %3: %4</source>
        <translation>%1 [%2]:objet %3 : %4</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>the disk may be full, or the file was taken away</source>
        <translation>le disque est peut-être plein, ou le fichier a été retiré</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
</context>
<context>
    <name>PajekReader</name>
    <message>
        <source>&quot;%1&quot; is not a vertex number from 1 to %2</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de sommet compris entre 1 et %2</translation>
    </message>
    <message>
        <source>*Vertices needs the number of vertices</source>
        <translation>*Vertices nécessite le nombre de sommets</translation>
    </message>
    <message>
        <source>%1 vertices: Waymark reads networks of up to %2</source>
        <translation>%1 sommets : Waymark lit des réseaux d&apos;au plus %2</translation>
    </message>
    <message>
        <source>%1 sections are not read; use *Arcs or *Edges</source>
        <translation>les sections %1 ne sont pas lues ; utilisez *Arcs ou *Edges</translation>
    </message>
    <message>
        <source>unknown section %1</source>
        <translation>section inconnue %1</translation>
    </message>
    <message>
        <source>not a Pajek network: it does not begin with *Vertices or *Network</source>
        <translation>pas un réseau Pajek : il ne commence pas par *Vertices ou *Network</translation>
    </message>
    <message>
        <source>a tie needs two vertex numbers</source>
        <translation>un lien nécessite deux numéros de sommet</translation>
    </message>
    <message>
        <source>the weight &quot;%1&quot; is not a number</source>
        <translation>le poids &quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the weight is not a number above zero and up to 10^12 (signed ties are not read)</source>
        <translation>le poids n&apos;est pas un nombre supérieur à zéro et au plus égal à 10^12 (les liens signés ne sont pas lus)</translation>
    </message>
    <message>
        <source>not a Pajek network: there is no *Vertices line</source>
        <translation>pas un réseau Pajek : il n&apos;y a pas de ligne *Vertices</translation>
    </message>
    <message>
        <source>vertex %1 is listed twice (first at line %2); the second is left out</source>
        <translation>le sommet %1 est listé deux fois (d&apos;abord à la ligne %2) ; le second est écarté</translation>
    </message>
    <message>
        <source>the tie of vertex %1 to itself is not read: a loop says nothing about who is linked to whom</source>
        <translation>le lien du sommet %1 vers lui-même n&apos;est pas lu : une boucle ne dit rien de qui est lié à qui</translation>
    </message>
</context>
<context>
    <name>PathFinder</name>
    <message>
        <source>Select two entities of the chart to find a path between them.</source>
        <translation>Sélectionnez deux entités du graphe pour trouver un chemin entre elles.</translation>
    </message>
    <message>
        <source>Select two different entities to find a path between them.</source>
        <translation>Sélectionnez deux entités différentes pour trouver un chemin entre elles.</translation>
    </message>
    <message>
        <source>No chain of links joins %1 and %2.</source>
        <translation>Aucune chaîne de liens ne relie %1 et %2.</translation>
    </message>
    <message>
        <source>No chain of links joins %1 and %2 in time order (each link no earlier than the one before).</source>
        <translation>Aucune chaîne de liens ne relie %1 et %2 dans l&apos;ordre chronologique (chaque lien n&apos;étant pas antérieur au précédent).</translation>
    </message>
    <message>
        <source>%1 links without dates cannot be put in order and were left out.</source>
        <translation>%1 liens sans date ne peuvent pas être ordonnés et ont été écartés.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
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
        <translation>Le fichier %1 %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The %1 file %2 could not be opened.</source>
        <translation>Le fichier %1 %2 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The %1 %2 could not be opened.</source>
        <translation>%1 %2 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Not enough memory to open the %1 %2.</source>
        <translation>Mémoire insuffisante pour ouvrir %1 %2.</translation>
    </message>
    <message>
        <source>%1 is not a %2: it is not a SQLite database, or it is damaged.</source>
        <translation>%1 n&apos;est pas un %2 : ce n&apos;est pas une base SQLite, ou elle est endommagée.</translation>
    </message>
</context>
<context>
    <name>Releasability</name>
    <message>
        <source>5x5x5 handling code 2: may be disseminated to non-prosecuting parties; authorisation and records needed</source>
        <translation>Code de diffusion 5x5x5 2 : peut être diffusé à des parties non chargées des poursuites ; autorisation et traçabilité requises</translation>
    </message>
    <message>
        <source>5x5x5 handling code 3: may be disseminated to non-EU law enforcement; special conditions apply</source>
        <translation>Code de diffusion 5x5x5 3 : peut être diffusé à des services répressifs hors UE ; des conditions particulières s&apos;appliquent</translation>
    </message>
    <message>
        <source>3x5x2 handling code C: conditions not recorded, ask the originator</source>
        <translation>Code de diffusion 3x5x2 C : conditions non consignées, demander à l&apos;émetteur</translation>
    </message>
    <message>
        <source>3x5x2 handling code C: %1</source>
        <translation>Code de diffusion 3x5x2 C : %1</translation>
    </message>
    <message>
        <source>TLP:RED: for the named recipients only, never exported</source>
        <translation>TLP:RED : pour les seuls destinataires nommés, jamais exporté</translation>
    </message>
    <message>
        <source>TLP:AMBER+STRICT: only within the analyst&apos;s own organisation</source>
        <translation>TLP:AMBER+STRICT : uniquement au sein de la propre organisation de l&apos;analyste</translation>
    </message>
    <message>
        <source>5x5x5 handling code 4: may be disseminated within the originating agency only</source>
        <translation>Code de diffusion 5x5x5 4 : peut être diffusé au sein du seul service émetteur</translation>
    </message>
    <message>
        <source>5x5x5 handling code 5: no further dissemination, refer to the originator</source>
        <translation>Code de diffusion 5x5x5 5 : aucune diffusion ultérieure, s&apos;adresser à l&apos;émetteur</translation>
    </message>
    <message>
        <source>3x5x2 handling code C whose conditions are not recorded</source>
        <translation>code de diffusion 3x5x2 C dont les conditions ne sont pas consignées</translation>
    </message>
    <message>
        <source>a link end or an account holder that is itself withheld</source>
        <translation>une extrémité de lien ou un titulaire de compte lui-même retenu</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>a partner, outside the own organisation</source>
        <translation>un partenaire, hors de la propre organisation</translation>
    </message>
    <message>
        <source>the own organisation</source>
        <translation>la propre organisation</translation>
    </message>
    <message>
        <source>%1 (source %2, %3)</source>
        <translation>%1 (source %2, %3)</translation>
    </message>
    <message>
        <source>%1 (unmarked)</source>
        <translation>%1 (sans marquage)</translation>
    </message>
    <message>
        <source>%1, no handling code</source>
        <translation>%1, sans code de diffusion</translation>
    </message>
    <message>
        <source>Releasability check, for %1:</source>
        <translation>Contrôle de diffusion, pour %1 :</translation>
    </message>
    <message>
        <source>asked for: %1</source>
        <translation>demandé : %1</translation>
    </message>
    <message>
        <source>would go: %1</source>
        <translation>partirait : %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>by TLP label:</source>
        <translation>par marquage TLP :</translation>
    </message>
    <message>
        <source>by handling code:</source>
        <translation>par code de diffusion :</translation>
    </message>
    <message>
        <source>by source:</source>
        <translation>par source :</translation>
    </message>
    <message numerus="yes">
        <source>left out, %n record(s):</source>
        <translation>
            <numerusform>écarté, %n enregistrement :</numerusform>
            <numerusform>écartés, %n enregistrements :</numerusform>
        </translation>
    </message>
    <message>
        <source>conditions carried with the export:</source>
        <translation>conditions jointes à l&apos;export :</translation>
    </message>
    <message>
        <source>marking of the export: %1</source>
        <translation>marquage de l&apos;export : %1</translation>
    </message>
    <message>
        <source>none (nothing goes)</source>
        <translation>aucun (rien ne part)</translation>
    </message>
    <message>
        <source>figures:</source>
        <translation>figures :</translation>
    </message>
</context>
<context>
    <name>ReportChecker</name>
    <message>
        <source>“%1” carries no probability: state how likely, with a yardstick term.</source>
        <translation>« %1 » n&apos;exprime aucune probabilité : indiquez la vraisemblance avec un terme de l&apos;échelle.</translation>
    </message>
    <message>
        <source>%1 is outside “%2” (%3).</source>
        <translation>%1 est hors de « %2 » (%3).</translation>
    </message>
    <message>
        <source>The judgement has no yardstick probability.</source>
        <translation>Le jugement n&apos;a pas de probabilité de l&apos;échelle.</translation>
    </message>
    <message>
        <source>The statement says “%1” but the judgement is graded “%2”.</source>
        <translation>L&apos;énoncé dit « %1 » mais le jugement est coté « %2 ».</translation>
    </message>
    <message>
        <source>The judgement cites no evidence.</source>
        <translation>Le jugement ne cite aucun élément de preuve.</translation>
    </message>
    <message>
        <source>%1 %2 is no longer in the workspace (deleted by a later import); the judgement rests on evidence that cannot be checked.</source>
        <translation>%1 %2 n&apos;est plus dans l&apos;espace de travail (supprimé par une importation ultérieure) ; le jugement repose sur des éléments de preuve invérifiables.</translation>
    </message>
    <message>
        <source>%1 %2 is graded %3 (unreliable or suspected false) and is cited without a caveat.</source>
        <translation>%1 %2 est coté %3 (peu fiable ou soupçonné faux) et est cité sans réserve.</translation>
    </message>
    <message>
        <source>Figure %1 (%2) was drawn from the data as of %3, which has changed since: refresh it.</source>
        <translation>La figure %1 (%2) a été dessinée à partir des données au %3, qui ont changé depuis : actualisez-la.</translation>
    </message>
    <message>
        <source>ICD 203: “%1” and “%2” come from its two different rows of terms; keep to one row.</source>
        <translation>ICD 203 : « %1 » et « %2 » viennent de ses deux rangées de termes différentes ; s&apos;en tenir à une seule rangée.</translation>
    </message>
    <message>
        <source>ICD 203: “%1” and the likelihood term “%2” share a sentence; state confidence in a sentence of its own.</source>
        <translation>ICD 203 : « %1 » et le terme de probabilité « %2 » partagent une phrase ; exprimer la confiance dans une phrase à part.</translation>
    </message>
    <message>
        <source>“%1” is not on the probability scale of this report (%2): use one of its terms (%3 … %4).</source>
        <translation>« %1 » ne figure pas sur l&apos;échelle de probabilité de ce rapport (%2) : utilisez l&apos;un de ses termes (%3 … %4).</translation>
    </message>
    <message>
        <source>“%1” is not a term of this report&apos;s probability scale (%2).</source>
        <translation>« %1 » n&apos;est pas un terme de l&apos;échelle de probabilité de ce rapport (%2).</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>not graded</source>
        <translation>non coté</translation>
    </message>
    <message>
        <source>Key Judgement Report</source>
        <translation>Rapport de jugements clés</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>The question, the period, the geography and the sources used.</source>
        <translation>La question, la période, la zone géographique et les sources utilisées.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>What the reader needs to know first.</source>
        <translation>Ce que le lecteur doit savoir d&apos;abord.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>The argument, section by section, with figures.</source>
        <translation>L&apos;argumentation, section par section, avec des chiffres.</translation>
    </message>
    <message>
        <source>Intelligence gaps</source>
        <translation>Lacunes du renseignement</translation>
    </message>
    <message>
        <source>What we do not know that would change the judgements.</source>
        <translation>Ce que nous ignorons et qui changerait les jugements.</translation>
    </message>
    <message>
        <source>Outlook and recommendations</source>
        <translation>Perspectives et recommandations</translation>
    </message>
    <message>
        <source>Safeguarding opportunities, disruption, where partners should look.</source>
        <translation>Occasions de protection, perturbation, où les partenaires devraient regarder.</translation>
    </message>
    <message>
        <source>Route assessment</source>
        <translation>Évaluation d&apos;itinéraire</translation>
    </message>
    <message>
        <source>The route or corridor, the period and the sources used.</source>
        <translation>L&apos;itinéraire ou le corridor, la période et les sources utilisées.</translation>
    </message>
    <message>
        <source>Origins, transit points and destinations known so far.</source>
        <translation>Origines, points de transit et destinations connus à ce jour.</translation>
    </message>
    <message>
        <source>Volumes on the route, modes of transport, facilitators, changes over time; the route map.</source>
        <translation>Volumes sur l&apos;itinéraire, modes de transport, facilitateurs, évolutions dans le temps ; la carte de l&apos;itinéraire.</translation>
    </message>
    <message>
        <source>Legs of the route we cannot see; sources we lack.</source>
        <translation>Tronçons de l&apos;itinéraire que nous ne voyons pas ; sources qui nous manquent.</translation>
    </message>
    <message>
        <source>Where to intervene along the route.</source>
        <translation>Où intervenir le long de l&apos;itinéraire.</translation>
    </message>
    <message>
        <source>Typology brief</source>
        <translation>Note de typologie</translation>
    </message>
    <message>
        <source>The typology, the accounts and period examined, the sources used.</source>
        <translation>La typologie, les comptes et la période examinés, les sources utilisées.</translation>
    </message>
    <message>
        <source>The financial red flags this typology shows (FinCEN, FATF).</source>
        <translation>Les signaux d&apos;alerte financiers que montre cette typologie (FinCEN, GAFI).</translation>
    </message>
    <message>
        <source>Accounts that match, with their scores and reasons.</source>
        <translation>Comptes correspondants, avec leurs scores et leurs motifs.</translation>
    </message>
    <message>
        <source>Data we lack: banks, periods, account holders.</source>
        <translation>Données manquantes : banques, périodes, titulaires de comptes.</translation>
    </message>
    <message>
        <source>What financial partners should look for.</source>
        <translation>Ce que les partenaires financiers devraient rechercher.</translation>
    </message>
    <message>
        <source>judgement %1: %2 %3</source>
        <translation>jugement %1 : %2 %3</translation>
    </message>
    <message>
        <source>The report was written by a newer Waymark or is damaged.</source>
        <translation>Le rapport a été écrit par une version plus récente de Waymark ou est endommagé.</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Auteur : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Data cut-off: %1</source>
        <translation>Date d&apos;arrêt des données : %1</translation>
    </message>
    <message>
        <source>Marking: %1</source>
        <translation>Marquage : %1</translation>
    </message>
    <message>
        <source>Judgement %1: %2</source>
        <translation>Jugement %1 : %2</translation>
    </message>
    <message>
        <source>Judgement %1 probability: %2</source>
        <translation>Probabilité du jugement %1 : %2</translation>
    </message>
    <message>
        <source>Judgement %1 confidence: %2 — %3</source>
        <translation>Confiance du jugement %1 : %2 — %3</translation>
    </message>
    <message>
        <source>Judgement %1 evidence: %2 %3 %4</source>
        <translation>Éléments de preuve du jugement %1 : %2 %3 %4</translation>
    </message>
    <message>
        <source>Figure: %1 (%2)</source>
        <translation>Figure : %1 (%2)</translation>
    </message>
    <message>
        <source>Judgement %1 check: %2</source>
        <translation>Contrôle du jugement %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Data cut-off</source>
        <translation>Date d&apos;arrêt des données</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Generated draft: the judgements, numbers and evidence below were produced by Waymark from the data. An analyst must check and rewrite them before this report is issued.</source>
        <translation>Brouillon généré : les jugements, chiffres et éléments de preuve ci-dessous ont été produits par Waymark à partir des données. Un analyste doit les vérifier et les réécrire avant la diffusion de ce rapport.</translation>
    </message>
    <message>
        <source>Key judgements</source>
        <translation>Jugements clés</translation>
    </message>
    <message>
        <source>Annex A: Sources and their grades</source>
        <translation>Annexe A : Sources et leurs cotations</translation>
    </message>
    <message>
        <source>Annex B: Probability yardstick and confidence</source>
        <translation>Annexe B : Échelle de probabilité et confiance</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>généré</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>No evidence cited.</source>
        <translation>Aucun élément de preuve cité.</translation>
    </message>
    <message>
        <source>⚠ no longer in the workspace (deleted by a later import)</source>
        <translation>⚠ n&apos;est plus dans l&apos;espace de travail (supprimé par une importation ultérieure)</translation>
    </message>
    <message>
        <source>Caveat</source>
        <translation>Réserve</translation>
    </message>
    <message>
        <source>[Figure withheld in this redacted copy: it shows personal details.]</source>
        <translation>[Figure retirée de cette copie caviardée : elle montre des données personnelles.]</translation>
    </message>
    <message>
        <source>[Figure image missing.]</source>
        <translation>[Image de la figure manquante.]</translation>
    </message>
    <message>
        <source>Figure %1: %2. Filter: %3. Data as of %4.</source>
        <translation>Figure %1 : %2. Filtre : %3. Données au %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No sources cited.</source>
        <translation>Aucune source citée.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Analytic confidence (high, moderate, low) is how sure we are of the basis of a judgement, judged as PHIA does on three criteria: the information base (its quality, corroboration and gaps), the analytical rigour of the reasoning, and the complexity and volatility of the issue. It is stated apart from probability.</source>
        <translation>La confiance analytique (élevée, modérée, faible) exprime notre degré de certitude sur le fondement d&apos;un jugement, appréciée comme le fait la PHIA selon trois critères : la base d&apos;information (qualité, corroboration et lacunes), la rigueur analytique du raisonnement, et la complexité et la volatilité de la question. Elle est indiquée séparément de la probabilité.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n&apos;a pas pu être commencé.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Le PDF n&apos;a pas pu être terminé.</translation>
    </message>
    <message>
        <source>The ODT document could not be written.</source>
        <translation>Le document ODT n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>[image left out: not drawn by Waymark]</source>
        <translation>[image omise : non dessinée par Waymark]</translation>
    </message>
    <message>
        <source>Exported from a workspace whose audit chain head was record %1, SHA-256 %2 (waymark audit verify prints it).</source>
        <translation>Exporté d&apos;un espace de travail dont la tête de la chaîne d&apos;audit était l&apos;enregistrement %1, SHA-256 %2 (waymark audit verify l&apos;affiche).</translation>
    </message>
    <message>
        <source>Annex C: Method — checks on generated judgements</source>
        <translation>Annexe C : Méthode — contrôles des jugements générés</translation>
    </message>
    <message>
        <source>Why we can say this (checks run):</source>
        <translation>Pourquoi nous pouvons l&apos;affirmer (contrôles effectués) :</translation>
    </message>
    <message>
        <source>Every statement Waymark generates (starter drafts, hotspot and emerging-hotspot layers, key actors, typology alerts) passes these checks before it is made. A check that fails either adds its caveat in plain words or stops the statement; each generated judgement lists the checks it passed, with their numbers.</source>
        <translation>Tout énoncé que Waymark génère (brouillons de départ, couches de points chauds et de points chauds émergents, acteurs clés, alertes de typologie) passe ces contrôles avant d&apos;être formulé. Un contrôle qui échoue ajoute sa réserve en termes simples ou arrête l&apos;énoncé ; chaque jugement généré énumère les contrôles qu&apos;il a réussis, avec leurs chiffres.</translation>
    </message>
    <message>
        <source>Every source the judgements cite, and every source of the incidents the generated counts and figures draw on, with its grade in its own scheme.</source>
        <translation>Chaque source citée par les jugements, et chaque source des incidents sur lesquels reposent les décomptes et figures générés, avec sa cotation dans son propre barème.</translation>
    </message>
    <message>
        <source>This report states probabilities in the terms of US ICD 203 (Analytic Standards). Its two rows of terms are equivalent and are not mixed, and no sentence combines a confidence level with a likelihood term.</source>
        <translation>Ce rapport exprime les probabilités dans les termes de l&apos;ICD 203 américain (Analytic Standards). Ses deux rangées de termes sont équivalentes et ne sont pas mélangées, et aucune phrase ne combine un niveau de confiance avec un terme de vraisemblance.</translation>
    </message>
    <message>
        <source>This report states probabilities in the terms of the UK Professional Head of Intelligence Assessment&apos;s probability yardstick (2025 wording).</source>
        <translation>Ce rapport exprime les probabilités dans les termes de l&apos;échelle de probabilité du Professional Head of Intelligence Assessment britannique (formulation de 2025).</translation>
    </message>
    <message>
        <source>[Figure left out of this copy: %1]</source>
        <translation>[Figure écartée de cette copie : %1]</translation>
    </message>
    <message>
        <source>No key judgement yet: Waymark drafts one only for a finding that passes its checks (Annex C), and none did. Write them from the assessment.</source>
        <translation>Pas encore de jugement clé : Waymark n&apos;en rédige un que pour un constat qui passe ses contrôles (annexe C), et aucun ne l&apos;a fait. Rédigez-les à partir de l&apos;évaluation.</translation>
    </message>
    <message>
        <source>No key judgement yet.</source>
        <translation>Pas encore de jugement clé.</translation>
    </message>
</context>
<context>
    <name>ReportRelease</name>
    <message>
        <source>figure %1 (%2)</source>
        <translation>figure %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: drawn again without %n record(s) that may not go (stored drawing not used)</source>
        <translation>
            <numerusform>%1 : redessinée sans %n enregistrement qui ne peut pas partir (dessin enregistré non utilisé)</numerusform>
            <numerusform>%1 : redessinée sans les %n enregistrements qui ne peuvent pas partir (dessin enregistré non utilisé)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: left out, a placeholder in its place</source>
        <translation>%1 : écartée, remplacée par un espace réservé</translation>
    </message>
    <message>
        <source>%1 drawn again, %2 left out, %3 as drawn</source>
        <translation>%1 redessinée(s), %2 écartée(s), %3 telle(s) que dessinée(s)</translation>
    </message>
    <message>
        <source>it does not say what it was drawn from, and the workspace holds records that may not go to %1.</source>
        <translation>elle n&apos;indique pas à partir de quelles données elle a été dessinée, et l&apos;espace de travail contient des enregistrements qui ne peuvent pas partir vers %1.</translation>
    </message>
    <message>
        <source>nothing it shows may go to %1.</source>
        <translation>rien de ce qu&apos;elle montre ne peut partir vers %1.</translation>
    </message>
    <message>
        <source>it shows records that may not go to %1 and could not be drawn again without them: %2</source>
        <translation>elle montre des enregistrements qui ne peuvent pas partir vers %1 et n&apos;a pas pu être redessinée sans eux : %2</translation>
    </message>
    <message numerus="yes">
        <source>drawn again for this copy without %n record(s) that may not go</source>
        <translation>
            <numerusform>redessinée pour cette copie sans %n enregistrement qui ne peut pas partir</numerusform>
            <numerusform>redessinée pour cette copie sans les %n enregistrements qui ne peuvent pas partir</numerusform>
        </translation>
    </message>
    <message>
        <source>drawn again for this copy</source>
        <translation>redessinée pour cette copie</translation>
    </message>
</context>
<context>
    <name>ReportStore</name>
    <message>
        <source>A stored report is damaged.</source>
        <translation>Un rapport enregistré est endommagé.</translation>
    </message>
    <message>
        <source>This report has not been stored yet.</source>
        <translation>Ce rapport n&apos;a pas encore été enregistré.</translation>
    </message>
    <message>
        <source>Report %1 is not in this workspace.</source>
        <translation>Le rapport %1 n&apos;est pas dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Report %1 has no version %2.</source>
        <translation>Le rapport %1 n&apos;a pas de version %2.</translation>
    </message>
    <message>
        <source>No %1 with the key %2 in this workspace.</source>
        <translation>Aucun(e) %1 avec la clé %2 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Say why the finding is dismissed.</source>
        <translation>Indiquez pourquoi le constat est écarté.</translation>
    </message>
    <message>
        <source>edited from version %1 while version %2 was saved elsewhere</source>
        <translation>modifié à partir de la version %1 alors que la version %2 était enregistrée ailleurs</translation>
    </message>
    <message>
        <source>Report %1 was saved elsewhere (version %2) since you opened version %3. Nothing was overwritten: your text is saved as version %4 and theirs is kept as version %2. Compare them in the version history.</source>
        <translation>Le rapport %1 a été enregistré ailleurs (version %2) depuis que vous avez ouvert la version %3. Rien n&apos;a été écrasé : votre texte est enregistré en version %4 et l&apos;autre texte est conservé en version %2. Comparez-les dans l&apos;historique des versions.</translation>
    </message>
</context>
<context>
    <name>RouteVolume</name>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>Incidents on %1 → %2 per %3</source>
        <translation>Incidents sur %1 → %2 par %3</translation>
    </message>
    <message numerus="yes">
        <source>%n dated too coarsely for a %1</source>
        <translation>
            <numerusform>%n daté trop imprécisément pour un découpage par %1</numerusform>
            <numerusform>%n datés trop imprécisément pour un découpage par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undated or out of range</source>
        <translation>
            <numerusform>%n non daté ou hors période</numerusform>
            <numerusform>%n non datés ou hors période</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the bars: %1.</source>
        <translation>Absents des barres : %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>The route “%1” cannot be read: write it ORIGIN&gt;DEST with two countries, e.g. “Nigeria&gt;Italy” or “NGA&gt;ITA”.</source>
        <translation>L&apos;itinéraire « %1 » est illisible : écrivez-le ORIGIN&gt;DEST avec deux pays, par exemple « Nigeria&gt;Italy » ou « NGA&gt;ITA ».</translation>
    </message>
    <message>
        <source>“%1” in the route “%2” is not a country of this workspace.</source>
        <translation>« %1 » dans l&apos;itinéraire « %2 » n&apos;est pas un pays de cet espace de travail.</translation>
    </message>
    <message>
        <source>The route “%1” starts and ends in the same country: it is not a route.</source>
        <translation>L&apos;itinéraire « %1 » commence et se termine dans le même pays : ce n&apos;est pas un itinéraire.</translation>
    </message>
</context>
<context>
    <name>RowDigest</name>
    <message>
        <source>%1: %2 rows when imported, %3 now</source>
        <translation>%1 : %2 lignes à l&apos;importation, %3 maintenant</translation>
    </message>
    <message>
        <source>%1: %2 rows, but changed since the import</source>
        <translation>%1 : %2 lignes, mais modifiées depuis l&apos;importation</translation>
    </message>
</context>
<context>
    <name>RtreePacker</name>
    <message>
        <source>The map index could not be written.</source>
        <translation>L&apos;index cartographique n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>SampleGenerator</name>
    <message>
        <source>The number of incidents must be between 0 and 100,000,000.</source>
        <translation>Le nombre d&apos;incidents doit être compris entre 0 et 100 000 000.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The sample extract could not be written to %1.</source>
        <translation>L&apos;extraction d&apos;exemple n&apos;a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>The zip file %1 could not be written.</source>
        <translation>Le fichier zip %1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>SampleTraps</name>
    <message>
        <source>Italy&apos;s incidents before July 2020 are located to the country only, later ones to a point.</source>
        <translation>Les incidents d&apos;Italie antérieurs à juillet 2020 ne sont localisés qu&apos;au pays, les suivants en un point.</translation>
    </message>
    <message>
        <source>A new reporting partner (S7) starts reporting in Madrid in 2021.</source>
        <translation>Un nouveau partenaire déclarant (S7) commence à signaler à Madrid en 2021.</translation>
    </message>
    <message>
        <source>One source (S2, regional news) reports a growing cluster in Lyon that no one else sees.</source>
        <translation>Une source (S2, presse régionale) signale à Lyon un foyer croissant que personne d&apos;autre ne voit.</translation>
    </message>
    <message>
        <source>A handful of incidents in Reykjavik in 2023.</source>
        <translation>Une poignée d&apos;incidents à Reykjavik en 2023.</translation>
    </message>
    <message>
        <source>An ordinary account whose red flags all come from one unusual week (needs --workspace: written through the synthetic bank).</source>
        <translation>Un compte ordinaire dont tous les signaux d&apos;alerte viennent d&apos;une seule semaine inhabituelle (exige --workspace : écrit via la banque synthétique).</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>schema version %1 (Waymark knows 0 to %2)</source>
        <translation>version de schéma %1 (Waymark connaît les versions 0 à %2)</translation>
    </message>
    <message>
        <source>%1 %2 is not Waymark&apos;s</source>
        <translation>%1 %2 : objet étranger à Waymark</translation>
    </message>
    <message>
        <source>%1 %2 was changed</source>
        <translation>%1 %2 : objet modifié</translation>
    </message>
    <message>
        <source>%1 %2 is missing</source>
        <translation>%1 %2 : objet manquant</translation>
    </message>
    <message>
        <source>Schema version %1 is not one Waymark wrote.</source>
        <translation>La version de schéma %1 n&apos;est pas une version écrite par Waymark.</translation>
    </message>
</context>
<context>
    <name>ScorePresentation</name>
    <message>
        <source>Brier %1 over n = %2 labelled accounts (%3 cases), 5-fold cross-validated</source>
        <translation>Brier %1 sur n = %2 comptes étiquetés (%3 cas), validation croisée à 5 plis</translation>
    </message>
    <message>
        <source>Typology %1 has changed since it was calibrated (calibrated: version %2; now: version %3%4): scores are shown, not probabilities, until it is calibrated again.</source>
        <translation>La typologie %1 a changé depuis son étalonnage (étalonnée : version %2 ; actuelle : version %3%4) : des scores sont affichés, pas des probabilités, jusqu&apos;à un nouvel étalonnage.</translation>
    </message>
    <message>
        <source>, other weights</source>
        <translation>, autres pondérations</translation>
    </message>
    <message>
        <source>%1 cannot be calibrated: too few labels (%2 labelled accounts; at least %3 are needed). Scores are shown instead.</source>
        <translation>%1 ne peut pas être étalonnée : trop peu d&apos;étiquettes (%2 comptes étiquetés ; il en faut au moins %3). Des scores sont affichés à la place.</translation>
    </message>
    <message>
        <source>%1 cannot be calibrated: the labels hold only %2 (%3 labelled accounts), and a probability needs both known cases and known clean accounts. Scores are shown instead.</source>
        <translation>%1 ne peut pas être étalonnée : les étiquettes ne contiennent que des %2 (%3 comptes étiquetés), et une probabilité exige à la fois des cas connus et des comptes sains connus. Des scores sont affichés à la place.</translation>
    </message>
    <message>
        <source>known cases</source>
        <translation>cas connus</translation>
    </message>
    <message>
        <source>known clean accounts</source>
        <translation>comptes sains connus</translation>
    </message>
    <message>
        <source>%1 cannot be calibrated: too few labels of one class (%2 cases, %3 clean; at least %4 of each are needed). Scores are shown instead.</source>
        <translation>%1 ne peut pas être étalonnée : trop peu d&apos;étiquettes d&apos;une classe (%2 cas, %3 sains ; il en faut au moins %4 de chaque). Des scores sont affichés à la place.</translation>
    </message>
    <message>
        <source>uncalibrated score</source>
        <translation>score non étalonné</translation>
    </message>
    <message>
        <source>calibrated probability</source>
        <translation>probabilité étalonnée</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>expert weights, not calibrated on labelled accounts for this typology version</source>
        <translation>pondérations d&apos;expert, non étalonnées sur des comptes étiquetés pour cette version de la typologie</translation>
    </message>
    <message>
        <source>Score (uncalibrated, 0–100)</source>
        <translation>Score (non étalonné, 0–100)</translation>
    </message>
    <message>
        <source>Score or calibrated probability</source>
        <translation>Score ou probabilité étalonnée</translation>
    </message>
    <message>
        <source>Values are uncalibrated scores from expert weights (0–100, for ranking): they are not probabilities and carry no yardstick term.</source>
        <translation>Les valeurs sont des scores non étalonnés issus de pondérations d&apos;expert (0–100, pour classer) : ce ne sont pas des probabilités et elles ne portent aucun terme de l&apos;échelle.</translation>
    </message>
    <message>
        <source>Accounts led by %1 show a probability calibrated on labelled accounts, with its reliability; the others show uncalibrated scores (0–100, for ranking), which are not probabilities.</source>
        <translation>Les comptes menés par %1 affichent une probabilité étalonnée sur des comptes étiquetés, avec sa fiabilité ; les autres affichent des scores non étalonnés (0–100, pour classer), qui ne sont pas des probabilités.</translation>
    </message>
    <message>
        <source>Not scored: %1.</source>
        <translation>Non noté : %1.</translation>
    </message>
    <message>
        <source>None of the %1 red flags of %2 fired</source>
        <translation>Aucun des %1 signaux d&apos;alerte de %2 ne s&apos;est déclenché</translation>
    </message>
    <message>
        <source>%1 of the %2 red flags of %3, strongest: %4 (%5 %6)</source>
        <translation>%1 des %2 signaux d&apos;alerte de %3, le plus fort : %4 (%5 %6)</translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be assessed</source>
        <translation>
            <numerusform> ; %n n&apos;a pas pu être évalué</numerusform>
            <numerusform> ; %n n&apos;ont pas pu être évalués</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibrated probability %1 (%2, %3); %4.</source>
        <translation>Probabilité étalonnée %1 (%2, %3) ; %4.</translation>
    </message>
    <message>
        <source>Uncalibrated score %1 (for ranking, not a probability: %2).</source>
        <translation>Score non étalonné %1 (pour classer, pas une probabilité : %2).</translation>
    </message>
    <message>
        <source>Calibration curve (cross-validated): of the labelled accounts given a probability in each band, the share that were cases:</source>
        <translation>Courbe d&apos;étalonnage (validation croisée) : parmi les comptes étiquetés auxquels une probabilité a été attribuée dans chaque tranche, la part qui étaient des cas :</translation>
    </message>
    <message numerus="yes">
        <source>  %1–%2: predicted %3, observed %4 of %n account(s)</source>
        <translation>
            <numerusform>  %1–%2 : prévu %3, observé %4 sur %n compte</numerusform>
            <numerusform>  %1–%2 : prévu %3, observé %4 sur %n comptes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreRun</name>
    <message>
        <source>Score run %1 names typology version %2, which is not in the workspace.</source>
        <translation>L&apos;exécution de notation %1 fait référence à la version %2 de la typologie, qui n&apos;est pas dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Too many account holders&apos; names to list.</source>
        <translation>Trop de noms de titulaires de comptes à répertorier.</translation>
    </message>
</context>
<context>
    <name>Scorer</name>
    <message>
        <source>no transactions</source>
        <translation>aucune transaction</translation>
    </message>
    <message numerus="yes">
        <source>all %n transaction(s) set aside as unusable</source>
        <translation>
            <numerusform>%n transaction, écartée comme inexploitable</numerusform>
            <numerusform>les %n transactions, toutes écartées comme inexploitables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only %n usable transaction(s); at least %1 are needed</source>
        <translation>
            <numerusform>seulement %n transaction exploitable ; il en faut au moins %1</numerusform>
            <numerusform>seulement %n transactions exploitables ; il en faut au moins %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Not scored: %1.</source>
        <translation>Non noté : %1.</translation>
    </message>
    <message>
        <source>Data: %1 transactions read, %2 duplicates counted once, %3 set aside (other currency or unusable amount).</source>
        <translation>Données : %1 transactions lues, %2 doublons comptés une fois, %3 écartées (autre devise ou montant inexploitable).</translation>
    </message>
    <message>
        <source>not assessable (%1)</source>
        <translation>non évaluable (%1)</translation>
    </message>
    <message>
        <source>transactions %1</source>
        <translation>transactions %1</translation>
    </message>
    <message>
        <source>Overall score %1 / 100 (uncalibrated: the expert weights&apos; output for at least one typology, not a probability).</source>
        <translation>Score global %1 / 100 (non étalonné : le résultat des pondérations d&apos;expert pour au moins une typologie, pas une probabilité).</translation>
    </message>
    <message>
        <source>%1 (v%2): score %3 / 100, log-odds %4 = prior %5 (%6)</source>
        <translation>%1 (v%2) : score %3 / 100, log-cote %4 = a priori %5 (%6)</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>The search “%1” cannot be read (%2). Put a phrase in double quotes, end a word with * to match its beginning; AND, OR, NOT and NEAR are operators.</source>
        <translation>La recherche « %1 » est illisible (%2). Mettez une expression entre guillemets droits, terminez un mot par * pour chercher son début ; AND, OR, NOT et NEAR sont des opérateurs.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>People, businesses, phones…</source>
        <translation>Personnes, entreprises, téléphones…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>report, saved %1</source>
        <translation>rapport, enregistré le %1</translation>
    </message>
</context>
<context>
    <name>SharePackage</name>
    <message>
        <source>Nothing may go: every record the filter selects is withheld by the releasability check, so no package was written.</source>
        <translation>Rien ne peut partir : chaque enregistrement sélectionné par le filtre est retenu par le contrôle de diffusion, aucun paquet n&apos;a donc été écrit.</translation>
    </message>
    <message>
        <source>k must be 2 or more.</source>
        <translation>k doit valoir 2 ou plus.</translation>
    </message>
    <message>
        <source>%1 cannot be written as a zip archive (error %2).</source>
        <translation>%1 ne peut pas être écrit comme archive zip (erreur %2).</translation>
    </message>
    <message>
        <source>%1/%2 cannot be written.</source>
        <translation>%1/%2 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>%1, with handling conditions (share.conditions)</source>
        <translation>%1, avec conditions de diffusion (share.conditions)</translation>
    </message>
    <message>
        <source>manifest.json cannot be written.</source>
        <translation>manifest.json ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>SharePolicy</name>
    <message>
        <source>The policy %1 cannot be read: %2</source>
        <translation>La politique %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>Erreur de syntaxe JSON : %1</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;waymark-share-policy&quot;</source>
        <translation>&quot;format&quot; doit valoir &quot;waymark-share-policy&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1 (this Waymark reads share policies of version 1)</source>
        <translation>&quot;version&quot; doit valoir 1 (ce Waymark lit les politiques de partage de version 1)</translation>
    </message>
    <message>
        <source>the action must be keep, pseudonymise or remove</source>
        <translation>l&apos;action doit être keep, pseudonymise ou remove</translation>
    </message>
    <message>
        <source>not an entity type</source>
        <translation>pas un type d&apos;entité</translation>
    </message>
    <message>
        <source>an entity&apos;s label is required: keep or pseudonymise it</source>
        <translation>le libellé d&apos;une entité est obligatoire : conservez-le ou pseudonymisez-le</translation>
    </message>
    <message>
        <source>no such field in the hub extract format</source>
        <translation>aucun champ de ce nom dans le format d&apos;extraction du hub</translation>
    </message>
    <message>
        <source>always goes as it is (markings, types and references are not the policy&apos;s to change)</source>
        <translation>part toujours tel quel (marquages, types et références ne relèvent pas de la politique)</translation>
    </message>
    <message>
        <source>a code, date or number cannot be pseudonymised: keep or remove it</source>
        <translation>un code, une date ou un nombre ne peut pas être pseudonymisé : conservez-le ou supprimez-le</translation>
    </message>
    <message>
        <source>the hub extract format requires it: keep or pseudonymise it</source>
        <translation>le format d&apos;extraction du hub l&apos;exige : conservez-le ou pseudonymisez-le</translation>
    </message>
    <message>
        <source>the hub extract format requires it: the policy must say keep or pseudonymise</source>
        <translation>le format d&apos;extraction du hub l&apos;exige : la politique doit indiquer keep ou pseudonymise</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The signing key %1 is damaged.</source>
        <translation>La clé de signature %1 est endommagée.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The signing key %1 cannot be written: %2</source>
        <translation>La clé de signature %1 ne peut pas être écrite : %2</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>Cannot write the snapshot cache</source>
        <translation>Impossible d&apos;écrire le cache d&apos;instantanés</translation>
    </message>
    <message>
        <source>The snapshot cache is not usable</source>
        <translation>Le cache d&apos;instantanés est inutilisable</translation>
    </message>
    <message>
        <source>No snapshot cache</source>
        <translation>Aucun cache d&apos;instantanés</translation>
    </message>
</context>
<context>
    <name>SnapshotSource</name>
    <message>
        <source>No workspace is open</source>
        <translation>Aucun espace de travail n&apos;est ouvert</translation>
    </message>
</context>
<context>
    <name>SpecField</name>
    <message>
        <source>Key (unique id in the source)</source>
        <translation>Clé (identifiant unique dans la source)</translation>
    </message>
    <message>
        <source>Date (year, month or day; a range of years)</source>
        <translation>Date (année, mois ou jour ; plage d&apos;années)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Origin (citizenship or start of route)</source>
        <translation>Origine (nationalité ou début de l&apos;itinéraire)</translation>
    </message>
    <message>
        <source>Destination (country of exploitation)</source>
        <translation>Destination (pays d&apos;exploitation)</translation>
    </message>
    <message>
        <source>Types of exploitation (codes)</source>
        <translation>Types d&apos;exploitation (codes)</translation>
    </message>
    <message>
        <source>Labour sectors (codes)</source>
        <translation>Secteurs d&apos;activité (codes)</translation>
    </message>
    <message>
        <source>Forms of sexual exploitation (codes)</source>
        <translation>Formes d&apos;exploitation sexuelle (codes)</translation>
    </message>
    <message>
        <source>Means of control (codes)</source>
        <translation>Moyens de contrôle (codes)</translation>
    </message>
    <message>
        <source>Recruiter relation (codes)</source>
        <translation>Relation avec le recruteur (codes)</translation>
    </message>
    <message>
        <source>Number of victims</source>
        <translation>Nombre de victimes</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Months trafficked (band)</source>
        <translation>Mois d&apos;exploitation (tranche)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Information grade</source>
        <translation>Cote de l&apos;information</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Incident (a record of this row)</source>
        <translation>Incident (un enregistrement de cette ligne)</translation>
    </message>
    <message>
        <source>Leg number</source>
        <translation>Numéro de tronçon</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Transport mode</source>
        <translation>Mode de transport</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première observation</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière observation</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Entity (a record of this row)</source>
        <translation>Entité (un enregistrement de cette ligne)</translation>
    </message>
    <message>
        <source>Role in the incident</source>
        <translation>Rôle dans l&apos;incident</translation>
    </message>
    <message>
        <source>Account holder (an entity)</source>
        <translation>Titulaire du compte (une entité)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Date or date and time</source>
        <translation>Date ou date et heure</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Direction (in/out)</source>
        <translation>Sens (entrée/sortie)</translation>
    </message>
</context>
<context>
    <name>SpecGuesser</name>
    <message>
        <source>coordinates: %1 and %2, %3 % of %4 values in range</source>
        <translation>coordonnées : %1 et %2, %3 % des %4 valeurs dans les limites</translation>
    </message>
    <message>
        <source>country: %1 % of %2 values are countries of the gazetteer</source>
        <translation>pays : %1 % des %2 valeurs sont des pays du répertoire géographique</translation>
    </message>
    <message>
        <source>ISO (YYYY, YYYY-MM, YYYY-MM-DD)</source>
        <translation>ISO (YYYY, YYYY-MM, YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a range of years</source>
        <translation>une plage d&apos;années</translation>
    </message>
    <message>
        <source>date: %1 % of %2 values parse as %3</source>
        <translation>date : %1 % des %2 valeurs s&apos;interprètent comme %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>case number: all %1 values are different and the header names an identifier</source>
        <translation>numéro de dossier : les %1 valeurs sont toutes différentes et l&apos;en-tête désigne un identifiant</translation>
    </message>
    <message>
        <source>number of victims: %1 % of %2 values are whole numbers from %3 to %4</source>
        <translation>nombre de victimes : %1 % des %2 valeurs sont des nombres entiers de %3 à %4</translation>
    </message>
    <message>
        <source>gender: %1 % of %2 values are known genders</source>
        <translation>genre : %1 % des %2 valeurs sont des genres connus</translation>
    </message>
    <message>
        <source>summary: the header names free text</source>
        <translation>résumé : l&apos;en-tête désigne du texte libre</translation>
    </message>
    <message>
        <source>route leg: from %1 to %2, one leg per row</source>
        <translation>tronçon d&apos;itinéraire : de %1 à %2, un tronçon par ligne</translation>
    </message>
    <message>
        <source>people: the header names them; %1 % of %2 names look like names</source>
        <translation>personnes : l&apos;en-tête les désigne ; %1 % des %2 noms ressemblent à des noms</translation>
    </message>
    <message>
        <source>%1 % of %2 cells hold several, separated by &quot;%3&quot;</source>
        <translation>%1 % des %2 cellules en contiennent plusieurs, séparés par &quot;%3&quot;</translation>
    </message>
    <message>
        <source>involvement: each person of %1 as %2 in the row&apos;s incident</source>
        <translation>implication : chaque personne de %1 en tant que %2 dans l&apos;incident de la ligne</translation>
    </message>
    <message>
        <source>country links from %1 to %2 (one route leg per row)</source>
        <translation>liens entre pays de %1 à %2 (un tronçon d&apos;itinéraire par ligne)</translation>
    </message>
    <message>
        <source>incidents placed by %1</source>
        <translation>incidents localisés par %1</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>dated by %1</source>
        <translation>datés par %1</translation>
    </message>
    <message>
        <source>people from %1 as %2</source>
        <translation>personnes de %1 en tant que %2</translation>
    </message>
    <message>
        <source>header on row %1 (the rows above it are a title or notes), %2</source>
        <translation>en-tête à la ligne %1 (les lignes au-dessus sont un titre ou des notes), %2</translation>
    </message>
    <message>
        <source>types of exploitation: %1 % of %2 values are forms of exploitation</source>
        <translation>types d&apos;exploitation : %1 % des %2 valeurs sont des formes d&apos;exploitation</translation>
    </message>
    <message>
        <source>age: %1 % of %2 values are ages in years, from %3 to %4, put in their bands</source>
        <translation>âge : %1 % des %2 valeurs sont des âges en années, de %3 à %4, rangés dans leurs tranches</translation>
    </message>
    <message>
        <source>place: a city column, each city placed at its first row&apos;s %1/%2 in the country of %3</source>
        <translation>lieu : une colonne de villes, chaque ville placée aux %1/%2 de sa première ligne, dans le pays de %3</translation>
    </message>
    <message>
        <source>place: a city column, each city placed at its first row&apos;s %1/%2</source>
        <translation>lieu : une colonne de villes, chaque ville placée aux %1/%2 de sa première ligne</translation>
    </message>
</context>
<context>
    <name>SpecImporter</name>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or a range of years (2014-2018)</source>
        <translation>YYYY, YYYY-MM, YYYY-MM-DD ou une plage d&apos;années (2014-2018)</translation>
    </message>
    <message>
        <source>the specification %1 reads a column &quot;%2&quot; (%3), which the header lacks</source>
        <translation>la spécification %1 lit une colonne &quot;%2&quot; (%3), absente de l&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: the format &quot;%2&quot; has a { without its }</source>
        <translation>%1 : le format &quot;%2&quot; contient une { sans sa }</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the code list (%3)</source>
        <translation>%1 : &quot;%2&quot; ne figure pas dans la liste de codes (%3)</translation>
    </message>
    <message>
        <source>%1: unknown country code &quot;%2&quot;</source>
        <translation>%1 : code pays inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown place &quot;%2&quot;</source>
        <translation>%1 : lieu inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: unknown place &quot;%2&quot; and no coordinates</source>
        <translation>%1 : lieu inconnu &quot;%2&quot; et aucune coordonnée</translation>
    </message>
    <message>
        <source>longitude &quot;%1&quot; is out of range (-180 to 180)</source>
        <translation>longitude &quot;%1&quot; hors limites (-180 à 180)</translation>
    </message>
    <message>
        <source>latitude &quot;%1&quot; is out of range (-90 to 90)</source>
        <translation>latitude &quot;%1&quot; hors limites (-90 à 90)</translation>
    </message>
    <message>
        <source>%1: unknown country &quot;%2&quot;</source>
        <translation>%1 : pays inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected 1, 0, true, false, yes, no or missing, found &quot;%2&quot;</source>
        <translation>%1 : attendu 1, 0, true, false, yes, no ou une valeur absente, trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1 must be a whole number, found &quot;%2&quot;</source>
        <translation>%1 doit être un nombre entier, valeur trouvée : &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be %2</source>
        <translation>%1 ne peut pas être %2</translation>
    </message>
    <message>
        <source>%1 must be a number, found &quot;%2&quot;</source>
        <translation>%1 doit être un nombre, valeur trouvée : &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a possible date (expected %3)</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas une date possible (attendu : %3)</translation>
    </message>
    <message>
        <source>%1: unknown code &quot;%2&quot; (expected %3)</source>
        <translation>%1 : code inconnu &quot;%2&quot; (attendu : %3)</translation>
    </message>
    <message>
        <source>%1: unknown value &quot;%2&quot; (expected %3)</source>
        <translation>%1 : valeur inconnue &quot;%2&quot; (attendu : %3)</translation>
    </message>
    <message>
        <source>%1: this row would make %2 records; at most %3 are kept</source>
        <translation>%1 : cette ligne produirait %2 enregistrements ; au plus %3 sont conservés</translation>
    </message>
    <message>
        <source>%1 of the %2 is missing</source>
        <translation>%1 de %2 : valeur manquante</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected %2)</source>
        <translation>type de source inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>unknown grading scheme &quot;%1&quot; (expected %2)</source>
        <translation>barème de cotation inconnu &quot;%1&quot; (attendu : %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source grade of %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une cotation de la source du barème %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an information grade of %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une cotation de l&apos;information du barème %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handling code of %2</source>
        <translation>&quot;%1&quot; n&apos;est pas un code de traitement du barème %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TLP 2.0 label (%2)</source>
        <translation>&quot;%1&quot; n&apos;est pas une étiquette TLP 2.0 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an information grade of the source&apos;s scheme %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une cotation de l&apos;information du barème %2 de la source</translation>
    </message>
    <message>
        <source>%1 (new place at %2, %3)</source>
        <translation>%1 (nouveau lieu à %2, %3)</translation>
    </message>
    <message>
        <source>The specification %1 is a bank column mapping; it is run by the transaction reader.</source>
        <translation>La spécification %1 est une correspondance des colonnes bancaire ; elle est exécutée par le lecteur de transactions.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out by the conditions of the specification %1.</source>
        <translation>
            <numerusform>%n ligne écartée par les conditions de la spécification %1.</numerusform>
            <numerusform>%n lignes écartées par les conditions de la spécification %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) not in the gazetteer were added at their coordinates; their country is the one given, or else the country whose centre is nearest.</source>
        <translation>
            <numerusform>%n lieu absent du répertoire géographique a été ajouté à ses coordonnées ; son pays est celui indiqué, ou à défaut le pays dont le centre est le plus proche.</numerusform>
            <numerusform>%n lieux absents du répertoire géographique ont été ajoutés à leurs coordonnées ; leur pays est celui indiqué, ou à défaut le pays dont le centre est le plus proche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written by the specification %1 (version %2): %3.</source>
        <translation>Écrit par la spécification %1 (version %2) : %3.</translation>
    </message>
    <message>
        <source>the latitude is missing: a longitude alone is not a point</source>
        <translation>la latitude manque : une longitude seule n&apos;est pas un point</translation>
    </message>
    <message>
        <source>the longitude is missing: a latitude alone is not a point</source>
        <translation>la longitude manque : une latitude seule n&apos;est pas un point</translation>
    </message>
    <message>
        <source>; if this file writes decimals with a point, set the column&apos;s decimal mark to &quot;.&quot;</source>
        <translation> ; si ce fichier écrit les décimales avec un point, réglez le séparateur décimal de la colonne sur « . »</translation>
    </message>
    <message>
        <source>; if this file writes decimals with a comma, set the column&apos;s decimal mark to &quot;,&quot;</source>
        <translation> ; si ce fichier écrit les décimales avec une virgule, réglez le séparateur décimal de la colonne sur « , »</translation>
    </message>
</context>
<context>
    <name>SpecificationEditor</name>
    <message>
        <source>&quot;%1&quot; is not a condition: %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une condition : %2</translation>
    </message>
    <message>
        <source>write column = value, column != value, column ~ regex, column !~ regex, column is empty or column is not empty</source>
        <translation>écrivez colonne = valeur, colonne != valeur, colonne ~ regex, colonne !~ regex, colonne is empty ou colonne is not empty</translation>
    </message>
    <message>
        <source>the regular expression is not valid (%1)</source>
        <translation>l&apos;expression régulière n&apos;est pas valide (%1)</translation>
    </message>
    <message>
        <source>it names no column</source>
        <translation>elle ne désigne aucune colonne</translation>
    </message>
</context>
<context>
    <name>StarterDraft</name>
    <message>
        <source>The route map could not be drawn.</source>
        <translation>La carte des itinéraires n&apos;a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>Starter draft: %1</source>
        <translation>Brouillon de départ : %1</translation>
    </message>
    <message>
        <source>all incidents</source>
        <translation>tous les incidents</translation>
    </message>
    <message>
        <source>Reading incidents</source>
        <translation>Lecture des incidents</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>all incidents in the workspace</source>
        <translation>tous les incidents de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Aggregating routes</source>
        <translation>Agrégation des itinéraires</translation>
    </message>
    <message>
        <source>It is likely that %1 → %2 is the leading trafficking route in this period: it carried %3 of the %4 incidents with a known route, with %5 victims.</source>
        <translation>Il est probable que %1 → %2 soit le principal itinéraire de traite sur cette période : il a concentré %3 des %4 incidents dont l&apos;itinéraire est connu, avec %5 victimes.</translation>
    </message>
    <message>
        <source>Counted from recorded route legs; %1 incidents have no route recorded.</source>
        <translation>Compté à partir des tronçons d&apos;itinéraire enregistrés ; %1 incidents n&apos;ont pas d&apos;itinéraire enregistré.</translation>
    </message>
    <message>
        <source>Leading routes (incidents with a recorded route: %1).</source>
        <translation>Principaux itinéraires (incidents avec un itinéraire enregistré : %1).</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Finding emerging hotspots</source>
        <translation>Recherche des points chauds émergents</translation>
    </message>
    <message>
        <source>Ranking key actors</source>
        <translation>Classement des acteurs clés</translation>
    </message>
    <message>
        <source>Key actors in the link graph (people):</source>
        <translation>Acteurs clés du graphe de liens (personnes) :</translation>
    </message>
    <message>
        <source>, a broker between groups</source>
        <translation>, intermédiaire entre groupes</translation>
    </message>
    <message>
        <source> and a broker between groups</source>
        <translation> et intermédiaire entre groupes</translation>
    </message>
    <message>
        <source>Ranked by betweenness, PageRank and degree over the recorded links; links are only as good as the reporting.</source>
        <translation>Classés par intermédiarité, PageRank et degré sur les liens enregistrés ; les liens ne valent que ce que vaut le signalement.</translation>
    </message>
    <message>
        <source>[Generated by Waymark from the data: check every number and rewrite.]</source>
        <translation>[Généré par Waymark à partir des données : vérifiez chaque chiffre et réécrivez.]</translation>
    </message>
    <message>
        <source>Period and filter: %1. Sources of incidents: %2.</source>
        <translation>Période et filtre : %1. Sources des incidents : %2.</translation>
    </message>
    <message>
        <source>%1 incidents with %2 victims match the filter; data as of %3.</source>
        <translation>%1 incidents avec %2 victimes correspondent au filtre ; données au %3.</translation>
    </message>
    <message>
        <source>%1 incidents in the window have no recorded route. Reporting is uneven between partners and places.</source>
        <translation>%1 incidents de la fenêtre n&apos;ont pas d&apos;itinéraire enregistré. Le signalement est inégal selon les partenaires et les lieux.</translation>
    </message>
    <message>
        <source>Drawing the route map</source>
        <translation>Dessin de la carte des itinéraires</translation>
    </message>
    <message>
        <source>Routes and incidents (generated)</source>
        <translation>Itinéraires et incidents (généré)</translation>
    </message>
    <message>
        <source>Reading the typology alerts</source>
        <translation>Lecture des alertes de typologie</translation>
    </message>
    <message>
        <source>No accounts have been scored in this workspace: score them in the Accounts tab and draft again to include the typology alerts.</source>
        <translation>Aucun compte n&apos;a été noté dans cet espace de travail : notez-les dans l&apos;onglet Comptes et relancez le brouillon pour inclure les alertes de typologie.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Yardstick</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Leading typology</source>
        <translation>Typologie principale</translation>
    </message>
    <message>
        <source>It is %1 that the area around %2 is an emerging hotspot: %3 incidents within %4 km in %5 against %6 in %7, from sources that reported there in both periods, a rise beyond the change in all reporting (Gi* z = %8, corrected for multiple testing).</source>
        <translation>Il est %1 que la zone autour de %2 soit un point chaud émergent : %3 incidents dans un rayon de %4 km en %5 contre %6 en %7, issus de sources qui y signalaient pendant les deux périodes, une hausse au-delà de l&apos;évolution de l&apos;ensemble des signalements (Gi* z = %8, corrigé pour les tests multiples).</translation>
    </message>
    <message>
        <source>Getis-Ord Gi* hot at 95 % after the Benjamini–Hochberg false discovery rate correction; only incidents located to a point and dated within one period are compared; depends on where incidents are reported.</source>
        <translation>Gi* de Getis-Ord chaud à 95 % après la correction du taux de fausses découvertes de Benjamini–Hochberg ; seuls les incidents localisés en un point et datés dans une même période sont comparés ; dépend de l&apos;endroit où les incidents sont signalés.</translation>
    </message>
    <message>
        <source>Emerging hotspots, %1 (Getis-Ord Gi*, Benjamini–Hochberg false discovery rate over %2 cells; incidents located to a point and dated within one period):</source>
        <translation>Points chauds émergents, %1 (Gi* de Getis-Ord, taux de fausses découvertes de Benjamini–Hochberg sur %2 cellules ; incidents localisés en un point et datés dans une même période) :</translation>
    </message>
    <message>
        <source>No cell is a new or intensifying hotspot after the correction.</source>
        <translation>Aucune cellule n&apos;est un point chaud nouveau ou en intensification après la correction.</translation>
    </message>
    <message>
        <source>%1: %2, %3 incidents against %4 before, Gi* z = %5</source>
        <translation>%1 : %2, %3 incidents contre %4 auparavant, Gi* z = %5</translation>
    </message>
    <message>
        <source>No emerging hotspot is claimed: each candidate failed an artefact check, as listed. The apparent rises say more about reporting than about trafficking.</source>
        <translation>Aucun point chaud émergent n&apos;est affirmé : chaque candidat a échoué à un contrôle d&apos;artefacts, comme indiqué. Les hausses apparentes en disent plus sur les signalements que sur la traite.</translation>
    </message>
    <message>
        <source>links recorded on the entity itself (its phones and accounts not folded in)</source>
        <translation>liens enregistrés sur l&apos;entité elle-même (sans y replier ses téléphones et comptes)</translation>
    </message>
    <message>
        <source>source not recorded</source>
        <translation>source non enregistrée</translation>
    </message>
    <message>
        <source>red-flag transactions</source>
        <translation>transactions à signal d&apos;alerte</translation>
    </message>
    <message>
        <source>Of these, %1 are located to a point, %2 only to a country and %3 not at all; %4 are dated to a day, %5 only to a month, %6 only to a year or more coarsely and %7 not at all.</source>
        <translation>Parmi eux, %1 sont localisés en un point, %2 seulement au pays et %3 pas du tout ; %4 sont datés au jour, %5 seulement au mois, %6 seulement à l&apos;année ou plus grossièrement et %7 pas du tout.</translation>
    </message>
    <message>
        <source>%1 of them are known only to a month or a year that runs over the edge of the window: they are counted here but not used for claims at a finer grain.</source>
        <translation>%1 d&apos;entre eux ne sont connus qu&apos;au mois ou à l&apos;année, qui dépasse la limite de la fenêtre : ils sont comptés ici mais pas utilisés pour des affirmations plus fines.</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>fenêtre temporelle</translation>
    </message>
    <message>
        <source>No account reached the alert threshold (score 50 / 100, or a calibrated probability of 50 %) in score run %1 (%2, %3 accounts).</source>
        <translation>Aucun compte n&apos;a atteint le seuil d&apos;alerte (score 50 / 100, ou probabilité étalonnée de 50 %) dans la notation %1 (%2, %3 comptes).</translation>
    </message>
    <message numerus="yes">
        <source>Typology alerts, score run %1 of %2: %n account(s) at the alert threshold or above.</source>
        <translation>
            <numerusform>Alertes de typologie, notation %1 du %2 : %n compte au seuil d&apos;alerte ou au-dessus.</numerusform>
            <numerusform>Alertes de typologie, notation %1 du %2 : %n comptes au seuil d&apos;alerte ou au-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Affiché comme</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Not stated as judgements: %1</source>
        <translation>Non présentés comme jugements : %1</translation>
    </message>
    <message numerus="yes">
        <source>It is %1 that account %2 shows the financial behaviour of %3: its probability, calibrated on labelled accounts, is %4 in score run %5, one of %n account(s) over the alert threshold.</source>
        <translation>
            <numerusform>Il est %1 que le compte %2 présente le comportement financier de %3 : sa probabilité, étalonnée sur des comptes étiquetés, est de %4 dans la notation %5, le seul compte au-dessus du seuil d&apos;alerte.</numerusform>
            <numerusform>Il est %1 que le compte %2 présente le comportement financier de %3 : sa probabilité, étalonnée sur des comptes étiquetés, est de %4 dans la notation %5, l&apos;un des %n comptes au-dessus du seuil d&apos;alerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transactions compared with the typologies&apos; red flags, calibrated on labelled accounts (%1); a probability is not proof of trafficking.</source>
        <translation>Transactions comparées aux signaux d&apos;alerte des typologies, étalonnées sur des comptes étiquetés (%1) ; une probabilité n&apos;est pas une preuve de traite.</translation>
    </message>
    <message>
        <source>%1 links with its phones and accounts</source>
        <translation>%1 liens avec ses téléphones et comptes</translation>
    </message>
    <message>
        <source>It is likely that %1 is a key actor in the network%3, with %2 links counting those of the phones and accounts it uses; %4 and %5 also rank high.</source>
        <translation>Il est probable que %1 soit un acteur clé du réseau%3, avec %2 liens en comptant ceux des téléphones et comptes qu&apos;il utilise ; %4 et %5 sont également bien classés.</translation>
    </message>
    <message>
        <source>The counts are of the incidents within %1 km of the Gi* cell centred at %2, %3; the area is named by where most of them are.</source>
        <translation>Les effectifs sont ceux des incidents situés à moins de %1 km de la cellule Gi* centrée en %2, %3 ; la zone est nommée d&apos;après l&apos;endroit où se trouvent la plupart d&apos;entre eux.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>The workspace could not prepare a query.</source>
        <translation>L&apos;espace de travail n&apos;a pas pu préparer une requête.</translation>
    </message>
    <message>
        <source>The workspace refused a change: %1</source>
        <translation>L&apos;espace de travail a refusé une modification : %1</translation>
    </message>
</context>
<context>
    <name>StixBundle</name>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON : %1</translation>
    </message>
    <message>
        <source>not a STIX bundle: the root object&apos;s type is not &quot;bundle&quot;</source>
        <translation>pas un bundle STIX : le type de l&apos;objet racine n&apos;est pas &quot;bundle&quot;</translation>
    </message>
    <message>
        <source>the bundle has no objects list</source>
        <translation>le bundle n&apos;a pas de liste d&apos;objets</translation>
    </message>
    <message>
        <source>object %1 (objects[%2]): its id is not %3--UUID</source>
        <translation>objet %1 (objects[%2]) : son identifiant n&apos;est pas de la forme %3--UUID</translation>
    </message>
    <message>
        <source>object %1, property %2: %3 is not in the bundle</source>
        <translation>objet %1, propriété %2 : %3 n&apos;est pas dans le bundle</translation>
    </message>
</context>
<context>
    <name>StixExport</name>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>the whole workspace</source>
        <translation>l&apos;ensemble de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Waymark selection: %1</source>
        <translation>Sélection Waymark : %1</translation>
    </message>
    <message>
        <source>Key judgement %1</source>
        <translation>Jugement clé %1</translation>
    </message>
    <message>
        <source>Probability: %1. Confidence: %2.</source>
        <translation>Probabilité : %1. Confiance : %2.</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>Figure %1</translation>
    </message>
    <message>
        <source>Nothing may go: every record asked for is withheld by the releasability check, so no bundle was written.</source>
        <translation>Rien ne peut partir : chaque enregistrement demandé est retenu par le contrôle de diffusion, aucun bundle n&apos;a donc été écrit.</translation>
    </message>
    <message>
        <source>The bundle breaks a STIX 2.1 rule: %1</source>
        <translation>Le bundle enfreint une règle STIX 2.1 : %1</translation>
    </message>
</context>
<context>
    <name>StixImporter</name>
    <message>
        <source>object %1, property %2: %3</source>
        <translation>objet %1, propriété %2 : %3</translation>
    </message>
    <message>
        <source>STIX bundle %1</source>
        <translation>Bundle STIX %1</translation>
    </message>
    <message>
        <source>%1 (STIX)</source>
        <translation>%1 (STIX)</translation>
    </message>
    <message>
        <source>an identity needs a name</source>
        <translation>une identité doit avoir un nom</translation>
    </message>
    <message>
        <source>an e-mail address needs a value</source>
        <translation>une adresse électronique doit avoir une valeur</translation>
    </message>
    <message>
        <source>%1, %2 is not on the Earth</source>
        <translation>%1, %2 n&apos;est pas sur la Terre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; n&apos;est pas une date</translation>
    </message>
    <message>
        <source>its end was not imported (see the rows before)</source>
        <translation>son extrémité n&apos;a pas été importée (voir les lignes précédentes)</translation>
    </message>
    <message numerus="yes">
        <source>%n STIX object(s) of types Waymark does not map (%1) kept as &quot;other&quot; entities, the whole object in their attributes.</source>
        <translation>
            <numerusform>%n objet STIX d&apos;un type sans correspondance dans Waymark (%1) conservé comme entité « autre », l&apos;objet entier dans ses attributs.</numerusform>
            <numerusform>%n objets STIX de types sans correspondance dans Waymark (%1) conservés comme entités « autre », l&apos;objet entier dans leurs attributs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>StixRules</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>must be &quot;bundle&quot;</source>
        <translation>doit être &quot;bundle&quot;</translation>
    </message>
    <message>
        <source>must be bundle--UUID</source>
        <translation>doit être bundle--UUID</translation>
    </message>
    <message>
        <source>must be a list of objects</source>
        <translation>doit être une liste d&apos;objets</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>missing, or not lower-case letters, digits and hyphens</source>
        <translation>manquant, ou pas uniquement des lettres minuscules, des chiffres et des traits d&apos;union</translation>
    </message>
    <message>
        <source>must be %1--UUID (RFC 4122)</source>
        <translation>doit être %1--UUID (RFC 4122)</translation>
    </message>
    <message>
        <source>must be &quot;2.1&quot;</source>
        <translation>doit être &quot;2.1&quot;</translation>
    </message>
    <message>
        <source>required, missing</source>
        <translation>obligatoire, manquant</translation>
    </message>
    <message>
        <source>not an RFC 3339 timestamp in UTC (YYYY-MM-DDTHH:MM:SS[.s]Z)</source>
        <translation>pas un horodatage RFC 3339 en UTC (YYYY-MM-DDTHH:MM:SS[.s]Z)</translation>
    </message>
    <message>
        <source>earlier than created</source>
        <translation>antérieur à created</translation>
    </message>
    <message>
        <source>required, missing or empty</source>
        <translation>obligatoire, absent ou vide</translation>
    </message>
    <message>
        <source>a location needs a region, a country, or a latitude and a longitude</source>
        <translation>un lieu exige une région, un pays, ou une latitude et une longitude</translation>
    </message>
    <message>
        <source>latitude and longitude go together</source>
        <translation>latitude et longitude vont de pair</translation>
    </message>
    <message>
        <source>outside -90..90 / -180..180</source>
        <translation>hors de -90..90 / -180..180</translation>
    </message>
    <message>
        <source>not in identity-class-ov</source>
        <translation>ne figure pas dans identity-class-ov</translation>
    </message>
    <message>
        <source>lower-case letters, digits and hyphens only</source>
        <translation>lettres minuscules, chiffres et traits d&apos;union uniquement</translation>
    </message>
    <message>
        <source>a marking definition needs definition_type and definition, or an extension</source>
        <translation>une définition de marquage exige definition_type et definition, ou une extension</translation>
    </message>
    <message>
        <source>must be a non-empty list of identifiers</source>
        <translation>doit être une liste non vide d&apos;identifiants</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant</translation>
    </message>
    <message>
        <source>%1 is not in the bundle</source>
        <translation>%1 ne figure pas dans le bundle</translation>
    </message>
    <message>
        <source>%1 must point to %2</source>
        <translation>%1 doit pointer vers %2</translation>
    </message>
    <message>
        <source>%1 must point to a domain or observable object</source>
        <translation>%1 doit pointer vers un objet de domaine ou un objet observable</translation>
    </message>
</context>
<context>
    <name>SyntheticBank</name>
    <message>
        <source>The generator needs at least one account.</source>
        <translation>Le générateur a besoin d&apos;au moins un compte.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Cannot write transactions.</source>
        <translation>Impossible d&apos;écrire les transactions.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>TableCsvExport</name>
    <message>
        <source>Nothing may go: every row asked for is withheld by the releasability check.</source>
        <translation>Rien ne peut partir : chaque ligne demandée est retenue par le contrôle de diffusion.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>TableSourceFactory</name>
    <message>
        <source>%1: unsupported format (.%2); Waymark reads tables from %3</source>
        <translation>%1 : format non pris en charge (.%2) ; Waymark lit les tableaux aux formats %3</translation>
    </message>
    <message>
        <source>the table has no row %1 to be its header; set the header row to the row of the column names</source>
        <translation>le tableau n&apos;a pas de ligne %1 pour en-tête ; indiquez comme ligne d&apos;en-tête celle des noms de colonnes</translation>
    </message>
    <message>
        <source>row %1 is empty or unreadable and cannot be the header; set the header row to the row of the column names</source>
        <translation>la ligne %1 est vide ou illisible et ne peut être l&apos;en-tête ; indiquez comme ligne d&apos;en-tête celle des noms de colonnes</translation>
    </message>
    <message>
        <source>column %1 appears twice in the header</source>
        <translation>la colonne %1 figure deux fois dans l&apos;en-tête</translation>
    </message>
    <message numerus="yes">
        <source>%1: the header is row %2; the %n row(s) with a value above it were not read as data</source>
        <translation>
            <numerusform>%1 : l&apos;en-tête est la ligne %2 ; la ligne non vide au-dessus n&apos;a pas été lue comme donnée</numerusform>
            <numerusform>%1 : l&apos;en-tête est la ligne %2 ; les %n lignes non vides au-dessus n&apos;ont pas été lues comme données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Sexual exploitation</source>
        <translation>Exploitation sexuelle</translation>
    </message>
    <message>
        <source>Forced labour</source>
        <translation>Travail forcé</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>Criminalité forcée</translation>
    </message>
    <message>
        <source>Domestic servitude</source>
        <translation>Servitude domestique</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Mariage forcé</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Prélèvement d&apos;organes</translation>
    </message>
    <message>
        <source>Child soldiers / forced military</source>
        <translation>Enfants soldats / enrôlement forcé</translation>
    </message>
    <message>
        <source>Slavery and similar practices</source>
        <translation>Esclavage et pratiques analogues</translation>
    </message>
    <message>
        <source>Other exploitation</source>
        <translation>Autre forme d&apos;exploitation</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Bâtiment et travaux publics</translation>
    </message>
    <message>
        <source>Domestic work</source>
        <translation>Travail domestique</translation>
    </message>
    <message>
        <source>Hospitality</source>
        <translation>Hôtellerie et restauration</translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation>Industrie manufacturière</translation>
    </message>
    <message>
        <source>Fishing</source>
        <translation>Pêche</translation>
    </message>
    <message>
        <source>Begging</source>
        <translation>Mendicité</translation>
    </message>
    <message>
        <source>Car washes</source>
        <translation>Stations de lavage automobile</translation>
    </message>
    <message>
        <source>Nail bars</source>
        <translation>Bars à ongles</translation>
    </message>
    <message>
        <source>Cannabis cultivation</source>
        <translation>Culture de cannabis</translation>
    </message>
    <message>
        <source>Other sector</source>
        <translation>Autre secteur</translation>
    </message>
    <message>
        <source>Prostitution</source>
        <translation>Prostitution</translation>
    </message>
    <message>
        <source>Pornography</source>
        <translation>Pornographie</translation>
    </message>
    <message>
        <source>Other sexual exploitation</source>
        <translation>Autre forme d&apos;exploitation sexuelle</translation>
    </message>
    <message>
        <source>Debt bondage</source>
        <translation>Servitude pour dettes</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Psychological, physical or sexual abuse</source>
        <translation>Violences psychologiques, physiques ou sexuelles</translation>
    </message>
    <message>
        <source>False promises</source>
        <translation>Fausses promesses</translation>
    </message>
    <message>
        <source>Drugs or alcohol</source>
        <translation>Drogues ou alcool</translation>
    </message>
    <message>
        <source>Denial of basic needs</source>
        <translation>Privation des besoins essentiels</translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation>Horaires de travail excessifs</translation>
    </message>
    <message>
        <source>Withholding documents</source>
        <translation>Confiscation des documents</translation>
    </message>
    <message>
        <source>Intimate partner</source>
        <translation>Partenaire intime</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ami ou amie</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Other relation</source>
        <translation>Autre relation</translation>
    </message>
    <message>
        <source>Aquafarming</source>
        <translation>Aquaculture</translation>
    </message>
    <message>
        <source>Illicit activities</source>
        <translation>Activités illicites</translation>
    </message>
    <message>
        <source>Mining or drilling</source>
        <translation>Mines ou forage</translation>
    </message>
    <message>
        <source>Peddling</source>
        <translation>Colportage</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Trans / non-conforming</source>
        <translation>Trans / non conforme</translation>
    </message>
    <message>
        <source>Partner case data</source>
        <translation>Données de dossiers des partenaires</translation>
    </message>
    <message>
        <source>Open sources</source>
        <translation>Sources ouvertes</translation>
    </message>
    <message>
        <source>Reporting app</source>
        <translation>Application de signalement</translation>
    </message>
    <message>
        <source>Financial partners</source>
        <translation>Partenaires financiers</translation>
    </message>
    <message>
        <source>Analysts&apos; own records</source>
        <translation>Dossiers propres des analystes</translation>
    </message>
</context>
<context>
    <name>TaxonomyMapping</name>
    <message>
        <source>CTDC v2: %1</source>
        <translation>CTDC v2 : %1</translation>
    </message>
    <message>
        <source>HTCDS: %1; CTDC v2: %2</source>
        <translation>HTCDS : %1 ; CTDC v2 : %2</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non répertorié</translation>
    </message>
    <message>
        <source>Waymark&apos;s own value: the standards hold it under the coarser value above, with this value kept as its detail.</source>
        <translation>Valeur propre à Waymark : les normes la rangent sous la valeur plus générale ci-dessus, cette valeur étant conservée comme détail.</translation>
    </message>
</context>
<context>
    <name>TimeBins</name>
    <message>
        <source>Several types</source>
        <translation>Plusieurs types</translation>
    </message>
    <message>
        <source>Type not recorded</source>
        <translation>Type non renseigné</translation>
    </message>
    <message numerus="yes">
        <source>%n undated</source>
        <translation>
            <numerusform>%n non daté</numerusform>
            <numerusform>%n non datés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated before 1900</source>
        <translation>
            <numerusform>%n daté d&apos;avant 1900</numerusform>
            <numerusform>%n datés d&apos;avant 1900</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated in the future</source>
        <translation>
            <numerusform>%n daté dans le futur</numerusform>
            <numerusform>%n datés dans le futur</numerusform>
        </translation>
    </message>
    <message>
        <source>Not plotted: %1</source>
        <translation>Non représentés : %1</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>No transaction is open.</source>
        <translation>Aucune transaction n&apos;est ouverte.</translation>
    </message>
</context>
<context>
    <name>TransactionImporter</name>
    <message>
        <source>the mapping %1 expects a column &quot;%2&quot; for %3, which the header lacks</source>
        <translation>la correspondance %1 attend une colonne &quot;%2&quot; pour %3, absente de l&apos;en-tête</translation>
    </message>
    <message>
        <source>Bank transactions (%1)</source>
        <translation>Opérations bancaires (%1)</translation>
    </message>
    <message>
        <source>the account is missing</source>
        <translation>le compte est manquant</translation>
    </message>
    <message>
        <source>exactly one of debit and credit must have an amount</source>
        <translation>un seul des deux champs, débit ou crédit, doit contenir un montant</translation>
    </message>
    <message>
        <source>duplicate transaction id &quot;%1&quot; (first at line %2)</source>
        <translation>identifiant d&apos;opération en double &quot;%1&quot; (première occurrence à la ligne %2)</translation>
    </message>
    <message>
        <source>The mapping %1 names a payee column &quot;%2&quot; that this file lacks: read one-sided, from the payer&apos;s side only; payees do not see money arrive.</source>
        <translation>La correspondance %1 nomme une colonne de bénéficiaire &quot;%2&quot; absente de ce fichier : lecture à simple entrée, du seul côté du payeur ; les bénéficiaires ne voient pas l&apos;argent arriver.</translation>
    </message>
    <message>
        <source>the payer account is missing</source>
        <translation>le compte du payeur est manquant</translation>
    </message>
    <message>
        <source>a two-sided ledger&apos;s amount is paid from the payer to the payee and cannot be negative</source>
        <translation>le montant d&apos;un registre à double entrée est payé du payeur au bénéficiaire et ne peut pas être négatif</translation>
    </message>
    <message>
        <source>Two-sided ledger: each row is a debit of the payer and a credit of the payee, under one transaction id.</source>
        <translation>Registre à double entrée : chaque ligne est un débit du payeur et un crédit du bénéficiaire, sous un seul identifiant de transaction.</translation>
    </message>
    <message>
        <source>%1 rows pay the payer&apos;s own account: kept once each as money out, flagged self_transfer, not counted twice.</source>
        <translation>%1 lignes paient le propre compte du payeur : conservées une fois chacune comme sortie d&apos;argent, signalées self_transfer, non comptées deux fois.</translation>
    </message>
    <message>
        <source>%1 rows have one side at another bank than %2: that side is a counterparty, not an account.</source>
        <translation>%1 lignes ont un côté dans une autre banque que %2 : ce côté est une contrepartie, pas un compte.</translation>
    </message>
    <message>
        <source>%1 rows are between accounts of other banks only: nothing of %2&apos;s, not imported.</source>
        <translation>%1 lignes ne concernent que des comptes d&apos;autres banques : rien qui relève de %2, non importées.</translation>
    </message>
    <message>
        <source>%1 rows have no payee: read from the payer&apos;s side only.</source>
        <translation>%1 lignes n&apos;ont pas de bénéficiaire : lues du seul côté du payeur.</translation>
    </message>
</context>
<context>
    <name>TransactionRecord</name>
    <message>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ss)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date (attendu : YYYY-MM-DD ou YYYY-MM-DDThh:mm:ss)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the format %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une date au format %2</translation>
    </message>
    <message>
        <source>impossible date %1</source>
        <translation>date impossible %1</translation>
    </message>
    <message>
        <source>amount %1 is beyond any plausible transaction</source>
        <translation>le montant %1 dépasse toute opération plausible</translation>
    </message>
    <message>
        <source>amount is zero</source>
        <translation>le montant est nul</translation>
    </message>
    <message>
        <source>unknown currency &quot;%1&quot; (expected an ISO 4217 code such as EUR)</source>
        <translation>devise inconnue &quot;%1&quot; (code ISO 4217 attendu, par exemple EUR)</translation>
    </message>
    <message>
        <source>direction must be in or out (or credit/debit), found &quot;%1&quot;</source>
        <translation>le sens doit être in ou out (ou credit/debit), trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation>&quot;%1&quot; n&apos;est pas un montant : %2</translation>
    </message>
    <message>
        <source>a sign inside parentheses</source>
        <translation>un signe entre parenthèses</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the decimal separator of this file (&apos;%2&apos;) and does not group thousands</source>
        <translation>« %1 » n&apos;est pas le séparateur décimal de ce fichier (« %2 ») et ne sépare pas les milliers</translation>
    </message>
    <message>
        <source>digits grouped other than by three</source>
        <translation>chiffres groupés autrement que par trois</translation>
    </message>
    <message>
        <source>more than one sign</source>
        <translation>plus d&apos;un signe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not part of a number</source>
        <translation>« %1 » ne fait pas partie d&apos;un nombre</translation>
    </message>
    <message>
        <source>mixed grouping separators</source>
        <translation>séparateurs de groupes de chiffres différents</translation>
    </message>
    <message>
        <source>no digits after the decimal separator</source>
        <translation>aucun chiffre après le séparateur décimal</translation>
    </message>
    <message>
        <source>a separator after the decimal separator</source>
        <translation>un séparateur après le séparateur décimal</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>hors limites</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time step (a number ≥ 0)</source>
        <translation>&quot;%1&quot; n&apos;est pas un pas de temps (un nombre ≥ 0)</translation>
    </message>
    <message>
        <source>time step %1 falls on an impossible date</source>
        <translation>le pas de temps %1 tombe sur une date impossible</translation>
    </message>
</context>
<context>
    <name>TypologyReader</name>
    <message>
        <source>unexpected text after the typology</source>
        <translation>texte inattendu après la typologie</translation>
    </message>
    <message>
        <source>nesting too deep</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>fin de fichier inattendue</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected digits after the decimal point</source>
        <translation>chiffres attendus après la virgule décimale</translation>
    </message>
    <message>
        <source>expected an exponent</source>
        <translation>exposant attendu</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>nombre hors limites</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>échappement \u incorrect</translation>
    </message>
    <message>
        <source>bad escape in a string</source>
        <translation>échappement incorrect dans une chaîne</translation>
    </message>
    <message>
        <source>expected , or ] in a list</source>
        <translation>, ou ] attendu dans une liste</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>clé entre guillemets attendue</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; appears twice</source>
        <translation>la clé « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>expected : after a key</source>
        <translation>: attendu après une clé</translation>
    </message>
    <message>
        <source>expected , or } in an object</source>
        <translation>, ou } attendu dans un objet</translation>
    </message>
    <message>
        <source>a typology is a JSON object</source>
        <translation>une typologie est un objet JSON</translation>
    </message>
    <message>
        <source>id must be lower-case letters, digits and _</source>
        <translation>id ne doit contenir que des lettres minuscules, des chiffres et _</translation>
    </message>
    <message>
        <source>name must be a non-empty text</source>
        <translation>name doit être un texte non vide</translation>
    </message>
    <message>
        <source>description must be a text</source>
        <translation>description doit être un texte</translation>
    </message>
    <message>
        <source>version must be a whole number from 1</source>
        <translation>version doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>sources must be a list of texts</source>
        <translation>sources doit être une liste de textes</translation>
    </message>
    <message>
        <source>prior must be a probability strictly between 0 and 1</source>
        <translation>prior doit être une probabilité strictement comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>indicators must be a list</source>
        <translation>indicators doit être une liste</translation>
    </message>
    <message>
        <source>each indicator is an object with indicator and hitLr</source>
        <translation>chaque indicateur est un objet avec indicator et hitLr</translation>
    </message>
    <message>
        <source>indicator must be an indicator id</source>
        <translation>indicator doit être un identifiant d&apos;indicateur</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot;</source>
        <translation>indicateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>indicator &quot;%1&quot; is weighted twice</source>
        <translation>l&apos;indicateur « %1 » est pondéré deux fois</translation>
    </message>
    <message>
        <source>%1 must be a likelihood ratio between %2 and %3</source>
        <translation>%1 doit être un rapport de vraisemblance entre %2 et %3</translation>
    </message>
    <message>
        <source>rationale must be a text</source>
        <translation>rationale doit être un texte</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected indicator, hitLr, missLr, rationale)</source>
        <translation>clé inconnue « %1 » (attendu : indicator, hitLr, missLr, rationale)</translation>
    </message>
    <message>
        <source>each indicator needs indicator and hitLr</source>
        <translation>chaque indicateur exige indicator et hitLr</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected id, name, version, description, sources, prior, indicators)</source>
        <translation>clé inconnue « %1 » (attendu : id, name, version, description, sources, prior, indicators)</translation>
    </message>
    <message>
        <source>a typology needs id, name, prior and indicators</source>
        <translation>une typologie exige id, name, prior et indicators</translation>
    </message>
    <message>
        <source>a typology needs at least one indicator</source>
        <translation>une typologie exige au moins un indicateur</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a typology</source>
        <translation>%1 est trop volumineux pour une typologie</translation>
    </message>
    <message>
        <source>No typologies are built in.</source>
        <translation>Aucune typologie n&apos;est intégrée.</translation>
    </message>
</context>
<context>
    <name>TypologyStore</name>
    <message>
        <source>No typology %1 is built in.</source>
        <translation>Aucune typologie %1 n&apos;est intégrée.</translation>
    </message>
    <message>
        <source>prior %1 → %2</source>
        <translation>a priori %1 → %2</translation>
    </message>
    <message>
        <source>new indicator %1 (if it fires %2, if not %3)</source>
        <translation>nouvel indicateur %1 (s&apos;il se déclenche %2, sinon %3)</translation>
    </message>
    <message>
        <source>%1: if it fires %2 → %3, if not %4 → %5</source>
        <translation>%1 : s&apos;il se déclenche %2 → %3, sinon %4 → %5</translation>
    </message>
    <message>
        <source>indicator %1 removed</source>
        <translation>indicateur %1 supprimé</translation>
    </message>
    <message>
        <source>renamed to “%1”</source>
        <translation>renommée en « %1 »</translation>
    </message>
    <message>
        <source>description reworded</source>
        <translation>description reformulée</translation>
    </message>
    <message>
        <source>sources: %1</source>
        <translation>sources : %1</translation>
    </message>
</context>
<context>
    <name>UcinetDlReader</name>
    <message>
        <source>not a UCINET DL file: it does not begin with DL</source>
        <translation>pas un fichier UCINET DL : il ne commence pas par DL</translation>
    </message>
    <message>
        <source>n must be a number of nodes from 1 to %1, not &quot;%2&quot;</source>
        <translation>n doit être un nombre de nœuds de 1 à %1, et non &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a two-mode DL file (nr, nc) is not a network of entities; Waymark reads one-mode (n=)</source>
        <translation>un fichier DL bimodal (nr, nc) n&apos;est pas un réseau d&apos;entités ; Waymark lit les fichiers unimodaux (n=)</translation>
    </message>
    <message>
        <source>several matrices (nm=%1): Waymark reads one network a file</source>
        <translation>plusieurs matrices (nm=%1) : Waymark lit un seul réseau par fichier</translation>
    </message>
    <message>
        <source>format %1 is not read; Waymark reads fullmatrix, edgelist1 and nodelist1</source>
        <translation>le format %1 n&apos;est pas lu ; Waymark lit fullmatrix, edgelist1 et nodelist1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>there is no data: line</source>
        <translation>il n&apos;y a pas de ligne data:</translation>
    </message>
    <message>
        <source>the header gives no n=</source>
        <translation>l&apos;en-tête ne donne pas de n=</translation>
    </message>
    <message>
        <source>a full matrix without its diagonal is not read</source>
        <translation>une matrice complète sans sa diagonale n&apos;est pas lue</translation>
    </message>
    <message>
        <source>%1 labels for n=%2 nodes</source>
        <translation>%1 étiquettes pour n=%2 nœuds</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be node %2 of n=%3</source>
        <translation>&quot;%1&quot; serait le nœud %2 sur n=%3</translation>
    </message>
    <message>
        <source>too many nodes</source>
        <translation>trop de nœuds</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node number from 1 to %2</source>
        <translation>&quot;%1&quot; n&apos;est pas un numéro de nœud de 1 à %2</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not a number</source>
        <translation>la valeur &quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the value %1 is not a tie weight from 0 to 10^12 (signed ties are not read)</source>
        <translation>la valeur %1 n&apos;est pas un poids de lien de 0 à 10^12 (les liens signés ne sont pas lus)</translation>
    </message>
    <message>
        <source>more values than n×n</source>
        <translation>plus de valeurs que n×n</translation>
    </message>
    <message>
        <source>the row label &quot;%1&quot; is not a column label</source>
        <translation>l&apos;étiquette de ligne &quot;%1&quot; n&apos;est pas une étiquette de colonne</translation>
    </message>
    <message>
        <source>the matrix ends after %1 of its %2 rows</source>
        <translation>la matrice s&apos;arrête après %1 de ses %2 lignes</translation>
    </message>
    <message>
        <source>a tie needs two nodes</source>
        <translation>un lien nécessite deux nœuds</translation>
    </message>
    <message>
        <source>the row label &quot;%1&quot; appears twice</source>
        <translation>l&apos;étiquette de ligne « %1 » apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>WkbReader</name>
    <message>
        <source>geometry collections nested too deep</source>
        <translation>collections de géométries imbriquées trop profondément</translation>
    </message>
    <message>
        <source>byte order %1 is neither 0 (big endian) nor 1 (little endian)</source>
        <translation>l&apos;ordre des octets %1 n&apos;est ni 0 (gros-boutiste) ni 1 (petit-boutiste)</translation>
    </message>
    <message>
        <source>unknown or unsupported geometry type code %1</source>
        <translation>code de type de géométrie %1 inconnu ou non pris en charge</translation>
    </message>
    <message>
        <source>a %1 holds a member of type code %2</source>
        <translation>un %1 contient un membre de code de type %2</translation>
    </message>
    <message>
        <source>Malformed geometry (WKB) at byte %1: %2.</source>
        <translation>Géométrie (WKB) mal formée à l&apos;octet %1 : %2.</translation>
    </message>
    <message>
        <source>truncated: %1 more bytes needed, %2 left</source>
        <translation>tronqué : %1 octets de plus nécessaires, %2 restants</translation>
    </message>
    <message>
        <source>count %1 cannot fit in the %2 bytes left</source>
        <translation>le nombre %1 ne peut pas tenir dans les %2 octets restants</translation>
    </message>
    <message>
        <source>coordinate is not a finite number</source>
        <translation>la coordonnée n&apos;est pas un nombre fini</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation>L&apos;espace de travail %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened.</source>
        <translation>L&apos;espace de travail %1 n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>%1 is not a Waymark workspace.</source>
        <translation>%1 n&apos;est pas un espace de travail Waymark.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Waymark (schema %2; this one reads up to %3). Update Waymark to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Waymark (schéma %2 ; cette version lit jusqu&apos;au schéma %3). Mettez Waymark à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The workspace refused a change.</source>
        <translation>L&apos;espace de travail a refusé une modification.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the file or its folder is read-only, and Waymark writes to the workspace and its journal beside it. Copy it to a folder you can write to, or inspect it with waymark info.</source>
        <translation>%1 ne peut pas être écrit : le fichier ou son dossier est en lecture seule, et Waymark écrit dans l&apos;espace de travail et dans son journal, placé à côté. Copiez-le dans un dossier où vous pouvez écrire, ou examinez-le avec waymark info.</translation>
    </message>
    <message>
        <source>An encrypted workspace needs a passphrase.</source>
        <translation>Un espace de travail chiffré nécessite une phrase secrète.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is encrypted: it opens with its passphrase.</source>
        <translation>%1 est chiffré : il s&apos;ouvre avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>The workspace %1 could not be created.</source>
        <translation>L&apos;espace de travail %1 n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>Its application id is %1, not Waymark&apos;s.</source>
        <translation>Son identifiant d&apos;application est %1, et non celui de Waymark.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Waymark workspace.</source>
        <translation>%1 est endommagé ou n&apos;est pas un espace de travail Waymark.</translation>
    </message>
    <message>
        <source>Its schema version is %1.</source>
        <translation>Sa version de schéma est %1.</translation>
    </message>
    <message>
        <source>%1 holds schema objects Waymark did not create, and is not opened: %2. Open a cleaned copy (File ▸ Open, or waymark clean) to work with its data.</source>
        <translation>%1 contient des objets de schéma que Waymark n&apos;a pas créés, et n&apos;est pas ouvert : %2. Ouvrez une copie nettoyée (Fichier ▸ Ouvrir, ou waymark clean) pour travailler sur ses données.</translation>
    </message>
    <message>
        <source>%1 was written by an older Waymark (schema %2). Open it for writing once to bring it up to date.</source>
        <translation>%1 a été écrit par une version plus ancienne de Waymark (schéma %2). Ouvrez-le une fois en écriture pour le mettre à jour.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2), and is not opened so that nothing is written into it. Restore it from a copy, or recover what can be read with the sqlite3 shell&apos;s .recover.</source>
        <translation>%1 est endommagé (%2) et n&apos;est pas ouvert, afin que rien n&apos;y soit écrit. Restaurez-le à partir d&apos;une copie, ou récupérez ce qui peut être lu avec la commande .recover du shell sqlite3.</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>la ligne %1 de %2 fait référence à une ligne absente de %3</translation>
    </message>
    <message>
        <source>%1 is encrypted; a cleaned copy is made of plain workspaces only (decrypt a copy first).</source>
        <translation>%1 est chiffré ; une copie nettoyée ne se fait que d&apos;un espace de travail non chiffré (déchiffrez d&apos;abord une copie).</translation>
    </message>
    <message>
        <source>%1 cannot be cleaned: %2.</source>
        <translation>%1 ne peut pas être nettoyé : %2.</translation>
    </message>
    <message>
        <source>A cleaned copy of %1 could not be written.</source>
        <translation>Une copie nettoyée de %1 n&apos;a pas pu être écrite.</translation>
    </message>
    <message>
        <source>%1 is in use by another program, which kept it from being checked before writing. Try again in a moment.</source>
        <translation>%1 est utilisé par un autre programme, qui a empêché de le vérifier avant l&apos;écriture. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>%1 is in use: another program (perhaps another Waymark) has held it locked for more than 5 seconds. Try again when it has finished, or close the other program.</source>
        <translation>%1 est utilisé : un autre programme (peut-être un autre Waymark) le tient verrouillé depuis plus de 5 secondes. Réessayez quand il aura terminé, ou fermez l&apos;autre programme.</translation>
    </message>
    <message>
        <source>%1 is not opened: the journal beside it (%2) names another file (%3), which replaying the journal could delete. Waymark never writes such a journal. Remove %2 to open the workspace as it was last saved.</source>
        <translation>%1 n&apos;est pas ouvert : le journal à côté de lui (%2) désigne un autre fichier (%3), que la relecture du journal pourrait supprimer. Waymark n&apos;écrit jamais un tel journal. Supprimez %2 pour ouvrir l&apos;espace de travail tel qu&apos;il a été enregistré la dernière fois.</translation>
    </message>
</context>
<context>
    <name>WorkspaceOverview</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Quarantined rows</source>
        <translation>Lignes en quarantaine</translation>
    </message>
    <message>
        <source>Reports last edited</source>
        <translation>Derniers rapports modifiés</translation>
    </message>
    <message>
        <source>No reports yet.</source>
        <translation>Aucun rapport pour l&apos;instant.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>, saved by %1</source>
        <translation>, enregistré par %1</translation>
    </message>
    <message>
        <source>, with unsaved changes</source>
        <translation>, avec des modifications non enregistrées</translation>
    </message>
    <message>
        <source>Patterns across the whole workspace largely reflect that source&apos;s reporting; compare within sources before reading them as changes in trafficking.</source>
        <translation>Les tendances sur l&apos;ensemble de l&apos;espace de travail reflètent largement les signalements de cette source ; comparez au sein des sources avant d&apos;y lire des évolutions de la traite.</translation>
    </message>
    <message>
        <source>Before %1 no incident is located to a point (%2 incidents there are placed only to a country or region): hotspots and emerging-hotspot comparisons cannot reach back into that period, and Waymark makes none.</source>
        <translation>Avant %1, aucun incident n&apos;est localisé à un point (%2 incidents n&apos;y sont placés qu&apos;à un pays ou une région) : les points chauds et les comparaisons de points chauds émergents ne peuvent pas remonter dans cette période, et Waymark n&apos;en fait aucune.</translation>
    </message>
    <message>
        <source>No incident is located to a point: maps show countries only, and no hotspot is computed.</source>
        <translation>Aucun incident n&apos;est localisé à un point : les cartes ne montrent que des pays, et aucun point chaud n&apos;est calculé.</translation>
    </message>
    <message>
        <source>These sources locate none of their incidents to a point, so maps and hotspots leave them out: %1.</source>
        <translation>Ces sources ne localisent aucun de leurs incidents à un point, les cartes et points chauds les laissent donc de côté : %1.</translation>
    </message>
    <message>
        <source>%1 of incidents are dated only to a month or a year: claims at a finer grain leave them out.</source>
        <translation>%1 des incidents ne sont datés qu&apos;au mois ou à l&apos;année : les affirmations à une granularité plus fine les laissent de côté.</translation>
    </message>
    <message>
        <source>%1 of incidents are undated: no trend or period comparison counts them.</source>
        <translation>%1 des incidents ne sont pas datés : aucune tendance ni comparaison de périodes ne les compte.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>What the data can support</source>
        <translation>Ce que les données peuvent étayer</translation>
    </message>
    <message>
        <source>No caution: no single source dominates, and location and date precision do not change between periods.</source>
        <translation>Aucune mise en garde : aucune source ne domine, et la précision des lieux et des dates ne change pas d&apos;une période à l&apos;autre.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Located to a point</source>
        <translation>Localisés à un point</translation>
    </message>
    <message>
        <source>Dated to the day</source>
        <translation>Datés au jour</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Incidents from %1 to %2.</source>
        <translation>Incidents du %1 au %2.</translation>
    </message>
    <message>
        <source>No dated incidents.</source>
        <translation>Aucun incident daté.</translation>
    </message>
    <message>
        <source>%1 undated, %2 known only to the month, %3 only to the year.</source>
        <translation>%1 non datés, %2 connus seulement au mois, %3 seulement à l&apos;année.</translation>
    </message>
    <message>
        <source>Sources and grades</source>
        <translation>Sources et cotations</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>non coté</translation>
    </message>
    <message>
        <source>Extracts</source>
        <translation>Extractions</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
</context>
<context>
    <name>WorldLayer</name>
    <message>
        <source>The built-in world layer is missing from this build.</source>
        <translation>La couche mondiale intégrée est absente de cette version.</translation>
    </message>
</context>
<context>
    <name>XlsxTableSource</name>
    <message>
        <source>%1: not an XLSX workbook (it has no xl/workbook.xml)</source>
        <translation>%1 : pas un classeur XLSX (il n&apos;a pas de xl/workbook.xml)</translation>
    </message>
    <message>
        <source>broken XML: %1</source>
        <translation>XML invalide : %1</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1 : mémoire insuffisante</translation>
    </message>
    <message>
        <source>%1: cannot be inflated: %2</source>
        <translation>%1 : décompression impossible : %2</translation>
    </message>
    <message>
        <source>%1: the shared strings are larger than %2 MiB; the workbook is refused</source>
        <translation>%1 : les chaînes partagées dépassent %2 Mio ; le classeur est refusé</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed in a workbook</source>
        <translation>un DOCTYPE n&apos;est pas autorisé dans un classeur</translation>
    </message>
    <message>
        <source>a cell beyond column XFD, the last a sheet can have</source>
        <translation>une cellule au-delà de la colonne XFD, la dernière qu&apos;une feuille puisse avoir</translation>
    </message>
    <message>
        <source>a cell longer than a spreadsheet allows</source>
        <translation>une cellule plus longue que ce qu&apos;autorise une feuille de calcul</translation>
    </message>
    <message>
        <source>shared string %1 does not exist (the workbook has %2)</source>
        <translation>la chaîne partagée %1 n&apos;existe pas (le classeur en compte %2)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the sheet cannot be inflated: %1</source>
        <translation>la feuille ne peut pas être décompressée : %1</translation>
    </message>
    <message>
        <source>broken XML at line %1, column %2 of the sheet&apos;s XML: %3</source>
        <translation>XML invalide à la ligne %1, colonne %2 du XML de la feuille : %3</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot; (its sheets: %3)</source>
        <translation>%1 n&apos;a pas de feuille &quot;%2&quot; (ses feuilles : %3)</translation>
    </message>
    <message>
        <source>%1: the sheet&apos;s part %2 is missing from the workbook</source>
        <translation>%1 : la partie %2 de la feuille est absente du classeur</translation>
    </message>
    <message>
        <source>the header cannot be read: %1</source>
        <translation>l&apos;en-tête est illisible : %1</translation>
    </message>
    <message>
        <source>%1: the table was not opened</source>
        <translation>%1 : la table n&apos;a pas été ouverte</translation>
    </message>
    <message>
        <source>the rest of the sheet cannot be read: %1</source>
        <translation>le reste de la feuille est illisible : %1</translation>
    </message>
    <message>
        <source>%1: formulas were imported as the values the spreadsheet last calculated; they were not recalculated</source>
        <translation>%1 : les formules ont été importées avec les valeurs calculées en dernier par la feuille de calcul ; elles n&apos;ont pas été recalculées</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n formula cell(s) had no calculated value (the file was saved without calculating them) and were read as empty</source>
        <translation>
            <numerusform>%1 : %n cellule à formule n&apos;avait pas de valeur calculée (le fichier a été enregistré sans la calculer) et a été lue vide</numerusform>
            <numerusform>%1 : %n cellules à formule n&apos;avaient pas de valeur calculée (le fichier a été enregistré sans les calculer) et ont été lues vides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Yardstick</name>
    <message>
        <source>remote chance</source>
        <translation>chance infime</translation>
    </message>
    <message>
        <source>highly unlikely</source>
        <translation>très improbable</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>realistic possibility</source>
        <translation>possibilité réaliste</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>highly likely</source>
        <translation>très probable</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>presque certain</translation>
    </message>
    <message>
        <source>probable</source>
        <translation>probable</translation>
    </message>
    <message>
        <source>information base</source>
        <translation>base d&apos;information</translation>
    </message>
    <message>
        <source>analytical rigour</source>
        <translation>rigueur analytique</translation>
    </message>
    <message>
        <source>complexity and volatility</source>
        <translation>complexité et volatilité</translation>
    </message>
    <message>
        <source>ICD 203 (US)</source>
        <translation>ICD 203 (États-Unis)</translation>
    </message>
    <message>
        <source>PHIA yardstick (UK, 2025)</source>
        <translation>Échelle PHIA (Royaume-Uni, 2025)</translation>
    </message>
</context>
<context>
    <name>waymark::finance::AccountRanking</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Leading typology</source>
        <translation>Typologie principale</translation>
    </message>
    <message>
        <source>Its holder was involved in the selected incidents</source>
        <translation>Son titulaire était impliqué dans les incidents sélectionnés</translation>
    </message>
    <message>
        <source>No typology stands out</source>
        <translation>Aucune typologie ne se détache</translation>
    </message>
    <message>
        <source>The typology that raises the score most</source>
        <translation>La typologie qui augmente le plus le score</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Yardstick or kind</source>
        <translation>Échelle ou type</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
</context>
<context>
    <name>waymark::finance::IndicatorLibrary</name>
    <message>
        <source>Escort or classified ad payments</source>
        <translation>Paiements à des sites d&apos;escorte ou de petites annonces</translation>
    </message>
    <message>
        <source>Repeated payments to online classified or escort advertising sites (category, or a merchant name such as a classifieds site): at least minCount payments.</source>
        <translation>Paiements répétés à des sites de petites annonces en ligne ou d&apos;escorte (catégorie, ou nom de commerçant tel qu&apos;un site de petites annonces) : au moins minCount paiements.</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>paiements</translation>
    </message>
    <message>
        <source>Frequent hotel charges</source>
        <translation>Frais d&apos;hôtel fréquents</translation>
    </message>
    <message>
        <source>Many hotel or motel charges: at least minCount within windowDays days.</source>
        <translation>Nombreux frais d&apos;hôtel ou de motel : au moins minCount en windowDays jours.</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>frais</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>charges in the window</source>
        <translation>frais dans la fenêtre</translation>
    </message>
    <message>
        <source>Hotels in several cities</source>
        <translation>Hôtels dans plusieurs villes</translation>
    </message>
    <message>
        <source>Hotel charges in at least minCities different places within windowDays days.</source>
        <translation>Frais d&apos;hôtel dans au moins minCities lieux différents en windowDays jours.</translation>
    </message>
    <message>
        <source>places</source>
        <translation>lieux</translation>
    </message>
    <message>
        <source>places in the window</source>
        <translation>lieux dans la fenêtre</translation>
    </message>
    <message>
        <source>Late-night spending</source>
        <translation>Dépenses nocturnes</translation>
    </message>
    <message>
        <source>Card spending at hotels, bars, fast food or taxis between startHour and endHour: at least minCount payments and minShare of all payments out.</source>
        <translation>Dépenses par carte dans des hôtels, bars, fast-foods ou taxis entre startHour et endHour : au moins minCount paiements et minShare de tous les paiements sortants.</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>share of payments out</source>
        <translation>part des paiements sortants</translation>
    </message>
    <message>
        <source>Prepaid or gift cards in quantity</source>
        <translation>Cartes prépayées ou cartes cadeaux en quantité</translation>
    </message>
    <message>
        <source>Purchases of prepaid access cards (FinCEN 2020; gift cards are Waymark&apos;s addition): at least minCount purchases worth at least minTotal.</source>
        <translation>Achats de cartes d&apos;accès prépayées (FinCEN 2020 ; les cartes cadeaux sont un ajout de Waymark) : au moins minCount achats pour un total d&apos;au moins minTotal.</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>achats</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>Rent for several addresses</source>
        <translation>Loyers pour plusieurs adresses</translation>
    </message>
    <message>
        <source>Rent paid to at least minPayees landlords or property references within windowDays days.</source>
        <translation>Loyers versés à au moins minPayees bailleurs ou références de biens en windowDays jours.</translation>
    </message>
    <message>
        <source>payees</source>
        <translation>bénéficiaires</translation>
    </message>
    <message>
        <source>rent payees in the window</source>
        <translation>bénéficiaires de loyers dans la fenêtre</translation>
    </message>
    <message>
        <source>Travel for third parties</source>
        <translation>Voyages pour des tiers</translation>
    </message>
    <message>
        <source>Travel tickets naming at least minPassengers different passengers.</source>
        <translation>Titres de transport au nom d&apos;au moins minPassengers passagers différents.</translation>
    </message>
    <message>
        <source>passengers</source>
        <translation>passagers</translation>
    </message>
    <message>
        <source>One-way tickets</source>
        <translation>Billets aller simple</translation>
    </message>
    <message>
        <source>At least minCount one-way or single travel tickets.</source>
        <translation>Au moins minCount billets aller simple ou titres de transport simples.</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>billets</translation>
    </message>
    <message>
        <source>one-way tickets</source>
        <translation>billets aller simple</translation>
    </message>
    <message>
        <source>Cash deposits in many places</source>
        <translation>Dépôts d&apos;espèces en de nombreux lieux</translation>
    </message>
    <message>
        <source>Cash paid in at at least minPlaces different branches or places within windowDays days.</source>
        <translation>Espèces versées dans au moins minPlaces agences ou lieux différents en windowDays jours.</translation>
    </message>
    <message>
        <source>Deposits just below the threshold</source>
        <translation>Dépôts juste sous le seuil</translation>
    </message>
    <message>
        <source>At least minCount deposits between band × threshold and the reporting threshold within windowDays days.</source>
        <translation>Au moins minCount dépôts compris entre band × seuil et le seuil de déclaration en windowDays jours.</translation>
    </message>
    <message>
        <source>amount in the account currency</source>
        <translation>montant dans la devise du compte</translation>
    </message>
    <message>
        <source>share of the threshold</source>
        <translation>part du seuil</translation>
    </message>
    <message>
        <source>deposits</source>
        <translation>dépôts</translation>
    </message>
    <message>
        <source>deposits in the window</source>
        <translation>dépôts dans la fenêtre</translation>
    </message>
    <message>
        <source>Many unrelated third parties paying in (fan-in)</source>
        <translation>Nombreux tiers sans lien effectuant des versements (concentration)</translation>
    </message>
    <message>
        <source>At least minPayers different third parties paying into the account within windowDays days (fan-in; not FinCEN&apos;s funnel account, which is cash paid in in one area and taken out in another).</source>
        <translation>Au moins minPayers tiers différents versant de l&apos;argent sur le compte en windowDays jours (concentration ; ce n&apos;est pas le compte entonnoir de FinCEN, où des espèces déposées dans une région sont retirées dans une autre).</translation>
    </message>
    <message>
        <source>payers</source>
        <translation>payeurs</translation>
    </message>
    <message>
        <source>payers in the window</source>
        <translation>payeurs dans la fenêtre</translation>
    </message>
    <message>
        <source>Unrelated one-off payers</source>
        <translation>Payeurs ponctuels sans lien entre eux</translation>
    </message>
    <message>
        <source>At least minPayers payers who pay in only once, making up at least minShare of all payers.</source>
        <translation>Au moins minPayers payeurs qui ne versent qu&apos;une seule fois, soit au moins minShare de l&apos;ensemble des payeurs.</translation>
    </message>
    <message>
        <source>share of payers</source>
        <translation>part des payeurs</translation>
    </message>
    <message>
        <source>Money in, money out</source>
        <translation>Aussitôt entré, aussitôt sorti</translation>
    </message>
    <message>
        <source>At least minShare of the money in leaves within windowDays days (first in, first out), with at least minIn paid in.</source>
        <translation>Au moins minShare des entrées ressort en windowDays jours (premier entré, premier sorti), pour au moins minIn d&apos;entrées.</translation>
    </message>
    <message>
        <source>share of money in that leaves in the window</source>
        <translation>part des entrées qui ressort dans la fenêtre</translation>
    </message>
    <message>
        <source>Low balance kept</source>
        <translation>Faible solde conservé</translation>
    </message>
    <message>
        <source>What stays in the account, (in − out) / in, is at most maxRetained, with at least minIn paid in.</source>
        <translation>Ce qui reste sur le compte, (entrées − sorties) / entrées, vaut au plus maxRetained, pour au moins minIn d&apos;entrées.</translation>
    </message>
    <message>
        <source>share retained</source>
        <translation>part conservée</translation>
    </message>
    <message>
        <source>No ordinary living expenses</source>
        <translation>Aucune dépense courante</translation>
    </message>
    <message>
        <source>Over at least minDays days, at most maxPer30Days payments for groceries, utilities or phone per 30 days.</source>
        <translation>Sur au moins minDays jours, au plus maxPer30Days paiements de courses, d&apos;énergie, d&apos;eau ou de téléphone par période de 30 jours.</translation>
    </message>
    <message>
        <source>living-expense payments per 30 days</source>
        <translation>paiements de dépenses courantes par 30 jours</translation>
    </message>
    <message>
        <source>Wages moved on at once</source>
        <translation>Salaires aussitôt reversés</translation>
    </message>
    <message>
        <source>Wages paid in and at least minShare of them sent on to one third party within windowDays days.</source>
        <translation>Salaires reçus dont au moins minShare est reversé à un même tiers en windowDays jours.</translation>
    </message>
    <message>
        <source>share of wages moved on</source>
        <translation>part des salaires reversée</translation>
    </message>
    <message>
        <source>Several workers&apos; wages</source>
        <translation>Salaires de plusieurs travailleurs</translation>
    </message>
    <message>
        <source>At least minCredits wage payments in within windowDays days: more than one person&apos;s pay.</source>
        <translation>Au moins minCredits versements de salaire reçus en windowDays jours : plus que la paie d&apos;une seule personne.</translation>
    </message>
    <message>
        <source>wage payments</source>
        <translation>versements de salaire</translation>
    </message>
    <message>
        <source>wage payments in the window</source>
        <translation>versements de salaire dans la fenêtre</translation>
    </message>
    <message>
        <source>Customer details shared</source>
        <translation>Coordonnées client partagées</translation>
    </message>
    <message>
        <source>The holder&apos;s address, phone or e-mail is shared with at least minOthers other accounts.</source>
        <translation>L&apos;adresse, le téléphone ou l&apos;adresse électronique du titulaire est partagé avec au moins minOthers autres comptes.</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>comptes</translation>
    </message>
    <message>
        <source>other accounts</source>
        <translation>autres comptes</translation>
    </message>
    <message>
        <source>Takings at odd hours</source>
        <translation>Recettes à des heures inhabituelles</translation>
    </message>
    <message>
        <source>Card or cash takings between startHour and endHour: at least minCount and minShare of all takings.</source>
        <translation>Recettes par carte ou en espèces entre startHour et endHour : au moins minCount et minShare de l&apos;ensemble des recettes.</translation>
    </message>
    <message>
        <source>takings</source>
        <translation>recettes</translation>
    </message>
    <message>
        <source>share of takings</source>
        <translation>part des recettes</translation>
    </message>
    <message>
        <source>Round amounts</source>
        <translation>Montants ronds</translation>
    </message>
    <message>
        <source>At least minCount transactions that are whole multiples of unit, making up at least minShare of all.</source>
        <translation>Au moins minCount transactions qui sont des multiples entiers de unit, soit au moins minShare de l&apos;ensemble.</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>transactions</translation>
    </message>
    <message>
        <source>share of transactions</source>
        <translation>part des transactions</translation>
    </message>
    <message>
        <source>Recruitment or visa agencies</source>
        <translation>Agences de recrutement ou de visas</translation>
    </message>
    <message>
        <source>At least minCount payments to recruitment or visa agencies.</source>
        <translation>Au moins minCount paiements à des agences de recrutement ou de visas.</translation>
    </message>
    <message>
        <source>Small remittances to corridors</source>
        <translation>Petits envois de fonds vers des corridors</translation>
    </message>
    <message>
        <source>At least minCount payments of at most maxAmount to counterparties in high-risk corridor countries.</source>
        <translation>Au moins minCount paiements d&apos;au plus maxAmount à des contreparties situées dans des pays de corridors à haut risque.</translation>
    </message>
    <message>
        <source>Money out to corridors</source>
        <translation>Sorties vers des corridors</translation>
    </message>
    <message>
        <source>At least minShare of the money out goes to high-risk corridor countries, with at least minOut paid out.</source>
        <translation>Au moins minShare des sorties va vers des pays de corridors à haut risque, pour au moins minOut de sorties.</translation>
    </message>
    <message>
        <source>share of money out</source>
        <translation>part des sorties</translation>
    </message>
    <message>
        <source>Turnover beyond declared income</source>
        <translation>Entrées supérieures aux revenus déclarés</translation>
    </message>
    <message>
        <source>Money in, annualised, at least ratio times the declared income, over at least minDays days.</source>
        <translation>Entrées annualisées d&apos;au moins ratio fois les revenus déclarés, sur au moins minDays jours.</translation>
    </message>
    <message>
        <source>times</source>
        <translation>fois</translation>
    </message>
    <message>
        <source>times the declared income</source>
        <translation>fois les revenus déclarés</translation>
    </message>
    <message>
        <source>Turnover beyond declared occupation</source>
        <translation>Entrées incompatibles avec la profession déclarée</translation>
    </message>
    <message>
        <source>A declared occupation with little or no income (student, unemployed, retired…) and money in, annualised, of at least minTurnover, over at least minDays days.</source>
        <translation>Une profession déclarée à revenus faibles ou nuls (étudiant, sans emploi, retraité…) et des entrées annualisées d&apos;au moins minTurnover, sur au moins minDays jours.</translation>
    </message>
    <message>
        <source>annualised money in</source>
        <translation>entrées annualisées</translation>
    </message>
    <message>
        <source>Cash-intensive account</source>
        <translation>Compte à forte intensité d&apos;espèces</translation>
    </message>
    <message>
        <source>At least minShare of the money in is cash paid in, with at least minIn paid in.</source>
        <translation>Au moins minShare des entrées sont des versements en espèces, pour au moins minIn d&apos;entrées.</translation>
    </message>
    <message>
        <source>share of money in</source>
        <translation>part des entrées</translation>
    </message>
    <message>
        <source>Spending in several cities</source>
        <translation>Dépenses dans plusieurs villes</translation>
    </message>
    <message>
        <source>Card spending in at least minCities different places within windowDays days.</source>
        <translation>Dépenses par carte dans au moins minCities lieux différents en windowDays jours.</translation>
    </message>
    <message>
        <source>Funnel account (FinCEN)</source>
        <translation>Compte entonnoir (FinCEN)</translation>
    </message>
    <message>
        <source>Cash paid in where the customer neither lives nor does business (a place that is none of the parts of the holder&apos;s address), then taken out in cash in another place within windowDays days: at least minCount such deposits (FinCEN&apos;s funnel-account typology; window and count are Waymark&apos;s choice).</source>
        <translation>Espèces déposées là où le client ne vit pas et n&apos;exerce pas d&apos;activité (un lieu qui ne fait partie d&apos;aucun élément de l&apos;adresse du titulaire), puis retirées en espèces dans un autre lieu sous windowDays jours : au moins minCount dépôts de ce type (typologie du compte entonnoir de FinCEN ; la fenêtre et le nombre sont des choix de Waymark).</translation>
    </message>
    <message>
        <source>deposits taken out elsewhere</source>
        <translation>dépôts retirés ailleurs</translation>
    </message>
    <message>
        <source>Ad payments in small multiples</source>
        <translation>Paiements d&apos;annonces en petits multiples</translation>
    </message>
    <message>
        <source>At least minCount payments to online classified or escort advertising of at most maxAmount that are whole multiples of unit ($3, $12, $24 in the advisories; unit and maxAmount are Waymark&apos;s choice).</source>
        <translation>Au moins minCount paiements à des petites annonces en ligne ou à des annonces d&apos;escorte d&apos;au plus maxAmount qui sont des multiples entiers de unit (3 $, 12 $, 24 $ dans les avis ; unit et maxAmount sont des choix de Waymark).</translation>
    </message>
    <message>
        <source>After-hours payments at massage parlours, strip clubs, salons, modelling agencies</source>
        <translation>Paiements hors horaires dans des salons de massage, clubs de strip-tease, instituts de beauté, agences de mannequins</translation>
    </message>
    <message>
        <source>At least minCount card payments at massage parlours, strip clubs, beauty salons or modelling agencies between startHour and endHour, after their normal business hours (the hours are Waymark&apos;s choice).</source>
        <translation>Au moins minCount paiements par carte dans des salons de massage, clubs de strip-tease, instituts de beauté ou agences de mannequins entre startHour et endHour, en dehors de leurs heures d&apos;ouverture normales (les heures sont un choix de Waymark).</translation>
    </message>
    <message>
        <source>Crypto to or from darknet markets</source>
        <translation>Cryptomonnaies vers ou depuis des marchés du darknet</translation>
    </message>
    <message>
        <source>At least minCount payments to or from darknet markets (by category or merchant name).</source>
        <translation>Au moins minCount paiements vers ou depuis des marchés du darknet (par catégorie ou nom de commerçant).</translation>
    </message>
    <message>
        <source>Virtual-currency buys in small multiples</source>
        <translation>Achats de monnaie virtuelle en petits multiples</translation>
    </message>
    <message>
        <source>At least minCount purchases of virtual currency of at most maxAmount that are whole multiples of unit (unit and maxAmount are Waymark&apos;s choice).</source>
        <translation>Au moins minCount achats de monnaie virtuelle d&apos;au plus maxAmount qui sont des multiples entiers de unit (unit et maxAmount sont des choix de Waymark).</translation>
    </message>
    <message>
        <source>buys</source>
        <translation>achats</translation>
    </message>
    <message>
        <source>Third-party payment processors</source>
        <translation>Prestataires de paiement tiers</translation>
    </message>
    <message>
        <source>At least minCount payments in or out through third-party payment processors, which can hide the payer or payee.</source>
        <translation>Au moins minCount paiements entrants ou sortants via des prestataires de paiement tiers, qui peuvent masquer le payeur ou le bénéficiaire.</translation>
    </message>
    <message>
        <source>Small online-payment-service transactions</source>
        <translation>Petites transactions via des services de paiement en ligne</translation>
    </message>
    <message>
        <source>At least minCount transactions under maxAmount through online payment services within windowDays days (the advisories: usually under $100).</source>
        <translation>Au moins minCount transactions inférieures à maxAmount via des services de paiement en ligne sous windowDays jours (les avis : généralement moins de 100 $).</translation>
    </message>
    <message>
        <source>transactions in the window</source>
        <translation>transactions dans la fenêtre</translation>
    </message>
    <message>
        <source>Drug, clothing and beauty store purchases</source>
        <translation>Achats en pharmacie, magasins de vêtements et de beauté</translation>
    </message>
    <message>
        <source>At least minCount purchases at drug, clothing and beauty stores (lingerie, make-up) within windowDays days; whether that fits the customer&apos;s profile is for the analyst (the count is Waymark&apos;s choice).</source>
        <translation>Au moins minCount achats en pharmacie, magasins de vêtements et de beauté (lingerie, maquillage) sous windowDays jours ; c&apos;est à l&apos;analyste de juger si cela correspond au profil du client (le nombre est un choix de Waymark).</translation>
    </message>
    <message>
        <source>purchases in the window</source>
        <translation>achats dans la fenêtre</translation>
    </message>
    <message>
        <source>Fan-in of one-off payers</source>
        <translation>Concentration de payeurs ponctuels</translation>
    </message>
    <message>
        <source>At least minPayers payers whose every payment in falls within one window of windowDays days (one-off payers arriving together, not returning customers); judged over at least three windows of data. AMLSim&apos;s fan-in; the window and count are Waymark&apos;s choice.</source>
        <translation>Au moins minPayers payeurs dont chaque versement entrant tombe dans une même fenêtre de windowDays jours (des payeurs ponctuels arrivant ensemble, pas des clients réguliers) ; évalué sur au moins trois fenêtres de données. Le fan-in d&apos;AMLSim ; la fenêtre et le nombre sont un choix de Waymark.</translation>
    </message>
    <message>
        <source>one-off payers in the window</source>
        <translation>payeurs ponctuels dans la fenêtre</translation>
    </message>
    <message>
        <source>Fan-out to one-off payees</source>
        <translation>Dispersion vers des bénéficiaires ponctuels</translation>
    </message>
    <message>
        <source>At least minPayees payees whose every payment out falls within one window of windowDays days (not a payroll&apos;s monthly staff); judged over at least three windows of data. AMLSim&apos;s fan-out; the window and count are Waymark&apos;s choice.</source>
        <translation>Au moins minPayees bénéficiaires dont chaque paiement sortant tombe dans une même fenêtre de windowDays jours (pas le personnel mensuel d&apos;une paie) ; évalué sur au moins trois fenêtres de données. Le fan-out d&apos;AMLSim ; la fenêtre et le nombre sont un choix de Waymark.</translation>
    </message>
    <message>
        <source>one-off payees in the window</source>
        <translation>bénéficiaires ponctuels dans la fenêtre</translation>
    </message>
    <message>
        <source>Gather then scatter</source>
        <translation>Collecte puis dispersion</translation>
    </message>
    <message>
        <source>Within windowDays days at least minPayers different payers pay in, at least minPayees different payees are paid, and the money out is at least minShare of the money in. AMLSim&apos;s gather-scatter; the numbers are Waymark&apos;s choice.</source>
        <translation>En windowDays jours, au moins minPayers payeurs différents versent de l&apos;argent, au moins minPayees bénéficiaires différents sont payés, et l&apos;argent sortant représente au moins minShare de l&apos;argent entrant. Le gather-scatter d&apos;AMLSim ; les valeurs sont un choix de Waymark.</translation>
    </message>
    <message>
        <source>share of money in paid out</source>
        <translation>part de l&apos;argent entrant reversée</translation>
    </message>
    <message>
        <source>Money cycles back to the sender</source>
        <translation>L&apos;argent revient à l&apos;expéditeur</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>virements</translation>
    </message>
    <message>
        <source>transfers in the cycle</source>
        <translation>virements dans le cycle</translation>
    </message>
    <message>
        <source>Scatter then gather</source>
        <translation>Dispersion puis collecte</translation>
    </message>
    <message>
        <source>The account pays at least minBranches accounts within windowDays days which each pass at least minShare of it on to one and the same account (or it is that account, gathering from branches one account fed). Accounts with more than 200 transfers in the window are not counted as branches. AMLSim&apos;s scatter-gather; the numbers are Waymark&apos;s choice.</source>
        <translation>Le compte paie au moins minBranches comptes en windowDays jours, qui reversent chacun au moins minShare de la somme à un seul et même compte (ou il est ce compte, collectant auprès de branches alimentées par un même compte). Les comptes ayant plus de 200 virements dans la fenêtre ne sont pas comptés comme branches. Le scatter-gather d&apos;AMLSim ; les valeurs sont un choix de Waymark.</translation>
    </message>
    <message>
        <source>branches to one account</source>
        <translation>branches vers un même compte</translation>
    </message>
    <message>
        <source>Rapid pass-through of the same money</source>
        <translation>Transit rapide du même argent</translation>
    </message>
    <message>
        <source>Payments in from one account followed within windowDays days by a payment out of about the same sum (at least minShare of it, at most 1 / minShare times it) to another account this one pays only that once: the account is a link in a chain, not a shopper or a parent paying an allowance. At least minLinks such payments. AMLSim&apos;s stack and the layering inside cycles and scatter-gather; the numbers are Waymark&apos;s choice.</source>
        <translation>Des versements reçus d&apos;un compte suivis, dans les windowDays jours, d&apos;un paiement sortant d&apos;à peu près la même somme (au moins minShare de celle-ci, au plus 1 / minShare fois celle-ci) vers un autre compte que celui-ci ne paie que cette fois-là : le compte est un maillon d&apos;une chaîne, pas un acheteur ni un parent versant de l&apos;argent de poche. Au moins minLinks paiements de ce type. Le stack d&apos;AMLSim et la stratification au sein des cycles et du scatter-gather ; les valeurs sont un choix de Waymark.</translation>
    </message>
    <message>
        <source>payments passed on</source>
        <translation>paiements reversés</translation>
    </message>
    <message>
        <source>One of the parties of a fan-in or fan-out</source>
        <translation>L&apos;une des parties d&apos;une concentration ou d&apos;une dispersion</translation>
    </message>
    <message>
        <source>A one-off payment, at least minRatio times the account&apos;s median transfer, to an account that within windowDays days either side took one-off payments from others too (at least minParties one-off payers with this one), or such a payment from an account that made one-off payments to at least minParties accounts. Accounts with more than 200 transfers in that time are not counted (a shop, a payroll). AMLSim&apos;s fan-in and fan-out, seen from the parties; the numbers are Waymark&apos;s choice.</source>
        <translation>Un paiement ponctuel, d&apos;au moins minRatio fois le virement médian du compte, vers un compte qui, dans les windowDays jours de part et d&apos;autre, a aussi reçu des paiements ponctuels d&apos;autres payeurs (au moins minParties payeurs ponctuels avec celui-ci), ou un tel paiement provenant d&apos;un compte ayant effectué des paiements ponctuels vers au moins minParties comptes. Les comptes ayant plus de 200 virements sur cette période ne sont pas comptés (un commerce, une paie). Le fan-in et le fan-out d&apos;AMLSim, vus depuis les parties ; les valeurs sont un choix de Waymark.</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>one-off parties of the fan</source>
        <translation>parties ponctuelles de l&apos;éventail</translation>
    </message>
    <message>
        <source>Money paid out comes back to the account through other accounts, each transfer, read from where the cycle began (which may be another account of it), carrying at least minShare of the one before (and at most 1 / minShare times it: the same money less a margin), the cycle at least minLength transfers long (a loan and its repayment is two), every transfer within windowDays days of the account&apos;s payment (either side: a member of a cycle that began elsewhere is paid before it pays on), up to eight transfers. AMLSim&apos;s cycle; the numbers are Waymark&apos;s choice.</source>
        <translation>L&apos;argent versé revient au compte en passant par d&apos;autres comptes : chaque virement, lu depuis le point de départ du cycle (qui peut être un autre compte du cycle), porte au moins minShare du précédent (et au plus 1 / minShare fois celui-ci : le même argent moins une marge), le cycle compte au moins minLength virements (un prêt et son remboursement en font deux), chaque virement a lieu dans les windowDays jours du paiement du compte (de part et d&apos;autre : un membre d&apos;un cycle commencé ailleurs est payé avant de reverser), jusqu&apos;à huit virements. Le cycle d&apos;AMLSim ; les valeurs sont un choix de Waymark.</translation>
    </message>
    <message>
        <source>Deals with the same one-off parties as another account</source>
        <translation>Traite avec les mêmes parties ponctuelles qu&apos;un autre compte</translation>
    </message>
    <message>
        <source>One-off payments, each at least minRatio times the account&apos;s median transfer, to at least minShared accounts that another account also paid once within windowDays days either side (or such payments from at least minShared accounts that also paid another account once): a block of payers who all pay the same payees. Accounts with more than 200 transfers in that time are not counted (a shop, a payroll). AMLSim&apos;s bipartite and the layers of its stack; the numbers are Waymark&apos;s choice.</source>
        <translation>Des paiements ponctuels, chacun d&apos;au moins minRatio fois le virement médian du compte, vers au moins minShared comptes qu&apos;un autre compte a aussi payés une fois dans les windowDays jours de part et d&apos;autre (ou de tels paiements provenant d&apos;au moins minShared comptes qui ont aussi payé une fois un autre compte) : un bloc de payeurs qui paient tous les mêmes bénéficiaires. Les comptes ayant plus de 200 virements sur cette période ne sont pas comptés (un commerce, une paie). Le bipartite d&apos;AMLSim et les couches de son stack ; les valeurs sont un choix de Waymark.</translation>
    </message>
    <message>
        <source>parties shared with one other account</source>
        <translation>parties partagées avec un autre compte</translation>
    </message>
</context>
<context>
    <name>waymark::network::LinkChart</name>
    <message>
        <source>Expand by %1 links</source>
        <translation>Étendre de %1 liens</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Ouvrir un graphe</translation>
    </message>
    <message>
        <source>A chart needs a name.</source>
        <translation>Un graphe doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is no chart named %1 in this workspace.</source>
        <translation>Aucun graphe nommé %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Replier</translation>
    </message>
    <message>
        <source>Expand collapsed</source>
        <translation>Déplier les éléments repliés</translation>
    </message>
    <message>
        <source>Group of %1</source>
        <translation>Groupe de %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grouper</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Dégrouper</translation>
    </message>
</context>
<context>
    <name>waymark::reports::ReportSession</name>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Choose a judgement first.</source>
        <translation>Choisissez d&apos;abord un jugement.</translation>
    </message>
    <message>
        <source>New judgement</source>
        <translation>Nouveau jugement</translation>
    </message>
    <message>
        <source>No such finding.</source>
        <translation>Constat introuvable.</translation>
    </message>
    <message>
        <source>Not in this workspace, so not cited: %1</source>
        <translation>Éléments absents de cet espace de travail, donc non cités : %1</translation>
    </message>
    <message>
        <source>Add judgement</source>
        <translation>Ajouter un jugement</translation>
    </message>
    <message>
        <source>Remove judgement</source>
        <translation>Retirer le jugement</translation>
    </message>
    <message>
        <source>Move judgement</source>
        <translation>Déplacer le jugement</translation>
    </message>
    <message>
        <source>Cite evidence</source>
        <translation>Citer des éléments de preuve</translation>
    </message>
    <message>
        <source>Set probability</source>
        <translation>Définir la probabilité</translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation>Définir la confiance</translation>
    </message>
    <message>
        <source>Insert figure</source>
        <translation>Insérer une figure</translation>
    </message>
    <message>
        <source>Refresh figure</source>
        <translation>Actualiser la figure</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Retirer la figure</translation>
    </message>
    <message>
        <source>Edit statement</source>
        <translation>Modifier l&apos;énoncé</translation>
    </message>
    <message>
        <source>Edit rationale</source>
        <translation>Modifier la justification</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Retirer la citation</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>Modifier l&apos;intitulé</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Edit reference</source>
        <translation>Modifier la référence</translation>
    </message>
    <message>
        <source>Edit author</source>
        <translation>Modifier l&apos;auteur</translation>
    </message>
    <message>
        <source>Set handling marking</source>
        <translation>Définir le marquage de diffusion</translation>
    </message>
    <message>
        <source>Edit handling conditions</source>
        <translation>Modifier les conditions de diffusion</translation>
    </message>
    <message>
        <source>Set probability scale</source>
        <translation>Définir l&apos;échelle de probabilité</translation>
    </message>
    <message>
        <source>Set probability scale to %1</source>
        <translation>Définir l&apos;échelle de probabilité sur %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::AccountsPanel</name>
    <message>
        <source>Score accounts</source>
        <translation>Noter les comptes</translation>
    </message>
    <message>
        <source>Score every bank account of the workspace against the financial typologies, in the background; the run is stored in the workspace (Ctrl+Shift+S)</source>
        <translation>Noter chaque compte bancaire de l&apos;espace de travail selon les typologies financières, en arrière-plan ; l&apos;exécution est enregistrée dans l&apos;espace de travail (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Étalonner…</translation>
    </message>
    <message>
        <source>Fit the typologies&apos; weights to labelled accounts; ROC, precision–recall, calibration</source>
        <translation>Ajuster les pondérations des typologies à des comptes étiquetés ; ROC, précision–rappel, étalonnage</translation>
    </message>
    <message>
        <source>Typologies…</source>
        <translation>Typologies…</translation>
    </message>
    <message>
        <source>Edit the typologies&apos; weights; each save is a new version, audited</source>
        <translation>Modifier les pondérations des typologies ; chaque enregistrement crée une nouvelle version, tracée dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Score the accounts to rank them by the chance their holder is a trafficker.</source>
        <translation>Notez les comptes pour les classer selon la probabilité que leur titulaire soit un trafiquant.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::AccountsView</name>
    <message>
        <source>Filter accounts or typologies</source>
        <translation>Filtrer les comptes ou typologies</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Money flow…</source>
        <translation>Flux financiers…</translation>
    </message>
    <message>
        <source>Who paid into this account and where its money went, aggregated per counterparty</source>
        <translation>Qui a versé de l&apos;argent sur ce compte et où son argent est allé, agrégé par contrepartie</translation>
    </message>
    <message>
        <source>money in</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>money out</source>
        <translation>sorties</translation>
    </message>
    <message>
        <source>indicator hit</source>
        <translation>indicateur déclenché</translation>
    </message>
    <message>
        <source>Scoring… %p%</source>
        <translation>Notation… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop scoring; the list keeps the run it showed before (Esc)</source>
        <translation>Arrêter la notation ; la liste conserve l&apos;exécution qu&apos;elle affichait auparavant (Échap)</translation>
    </message>
    <message>
        <source>Choose an account to see its transactions over time, with the ones behind indicator hits marked in red.</source>
        <translation>Choisissez un compte pour voir ses transactions dans le temps ; celles à l&apos;origine des indicateurs déclenchés sont marquées en rouge.</translation>
    </message>
    <message>
        <source>Add to report as evidence</source>
        <translation>Ajouter au rapport comme élément de preuve</translation>
    </message>
    <message>
        <source>Cite this account in the current judgement of the open report</source>
        <translation>Citer ce compte dans le jugement en cours du rapport ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Run %1, just now: %n account(s) scored.</source>
        <translation>
            <numerusform>Exécution %1, à l&apos;instant : %n compte noté.</numerusform>
            <numerusform>Exécution %1, à l&apos;instant : %n comptes notés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not scored yet: score the accounts to rank them by the chance their holder is a trafficker.</source>
        <translation>Pas encore noté : notez les comptes pour les classer selon la probabilité que leur titulaire soit un trafiquant.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 of %2 by %3: %n account(s) scored. Score again to include later imports or edited typologies.</source>
        <translation>
            <numerusform>Exécution %1 du %2 par %3 : %n compte noté. Notez à nouveau pour inclure les importations ultérieures ou les typologies modifiées.</numerusform>
            <numerusform>Exécution %1 du %2 par %3 : %n comptes notés. Notez à nouveau pour inclure les importations ultérieures ou les typologies modifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Threshold score %1 / 100: %n alert(s). Uncalibrated scores rank accounts; they are not probabilities and give no expected number of true cases.</source>
        <translation>
            <numerusform>Score seuil %1 / 100 : %n alerte. Les scores non étalonnés classent les comptes ; ce ne sont pas des probabilités et ils ne donnent aucun nombre attendu de vrais cas.</numerusform>
            <numerusform>Score seuil %1 / 100 : %n alertes. Les scores non étalonnés classent les comptes ; ce ne sont pas des probabilités et ils ne donnent aucun nombre attendu de vrais cas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Threshold %1 (calibrated probability, or score / 100 where uncalibrated): %n alert(s), of which about %2 true cases expected among the calibrated ones</source>
        <translation>
            <numerusform>Seuil %1 (probabilité étalonnée, ou score / 100 en l&apos;absence d&apos;étalonnage) : %n alerte, dont environ %2 vrais cas attendus parmi les comptes étalonnés</numerusform>
            <numerusform>Seuil %1 (probabilité étalonnée, ou score / 100 en l&apos;absence d&apos;étalonnage) : %n alertes, dont environ %2 vrais cas attendus parmi les comptes étalonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Why this is an alert (artefact checks at the threshold):</source>
        <translation>Pourquoi il s&apos;agit d&apos;une alerte (contrôles d&apos;artefacts au seuil) :</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Seuil d&apos;alerte</translation>
    </message>
    <message>
        <source>Why this score</source>
        <translation>Pourquoi ce score</translation>
    </message>
    <message>
        <source>The next run scores %1 with built-in version %2 instead of version %3 (%4).</source>
        <translation>La prochaine exécution notera %1 avec la version intégrée %2 au lieu de la version %3 (%4).</translation>
    </message>
    <message>
        <source>%1: your edited version %2 is kept; built-in version %3 is newer than version %4 you edited (%5). Typologies… can adopt it.</source>
        <translation>%1 : votre version modifiée %2 est conservée ; la version intégrée %3 est plus récente que la version %4 que vous avez modifiée (%5). Typologies… permet de l&apos;adopter.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::CalibrationDialog</name>
    <message>
        <source>Calibrate Typologies</source>
        <translation>Étalonner les typologies</translation>
    </message>
    <message>
        <source>CSV with account_id,label[,typology]: 1 known case, 0 known clean</source>
        <translation>CSV avec account_id,label[,typology] : 1 cas connu, 0 sain connu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Labelled accounts</source>
        <translation>Comptes étiquetés</translation>
    </message>
    <message>
        <source>L2 regularisation: larger keeps the fitted weights closer to zero</source>
        <translation>Régularisation L2 : une valeur plus grande maintient les pondérations ajustées plus près de zéro</translation>
    </message>
    <message>
        <source>Regularisation λ</source>
        <translation>Régularisation λ</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Étalonner</translation>
    </message>
    <message>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Expert ln LR (hit)</source>
        <translation>ln RV expert (positif)</translation>
    </message>
    <message>
        <source>Fitted ln LR (hit)</source>
        <translation>ln RV ajusté (positif)</translation>
    </message>
    <message>
        <source>Expert ln LR (miss)</source>
        <translation>ln RV expert (négatif)</translation>
    </message>
    <message>
        <source>Fitted ln LR (miss)</source>
        <translation>ln RV ajusté (négatif)</translation>
    </message>
    <message>
        <source>Hits: cases / clean</source>
        <translation>Positifs : cas / sains</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pondérations</translation>
    </message>
    <message>
        <source>False positive rate</source>
        <translation>Taux de faux positifs</translation>
    </message>
    <message>
        <source>True positive rate</source>
        <translation>Taux de vrais positifs</translation>
    </message>
    <message>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Precision–recall</source>
        <translation>Précision–rappel</translation>
    </message>
    <message>
        <source>Predicted probability</source>
        <translation>Probabilité prédite</translation>
    </message>
    <message>
        <source>Observed share of cases</source>
        <translation>Part observée de cas</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Étalonnage</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Labelled Accounts</source>
        <translation>Comptes étiquetés</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Scoring and fitting…</source>
        <translation>Notation et ajustement…</translation>
    </message>
    <message>
        <source>%1 labelled accounts matched; overall AUC %2</source>
        <translation>%1 comptes étiquetés rapprochés ; AUC globale %2</translation>
    </message>
    <message>
        <source>Overall, expert weights (AUC %1)</source>
        <translation>Global, pondérations d&apos;expert (AUC %1)</translation>
    </message>
    <message>
        <source>Overall, expert weights</source>
        <translation>Global, pondérations d&apos;expert</translation>
    </message>
    <message>
        <source>%1, fitted (AUC %2)</source>
        <translation>%1, ajusté (AUC %2)</translation>
    </message>
    <message>
        <source>%1, fitted</source>
        <translation>%1, ajusté</translation>
    </message>
    <message>
        <source>Perfectly calibrated</source>
        <translation>Étalonnage parfait</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the calibration (Esc)</source>
        <translation>Arrêter l&apos;étalonnage (Échap)</translation>
    </message>
    <message>
        <source>Scoring and fitting… %1 %</source>
        <translation>Notation et ajustement… %1 %</translation>
    </message>
    <message>
        <source>Choose the CSV file of labelled accounts</source>
        <translation>Choisir le fichier CSV des comptes étiquetés</translation>
    </message>
    <message>
        <source>Fit the typologies&apos; weights to the labelled accounts and show how well they separate them</source>
        <translation>Ajuster les pondérations des typologies aux comptes étiquetés et montrer dans quelle mesure elles les distinguent</translation>
    </message>
    <message>
        <source>Each indicator&apos;s expert and fitted log likelihood ratios, hit and miss</source>
        <translation>Les log-rapports de vraisemblance d&apos;expert et ajustés de chaque indicateur, positifs et négatifs</translation>
    </message>
    <message>
        <source>Calibration report</source>
        <translation>Rapport d&apos;étalonnage</translation>
    </message>
    <message>
        <source>The calibration&apos;s figures as text</source>
        <translation>Les chiffres de l&apos;étalonnage sous forme de texte</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ChartPanel</name>
    <message>
        <source>Expand</source>
        <translation>Étendre</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Take the selection off the chart</source>
        <translation>Retirer la sélection du graphe</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Keep the selection where it is when the chart is laid out</source>
        <translation>Garder la sélection en place quand le graphe est disposé</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Lay the chart out again; pinned entities stay</source>
        <translation>Disposer à nouveau le graphe ; les entités épinglées restent en place</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show the whole chart</source>
        <translation>Afficher tout le graphe</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Enregistrer le graphe…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphe</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Open chart…</source>
        <translation>Ouvrir un graphe…</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Ouvrir un graphe</translation>
    </message>
    <message>
        <source>No chart has been saved in this workspace yet.</source>
        <translation>Aucun graphe n&apos;a encore été enregistré dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Graphe :</translation>
    </message>
    <message>
        <source>%1 entities of this chart are no longer in the workspace (a later import removed them).</source>
        <translation>%1 entités de ce graphe ne sont plus dans l&apos;espace de travail (une importation ultérieure les a retirées).</translation>
    </message>
    <message>
        <source>Key actors</source>
        <translation>Acteurs clés</translation>
    </message>
    <message>
        <source>What the size of an entity shows</source>
        <translation>Ce que montre la taille d&apos;une entité</translation>
    </message>
    <message>
        <source>Size: links</source>
        <translation>Taille : liens</translation>
    </message>
    <message>
        <source>Size: betweenness</source>
        <translation>Taille : intermédiarité</translation>
    </message>
    <message>
        <source>Size: PageRank</source>
        <translation>Taille : PageRank</translation>
    </message>
    <message>
        <source>Laying out %1 entities…</source>
        <translation>Disposition de %1 entités…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show search result</source>
        <translation>Afficher le résultat de recherche</translation>
    </message>
    <message>
        <source>Drag from here onto a judgement in the Reports tab to cite the selected entities</source>
        <translation>Faites glisser d&apos;ici vers un jugement de l&apos;onglet Rapports pour citer les entités sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>Placing %n new entities around the chart…</source>
        <translation>
            <numerusform>Placement de %n nouvelle entité autour du graphe…</numerusform>
            <numerusform>Placement de %n nouvelles entités autour du graphe…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities added to the chart.</source>
        <translation>
            <numerusform>%n entité ajoutée au graphe.</numerusform>
            <numerusform>%n entités ajoutées au graphe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add everything one link away from the selection; Shift+E: two links</source>
        <translation>Ajouter tout ce qui se trouve à un lien de la sélection ; Maj+E : à deux liens</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>A path between the two selected entities (S, W, T)</source>
        <translation>Un chemin entre les deux entités sélectionnées (S, W, T)</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Plus court chemin</translation>
    </message>
    <message>
        <source>The fewest links between the two selected entities</source>
        <translation>Le moins de liens possible entre les deux entités sélectionnées</translation>
    </message>
    <message>
        <source>Strongest path</source>
        <translation>Chemin le plus fort</translation>
    </message>
    <message>
        <source>The path along the strongest ties (a link costs 1 / its weight)</source>
        <translation>Le chemin qui suit les liens les plus forts (un lien coûte 1 / son poids)</translation>
    </message>
    <message>
        <source>Time-respecting path</source>
        <translation>Chemin chronologique</translation>
    </message>
    <message>
        <source>A path whose every link is no earlier than the one before</source>
        <translation>Un chemin dont chaque lien n&apos;est pas antérieur au précédent</translation>
    </message>
    <message>
        <source>Clear path</source>
        <translation>Effacer le chemin</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grouper</translation>
    </message>
    <message>
        <source>Group entities into one node, or collapse leaves (G, C)</source>
        <translation>Grouper des entités en un seul nœud, ou replier les feuilles (G, C)</translation>
    </message>
    <message>
        <source>Make one group node of the selected entities</source>
        <translation>Réunir les entités sélectionnées en un seul nœud de groupe</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Dégrouper</translation>
    </message>
    <message>
        <source>Break up the selected groups</source>
        <translation>Dissoudre les groupes sélectionnés</translation>
    </message>
    <message>
        <source>Collapse leaves</source>
        <translation>Replier les feuilles</translation>
    </message>
    <message>
        <source>Fold the selection&apos;s leaf neighbours (its phones, accounts…) into it</source>
        <translation>Replier dans la sélection ses voisins feuilles (ses téléphones, comptes…)</translation>
    </message>
    <message>
        <source>Show collapsed</source>
        <translation>Afficher les éléments repliés</translation>
    </message>
    <message>
        <source>Show again what was collapsed into the selection</source>
        <translation>Réafficher ce qui a été replié dans la sélection</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <source>Fade outside window</source>
        <translation>Estomper hors fenêtre</translation>
    </message>
    <message>
        <source>Links dated outside the filter&apos;s time window are hidden; with this on they are drawn faded instead. Undated links are always drawn.</source>
        <translation>Les liens datés hors de la fenêtre temporelle du filtre sont masqués ; avec cette option, ils sont dessinés estompés. Les liens non datés sont toujours dessinés.</translation>
    </message>
    <message>
        <source>Merges…</source>
        <translation>Fusions…</translation>
    </message>
    <message>
        <source>Review suggested merges of likely duplicates: accept or reject each, undo any</source>
        <translation>Examiner les fusions suggérées de doublons probables : accepter ou rejeter chacune, annuler n&apos;importe laquelle</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export link chart</source>
        <translation>Exporter le graphe de liens</translation>
    </message>
    <message>
        <source>Money flow</source>
        <translation>Flux financiers</translation>
    </message>
    <message>
        <source>Link chart: %1 entities shown%2. Made with Waymark.</source>
        <translation>Graphe de liens : %1 entités affichées%2. Réalisé avec Waymark.</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Save the chart as drawn, with a legend and a caption, as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphe tel qu&apos;il est dessiné, avec une légende et une légende de figure, en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Size: as in the file</source>
        <translation>Taille : comme dans le fichier</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Graphe de liens</translation>
    </message>
    <message>
        <source>Arrow keys move to the nearest entity that way; E expands the selection, Delete hides it, F fits the chart</source>
        <translation>Les touches fléchées mènent à l&apos;entité la plus proche dans cette direction ; E étend la sélection, Suppr la masque, F affiche tout le graphe</translation>
    </message>
    <message numerus="yes">
        <source>%n collapsed into it (Shift+C shows them)</source>
        <translation>
            <numerusform>%n élément replié ici (Maj+C pour l&apos;afficher)</numerusform>
            <numerusform>%n éléments repliés ici (Maj+C pour les afficher)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ring each entity in the colour of the community Louvain finds; icons and the legend keep the types</source>
        <translation>Entourer chaque entité de la couleur de la communauté trouvée par Louvain ; les icônes et la légende conservent les types</translation>
    </message>
    <message>
        <source>Wrote the link chart figure.</source>
        <translation>Figure du graphe de liens écrite.</translation>
    </message>
    <message>
        <source>The link chart shows no entities: open the Link chart tab and show some first.</source>
        <translation>Le graphe de liens n&apos;affiche aucune entité : ouvrez l&apos;onglet Graphe de liens et affichez-en d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ChartView</name>
    <message>
        <source>Age and gender</source>
        <translation>Âge et genre</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Country of exploitation</source>
        <translation>Pays d&apos;exploitation</translation>
    </message>
    <message>
        <source>Sources and grades</source>
        <translation>Sources et cotations</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Aucun espace de travail n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Nothing under this filter</source>
        <translation>Rien sous ce filtre</translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1 : %2 au total</translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · données au %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ColumnMappingDialog</name>
    <message>
        <source>Column mapping for %1</source>
        <translation>Correspondance des colonnes pour %1</translation>
    </message>
    <message>
        <source>The preset&apos;s name, e.g. the bank and its export format</source>
        <translation>Nom du préréglage, par exemple la banque et son format d&apos;export</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>Point: 1234.56</source>
        <translation>Point : 1234.56</translation>
    </message>
    <message>
        <source>Comma: 1234,56</source>
        <translation>Virgule : 1234,56</translation>
    </message>
    <message>
        <source>ISO 8601 (2024-03-05 or 2024-03-05T22:15:00)</source>
        <translation>ISO 8601 (2024-03-05 ou 2024-03-05T22:15:00)</translation>
    </message>
    <message>
        <source>Qt date format, e.g. dd.MM.yyyy HH:mm or MM/dd/yyyy; empty for ISO 8601</source>
        <translation>Format de date Qt, par exemple dd.MM.yyyy HH:mm ou MM/dd/yyyy ; vide pour ISO 8601</translation>
    </message>
    <message>
        <source>e.g. EUR, when the file has no currency column</source>
        <translation>par exemple EUR, quand le fichier n&apos;a pas de colonne de devise</translation>
    </message>
    <message>
        <source>Preset name:</source>
        <translation>Nom du préréglage :</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Decimal mark:</source>
        <translation>Séparateur décimal :</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Format de date :</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Devise par défaut :</translation>
    </message>
    <message>
        <source>Which column holds…</source>
        <translation>Quelle colonne contient…</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(absent de ce fichier)</translation>
    </message>
    <message>
        <source>only when payer and payee banks are mapped</source>
        <translation>uniquement lorsque les banques du payeur et du bénéficiaire sont associées</translation>
    </message>
    <message>
        <source>Accounts at this bank are scored; accounts at any other bank are counterparties</source>
        <translation>Les comptes de cette banque sont notés ; les comptes de toute autre banque sont des contreparties</translation>
    </message>
    <message>
        <source>Dates (not steps)</source>
        <translation>Dates (pas des pas de temps)</translation>
    </message>
    <message>
        <source>Steps of a second</source>
        <translation>Pas d&apos;une seconde</translation>
    </message>
    <message>
        <source>Steps of a minute</source>
        <translation>Pas d&apos;une minute</translation>
    </message>
    <message>
        <source>Steps of an hour (PaySim)</source>
        <translation>Pas d&apos;une heure (PaySim)</translation>
    </message>
    <message>
        <source>Steps of a day</source>
        <translation>Pas d&apos;un jour</translation>
    </message>
    <message>
        <source>date and time of step 0, e.g. 2024-01-01T00:00:00</source>
        <translation>date et heure du pas 0, p. ex. 2024-01-01T00:00:00</translation>
    </message>
    <message>
        <source>Our bank:</source>
        <translation>Notre banque :</translation>
    </message>
    <message>
        <source>Time column counts:</source>
        <translation>La colonne de temps compte :</translation>
    </message>
    <message>
        <source>Time steps start at:</source>
        <translation>Les pas de temps commencent le :</translation>
    </message>
    <message>
        <source>Guessed (%1): %2</source>
        <translation>Déduit (%1) : %2</translation>
    </message>
    <message>
        <source>%1 ← %2 (%3)</source>
        <translation>%1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing guessed: choose the columns.</source>
        <translation>Rien n&apos;a été déduit : choisissez les colonnes.</translation>
    </message>
    <message numerus="yes">
        <source>Guessed from the header and the first %n rows, %1 overall: %2</source>
        <translation>
            <numerusform>Déduit de l&apos;en-tête et de %n ligne initiale, %1 dans l&apos;ensemble : %2</numerusform>
            <numerusform>Déduit de l&apos;en-tête et des %n premières lignes, %1 dans l&apos;ensemble : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The character between the file&apos;s columns</source>
        <translation>Le caractère entre les colonnes du fichier</translation>
    </message>
    <message>
        <source>The character before the decimals of amounts</source>
        <translation>Le caractère qui précède les décimales des montants</translation>
    </message>
    <message>
        <source>Whether the time column holds dates, or numbered steps of a simulation</source>
        <translation>Si la colonne de temps contient des dates ou des pas numérotés d&apos;une simulation</translation>
    </message>
    <message>
        <source>The column of the file read as: %1</source>
        <translation>La colonne du fichier lue comme : %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::EvidenceDragSource</name>
    <message>
        <source>⇲ Drag to a report</source>
        <translation>⇲ Faire glisser vers un rapport</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of evidence</source>
        <translation>
            <numerusform>%n élément de preuve</numerusform>
            <numerusform>%n éléments de preuve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ui::FilterBar</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Limit every view to incidents in this time window. Incidents known only to a year or a month match if their period overlaps.</source>
        <translation>Limiter toutes les vues aux incidents de cette période. Les incidents datés seulement à l&apos;année ou au mois sont retenus si leur période la chevauche.</translation>
    </message>
    <message>
        <source>Type of exploitation</source>
        <translation>Type d&apos;exploitation</translation>
    </message>
    <message>
        <source>All types of exploitation</source>
        <translation>Tous les types d&apos;exploitation</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Source grade (the source evaluation of its grading scheme)</source>
        <translation>Cotation de la source (évaluation de la source selon son barème de cotation)</translation>
    </message>
    <message>
        <source> to </source>
        <translation> au </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Show all incidents (Ctrl+Shift+R)</source>
        <translation>Afficher tous les incidents (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Toutes les cotations</translation>
    </message>
    <message>
        <source>Source grade %1</source>
        <translation>Cotation de la source %1</translation>
    </message>
    <message>
        <source>%1 (Waymark)</source>
        <translation>%1 (Waymark)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::HelpBrowser</name>
    <message>
        <source>Waymark User Guide</source>
        <translation>Guide de l&apos;utilisateur de Waymark</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>The guide&apos;s first page</source>
        <translation>Première page du guide</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Look for…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>%1 is not part of the guide: Waymark opens no web pages or other files.</source>
        <translation>%1 ne fait pas partie du guide : Waymark n&apos;ouvre ni pages web ni autres fichiers.</translation>
    </message>
    <message>
        <source>The user guide was not found. Waymark looked for %1 in: %2.</source>
        <translation>Le guide de l&apos;utilisateur est introuvable. Waymark a cherché %1 dans : %2.</translation>
    </message>
    <message>
        <source>The user guide %1 cannot be read: %2</source>
        <translation>Impossible de lire le guide de l&apos;utilisateur %1 : %2</translation>
    </message>
    <message>
        <source>it holds no Waymark guide.</source>
        <translation>il ne contient aucun guide Waymark.</translation>
    </message>
    <message>
        <source>User guide page</source>
        <translation>Page du guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Tab moves between the page&apos;s links and then on; Enter follows a link</source>
        <translation>Tab passe d&apos;un lien de la page à l&apos;autre, puis plus loin ; Entrée suit un lien</translation>
    </message>
    <message>
        <source>The guide&apos;s chapters and sections; Enter opens one</source>
        <translation>Les chapitres et sections du guide ; Entrée ouvre l&apos;élément choisi</translation>
    </message>
    <message>
        <source>Look for a word in the index</source>
        <translation>Rechercher un mot dans l&apos;index</translation>
    </message>
    <message>
        <source>The guide&apos;s index words; Enter opens the page</source>
        <translation>Les mots de l&apos;index du guide ; Entrée ouvre la page</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportDialog</name>
    <message>
        <source>Import into workspace</source>
        <translation>Importer dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add extract f&amp;older…</source>
        <translation>Ajouter un &amp;dossier d&apos;extraction…</translation>
    </message>
    <message>
        <source>From a mapping file…</source>
        <translation>Depuis un fichier de correspondance…</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances des colonnes (*.json)</translation>
    </message>
    <message>
        <source>&amp;Keep going: import valid rows, keep rejected rows in quarantine</source>
        <translation>&amp;Poursuivre malgré les erreurs : importer les lignes valides, placer les lignes rejetées en quarantaine</translation>
    </message>
    <message>
        <source>Without this, one bad row stops the import of its file and the workspace stays as it was.</source>
        <translation>Sans cette option, une seule ligne incorrecte arrête l&apos;importation de son fichier et l&apos;espace de travail reste inchangé.</translation>
    </message>
    <message>
        <source>Add files, then Import.</source>
        <translation>Ajoutez des fichiers, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <source>The summary and every rejected row (file:line:column: reason) appear here.</source>
        <translation>Le récapitulatif et chaque ligne rejetée (file:line:column: motif) s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Files to import:</source>
        <translation>Fichiers à importer :</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Hub extract folder</source>
        <translation>Dossier d&apos;extraction du hub</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>F&amp;ermer</translation>
    </message>
    <message>
        <source>Stop; the workspace stays as it was before this file</source>
        <translation>Arrêter ; l&apos;espace de travail reste tel qu&apos;il était avant ce fichier</translation>
    </message>
    <message>
        <source>  … and %1 more rejected rows</source>
        <translation>  … et %1 autres lignes rejetées</translation>
    </message>
    <message>
        <source>Canceled; the workspace is as it was before the canceled file.</source>
        <translation>Annulé ; l&apos;espace de travail est tel qu&apos;il était avant le fichier annulé.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>Bank mapping: %1</source>
        <translation>Correspondance bancaire : %1</translation>
    </message>
    <message>
        <source>Specification: %1</source>
        <translation>Spécification : %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lire comme</translation>
    </message>
    <message>
        <source>Hub extracts (folder or .zip), CTDC and bank CSV files, network files (GraphML, GEXF, GML, Pajek, UCINET DL, adjacency matrices). Delete removes the selected files.</source>
        <translation>Extractions du hub (dossier ou .zip), fichiers CTDC et CSV bancaires, fichiers de réseau (GraphML, GEXF, GML, Pajek, UCINET DL, matrices d&apos;adjacence). Suppr retire les fichiers sélectionnés.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Take the selected files off the list (Delete)</source>
        <translation>Retirer les fichiers sélectionnés de la liste (Suppr)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Empty the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>&amp;Define a mapping…</source>
        <translation>&amp;Définir une correspondance…</translation>
    </message>
    <message>
        <source>Say which column of the selected bank CSV file holds the account, the date, the amount…, save it as a preset and read the file with it</source>
        <translation>Indiquer quelle colonne du fichier CSV bancaire sélectionné contient le compte, la date, le montant…, l&apos;enregistrer comme préréglage et lire le fichier avec</translation>
    </message>
    <message>
        <source>New &amp;specification…</source>
        <translation>Nouvelle &amp;spécification…</translation>
    </message>
    <message>
        <source>Map the selected table&apos;s columns to incidents, places, people… and save it</source>
        <translation>Associer les colonnes du tableau sélectionné aux incidents, lieux, personnes… et l&apos;enregistrer</translation>
    </message>
    <message>
        <source>How to read this file: detected from its name and first line, with an import specification, or with a bank column mapping</source>
        <translation>Comment lire ce fichier : détection d&apos;après son nom et sa première ligne, avec une spécification d&apos;import, ou avec une correspondance des colonnes bancaire</translation>
    </message>
    <message>
        <source>Define a mapping…</source>
        <translation>Définir une correspondance…</translation>
    </message>
    <message>
        <source>Mapping file: %1</source>
        <translation>Fichier de correspondance : %1</translation>
    </message>
    <message>
        <source>Select the bank&apos;s CSV file first: the mapping is made from its header and rows.</source>
        <translation>Sélectionnez d&apos;abord le fichier CSV de la banque : la correspondance est établie à partir de son en-tête et de ses lignes.</translation>
    </message>
    <message>
        <source>%1 is a folder: a mapping is made from a bank&apos;s CSV file.</source>
        <translation>%1 est un dossier : une correspondance s&apos;établit à partir du fichier CSV d&apos;une banque.</translation>
    </message>
    <message>
        <source>Edit &amp;specification…</source>
        <translation>Modifier la &amp;spécification…</translation>
    </message>
    <message>
        <source>Select a table first: a specification is made on its columns.</source>
        <translation>Sélectionnez d&apos;abord un tableau : une spécification s&apos;établit sur ses colonnes.</translation>
    </message>
    <message>
        <source>A hub extract needs no specification.</source>
        <translation>Une extraction du hub n&apos;a besoin d&apos;aucune spécification.</translation>
    </message>
    <message>
        <source>%1 will be read with the specification %2 (version %3).</source>
        <translation>%1 sera lu avec la spécification %2 (version %3).</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Choose files to add to the list</source>
        <translation>Choisir des fichiers à ajouter à la liste</translation>
    </message>
    <message>
        <source>Choose a hub extract folder to add to the list</source>
        <translation>Choisir un dossier d&apos;extraction du hub à ajouter à la liste</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>Detect automatically: specification %1</source>
        <translation>Détection automatique : spécification %1</translation>
    </message>
    <message>
        <source>No built-in reader knows this table; the saved specification %1 is the only one whose columns it has, and will read it.</source>
        <translation>Aucun lecteur intégré ne connaît ce tableau ; la spécification enregistrée %1 est la seule dont il a toutes les colonnes, et c&apos;est elle qui le lira.</translation>
    </message>
    <message>
        <source>Detect automatically: needs a specification</source>
        <translation>Détection automatique : une spécification est nécessaire</translation>
    </message>
    <message>
        <source>No built-in reader and no saved specification knows this table: choose or define an import specification (bank transactions: a column mapping), or the import refuses it.</source>
        <translation>Aucun lecteur intégré ni aucune spécification enregistrée ne connaît ce tableau : choisissez ou définissez une spécification d&apos;import (transactions bancaires : une correspondance de colonnes), sinon l&apos;import le refusera.</translation>
    </message>
    <message numerus="yes">
        <source>Detect automatically: choose one of %n specifications</source>
        <translation>
            <numerusform>Détection automatique : choisissez parmi %n spécification</numerusform>
            <numerusform>Détection automatique : choisissez parmi %n spécifications</numerusform>
        </translation>
    </message>
    <message>
        <source>These saved specifications all read this table: %1. Choose the one to use.</source>
        <translation>Ces spécifications enregistrées lisent toutes ce tableau : %1. Choisissez celle à utiliser.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::IncidentsPanel</name>
    <message>
        <source>Show selected &amp;only</source>
        <translation>Afficher &amp;seulement la sélection</translation>
    </message>
    <message>
        <source>List only the incidents selected in any view (map, timeline, link chart, search), under the filter</source>
        <translation>Lister uniquement les incidents sélectionnés dans une vue (carte, chronologie, graphe de liens, recherche), sous le filtre</translation>
    </message>
    <message>
        <source>No incidents selected</source>
        <translation>Aucun incident sélectionné</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 sélectionnés</translation>
    </message>
    <message>
        <source>%1 selected, %2 of them under the filter</source>
        <translation>%1 sélectionnés, dont %2 sous le filtre</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>The incidents under the filter; the selection is shared with every view</source>
        <translation>Les incidents sous le filtre ; la sélection est partagée avec toutes les vues</translation>
    </message>
</context>
<context>
    <name>waymark::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Waymark will use %1 from the next time it starts. Close and open Waymark again to switch now.</source>
        <translation>Waymark utilisera « %1 » à partir du prochain démarrage. Fermez et rouvrez Waymark pour changer dès maintenant.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::LinkChartView</name>
    <message>
        <source>No entities on the chart. Open a workspace with entities and links.</source>
        <translation>Aucune entité sur le graphe. Ouvrez un espace de travail contenant des entités et des liens.</translation>
    </message>
    <message>
        <source>%1 of %2 entities on the chart · %3 selected</source>
        <translation>%1 entités sur %2 dans le graphe · %3 sélectionnées</translation>
    </message>
    <message>
        <source>Wheel: zoom · drag: pan or move an entity · Ctrl+click: add to the selection
E: expand by one link · Delete: hide · P: pin · L: lay out · F: fit · Ctrl+Z: undo
G: group · Shift+G: ungroup · C: collapse leaves · Shift+C: show them again
S: shortest path · W: strongest path · T: time-respecting path (two entities selected)</source>
        <translation>Molette : zoom · glisser : déplacer la vue ou une entité · Ctrl+clic : ajouter à la sélection
E : étendre d&apos;un lien · Suppr : masquer · P : épingler · L : disposer · F : tout afficher · Ctrl+Z : annuler
G : grouper · Maj+G : dégrouper · C : replier les feuilles · Maj+C : les réafficher
S : plus court chemin · W : chemin le plus fort · T : chemin chronologique (deux entités sélectionnées)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entities</source>
        <translation>
            <numerusform>%1 : %n entité</numerusform>
            <numerusform>%1 : %n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collapsed into it (Shift+C shows them)</source>
        <translation>
            <numerusform>%n élément replié ici (Maj+C pour l&apos;afficher)</numerusform>
            <numerusform>%n éléments repliés ici (Maj+C pour les afficher)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>%1 — %2 — %3: %4, %5</source>
        <translation>%1 — %2 — %3 : %4, %5</translation>
    </message>
    <message numerus="yes">
        <source> · %n link(s) outside the time window hidden</source>
        <translation>
            <numerusform> · %n lien hors de la fenêtre temporelle masqué</numerusform>
            <numerusform> · %n liens hors de la fenêtre temporelle masqués</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Money: arrow to the payee, width by amount</source>
        <translation>Argent : flèche vers le bénéficiaire, largeur selon le montant</translation>
    </message>
</context>
<context>
    <name>waymark::ui::MainWindow</name>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Create an empty workspace file for a new investigation</source>
        <translation>Créer un fichier d&apos;espace de travail vide pour une nouvelle enquête</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import hub extracts, CTDC files or bank transactions (or drop files on the window)</source>
        <translation>Importer des extractions du hub, des fichiers CTDC ou des opérations bancaires (ou déposer des fichiers sur la fenêtre)</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>À &amp;propos de Waymark</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>%1 — Waymark</source>
        <translation>%1 — Waymark</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Waymark workspaces (*.waymark)</source>
        <translation>Espaces de travail Waymark (*.waymark)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name.</source>
        <translation>%1 existe déjà. Ouvrez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Waymark workspaces (*.waymark);;All files (*)</source>
        <translation>Espaces de travail Waymark (*.waymark);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No workspace open: File ▸ New or Open (Ctrl+N, Ctrl+O)</source>
        <translation>Aucun espace de travail ouvert : Fichier ▸ Nouveau ou Ouvrir (Ctrl+N, Ctrl+O)</translation>
    </message>
    <message>
        <source>%1 of %2 incidents</source>
        <translation>%1 incidents sur %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Open or create a workspace first.</source>
        <translation>Ouvrez ou créez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? The workspace stays as it was before that file.</source>
        <translation>Une importation est en cours. L&apos;annuler et quitter ? L&apos;espace de travail reste tel qu&apos;il était avant ce fichier.</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>À propos de Waymark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;An offline workstation for analysts who fight human trafficking: hub extracts in a local workspace, routes and hotspots, link graphs, financial typologies and Key Judgement Reports.&lt;/p&gt;&lt;p&gt;Waymark opens no network connection.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data attributions&lt;/b&gt;&lt;br/&gt;Source: Counter-Trafficking Data Collaborative (CTDC), Global Synthetic Dataset.&lt;br/&gt;Country codes and names: ISO 3166 via Debian iso-codes (LGPL-2.1+).&lt;br/&gt;Representative points: IANA time zone database (public domain).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Waymark %1&lt;/h3&gt;&lt;p&gt;Un poste de travail hors ligne pour les analystes qui luttent contre la traite des êtres humains : extractions du hub dans un espace de travail local, itinéraires et points chauds, graphes de liens, typologies financières et rapports d&apos;évaluation (Key Judgement Reports).&lt;/p&gt;&lt;p&gt;Waymark n&apos;ouvre aucune connexion réseau.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources des données&lt;/b&gt;&lt;br/&gt;Source : Counter-Trafficking Data Collaborative (CTDC), Global Synthetic Dataset.&lt;br/&gt;Codes et noms de pays : ISO 3166 via Debian iso-codes (LGPL-2.1+).&lt;br/&gt;Points représentatifs : base de données des fuseaux horaires de l&apos;IANA (domaine public).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>&amp;Link chart</source>
        <translation>&amp;Graphe de liens</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>C&amp;omptes</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Add &amp;Map Layer…</source>
        <translation>Ajouter une &amp;couche cartographique…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Route volume</source>
        <translation>Volume par itinéraire</translation>
    </message>
    <message>
        <source>New &amp;Encrypted Workspace…</source>
        <translation>Nouvel espace de travail c&amp;hiffré…</translation>
    </message>
    <message>
        <source>A workspace whose file, journal and autosaves are encrypted under a passphrase (Argon2id, XChaCha20-Poly1305): a lost laptop gives nothing away.</source>
        <translation>Un espace de travail dont le fichier, le journal et les sauvegardes automatiques sont chiffrés sous une phrase secrète (Argon2id, XChaCha20-Poly1305) : un ordinateur portable perdu ne livre rien.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Write an encrypted copy of this workspace under a passphrase</source>
        <translation>Écrire une copie chiffrée de cet espace de travail sous une phrase secrète</translation>
    </message>
    <message>
        <source>%1 is encrypted. Passphrase:</source>
        <translation>%1 est chiffré. Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Encrypted workspace</source>
        <translation>Espace de travail chiffré</translation>
    </message>
    <message>
        <source>Open a Cleaned Copy…</source>
        <translation>Ouvrir une copie nettoyée…</translation>
    </message>
    <message>
        <source>Cleaned copy</source>
        <translation>Copie nettoyée</translation>
    </message>
    <message>
        <source>%1 (cleaned).waymark</source>
        <translation>%1 (nettoyé).waymark</translation>
    </message>
    <message>
        <source>New encrypted workspace</source>
        <translation>Nouvel espace de travail chiffré</translation>
    </message>
    <message>
        <source>Passphrase for %1 (a long sentence is best; without it the workspace cannot be opened):</source>
        <translation>Phrase secrète de %1 (une longue phrase est préférable ; sans elle, l&apos;espace de travail ne peut pas être ouvert) :</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>La même phrase secrète, une seconde fois :</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Encrypt a copy</source>
        <translation>Chiffrer une copie</translation>
    </message>
    <message>
        <source>%1 is encrypted already.</source>
        <translation>%1 est déjà chiffré.</translation>
    </message>
    <message>
        <source>Encrypted copy</source>
        <translation>Copie chiffrée</translation>
    </message>
    <message>
        <source>%1 (encrypted).waymark</source>
        <translation>%1 (chiffré).waymark</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Wrote the encrypted copy %1. Open it now? The plain workspace stays where it is: delete it securely once you no longer need it.</source>
        <translation>Copie chiffrée %1 écrite. L&apos;ouvrir maintenant ? L&apos;espace de travail non chiffré reste où il est : supprimez-le de façon sûre dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>Table to build an import specification on</source>
        <translation>Tableau sur lequel construire une spécification d&apos;import</translation>
    </message>
    <message>
        <source>Tables (%1);;All files (*)</source>
        <translation>Tableaux (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Map the columns of any table to incidents, places, people…: saved, versioned, reused</source>
        <translation>Associer les colonnes de n&apos;importe quel tableau aux incidents, lieux, personnes… : spécification enregistrée, versionnée, réutilisable</translation>
    </message>
    <message>
        <source>Add a GIS layer (GeoJSON, KML, Shapefile, GPX, FlatGeobuf, GeoPackage, MBTiles) to the map (or drop it on the map)</source>
        <translation>Ajouter une couche SIG (GeoJSON, KML, Shapefile, GPX, FlatGeobuf, GeoPackage, MBTiles) à la carte (ou la déposer sur la carte)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Writing the sample extract…</source>
        <translation>Écriture de l&apos;extraction d&apos;exemple…</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Export &amp;Figure</source>
        <translation>E&amp;xporter une figure</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Exporter une figure</translation>
    </message>
    <message>
        <source>&amp;Share with Hub…</source>
        <translation>Parta&amp;ger avec le hub…</translation>
    </message>
    <message>
        <source>Share with Hub</source>
        <translation>Partager avec le hub</translation>
    </message>
    <message>
        <source>Share packages (*.zip)</source>
        <translation>Paquets de partage (*.zip)</translation>
    </message>
    <message>
        <source>A pseudonymised package of the filtered records for the hub or a partner, after the releasability check</source>
        <translation>Un paquet pseudonymisé des enregistrements filtrés pour le hub ou un partenaire, après le contrôle de diffusion</translation>
    </message>
    <message>
        <source>Choose a route on the Route volume chart first.</source>
        <translation>Choisissez d&apos;abord un itinéraire dans le graphique Volume par itinéraire.</translation>
    </message>
    <message>
        <source>Encrypt a Cop&amp;y…</source>
        <translation>Chiffrer une co&amp;pie…</translation>
    </message>
    <message>
        <source>Import S&amp;pecifications…</source>
        <translation>&amp;Spécifications d&apos;import…</translation>
    </message>
</context>
<context>
    <name>waymark::ui::MapPanel</name>
    <message>
        <source>Your layers</source>
        <translation>Vos couches</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected layer from the map (the file is not touched)</source>
        <translation>Retirer la couche sélectionnée de la carte (le fichier n&apos;est pas modifié)</translation>
    </message>
    <message>
        <source>The map could not load its incidents: %1</source>
        <translation>La carte n&apos;a pas pu charger ses incidents : %1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Incidents as points, clustered by zoom and coloured by type</source>
        <translation>Incidents sous forme de points, regroupés selon le zoom et colorés par type</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Itinéraires</translation>
    </message>
    <message>
        <source>Origin → transit → destination flows as great-circle arcs; width is the number of incidents</source>
        <translation>Flux origine → transit → destination en arcs de grand cercle ; la largeur correspond au nombre d&apos;incidents</translation>
    </message>
    <message>
        <source>Choropleth</source>
        <translation>Carte choroplèthe</translation>
    </message>
    <message>
        <source>Countries shaded by victims, in classes</source>
        <translation>Pays colorés selon le nombre de victimes, par classes</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>Points chauds</translation>
    </message>
    <message>
        <source>Kernel density of incidents, in incidents per 1,000 km²; one colour scale at every zoom and time</source>
        <translation>Densité par noyau des incidents, en incidents pour 1 000 km² ; une seule échelle de couleurs à tous les zooms et toutes les périodes</translation>
    </message>
    <message>
        <source>Significant hotspots</source>
        <translation>Points chauds significatifs</translation>
    </message>
    <message>
        <source>Getis-Ord Gi*: cells significantly hot or cold at 90/95/99 % confidence</source>
        <translation>Getis-Ord Gi* : cellules significativement chaudes ou froides avec une confiance de 90/95/99 %</translation>
    </message>
    <message>
        <source>Routes by country</source>
        <translation>Itinéraires par pays</translation>
    </message>
    <message>
        <source>Routes by city where known</source>
        <translation>Itinéraires par ville si connue</translation>
    </message>
    <message>
        <source>Aggregate flows between countries, or between cities where the data name them</source>
        <translation>Flux agrégés entre pays, ou entre villes lorsque les données les nomment</translation>
    </message>
    <message>
        <source>Victims by country of exploitation</source>
        <translation>Victimes par pays d&apos;exploitation</translation>
    </message>
    <message>
        <source>Victims by citizenship</source>
        <translation>Victimes par nationalité</translation>
    </message>
    <message>
        <source>What the choropleth counts</source>
        <translation>Ce que compte la carte choroplèthe</translation>
    </message>
    <message>
        <source>Zoom to all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Fit every located incident in view (Home)</source>
        <translation>Afficher tous les incidents localisés (Home)</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Zoomer sur la sélection</translation>
    </message>
    <message>
        <source>Fit the selected incidents in view (Z)</source>
        <translation>Afficher les incidents sélectionnés (Z)</translation>
    </message>
    <message>
        <source>Add layer…</source>
        <translation>Ajouter une couche…</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Exporter la carte…</translation>
    </message>
    <message>
        <source>Latitude, longitude under the cursor</source>
        <translation>Latitude, longitude sous le curseur</translation>
    </message>
    <message>
        <source>Hotspot settings</source>
        <translation>Réglages des points chauds</translation>
    </message>
    <message>
        <source>Kernel bandwidth, weighting, and the Gi* grid; remembered between sessions</source>
        <translation>Largeur de bande du noyau, pondération et grille Gi* ; conservés d&apos;une session à l&apos;autre</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian kernel: how far one incident&apos;s weight spreads</source>
        <translation>Écart type du noyau gaussien : jusqu&apos;où s&apos;étend le poids d&apos;un incident</translation>
    </message>
    <message>
        <source>Kernel bandwidth</source>
        <translation>Largeur de bande du noyau</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>Victimes</translation>
    </message>
    <message>
        <source>Count incidents, or weight each incident by its number of victims</source>
        <translation>Compter les incidents, ou pondérer chaque incident par son nombre de victimes</translation>
    </message>
    <message>
        <source>Weight by</source>
        <translation>Pondérer par</translation>
    </message>
    <message>
        <source>Size of the Gi* grid cells</source>
        <translation>Taille des cellules de la grille Gi*</translation>
    </message>
    <message>
        <source>Gi* cell</source>
        <translation>Cellule Gi*</translation>
    </message>
    <message>
        <source>Neighbourhood of each cell: cells whose centres lie within this distance</source>
        <translation>Voisinage de chaque cellule : les cellules dont le centre se trouve à cette distance ou moins</translation>
    </message>
    <message>
        <source>Gi* band</source>
        <translation>Bande Gi*</translation>
    </message>
    <message>
        <source>Hot and cold spots</source>
        <translation>Points chauds et froids</translation>
    </message>
    <message>
        <source>Emerging: against the period before</source>
        <translation>Émergents : par rapport à la période précédente</translation>
    </message>
    <message>
        <source>Emerging compares the time window with the window of the same length just before it (with no window: the second half of the data against the first)</source>
        <translation>Le mode émergent compare la fenêtre temporelle à la fenêtre de même durée qui la précède (sans fenêtre : la seconde moitié des données contre la première)</translation>
    </message>
    <message>
        <source>Significance</source>
        <translation>Significativité</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Lecture</translation>
    </message>
    <message>
        <source>Move the time window forward step by step; every layer follows (Ctrl+Space)</source>
        <translation>Faire avancer la fenêtre temporelle pas à pas ; toutes les couches suivent (Ctrl+Space)</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 mois</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 mois</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Length of the time window the slider moves</source>
        <translation>Durée de la fenêtre temporelle déplacée par le curseur</translation>
    </message>
    <message>
        <source>Start of the shared time window</source>
        <translation>Début de la fenêtre temporelle partagée</translation>
    </message>
    <message>
        <source>List them</source>
        <translation>Les lister</translation>
    </message>
    <message>
        <source>Select the incidents that have no point on the map, so the table lists them</source>
        <translation>Sélectionner les incidents sans point sur la carte, pour que le tableau les liste</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pause</translation>
    </message>
    <message>
        <source>%1 on the map</source>
        <translation>%1 sur la carte</translation>
    </message>
    <message>
        <source> · %1 located to a country only</source>
        <translation> · %1 localisés au pays seulement</translation>
    </message>
    <message>
        <source> · %1 without a place</source>
        <translation> · %1 sans lieu</translation>
    </message>
    <message>
        <source> · %1 selected</source>
        <translation> · %1 sélectionnés</translation>
    </message>
    <message>
        <source>Incidents in the time window: %1. Those without a point are counted in the choropleth where their country is known, and listed with “List them”.</source>
        <translation>Incidents dans la fenêtre temporelle : %1. Ceux sans point sont comptés dans la carte choroplèthe lorsque leur pays est connu, et listés avec « Les lister ».</translation>
    </message>
    <message>
        <source>Add Map Layer</source>
        <translation>Ajouter une couche cartographique</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n feature(s) skipped</source>
        <translation>
            <numerusform>%1 : %n entité ignorée</numerusform>
            <numerusform>%1 : %n entités ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>The layer was added; some features could not be drawn:
%1</source>
        <translation>La couche a été ajoutée ; certaines entités n&apos;ont pas pu être dessinées :
%1</translation>
    </message>
    <message>
        <source>Some saved map layers could not be opened: %1</source>
        <translation>Certaines couches cartographiques enregistrées n&apos;ont pas pu être ouvertes : %1</translation>
    </message>
    <message>
        <source>Drag from here onto a judgement in the Reports tab to cite the selected incidents</source>
        <translation>Faites glisser d&apos;ici vers un jugement de l&apos;onglet Rapports pour citer les incidents sélectionnés</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF with legend, scale bar and caption (Ctrl+Shift+E)</source>
        <translation>Enregistrer la carte en PNG, SVG ou PDF avec légende, barre d&apos;échelle et légende de figure (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>GIS layers (GeoJSON, KML, Shapefile, GPX, FlatGeobuf, GeoPackage, MBTiles): tick to show, drag to reorder (top draws last). Add with the toolbar or drop a file on the map.</source>
        <translation>Couches SIG (GeoJSON, KML, Shapefile, GPX, FlatGeobuf, GeoPackage, MBTiles) : cochez pour afficher, faites glisser pour réordonner (celle du haut est dessinée en dernier). Ajoutez-en avec la barre d&apos;outils ou déposez un fichier sur la carte.</translation>
    </message>
    <message>
        <source>Add a GIS layer: GeoJSON, KML/KMZ, Shapefile, GPX, FlatGeobuf, GeoPackage or MBTiles (Ctrl+Shift+L)</source>
        <translation>Ajouter une couche SIG : GeoJSON, KML/KMZ, Shapefile, GPX, FlatGeobuf, GeoPackage ou MBTiles (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Map layers (%1);;All files (*)</source>
        <translation>Couches cartographiques (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Country names, and the names of cities with incidents, where they fit without overlapping</source>
        <translation>Noms des pays, et noms des villes ayant des incidents, là où ils tiennent sans se chevaucher</translation>
    </message>
    <message>
        <source>Export layer…</source>
        <translation>Exporter la couche…</translation>
    </message>
    <message>
        <source>Save incidents, routes, hotspots or Gi* cells as GeoJSON or KML for QGIS or Google Earth, after the releasability check</source>
        <translation>Enregistrer les incidents, itinéraires, points chauds ou cellules Gi* en GeoJSON ou KML pour QGIS ou Google Earth, après le contrôle de diffusion</translation>
    </message>
    <message>
        <source>Start of the time window</source>
        <translation>Début de la fenêtre temporelle</translation>
    </message>
    <message>
        <source>Significance (Gi*)</source>
        <translation>Significativité (Gi*)</translation>
    </message>
    <message>
        <source>Export Layer</source>
        <translation>Exporter la couche</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson);;KML (*.kml)</source>
        <translation>GeoJSON (*.geojson);;KML (*.kml)</translation>
    </message>
    <message>
        <source>map layer %1</source>
        <translation>couche cartographique %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::MapView</name>
    <message>
        <source>Wheel: zoom · drag: pan · Shift-drag: select a rectangle · Ctrl-drag: lasso · click a cluster to expand it · Home: all · Z: selection · L: legend · Esc: clear selection</source>
        <translation>Molette : zoom · glisser : déplacer · Maj-glisser : sélection rectangulaire · Ctrl-glisser : lasso · cliquer sur un groupe pour le déployer · Home : tout · Z : sélection · L : légende · Échap : effacer la sélection</translation>
    </message>
    <message>
        <source>Loading incidents…</source>
        <translation>Chargement des incidents…</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), %1 victims</source>
        <translation>
            <numerusform>%n incident, %1 victimes</numerusform>
            <numerusform>%n incidents, %1 victimes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 sélectionnés</translation>
    </message>
    <message>
        <source>Click to expand</source>
        <translation>Cliquer pour déployer</translation>
    </message>
    <message>
        <source>Click to select</source>
        <translation>Cliquer pour sélectionner</translation>
    </message>
    <message>
        <source>%1 incidents, %2 victims</source>
        <translation>%1 incidents, %2 victimes</translation>
    </message>
    <message>
        <source>Click to select its incidents</source>
        <translation>Cliquer pour sélectionner ses incidents</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Arrow keys pan, + and - zoom, Home fits every incident, Z the selection; Ctrl+arrow keys move to the nearest cluster that way, N and Shift+N to the next and previous cluster; Enter or Space expands the cluster or selects it; Escape clears the selection</source>
        <translation>Les touches fléchées déplacent la vue, + et - zooment, Origine affiche tous les incidents, Z la sélection ; Ctrl+touches fléchées mènent au groupe le plus proche dans cette direction, N et Maj+N au groupe suivant et précédent ; Entrée ou Espace déploie le groupe ou le sélectionne ; Échap efface la sélection</translation>
    </message>
    <message numerus="yes">
        <source>Map: cluster %1 of %2, %n incident(s), %3 victims</source>
        <translation>
            <numerusform>Carte : groupe %1 sur %2, %n incident, %3 victimes</numerusform>
            <numerusform>Carte : groupe %1 sur %2, %n incidents, %3 victimes</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>pays : %1</translation>
    </message>
    <message>
        <source>Enter expands it.</source>
        <translation>Entrée le déploie.</translation>
    </message>
    <message>
        <source>Enter selects its incidents.</source>
        <translation>Entrée sélectionne ses incidents.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::MergeReviewDialog</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 dans %2</translation>
    </message>
    <message>
        <source>Keep %1 and %2 apart</source>
        <translation>Garder %1 et %2 distincts</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Review suggested merges</source>
        <translation>Examiner les fusions suggérées</translation>
    </message>
    <message>
        <source>Records that are likely the same person, phone, e-mail or account. Accepting a merge deletes nothing: every source of both records stays, and it can be undone.</source>
        <translation>Enregistrements qui désignent probablement la même personne, le même téléphone, la même adresse électronique ou le même compte. Accepter une fusion ne supprime rien : toutes les sources des deux enregistrements sont conservées, et la fusion peut être annulée.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>À conserver</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>À y fusionner</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>&amp;Accept merge</source>
        <translation>&amp;Accepter la fusion</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>entity %1</source>
        <translation>entité %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No likely duplicates left to review.</source>
        <translation>Plus aucun doublon probable à examiner.</translation>
    </message>
    <message>
        <source>Choose a suggestion in the list first.</source>
        <translation>Choisissez d&apos;abord une suggestion dans la liste.</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Fusions suggérées</translation>
    </message>
    <message>
        <source>One suggestion a row: its score, the record kept, the record merged into it and why; choose one, then Accept or Reject</source>
        <translation>Une suggestion par ligne : son score, l&apos;enregistrement conservé, l&apos;enregistrement qui y est fusionné et la raison ; choisissez-en une, puis Accepter ou Rejeter</translation>
    </message>
    <message>
        <source>Merge the chosen pair: both records&apos; sources are kept, and it can be undone</source>
        <translation>Fusionner la paire choisie : les sources des deux enregistrements sont conservées, et la fusion peut être annulée</translation>
    </message>
    <message>
        <source>Mark the chosen pair as different: it is not suggested again</source>
        <translation>Marquer la paire choisie comme distincte : elle ne sera plus suggérée</translation>
    </message>
    <message>
        <source>Undo the last merge or rejection</source>
        <translation>Annuler la dernière fusion ou le dernier rejet</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rétablir ce qui a été annulé</translation>
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
Entrées : %3 · sorties : %4</translation>
    </message>
    <message>
        <source>account in the workspace</source>
        <translation>compte de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>counterparty outside the workspace</source>
        <translation>contrepartie hors de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>← Link chart</source>
        <translation>← Graphe de liens</translation>
    </message>
    <message>
        <source>Back to the chart of people, businesses, phones and accounts</source>
        <translation>Revenir au graphe des personnes, entreprises, téléphones et comptes</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Étendre</translation>
    </message>
    <message>
        <source>Add the counterparties of the selected accounts (E)</source>
        <translation>Ajouter les contreparties des comptes sélectionnés (E)</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Lay the chart out again; pinned accounts stay (L)</source>
        <translation>Disposer à nouveau le graphe ; les comptes épinglés restent en place (L)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show the whole chart (F)</source>
        <translation>Afficher tout le graphe (F)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last chart edit</source>
        <translation>Annuler la dernière modification du graphe</translation>
    </message>
    <message>
        <source>Account %1 has no transfers with a named counterparty.</source>
        <translation>Le compte %1 n&apos;a aucun virement avec une contrepartie nommée.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message numerus="yes">
        <source>Money flow of %1: %2 in from %n payer(s)</source>
        <translation>
            <numerusform>Flux financiers de %1 : entrées de %2 provenant de %n payeur</numerusform>
            <numerusform>Flux financiers de %1 : entrées de %2 provenant de %n payeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 out to %n payee(s). Link width: money moved; hover a link for totals and dates.</source>
        <translation>
            <numerusform>, sorties de %1 vers %n bénéficiaire. Largeur des liens : montants transférés ; survolez un lien pour voir les totaux et les dates.</numerusform>
            <numerusform>, sorties de %1 vers %n bénéficiaires. Largeur des liens : montants transférés ; survolez un lien pour voir les totaux et les dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the %1 counterparties that moved the most of %2; E on the account shows all.</source>
        <translation>Affichage des %1 contreparties (sur %2) ayant fait circuler le plus d&apos;argent ; E sur le compte les affiche toutes.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::OverviewPanel</name>
    <message>
        <source>&lt;p&gt;No workspace is open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun espace de travail n&apos;est ouvert.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>waymark::ui::PathPanel</name>
    <message>
        <source>Click a hop to select its two entities on the chart</source>
        <translation>Cliquez sur une étape pour sélectionner ses deux entités dans le graphe</translation>
    </message>
    <message>
        <source>Clear path</source>
        <translation>Effacer le chemin</translation>
    </message>
    <message>
        <source>Select two entities (Ctrl+click the second) to find a path between them.</source>
        <translation>Sélectionnez deux entités (Ctrl+clic sur la seconde) pour trouver un chemin entre elles.</translation>
    </message>
    <message>
        <source>Only links in the time window were used.</source>
        <translation>Seuls les liens de la fenêtre temporelle ont été utilisés.</translation>
    </message>
    <message>
        <source>Show path</source>
        <translation>Afficher le chemin</translation>
    </message>
    <message>
        <source>Strongest path</source>
        <translation>Chemin le plus fort</translation>
    </message>
    <message>
        <source>Time-respecting path</source>
        <translation>Chemin chronologique</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Plus court chemin</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s).</source>
        <translation>
            <numerusform>%1 : %n lien.</numerusform>
            <numerusform>%1 : %n liens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ui::ReleasabilityDialog</name>
    <message>
        <source>Releasability check: %1</source>
        <translation>Contrôle de diffusion : %1</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Destination :</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>By TLP label</source>
        <translation>Par marquage TLP</translation>
    </message>
    <message>
        <source>By handling code</source>
        <translation>Par code de diffusion</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Par source</translation>
    </message>
    <message>
        <source>Left out, and why</source>
        <translation>Écartés, et pourquoi</translation>
    </message>
    <message>
        <source>Conditions carried with the export</source>
        <translation>Conditions jointes à l&apos;export</translation>
    </message>
    <message>
        <source>%1 of the %2 record(s) asked for may go to %3.</source>
        <translation>%1 sur %2 enregistrement(s) demandé(s) peuvent partir vers %3.</translation>
    </message>
    <message>
        <source>This export does not go without what it holds: it is refused.</source>
        <translation>Cet export ne peut pas partir sans tout ce qu&apos;il contient : il est refusé.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are left out.</source>
        <translation>
            <numerusform>%n enregistrement est écarté.</numerusform>
            <numerusform>%n enregistrements sont écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing may go, so nothing will be written.</source>
        <translation>Rien ne peut partir, donc rien ne sera écrit.</translation>
    </message>
    <message>
        <source>Marking of the export: %1</source>
        <translation>Marquage de l&apos;export : %1</translation>
    </message>
    <message>
        <source>none (nothing goes)</source>
        <translation>aucun (rien ne part)</translation>
    </message>
    <message>
        <source>Who receives the export: changing it runs the check again</source>
        <translation>Destinataire de l&apos;export : le modifier relance le contrôle</translation>
    </message>
    <message>
        <source>What goes and what not</source>
        <translation>Ce qui part et ce qui ne part pas</translation>
    </message>
    <message>
        <source>The records that may go and those withheld, by TLP label, by source and by reason</source>
        <translation>Les enregistrements qui peuvent partir et ceux qui sont retenus, par marquage TLP, par source et par motif</translation>
    </message>
    <message>
        <source>Export what may go to the destination chosen, with the marking shown</source>
        <translation>Exporter ce qui peut partir vers la destination choisie, avec le marquage affiché</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ReportEditor</name>
    <message>
        <source>Handling</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Key judgements</source>
        <translation>Jugements clés</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Cite the selected incidents</source>
        <translation>Citer les incidents sélectionnés</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Enregistrer la version</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>Exporter en %1…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Personal identifiers</source>
        <translation>Identifiants personnels</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Caviarder</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Exporté : %1.</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Écarter le constat</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source> · no longer in the workspace</source>
        <translation> · n&apos;est plus dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
    <message>
        <source>Autosaved at %1.</source>
        <translation>Sauvegarde automatique à %1.</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Unsaved text from %1 was recovered from the autosave.</source>
        <translation>Le texte non enregistré (%1) a été récupéré depuis la sauvegarde automatique.</translation>
    </message>
    <message>
        <source>Some evidence is no longer in the workspace: %1</source>
        <translation>Certains éléments de preuve ne sont plus dans l&apos;espace de travail : %1</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Version %1 enregistrée.</translation>
    </message>
    <message>
        <source>Choose a judgement first.</source>
        <translation>Choisissez d&apos;abord un jugement.</translation>
    </message>
    <message>
        <source>Select incidents on the map, the timeline or a table first.</source>
        <translation>Sélectionnez d&apos;abord des incidents sur la carte, la chronologie ou un tableau.</translation>
    </message>
    <message>
        <source> (dismissed: %1)</source>
        <translation> (écarté : %1)</translation>
    </message>
    <message>
        <source>Open a report from the list above, start one with New report, or let Waymark draft one from the data.</source>
        <translation>Ouvrez un rapport dans la liste ci-dessus, commencez-en un avec Nouveau rapport, ou laissez Waymark en rédiger un brouillon à partir des données.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Re&amp;ference</source>
        <translation>Ré&amp;férence</translation>
    </message>
    <message>
        <source>Aut&amp;hor</source>
        <translation>A&amp;uteur</translation>
    </message>
    <message>
        <source>Drop incidents, entities or accounts on a judgement to cite them</source>
        <translation>Déposez des incidents, entités ou comptes sur un jugement pour les citer</translation>
    </message>
    <message>
        <source>Double-click a finding to go to what it is about</source>
        <translation>Double-cliquez sur un constat pour accéder à ce qu&apos;il concerne</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Saved versions, who saved them and when, and what changed between any two</source>
        <translation>Versions enregistrées, qui les a enregistrées et quand, et ce qui a changé entre deux d&apos;entre elles</translation>
    </message>
    <message>
        <source>Saved as a new version</source>
        <translation>Enregistré comme nouvelle version</translation>
    </message>
    <message numerus="yes">
        <source>Judgement %1 cites %n more item(s).</source>
        <translation>
            <numerusform>Le jugement %1 cite %n élément supplémentaire.</numerusform>
            <numerusform>Le jugement %1 cite %n éléments supplémentaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag incidents, entities or accounts here from any view to cite them; Delete removes a citation</source>
        <translation>Faites glisser ici des incidents, entités ou comptes depuis n&apos;importe quelle vue pour les citer ; Suppr retire une citation</translation>
    </message>
    <message>
        <source>Remove citation</source>
        <translation>Retirer la citation</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Annuler : %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir : %1 (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>The probability language the judgements are written in: the UK PHIA yardstick (the house standard) or US ICD 203 for partners who use it. Changing it moves each judgement&apos;s term to the band that holds its range&apos;s middle.</source>
        <translation>Le langage de probabilité dans lequel les jugements sont rédigés : l&apos;échelle PHIA britannique (la norme maison) ou l&apos;ICD 203 américain pour les partenaires qui l&apos;utilisent. En changer déplace le terme de chaque jugement vers la tranche qui contient le milieu de son intervalle.</translation>
    </message>
    <message>
        <source>Probability &amp;scale</source>
        <translation>É&amp;chelle de probabilité</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Write the report as PDF, ODT, HTML or Markdown</source>
        <translation>Écrire le rapport en PDF, ODT, HTML ou Markdown</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>rapport %1</translation>
    </message>
    <message>
        <source>Not exported: the releasability check did not let it go.</source>
        <translation>Non exporté : le contrôle de diffusion ne l&apos;a pas laissé partir.</translation>
    </message>
    <message>
        <source>Exported: %1 figure(s) drawn again without what may not go, %2 left out.</source>
        <translation>Exporté : %1 figure(s) redessinée(s) sans ce qui ne peut pas partir, %2 écartée(s).</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ReportFigurePane</name>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Insert figure ▸</source>
        <translation>Insérer une figure ▸</translation>
    </message>
    <message>
        <source>Insert the current %1 at print resolution, captioned with its filter and data date</source>
        <translation>Insérer la vue actuelle (%1) en résolution d&apos;impression, avec un intitulé indiquant son filtre et la date des données</translation>
    </message>
    <message>
        <source>Refresh figure</source>
        <translation>Actualiser la figure</translation>
    </message>
    <message>
        <source>Draw the figure again from today&apos;s data with the filter and view it was made with</source>
        <translation>Redessiner la figure à partir des données du jour, avec le filtre et la vue utilisés pour la créer</translation>
    </message>
    <message>
        <source>Remove figure</source>
        <translation>Retirer la figure</translation>
    </message>
    <message>
        <source>Caption of the selected figure</source>
        <translation>Intitulé de la figure sélectionnée</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>⚠ The data has changed since this was drawn: Refresh figure</source>
        <translation>⚠ Les données ont changé depuis que cette figure a été dessinée : Actualiser la figure</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <source>Open or start a report first.</source>
        <translation>Ouvrez ou commencez d&apos;abord un rapport.</translation>
    </message>
    <message>
        <source>Inserted figure %1: %2.</source>
        <translation>Figure %1 insérée : %2.</translation>
    </message>
    <message>
        <source>No such figure.</source>
        <translation>Figure introuvable.</translation>
    </message>
    <message>
        <source>Figure %1 drawn again from the data as of %2.</source>
        <translation>Figure %1 redessinée à partir des données au %2.</translation>
    </message>
    <message>
        <source>Choose a figure first.</source>
        <translation>Choisissez d&apos;abord une figure.</translation>
    </message>
    <message>
        <source>Figure %1 · %2: %3
%4 · data as of %5</source>
        <translation>Figure %1 · %2 : %3
%4 · données au %5</translation>
    </message>
    <message>
        <source>Drawn from: %1
The workspace now holds: %2</source>
        <translation>Dessinée à partir de : %1
L&apos;espace de travail contient maintenant : %2</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ReportsPanel</name>
    <message>
        <source>Reports in this workspace</source>
        <translation>Rapports de cet espace de travail</translation>
    </message>
    <message>
        <source>Open a report…</source>
        <translation>Ouvrir un rapport…</translation>
    </message>
    <message>
        <source>%1 (version %2)%3</source>
        <translation>%1 (version %2)%3</translation>
    </message>
    <message>
        <source>, generated</source>
        <translation>, généré</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nouveau rapport</translation>
    </message>
    <message>
        <source>Starter draft from the data</source>
        <translation>Brouillon de départ à partir des données</translation>
    </message>
    <message>
        <source>Generated starter draft</source>
        <translation>Brouillon de départ généré</translation>
    </message>
    <message>
        <source>A draft for the current filter: leading routes, emerging hotspots and key actors with their numbers and evidence, marked as generated for you to rewrite</source>
        <translation>Un brouillon pour le filtre actuel : principaux itinéraires, points chauds émergents et acteurs clés avec leurs chiffres et éléments de preuve, marqué comme généré pour que vous le réécriviez</translation>
    </message>
    <message>
        <source>Standard Key Judgement Report</source>
        <translation>Rapport de jugements clés standard</translation>
    </message>
    <message>
        <source>Route assessment</source>
        <translation>Évaluation d&apos;itinéraire</translation>
    </message>
    <message>
        <source>Typology brief</source>
        <translation>Note de typologie</translation>
    </message>
    <message>
        <source>A new Key Judgement Report from the standard template; the arrow offers the route assessment and typology brief templates</source>
        <translation>Un nouveau rapport de jugements clés à partir du modèle standard ; la flèche propose les modèles Évaluation d&apos;itinéraire et Note de typologie</translation>
    </message>
    <message>
        <source>Open a report in the Reports tab first, and choose the judgement to cite it in.</source>
        <translation>Ouvrez d&apos;abord un rapport dans l&apos;onglet Rapports et choisissez le jugement dans lequel le citer.</translation>
    </message>
    <message>
        <source>Account %1 cited in the open report.</source>
        <translation>Compte %1 cité dans le rapport ouvert.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::RouteChartView</name>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Origin → destination routes in view, busiest first</source>
        <translation>Itinéraires origine → destination affichés, les plus fréquentés en premier</translation>
    </message>
    <message>
        <source>Save the chart with its caption as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphique avec son intitulé en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>The incidents are not loaded yet.</source>
        <translation>Les incidents ne sont pas encore chargés.</translation>
    </message>
    <message>
        <source>That flow does not run between two countries.</source>
        <translation>Ce flux ne relie pas deux pays.</translation>
    </message>
    <message>
        <source>No incident in view travelled a route between two countries</source>
        <translation>Aucun incident affiché n&apos;a suivi d&apos;itinéraire entre deux pays</translation>
    </message>
    <message>
        <source>Choose a route</source>
        <translation>Choisissez un itinéraire</translation>
    </message>
    <message>
        <source>%1: %2 incidents</source>
        <translation>%1 : %2 incidents</translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · données au %1</translation>
    </message>
    <message>
        <source>Choose a route to export its chart.</source>
        <translation>Choisissez un itinéraire pour exporter son graphique.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>No route to show</source>
        <translation>Aucun itinéraire à afficher</translation>
    </message>
    <message>
        <source>No dated incident on %1 → %2
in the time window</source>
        <translation>Aucun incident daté sur %1 → %2
dans la fenêtre temporelle</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SearchBox</name>
    <message>
        <source>More…</source>
        <translation>Plus…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <source>Search names, phones, accounts, reports, incidents (&quot;a phrase&quot;, prefix*)</source>
        <translation>Rechercher des noms, téléphones, comptes, rapports, incidents (&quot;une expression&quot;, préfixe*)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ShareDialog</name>
    <message>
        <source>Share with Hub</source>
        <translation>Partager avec le hub</translation>
    </message>
    <message>
        <source>A share-back package for the hub or a partner: the records the filter selects, pseudonymised under the share policy, in the hub&apos;s extract format. What may not go is left out; the next step lists it.</source>
        <translation>Un paquet de restitution pour le hub ou un partenaire : les enregistrements sélectionnés par le filtre, pseudonymisés selon la politique de partage, au format d&apos;extraction du hub. Ce qui ne peut pas partir est écarté ; l&apos;étape suivante l&apos;énumère.</translation>
    </message>
    <message>
        <source>Add the aggregate table (counts by country, year, type, sex and age band)</source>
        <translation>Ajouter le tableau agrégé (effectifs par pays, année, type, sexe et tranche d&apos;âge)</translation>
    </message>
    <message>
        <source>Smallest count the aggregate table publishes: smaller cells, and the cells that would give them away, are suppressed</source>
        <translation>Plus petit effectif publié par le tableau agrégé : les cellules plus petites, et celles qui permettraient de les retrouver, sont masquées</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre :</translation>
    </message>
    <message>
        <source>Smallest count (k):</source>
        <translation>Plus petit effectif (k) :</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>Suivant…</translation>
    </message>
    <message>
        <source>share package %1</source>
        <translation>paquet de partage %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ShortcutList</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys of a tab or a dock work while it is shown; the link chart&apos;s and the map&apos;s single keys while the chart or the map has the focus (click it first).</source>
        <translation>Les touches d&apos;un onglet ou d&apos;un panneau fonctionnent tant qu&apos;il est affiché ; les touches simples du graphe de liens et de la carte, lorsque le graphe ou la carte a le focus (cliquez d&apos;abord dessus).</translation>
    </message>
    <message>
        <source>Look for an action or a key…</source>
        <translation>Rechercher une action ou une touche…</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Look for an action or a key</source>
        <translation>Rechercher une action ou une touche</translation>
    </message>
    <message>
        <source>Only the actions whose name or key holds this text are listed</source>
        <translation>Seules les actions dont le nom ou la touche contient ce texte sont listées</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every action with its key, by the tab or dock it belongs to</source>
        <translation>Chaque action avec sa touche, regroupée par onglet ou panneau</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SpecificationEditor</name>
    <message>
        <source>Import specification — %1</source>
        <translation>Spécification d&apos;import — %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tableau : %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Guess from the header and the first %1 rows: %2 — %3 % sure (hover for the reasons).</source>
        <translation>Déduction à partir de l&apos;en-tête et des %1 premières lignes : %2 — sûre à %3 % (survolez pour voir les raisons).</translation>
    </message>
    <message>
        <source>Apply &amp;guess</source>
        <translation>Appliquer la &amp;déduction</translation>
    </message>
    <message>
        <source>Replace the specification with the guess (undoable)</source>
        <translation>Remplacer la spécification par la déduction (annulable)</translation>
    </message>
    <message>
        <source>&amp;Records and fields</source>
        <translation>&amp;Enregistrements et champs</translation>
    </message>
    <message>
        <source>&amp;Source and grading</source>
        <translation>&amp;Source et cotation</translation>
    </message>
    <message>
        <source>&amp;Table and missing values</source>
        <translation>&amp;Tableau et valeurs manquantes</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>What changed (kept with the version)</source>
        <translation>Modifications (conservées avec la version)</translation>
    </message>
    <message>
        <source>&amp;Save version</source>
        <translation>Enre&amp;gistrer la version</translation>
    </message>
    <message>
        <source>Store a new version in the workspace (audited)</source>
        <translation>Stocker une nouvelle version dans l&apos;espace de travail (audité)</translation>
    </message>
    <message>
        <source>Open a workspace to save specifications in it</source>
        <translation>Ouvrez un espace de travail pour y enregistrer des spécifications</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>I&amp;mport JSON…</source>
        <translation>I&amp;mporter depuis JSON…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>F&amp;ermer</translation>
    </message>
    <message>
        <source>Export specification</source>
        <translation>Exporter la spécification</translation>
    </message>
    <message>
        <source>Specifications (*.json)</source>
        <translation>Spécifications (*.json)</translation>
    </message>
    <message>
        <source>Import specification</source>
        <translation>Importer une spécification</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Rename record %1 to %2</source>
        <translation>Renommer l&apos;enregistrement %1 en %2</translation>
    </message>
    <message>
        <source>Apply the guess</source>
        <translation>Appliquer la déduction</translation>
    </message>
    <message>
        <source>Change the missing values</source>
        <translation>Modifier les valeurs manquantes</translation>
    </message>
    <message>
        <source>Open a workspace to save specifications in it.</source>
        <translation>Ouvrez un espace de travail pour y enregistrer des spécifications.</translation>
    </message>
    <message>
        <source>Give the specification a name first.</source>
        <translation>Donnez d&apos;abord un nom à la spécification.</translation>
    </message>
    <message>
        <source>Saved %1 as version %2.</source>
        <translation>%1 enregistrée comme version %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
    <message>
        <source>Exported version %1 of %2 to %3.</source>
        <translation>Version %1 de %2 exportée vers %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a bank column mapping, which the column mapping dialog edits.</source>
        <translation>%1 est une correspondance des colonnes bancaire, modifiable dans la boîte de dialogue de correspondance des colonnes.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Open a workspace to load saved versions.</source>
        <translation>Ouvrez un espace de travail pour charger les versions enregistrées.</translation>
    </message>
    <message>
        <source>Load version %1</source>
        <translation>Charger la version %1</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Définir %1 de %2</translation>
    </message>
    <message>
        <source>Add record %1</source>
        <translation>Ajouter l&apos;enregistrement %1</translation>
    </message>
    <message>
        <source>Remove record %1</source>
        <translation>Supprimer l&apos;enregistrement %1</translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation>&amp;Ajouter un enregistrement</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>One record per part of this column&apos;s cell (&quot;A. Smith; B. Jones&quot; → two people)</source>
        <translation>Un enregistrement par partie de la cellule de cette colonne (&quot;A. Smith; B. Jones&quot; → deux personnes)</translation>
    </message>
    <message>
        <source>role = defendant; year ~ ^20</source>
        <translation>rôle = prévenu; année ~ ^20</translation>
    </message>
    <message>
        <source>This record only for rows that meet every condition: column = value, column != value, column ~ regex, column !~ regex, column is empty, column is not empty; separated by &apos;;&apos;</source>
        <translation>Cet enregistrement uniquement pour les lignes qui remplissent toutes les conditions : colonne = valeur, colonne != valeur, colonne ~ regex, colonne !~ regex, colonne is empty, colonne is not empty ; séparées par &apos;;&apos;</translation>
    </message>
    <message>
        <source>Columns kept verbatim with the record, separated by &apos;;&apos; (* keeps every column no field reads)</source>
        <translation>Colonnes conservées telles quelles avec l&apos;enregistrement, séparées par &apos;;&apos; (* conserve toutes les colonnes qu&apos;aucun champ ne lit)</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Makes:</source>
        <translation>Produit :</translation>
    </message>
    <message>
        <source>Split by column:</source>
        <translation>Scinder selon la colonne :</translation>
    </message>
    <message>
        <source>Split at:</source>
        <translation>Scinder à :</translation>
    </message>
    <message>
        <source>Only when:</source>
        <translation>Uniquement si :</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attributs :</translation>
    </message>
    <message>
        <source>Each row becomes these records:</source>
        <translation>Chaque ligne devient ces enregistrements :</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Guess</source>
        <translation>Déduction</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transformations</translation>
    </message>
    <message>
        <source>Change what a record makes</source>
        <translation>Modifier ce que produit un enregistrement</translation>
    </message>
    <message>
        <source>Split a record</source>
        <translation>Scinder un enregistrement</translation>
    </message>
    <message>
        <source>Change where a record splits</source>
        <translation>Modifier l&apos;endroit où un enregistrement est scindé</translation>
    </message>
    <message>
        <source>Change a record&apos;s conditions</source>
        <translation>Modifier les conditions d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>Change a record&apos;s attributes</source>
        <translation>Modifier les attributs d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>Where every row comes from: a constant for the whole table, or a column when the rows name their own source, grading, handling code or TLP.</source>
        <translation>Provenance de chaque ligne : une constante pour tout le tableau, ou une colonne lorsque les lignes indiquent leur propre source, cotation, code de traitement ou TLP.</translation>
    </message>
    <message>
        <source>Values meaning &quot;not given&quot; in every column, separated by &apos;;&apos; (an empty cell always is). Older CTDC releases use -99.</source>
        <translation>Valeurs signifiant &quot;non renseigné&quot; dans toutes les colonnes, séparées par &apos;;&apos; (une cellule vide l&apos;est toujours). Les anciennes versions CTDC utilisent -99.</translation>
    </message>
    <message>
        <source>Sniffed from the header</source>
        <translation>Détecté d&apos;après l&apos;en-tête</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>Only rows that meet every condition are read (the others are counted, not quarantined): column = value, column ~ regex, column is not empty…; separated by &apos;;&apos;</source>
        <translation>Seules les lignes qui remplissent toutes les conditions sont lues (les autres sont comptées, pas mises en quarantaine) : colonne = valeur, colonne ~ regex, colonne is not empty… ; séparées par &apos;;&apos;</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>Valeurs manquantes :</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur :</translation>
    </message>
    <message>
        <source>Rows read only when:</source>
        <translation>Lignes lues uniquement si :</translation>
    </message>
    <message>
        <source>Change how the table is read</source>
        <translation>Modifier la lecture du tableau</translation>
    </message>
    <message>
        <source>&amp;Load this version</source>
        <translation>&amp;Charger cette version</translation>
    </message>
    <message>
        <source>Saved versions of this specification (each save is a new version):</source>
        <translation>Versions enregistrées de cette spécification (chaque enregistrement crée une nouvelle version) :</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2 : %3</translation>
    </message>
    <message>
        <source>Guessed, %1 % sure: %2</source>
        <translation>Déduit, sûr à %1 % : %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3%4</source>
        <translation>Version %1 · %2 · %3%4</translation>
    </message>
    <message>
        <source>Not yet valid: %1</source>
        <translation>Pas encore valide : %1</translation>
    </message>
    <message>
        <source>Valid. Loaded from version %1.</source>
        <translation>Valide. Chargée depuis la version %1.</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Valide.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Route leg</source>
        <translation>Tronçon d&apos;itinéraire</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Involvement (incident – entity)</source>
        <translation>Implication (incident – entité)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>enregistrement %1</translation>
    </message>
    <message>
        <source>= &quot;%1&quot;</source>
        <translation>= &quot;%1&quot;</translation>
    </message>
    <message>
        <source>map: %1</source>
        <translation>correspondance : %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>split at %1</source>
        <translation>scindé à %1</translation>
    </message>
    <message>
        <source>place by %1</source>
        <translation>lieu par %1</translation>
    </message>
    <message>
        <source>at %1, %2</source>
        <translation>à %1, %2</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <source>The specification&apos;s name, by which imports choose it</source>
        <translation>Le nom de la spécification, qui permet aux imports de la choisir</translation>
    </message>
    <message>
        <source>Write the specification to a JSON file</source>
        <translation>Écrire la spécification dans un fichier JSON</translation>
    </message>
    <message>
        <source>Read a specification from a JSON file (undoable)</source>
        <translation>Lire une spécification depuis un fichier JSON (annulable)</translation>
    </message>
    <message>
        <source>Close the editor; what was not saved is asked about</source>
        <translation>Fermer l&apos;éditeur ; une confirmation est demandée pour ce qui n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Records each row makes</source>
        <translation>Enregistrements produits par chaque ligne</translation>
    </message>
    <message>
        <source>Choose a record to edit its fields</source>
        <translation>Choisir un enregistrement pour modifier ses champs</translation>
    </message>
    <message>
        <source>Add a record of a kind: incident, place, person, link…</source>
        <translation>Ajouter un enregistrement d&apos;un type donné : incident, lieu, personne, lien…</translation>
    </message>
    <message>
        <source>Remove the chosen record (undoable)</source>
        <translation>Supprimer l&apos;enregistrement choisi (annulable)</translation>
    </message>
    <message>
        <source>The record&apos;s id, by which other records of the row refer to it</source>
        <translation>L&apos;identifiant de l&apos;enregistrement, par lequel les autres enregistrements de la ligne y font référence</translation>
    </message>
    <message>
        <source>What kind of record it makes</source>
        <translation>Le type d&apos;enregistrement qu&apos;il produit</translation>
    </message>
    <message>
        <source>The characters between the parts of the split column&apos;s cell</source>
        <translation>Les caractères entre les parties de la cellule de la colonne scindée</translation>
    </message>
    <message>
        <source>Fields of the record</source>
        <translation>Champs de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Each field with what it reads, the guess and its transforms; choose one to edit it below</source>
        <translation>Chaque champ avec ce qu&apos;il lit, la déduction et ses transformations ; choisissez-en un pour le modifier ci-dessous</translation>
    </message>
    <message>
        <source>The first row with a value</source>
        <translation>La première ligne non vide</translation>
    </message>
    <message>
        <source>The row of the column names, as the file numbers rows (a sheet&apos;s row, a text file&apos;s line), when a title or notes are above it; the rows above are not read</source>
        <translation>La ligne des noms de colonnes, numérotée comme le fichier numérote ses lignes (ligne de la feuille, ligne du fichier texte), quand un titre ou des notes la précèdent ; les lignes au-dessus ne sont pas lues</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Ligne d&apos;&amp;en-tête :</translation>
    </message>
    <message>
        <source>No guess: the table cannot be read.</source>
        <translation>Aucune déduction : la table ne peut pas être lue.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SpecificationEditorPreview</name>
    <message>
        <source>Record · field</source>
        <translation>Enregistrement · champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>First rows of the table, and what each becomes:</source>
        <translation>Premières lignes du tableau, et ce que chacune devient :</translation>
    </message>
    <message>
        <source>Records of the selected row:</source>
        <translation>Enregistrements de la ligne sélectionnée :</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>This specification cannot read the table: %1</source>
        <translation>Cette spécification ne peut pas lire le tableau : %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>skipped: a condition leaves it out</source>
        <translation>ignorée : une condition l&apos;écarte</translation>
    </message>
    <message>
        <source>1 record: %1</source>
        <translation>1 enregistrement : %1</translation>
    </message>
    <message>
        <source>%1 records: %2</source>
        <translation>%1 enregistrements : %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>a condition of the specification leaves it out</source>
        <translation>une condition de la spécification l&apos;écarte</translation>
    </message>
    <message>
        <source>Preview of the file&apos;s rows</source>
        <translation>Aperçu des lignes du fichier</translation>
    </message>
    <message>
        <source>The first rows of the file as read, with the cells each field reads marked</source>
        <translation>Les premières lignes du fichier telles que lues, avec les cellules lues par chaque champ mises en évidence</translation>
    </message>
    <message>
        <source>Preview of the records</source>
        <translation>Aperçu des enregistrements</translation>
    </message>
    <message>
        <source>The records each previewed row makes, field by field, and its errors</source>
        <translation>Les enregistrements produits par chaque ligne prévisualisée, champ par champ, et ses erreurs</translation>
    </message>
    <message>
        <source>blank: every cell is empty</source>
        <translation>vide : toutes les cellules sont vides</translation>
    </message>
    <message>
        <source>Error in %1</source>
        <translation>Erreur dans %1</translation>
    </message>
    <message>
        <source>a blank row: every cell is empty</source>
        <translation>une ligne vide : toutes les cellules sont vides</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SpecificationEditorValue</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>A column</source>
        <translation>Une colonne</translation>
    </message>
    <message>
        <source>A constant</source>
        <translation>Une constante</translation>
    </message>
    <message>
        <source>A template of columns</source>
        <translation>Un modèle de colonnes</translation>
    </message>
    <message>
        <source>Another record of the row</source>
        <translation>Un autre enregistrement de la ligne</translation>
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
        <translation>Formats de date Qt essayés dans l&apos;ordre, séparés par &apos;;&apos;. iso lit AAAA, AAAA-MM et AAAA-MM-JJ ; banded lit aussi 2014-2018 comme une plage d&apos;années.</translation>
    </message>
    <message>
        <source>e.g. Female=woman; Male=man</source>
        <translation>p. ex. Female=woman; Male=man</translation>
    </message>
    <message>
        <source>Values replaced before they are read: from=to, separated by &apos;;&apos;</source>
        <translation>Valeurs remplacées avant d&apos;être lues : de=vers, séparées par &apos;;&apos;</translation>
    </message>
    <message>
        <source>Only values in the map (a code list)</source>
        <translation>Uniquement les valeurs de la table de correspondance (liste de codes)</translation>
    </message>
    <message>
        <source>e.g. -99; unknown</source>
        <translation>p. ex. -99; inconnu</translation>
    </message>
    <message>
        <source>Values of this column meaning &quot;not given&quot;, on top of the specification&apos;s</source>
        <translation>Valeurs de cette colonne signifiant &quot;non renseigné&quot;, en plus de celles de la spécification</translation>
    </message>
    <message>
        <source>e.g. ;|</source>
        <translation>p. ex. ;|</translation>
    </message>
    <message>
        <source>Several values in one cell: the characters between them</source>
        <translation>Plusieurs valeurs dans une cellule : les caractères qui les séparent</translation>
    </message>
    <message>
        <source>Code or name (auto)</source>
        <translation>Code ou nom (auto)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>Code ISO</translation>
    </message>
    <message>
        <source>UN M49 region or country number</source>
        <translation>Numéro de région ou de pays UN M49</translation>
    </message>
    <message>
        <source>Name, else its coordinates</source>
        <translation>Nom, sinon ses coordonnées</translation>
    </message>
    <message>
        <source>regular expression; its first group is the value</source>
        <translation>expression régulière ; son premier groupe est la valeur</translation>
    </message>
    <message>
        <source>A row without it is rejected</source>
        <translation>Une ligne sans cette valeur est rejetée</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>Lit :</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Colonne :</translation>
    </message>
    <message>
        <source>Constant:</source>
        <translation>Constante :</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Enregistrement :</translation>
    </message>
    <message>
        <source>Date formats:</source>
        <translation>Formats de date :</translation>
    </message>
    <message>
        <source>Value map:</source>
        <translation>Table de correspondance :</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>Valeurs manquantes :</translation>
    </message>
    <message>
        <source>Separators:</source>
        <translation>Séparateurs :</translation>
    </message>
    <message>
        <source>Place by:</source>
        <translation>Lieu par :</translation>
    </message>
    <message>
        <source>Longitude column:</source>
        <translation>Colonne de longitude :</translation>
    </message>
    <message>
        <source>Latitude column:</source>
        <translation>Colonne de latitude :</translation>
    </message>
    <message>
        <source>Country column:</source>
        <translation>Colonne de pays :</translation>
    </message>
    <message>
        <source>Extract:</source>
        <translation>Extraire :</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Par défaut :</translation>
    </message>
    <message>
        <source>Select a field to edit where its value comes from.</source>
        <translation>Sélectionnez un champ pour modifier la provenance de sa valeur.</translation>
    </message>
    <message>
        <source>Where the field&apos;s value comes from</source>
        <translation>Provenance de la valeur du champ</translation>
    </message>
    <message>
        <source>The column the field reads</source>
        <translation>La colonne que lit le champ</translation>
    </message>
    <message>
        <source>The value every record gets</source>
        <translation>La valeur que reçoit chaque enregistrement</translation>
    </message>
    <message>
        <source>Text with column names in braces, replaced by the row&apos;s cells</source>
        <translation>Texte avec des noms de colonnes entre accolades, remplacés par les cellules de la ligne</translation>
    </message>
    <message>
        <source>The record of the same row the field refers to</source>
        <translation>L&apos;enregistrement de la même ligne auquel le champ fait référence</translation>
    </message>
    <message>
        <source>A value that is not in the map is an error at its cell, not read as it is</source>
        <translation>Une valeur absente de la table de correspondance est une erreur sur sa cellule, elle n&apos;est pas lue telle quelle</translation>
    </message>
    <message>
        <source>Only the part of the cell this regular expression&apos;s first group matches is read</source>
        <translation>Seule la partie de la cellule correspondant au premier groupe de cette expression régulière est lue</translation>
    </message>
    <message>
        <source>The value when the cell is empty or means &quot;not given&quot;</source>
        <translation>La valeur lorsque la cellule est vide ou signifie &quot;non renseigné&quot;</translation>
    </message>
    <message>
        <source>A row whose cell gives no value is an error at its cell</source>
        <translation>Une ligne dont la cellule ne donne aucune valeur est une erreur sur sa cellule</translation>
    </message>
</context>
<context>
    <name>waymark::ui::StartPage</name>
    <message>
        <source>Start page</source>
        <translation>Page d&apos;accueil</translation>
    </message>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>&lt;p&gt;An offline workstation for analysts who fight human trafficking. Waymark keeps an investigation in one workspace file: hub extracts, CTDC data and bank transactions imported with every row&apos;s source, grading and line; routes and hotspots on a map; people, businesses, phones and accounts on a link chart; financial typologies; and Key Judgement Reports. It opens no network connection.&lt;/p&gt;&lt;p&gt;User guide: &lt;a href=&quot;help:workspaces.html&quot;&gt;Workspaces&lt;/a&gt; · &lt;a href=&quot;help:importing.html&quot;&gt;Importing data&lt;/a&gt; · &lt;a href=&quot;help:map.html&quot;&gt;The map&lt;/a&gt; · &lt;a href=&quot;help:keys.html&quot;&gt;Keyboard&lt;/a&gt; · &lt;a href=&quot;help:index.html&quot;&gt;Contents&lt;/a&gt; (F1)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un poste de travail hors ligne pour les analystes qui luttent contre la traite des êtres humains. Waymark conserve une enquête dans un seul fichier d&apos;espace de travail : extractions du hub, données CTDC et opérations bancaires importées avec, pour chaque ligne, sa source, sa cotation et son numéro de ligne ; itinéraires et points chauds sur une carte ; personnes, entreprises, téléphones et comptes sur un graphe de liens ; typologies financières ; et rapports de jugements clés. Il n&apos;ouvre aucune connexion réseau.&lt;/p&gt;&lt;p&gt;Guide de l&apos;utilisateur : &lt;a href=&quot;help:workspaces.html&quot;&gt;Espaces de travail&lt;/a&gt; · &lt;a href=&quot;help:importing.html&quot;&gt;Importer des données&lt;/a&gt; · &lt;a href=&quot;help:map.html&quot;&gt;La carte&lt;/a&gt; · &lt;a href=&quot;help:keys.html&quot;&gt;Clavier&lt;/a&gt; · &lt;a href=&quot;help:index.html&quot;&gt;Sommaire&lt;/a&gt; (F1)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What is Waymark</source>
        <translation>Qu&apos;est-ce que Waymark</translation>
    </message>
    <message>
        <source>A short description, with links into the user guide</source>
        <translation>Une courte description, avec des liens vers le guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Open the &amp;sample</source>
        <translation>Ouvrir l&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>5,000 generated incidents, with people and accounts, to try every view on</source>
        <translation>5 000 incidents générés, avec des personnes et des comptes, pour essayer chaque vue</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>An empty workspace file for a new investigation (Ctrl+N)</source>
        <translation>Un fichier d&apos;espace de travail vide pour une nouvelle enquête (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>A workspace file (.waymark) from anywhere on this computer (Ctrl+O)</source>
        <translation>Un fichier d&apos;espace de travail (.waymark) situé n&apos;importe où sur cet ordinateur (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Hub extracts, CTDC files, tables or bank transactions: into a new workspace you name first</source>
        <translation>Extractions du hub, fichiers CTDC, tableaux ou opérations bancaires : dans un nouvel espace de travail que vous nommez d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Recent workspaces</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>Enter or a double click opens the workspace</source>
        <translation>Entrée ou un double-clic ouvre l&apos;espace de travail</translation>
    </message>
    <message>
        <source>None yet: the workspaces you open are listed here.</source>
        <translation>Aucun pour l&apos;instant : les espaces de travail que vous ouvrez sont listés ici.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation>%1 — introuvable</translation>
    </message>
</context>
<context>
    <name>waymark::ui::TableCsvButton</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the table as shown (sorted, filtered, the selected rows if any) as CSV, after the releasability check</source>
        <translation>Enregistrer le tableau tel qu&apos;affiché (trié, filtré, limité aux lignes sélectionnées s&apos;il y en a) au format CSV, après le contrôle de diffusion</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>tableau %1</translation>
    </message>
</context>
<context>
    <name>waymark::ui::TimelineView</name>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>years</source>
        <translation>années</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Known to the month only</source>
        <translation>Connu au mois près seulement</translation>
    </message>
    <message>
        <source>Known to the year only</source>
        <translation>Connu à l&apos;année près seulement</translation>
    </message>
    <message>
        <source>Bins: %1</source>
        <translation>Intervalles : %1</translation>
    </message>
    <message>
        <source> · the lower band holds incidents known only to a month or a year that span several bins</source>
        <translation> · la bande inférieure contient les incidents connus seulement au mois ou à l&apos;année qui couvrent plusieurs intervalles</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s), %2 selected</source>
        <translation>
            <numerusform>%1 : %n incident, %2 sélectionnés</numerusform>
            <numerusform>%1 : %n incidents, %2 sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n incident(s)</source>
        <translation>
            <numerusform>%1 : %n incident</numerusform>
            <numerusform>%1 : %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Known to the year %1 only: %n incident(s)</source>
        <translation>
            <numerusform>Connu seulement à l&apos;année %1 : %n incident</numerusform>
            <numerusform>Connus seulement à l&apos;année %1 : %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Known to the month %1 only: %n incident(s)</source>
        <translation>
            <numerusform>Connu seulement au mois %1 : %n incident</numerusform>
            <numerusform>Connus seulement au mois %1 : %n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · données au %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Shift+Right and Shift+Left widen and narrow the time window by one interval; Escape shows all the time</source>
        <translation>Maj+Right et Maj+Left élargissent et rétrécissent la fenêtre temporelle d&apos;un intervalle ; Échap affiche toute la période</translation>
    </message>
</context>
<context>
    <name>waymark::ui::TypologyEditor</name>
    <message>
        <source>Typologies</source>
        <translation>Typologies</translation>
    </message>
    <message>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <source>The share of account holders who fit this typology before any evidence</source>
        <translation>La part des titulaires de comptes correspondant à cette typologie avant tout élément de preuve</translation>
    </message>
    <message>
        <source>Prior probability</source>
        <translation>Probabilité a priori</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Likelihood ratio if it fires</source>
        <translation>Rapport de vraisemblance s&apos;il se déclenche</translation>
    </message>
    <message>
        <source>Likelihood ratio if it does not</source>
        <translation>Rapport de vraisemblance s&apos;il ne se déclenche pas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>A likelihood ratio above 1 raises the odds, below 1 lowers them; from %1 to %2</source>
        <translation>Un rapport de vraisemblance supérieur à 1 augmente la cote, inférieur à 1 la diminue ; de %1 à %2</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Version %1. Saving stores version %2; scores already made keep the weights they used.</source>
        <translation>Version %1. L&apos;enregistrement crée la version %2 ; les scores déjà calculés conservent les pondérations qu&apos;ils ont utilisées.</translation>
    </message>
    <message>
        <source>Saved %1 as version %2. Score the accounts again to use it.</source>
        <translation>« %1 » enregistrée en version %2. Notez à nouveau les comptes pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Loading the typologies…</source>
        <translation>Chargement des typologies…</translation>
    </message>
    <message>
        <source>The typology whose weights are shown and edited</source>
        <translation>La typologie dont les pondérations sont affichées et modifiées</translation>
    </message>
    <message>
        <source>Indicators and their weights</source>
        <translation>Indicateurs et leurs pondérations</translation>
    </message>
    <message>
        <source>Store the weights as a new version of the typology</source>
        <translation>Enregistrer les pondérations comme nouvelle version de la typologie</translation>
    </message>
    <message>
        <source>%1: likelihood ratio if it fires</source>
        <translation>%1 : rapport de vraisemblance s&apos;il se déclenche</translation>
    </message>
    <message>
        <source>%1: likelihood ratio if it does not</source>
        <translation>%1 : rapport de vraisemblance s&apos;il ne se déclenche pas</translation>
    </message>
    <message>
        <source>This is your edited version %1. Built-in version %2 is newer than version %3 you edited: %4.</source>
        <translation>Ceci est votre version modifiée %1. La version intégrée %2 est plus récente que la version %3 que vous avez modifiée : %4.</translation>
    </message>
    <message>
        <source>Use built-in version %1</source>
        <translation>Utiliser la version intégrée %1</translation>
    </message>
    <message>
        <source>Score with the built-in weights from now on; your edit stays in the workspace&apos;s history and earlier runs keep the weights they used</source>
        <translation>Désormais noter avec les pondérations intégrées ; votre modification reste dans l&apos;historique de l&apos;espace de travail et les exécutions antérieures conservent les pondérations qu&apos;elles ont utilisées</translation>
    </message>
    <message>
        <source>Built-in version %1 replaces the workspace&apos;s unedited version %2: %3.</source>
        <translation>La version intégrée %1 remplace la version non modifiée %2 de l&apos;espace de travail : %3.</translation>
    </message>
    <message>
        <source>%1 uses built-in version %2 now (stored as version %3); your edit stays in the history. Score the accounts again to use it.</source>
        <translation>%1 utilise désormais la version intégrée %2 (enregistrée en version %3) ; votre modification reste dans l&apos;historique. Notez à nouveau les comptes pour l&apos;utiliser.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::VersionHistoryDialog</name>
    <message>
        <source>Version history</source>
        <translation>Historique des versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Compare version</source>
        <translation>Comparer la version</translation>
    </message>
    <message>
        <source>with version</source>
        <translation>avec la version</translation>
    </message>
    <message>
        <source>Only one version has been saved.</source>
        <translation>Une seule version a été enregistrée.</translation>
    </message>
    <message>
        <source>The two versions say the same.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
    <message numerus="yes">
        <source>From version %1 to version %2: %n line(s) added</source>
        <translation>
            <numerusform>De la version %1 à la version %2 : %n ligne ajoutée</numerusform>
            <numerusform>De la version %1 à la version %2 : %n lignes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n removed.</source>
        <translation>
            <numerusform>, %n supprimée.</numerusform>
            <numerusform>, %n supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versions enregistrées</translation>
    </message>
    <message>
        <source>Each saved version of the report: number, time, who saved it and the note</source>
        <translation>Chaque version enregistrée du rapport : numéro, date et heure, auteur de l&apos;enregistrement et note</translation>
    </message>
    <message>
        <source>The older version of the comparison</source>
        <translation>La version la plus ancienne de la comparaison</translation>
    </message>
    <message>
        <source>The newer version of the comparison</source>
        <translation>La version la plus récente de la comparaison</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>What changed from one version to the other, section by section</source>
        <translation>Ce qui a changé d&apos;une version à l&apos;autre, section par section</translation>
    </message>
</context>
</TS>
