/* The command table and its lookup (exact name, then unique prefix, as in tmux). */
#include "cmd.h"

#include <string.h>

/* one entry a line, in the order `veikart --help` lists them */
// clang-format off
const struct vk_cmd_entry *const vk_cmd_table[] = {
    &vk_cmd_init_entry,
    &vk_cmd_import_entry,
    &vk_cmd_list_entry,
    &vk_cmd_show_entry,
    &vk_cmd_rename_entry,
    &vk_cmd_remove_entry,
    &vk_cmd_check_entry,
    &vk_cmd_status_entry,
    &vk_cmd_score_entry,
    &vk_cmd_render_entry,
    &vk_cmd_export_entry,
    &vk_cmd_demo_entry,
    NULL,
};
// clang-format on

const struct vk_cmd_entry *vk_cmd_find(const char *name, struct vk_error *err)
{
	const struct vk_cmd_entry *found = NULL;
	size_t len = strlen(name);
	char ambiguous[128] = "";

	for (size_t i = 0; vk_cmd_table[i]; i++)
		if (strcmp(vk_cmd_table[i]->name, name) == 0)
			return vk_cmd_table[i];
	for (size_t i = 0; len > 0 && vk_cmd_table[i]; i++) {
		if (strncmp(vk_cmd_table[i]->name, name, len) != 0)
			continue;
		if (found) {
			if (!ambiguous[0])
				strcat(ambiguous, found->name);
			strncat(ambiguous, ", ", sizeof(ambiguous) - strlen(ambiguous) - 1);
			strncat(ambiguous, vk_cmd_table[i]->name,
				sizeof(ambiguous) - strlen(ambiguous) - 1);
		}
		found = vk_cmd_table[i];
	}
	if (ambiguous[0]) {
		vk_error_set(err, VK_EUSAGE, "ambiguous command '%s' (could be %s)", name,
			     ambiguous);
		return NULL;
	}
	if (!found)
		vk_error_set(err, VK_EUSAGE, "unknown command '%s' (see 'veikart --help')", name);
	return found;
}

void vk_cmd_print_help(const struct vk_cmd_entry *cmd, FILE *out)
{
	fprintf(out, "usage: veikart [--db FILE] [--lang nb|en] %s %s\n\n%s.\n\n%s", cmd->name,
		cmd->usage, cmd->summary, cmd->help);
}

bool vk_cmd_wants_help(const struct vk_cmd_entry *cmd, int argc, char **argv, FILE *out)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
			vk_cmd_print_help(cmd, out);
			return true;
		}
	}
	return false;
}
