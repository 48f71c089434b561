# Every text of a portfolio file must fit a spreadsheet cell (32,767 UTF-16 units, as
# Excel counts): a longer one is refused at FILE:LINE:COL, so 'export xlsx' never fails
# on what the store holds. Exactly 32,767 goes in, and exports.
. "$(dirname "$0")/lib.inc"
long=$(head -c 32768 /dev/zero | tr '\0' x)
fits=$(head -c 32767 /dev/zero | tr '\0' x)
# 16,384 characters beyond U+FFFF: 32,768 units in Excel
wide=$(python3 -c 'print("\U0001F600" * 16384)')
for field in title name owner description milestone phase region area criterion criteria-group; do
	text=$long
	[ "$field" = description ] && text=$wide
	n=32768
	case $field in
	title) y="title: \"$text\"" ;;
	name) y="projects: [{code: A, name: \"$text\"}]" ;;
	owner) y="projects: [{code: A, name: A, owner: \"$text\"}]" ;;
	description) y="projects: [{code: A, name: A, description: \"$text\"}]" ;;
	milestone) y="projects: [{code: A, name: A, milestones: [{date: 2025, name: \"$text\"}]}]" ;;
	phase) y="phases: [{code: innforing, name: \"$text\", colour: \"#5DA271\"}]" ;;
	region) y="regions: [{code: r, name: \"$text\", areas: [{code: a, name: A}]}]" ;;
	area) y="regions: [{code: r, name: R, areas: [{code: a, name: \"$text\"}]}]" ;;
	criterion) y="scoring: {criteria: [{code: g, name: G, criteria: [{code: c, name: \"$text\"}]}]}" ;;
	criteria-group) y="scoring: {criteria: [{code: g, name: \"$text\", criteria: [{code: c, name: C}]}]}" ;;
	esac
	printf 'veikart: 1\n%s\n' "$y" >"$field.yaml"
	rm -f "$VEIKART_DB"
	bad_import "'[a-z_]+' has $n characters, more than a spreadsheet cell holds \(32767\)" "$field.yaml" ||
		fail "$field"
done
rm -f "$VEIKART_DB"
"$VEIKART" init >/dev/null
printf 'veikart: 1\nprojects: [{code: A, name: "%s", description: "%s"}]\n' "$fits" "$fits" >fits.yaml
run "$VEIKART" import fits.yaml
expect_status 0
run "$VEIKART" export xlsx -o out.xlsx
expect_status 0
