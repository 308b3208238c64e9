/*
 * ucn.c — Unicode character names, both ways, as CPython 3.11's
 * unicodedata capsule has them (Modules/unicodedata.c: _getucname,
 * _getcode).
 *
 *   code point ──ucn_name──▶ "LATIN SMALL LETTER E WITH ACUTE"
 *        ▲                              │
 *        └──────────ucn_lookup──────────┘  any ASCII case; an alias
 *                                           gives its character
 *
 * Two kinds of names are computed, not stored: the Hangul syllables
 * (U+AC00..U+D7A3, "HANGUL SYLLABLE " and the short names of the
 * syllable's leading consonant, vowel and trailing consonant) and the
 * unified ideographs of the eight CJK ranges ("CJK UNIFIED IDEOGRAPH-"
 * and the code point in upper-case hex).  Looking them up takes that
 * form exactly, in upper case.  Every other name is in ucnnames.inc
 * (heap/ucnnames.py says how it is packed): the names of the characters,
 * then those of CPython's name aliases and named sequences, which it
 * keeps in plane 15's Private Use Area (U+F0000..., U+F0200...), so
 * that getname gives an alias's or a sequence's name for such a slot
 * (namereplace shows it) while getcode, for `\N{...}`, takes an alias
 * as its character and refuses a named sequence.
 *
 * Invariant: the runs of ucnnames.inc are sorted, disjoint, and their
 * names follow each other in ucn_phrases in the same order.
 */
#include "ucn.h"

#include "hv.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct ucn_run {
    uint32_t first;         /* the run's first code point */
    uint16_t count;         /* named code points from first on */
    uint32_t phrase;        /* offset in ucn_phrases of the first one's name */
};

#include "ucnnames.inc"

_Static_assert(UCN_NAME_MAX < UCN_BUF, "a stored name fits a buffer");
_Static_assert(UCN_SHORT < UCN_GLUE && UCN_GLUE < UCN_END, "word bytes below the markers");

/* ---- algorithmic names ---------------------------------------------------- */

enum { S_BASE = 0xAC00, L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, S_COUNT = 11172 };

/* The Jamo short names of a syllable's three parts (Unicode's
 * Jamo.txt): leading consonant, vowel, trailing consonant. */
static const char *const jamo_l[L_COUNT] = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H",
};
static const char *const jamo_v[V_COUNT] = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
    "YU", "EU", "YI", "I",
};
static const char *const jamo_t[T_COUNT] = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
    "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
};

static const char HANGUL[] = "HANGUL SYLLABLE ";
static const char CJK[] = "CJK UNIFIED IDEOGRAPH-";

/* The CJK ranges whose names are computed (makeunicodedata.py's
 * cjk_ranges for Unicode 14.0.0: extensions A to G). */
static bool is_unified_ideograph(uint32_t cp)
{
    static const uint32_t ranges[][2] = {
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
        {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A},
    };
    for (size_t i = 0; i < HV_COUNTOF(ranges); i++)
        if (cp >= ranges[i][0] && cp <= ranges[i][1])
            return true;
    return false;
}

/* find_syllable: the longest of the n short names that s[0..len)
 * starts with (the first of that length), its index in *at; its length,
 * or -1 when none does (an empty short name always matches). */
static int longest_jamo(const char *const *names, int n, const char *s, size_t len, int *at)
{
    int best = -1;
    for (int i = 0; i < n; i++) {
        int k = (int)strlen(names[i]);
        if (k > best && (size_t)k <= len && memcmp(s, names[i], (size_t)k) == 0) {
            best = k;
            *at = i;
        }
    }
    return best;
}

/* A Hangul syllable's name, after its prefix: its three parts, each the
 * longest short name that matches, which must end the name exactly. */
static bool hangul_lookup(const char *s, size_t len, uint32_t *cp)
{
    int l, v, t, k;
    if ((k = longest_jamo(jamo_l, L_COUNT, s, len, &l)) < 0)
        return false;
    s += k, len -= (size_t)k;
    if ((k = longest_jamo(jamo_v, V_COUNT, s, len, &v)) < 0)
        return false;
    s += k, len -= (size_t)k;
    if ((k = longest_jamo(jamo_t, T_COUNT, s, len, &t)) < 0 || (size_t)k != len)
        return false;
    *cp = S_BASE + (uint32_t)((l * V_COUNT + v) * T_COUNT + t);
    return true;
}

/* The ideograph "CJK UNIFIED IDEOGRAPH-" names by four or five upper-case
 * hex digits s[0..len), when it is in a unified range. */
static bool cjk_lookup(const char *s, size_t len, uint32_t *cp)
{
    uint32_t c = 0;
    if (len != 4 && len != 5)
        return false;
    for (size_t i = 0; i < len; i++) {
        char d = s[i];
        if (d >= '0' && d <= '9')
            c = c * 16 + (uint32_t)(d - '0');
        else if (d >= 'A' && d <= 'F')
            c = c * 16 + (uint32_t)(d - 'A' + 10);
        else
            return false;
    }
    if (!is_unified_ideograph(c))
        return false;
    *cp = c;
    return true;
}

/* ---- stored names ------------------------------------------------------- */

/* Appends word w of the lexicon to out at *n. */
static void add_word(unsigned w, char *out, size_t *n)
{
    const unsigned char *p = ucn_lexicon + ucn_word[w];
    do
        out[(*n)++] = (char)(*p & 0x7f);
    while (!(*p++ & 0x80));
}

