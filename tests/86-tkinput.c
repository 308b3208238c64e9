/*
 * 86-tkinput: the filter between the terminal and libtermkey 0.22 (a crash
 * fix for --ui tickit, see ui/tkinput.h) — keys, text and mouse reports
 * pass unchanged; the sequences libtermkey misreads are defused, also when
 * split across reads or after libtermkey's timeout; and a pseudo-random
 * flood's output holds none of them (checked by a second, independent
 * reading of every sequence in it).  DCS and OSC strings (ESC P, ESC ]) are
 * held and cut to TKINPUT_STRING_MAX body bytes, ended by ST, BEL or an
 * ESC, or dropped at libtermkey's timeout, so keys after one that never
 * ends still arrive (issue 8).
 */
#include "testutil.h"

#include "tkinput.h"

#include <stdint.h>
#include <string.h>

/* Filters s (len bytes, or strlen) in one call from a fresh filter. */
static const char *filtered(const char *s, size_t len, char *out)
{
    tkinput f;
    tkinput_init(&f);
    size_t n = tkinput_filter(&f, s, len ? len : strlen(s), out);
    out[n] = '\0';
    return out;
}

static void test_passes_input_unchanged(void **state)
{
    (void)state;
    static const char *const same[] = {
        "hello, world 12345;;;~u", "\033[A\033[B\033OP\033[3~\033[5;2~\033[15~", "\033[<0;12;7M\033[<0;12;7m",
        "\033[M #!", "\303\233u\303\233~",          /* U+00DB ends in 0x9b: a UTF-8 byte, not a CSI */
        "\033[97u\033[27;5;97~\033[2;5u", "\033\033[1;3A", "\033[?1;2c\033P1$r0 q\033\\",
    };
    char out[256];
    for (size_t i = 0; i < HV_COUNTOF(same); i++)
        assert_string_equal(filtered(same[i], 0, out), same[i]);
}

static void test_defuses_unset_parameters(void **state)
{
    (void)state;
    char out[256];
    assert_string_equal(filtered("\033[u", 0, out), "\033[@");
    assert_string_equal(filtered("\033[;5u", 0, out), "\033[;5@");
    assert_string_equal(filtered("\033[~", 0, out), "\033[@");
    assert_string_equal(filtered("\033[27~", 0, out), "\033[27@");
    assert_string_equal(filtered("\033[27;5~", 0, out), "\033[27;5@");
    assert_string_equal(filtered("\033[27;5;~x", 0, out), "\033[27;5;@x");
    assert_string_equal(filtered("\233u", 0, out), "\233@");
    assert_string_equal(filtered("a\033[\033u", 0, out), "a\033[\033@");
    assert_string_equal(filtered("\033[M \233 u", 0, out), "\033[M \233 u");  /* X10 data, then a key */
    /* an intermediate byte sends libtermkey past its table of cursor keys */
    assert_string_equal(filtered("\033[$A\233 R\033[1 Z\033[?1$A", 0, out), "\033[$@\233 @\033[1 @\033[?1$@");
    assert_string_equal(filtered("\033[?25;1$y", 0, out), "\033[?25;1$y");    /* a mode report passes */
}

static void test_caps_parameters(void **state)
{
    (void)state;
    char in[256], out[256];
    strcpy(in, "\033[");
    for (int i = 0; i < 20; i++)
        strcat(in, "1;");
    strcat(in, "A");
    filtered(in, 0, out);
    /* 15 ';' kept: the 16th parameter takes the 5 digits after them */
    assert_int_equal(strlen(out), 2 + 15 + 15 + 5 + 1);
    assert_string_equal(filtered("\033[12345678901234567890u", 0, out), "\033[123456789u");
    memset(in, ' ', sizeof in);
    memcpy(in, "\033[", 2);
    in[200] = 'A';
    in[201] = '\0';
    assert_int_equal(strlen(filtered(in, 0, out)), 2 + TKINPUT_BODY_MAX + 1);
    assert_string_equal(filtered("\033[1\233u", 0, out), "\033[1u");
}

