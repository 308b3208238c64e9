/*
 * 13-ucn: Unicode character names both ways (heap/ucn.c) against
 * CPython 3.11.2's unicodedata capsule, each expectation measured with
 * /usr/bin/python3 (`"\N{...}"` for lookups, 'namereplace' for names).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ucn.h"

#include <string.h>

static bool look(const char *name, uint32_t *cp)
{
    return ucn_lookup(name, strlen(name), cp);
}

static const char *name_of(uint32_t cp)
{
    static char out[UCN_BUF];
    return ucn_name(cp, out) ? out : "-";
}

/* Stored, algorithmic, alias and named-sequence slots by code point. */
static void test_names(void **state)
{
    (void)state;
    assert_string_equal(name_of(0x41), "LATIN CAPITAL LETTER A");
    assert_string_equal(name_of(0xe9), "LATIN SMALL LETTER E WITH ACUTE");
    assert_string_equal(name_of(0x2d), "HYPHEN-MINUS");
    assert_string_equal(name_of(0xf0b), "TIBETAN MARK INTERSYLLABIC TSHEG");
    assert_string_equal(name_of(0xf0a), "TIBETAN MARK BKA- SHOG YIG MGO");
    assert_string_equal(name_of(0xf90), "TIBETAN SUBJOINED LETTER KA");
    assert_string_equal(name_of(0x2022), "BULLET");
    assert_string_equal(name_of(0x1f600), "GRINNING FACE");
    assert_string_equal(name_of(0xac00), "HANGUL SYLLABLE GA");
    assert_string_equal(name_of(0xd7a3), "HANGUL SYLLABLE HIH");
    assert_string_equal(name_of(0x3400), "CJK UNIFIED IDEOGRAPH-3400");
    assert_string_equal(name_of(0x3134a), "CJK UNIFIED IDEOGRAPH-3134A");
    assert_string_equal(name_of(0xf900), "CJK COMPATIBILITY IDEOGRAPH-F900");
    assert_string_equal(name_of(0x18b00), "KHITAN SMALL SCRIPT CHARACTER-18B00");
    assert_string_equal(name_of(0x1b170), "NUSHU CHARACTER-1B170");
    assert_string_equal(name_of(0xf0000), "NULL");              /* alias slots */
    assert_string_equal(name_of(0xf0001), "NUL");
    assert_string_equal(name_of(0xf0200), "KEYCAP NUMBER SIGN"); /* named sequence slots */
    assert_string_equal(name_of(0xf0300), "TAMIL SYLLABLE RI");
    assert_string_equal(name_of(0x0), "-");                     /* control: no name */
    assert_string_equal(name_of(0x17000), "-");                 /* Tangut: none in 3.11 */
    assert_string_equal(name_of(0xf01ff), "-");
    assert_string_equal(name_of(0xd800), "-");
    assert_string_equal(name_of(0x10ffff), "-");
    assert_string_equal(name_of(0x110000), "-");
}

/* What `\N{...}` takes and refuses. */
static void test_lookups(void **state)
{
    (void)state;
    uint32_t cp = 0;
    assert_true(look("LATIN SMALL LETTER A", &cp) && cp == 0x61);
    assert_true(look("latin small letter a", &cp) && cp == 0x61);
    assert_true(look("LF", &cp) && cp == 0x0a);
    assert_true(look("lf", &cp) && cp == 0x0a);
    assert_true(look("NULL", &cp) && cp == 0x00);
    assert_true(look("BYTE ORDER MARK", &cp) && cp == 0xfeff);
    assert_true(look("HANGUL SYLLABLE GA", &cp) && cp == 0xac00);
    assert_true(look("HANGUL SYLLABLE GGWAELH", &cp) && cp == 0xaf73);
    assert_true(look("CJK UNIFIED IDEOGRAPH-4E00", &cp) && cp == 0x4e00);
    assert_true(look("CJK UNIFIED IDEOGRAPH-04E00", &cp) && cp == 0x4e00);
    assert_true(look("CJK UNIFIED IDEOGRAPH-20000", &cp) && cp == 0x20000);
    assert_true(look("cjk compatibility ideograph-f900", &cp) && cp == 0xf900);
    assert_true(look("tibetan mark bka- shog yig mgo", &cp) && cp == 0xf0a);
    assert_false(look("Latin Small  Letter A", &cp));
    assert_false(look(" LATIN SMALL LETTER A", &cp));
    assert_false(look("KEYCAP NUMBER SIGN", &cp));                  /* a named sequence */
    assert_false(look("hangul syllable ga", &cp));
    assert_false(look("HANGUL SYLLABLE GAX", &cp));
    assert_false(look("HANGUL SYLLABLE ", &cp));
    assert_false(look("CJK UNIFIED IDEOGRAPH-4e00", &cp));
    assert_false(look("cjk unified ideograph-4E00", &cp));
    assert_false(look("CJK UNIFIED IDEOGRAPH-4DC0", &cp));
    assert_false(look("TANGUT IDEOGRAPH-17000", &cp));
    assert_false(look("\\U000000e9", &cp));
}

/* Every named code point's name finds it again (an alias slot its
 * character, a named sequence's nothing). */
static void test_round_trip(void **state)
{
    (void)state;
    char name[UCN_BUF];
    unsigned named = 0;
    for (uint32_t cp = 0; cp < 0x110000; cp++) {
        size_t n = ucn_name(cp, name);
        if (!n)
            continue;
        named++;
        uint32_t back = 0;
        bool found = ucn_lookup(name, n, &back);
        if (cp >= 0xf0200)
            assert_false(found);
        else if (cp < 0xf0000)
            assert_true(found && back == cp);
        else
            assert_true(found);
    }
    assert_true(named > 100000);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_lookups),
        cmocka_unit_test(test_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
