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

/* The whole text of the source tree's file rel (TOP_SRCDIR/rel), or NULL
 * when it cannot be opened; the caller frees it. */
static inline char *golden_read(const char *rel)
{
    const char *top = getenv("TOP_SRCDIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", top ? top : ".", rel);
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    buf b = BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    fclose(f);
    char *text = strdup(buf_str(&b));
    buf_free(&b);
    return text;
}

/* golden_read(), failing the test when the file is missing. */
static inline char *golden_read_or_fail(const char *rel)
{
    char *text = golden_read(rel);
    if (!text)
        fail_msg("%s: cannot open", rel);
    return text;
}

/* Compares out with tests/golden/NAME.txt, or writes it when updating. */
static inline void check_golden(const char *name, const buf *out)
{
    char rel[512];
    snprintf(rel, sizeof rel, "tests/golden/%s.txt", name);
    if (getenv("HV_UPDATE_GOLDEN")) {
        const char *top = getenv("TOP_SRCDIR");
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", top ? top : ".", rel);
        FILE *f = fopen(path, "w");
        if (!f || fwrite(buf_str(out), 1, out->len, f) != out->len || fclose(f) != 0)
            fail_msg("cannot write %s", path);
        printf("# wrote %s\n", path);
        return;
    }
    char *want = golden_read(rel);
    if (!want)
        fail_msg("%s: missing (make update-goldens writes it)", rel);
    int same = strcmp(want, buf_str(out)) == 0;
    if (!same)
        golden_show(rel, want, buf_str(out));
    free(want);
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