static void test_split_reads_and_timeout(void **state)
{
    (void)state;
    tkinput f;
    char out[16];
    tkinput_init(&f);
    assert_int_equal(tkinput_filter(&f, "\033", 1, out), 1);
    assert_int_equal(tkinput_filter(&f, "[", 1, out), 1);
    assert_true(tkinput_open(&f));
    assert_int_equal(tkinput_filter(&f, "u", 1, out), 1);
    assert_int_equal(out[0], '@');
    assert_false(tkinput_open(&f));

    /* libtermkey gave up on "\e[12": "12" were keys, so a later u is a key */
    tkinput_filter(&f, "\033[12", 4, out);
    tkinput_flushed(&f);
    assert_false(tkinput_open(&f));
    tkinput_filter(&f, "u", 1, out);
    assert_int_equal(out[0], 'u');

    /* ... but an ESC it held may open the next sequence */
    tkinput_filter(&f, "\033[1\033", 4, out);
    tkinput_flushed(&f);
    assert_int_equal(tkinput_filter(&f, "[u", 2, out), 2);
    assert_memory_equal(out, "[@", 2);
}

/* ---- DCS and OSC strings -------------------------------------------------- */

/* Filters s in one-byte reads from a fresh filter, into out. */
static size_t filtered_bytewise(tkinput *f, const char *s, size_t len, char *out)
{
    size_t n = 0;
    tkinput_init(f);
    for (size_t i = 0; i < len; i++)
        n += tkinput_filter(f, s + i, 1, out + n);
    out[n] = '\0';
    return n;
}

static void test_strings_end_and_pass(void **state)
{
    (void)state;
    char out[TKINPUT_ROOM(64)];
    assert_string_equal(filtered("\033]0;title\007x", 0, out), "\033]0;title\033\\x");  /* BEL: ST for libtermkey */
    assert_string_equal(filtered("\033P1$r0m\234a", 0, out), "\033P1$r0m\234a");
    assert_string_equal(filtered("\235" "52;c;YQ==\234q", 0, out), "\235" "52;c;YQ==\234q");
    /* an ESC ends the string and opens what follows (an arrow key) */
    assert_string_equal(filtered("\033]52;c;YQ\033[A", 0, out), "\033]52;c;YQ\033\\\033[A");
    assert_string_equal(filtered("\033]1\033\033[u", 0, out), "\033]1\033\\\033\033[@");
    /* inside a string libtermkey reads no sequence: its body passes as it came */
    assert_string_equal(filtered("\033]\233u\007", 0, out), "\033]\233u\033\\");
    /* 0x90 and 0x9d continuing a UTF-8 character open nothing */
    assert_string_equal(filtered("\303\220\303\235x\007", 0, out), "\303\220\303\235x\007");
    tkinput f;
    char one[TKINPUT_ROOM(64)];
    const char *s = "\033P1$r0 q\033\\k";
    filtered_bytewise(&f, s, strlen(s), one);
    assert_string_equal(one, s);                                        /* split into single bytes */
}

static void test_long_and_unended_strings(void **state)
{
    (void)state;
    enum { LONG = 1000 };
    static char in[LONG + 16], out[TKINPUT_ROOM(LONG + 16)], want[TKINPUT_STRING_MAX + 16];
    memcpy(in, "\033]", 2);
    memset(in + 2, 'x', LONG);
    memcpy(in + 2 + LONG, "\007q", 3);
    memcpy(want, "\033]", 2);
    memset(want + 2, 'x', TKINPUT_STRING_MAX);
    memcpy(want + 2 + TKINPUT_STRING_MAX, "\033\\q", 4);
    assert_string_equal(filtered(in, 0, out), want);                   /* cut to its first bytes */

    /* never ended: libtermkey holds only the intro; its timeout reads that
     * as a key, the held body is dropped, and later keys pass */
    tkinput f;
    assert_int_equal(filtered_bytewise(&f, in, 2 + LONG, out), 2);
    assert_true(tkinput_open(&f));
    tkinput_flushed(&f);
    assert_false(tkinput_open(&f));
    assert_int_equal(tkinput_filter(&f, "q\033[u", 5, out), 5);
    assert_memory_equal(out, "q\033[@", 5);
    /* a held ESC is dropped with the body; the next ESC [ still opens */
    tkinput_filter(&f, "\033P1\033", 5, out);
    tkinput_flushed(&f);
    assert_int_equal(tkinput_filter(&f, "\033[u", 3, out), 3);
    assert_memory_equal(out, "\033[@", 3);
}

