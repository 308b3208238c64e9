/*
 * 72-asciicast: `export --format asciicast` parsed back.  A captioned
 * program is run on the interpreter and recorded; its asciicast is read
 * with a strict JSON parser (no raw control characters, valid escapes and
 * UTF-8, nothing after a value), checked against the asciicast v2 format
 * (header fields, [time, "o", data] events, times that never go back), and
 * the decoded output is played on a small terminal model to check what the
 * screen shows at the end: the last step and the narration.
 */
#include "testutil.h"
#include "storetest.h"

#include "asciicast.h"
#include "interp.h"
#include "session.h"
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- a strict JSON reader ------------------------------------------------------ */

enum jtype { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };

typedef struct jval {
    enum jtype type;
    double num;
    buf str;                /* J_STR: decoded UTF-8 */
    struct jval *items;     /* J_ARR, J_OBJ (values) */
    buf *keys;              /* J_OBJ */
    size_t n;
} jval;

typedef struct jin {
    const char *p, *end;
} jin;

static void jfree(jval *v)
{
    for (size_t i = 0; i < v->n; i++) {
        jfree(&v->items[i]);
        if (v->keys)
            buf_free(&v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    buf_free(&v->str);
}

static void ws(jin *in)
{
    while (in->p < in->end && strchr(" \t\r\n", *in->p))
        in->p++;
}

static int hex4(jin *in, unsigned *u)
{
    *u = 0;
    for (int i = 0; i < 4; i++, in->p++) {
        if (in->p >= in->end)
            return -1;
        char c = *in->p;
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        *u = *u << 4 | (unsigned)d;
    }
    return 0;
}

static int jescape(jin *in, buf *out)
{
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    const char *k = in->p < in->end ? strchr(from, *in->p) : NULL;
    if (k && *k) {
        buf_addc(out, to[k - from]);
        in->p++;
        return 0;
    }
    if (in->p >= in->end || *in->p++ != 'u')
        return -1;
    unsigned u, lo;
    if (hex4(in, &u))
        return -1;
    if (u >= 0xd800 && u < 0xdc00) {      /* a surrogate pair */
        if (in->end - in->p < 6 || in->p[0] != '\\' || in->p[1] != 'u')
            return -1;
        in->p += 2;
        if (hex4(in, &lo) || lo < 0xdc00 || lo >= 0xe000)
            return -1;
        u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
    } else if (u >= 0xdc00 && u < 0xe000) {
        return -1;
    }
    char enc[4];
    buf_add(out, enc, canvas_utf8_encode(u, enc));
    return 0;
}

static int jstring(jin *in, buf *out)
{
    if (in->p >= in->end || *in->p++ != '"')
        return -1;
    while (in->p < in->end && *in->p != '"') {
        unsigned char c = (unsigned char)*in->p;
        if (c < 0x20)
            return -1;      /* raw control characters are not JSON */
        if (c == '\\') {
            in->p++;
            if (jescape(in, out))
                return -1;
            continue;
        }
        uint32_t cp;
        size_t len = canvas_utf8_decode(in->p, (size_t)(in->end - in->p), &cp);
        if (cp == 0xfffd && len == 1)
            return -1;      /* not UTF-8 */
        buf_add(out, in->p, len);
        in->p += len;
    }
    if (in->p >= in->end)
        return -1;
    in->p++;
    return 0;
}

static int jvalue(jin *in, jval *v);

static int jlist(jin *in, jval *v, char close, int keyed)
{
    in->p++;
    ws(in);
    if (in->p < in->end && *in->p == close) {
        in->p++;
        return 0;
    }
    for (;;) {
        v->items = realloc(v->items, (v->n + 1) * sizeof *v->items);
        memset(&v->items[v->n], 0, sizeof *v->items);
        if (keyed) {
            v->keys = realloc(v->keys, (v->n + 1) * sizeof *v->keys);
            v->keys[v->n] = (buf)BUF_INIT;
            ws(in);
            if (jstring(in, &v->keys[v->n]))
                return v->n++, -1;
            ws(in);
            if (in->p >= in->end || *in->p++ != ':')
                return v->n++, -1;
        }
        if (jvalue(in, &v->items[v->n++]))
            return -1;
        ws(in);
        if (in->p < in->end && *in->p == ',') {
            in->p++;
            continue;
        }
        return in->p < in->end && *in->p++ == close ? 0 : -1;
    }
}

static int jvalue(jin *in, jval *v)
{
    ws(in);
    if (in->p >= in->end)
        return -1;
    char *num_end;
    switch (*in->p) {
    case '"': v->type = J_STR; return jstring(in, &v->str);
    case '[': v->type = J_ARR; return jlist(in, v, ']', 0);
    case '{': v->type = J_OBJ; return jlist(in, v, '}', 1);
    case 'n': v->type = J_NULL; return strncmp(in->p, "null", 4) ? -1 : (in->p += 4, 0);
    case 't': v->type = J_BOOL; return strncmp(in->p, "true", 4) ? -1 : (in->p += 4, 0);
    case 'f': v->type = J_BOOL; return strncmp(in->p, "false", 5) ? -1 : (in->p += 5, 0);
    default:
        if (*in->p != '-' && (*in->p < '0' || *in->p > '9'))
            return -1;
        v->type = J_NUM;
        v->num = strtod(in->p, &num_end);
        in->p = num_end;
        return 0;
    }
}

/* One whole line as a value; 0 if it is exactly one valid JSON value. */
static int jparse(const char *s, size_t n, jval *v)
{
    jin in = {s, s + n};
    memset(v, 0, sizeof *v);
    int rc = jvalue(&in, v);
    ws(&in);
    return rc || in.p != in.end ? -1 : 0;
}

static const jval *jget(const jval *o, const char *key)
{
    for (size_t i = 0; o->type == J_OBJ && i < o->n; i++)
        if (strcmp(buf_str(&o->keys[i]), key) == 0)
            return &o->items[i];
    return NULL;
}

/* ---- a terminal model: the sequences the export may use ----------------------- */

enum { TW = 60, TH = 14 };

typedef struct term {
    char cell[TH][TW][8];
    int x, y, cursor_hidden;
} term;

static void term_csi(term *t, const char **pp)
{
    const char *p = *pp;
    int args[8] = {0}, n = 0, priv = *p == '?';
    p += priv;
    while (*p && (*p == ';' || (*p >= '0' && *p <= '9'))) {
        if (*p == ';')
            n = n < 7 ? n + 1 : n;
        else
            args[n] = args[n] * 10 + (*p - '0');
        p++;
    }
    char f = *p ? *p++ : '\0';
    if (priv && args[0] == 25 && (f == 'l' || f == 'h'))
        t->cursor_hidden = f == 'l';
    else if (f == 'H')
        t->y = args[0] ? args[0] - 1 : 0, t->x = n && args[1] ? args[1] - 1 : 0;
    else if (f == 'J' && args[0] == 2)
        memset(t->cell, 0, sizeof t->cell);
    else if (f != 'm')
        fail_msg("unexpected escape sequence ending in '%c'", f);
    *pp = p;
}

static void term_feed(term *t, const char *s)
{
    while (*s) {
        if (*s == '\x1b') {
            assert_int_equal(s[1], '[');
            s += 2;
            term_csi(t, &s);
        } else if (*s == '\r') {
            t->x = 0, s++;
        } else if (*s == '\n') {
            t->y++, s++;
        } else {
            uint32_t cp;
            size_t len = canvas_utf8_decode(s, strlen(s), &cp);
            if (t->x < TW && t->y < TH)
                snprintf(t->cell[t->y][t->x], 8, "%.*s", (int)len, s);
            t->x += canvas_char_width(cp) == 2 ? 2 : 1;
            s += len;
        }
    }
}

static void term_row(const term *t, int y, buf *out)
{
    buf_clear(out);
    for (int x = 0; x < TW; x++)
        buf_adds(out, t->cell[y][x][0] ? t->cell[y][x] : " ");
}

/* ---- the recorded session -------------------------------------------------------- */

static const char program[] =
    "#: Make a list.\n"
    "a = [1, 2, 3]\n"
    "b = a\n"
    "#: Drop a name; \"quotes\" \\ and ✓ survive.\n"
    "del b\n"
    "print(len(a))\n";

typedef struct fixture {
    char dir[200], path[256];
    store *st;
    replay *r;
    demo *captions;
    theme *th;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "%s/hv-72-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(f->dir))
        return -1;
    snprintf(f->path, sizeof f->path, "%s/s.db", f->dir);
    if (st_record_program(f->path, "cap\"tion\x1b.py", program, "cap.py"))
        return -1;
    buf err = BUF_INIT;
    f->st = store_open(f->path, STORE_READ, NULL, &err);
    f->r = f->st ? replay_open(f->st, 1, &err) : NULL;
    f->captions = demo_parse("cap", program, strlen(program));
    char why[256];
    f->th = theme_load("default", why, sizeof why);
    buf_free(&err);
    *state = f;
    return f->r && f->th ? 0 : -1;
}

static int teardown(void **state)
{
    fixture *f = *state;
    replay_close(f->r);
    store_close(f->st);
    demo_free(f->captions);
    theme_delete(f->th);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    if (system(cmd) != 0)
        return -1;
    free(f);
    return 0;
}

/* ---- tests ---------------------------------------------------------------------- */

static void test_json_string(void **state)
{
    (void)state;
    static const char nasty[] = "a\"b\\c\x1b[1m\n\r\t\x01\x7f é ✓ 😀 \xff\xc3 end";
    buf out = BUF_INIT;
    asciicast_json_string(&out, nasty, sizeof nasty - 1);
    for (const char *p = buf_str(&out); *p; p++)
        assert_true((unsigned char)*p >= 0x20 && *p != 0x7f);
    assert_non_null(strstr(buf_str(&out), "\\u001b[1m"));
    jval v;
    assert_int_equal(jparse(out.data, out.len, &v), 0);
    assert_int_equal(v.type, J_STR);
    assert_string_equal(buf_str(&v.str), "a\"b\\c\x1b[1m\n\r\t\x01\x7f é ✓ 😀 \xef\xbf\xbd\xef\xbf\xbd end");
    jfree(&v);
    buf_free(&out);
    /* the reader itself refuses what is not JSON */
    static const char *bad[] = {"\"a\x01\"", "\"\\x\"", "\"\\ud800\"", "\"\xff\"", "[1,]", "[1] x", "\"open"};
    for (size_t i = 0; i < HV_COUNTOF(bad); i++) {
        assert_int_not_equal(jparse(bad[i], strlen(bad[i]), &v), 0);
        jfree(&v);
    }
}

typedef struct parsed {
    jval header;
    size_t nevents;
    double last_time;
    term screen;
} parsed;

/* Checks every line of cast and plays its output on p->screen. */
static void parse_cast(const buf *cast, parsed *p)
{
    memset(p, 0, sizeof *p);
    const char *s = buf_str(cast), *end = s + cast->len;
    assert_true(cast->len > 0 && end[-1] == '\n');
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    assert_int_equal(jparse(s, (size_t)(nl - s), &p->header), 0);
    for (s = nl + 1; s < end; s = nl + 1) {
        nl = memchr(s, '\n', (size_t)(end - s));
        jval ev;
        if (jparse(s, (size_t)(nl - s), &ev))
            fail_msg("event line %zu is not JSON: %.60s", p->nevents + 2, s);
        assert_int_equal(ev.type, J_ARR);
        assert_int_equal(ev.n, 3);
        assert_int_equal(ev.items[0].type, J_NUM);
        assert_true(ev.items[0].num >= p->last_time);
        assert_string_equal(buf_str(&ev.items[1].str), "o");
        assert_int_equal(ev.items[2].type, J_STR);
        term_feed(&p->screen, buf_str(&ev.items[2].str));
        p->last_time = ev.items[0].num;
        p->nevents++;
        jfree(&ev);
    }
}

static void test_cast(void **state)
{
    fixture *f = *state;
    asciicast_options opt = {TW, TH, f->th, f->captions, "heapviz: cap\"tion\x1b.py", 1700000000, "session 1",
                             UINT64_MAX};
    buf out = BUF_INIT, err = BUF_INIT, row = BUF_INIT;
    assert_int_equal(asciicast_write(f->r, &opt, &out, &err), 0);
    parsed p;
    parse_cast(&out, &p);
    const jval *h = &p.header;
    assert_int_equal(h->type, J_OBJ);
    assert_int_equal(jget(h, "version")->num, 2);
    assert_int_equal(jget(h, "width")->num, TW);
    assert_int_equal(jget(h, "height")->num, TH);
    assert_int_equal(jget(h, "timestamp")->num, 1700000000);
    assert_string_equal(buf_str(&jget(h, "title")->str), "heapviz: cap\"tion\x1b.py");
    assert_int_equal(jget(h, "env")->type, J_OBJ);
    assert_non_null(jget(jget(h, "env"), "TERM"));
    /* a frame for step 0, at least one per later step that changed the
     * heap, and the closing event; captions held the screen longer */
    uint64_t steps = replay_last_step(f->r);
    assert_true(steps >= 4);
    assert_true(p.nevents >= 3 && p.nevents <= steps + 2);
    assert_true(p.last_time >= 2 * 2.5);
    /* the end: the status line of the last step (the last phase of the
     * collection python3 runs at exit, after the script's end: no line),
     * the second caption */
    int found_status = 0, found_caption = 0;
    char want[64];
    snprintf(want, sizeof want, "step %llu/%llu  gc: idle  session 1", (unsigned long long)steps,
             (unsigned long long)steps);
    for (int y = 0; y < TH; y++) {
        term_row(&p.screen, y, &row);
        found_status |= strstr(buf_str(&row), want) != NULL;
        found_caption |= strstr(buf_str(&row), "Drop a name; \"quotes\" \\ and ✓") != NULL;
    }
    assert_true(found_status);
    assert_true(found_caption);
    assert_false(p.screen.cursor_hidden);
    jfree(&p.header);
    buf_free(&out);
    buf_free(&err);
    buf_free(&row);
}

/* Without captions there is no narration, and the output is the same for
 * the same session (deterministic). */
static void test_deterministic(void **state)
{
    fixture *f = *state;
    asciicast_options opt = {TW, TH, f->th, NULL, "t", 0, "s", UINT64_MAX};
    buf a = BUF_INIT, b = BUF_INIT, err = BUF_INIT;
    assert_int_equal(asciicast_write(f->r, &opt, &a, &err), 0);
    assert_int_equal(asciicast_write(f->r, &opt, &b, &err), 0);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.data, b.data, a.len);
    assert_null(strstr(buf_str(&a), "Make a list"));
    /* stopping at step 2: frames for steps 0 to 2, the status says so */
    opt.until = 2;
    buf_clear(&b);
    assert_int_equal(asciicast_write(f->r, &opt, &b, &err), 0);
    parsed p;
    parse_cast(&b, &p);
    assert_true(p.nevents <= 4);
    assert_true(p.last_time <= 1.5);
    char want[32];
    snprintf(want, sizeof want, "step 2/%llu", (unsigned long long)replay_last_step(f->r));
    assert_non_null(strstr(buf_str(&b), want));
    jfree(&p.header);
    buf_free(&a);
    buf_free(&b);
    buf_free(&err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_string),
        cmocka_unit_test(test_cast),
        cmocka_unit_test(test_deterministic),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
