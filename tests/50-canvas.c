/*
 * 50-canvas: the cell grid views draw into — text with clipping and wide
 * characters, box lines merging at crossings, fills and bars, damage
 * tracking — and the text backend's dump of it.
 */
#include "testutil.h"

#include "backend.h"
#include "canvas.h"

#include <string.h>

static const canvas_style plain = {CANVAS_DEFAULT, CANVAS_DEFAULT, 0};

/* Row y as text (wide characters once, trailing blanks kept). */
static const char *row_text(const canvas *cv, int y, char *out, size_t len)
{
    size_t n = 0;
    const canvas_cell *row = canvas_row(cv, y);
    for (int x = 0; x < canvas_cols(cv); x++) {
        size_t l = strlen(row[x].text);
        if (n + l + 1 > len)
            break;
        memcpy(out + n, row[x].text, l);
        n += l;
    }
    out[n] = '\0';
    return out;
}

#define assert_row(cv, y, want)                                               \
    do {                                                                      \
        char got_[512];                                                       \
        assert_string_equal(row_text((cv), (y), got_, sizeof got_), (want)); \
    } while (0)

/* Invariant 1 of canvas.h, on every row. */
static void assert_pairs(const canvas *cv)
{
    for (int y = 0; y < canvas_rows(cv); y++) {
        const canvas_cell *row = canvas_row(cv, y);
        for (int x = 0; x < canvas_cols(cv); x++) {
            if (row[x].width == 2) {
                assert_true(x + 1 < canvas_cols(cv));
                assert_int_equal(row[x + 1].width, 0);
            }
            if (row[x].width == 0)
                assert_true(x > 0 && row[x - 1].width == 2);
        }
    }
}

static void test_text_and_clip(void **state)
{
    canvas *cv = canvas_new(10, 3);
    assert_int_equal(canvas_text(cv, 2, 1, "hello world", plain), 13);
    assert_row(cv, 1, "  hello wo");
    assert_int_equal(canvas_text(cv, -3, 0, "abcdef", plain), 3);
    assert_row(cv, 0, "def       ");
    canvas_rect old = canvas_set_clip(cv, (canvas_rect){0, 0, 5, 3});
    assert_int_equal(old.w, 10);
    canvas_text(cv, 3, 2, "xyz", plain);
    assert_row(cv, 2, "   xy     ");
    canvas_reset_clip(cv);
    assert_int_equal(canvas_text(cv, 0, 2, "a\nb", plain), 1);    /* stops at a newline */
    assert_row(cv, 2, "a  xy     ");
    assert_int_equal(canvas_textn(cv, 0, 0, "0123456789", 10, 4, plain), 4);
    assert_row(cv, 0, "0123      ");
    assert_int_equal(canvas_printf(cv, 5, 0, plain, "%d%%", 42), 8);
    assert_row(cv, 0, "0123 42%  ");
    canvas_text(cv, 0, 5, "off the canvas", plain);                /* ignored */
    canvas_delete(cv);
}

static void test_wide_characters(void **state)
{
    canvas *cv = canvas_new(8, 2);
    assert_int_equal(canvas_text_width("a漢b"), 4);
    assert_int_equal(canvas_text(cv, 0, 0, "a漢b", plain), 4);
    const canvas_cell *r = canvas_row(cv, 0);
    assert_int_equal(r[1].width, 2);
    assert_string_equal(r[1].text, "漢");
    assert_int_equal(r[2].width, 0);
    assert_string_equal(r[2].text, "");
    canvas_text(cv, 2, 0, "x", plain);                              /* over the right half */
    assert_row(cv, 0, "a xb    ");
    canvas_text(cv, 4, 0, "字", plain);
    canvas_text(cv, 4, 0, "y", plain);                              /* over the left half */
    assert_row(cv, 0, "a xby   ");
    canvas_text(cv, 7, 1, "字", plain);                             /* no room: a blank */
    assert_row(cv, 1, "        ");
    canvas_set_clip(cv, (canvas_rect){0, 1, 3, 1});
    canvas_text(cv, 2, 1, "字字", plain);                           /* crosses the clip */
    canvas_reset_clip(cv);
    assert_row(cv, 1, "        ");
    assert_int_equal(canvas_textn(cv, 0, 1, "字字字", 9, 3, plain), 2);   /* maxcols */
    assert_row(cv, 1, "字      ");
    assert_pairs(cv);
    canvas_delete(cv);
}

