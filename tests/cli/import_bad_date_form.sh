# A date in a form the papers use but the file does not accept is quoted back.
. "$(dirname "$0")/lib.inc"
bad_programme "'date': invalid date 'andre halvår 2023' \(expected a day 2023-09-15" <<'Y'
    milestones: [{date: andre halvår 2023, name: M, kind: goal}]
Y
