/* The command table, its lookup (exact name, then unique prefix, as in tmux) and the one
 * parser of every command's options (as tmux's args_parse): a command declares its
 * options and positionals in its entry, and its exec gets them parsed. */
#include "cmd.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

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

/* The global options, also accepted after the command ("veikart status --lang en"). */
static const struct vk_cmd_option global_options[] = {
    {.name = "--db", .arg = "FILE"},
    {.name = "--lang", .arg = "nb|en"},
    {0},
};

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

/* Prints one option's line(s) of --help: the name and value in a column of 21, then its
 * help, continued lines indented to that column. */
static void print_option(const struct vk_cmd_option *o, FILE *out)
{
	char head[64];
	const char *h = o->help ? o->help : "";

	snprintf(head, sizeof(head), "%s%s%s%s%s", o->alias ? o->alias : "", o->alias ? ", " : "",
		 o->name, o->arg ? " " : "", o->arg ? o->arg : "");
	if (strlen(head) > 20)
		fprintf(out, "  %s\n%-23s", head, "");
	else
		fprintf(out, "  %-21s", head);
	for (const char *nl; (nl = strchr(h, '\n')); h = nl + 1)
		fprintf(out, "%.*s\n%-23s", (int)(nl - h), h, "");
	fprintf(out, "%s\n", h);
}

static void print_help(const struct vk_cmd_entry *cmd, const char *parent, FILE *out)
{
	fprintf(out, "usage: veikart [--db FILE] [--lang nb|en] %s%s%s %s\n\n%s.\n\n%s",
		parent ? parent : "", parent ? " " : "", cmd->name, cmd->usage, cmd->summary,
		cmd->help);
	if (cmd->options && cmd->options[0].name) {
		fputs(cmd->help[0] ? "\noptions:\n" : "options:\n", out);
		for (const struct vk_cmd_option *o = cmd->options; o->name; o++)
			print_option(o, out);
	}
	if (cmd->notes)
		fprintf(out, "\n%s", cmd->notes);
	for (size_t i = 0; cmd->subs && cmd->subs[i]; i++) {
		fputc('\n', out);
		print_help(cmd->subs[i], cmd->name, out);
	}
}

void vk_cmd_print_help(const struct vk_cmd_entry *cmd, FILE *out)
{
	print_help(cmd, NULL, out);
}

/* Whether argument `a` is option `o` ("NAME", "NAME=VALUE", or its alias so); sets
 * *value to what follows '=' (NULL when none). */
static bool is_option(const char *a, const struct vk_cmd_option *o, const char **value)
{
	const char *names[] = {o->name, o->alias};

	for (size_t k = 0; k < 2; k++) {
		size_t len = names[k] ? strlen(names[k]) : 0;
		if (len && strncmp(a, names[k], len) == 0 && (a[len] == '\0' || a[len] == '=')) {
			*value = a[len] == '=' ? a + len + 1 : NULL;
			return true;
		}
	}
	return false;
}

static const struct vk_cmd_option *find_option(const struct vk_cmd_option *list, const char *a,
					       const char **value)
{
	for (const struct vk_cmd_option *o = list; o && o->name; o++)
		if (is_option(a, o, value))
			return o;
	return NULL;
}

/* The name of `o` in messages: "-o/--output" when it has an alias. */
static const char *shown_name(const struct vk_cmd_option *o, char *buf, size_t size)
{
	if (!o->alias)
		return o->name;
	snprintf(buf, size, "%s/%s", o->alias, o->name);
	return buf;
}

enum vk_code vk_cmd_set_lang(struct vk_ctx *ctx, const char *v, struct vk_error *err)
{
	if (strcmp(v, "nb") == 0)
		ctx->lang = VK_LANG_NB;
	else if (strcmp(v, "en") == 0)
		ctx->lang = VK_LANG_EN;
	else
		return vk_error_set(err, VK_EUSAGE, "unknown language '%s' (expected nb or en)", v);
	return VK_OK;
}

/* A global option after the command: --db or --lang, once in the whole command line. */
static enum vk_code set_global(struct vk_ctx *ctx, const struct vk_cmd_option *o, const char *v,
			       struct vk_error *err)
{
	bool *given = o == &global_options[0] ? &ctx->db_given : &ctx->lang_given;

	if (*given)
		return vk_error_set(err, VK_EUSAGE, "%s given twice (it may be given once)",
				    o->name);
	*given = true;
	if (o == &global_options[0]) {
		ctx->db_path = v;
		return VK_OK;
	}
	return vk_cmd_set_lang(ctx, v, err);
}

bool vk_cmd_global(struct vk_ctx *ctx, int argc, char **argv, int *i, enum vk_code *rc,
		   struct vk_error *err)
{
	const char *value = NULL;
	const struct vk_cmd_option *o = find_option(global_options, argv[*i], &value);

	if (!o)
		return false;
	if (!value && *i + 1 >= argc)
		*rc = vk_error_set(err, VK_EUSAGE, "option %s needs a value", o->name);
	else
		*rc = set_global(ctx, o, value ? value : argv[++*i], err);
	return true;
}

/* Parses argv[1..argc-1] by `cmd`'s grammar into `args`; `name` is the command as
 * messages name it ("status set"). */
