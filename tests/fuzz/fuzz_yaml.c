/* libFuzzer harness: the portfolio file reader and the model's validation. */
#include <stdint.h>

#include "model.h"
#include "yaml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct vk_portfolio *pf = NULL;
	struct vk_error err;

	if (vk_yaml_read_buffer("fuzz.yaml", (const char *)data, size, &pf, &err) == VK_OK) {
		vk_model_resolve(pf);
		vk_model_validate(pf, &err);
		vk_model_free(pf);
	}
	return 0;
}
