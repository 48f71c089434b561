/* Number formatting for reports and charts. */
#include "number.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

char *vk_number_format(double v, int decimals, enum vk_lang lang, char *buf, size_t size)
{
	char raw[64], *dot;
	size_t int_len, o = 0;
	bool en = lang == VK_LANG_EN;

	snprintf(raw, sizeof(raw), "%.*f", decimals, fabs(v));
	dot = strchr(raw, '.');
	int_len = dot ? (size_t)(dot - raw) : strlen(raw);
	if (v < 0 && strcmp(raw, "0") != 0 && o + 4 < size)
		o += (size_t)snprintf(buf, size, "−");
	for (size_t i = 0; i < int_len && o + 4 < size; i++) {
		if (i > 0 && (int_len - i) % 3 == 0) {
			if (en) {
				buf[o++] = ',';
			} else {
				memcpy(buf + o, "\xC2\xA0", 2); /* no-break space */
				o += 2;
			}
		}
		buf[o++] = raw[i];
	}
	if (dot && o + 1 + strlen(dot + 1) < size) {
		buf[o++] = en ? '.' : ',';
		strcpy(buf + o, dot + 1);
		o += strlen(dot + 1);
	}
	buf[o] = '\0';
	return buf;
}

char *vk_number_signed(long v, char *buf, size_t size)
{
	if (v > 0)
		snprintf(buf, size, "+%ld", v);
	else if (v < 0)
		snprintf(buf, size, "−%ld", -v);
	else
		snprintf(buf, size, "±0");
	return buf;
}