static void test_combining_and_bad_input(void **state)
{
    canvas *cv = canvas_new(6, 1);
    canvas_text(cv, 0, 0, "e\xcc\x81x", plain);                    /* e + U+0301 */
    assert_string_equal(canvas_row(cv, 0)[0].text, "e\xcc\x81");
    assert_string_equal(canvas_row(cv, 0)[1].text, "x");
    assert_int_equal(canvas_text(cv, 0, 0, "\xff\x01z", plain), 3);
    assert_string_equal(canvas_row(cv, 0)[0].text, "\xef\xbf\xbd");   /* U+FFFD */
    assert_string_equal(canvas_row(cv, 0)[1].text, "\xef\xbf\xbd");
    assert_string_equal(canvas_row(cv, 0)[2].text, "z");
    uint32_t cp;
    assert_int_equal(canvas_utf8_decode("\xe2\x82", 2, &cp), 1);      /* truncated */
    assert_int_equal(cp, 0xfffd);
    assert_int_equal(canvas_utf8_decode("\xc0\xaf", 2, &cp), 1);      /* overlong */
    assert_int_equal(canvas_utf8_decode("\xed\xa0\x80", 3, &cp), 1);  /* surrogate */
    char enc[4];
    assert_int_equal(canvas_utf8_encode(0x1f600, enc), 4);
    assert_int_equal(canvas_utf8_decode(enc, 4, &cp), 4);
    assert_int_equal(cp, 0x1f600);
    assert_int_equal(canvas_char_width(0x1f600), 2);
    assert_int_equal(canvas_char_width(0x2588), 1);
    assert_int_equal(canvas_char_width(0x200b), 0);
    canvas_delete(cv);
}

static void test_boxes_merge(void **state)
{
    canvas *cv = canvas_new(7, 5);
    canvas_box(cv, (canvas_rect){0, 0, 7, 5}, CANVAS_LIGHT, plain);
    canvas_vline(cv, 3, 0, 5, CANVAS_LIGHT, plain);
    canvas_hline(cv, 0, 2, 7, CANVAS_LIGHT, plain);
    assert_row(cv, 0, "┌──┬──┐");
    assert_row(cv, 1, "│  │  │");
    assert_row(cv, 2, "├──┼──┤");
    assert_row(cv, 4, "└──┴──┘");
    canvas_vline(cv, 5, 1, 3, CANVAS_HEAVY | CANVAS_CAPS, plain);    /* heavy through light */
    assert_row(cv, 2, "├──┼─╂┤");
    assert_row(cv, 1, "│  │ ┃│");
    canvas_text(cv, 1, 2, "ab", plain);                             /* text replaces lines */
    assert_row(cv, 2, "├ab┼─╂┤");
    canvas_hline(cv, 1, 2, 1, CANVAS_LIGHT | CANVAS_CAPS, plain);   /* a line over text */
    assert_row(cv, 2, "├─b┼─╂┤");
    canvas_delete(cv);
    cv = canvas_new(4, 1);
    canvas_hline(cv, 0, 0, 4, CANVAS_LIGHT, plain);                 /* uncapped ends */
    assert_row(cv, 0, "╶──╴");
    canvas_delete(cv);
}

static void test_fill_and_bars(void **state)
{
    canvas *cv = canvas_new(10, 3);
    canvas_fill(cv, (canvas_rect){1, 0, 3, 2}, "░", plain);
    assert_row(cv, 0, " ░░░      ");
    assert_row(cv, 1, " ░░░      ");
    canvas_fill(cv, (canvas_rect){0, 0, 2, 1}, "漢", plain);        /* wide fills are refused */
    assert_row(cv, 0, "\xef\xbf\xbd\xef\xbf\xbd░░      ");
    canvas_hbar(cv, 0, 2, 8, 3, 8, plain, "·", plain);
    assert_row(cv, 2, "███·····  ");
    canvas_hbar(cv, 0, 2, 8, 1, 16, plain, NULL, plain);            /* half a cell */
    assert_row(cv, 2, "▌         ");
    canvas_hbar(cv, 0, 2, 8, 9, 8, plain, NULL, plain);             /* over: full */
    assert_row(cv, 2, "████████  ");
    canvas_hbar(cv, 0, 2, 4, 5, 0, plain, NULL, plain);             /* no denominator */
    assert_row(cv, 2, "████████  ");
    canvas_style red = {1, CANVAS_DEFAULT, CANVAS_BOLD};
    canvas_restyle(cv, (canvas_rect){0, 2, 2, 1}, red);
    assert_int_equal(canvas_row(cv, 2)[1].fg, 1);
    assert_int_equal(canvas_row(cv, 2)[2].fg, CANVAS_DEFAULT);
    assert_string_equal(canvas_row(cv, 2)[1].text, "█");
    canvas_delete(cv);
}

static int changed_rows(const canvas *cv)
{
    int n = 0;
    for (int y = 0; y < canvas_rows(cv); y++)
        n += canvas_row_changed(cv, y);
    return n;
}

static void draw_scene(canvas *cv, const char *word)
{
    canvas_clear(cv, plain);
    canvas_box(cv, (canvas_rect){0, 0, 12, 4}, CANVAS_LIGHT, plain);
    canvas_text(cv, 1, 1, word, plain);
}

