# An empty file is refused, not taken as an empty portfolio.
. "$(dirname "$0")/lib.inc"
: >empty.yaml
bad_import "the file is empty" empty.yaml
