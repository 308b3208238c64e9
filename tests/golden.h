/*
 * golden.h — golden screens for the view and app tests: a screen dumped
 * by the text backend (each row, then its colour runs) is compared with
 * tests/golden/NAME.txt, or written there when HV_UPDATE_GOLDEN is set
 * (`make update-goldens`; then review `git diff tests/golden`).
 */
#ifndef HV_GOLDEN_H
#define HV_GOLDEN_H

#include "backend.h"
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Prints got as TAP comments, saying where it first differs from want. */
static inline void golden_show(const char *path, const char *want, const char *got)
{
    const char *a = want, *b = got;
    int line = 1;
    while (*a && *a == *b) {
        line += *a == '\n';
        a++, b++;
    }
    printf("# %s differs from the screen drawn, first at line %d:\n# got:\n", path, line);
    for (const char *p = got; *p;) {
        size_t len = strcspn(p, "\n");
        printf("#  %.*s\n", (int)len, p);
        p += len + (p[len] == '\n');
    }
}

/* Compares out with tests/golden/NAME.txt, or writes it when updating. */
static inline void check_golden(const char *name, const buf *out)
{
    const char *top = getenv("TOP_SRCDIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/golden/%s.txt", top ? top : ".", name);
    if (getenv("HV_UPDATE_GOLDEN")) {
        FILE *f = fopen(path, "w");
        if (!f || fwrite(buf_str(out), 1, out->len, f) != out->len || fclose(f) != 0)
            fail_msg("cannot write %s", path);
        printf("# wrote %s\n", path);
        return;
    }
    FILE *f = fopen(path, "r");
    if (!f)
        fail_msg("%s: missing (make update-goldens writes it)", path);
    buf want = BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&want, chunk, n);
    fclose(f);
    int same = strcmp(buf_str(&want), buf_str(out)) == 0;
    if (!same)
        golden_show(path, buf_str(&want), buf_str(out));
    buf_free(&want);
    if (!same)
        fail_msg("%s: screen differs (make update-goldens, then review the diff)", name);
}

/* The next key of a tiny notation into *ev: characters as typed, <Name>
 * for keys (<Enter> <Esc> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home>
 * <End> <Tab> <BS>), <C-x> for Ctrl with a letter.  0 at the end. */
static inline int golden_next_key(const char **k, backend_event *ev)
{
    static const struct {
        const char *name;
        enum backend_key key;
    } names[] = {
        {"<Up>", BKEY_UP}, {"<Down>", BKEY_DOWN}, {"<Left>", BKEY_LEFT}, {"<Right>", BKEY_RIGHT},
        {"<Enter>", BKEY_ENTER}, {"<Esc>", BKEY_ESC}, {"<PgDn>", BKEY_PAGEDOWN}, {"<PgUp>", BKEY_PAGEUP},
        {"<Home>", BKEY_HOME}, {"<End>", BKEY_END}, {"<Tab>", BKEY_TAB}, {"<BS>", BKEY_BACKSPACE},
    };
    if (!**k)
        return 0;
    *ev = (backend_event){.type = BEV_KEY, .key = BKEY_TEXT};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strncmp(*k, names[i].name, strlen(names[i].name)) == 0) {
            ev->key = names[i].key;
            *k += strlen(names[i].name);
            return 1;
        }
    if (strncmp(*k, "<C-", 3) == 0 && (*k)[3] && (*k)[4] == '>') {
        ev->mod = BMOD_CTRL;
        ev->text[0] = (*k)[3];
        *k += 5;
        return 1;
    }
    ev->text[0] = *(*k)++;
    return 1;
}

#endif
