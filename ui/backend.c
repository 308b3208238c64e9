/*
 * backend.c — choosing and driving a backend through its ops table
 * (backend.h).  The backends themselves are backend_text.c,
 * backend_ncurses.c and backend_tickit.c.
 */
#include "backend.h"

#include "restore.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

static const backend_ops *const all_backends[] = {
#ifdef HV_WITH_NCURSES
    &backend_ncurses_ops,
#endif
#ifdef HV_WITH_TICKIT
    &backend_tickit_ops,
#endif
    &backend_text_ops,
};

static const char *const key_names[BKEY_NKEYS] = {
    [BKEY_NONE] = "None", [BKEY_TEXT] = "Text", [BKEY_ENTER] = "Enter", [BKEY_ESC] = "Esc",
    [BKEY_TAB] = "Tab", [BKEY_BACKTAB] = "BackTab", [BKEY_BACKSPACE] = "Backspace",
    [BKEY_DELETE] = "Delete", [BKEY_INSERT] = "Insert", [BKEY_UP] = "Up", [BKEY_DOWN] = "Down",
    [BKEY_LEFT] = "Left", [BKEY_RIGHT] = "Right", [BKEY_HOME] = "Home", [BKEY_END] = "End",
    [BKEY_PAGEUP] = "PageUp", [BKEY_PAGEDOWN] = "PageDown", [BKEY_F1] = "F1", [BKEY_F2] = "F2",
    [BKEY_F3] = "F3", [BKEY_F4] = "F4", [BKEY_F5] = "F5", [BKEY_F6] = "F6", [BKEY_F7] = "F7",
    [BKEY_F8] = "F8", [BKEY_F9] = "F9", [BKEY_F10] = "F10", [BKEY_F11] = "F11", [BKEY_F12] = "F12",
};

const char *backend_key_name(enum backend_key key)
{
    return (unsigned)key < BKEY_NKEYS ? key_names[key] : "?";
}

int backend_locale_utf8(int *input_utf8)
{
    const char *codeset = nl_langinfo(CODESET);
    int utf8 = strcmp(codeset, "UTF-8") == 0;
    *input_utf8 = utf8;
    if (!utf8 && strcmp(codeset, "ANSI_X3.4-1968") == 0 && setlocale(LC_CTYPE, "C.UTF-8"))
        *input_utf8 = 1;
    return utf8;
}

const backend_ops *backend_find(const char *name)
{
    for (size_t i = 0; i < HV_COUNTOF(all_backends); i++)
        if (strcmp(all_backends[i]->name, name) == 0)
            return all_backends[i];
    return NULL;
}

const backend_ops *backend_default(void)
{
    return all_backends[0];
}

backend_config backend_config_default(const canvas_palette *p)
{
    const char *nc = getenv("NO_COLOR");
    return (backend_config){.palette = p, .no_color = nc && *nc, .in_fd = 0, .out_fd = 1};
}

backend *backend_open(const backend_ops *ops, const backend_config *cfg, char *err, size_t errlen)
{
    backend *be = hv_calloc(1, sizeof *be);
    be->ops = ops;
    be->cfg = *cfg;
    restore_output_begin();     /* the writes to the terminal: restore.h */
    int rc = ops->init(be, &be->cfg, err, errlen);
    restore_output_end();
    if (rc != 0) {
        free(be);
        return NULL;
    }
    return be;
}

void backend_close(backend *be)
{
    if (!be)
        return;
    restore_output_begin();
    be->ops->fini(be);
    restore_output_end();
    free(be);
}

void backend_size(backend *be, int *cols, int *rows) { be->ops->size(be, cols, rows); }
void backend_present(backend *be, canvas *cv)
{
    restore_output_begin();
    be->ops->present(be, cv);
    restore_output_end();
}


int backend_poll(backend *be, int timeout_ms, backend_event *ev) { return be->ops->poll(be, timeout_ms, ev); }
void backend_bell(backend *be)
{
    restore_output_begin();
    be->ops->bell(be);
    restore_output_end();
}
