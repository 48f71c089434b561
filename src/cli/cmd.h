/* The command table: one `const struct vk_cmd_entry` per command file with its option
 * grammar, the arguments as `cmd.c` parses them once, and the context `main` hands to
 * every command. */
#ifndef VK_CMD_H
#define VK_CMD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "error.h"
#include "lang.h"

/* State of one run, owned by main. */
struct vk_ctx {
	const char *db_path; /* --db, $VEIKART_DB or ./veikart.db */
	enum vk_lang lang;
	FILE *out;		   /* where results go (stdout) */
	bool db_given, lang_given; /* a global option was given (before or after the command) */
};

/* One option of a command, as `cmd.c` parses it and `--help` lists it. */
struct vk_cmd_option {
	const char *name;  /* "--period" */
	const char *alias; /* a short spelling ("-o"), or NULL */
	const char *arg;   /* the value's name in help ("P"); NULL for a flag */
	bool repeat;	   /* may be given more than once (each adds); else twice is refused */
	const char *help;  /* what it does, for --help; may span lines ("\n") */
};

/* A command's arguments after parsing: its positionals and options in the order given.
 * Borrowed from argv; freed with vk_cmd_args_clear. */
struct vk_cmd_args {
	char **pos; /* positional arguments */
	int pos_n;
	struct vk_cmd_given {
		const struct vk_cmd_option *opt;
		const char *value; /* NULL for a flag */
	} * given;
	size_t given_n;
};

struct vk_ctx;
struct vk_cmd_entry {
	const char *name;
	const char *usage;   /* arguments after the command name */
	const char *summary; /* one line for `veikart --help` */
	const char *help;    /* what the command does, for `--help` (the options follow) */
	const char *notes;   /* more text after the options, or NULL */
	/* The options this command takes, ended by an entry with no name; NULL for none. */
	const struct vk_cmd_option *options;
	/* How many positional arguments it takes (args_max -1: any number), and the messages
	 * when there are fewer ("show needs a programme or project CODE") or more ("show
	 * takes one CODE", to which ", got 'X' too" is added). */
	int args_min, args_max;
	const char *args_few, *args_many;
	/* Subcommands chosen by the first argument ("status set"), NULL-terminated; NULL
	 * for none. */
	const struct vk_cmd_entry *const *subs;
	/* Runs the command on its parsed arguments. Prints results to ctx->out and returns
	 * VK_OK or an error for main to print. */
	enum vk_code (*exec)(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			     struct vk_error *err);
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

/* Prints the usage, help and options of `cmd` to `out`. */
void vk_cmd_print_help(const struct vk_cmd_entry *cmd, FILE *out);

/* Runs `cmd` on argv[1..argc-1] (argv[0] is its name): picks a subcommand, prints
 * --help when asked, parses the options against the command's grammar (the global
 * --db and --lang are taken here too, into ctx) and calls its exec. Global options
 * between a command and its subcommand are taken out of argv, which it rearranges. */
enum vk_code vk_cmd_run(const struct vk_cmd_entry *cmd, struct vk_ctx *ctx, int argc, char **argv,
			struct vk_error *err);

/* The value of option `name` (the last one given; for a flag, "" when given), or NULL
 * when it was not given. */
const char *vk_cmd_value(const struct vk_cmd_args *args, const char *name);
/* Whether option `name` was given. */
bool vk_cmd_has(const struct vk_cmd_args *args, const char *name);
/* The values of a repeatable option `name`, in order, into `out` (at most `max`);
 * returns how many were given (which may be more than `max`). */
size_t vk_cmd_values(const struct vk_cmd_args *args, const char *name, const char **out,
		     size_t max);

/* When argv[*i] is a global option (--db, --lang; "--name VALUE" or "--name=VALUE"),
 * applies it to ctx (once in a command line), advances *i past its value, sets *rc and
 * returns true; false for any other argument. */
bool vk_cmd_global(struct vk_ctx *ctx, int argc, char **argv, int *i, enum vk_code *rc,
		   struct vk_error *err);

/* Sets the run's language from `--lang` (nb or en); usage error otherwise. */
enum vk_code vk_cmd_set_lang(struct vk_ctx *ctx, const char *v, struct vk_error *err);

#endif
