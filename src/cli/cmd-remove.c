/* veikart remove: take a programme or project out of the plan. Without --purge it is
 * archived (its history stays); --purge deletes it and says what went. */
#include <string.h>

#include "util.h"

static enum vk_code exec_remove(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err);

const struct vk_cmd_entry vk_cmd_remove_entry = {
    .name = "remove",
    .usage = "CODE [--purge]",
    .summary = "archive a programme or project (with --purge: delete it and its history)",
    .help = "Takes the programme or project CODE (and a programme's projects) out of the\n"
	    "plan, as when it leaves the portfolio file: it is archived. Archived items are\n"
	    "not in charts, lists or checks, but their status reports and scores stay, so\n"
	    "past periods' counts and budgets never change; 'list --archived' shows them,\n"
	    "and a portfolio file that names one again brings it back with its history.\n",
    .options =
	(const struct vk_cmd_option[]){
	    {.name = "--purge",
	     .help = "delete CODE (live or archived), a programme's projects,\n"
		     "their status reports and the scored measures linked\n"
		     "to them, and print how many"},
	    {0},
	},
    .args_min = 1,
    .args_max = 1,
    .args_few = "usage: veikart remove CODE [--purge]",
    .args_many = "remove takes one CODE",
    .exec = exec_remove,
};

static enum vk_code exec_remove(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err)
{
	const char *code = args->pos[0];
	struct vk_removal out;
	struct vk_db *db = NULL;
	bool purge = vk_cmd_has(args, "--purge");
	enum vk_code rc;

	if ((rc = vk_util_open(ctx, false, &db, err)))
		return rc;
	rc = vk_db_remove(db, code, purge, &out, err);
	vk_db_close(db);
	if (rc)
		return rc;
	if (purge)
		fprintf(ctx->out,
			VK_TR(ctx->lang,
			      "slettet %s: %zu programmer/prosjekter, %zu statusrapporter, %zu "
			      "tiltak med %zu scoreverdier\n",
			      "deleted %s: %zu programmes/projects, %zu status reports, %zu "
			      "measures with %zu score values\n"),
			code, out.items, out.reports, out.measures, out.scores);
	else if (out.archived_before)
		fprintf(ctx->out,
			VK_TR(ctx->lang, "%s er arkivert fra før (slett med --purge)\n",
			      "%s is archived already (delete it with --purge)\n"),
			code);
	else
		fprintf(ctx->out,
			VK_TR(ctx->lang,
			      "arkiverte %s (%zu programmer/prosjekter); rapportene beholdes, se "
			      "'veikart list --archived'\n",
			      "archived %s (%zu programmes/projects); their reports are kept, see "
			      "'veikart list --archived'\n"),
			code, out.items);
	return VK_OK;
}
