/*
 * console.c — the console's line editor and history (console.h).
 *
 * The line is UTF-8; the cursor is a byte offset that always sits on a
 * character boundary (invariant), so moving and erasing step over whole
 * characters.
 */
#include "console.h"

#include <stdlib.h>
#include <string.h>

struct console {
    buf line;               /* being edited */
    size_t cursor;          /* byte offset in line, on a character boundary */
    buf block;              /* earlier lines of an unfinished block, each ending in '\n' */
    char **hist;            /* submitted inputs, oldest first */
    size_t nhist, histcap;
    size_t browse;          /* history entry shown (nhist: the new line) */
    buf draft;              /* the input being typed when browsing began */
};

console *console_new(void)
{
    return hv_calloc(1, sizeof(console));
}

void console_delete(console *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->nhist; i++)
        free(c->hist[i]);
    free(c->hist);
    buf_free(&c->line);
    buf_free(&c->block);
    buf_free(&c->draft);
    free(c);
}

static int is_cont(char b)
{
    return ((unsigned char)b & 0xc0) == 0x80;
}

static void set_line(console *c, const char *s)
{
    buf_clear(&c->line);
    buf_adds(&c->line, s);
    c->cursor = c->line.len;
}

static void insert(console *c, const char *s)
{
    size_t n = strlen(s), tail = c->line.len - c->cursor;
    buf_add(&c->line, s, n);    /* grow, then shift the tail right */
    memmove(c->line.data + c->cursor + n, c->line.data + c->cursor, tail);
    memcpy(c->line.data + c->cursor, s, n);
    c->cursor += n;
}

/* Removes the character before (back) or at the cursor; 0 if none. */
static int erase(console *c, int back)
{
    size_t at = c->cursor, end;
    if (back) {
        if (at == 0)
            return 0;
        end = at;
        do at--; while (at > 0 && is_cont(c->line.data[at]));
    } else {
        if (at >= c->line.len)
            return 0;
        end = at + 1;
        while (end < c->line.len && is_cont(c->line.data[end]))
            end++;
    }
    memmove(c->line.data + at, c->line.data + end, c->line.len - end + 1);
    c->line.len -= end - at;
    c->cursor = at;
    return 1;
}

static int move(console *c, int dir)
{
    if (dir < 0 && c->cursor > 0) {
        do c->cursor--; while (c->cursor > 0 && is_cont(c->line.data[c->cursor]));
        return 1;
    }
    if (dir > 0 && c->cursor < c->line.len) {
        do c->cursor++; while (c->cursor < c->line.len && is_cont(c->line.data[c->cursor]));
        return 1;
    }
    return 0;
}

/* Puts a whole input back: the lines before its last newline become the
 * block (drawn with their prompts, as typed), the rest the line. */
static void set_text(console *c, const char *text)
{
    const char *nl = strrchr(text, '\n');
    buf_clear(&c->block);
    if (nl)
        buf_add(&c->block, text, (size_t)(nl + 1 - text));
    set_line(c, nl ? nl + 1 : text);
}

/* Up and Down: an entry of the history (a block comes back whole, each
 * line on its own row), or back past the newest to what was being typed. */
static int browse(console *c, int dir)
{
    if ((dir < 0 && c->browse == 0) || (dir > 0 && c->browse >= c->nhist))
        return 0;
    if (c->browse == c->nhist) {
        buf_clear(&c->draft);
        console_text(c, &c->draft);
    }
    c->browse += dir;
    set_text(c, c->browse < c->nhist ? c->hist[c->browse] : buf_str(&c->draft));
    return 1;
}

static enum console_result edited(int changed)
{
    return changed ? CONSOLE_EDITED : CONSOLE_IGNORED;
}

enum console_result console_key(console *c, const backend_event *ev)
{
    if (ev->type != BEV_KEY)
        return CONSOLE_IGNORED;
    switch (ev->key) {
    case BKEY_TEXT:
        if (ev->mod & BMOD_CTRL) {
            if (strcmp(ev->text, "u") != 0)
                return CONSOLE_IGNORED;
            set_line(c, "");
            return CONSOLE_EDITED;
        }
        insert(c, ev->text);
        return CONSOLE_EDITED;
    case BKEY_TAB: insert(c, "    "); return CONSOLE_EDITED;
    case BKEY_ENTER: return CONSOLE_SUBMIT;
    case BKEY_ESC: return CONSOLE_LEAVE;
    case BKEY_BACKSPACE: return edited(erase(c, 1));
    case BKEY_DELETE: return edited(erase(c, 0));
    case BKEY_LEFT: return edited(move(c, -1));
    case BKEY_RIGHT: return edited(move(c, 1));
    case BKEY_HOME: c->cursor = 0; return CONSOLE_EDITED;
    case BKEY_END: c->cursor = c->line.len; return CONSOLE_EDITED;
    case BKEY_UP: return edited(browse(c, -1));
    case BKEY_DOWN: return edited(browse(c, 1));
    default: return CONSOLE_IGNORED;
    }
}

void console_text(const console *c, buf *out)
{
    buf_add(out, buf_str(&c->block), c->block.len);
    buf_add(out, buf_str(&c->line), c->line.len);
}

void console_continue(console *c)
{
    buf_add(&c->block, buf_str(&c->line), c->line.len);
    buf_addc(&c->block, '\n');
    set_line(c, "");
}

void console_commit(console *c)
{
    buf all = BUF_INIT;
    console_text(c, &all);
    if (all.len) {
        hv_grow(&c->hist, &c->histcap, c->nhist + 1, sizeof *c->hist, 16);
        c->hist[c->nhist++] = hv_strdup(buf_str(&all));
    }
    buf_free(&all);
    buf_clear(&c->block);
    set_line(c, "");
    c->browse = c->nhist;
}

int console_drop(console *c)
{
    int had = c->block.len || c->line.len;
    buf_clear(&c->block);
    set_line(c, "");
    c->browse = c->nhist;
    return had;
}

const char *console_prompt(const console *c)
{
    return c->block.len ? "... " : ">>> ";
}

const char *console_line(const console *c)
{
    return buf_str(&c->line);
}

size_t console_cursor(const console *c)
{
    return c->cursor;
}

const char *console_block(const console *c)
{
    return c->block.len ? buf_str(&c->block) : NULL;
}
