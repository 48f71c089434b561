/* veikart rename: give a programme or project a new code, keeping its history. A file
 * cannot say that a code was renamed (a code that leaves it is archived), so this is
 * the way. */
#include "util.h"

static enum vk_code exec_rename(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err);

const struct vk_cmd_entry vk_cmd_rename_entry = {
    .name = "rename",
    .usage = "OLD NEW",
    .summary = "give a programme or project a new code, keeping its reports and scores",
    .help = "Changes the code OLD (of a live or an archived programme or project) to NEW.\n"
	    "Its status reports, scores, plan, programme and projects stay with it. NEW\n"
	    "must not be in use, by a live or an archived item. Rename before you import a\n"
	    "portfolio file that uses the new code: a code that leaves the file is archived\n"
	    "and one that is new to the store starts without history.\n",
    .args_min = 2,
    .args_max = 2,
    .args_few = "usage: veikart rename OLD NEW",
    .args_many = "rename takes OLD and NEW",
    .exec = exec_rename,
};

static enum vk_code exec_rename(struct vk_ctx *ctx, const struct vk_cmd_args *args,
				struct vk_error *err)
{
	const char *from = args->pos[0], *to = args->pos[1];
	struct vk_db *db = NULL;
	size_t reports = 0;
	enum vk_code rc;

	if ((rc = vk_util_open(ctx, false, &db, err)))
		return rc;
	if (!(rc = vk_db_rename(db, from, to, &reports, err)))
		fprintf(ctx->out,
			VK_TR(ctx->lang, "%s heter nå %s (%zu statusrapporter beholdt)\n",
			      "%s is now %s (%zu status reports kept)\n"),
			from, to, reports);
	vk_db_close(db);
	return rc;
}
