# A date in a form the papers use but the file does not accept is quoted back.
. "$(dirname "$0")/lib.inc"
cat >bad.yaml <<'Y'
veikart: 1
programmes:
  - code: NY
    name: Nytt program
    milestones: [{date: andre halvår 2023, name: M, kind: goal}]
Y
bad_import "'date': invalid date 'andre halvår 2023' \(expected a day 2023-09-15" bad.yaml
