/* veikart init: create an empty store with the built-in regions, areas and phases. */
#include "util.h"

static enum vk_code exec_init(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			      struct vk_error *err);

const struct vk_cmd_entry vk_cmd_init_entry = {
    .name = "init",
    .usage = "",
    .summary = "create an empty store (the 4 regions, 19 areas and 5 phases built in)",
    .help = "Creates the store named by --db (default $VEIKART_DB, else ./veikart.db).\n"
	    "On an existing store it only brings the schema up to date; nothing is lost.\n"
	    "A file that is not a veikart store is refused (an empty one becomes one), and\n"
	    "so is a FILE-wal or FILE-journal left without its store (exit 73).\n",
    .args_max = 0,
    .exec = exec_init,
};

static enum vk_code exec_init(struct vk_ctx *ctx, const struct vk_cmd_args *args,
			      struct vk_error *err)
{
	/* the store says whether it made a new store (an empty file becomes one): no race
	 * with another init, and the same for every backend */
	bool created;
	struct vk_db *db;
	enum vk_code rc;

	(void)args; /* none: the grammar refuses any */
	if ((rc = vk_db_open(ctx->db_path, true, &created, &db, err)))
		return rc;
	vk_db_close(db);
	fprintf(ctx->out,
		!created
		    ? VK_TR(ctx->lang, "%s er allerede en veikart-database (skjemaversjon %d)\n",
			    "%s is already a veikart store (schema version %d)\n")
		    : VK_TR(ctx->lang, "opprettet %s (skjemaversjon %d)\n",
			    "created %s (schema version %d)\n"),
		ctx->db_path, vk_db_schema_version());
	return VK_OK;
}
