/*
 * live.h — a program running live for the app: the interpreter's events go
 * to a tee (the stream, and the recording if there is one), its output to
 * the stream at the position it was written.  The names events do not
 * carry (names.h) go to the stream's table and the recording's symbols:
 * a new object's type as it appears (the class may be gone by the time
 * someone asks), the rest (strings, code objects, locals) at the next
 * statement after objects bringing them appeared, and after each run.
 *
 *   interp ──emit──▶ tee ──┬──▶ stream (the app steps through it)
 *                          └──▶ session (SQLite, a writer thread; optional)
 *
 *   l = live_new(…) ─▶ [live_run_script | live_defer_script] ─▶ app with live_console(l) ─▶ live_delete
 *
 * While the program runs (a script, a console statement), the app's tick
 * (app_console.set_tick) is called when restore.h's timer has fired: from
 * the event tee, or from the interpreter's interrupt check (which also
 * turns a Ctrl-C into KeyboardInterrupt), so the screen shows progress
 * whether the program makes events or loops without any.
 */
#ifndef HV_LIVE_H
#define HV_LIVE_H

#include "app.h"
#include "session.h"
#include "stream.h"

#include <stddef.h>
#include <stdint.h>

typedef struct live live;

/* A live interpreter on a heap of geometry prof (heap_limit bytes, 0:
 * none), its stream named name with source (NULL: none), recording into
 * rec when not NULL (the caller begins and ends that session).  Cannot
 * fail. */
live *live_new(const profile *prof, uint64_t heap_limit, const char *name, const char *source, session *rec);
/* The collector (enum gc_collector) the program starts with, as
 * --collector chose it: set before it runs (the console's switch, `C`,
 * is a console line of the session; this is not). */
void live_set_collector(live *l, int collector);
void live_delete(live *l);

/* Runs the whole script as interp_run does: 0, or 1 after an uncaught
 * exception (its traceback is in the stream's output). */
int live_run_script(live *l, const char *source, size_t n, const char *filename);
/* The script is run by the app once its screen is up (app_console's
 * run_script, as live_run_script); source and filename must outlive l. */
void live_defer_script(live *l, const char *source, size_t n, const char *filename);
stream *live_stream(live *l);
/* The console ops for app_config (ud is l). */
const app_console *live_console(live *l);
/* app_config.snapshot for l: records a snapshot taken at position pos
 * (any position the viewer is at, before the end too) and returns NULL;
 * else returns why it is not saved (not recorded). */
const char *live_snapshot_taken(void *ud, const char *name, uint64_t pos);

#endif
