# A dependency on a code that is neither in the file nor in the store is refused.
. "$(dirname "$0")/lib.inc"
cat >bad.yaml <<'Y'
veikart: 1
programmes:
  - {code: NY, name: Nytt program, depends_on: [KJERNEJOURNAL, FINNES-IKKE]}
Y
bad_import "'NY' depends on 'FINNES-IKKE', which is no programme or project" bad.yaml
