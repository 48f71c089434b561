/* The sheets the import reads, written from the store: status, score and cost sheets as
 * Excel saves them in Norway (';' separators, decimal comma, UTF-8 with CRLF line ends),
 * so `veikart import` reads each back as what it was. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "sheet.h"

/* A field, quoted when it holds a separator, a quote, a line break or spaces at its
 * ends (a quote inside doubled). */
static void field(FILE *out, const char *s)
{
	size_t n = strlen(s);

	if (!strpbrk(s, ";\"\r\n") && !(n && (s[0] == ' ' || s[n - 1] == ' '))) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

/* An amount with a decimal comma, read back as it is: never with an exponent, and with
 * a zero after three decimals when the whole part has one to three digits ("1,2340"),
 * which vk_number_parse would take for a grouped thousand. */
static void amount(FILE *out, double v)
{
	char buf[64], *comma;
	int decimals;

	vk_export_number(v, ',', buf);
	if (strchr(buf, 'e')) { /* outside what a sheet takes; as many decimals as it needs */
		for (decimals = 0; decimals < 40; decimals++) {
			snprintf(buf, sizeof(buf), "%.*f", decimals, v);
			if (strtod(buf, NULL) == v)
				break;
		}
		if ((comma = strchr(buf, '.')))
			*comma = ',';
	}
	fputs(buf, out);
	if ((comma = strchr(buf, ',')) && strlen(comma + 1) == 3 && comma - buf <= 3 &&
	    buf[0] != '0')
		fputc('0', out);
}

enum vk_code vk_sheet_write_reports(FILE *out, const struct vk_export *x, struct vk_error *err)
{
	const struct vk_report **r = vk_export_reports(x->status);

	fputs("periode;kode;status;kommentar;budsjett\r\n", out);
	for (size_t i = 0; i < x->status->reports_n; i++) {
		fprintf(out, "%s;", r[i]->period.code);
		field(out, r[i]->code);
		fprintf(out, ";%s;", vk_colour_name(r[i]->colour, VK_LANG_NB));
		field(out, r[i]->comment ? r[i]->comment : "");
		fputc(';', out);
		if (r[i]->budget >= 0)
			amount(out, r[i]->budget);
		fputs("\r\n", out);
	}
	free(r);
	return ferror(out) ? vk_error_set(err, VK_EIO, "cannot write the status sheet") : VK_OK;
}

enum vk_code vk_sheet_write_scores(FILE *out, const struct vk_export *x, struct vk_error *err)
{
	const struct vk_scoring *m = x->pf->scoring;

	fputs("tiltak;kode", out);
	for (size_t c = 0; c < m->criteria_n; c++)
		if (vk_scoring_is_leaf(m, &m->criteria[c])) {
			fputc(';', out);
			field(out, m->criteria[c].code);
		}
	fputs("\r\n", out);
	for (size_t i = 0; i < x->measures->measures_n; i++) {
		const struct vk_candidate *ms = &x->measures->measures[i];
		field(out, ms->name);
		fputc(';', out);
		field(out, ms->code ? ms->code : "");
		for (size_t c = 0; c < m->criteria_n; c++) {
			if (!vk_scoring_is_leaf(m, &m->criteria[c]))
				continue;
			fputc(';', out);
			/* an empty cell is a missing value */
			for (size_t k = 0; k < ms->values_n; k++)
				if (strcmp(ms->values[k].criterion, m->criteria[c].code) == 0)
					amount(out, ms->values[k].value);
		}
		fputs("\r\n", out);
	}
	return ferror(out) ? vk_error_set(err, VK_EIO, "cannot write the score sheet") : VK_OK;
}

enum vk_code vk_sheet_write_costs(FILE *out, const struct vk_export *x, struct vk_error *err)
{
	fputs("løsning;år;type;mnok\r\n", out);
	for (size_t i = 0; i < x->costs->costs_n; i++) {
		const struct vk_cost *c = &x->costs->costs[i];
		field(out, c->solution);
		fprintf(out, ";%d;%s;", c->year, vk_cost_kind_name(c->kind, VK_LANG_NB));
		amount(out, c->mnok);
		fputs("\r\n", out);
	}
	return ferror(out) ? vk_error_set(err, VK_EIO, "cannot write the cost sheet") : VK_OK;
}
