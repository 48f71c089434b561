/* libFuzzer harness: the portfolio file reader (with its reports, scores and costs
 * sections) and the model's validation. */
#include <stdint.h>

#include "model.h"
#include "yaml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct vk_yaml_doc doc;
	struct vk_error err;

	if (vk_yaml_read_doc("fuzz.yaml", (const char *)data, size, &doc, &err) == VK_OK) {
		vk_model_resolve(doc.pf);
		vk_model_validate(doc.pf, &err);
	}
	vk_yaml_doc_clear(&doc);
	return 0;
}