/* The name at ucn_phrases[*off] into out (NUL-ended), *off moved past
 * it; its length.  A space joins two words, a UCN_GLUE a hyphen and no
 * space. */
static size_t phrase_text(size_t *off, char *out)
{
    size_t n = 0;
    bool glued = true;
    for (unsigned b; (b = ucn_phrases[(*off)++]) != UCN_END;) {
        if (b == UCN_GLUE) {
            out[n++] = '-';
            glued = true;
            continue;
        }
        if (b >= UCN_SHORT)
            b = UCN_SHORT + ((b - UCN_SHORT) << 8 | ucn_phrases[(*off)++]);
        if (!glued)
            out[n++] = ' ';
        add_word(b, out, &n);
        glued = false;
    }
    out[n] = '\0';
    return n;
}

/* The stored name of cp (a binary search of the runs, then the names of
 * the run before it skipped); its length, or 0. */
static size_t stored_name(uint32_t cp, char *out)
{
    size_t lo = 0, hi = HV_COUNTOF(ucn_runs);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (ucn_runs[mid].first + ucn_runs[mid].count <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == HV_COUNTOF(ucn_runs) || cp < ucn_runs[lo].first)
        return 0;
    size_t off = ucn_runs[lo].phrase;
    for (uint32_t skip = cp - ucn_runs[lo].first; skip;) {
        unsigned b = ucn_phrases[off++];
        if (b == UCN_END)
            skip--;
        else if (b >= UCN_SHORT && b != UCN_GLUE)
            off++;                  /* a two-byte word: its low byte may look like a marker */
    }
    return phrase_text(&off, out);
}

size_t ucn_name(uint32_t cp, char *out)
{
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
        uint32_t s = cp - S_BASE;
        return (size_t)snprintf(out, UCN_BUF, "%s%s%s%s", HANGUL, jamo_l[s / (V_COUNT * T_COUNT)],
                                jamo_v[s % (V_COUNT * T_COUNT) / T_COUNT], jamo_t[s % T_COUNT]);
    }
    if (is_unified_ideograph(cp))
        return (size_t)snprintf(out, UCN_BUF, "%s%X", CJK, (unsigned)cp);
    return stored_name(cp, out);
}

/* The stored names by hash, built at the first lookup: each slot the
 * phrase offset and slot code point of one name (an alias's or a named
 * sequence's for those, resolved when found), linear probing.  Equal
 * names would be found in the order of the table, as a walk finds them. */
enum { INDEX_BITS = 16 };           /* 65,536 slots for ~36,000 names */
static struct ucn_slot {
    uint32_t off1;                  /* its offset in ucn_phrases + 1 (0: empty) */
    uint32_t cp;
} name_index[1u << INDEX_BITS];
static pthread_once_t index_once = PTHREAD_ONCE_INIT;
_Static_assert(sizeof ucn_phrases < UINT32_MAX, "phrase offsets fit");

static uint32_t name_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;       /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void index_build(void)
{
    const uint32_t mask = (1u << INDEX_BITS) - 1;
    char name[UCN_BUF];
    size_t off = 0;
    for (size_t r = 0; r < HV_COUNTOF(ucn_runs); r++) {
        for (uint32_t i = 0; i < ucn_runs[r].count; i++) {
            size_t at = off, n = phrase_text(&off, name);
            uint32_t h = name_hash(name, n) & mask;
            while (name_index[h].off1)
                h = (h + 1) & mask;
            name_index[h] = (struct ucn_slot){(uint32_t)at + 1, ucn_runs[r].first + i};
        }
    }
}

/* The code point whose stored name is up[0..len) (upper case): an
 * alias's character, none for a named sequence (the capsule's hash
 * table holds the same names). */
static bool stored_lookup(const char *up, size_t len, uint32_t *cp)
{
    const uint32_t mask = (1u << INDEX_BITS) - 1;
    char name[UCN_BUF];
    pthread_once(&index_once, index_build);
    for (uint32_t h = name_hash(up, len) & mask; name_index[h].off1; h = (h + 1) & mask) {
        size_t off = name_index[h].off1 - 1;
        if (phrase_text(&off, name) != len || memcmp(name, up, len) != 0)
            continue;
        uint32_t c = name_index[h].cp;
        if (c >= UCN_SEQ_START && c < UCN_SEQ_START + UCN_SEQS)
            return false;
        *cp = c >= UCN_ALIAS_START && c < UCN_ALIAS_START + UCN_ALIASES ? ucn_alias_char[c - UCN_ALIAS_START] : c;
        return true;
    }
    return false;
}

bool ucn_lookup(const char *name, size_t len, uint32_t *cp)
{
    size_t nh = sizeof HANGUL - 1, nc = sizeof CJK - 1;
    if (len >= nh && memcmp(name, HANGUL, nh) == 0)
        return hangul_lookup(name + nh, len - nh, cp);
    if (len >= nc && memcmp(name, CJK, nc) == 0)
        return cjk_lookup(name + nc, len - nc, cp);
    if (len > UCN_NAME_MAX)
        return false;
    char up[UCN_BUF];
    for (size_t i = 0; i < len; i++)
        up[i] = name[i] >= 'a' && name[i] <= 'z' ? (char)(name[i] - 'a' + 'A') : name[i];
    return stored_lookup(up, len, cp);
}
