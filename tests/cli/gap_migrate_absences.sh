# A schema 7 store (archived_until) is brought to schema 8: each archived item's
# archived_until becomes its open time out of the plan in item_absence (the column goes),
# so its past counts stay, and bringing it back afterwards changes none of them either.
. "$(dirname "$0")/lib.inc"
"$VEIKART" init >/dev/null
tertial_projects all.yaml <<'Y'
  - {code: P1, name: En}
  - {code: P2, name: To}
  - {code: P3, name: Tre}
Y
printf 'veikart: 1\ncadence: tertial\nprojects:\n  - {code: P2, name: To}\n  - {code: P3, name: Tre}\n' >p23.yaml
printf 'veikart: 1\ncadence: tertial\nprojects:\n  - {code: P3, name: Tre}\n' >p3.yaml
printf 'periode;kode;status\n2021-T1;P2;grønn\n2021-T1;P3;grønn\n' >t1.csv
printf 'periode;kode;status\n2021-T2;P3;gul\n' >t2.csv
"$VEIKART" import all.yaml >/dev/null
"$VEIKART" import --replace p23.yaml >/dev/null # P1: archived before any period
"$VEIKART" import t1.csv >/dev/null
"$VEIKART" import --replace p3.yaml >/dev/null # P2: archived after 2021-T1
"$VEIKART" import t2.csv >/dev/null
"$VEIKART" status --trend >trend.before
# the store as schema 7 kept it
sqlite3 "$VEIKART_DB" "ALTER TABLE item ADD COLUMN archived_until TEXT CHECK (archived_until IS NULL OR date(archived_until) IS archived_until);
	UPDATE item SET archived_until = (SELECT after_date FROM item_absence a WHERE a.item_id = item.id AND a.until_date IS NULL);
	DROP TRIGGER item_archive; DROP TRIGGER item_restore; DROP TABLE item_absence; PRAGMA user_version = 7;"
[ "$(sqlite3 "$VEIKART_DB" "SELECT group_concat(code || '=' || coalesce(archived_until, '-'), ' ') FROM item WHERE archived = 1 ORDER BY code")" = "P1=- P2=2021-04-30" ] ||
	fail "the schema 7 store is not as expected: $(sqlite3 "$VEIKART_DB" "SELECT code, archived, archived_until FROM item")"
"$VEIKART" status --trend >trend.migrated
[ -f "$VEIKART_DB.schema7.bak" ] || fail "no backup of the schema 7 store"
[ "$(sqlite3 "$VEIKART_DB" "PRAGMA user_version")" -ge 8 ] || fail "not migrated"
cmp -s trend.before trend.migrated || fail "the migration changed the trend: $(diff trend.before trend.migrated)"
sqlite3 "$VEIKART_DB" "SELECT archived_until FROM item" >/dev/null 2>&1 && fail "archived_until is still there"
[ "$(sqlite3 "$VEIKART_DB" "SELECT group_concat(i.code || '=' || coalesce(a.after_date, '-') || '..' || coalesce(a.until_date, '-'), ' ') FROM item_absence a JOIN item i ON i.id = a.item_id ORDER BY i.code")" = "P1=-..- P2=2021-04-30..-" ] ||
	fail "absences after the migration: $(sqlite3 "$VEIKART_DB" "SELECT * FROM item_absence")"
# back in the plan: the past stays as it was
"$VEIKART" import all.yaml >/dev/null
"$VEIKART" status --trend >trend.after
cmp -s trend.before trend.after || fail "bringing P1 and P2 back changed the trend: $(diff trend.before trend.after)"
