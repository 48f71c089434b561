# An unknown phase code is refused and nothing is written.
. "$(dirname "$0")/lib.inc"
bad_programme "unknown phase 'drift'" <<'Y'
    phases: [{phase: drift, start: 2025, end: 2026}]
Y
