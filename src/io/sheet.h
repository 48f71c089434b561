/* Reader of status sheets: status reports saved from a spreadsheet as CSV. The only module that
 * includes libcsv and iconv. */
#ifndef VK_SHEET_H
#define VK_SHEET_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "status.h"

/* True when the first line of `data` is a status sheet's header: a period column and
 * a status column among fields separated by ';', ',' or tab. */
bool vk_sheet_is_status(const char *data, size_t size);

/* Reads status reports from `size` bytes at `data`, named `name` in messages (borrowed
 * by the result). Columns are found by their header, in any order and case:
 * periode|period, kode|code|prosjekt|project, status, and optional kommentar|comment and
 * budsjett|budget; other columns are ignored. Accepts what Excel writes: ';', ',' or tab
 * separators, a UTF-8 BOM or Windows-1252 text (converted; `converted` says so), CRLF,
 * quoted fields with separators and line breaks, decimal comma and spaces between
 * thousands. Errors are VK_EDATA "FILE:LINE: message". On success `*out` is freed by the
 * caller with vk_status_file_free. */
enum vk_code vk_sheet_read_status(const char *name, const char *data, size_t size,
				  struct vk_status_file **out, struct vk_error *err);

#endif
