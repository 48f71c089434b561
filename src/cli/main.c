/* veikart: the national e-health portfolio, its roadmaps and status. Parses the global
 * options, runs one command and turns its result into one line and an exit status. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic.h"
#include "cmd.h"
#include "utf8.h"

/* Exit statuses of DESIGN.md (the sysexits values). */
static const int exit_status[] = {
    [VK_OK] = 0,	  [VK_EUSAGE] = 2, [VK_EDATA] = 65, [VK_ENOINPUT] = 66, [VK_ENOTFOUND] = 1,
    [VK_ECANTCREAT] = 73, [VK_EBUSY] = 75, [VK_ESTORE] = 1, [VK_EIO] = 1,	[VK_ECHECK] = 1,
};
_Static_assert(sizeof(exit_status) / sizeof(exit_status[0]) == VK_CODE_COUNT,
	       "one exit status per error code");

static void print_usage(FILE *out)
{
	fputs("usage: veikart [--db FILE] [--lang nb|en] COMMAND [ARGS]\n"
	      "\n"
	      "Keeps the national e-health portfolio in a SQLite store.\n"
	      "\n"
	      "commands:\n",
	      out);
	for (size_t i = 0; vk_cmd_table[i]; i++)
		fprintf(out, "  %-8s %s\n", vk_cmd_table[i]->name, vk_cmd_table[i]->summary);
	fputs("\n"
	      "options:\n"
	      "  --db FILE      the store (default: $VEIKART_DB, else ./veikart.db)\n"
	      "  --lang nb|en   language of headings and labels (default nb)\n"
	      "                 (--db and --lang may also follow the command)\n"
	      "  --version      print the version\n"
	      "  -h, --help     this help; 'veikart COMMAND --help' for one command\n"
	      "\n"
	      "exit status: 0 ok, 2 usage, 65 bad input data, 66 missing input or store,\n"
	      "73 cannot create output, 75 store busy, 1 anything else\n",
	      out);
}

/* Options whose value names a file: a file name is whatever bytes the file system
 * holds (a Latin-1 name is a real file), never stored, and escaped when shown. */
static const char *const path_options[] = {"-o", "--output", "--db", "--out", NULL};

static bool is_path_option(const char *a, bool with_value)
{
	for (const char *const *o = path_options; *o; o++) {
		size_t n = strlen(*o);
		if (strncmp(a, *o, n) == 0 && (with_value ? a[n] == '=' : a[n] == '\0'))
			return true;
	}
	return false;
}

/* Every other argument is text that may be stored (a comment) or shown: UTF-8 with no
 * control character but tab and newline, checked once here so no command has to. File
 * names are left as they are: the values of path options, and the files of `import`. */
static enum vk_code check_arguments(int argc, char **argv, struct vk_error *err)
{
	int command = argc, files; /* the command word, as run() finds it */
	struct vk_error ignore;
	const struct vk_cmd_entry *cmd;

	for (int i = 1; i < argc && command == argc; i++) {
		if (argv[i][0] != '-')
			command = i;
		else if (strcmp(argv[i], "--db") == 0 || strcmp(argv[i], "--lang") == 0)
			i++;
	}
	/* the files of `import` */
	files = command < argc && (cmd = vk_cmd_find(argv[command], &ignore)) &&
			strcmp(cmd->name, "import") == 0
		    ? command
		    : argc;
	for (int i = 1; i < argc; i++) {
		char buf[96];
		const char *problem;
		bool after = i > 1 && argv[i - 1][0] == '-' && argv[i - 1][1] &&
			     !strchr(argv[i - 1], '=') && strlen(argv[i - 1]) < 40;

		if ((i > 1 && is_path_option(argv[i - 1], false)) ||
		    is_path_option(argv[i], true) || (i > files && argv[i][0] != '-'))
			continue;
		problem = vk_utf8_problem(argv[i], strlen(argv[i]), buf, sizeof(buf));
		if (problem)
			return vk_error_set(err, VK_EUSAGE, "argument %d%s%s%s %s: '%.60s'", i,
					    after ? " (after " : "", after ? argv[i - 1] : "",
					    after ? ")" : "", problem, argv[i]);
	}
	return VK_OK;
}

static enum vk_code run(int argc, char **argv, struct vk_error *err)
{
	struct vk_ctx ctx = {.db_path = getenv("VEIKART_DB"), .lang = VK_LANG_NB, .out = stdout};
	const struct vk_cmd_entry *cmd;
	enum vk_code rc = VK_OK;
	int i;

	if (check_arguments(argc, argv, err))
		return VK_EUSAGE;
	if (!ctx.db_path || !*ctx.db_path)
		ctx.db_path = "veikart.db";
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			print_usage(stdout);
			return VK_OK;
		} else if (strcmp(a, "--version") == 0) {
			printf("veikart %s\n", VK_VERSION);
			return VK_OK;
		} else if (vk_cmd_global(&ctx, argc, argv, &i, &rc, err)) {
			if (rc)
				return rc;
		} else {
			return vk_error_set(err, VK_EUSAGE,
					    "unknown option '%s' (see 'veikart --help')", a);
		}
	}
	if (i == argc) {
		print_usage(stderr);
		return vk_error_set(err, VK_EUSAGE, "no command given");
	}
	if (strcmp(argv[i], "help") == 0) {
		if (i + 1 == argc) {
			print_usage(stdout);
			return VK_OK;
		}
		if (!(cmd = vk_cmd_find(argv[i + 1], err)))
			return VK_EUSAGE;
		vk_cmd_print_help(cmd, stdout);
		return VK_OK;
	}
	if (!(cmd = vk_cmd_find(argv[i], err)))
		return VK_EUSAGE;
	return vk_cmd_run(cmd, &ctx, argc - i, argv + i, err);
}

int main(int argc, char **argv)
{
	struct vk_error err = {VK_OK, ""};
	enum vk_code rc;

	/* an interrupted render or demo leaves no temporary files */
	vk_atomic_handle_signals();
	rc = run(argc, argv, &err);

	if (fflush(stdout) != 0 && rc == VK_OK)
		rc = vk_error_set(&err, VK_EIO, "cannot write the output");
	if (rc != VK_OK) {
		/* always escaped: a message quotes arguments and file contents, and a newline
		 * or an escape sequence in them must not forge a line or drive the terminal */
		char *msg = vk_utf8_escape(err.msg[0] ? err.msg : vk_error_name(rc), false);
		fprintf(stderr, "veikart: %s\n", msg);
		free(msg);
	}
	return exit_status[(unsigned)rc < VK_CODE_COUNT ? rc : VK_EIO];
}
