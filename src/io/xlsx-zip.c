/* Reading the written workbook back before it is renamed into place: every member of
 * the zip whole and every XML part ending as it began, so a write that failed unseen
 * (a full disk, a file size limit) never replaces a good file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "xlsx-int.h"

static unsigned long le16(const unsigned char *p)
{
	return p[0] | (unsigned long)p[1] << 8;
}

static unsigned long le32(const unsigned char *p)
{
	return p[0] | (unsigned long)p[1] << 8 | (unsigned long)p[2] << 16 |
	       (unsigned long)p[3] << 24;
}

/* Whether an XML part, of which `head` is the start and `tail` the end, ends with the
 * end tag of the element it starts with. */
static bool xml_whole(const char *head, size_t head_n, const char *tail, size_t tail_n)
{
	const char *p = head, *end = head + head_n, *name;
	char want[80];
	size_t n;

	if (head_n >= 5 && memcmp(p, "<?xml", 5) == 0) {
		const char *q = memchr(p, '>', head_n);
		if (!q)
			return false;
		p = q + 1;
	}
	while (p < end && strchr(" \t\r\n", *p))
		p++;
	if (p >= end || *p != '<')
		return false;
	name = ++p;
	while (p < end && !strchr(" \t\r\n/>", *p))
		p++;
	if (p >= end || (size_t)(p - name) + 4 > sizeof(want))
		return false;
	snprintf(want, sizeof(want), "</%.*s>", (int)(p - name), name);
	while (tail_n > 0 && strchr(" \t\r\n", tail[tail_n - 1]))
		tail_n--;
	n = strlen(want);
	return tail_n >= n && memcmp(tail + tail_n - n, want, n) == 0;
}

/* One member of the zip, whose central directory entry is `e` (`name` its name): its
 * data inflates to the size and CRC the directory gives, and an XML part is whole. */
static bool member_whole(FILE *f, const unsigned char *e, const char *name, size_t name_n)
{
	unsigned long method = le16(e + 10), crc = le32(e + 16), csize = le32(e + 20);
	unsigned long usize = le32(e + 24), off = le32(e + 42), got_crc = crc32(0, NULL, 0);
	unsigned long long got = 0;
	unsigned char local[30], in[16384], out[32768];
	char head[512], tail[256];
	size_t head_n = 0, tail_n = 0;
	z_stream z = {0};
	int zr = Z_OK;
	bool ok = false, xml = (name_n > 4 && memcmp(name + name_n - 4, ".xml", 4) == 0) ||
			       (name_n > 5 && memcmp(name + name_n - 5, ".rels", 5) == 0);

	if ((method != 0 && method != 8) || fseek(f, (long)off, SEEK_SET) != 0 ||
	    fread(local, 1, 30, f) != 30 || le32(local) != 0x04034b50 ||
	    fseek(f, (long)(le16(local + 26) + le16(local + 28)), SEEK_CUR) != 0 ||
	    (method == 8 && inflateInit2(&z, -MAX_WBITS) != Z_OK))
		return false;
	for (;;) {
		unsigned char *data = out;
		size_t made;

		if (z.avail_in == 0 && csize > 0) {
			size_t want = csize < sizeof(in) ? csize : sizeof(in);
			if (fread(in, 1, want, f) != want)
				goto out;
			csize -= (unsigned long)want;
			z.next_in = in;
			z.avail_in = (uInt)want;
		}
		if (method == 0) {
			if (z.avail_in == 0)
				break;
			data = in;
			made = z.avail_in;
			z.avail_in = 0;
		} else {
			z.next_out = out;
			z.avail_out = sizeof(out);
			zr = inflate(&z, Z_NO_FLUSH);
			if (zr != Z_OK && zr != Z_STREAM_END && zr != Z_BUF_ERROR)
				goto out;
			made = sizeof(out) - z.avail_out;
		}
		got_crc = crc32(got_crc, data, (uInt)made);
		got += made;
		for (size_t k = 0; k < made && head_n < sizeof(head); k++)
			head[head_n++] = (char)data[k];
		if (made >= sizeof(tail)) {
			memcpy(tail, data + made - sizeof(tail), sizeof(tail));
			tail_n = sizeof(tail);
		} else if (made > 0) {
			size_t keep = tail_n + made > sizeof(tail) ? sizeof(tail) - made : tail_n;
			memmove(tail, tail + tail_n - keep, keep);
			memcpy(tail + keep, data, made);
			tail_n = keep + made;
		}
		if (method == 8 &&
		    (zr == Z_STREAM_END || (made == 0 && z.avail_in == 0 && csize == 0)))
			break; /* the end, or input that ends before the stream does */
	}
	ok = (method == 0 || zr == Z_STREAM_END) && got == usize && got_crc == crc &&
	     (!xml || xml_whole(head, head_n, tail, tail_n));
out:
	if (method == 8)
		inflateEnd(&z);
	return ok;
}

/* libxlsxwriter 1.1.4 notices neither a failed write of the zip (a full disk) nor one of
 * the temporary files it writes each part to first (which it then zips as it is, cut
 * short), so the finished file is read back: it ends with the zip's end-of-central-
 * directory record, whose directory ends where the record starts, and every member
 * inflates to its size and CRC, each XML part ending with its root element's end tag.
 * NULL when whole, else what is wrong. */
const char *vk_xlsx_zip_damage(const char *path)
{
	unsigned char end[22], e[46];
	char name[256];
	const char *bad = NULL;
	FILE *f = fopen(path, "rb");
	long size;
	unsigned long entries, cd_size, cd_offset, at;

	if (!f)
		return "it cannot be read back";
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 22 || fseek(f, -22, SEEK_END) != 0 ||
	    fread(end, 1, 22, f) != 22 || le32(end) != 0x06054b50) {
		bad = "it was cut short (disk full?)";
		goto out;
	}
	entries = le16(end + 10);
	cd_size = le32(end + 12);
	cd_offset = le32(end + 16);
	if (cd_offset + cd_size != (unsigned long)(size - 22)) {
		bad = "it was cut short (disk full?)";
		goto out;
	}
	at = cd_offset;
	for (unsigned long k = 0; k < entries; k++) {
		size_t n;
		if (fseek(f, (long)at, SEEK_SET) != 0 || fread(e, 1, 46, f) != 46 ||
		    le32(e) != 0x02014b50) {
			bad = "its zip directory is damaged (disk full?)";
			goto out;
		}
		n = le16(e + 28);
		if (n >= sizeof(name) || fread(name, 1, n, f) != n) {
			bad = "its zip directory is damaged (disk full?)";
			goto out;
		}
		name[n] = '\0';
		at += 46 + n + le16(e + 30) + le16(e + 32);
		if (!member_whole(f, e, name, n)) {
			bad = "a part of it was cut short while it was written (disk full?)";
			goto out;
		}
	}
out:
	fclose(f);
	return bad;
}
