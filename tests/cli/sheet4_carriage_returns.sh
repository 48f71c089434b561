# A status sheet's text holds no control character but tab and newline, as YAML files and
# 'status set --comment': a CRLF line break inside a quoted field is a newline (LF), as in
# a cell Excel writes; a lone CR, or another control character, is refused with its line
# and column, and nothing is stored.
D=$(cd "$(dirname "$0")" && pwd)
. "$D/lib.inc"
"$VEIKART" init >/dev/null
printf 'veikart: 1\ncadence: quarter\nprojects:\n  - {code: P, name: P}\n  - {code: Q, name: Q}\n' >p.yaml
"$VEIKART" import p.yaml >/dev/null
# CRLF line ends and a comment of three lines, two breaks written CRLF, one LF
printf 'periode;kode;status;kommentar\r\n2026-Q1;P;gul;"linje1\r\nlinje2\nlinje3"\r\n' >crlf.csv
run "$VEIKART" import crlf.csv
expect_status 0
"$VEIKART" show P --format json >p.json
"$PY" - <<'P' || fail "the comment: $(cat p.json)"
import json
c = json.load(open("p.json"))["status"]
c = c[0] if isinstance(c, list) else c
assert c["comment"] == "linje1\nlinje2\nlinje3", repr(c["comment"])
P
"$VEIKART" export xlsx -o book.xlsx >/dev/null
unzip -p book.xlsx 'xl/*' | grep -q '_x000D_' && fail "the workbook holds a CR"
before=$(sqlite3 v.db "SELECT count(*), group_concat(comment) FROM status_report")
# a lone CR in a field, at the end of the field's third line (line 5 of the file)
printf 'periode;kode;status;kommentar\r\n2026-Q2;P;gul;\r\n2026-Q2;Q;gul;"a\r\nb\r\nc\rd"\r\n' >lone.csv
run "$VEIKART" import lone.csv
expect_status 65
grep -q '^veikart: lone.csv:5: the text in column 4 contains the control character U+000D' err ||
	fail "message: $(cat err)"
printf 'periode;kode;status;kommentar\n2026-Q2;Q;gul;"a\033[31mb"\n' >esc.csv
run "$VEIKART" import esc.csv
expect_status 65
grep -q '^veikart: esc.csv:2: the text in column 4 contains the control character U+001B' err ||
	fail "message: $(cat err)"
[ "$(sqlite3 v.db "SELECT count(*), group_concat(comment) FROM status_report")" = "$before" ] ||
	fail "a refused sheet changed the store"
exit 0
