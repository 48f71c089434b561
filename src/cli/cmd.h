/* The command table: one `const struct vk_cmd_entry` per command file, and the context
 * `main` hands to every command. */
#ifndef VK_CMD_H
#define VK_CMD_H

#include <stdbool.h>
#include <stdio.h>

#include "error.h"
#include "lang.h"

/* State of one run, owned by main. */
struct vk_ctx {
	const char *db_path; /* --db, $VEIKART_DB or ./veikart.db */
	enum vk_lang lang;
	FILE *out; /* where results go (stdout) */
};

struct vk_cmd_entry {
	const char *name;
	const char *usage;   /* arguments after the command name */
	const char *summary; /* one line for `veikart --help` */
	const char *help;    /* the options and what the command does, for `--help` */
	/* Runs the command; argv[0] is the command name. Prints results to ctx->out and
	 * returns VK_OK or an error for main to print. */
	enum vk_code (*exec)(struct vk_ctx *ctx, int argc, char **argv, struct vk_error *err);
};

extern const struct vk_cmd_entry vk_cmd_init_entry;
extern const struct vk_cmd_entry vk_cmd_import_entry;
extern const struct vk_cmd_entry vk_cmd_list_entry;
extern const struct vk_cmd_entry vk_cmd_show_entry;
extern const struct vk_cmd_entry vk_cmd_rename_entry;
extern const struct vk_cmd_entry vk_cmd_remove_entry;
extern const struct vk_cmd_entry vk_cmd_check_entry;
extern const struct vk_cmd_entry vk_cmd_render_entry;
extern const struct vk_cmd_entry vk_cmd_status_entry;
extern const struct vk_cmd_entry vk_cmd_score_entry;
extern const struct vk_cmd_entry vk_cmd_export_entry;
extern const struct vk_cmd_entry vk_cmd_demo_entry;

/* All commands in the order `--help` lists them; NULL-terminated. */
extern const struct vk_cmd_entry *const vk_cmd_table[];

/* Finds a command by exact name, then by unique prefix. NULL with `err` set (usage
 * error: unknown or ambiguous) otherwise. */
const struct vk_cmd_entry *vk_cmd_find(const char *name, struct vk_error *err);

/* Prints the usage and help of `cmd` to `out`. */
void vk_cmd_print_help(const struct vk_cmd_entry *cmd, FILE *out);

/* Handles what every command shares in its options: returns true when argv holds
 * -h/--help (help printed; the command should return VK_OK). */
bool vk_cmd_wants_help(const struct vk_cmd_entry *cmd, int argc, char **argv, FILE *out);

#endif
