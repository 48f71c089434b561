/* Giving the store out whole: the file is written beside its destination and renamed
 * into place; what the formats share (numbers that read back exactly, report order). */
#include "export.h"

#include <errno.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "atomic.h"

const char *vk_export_number(double v, char point, char buf[40])
{
	char e[40], *dot;
	int n, exp;

	if (v == 0) /* -0 too */
		return strcpy(buf, "0");
	for (n = 1; n < 17; n++) {
		snprintf(e, sizeof(e), "%.*e", n - 1, v);
		if (strtod(e, NULL) == v)
			break;
	}
	snprintf(e, sizeof(e), "%.*e", n - 1, v);
	exp = atoi(strchr(e, 'e') + 1);
	if (exp < -20 || exp >= 15) {
		snprintf(buf, 40, "%s", e);
	} else {
		/* the same digits, as a plain decimal: correctly rounded to n - 1 - exp
		 * decimals, which is exact for them */
		int decimals = n - 1 - exp > 0 ? n - 1 - exp : 0;
		snprintf(buf, 40, "%.*f", decimals, v);
	}
	if ((dot = strchr(buf, '.')))
		*dot = point;
	return buf;
}

static int by_period_then_code(const void *a, const void *b)
{
	const struct vk_report *x = *(const struct vk_report *const *)a;
	const struct vk_report *y = *(const struct vk_report *const *)b;

	if (x->period.start != y->period.start)
		return x->period.start < y->period.start ? -1 : 1;
	if (x->period.end != y->period.end)
		return x->period.end < y->period.end ? -1 : 1;
	return strcmp(x->code, y->code);
}

const struct vk_report **vk_export_reports(const struct vk_status_set *set)
{
	const struct vk_report **r = vk_xcalloc(set->reports_n + 1, sizeof(*r));

	for (size_t i = 0; i < set->reports_n; i++)
		r[i] = &set->reports[i];
	qsort(r, set->reports_n, sizeof(*r), by_period_then_code);
	return r;
}

/* The writer of each format, by enum vk_export_format. */
static enum vk_code (*const writers[])(FILE *out, const struct vk_export *x,
				       struct vk_error *err) = {
    [VK_EXPORT_YAML] = vk_yaml_write,
    [VK_EXPORT_JSON] = vk_json_write_store,
    [VK_EXPORT_REPORTS] = vk_sheet_write_reports,
    [VK_EXPORT_SCORES] = vk_sheet_write_scores,
    [VK_EXPORT_COSTS] = vk_sheet_write_costs,
};

enum vk_code vk_export_write(const char *path, enum vk_export_format format,
			     const struct vk_export *x, struct vk_error *err)
{
	char *tmp = NULL;
	FILE *f = NULL;
	bool bad;
	enum vk_code rc;

	if ((rc = vk_atomic_begin(path, &tmp, err)))
		return rc;
	if (!(f = fopen(tmp, "w"))) {
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot be written: %s", path,
				  strerror(errno));
		goto fail;
	}
	errno = 0;
	if ((unsigned)format < sizeof(writers) / sizeof(writers[0]))
		rc = writers[format](f, x, err);
	/* a write that failed (a full disk) shows in the stream's error flag or on close */
	bad = ferror(f) || fflush(f) != 0;
	bad = fclose(f) != 0 || bad;
	if (rc == VK_EIO || (!rc && bad))
		rc = vk_error_set(err, VK_ECANTCREAT, "%s: cannot be written: %s", path,
				  strerror(errno ? errno : EIO));
	if (rc)
		goto fail;
	return vk_atomic_commit(tmp, path, err);
fail:
	vk_atomic_abort(tmp);
	return rc;
}
