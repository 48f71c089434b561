# A file that is not YAML is refused with the parser's reason.
. "$(dirname "$0")/lib.inc"
printf 'veikart: 1\nprogrammes: [{code: A, name: "open\n' >bad.yaml
bad_import "not valid YAML" bad.yaml
