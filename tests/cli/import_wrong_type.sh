# A value of the wrong type (a list where a number belongs) is refused.
. "$(dirname "$0")/lib.inc"
bad_programme "'priority' must be a whole number, not a list" <<'Y'
    priority: [1, 2]
Y
