/*
 * 52-theme: the built-in themes parse and define every role; a bad theme
 * file is refused with its name and line; user themes and NO_COLOR are
 * found as theme.h says.
 */
#include "testutil.h"

#include "theme.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void test_builtins(void **state)
{
    char err[256];
    int n = 0;
    for (const theme_source *s = theme_builtin; s->name; s++, n++) {
        theme *th = theme_load(s->name, err, sizeof err);
        if (!th)
            fail_msg("%s: %s", s->name, err);
        assert_string_equal(theme_name(th), s->name);
        assert_true(strlen(theme_description(th)) > 0);
        for (int r = 0; r < THEME_NROLES; r++) {
            assert_non_null(theme_role_name((enum theme_role)r));
            assert_int_equal(canvas_text_width(theme_glyph(th, (enum theme_role)r)), 1);
            canvas_style st = theme_style(th, (enum theme_role)r);
            assert_true(st.fg == CANVAS_DEFAULT || (unsigned)st.fg < theme_palette(th)->n);
        }
        theme_delete(th);
    }
    assert_true(n >= 3);
}

/* Glyphs must tell the pool and block states apart on their own. */
static void test_glyphs_distinct(void **state)
{
    static const enum theme_role groups[][6] = {
        {THEME_POOL_UNCARVED, THEME_POOL_EMPTY, THEME_POOL_LOW, THEME_POOL_MID, THEME_POOL_HIGH, THEME_POOL_FULL},
        {THEME_BLOCK_USED, THEME_BLOCK_FREE, THEME_BLOCK_VIRGIN, THEME_BLOCK_HEAD, THEME_BLOCK_HEAD,
         THEME_BLOCK_HEAD},
    };
    char err[256];
    for (const theme_source *s = theme_builtin; s->name; s++) {
        theme *th = theme_load(s->name, err, sizeof err);
        for (size_t g = 0; g < 2; g++)
            for (int i = 0; i < 6; i++)
                for (int j = i + 1; j < 6; j++)
                    if (groups[g][i] != groups[g][j] &&
                        strcmp(theme_glyph(th, groups[g][i]), theme_glyph(th, groups[g][j])) == 0)
                        fail_msg("%s: %s and %s share a glyph", s->name, theme_role_name(groups[g][i]),
                                 theme_role_name(groups[g][j]));
        theme_delete(th);
    }
}

static void test_mono_has_no_colour(void **state)
{
    char err[256];
    theme *th = theme_load("mono", err, sizeof err);
    assert_non_null(th);
    for (int r = 0; r < THEME_NROLES; r++) {
        assert_int_equal(theme_style(th, (enum theme_role)r).fg, CANVAS_DEFAULT);
        assert_int_equal(theme_style(th, (enum theme_role)r).bg, CANVAS_DEFAULT);
    }
    assert_true(theme_style(th, THEME_SELECTION).attr & CANVAS_REVERSE);
    theme_delete(th);
}

static void test_base_and_override(void **state)
{
    char err[256];
    theme *th = theme_parse("theme mine \"mine\"\nbase default\ncolour hot 196 9\nrole pool.full fg=hot glyph=#\n",
                            "mine.theme", err, sizeof err);
    if (!th)
        fail_msg("%s", err);
    assert_string_equal(theme_name(th), "mine");
    assert_string_equal(theme_glyph(th, THEME_POOL_FULL), "#");
    int hot = theme_style(th, THEME_POOL_FULL).fg;
    assert_int_equal(theme_palette(th)->colours[hot].c256, 196);
    assert_string_equal(theme_glyph(th, THEME_POOL_EMPTY), "○");     /* from default */
    assert_int_equal(theme_style(th, THEME_POOL_FULL).attr, CANVAS_BOLD);     /* kept from default */
    theme_delete(th);
}

static void expect_error(const char *text, const char *want)
{
    char err[256] = "";
    theme *th = theme_parse(text, "t.theme", err, sizeof err);
    if (th)
        fail_msg("accepted: %s", text);
    if (strcmp(err, want) != 0)
        fail_msg("want \"%s\"\n# got  \"%s\"", want, err);
}

/* The presenter theme paints its own background (paint): no role keeps
 * the terminal's colours, so its white text is not white on a light
 * terminal's white; a role's own colours stay (the status line). */
static void test_presenter_paints(void **state)
{
    (void)state;
    char err[256];
    theme *th = theme_load("presenter", err, sizeof err);
    assert_non_null(th);
    canvas_style text = theme_style(th, THEME_TEXT);
    for (int r = 0; r < THEME_NROLES; r++) {
        canvas_style st = theme_style(th, (enum theme_role)r);
        if (st.fg == CANVAS_DEFAULT || st.bg == CANVAS_DEFAULT)
            fail_msg("presenter role %s keeps the terminal's colours", theme_role_name((enum theme_role)r));
    }
    assert_int_not_equal(theme_style(th, THEME_STATUS).bg, text.bg);
    theme_delete(th);
    th = theme_parse("theme p\nbase default\ncolour w 15 15\ncolour k 16 0\nrole warning bg=w\npaint w k\n", "p.theme",
                     err, sizeof err);
    assert_non_null(th);
    canvas_style t = theme_style(th, THEME_TEXT);
    assert_true(t.fg >= 0 && t.bg >= 0 && t.fg != t.bg);      /* default's text: fg=default, now w on k */
    assert_int_equal(theme_style(th, THEME_WARNING).bg, theme_style(th, THEME_TEXT).fg);   /* its own: w */
    theme_delete(th);
}

