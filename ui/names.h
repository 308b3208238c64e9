/*
 * names.h — the texts views show for addresses: a type's name ("list"), an
 * interned string's text (a global's or attribute's name), a code object's
 * name and its locals' names; a static object's value ("5", "None").
 * Filled from the live interpreter (interp_names, interp_values) or from a
 * recording's symbols; views only read it.
 *
 * Keys are (address, slot): slot NAMES_SELF is the object's own name,
 * NAMES_VALUE a static object's repr, other slots are a code object's
 * local slots.  A later put replaces the text.
 */
#ifndef HV_NAMES_H
#define HV_NAMES_H

#include <stddef.h>
#include <stdint.h>

#define NAMES_SELF UINT32_MAX
#define NAMES_VALUE (UINT32_MAX - 1)

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
/* What a person reads for the static object at addr: its value ("5",
 * "None", "'h'", "<class 'int'>"), else its name quoted as a str's repr
 * (an interned string the recording named), else NULL. */
const char *names_value(const names_table *n, uint64_t addr, char *out, size_t len);
/* Entries in the table. */
size_t names_count(const names_table *n);

/* ---- the one way names are learnt and recorded ---------------------------
 *
 * While a program runs (the live app, `heapviz run`), a watcher sees every
 * event: a new object's type is named at once (the class may be gone by
 * the next step), and when objects that bring names appear (classes,
 * functions, code objects, a type not named yet) the interpreter is asked
 * for every name at the next statement (interp_names: types, interned
 * strings, code objects and their locals).  Each new or changed name goes
 * into the table and, when recording, into the session (session_symbol):
 *
 *   kind "name"  text: the address's own name
 *   kind "code"  text: the code object's name, then one line per local
 *                slot (0, 1, …): what a frame's references are labelled by
 *   kind "value" text: a static object's repr, for those the program
 *                refers to (a REF to it); the session keeps one text per
 *                address and kind, so a static str has both
 *
 * The static objects' values are learnt once (interp_values) when the
 * watcher is given an interpreter.
 *
 * A replay (stream.c) and the store's commands read them back with
 * names_load, so live and replay label the graph alike.
 */
struct interp;
struct session;
struct store;
struct buf;
struct hv_event;
struct hv_ring;
typedef struct names_watch names_watch;

/* A watcher filling n and, if rec is not NULL, recording in it.  Cannot fail. */
names_watch *names_watch_new(names_table *n, struct session *rec);
void names_watch_delete(names_watch *w);
/* The interpreter to ask (NULL: none now, events only count). */
void names_watch_attach(names_watch *w, struct interp *in);
/* Every event the program emits, in order; or (a recorder's ring shows
 * its observer only those: run.c) every OBJ_NEW and STEP, and the REF and
 * REF_MOVE events whose target lies in names_watch_values. */
void names_watch_event(names_watch *w, const struct hv_event *ev);
/* The watcher is called by ring r's observer (run.c), not with every
 * event: it keeps in r what it needs no more of (event.h), the cache of
 * OBJ_NEW types (r->type_seen) and the STEP bit of r->watch (set only
 * while names are stale).  r must outlive the watcher's use of it. */
void names_watch_use_ring(names_watch *w, struct hv_ring *r);
/* The addresses a REF may name a value at: [*lo, *hi] (lo > hi: none);
 * fixed once an interpreter is attached. */
void names_watch_values(const names_watch *w, uint64_t *lo, uint64_t *hi);
/* Asks the interpreter for every name now (before the first statement,
 * after a console line). */
void names_watch_sync(names_watch *w);
/* Fills n with the names recorded for session id: 0, or -1 with the reason
 * in err. */
int names_load(names_table *n, struct store *st, int64_t id, struct buf *err);

#endif
