/* What an input file brings, as a tagged list both the readers (src/io/input.c) and the
 * store (db/store-import.c) see: each item is one kind's model struct. Kinds are added
 * here, with one row in input.c's table and one in store-import.c's. */
#ifndef VK_INPUT_KIND_H
#define VK_INPUT_KIND_H

#include <stdbool.h>
#include <stddef.h>

enum vk_input_kind {
	VK_INPUT_PORTFOLIO, /* data: struct vk_portfolio (model.h) */
	VK_INPUT_STATUS,    /* data: struct vk_status_file (status.h) */
	VK_INPUT_SCORES,    /* data: struct vk_score_file (score.h) */
	VK_INPUT_COSTS,	    /* data: struct vk_cost_file (cost.h) */
	VK_INPUT_KINDS	    /* how many kinds there are */
};

struct vk_input {
	enum vk_input_kind kind;
	const char *file; /* borrowed: the name it was read under, for messages */
	void *data;	  /* the kind's struct; owned by the list when a reader made it */
	/* for the command line to say (library code never prints): the file was read as
	 * Windows-1252, and what the reader did not use (borrowed from `data`) */
	bool converted;
	char *const *notes;
	size_t notes_n;
};

/* A growable list (VK_PUSH); src/io/input.h's vk_input_list_clear frees what its readers
 * made. */
struct vk_input_list {
	struct vk_input *items;
	size_t items_n, items_cap;
};

/* How many items of `kind` the list holds. */
static inline size_t vk_input_list_count(const struct vk_input_list *list, enum vk_input_kind kind)
{
	size_t n = 0;

	for (size_t i = 0; list && i < list->items_n; i++)
		n += list->items[i].kind == kind;
	return n;
}

#endif
