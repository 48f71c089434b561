/* libFuzzer harness: dates and reporting periods in any text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "status.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	struct vk_error err;
	struct vk_period p;
	int d;

	memcpy(text, data, size);
	text[size] = '\0';
	if (vk_date_parse(text, VK_DATE_START, &d, NULL, &err) == VK_OK) {
		char buf[VK_DATE_TEXT_MAX];
		int e;
		vk_date_format(d, buf);
		if (vk_date_parse(text, VK_DATE_END, &e, NULL, &err) != VK_OK || e < d)
			abort(); /* a period that parses as a start parses as an end after it */
	}
	vk_period_parse(text, &p, &err);
	free(text);
	return 0;
}