/* ---- a flood, read again independently ------------------------------------ */

/* Filters s through a dropping filter (ncurses'), bytewise when split, then
 * flushes it as a pause in input would. */
static const char *dropped(const char *s, int split, char *out)
{
    tkinput f;
    tkinput_init_dropping(&f);
    size_t n = 0, len = strlen(s);
    for (size_t i = 0; i < len; i += split ? 1 : len)
        n += tkinput_filter(&f, s + i, split ? 1 : len, out + n);
    n += tkinput_flush(&f, out + n);
    assert_false(tkinput_open(&f));
    out[n] = '\0';
    return out;
}

static void test_dropping_strings_for_ncurses(void **state)
{
    (void)state;
    char out[2048];
    for (int split = 0; split < 2; split++) {
        /* keys and key sequences pass; a held ESC passes before what follows it */
        assert_string_equal(dropped("ab\033[A\033OP\033n\033\033[5;2~", split, out), "ab\033[A\033OP\033n\033\033[5;2~");
        assert_string_equal(dropped("q\033", split, out), "q\033");        /* a lone Esc, at the pause */
        /* strings go whole: intro, body and end (ST, BEL, C1 ST, ESC + other) */
        assert_string_equal(dropped("a\033]52;c;nnnn\007g3", split, out), "ag3");
        assert_string_equal(dropped("\033Pnnn\033\\g", split, out), "g");
        assert_string_equal(dropped("\235nn\234x\220n\007y", split, out), "xy");
        assert_string_equal(dropped("\033]nn\033[Bz", split, out), "\033[Bz");
        assert_string_equal(dropped("\033]nn\033\033]mm\007k", split, out), "k");
        /* never ended: dropped at the pause, keys after the pause pass */
        assert_string_equal(dropped("\033]52;c;nnnnnnnn", split, out), "");
    }
    tkinput f;
    tkinput_init_dropping(&f);
    char big[1200];
    memset(big, 'n', sizeof big);
    memcpy(big, "\033]52;c;", 7);
    assert_int_equal(tkinput_filter(&f, big, sizeof big, out), 0);
    assert_true(tkinput_open(&f));
    assert_int_equal(tkinput_flush(&f, out), 0);
    assert_int_equal(tkinput_filter(&f, "nn", 2, out), 2);             /* typed after the pause */
    /* the tickit filter's strings still pass, with an ST */
    assert_string_equal(filtered("\033]nn\007", 0, out), "\033]nn\033\\");
}

static uint64_t next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* Checks the sequence in s[0..n) (after its introducer, up to and with the
 * final byte) the way libtermkey 0.22's parse_csi reads it; returns its
 * count of parameters. */