static enum vk_code parse(const struct vk_cmd_entry *cmd, const char *name, struct vk_ctx *ctx,
			  int argc, char **argv, struct vk_cmd_args *args, struct vk_error *err)
{
	bool options_end = false;
	char buf[64];

	args->pos = vk_xcalloc((size_t)argc + 1, sizeof(*args->pos));
	args->given = vk_xcalloc((size_t)argc + 1, sizeof(*args->given));
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i], *value = NULL;
		const struct vk_cmd_option *o = NULL, *global = NULL;

		if (options_end || a[0] != '-' || a[1] == '\0') {
			args->pos[args->pos_n++] = argv[i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			options_end = true;
			continue;
		}
		if (strncmp(a, "--help=", 7) == 0)
			return vk_error_set(err, VK_EUSAGE, "option --help takes no value");
		if (!(o = find_option(cmd->options, a, &value)) &&
		    !(o = global = find_option(global_options, a, &value)))
			return vk_error_set(err, VK_EUSAGE, "unknown option '%s' for %s", a, name);
		if (!o->arg && value)
			return vk_error_set(err, VK_EUSAGE, "option %s takes no value",
					    shown_name(o, buf, sizeof(buf)));
		if (o->arg && !value) {
			if (i + 1 >= argc)
				return vk_error_set(err, VK_EUSAGE, "option %s needs a value",
						    shown_name(o, buf, sizeof(buf)));
			value = argv[++i];
		}
		if (global) {
			if (set_global(ctx, o, value, err))
				return VK_EUSAGE;
			continue;
		}
		if (!o->repeat && vk_cmd_has(args, o->name))
			return vk_error_set(err, VK_EUSAGE, "%s given twice (it may be given once)",
					    shown_name(o, buf, sizeof(buf)));
		args->given[args->given_n].opt = o;
		args->given[args->given_n++].value = value;
	}
	if (args->pos_n < cmd->args_min)
		return vk_error_set(err, VK_EUSAGE, "%s",
				    cmd->args_few ? cmd->args_few : "missing arguments");
	if (cmd->args_max >= 0 && args->pos_n > cmd->args_max) {
		if (cmd->args_max == 0 || !cmd->args_many)
			return vk_error_set(err, VK_EUSAGE, "%s takes no arguments, got '%s'", name,
					    args->pos[cmd->args_max]);
		return vk_error_set(err, VK_EUSAGE, "%s, got '%s' too", cmd->args_many,
				    args->pos[cmd->args_max]);
	}
	return VK_OK;
}

static void args_clear(struct vk_cmd_args *args)
{
	free(args->pos);
	free(args->given);
}

/* Whether argv asks for help: -h or --help where an option stands (before a "--"), not
 * as the value of an option ("--comment -h" is a comment). */
static bool wants_help(const struct vk_cmd_entry *cmd, int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		const char *value = NULL;
		const struct vk_cmd_option *o = find_option(cmd->options, argv[i], &value);

		if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0)
			return true;
		if (!o)
			o = find_option(global_options, argv[i], &value);
		if (o && o->arg && !value)
			i++; /* its value */
	}
	return false;
}

static enum vk_code run(const struct vk_cmd_entry *cmd, const char *parent, struct vk_ctx *ctx,
			int argc, char **argv, struct vk_error *err)
{
	struct vk_cmd_args args = {0};
	char name[64];
	enum vk_code rc;

	/* global options between a command and its subcommand ("status --db F set") */
	for (int i = 1; cmd->subs && argc > 1 && argv[1][0] == '-'; i = 1) {
		if (!vk_cmd_global(ctx, argc, argv, &i, &rc, err))
			break;
		if (rc)
			return rc;
		argv[i] = argv[0]; /* i: the last argument the option took */
		argv += i;
		argc -= i;
	}
	for (size_t i = 0; cmd->subs && argc > 1 && cmd->subs[i]; i++)
		if (strcmp(argv[1], cmd->subs[i]->name) == 0)
			return run(cmd->subs[i], cmd->name, ctx, argc - 1, argv + 1, err);
	if (wants_help(cmd, argc, argv)) {
		print_help(cmd, parent, ctx->out);
		return VK_OK;
	}
	snprintf(name, sizeof(name), "%s%s%s", parent ? parent : "", parent ? " " : "", cmd->name);
	if (!(rc = parse(cmd, name, ctx, argc, argv, &args, err)))
		rc = cmd->exec(ctx, &args, err);
	args_clear(&args);
	return rc;
}

enum vk_code vk_cmd_run(const struct vk_cmd_entry *cmd, struct vk_ctx *ctx, int argc, char **argv,
			struct vk_error *err)
{
	return run(cmd, NULL, ctx, argc, argv, err);
}

const char *vk_cmd_value(const struct vk_cmd_args *args, const char *name)
{
	const char *v = NULL;

	for (size_t i = 0; i < args->given_n; i++)
		if (strcmp(args->given[i].opt->name, name) == 0)
			v = args->given[i].value ? args->given[i].value : "";
	return v;
}

bool vk_cmd_has(const struct vk_cmd_args *args, const char *name)
{
	return vk_cmd_value(args, name) != NULL;
}

size_t vk_cmd_values(const struct vk_cmd_args *args, const char *name, const char **out, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < args->given_n; i++)
		if (strcmp(args->given[i].opt->name, name) == 0) {
			if (n < max)
				out[n] = args->given[i].value;
			n++;
		}
	return n;
}
