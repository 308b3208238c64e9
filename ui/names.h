/*
 * names.h — the texts views show for addresses: a type's name ("list"), an
 * interned string's text (a global's or attribute's name), a code object's
 * name and its locals' names.  Filled from the live interpreter
 * (interp_names) or from a recording's symbols; views only read it.
 *
 * Keys are (address, slot): slot NAMES_SELF is the object's own name, other
 * slots are a code object's local slots.  A later put replaces the text.
 */
#ifndef HV_NAMES_H
#define HV_NAMES_H

#include <stddef.h>
#include <stdint.h>

#define NAMES_SELF UINT32_MAX

typedef struct names_table names_table;

/* An empty table.  Cannot fail. */
names_table *names_new(void);
void names_delete(names_table *n);
/* Sets the text of (addr, slot); text is copied.  Cannot fail. */
void names_put(names_table *n, uint64_t addr, uint32_t slot, const char *text);
/* The same with the table as `ud` (the shape of vmnames_fn, so
 * interp_names(in, names_add, n) fills the table). */
void names_add(void *n, uint64_t addr, uint32_t slot, const char *text);
/* The text of (addr, slot), or NULL (n may be NULL). */
const char *names_get(const names_table *n, uint64_t addr, uint32_t slot);
/* Entries in the table. */
size_t names_count(const names_table *n);

#endif
