/* The scene container and its lookups. */
#include "scene.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

struct vk_scene *vk_scene_new(double width, double height)
{
	struct vk_scene *s = vk_xcalloc(1, sizeof(*s));

	s->width = width;
	s->height = height;
	s->pages = 1;
	return s;
}

void vk_scene_free(struct vk_scene *scene)
{
	if (!scene)
		return;
	for (size_t i = 0; i < scene->prims_n; i++) {
		free(scene->prims[i].text);
		free(scene->prims[i].ref);
	}
	free(scene->prims);
	free(scene);
}

struct vk_prim *vk_scene_add(struct vk_scene *scene, const struct vk_prim *prim)
{
	struct vk_prim *p = VK_PUSH(scene->prims);

	*p = *prim;
	p->text = vk_xstrdup(prim->text);
	p->ref = vk_xstrdup(prim->ref);
	if (p->page + 1 > scene->pages)
		scene->pages = p->page + 1;
	return p;
}

const struct vk_prim *vk_scene_find(const struct vk_scene *scene, enum vk_role role,
				    const char *ref, size_t n)
{
	for (size_t i = 0; i < scene->prims_n; i++) {
		const struct vk_prim *p = &scene->prims[i];
		if (p->role != role || (ref && (!p->ref || strcmp(p->ref, ref) != 0)))
			continue;
		if (n-- == 0)
			return p;
	}
	return NULL;
}

size_t vk_scene_count(const struct vk_scene *scene, enum vk_role role, int page)
{
	size_t n = 0;

	for (size_t i = 0; i < scene->prims_n; i++)
		if (scene->prims[i].role == role && (page < 0 || scene->prims[i].page == page))
			n++;
	return n;
}
