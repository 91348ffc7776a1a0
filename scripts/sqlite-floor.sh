#!/bin/bash
# The least SQLite itself spends storing what a Waymark import stores, set
# against the sqlite3 shell's .import of the same CSV: a bound on the ratio
# bench_import and bench_hubimport print, whatever the import's own code does.
#
#   scripts/sqlite-floor.sh ctdc FILE.csv WORKSPACE   # any other CTDC layout (its rows are incidents)
#   scripts/sqlite-floor.sh vp  FILE.csv  WORKSPACE   # a victim–perpetrator CSV and a workspace it was imported into
#   scripts/sqlite-floor.sh hub FOLDER    WORKSPACE   # an unpacked hub extract and a workspace it was imported into
#
# The rows Waymark wrote are copied, as stored, into a new file with the
# workspace's own CREATE TABLE statements (unique constraints moved to
# indexes), by INSERT … SELECT: no parsing, no binding, no validation, no
# provenance or digest, a statement per table. The time to read them from the
# workspace is measured apart and taken off. Then the indexes are built once
# over the finished tables, and the full-text search rows added, each timed.
# Best of 3 (2 for a hub extract) of each step; the same defaults as the
# shell's .import (rollback journal, synchronous FULL).
set -euo pipefail
kind=${1:?vp or hub}; input=$(realpath "${2:?the CSV file or extract folder}"); ws=$(realpath "${3:?the workspace}")
case $kind in
ctdc) tables="incidents"; runs=3 ;;
vp) tables="incidents entities incident_entities"; runs=3 ;;
hub) tables="sources entities incidents route_legs links incident_entities accounts transactions"; runs=2 ;;
*) echo "usage: $0 ctdc|vp|hub INPUT WORKSPACE" >&2; exit 2 ;;
esac
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; cd "$work"
seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $s" | bc; }
best() { sort -n | head -1; }

imports=()
if [ "$kind" != hub ]; then imports=(".import $input t"); else for f in "$input"/*.csv; do imports+=(".import $f $(basename "$f" .csv)"); done; fi
peer=$(for r in $(seq $runs); do rm -f p.db; seconds sqlite3 p.db ".mode csv" "${imports[@]}"; done | best)

reads=(); copy=("attach '$ws' as s" "begin"); quoted=()
for t in $tables; do
    last=$(sqlite3 "$ws" "select name from pragma_table_info('$t') order by cid desc limit 1")
    reads+=("select count(*) + sum(coalesce(length($last), 0)) from $t")
    copy+=("insert into $t select * from s.$t")
    quoted+=("'$t'")
done
copy+=("commit")
read=$(for r in $(seq $runs); do seconds sqlite3 "$ws" "${reads[@]}"; done | best)

indexes=(); while IFS= read -r sql; do indexes+=("$sql"); done < <(sqlite3 "$ws" \
    "select sql from sqlite_schema where type = 'index' and sql is not null and tbl_name in ($(IFS=,; echo "${quoted[*]}"))")
# A table's own UNIQUE constraints become indexes built after its rows.
uniques=(); for t in $tables; do
    while IFS='|' read -r name cols; do [ -n "$name" ] && uniques+=("create unique index floor_$name on $t($cols)"); done < <(sqlite3 "$ws" \
        "select il.name, group_concat(ii.name, ',') from pragma_index_list('$t') il join pragma_index_info(il.name) ii where il.origin = 'u' group by il.name")
done
search=()
[ "$kind" != ctdc ] && search+=("CREATE VIRTUAL TABLE entity_fts USING fts5(label, attributes, content='entities', content_rowid='id')"
    "INSERT INTO entity_fts(rowid, label, attributes) SELECT id, label, attributes FROM entities")
[ "$kind" = hub ] && search+=("CREATE VIRTUAL TABLE incident_fts USING fts5(summary, content='incidents', content_rowid='id')"
    "INSERT INTO incident_fts(rowid, summary) SELECT id, summary FROM incidents WHERE summary IS NOT NULL AND summary <> ''")

for r in $(seq $runs); do
    rm -f f.db f.db-journal
    for t in $tables; do
        sqlite3 "$ws" "select sql from sqlite_schema where type = 'table' and name = '$t'" \
            | sed -E 's/UNIQUE *\(([^)]*)\)/CHECK(1)/g; s/ UNIQUE(,|\)|$)/\1/g' | sqlite3 f.db
    done
    c=$(seconds sqlite3 f.db "${copy[@]}")
    i=$(seconds sqlite3 f.db "${indexes[@]}" "${uniques[@]+"${uniques[@]}"}")
    f=0; [ ${#search[@]} -gt 0 ] && f=$(seconds sqlite3 f.db "${search[@]}")
    echo "$c $i $f"
done | sort -n | head -1 > floor
read -r c i f < floor
rows=$(echo "$c - $read" | bc)
printf 'rows stored:'; for t in $tables; do printf ' %s %s' "$t" "$(sqlite3 "$ws" "select count(*) from $t")"; done; echo
printf 'sqlite3 .import of the CSV:           %.2f s\n' "$peer"
printf 'the rows, copied (less reading them): %.2f s\n' "$rows"
printf 'their indexes, built once:            %.2f s\n' "$i"
printf 'the full-text search rows:            %.2f s\n' "$f"
printf 'bound on the ratio, rows and indexes: %.2f\n' "$(echo "scale=4; $peer / ($rows + $i)" | bc)"
printf 'bound with the search rows:           %.2f\n' "$(echo "scale=4; $peer / ($rows + $i + $f)" | bc)"