static void test_damage(void **state)
{
    canvas *cv = canvas_new(12, 4);
    assert_int_equal(changed_rows(cv), 4);          /* never presented */
    canvas_presented(cv);
    assert_int_equal(changed_rows(cv), 0);
    draw_scene(cv, "hello");
    assert_int_equal(changed_rows(cv), 4);
    canvas_presented(cv);
    draw_scene(cv, "hello");                        /* the same frame again */
    assert_int_equal(changed_rows(cv), 0);
    draw_scene(cv, "hullo");
    assert_int_equal(changed_rows(cv), 1);
    assert_true(canvas_row_changed(cv, 1));
    canvas_presented(cv);
    canvas_invalidate(cv);
    assert_int_equal(changed_rows(cv), 4);
    canvas_presented(cv);
    canvas_resize(cv, 20, 6);
    assert_int_equal(canvas_cols(cv), 20);
    assert_int_equal(changed_rows(cv), 6);
    assert_int_equal(canvas_row_changed(cv, 6), 0);  /* outside */
    canvas_delete(cv);
}

static void test_text_dump(void **state)
{
    static const canvas_colour colours[] = {{208, 3}, {236, 0}, {CANVAS_DEFAULT, 7}};
    canvas_palette pal = {3, colours};
    canvas *cv = canvas_new(8, 2);
    canvas_text(cv, 0, 0, "ab", canvas_style_make(0, 1, CANVAS_BOLD));
    canvas_text(cv, 4, 0, "c", canvas_style_make(2, CANVAS_DEFAULT, CANVAS_UNDERLINE | CANVAS_REVERSE));
    canvas_text(cv, 0, 1, "漢", plain);
    buf out = BUF_INIT;
    backend_text_dump(cv, &pal, 1, 0, &out);
    assert_string_equal(buf_str(&out), "ab  c\n"
                                       "# 0:fg208,bg236,bold 2:- 4:underline,reverse 5:-\n"
                                       "漢\n"
                                       "#\n");
    buf_clear(&out);
    backend_text_dump(cv, NULL, 0, 1, &out);        /* ASCII, no palette */
    assert_string_equal(buf_str(&out), "ab  c\n??\n");
    buf_free(&out);
    canvas_delete(cv);
}

static void test_ascii_and_palette(void **state)
{
    canvas *cv = canvas_new(5, 1);
    canvas_box(cv, (canvas_rect){0, 0, 3, 1}, CANVAS_LIGHT, plain);  /* too small: nothing */
    canvas_hline(cv, 0, 0, 3, CANVAS_LIGHT, plain);
    canvas_text(cv, 3, 0, "█·", plain);
    char s[6] = {0};
    for (int x = 0; x < 5; x++)
        s[x] = canvas_ascii(canvas_cell_at(cv, x, 0));
    assert_string_equal(s, "---#.");
    canvas_delete(cv);
    /* the marks the views pair with letters keep apart on an ASCII screen
     * (LANG=C): ✗ unreachable, ☠ collectable, ↺ resurrected, the three
     * colours, the narration's », the status line's ‖ (were all '?') */
    const char *marks = "✓✗☠↺○◐●»‖▸—×│─┼";     /* the last three as text: the program view's rule */
    cv = canvas_new(15, 1);
    canvas_text(cv, 0, 0, marks, plain);
    char m[16] = {0};
    for (int x = 0; x < 15; x++)
        m[x] = canvas_ascii(canvas_cell_at(cv, x, 0));
    assert_string_equal(m, "vxXroO@>|>-x|-+");
    canvas_delete(cv);
    static const canvas_colour colours[] = {{208, 11}, {CANVAS_DEFAULT, CANVAS_DEFAULT}};
    canvas_palette pal = {2, colours};
    assert_int_equal(canvas_palette_resolve(&pal, 0, 256), 208);
    assert_int_equal(canvas_palette_resolve(&pal, 0, 16), 11);
    assert_int_equal(canvas_palette_resolve(&pal, 0, 8), 3);
    assert_int_equal(canvas_palette_resolve(&pal, 0, 2), CANVAS_DEFAULT);
    assert_int_equal(canvas_palette_resolve(&pal, 1, 256), CANVAS_DEFAULT);
    assert_int_equal(canvas_palette_resolve(&pal, 7, 256), CANVAS_DEFAULT);
    assert_int_equal(canvas_palette_resolve(&pal, CANVAS_DEFAULT, 256), CANVAS_DEFAULT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_and_clip),
        cmocka_unit_test(test_wide_characters),
        cmocka_unit_test(test_combining_and_bad_input),
        cmocka_unit_test(test_boxes_merge),
        cmocka_unit_test(test_fill_and_bars),
        cmocka_unit_test(test_damage),
        cmocka_unit_test(test_text_dump),
        cmocka_unit_test(test_ascii_and_palette),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
