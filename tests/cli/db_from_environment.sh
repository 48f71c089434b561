# The store is --db, else $VEIKART_DB, else ./veikart.db.
. "$(dirname "$0")/lib.inc"
VEIKART_DB="$T/env.db" "$VEIKART" init >/dev/null
[ -f env.db ] || fail "VEIKART_DB not used"
VEIKART_DB="$T/env.db" "$VEIKART" --db cli.db init >/dev/null
[ -f cli.db ] || fail "--db does not win"
VEIKART_DB= "$VEIKART" init >/dev/null
[ -f veikart.db ] || fail "default ./veikart.db"
