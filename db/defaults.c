/* The reference data every new store starts with, the same for every backend: the life
 * cycle shown to the council (Okabe-Ito colours, safe for colour-blind readers), the 4 RHF
 * with their 19 helseforetaksområder, and the council's December 2023 scoring model. */
#include <stddef.h>

#include "alloc.h"
#include "score.h"
#include "store-ops.h"

static const struct {
	const char *code, *name, *colour;
} phases[] = {
    {"behov", "Behov", "#CC79A7"},
    {"planlegging", "Planlegging", "#56B4E9"},
    {"utproving", "Utprøving", "#E69F00"},
    {"innforing", "Innføring", "#009E73"},
    {"forvaltning", "Forvaltning", "#0072B2"},
};

static const struct {
	const char *code, *name;
} regions[] = {
    {"vest", "Helse Vest RHF"},
    {"midt", "Helse Midt-Norge RHF"},
    {"sorost", "Helse Sør-Øst RHF"},
    {"nord", "Helse Nord RHF"},
};

/* in region order, each region's areas in their order */
static const struct {
	const char *code, *name, *region;
} areas[] = {
    {"bergen", "Helse Bergen", "vest"},
    {"stavanger", "Helse Stavanger", "vest"},
    {"fonna", "Helse Fonna", "vest"},
    {"forde", "Helse Førde", "vest"},
    {"stolav", "St. Olavs hospital", "midt"},
    {"more-romsdal", "Helse Møre og Romsdal", "midt"},
    {"nord-trondelag", "Helse Nord-Trøndelag", "midt"},
    {"ahus", "Akershus universitetssykehus", "sorost"},
    {"ous", "Oslo universitetssykehus", "sorost"},
    {"vestfold", "Sykehuset i Vestfold", "sorost"},
    {"innlandet", "Sykehuset Innlandet", "sorost"},
    {"telemark", "Sykehuset Telemark", "sorost"},
    {"ostfold", "Sykehuset Østfold", "sorost"},
    {"sorlandet", "Sørlandet sykehus", "sorost"},
    {"vestre-viken", "Vestre Viken", "sorost"},
    {"helgeland", "Helgelandssykehuset", "nord"},
    {"finnmark", "Finnmarkssykehuset", "nord"},
    {"nordland", "Nordlandssykehuset", "nord"},
    {"unn", "Universitetssykehuset Nord-Norge", "nord"},
};

/* in the model's order, each group before its criteria; every weight is 1 */
static const struct {
	const char *code, *name, *parent;
	int tiebreak;
} criteria[] = {
    {"maal", "Måloppnåelse", NULL, 2},
    {"M1", "I hvor stor grad realiseres informasjonsbehov/tjenester?", "maal", 0},
    {"M2", "Samsvarer tiltaket med sektorens prioriteringer?", "maal", 0},
    {"kost", "Kostnader", NULL, 0},
    {"K1", "I hvor stor grad er tiltaket teknisk komplekst?", "kost", 0},
    {"K2", "I hvor stor grad er tiltaket organisatorisk komplekst?", "kost", 0},
    {"K3", "Juridisk utvikling?", "kost", 0},
    {"K4", "Semantisk utvikling?", "kost", 0},
    {"nytte", "Nytte", NULL, 1},
    {"pasient", "Pasient", "nytte", 0},
    {"P1", "I hvor stor grad bidrar tiltaket til økt pasientsikkerhet?", "pasient", 0},
    {"P2", "I hvor stor grad bidrar tiltaket til en enklere hverdag for innbyggere/pasienter?",
     "pasient", 0},
    {"helsepersonell", "Helsepersonell", "nytte", 0},
    {"H1", "I hvor stor grad bidrar tiltaket til enklere arbeidshverdag?", "helsepersonell", 0},
    {"H2", "Tryggere på at beslutninger er riktige?", "helsepersonell", 0},
    {"I", "Realisere sentral infrastruktur", "nytte", 0},
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

struct vk_portfolio *vk_db_defaults(void)
{
	struct vk_portfolio *pf = vk_model_new();
	struct vk_scoring *m = pf->scoring;

	for (size_t i = 0; i < COUNT(phases); i++) {
		struct vk_phase_kind *ph = VK_PUSH(pf->phases);
		*ph = (struct vk_phase_kind){0};
		ph->code = vk_xstrdup(phases[i].code);
		ph->name = vk_xstrdup(phases[i].name);
		ph->colour = vk_xstrdup(phases[i].colour);
	}
	for (size_t i = 0; i < COUNT(regions); i++) {
		struct vk_region *r = VK_PUSH(pf->regions);
		*r = (struct vk_region){0};
		r->code = vk_xstrdup(regions[i].code);
		r->name = vk_xstrdup(regions[i].name);
	}
	for (size_t i = 0; i < COUNT(areas); i++) {
		struct vk_area *a = VK_PUSH(pf->areas);
		*a = (struct vk_area){0};
		a->code = vk_xstrdup(areas[i].code);
		a->name = vk_xstrdup(areas[i].name);
		a->region = vk_xstrdup(areas[i].region);
	}
	for (size_t i = 0; i < COUNT(criteria); i++) {
		struct vk_criterion *c = VK_PUSH(m->criteria);
		*c = (struct vk_criterion){0};
		c->code = vk_xstrdup(criteria[i].code);
		c->name = vk_xstrdup(criteria[i].name);
		c->parent = criteria[i].parent ? vk_xstrdup(criteria[i].parent) : NULL;
		c->weight = 1;
		c->tiebreak = criteria[i].tiebreak;
	}
	pf->has_scoring = true;
	return pf;
}