static void test_errors(void **state)
{
    expect_error("theme x\nfrobnicate\n", "t.theme:2: unknown directive 'frobnicate' (known: theme, base, colour, role, paint)");
    expect_error("theme x\n\n# c\nrole text fg=blu\n",
                 "t.theme:4: unknown colour 'blu' (define it with a colour line first)");
    expect_error("theme x\ncolour a 300 1\n", "t.theme:2: '300' is not an xterm colour (0-255 or default)");
    expect_error("theme x\ncolour a 3 16\n", "t.theme:2: '16' is not a basic colour (0-15 or default)");
    expect_error("theme x\ncolour a 3\n", "t.theme:2: colour needs NAME C256 C16 (e.g. colour accent 33 4)");
    expect_error("theme x\npaint white\n", "t.theme:2: paint needs FG and BG colours (e.g. paint bright black)");
    expect_error("theme x\ncolour w 15 15\npaint w blak\n",
                 "t.theme:3: unknown colour 'blak' (define it with a colour line first)");
    expect_error("theme x\nrole text glyph=ab\n", "t.theme:2: glyph must be one character (or space, or U+XXXX)");
    expect_error("theme x\nrole text glyph=漢\n", "t.theme:2: glyph '漢' does not take exactly one column");
    expect_error("theme x\nrole text attr=blink\n",
                 "t.theme:2: unknown attribute 'blink' (known: bold, underline, reverse, dim, none)");
    expect_error("theme x\nrole nope fg=default\n", "t.theme:2: unknown role 'nope'");
    expect_error("theme x\nrole text size=3\n", "t.theme:2: unknown key 'size' (keys: fg, bg, attr, glyph)");
    expect_error("theme \"x\n", "t.theme:1: unterminated quote");
    expect_error("theme x\nrole text\n", "t.theme:3: role muted is not defined (every role needs a line)");
    expect_error("role\n", "t.theme:1: role needs a role name and settings");
    expect_error("colour a 1 1\nbase default\n", "t.theme:2: base must come before colour and role lines");
    expect_error("theme x\nbase nosuch\n", "t.theme:2: base nosuch: unknown theme 'nosuch' (built in: default, presenter, mono)");
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void test_files(void **state)
{
    char dir[] = "/tmp/hv-theme-XXXXXX", path[256], sub[512], err[512];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/loop.theme", dir);
    snprintf(sub, sizeof sub, "theme loop\nbase %s\n", path);
    write_file(path, sub);                                      /* based on itself */
    assert_null(theme_load(path, err, sizeof err));
    assert_non_null(strstr(err, "too deeply (a loop?)"));
    snprintf(path, sizeof path, "%s/missing.theme", dir);
    assert_null(theme_load(path, err, sizeof err));
    snprintf(sub, sizeof sub, "%s: No such file or directory", path);
    assert_string_equal(err, sub);
    assert_null(theme_load("bad name!", err, sizeof err));
    assert_string_equal(err, "'bad name!' is not a theme name");
    /* A user theme in $XDG_CONFIG_HOME/heapviz/themes/ wins over a built-in. */
    snprintf(path, sizeof path, "%s/heapviz", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/heapviz/themes", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/heapviz/themes/mono.theme", dir);
    write_file(path, "theme mono \"mine\"\nbase default\n");
    setenv("XDG_CONFIG_HOME", dir, 1);
    theme *th = theme_load("mono", err, sizeof err);
    if (!th)
        fail_msg("%s", err);
    assert_string_equal(theme_description(th), "mine");
    theme_delete(th);
    write_file(path, "theme mono\nrole text fg=nope\n");
    assert_null(theme_load("mono", err, sizeof err));
    snprintf(sub, sizeof sub, "%s:2: unknown colour 'nope' (define it with a colour line first)", path);
    assert_string_equal(err, sub);
    unsetenv("XDG_CONFIG_HOME");
    unlink(path);
    snprintf(path, sizeof path, "%s/heapviz/themes", dir);
    rmdir(path);
    snprintf(path, sizeof path, "%s/heapviz", dir);
    rmdir(path);
    snprintf(path, sizeof path, "%s/loop.theme", dir);
    unlink(path);
    rmdir(dir);
}

static void test_choose(void **state)
{
    unsetenv("NO_COLOR");
    assert_string_equal(theme_choose(NULL), "default");
    setenv("NO_COLOR", "", 1);
    assert_string_equal(theme_choose(NULL), "default");         /* empty: not set */
    setenv("NO_COLOR", "1", 1);
    assert_string_equal(theme_choose(NULL), "mono");
    assert_string_equal(theme_choose("presenter"), "presenter");
    unsetenv("NO_COLOR");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtins),
        cmocka_unit_test(test_glyphs_distinct),
        cmocka_unit_test(test_mono_has_no_colour),
        cmocka_unit_test(test_base_and_override),
        cmocka_unit_test(test_presenter_paints),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_files),
        cmocka_unit_test(test_choose),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
