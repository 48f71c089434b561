/* libFuzzer harness: the Excel-CSV reader as status, score and cost sheets. */
#include <stdint.h>

#include "sheet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct vk_status_file *s = NULL;
	struct vk_score_file *sc = NULL;
	struct vk_cost_file *c = NULL;
	struct vk_error err;
	const char *text = (const char *)data;

	vk_sheet_is_status(text, size);
	vk_sheet_is_scores(text, size);
	vk_sheet_is_costs(text, size);
	if (vk_sheet_read_status("fuzz.csv", text, size, &s, &err) == VK_OK)
		vk_status_file_free(s);
	if (vk_sheet_read_scores("fuzz.csv", text, size, &sc, &err) == VK_OK)
		vk_score_file_free(sc);
	if (vk_sheet_read_costs("fuzz.csv", text, size, &c, &err) == VK_OK)
		vk_cost_file_free(c);
	return 0;
}