static int check_sequence(const unsigned char *s, size_t n)
{
    size_t p = 0;
    int args = 0, present = 0, digits = 0;
    long first = -2, third = -2;
    unsigned char final = s[n - 1];
    if (s[0] >= '<' && s[0] <= '?')
        p++;
    for (; p < n - 1; p++) {
        if (s[p] >= '0' && s[p] <= '9') {
            assert_true(++digits <= 9);
            present = 1;
            long *slot = args == 0 ? &first : args == 2 ? &third : NULL;
            if (slot)
                *slot = (*slot < 0 ? 0 : *slot * 10) + (s[p] - '0');
        } else if (s[p] == ';') {
            args++;
            assert_true(args <= 15);
            present = digits = 0;
        } else if (s[p] >= 0x20 && s[p] <= 0x2f) {
            assert_true(final == 'y' || final == '@');  /* an intermediate: the mode report only */
            break;
        }
    }
    if (final == 'u')
        assert_true(first >= 0);
    if (final == '~')
        assert_true(first >= 0 && (first != 27 || third >= 0));
    return args + present;
}

/* Reads o[0..n) as libtermkey does with no timeout (sequences, X10 mouse
 * data, UTF-8 characters), checking every sequence; returns how many. */
static size_t read_as_libtermkey(const unsigned char *o, size_t n)
{
    size_t sequences = 0;
    for (size_t i = 0; i < n;) {
        int esc = o[i] == 0x1b && i + 1 < n;
        if ((esc && (o[i + 1] == 'P' || o[i + 1] == ']')) || o[i] == 0x90 || o[i] == 0x9d) {
            size_t end = i + (o[i] == 0x1b ? 2 : 1), body = 0;  /* a string: up to ST */
            while (end < n && o[end] != 0x9c && !(o[end] == 0x1b && end + 1 < n && o[end + 1] == '\\'))
                end++, body++;
            if (end == n)
                break;
            assert_true(body <= TKINPUT_STRING_MAX);
            i = end + (o[end] == 0x1b ? 2 : 1);
            continue;
        }
        if (!((esc && o[i + 1] == '[') || o[i] == 0x9b)) {
            static const unsigned char lead[] = {0xc0, 0xe0, 0xf0, 0xf8, 0xfc, 0xfe};
            size_t more = 0;        /* libtermkey decodes 2- to 6-byte forms */
            while (more < 5 && o[i] >= lead[more] && o[i] < 0xfe)
                more++;
            for (i++; more && i < n && o[i] >= 0x80 && o[i] < 0xc0; more--)
                i++;
            continue;
        }
        size_t start = i + (o[i] == 0x1b ? 2 : 1), end = start;
        while (end < n && !(o[end] >= 0x40 && o[end] < 0x80))
            end++;
        if (end == n)
            break;
        int args = check_sequence(o + start, end - start + 1);
        sequences++;
        i = end + 1 + (o[end] == 'M' && args < 3 ? 3 : 0);
    }
    return sequences;
}

static void test_flood_holds_no_hazard(void **state)
{
    (void)state;
    enum { N = 1 << 20 };
    static char in[N], out[TKINPUT_ROOM(N)];
    uint64_t seed = 86;
    for (size_t i = 0; i < N; i++) {
        uint64_t r = next(&seed);
        static const char pick[] = "\033\033[[;;;0123456789u~~M<:\233 ]P\007\\$AyRZ";
        in[i] = r & 1 ? (char)(r >> 8) : pick[(r >> 8) % (sizeof pick - 1)];
    }
    tkinput f;
    tkinput_init(&f);
    size_t n = 0;
    for (size_t at = 0; at < N;) {               /* reads of 1 to 4096 bytes */
        size_t len = 1 + next(&seed) % 4096;
        if (len > N - at)
            len = N - at;
        n += tkinput_filter(&f, in + at, len, out + n);
        at += len;
    }
    size_t sequences = read_as_libtermkey((const unsigned char *)out, n);
    assert_true(sequences > 10000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_passes_input_unchanged),
        cmocka_unit_test(test_defuses_unset_parameters),
        cmocka_unit_test(test_caps_parameters),
        cmocka_unit_test(test_split_reads_and_timeout),
        cmocka_unit_test(test_strings_end_and_pass),
        cmocka_unit_test(test_long_and_unended_strings),
        cmocka_unit_test(test_dropping_strings_for_ncurses),
        cmocka_unit_test(test_flood_holds_no_hazard),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
