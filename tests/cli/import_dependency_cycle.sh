# A dependency cycle, here through a programme already in the store, is refused.
. "$(dirname "$0")/lib.inc"
cat >bad.yaml <<'Y'
veikart: 1
programmes:
  - {code: A, name: A, depends_on: [B]}
  - {code: B, name: B, depends_on: [PLL]}
  - code: PLL
    name: Pasientens legemiddelliste
    depends_on: [A]
Y
bad_import "dependency cycle" bad.yaml
