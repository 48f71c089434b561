# An error in a portfolio file's reports:, scores: or costs: section is placed as any
# YAML error is, FILE:LINE:COL: the entry it is in, or for an unknown criterion the
# place it is named (a sheet names its header line, which a YAML file does not have).
. "$(dirname "$0")/lib.inc"
sample_store
printf 'veikart: 1\nscores:\n  - measure: "X"\n    code: PLL\n    values: {M1: 8, ZZ: 3}\n' >crit.yaml
bad_import "unknown criterion 'ZZ'" crit.yaml
grep -q "^veikart: crit.yaml:5:21: unknown criterion 'ZZ'" "$T/err" || fail "criterion not placed"
printf 'veikart: 1\nscores:\n  - measure: "X"\n    code: NOPE\n    values: {M1: 8}\n' >code.yaml
bad_import "unknown programme or project code 'NOPE'" code.yaml
grep -q "^veikart: code.yaml:3:5: " "$T/err" || fail "measure not placed"
printf 'veikart: 1\nreports:\n  - {period: 2021-05, code: PLL, status: gul}\n  - {period: 2021-05, code: PLL, status: rød}\n' >twice.yaml
bad_import "a second report for 'PLL' in 2021-05 \\(the first is on line 3\\)" twice.yaml
grep -q "^veikart: twice.yaml:4:6: " "$T/err" || fail "second report not placed"
printf 'veikart: 1\ncosts:\n  - {solution: KJ, year: 2024, kind: budsjett, mnok: 1}\n  - {solution: KJ, year: 2024, kind: budsjett, mnok: 2}\n' >cost.yaml
bad_import "a second budsjett figure for 'KJ' in 2024" cost.yaml
grep -q "^veikart: cost.yaml:4:6: " "$T/err" || fail "second cost not placed"
