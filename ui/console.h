/*
 * console.h — the `>>>` console's input: a one-line editor, the lines of
 * an unfinished block, and the history.  It only edits text; running it is
 * the app's business (it asks the interpreter whether the block is
 * complete and then runs it, interp.h).
 *
 *   typing ──▶ line ──Enter──▶ CONSOLE_SUBMIT ──▶ app: console_text()
 *                                     ├─ incomplete ──▶ console_continue()  (prompt "... ")
 *                                     └─ complete   ──▶ run, console_commit() (history)
 *
 * Keys: printable text inserts, Left/Right/Home/End move, Backspace and
 * Delete erase, Up/Down walk the history, Ctrl-U clears the line, Esc
 * leaves the console (CONSOLE_LEAVE).
 */
#ifndef HV_CONSOLE_H
#define HV_CONSOLE_H

#include "backend.h"
#include "buf.h"

#include <stddef.h>

typedef struct console console;

enum console_result {
    CONSOLE_IGNORED,        /* not a key the console uses */
    CONSOLE_EDITED,         /* the line or cursor changed */
    CONSOLE_SUBMIT,         /* Enter: the app decides (console_text) */
    CONSOLE_LEAVE,          /* Esc */
};

console *console_new(void);
void console_delete(console *c);

enum console_result console_key(console *c, const backend_event *ev);

/* The whole input so far: the block's earlier lines, then the line being
 * edited, joined with newlines (no final newline). */
void console_text(const console *c, buf *out);
/* The block needs more lines: the line joins the block, a new line starts. */
void console_continue(console *c);
/* The input ran: it joins the history (one entry per block) and the
 * console is empty again. */
void console_commit(console *c);

/* Ctrl-C at the prompt: the input (the block too) is dropped, as python3's
 * console drops it; the history stays.  Returns 1 if there was any. */
int console_drop(console *c);

/* What to draw: the prompt (">>> " or "... "), the line, the cursor's byte
 * offset in it, and the block's earlier lines (NULL when none). */
const char *console_prompt(const console *c);
const char *console_line(const console *c);
size_t console_cursor(const console *c);
const char *console_block(const console *c);

#endif
