/*
 * lex.c — CPython 3.11's tokenizer, for heapviz's Python front end.
 *
 * The file is read as python3 reads a script, then tokenized on demand:
 *
 *   file bytes ──prepare_source──▶ raw ──join_nul_lines──▶ buf ──lex_next──▶ token
 *     BOM, coding cookie           LF newlines only;       what CPython's
 *     (latin-1 → UTF-8),           what CPython re-reads   tokenizer sees: a
 *     CRLF and CR → LF             for error messages      line holding a NUL
 *                                  (lex_file_line)         loses the rest of it
 *                                                          and its newline (3.11.2
 *                                                          reads lines with fgets)
 *
 * Tokens follow CPython's rules: a line holding only blanks and a comment
 * yields nothing; indentation counts tabs to multiples of 8 and is checked
 * again with tabs of width 1 (a mismatch is a TabError); inside brackets
 * newlines and indentation are ignored; a backslash joins lines.  A NEWLINE
 * that follows a comment starts at the '#', as in CPython.
 *
 * Errors are CPython's, with its locations.  The tokenizer's own errors
 * count columns in characters ("tok" errors); those CPython raises through
 * the parser count bytes unless the file declared its encoding ("peg"
 * errors, see locate_peg).
 *
 * Invariants:
 *   1. buf[len] = '\0' and, unless len = 0, buf[len-1] = '\n'; every byte
 *      before `checked` belongs to a line already checked to be UTF-8,
 *      unless it is on line `utf8_from` or later: from the line that
 *      declared UTF-8 (the BOM: line 1) CPython's tokenizer checks no
 *      line, and invalid bytes reach tokens (a name's, a str literal's
 *      decode is then the error) or stay in comments unread.
 *   2. line_start <= p <= end; line_start is the first byte of line
 *      `lineno` (0 before the first line is read).
 *   3. indstack[0] = altindstack[0] = 0 and both increase strictly up to
 *      index `indent` < MAXINDENT.
 *   4. `level` brackets are open (<= MAXLEVEL): parens[0..level).
 *   5. once `failed`, err holds the error and lex_next returns false.
 */
#include "lex.h"

#include "codecreg.h"
#include "hv.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tunables: CPython's, measured on 3.11 -------------------------------- */

#define MAXINDENT 100       /* "too many levels of indentation" at 100 */
#define MAXLEVEL 200        /* "too many nested parentheses" past 200 */
#define TABSIZE 8
#define FGETS_CHUNK 999     /* err_programtext reads lines 999 bytes at a time */

typedef struct bracket {
    char c;                 /* '(', '[' or '{' */
    int32_t line, col;      /* where it opened (col: bytes from line start) */
} bracket;

struct lex {
    char *raw;              /* newline-normalized file text (BOM and NULs kept) */
    size_t rawlen;
    char *buf;              /* the text the tokenizer reads (invariant 1) */
    size_t len;
    const char *end;        /* buf + len */
    const char *p;          /* next byte to read (CPython's tok->cur) */
    const char *line_start; /* first byte of line `lineno` */
    const char *checked;    /* lines before this are valid UTF-8 */
    int32_t lineno;
    char *filename;
    bool declared;          /* BOM or coding cookie: columns in characters */
    int32_t utf8_from;      /* the line from which no line is checked (tok->encoding
                               set to "utf-8": BOM, or a cookie's line), or 0 */
    int32_t readable;       /* lines io reads before its first decode error, or -1 */
    bool latin1;            /* raw is the file's latin-1 made UTF-8 */
    bool need_line;         /* p is at a line not begun yet (after a NEWLINE) */
    bool atbol;             /* at the beginning of a line */
    bool blankline;         /* the current line holds no token */
    bool cont_line;         /* the line continues a backslash line */
    int pending;            /* INDENTs (> 0) or DEDENTs (< 0) to return */
    int indent;             /* top of the indentation stacks */
    int indstack[MAXINDENT];
    int altindstack[MAXINDENT];
    int level;
    bracket parens[MAXLEVEL];
    bool failed;
    bool unclosed;          /* failed at the end of the file inside brackets */
    bool raised;            /* the error is one CPython's tokenizer raises itself
                               (not one its parser raises from an error code) */
    lex_error err;
    lex_warning *warnings;
    size_t nwarnings, warncap;
    char *decode_msg;       /* the codec's error a later readline meets, or NULL */
    int32_t decode_line;    /* ... after this line, the last one it returned */
};

/* ---- host memory ----------------------------------------------------------- */

/* ---- the error record ------------------------------------------------------ */

void lex_error_clear(lex_error *e)
{
    free(e->msg);
    free(e->text);
    memset(e, 0, sizeof *e);
}

const char *lex_error_type(const lex_error *e)
{
    switch (e->kind) {
    case LEX_ERR_INDENTATION: return "IndentationError";
    case LEX_ERR_TAB: return "TabError";
    case LEX_ERR_MEMORY: return "MemoryError";
    case LEX_ERR_RECURSION: return "RecursionError";
    default: return "SyntaxError";
    }
}

/* ---- UTF-8 ----------------------------------------------------------------- */

/* Length of the valid UTF-8 sequence at s (< end), or 0: the UTF-8
 * decoder's rules (codecreg_utf8_valid). */
static int utf8_len(const unsigned char *s, const unsigned char *end)
{
    const char *why;
    size_t bad;
    return (int)codecreg_utf8_valid(s, (size_t)(end - s), &why, &bad);
}

/* Decodes the (valid) sequence at *s and advances *s. */
static uint32_t utf8_decode(const char **s)
{
    const unsigned char *u = (const unsigned char *)*s;
    int n = utf8_len(u, u + 4);
    uint32_t cp;
    if (n <= 1) {
        *s += 1;
        return u[0];
    }
    cp = u[0] & (0x7F >> n);
    for (int i = 1; i < n; i++)
        cp = (cp << 6) | (u[i] & 0x3F);
    *s += n;
    return cp;
}

int32_t lex_char_count(const char *s, size_t nbytes)
{
    const unsigned char *u = (const unsigned char *)s, *end = u + nbytes;
    int32_t n = 0;
    while (u < end) {
        const char *why;
        size_t bad = 1;
        size_t k = codecreg_utf8_valid(u, (size_t)(end - u), &why, &bad);
        u += k ? k : bad;                   /* "replace": one U+FFFD for what each error covers */
        n++;
    }
    return n;
}

/* Printable as str.isprintable() sees it (approximation for non-ASCII:
 * controls, format characters, separators and private use are not). */
bool lex_printable(uint32_t c)
{
    if (c < 0x80)
        return c >= 0x20 && c < 0x7F;
    return !(c <= 0xA0 || c == 0xAD || (c >= 0x600 && c <= 0x605) || c == 0x61C
             || c == 0x6DD || c == 0x70F || c == 0x1680 || c == 0x180E
             || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F)
             || (c >= 0x205F && c <= 0x206F) || c == 0x3000
             || (c >= 0xD800 && c <= 0xF8FF) || c == 0xFEFF || (c >= 0xFDD0 && c <= 0xFDEF)
             || (c >= 0xFFF0 && c <= 0xFFFB) || (c & 0xFFFE) == 0xFFFE || c >= 0xE0000);
}

/* Ranges of code points that are neither XID_Start nor XID_Continue: an
 * approximation of the Unicode tables (symbols, punctuation, spaces). */
static const uint32_t not_identifier[][2] = {
    {0x80, 0xA9}, {0xAB, 0xB4}, {0xB6, 0xB6}, {0xB8, 0xB9}, {0xBB, 0xBF},
    {0xD7, 0xD7}, {0xF7, 0xF7}, {0x2C2, 0x2C5}, {0x2D2, 0x2DF},
    {0x2E5, 0x2EB}, {0x2ED, 0x2ED}, {0x2EF, 0x2FF}, {0x375, 0x375},
    {0x37E, 0x37E}, {0x384, 0x385}, {0x3F6, 0x3F6}, {0x482, 0x482},
    {0x55A, 0x55F}, {0x589, 0x58A}, {0x5BE, 0x5BE}, {0x5C0, 0x5C0},
    {0x5C3, 0x5C3}, {0x5C6, 0x5C6}, {0x5F3, 0x5F4}, {0x600, 0x60F},
    {0x61B, 0x61F}, {0x66A, 0x66D}, {0x6D4, 0x6D4}, {0x6DD, 0x6DE},
    {0x6E9, 0x6E9}, {0x6FD, 0x6FE}, {0x700, 0x70F}, {0x964, 0x965},
    {0x970, 0x970}, {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x203E},
    {0x2041, 0x2053}, {0x2055, 0x2070}, {0x2072, 0x207E}, {0x2080, 0x208F},
    {0x209D, 0x20CF}, {0x2190, 0x2BFF}, {0x2E00, 0x2E7F}, {0x3000, 0x3004},
    {0x3008, 0x3020}, {0x3030, 0x3030}, {0x303D, 0x303F}, {0x30A0, 0x30A0},
    {0x30FB, 0x30FB}, {0xD800, 0xF8FF}, {0xFD3E, 0xFD3F}, {0xFE10, 0xFE19},
    {0xFE30, 0xFE32}, {0xFE35, 0xFE4C}, {0xFE50, 0xFE6B}, {0xFEFF, 0xFEFF},
    {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40},
    {0xFF5B, 0xFF65}, {0xFFE0, 0xFFFF}, {0x1F000, 0x1FAFF}, {0xE0000, 0x10FFFF},
};

/* Ranges that may continue an identifier but not start one (digits and
 * combining marks; approximate). */
static const uint32_t continue_only[][2] = {
    {0xB7, 0xB7}, {0x300, 0x36F}, {0x387, 0x387}, {0x483, 0x489},
    {0x591, 0x5BD}, {0x610, 0x61A}, {0x64B, 0x669}, {0x6F0, 0x6F9},
    {0x900, 0x903}, {0x93A, 0x94F}, {0x966, 0x96F}, {0x203F, 0x2040},
    {0x2054, 0x2054}, {0xFE33, 0xFE34}, {0xFE4D, 0xFE4F}, {0xFF10, 0xFF19},
    {0xFF3F, 0xFF3F},
};

static bool in_ranges(uint32_t c, const uint32_t (*r)[2], size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (c >= r[i][0] && c <= r[i][1])
            return true;
    return false;
}

static bool cp_id_continue(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
               || (c >= '0' && c <= '9') || c == '_';
    return !in_ranges(c, not_identifier, HV_COUNTOF(not_identifier));
}

static bool cp_id_start(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    return cp_id_continue(c) && !in_ranges(c, continue_only, HV_COUNTOF(continue_only));
}

/* ---- errors ---------------------------------------------------------------- */

static void fail(lex *lx, enum lex_error_kind kind, int32_t line, int32_t col,
                 int32_t end_line, int32_t end_col, char *text, const char *fmt, ...)
    HV_PRINTF(8, 9);

static void fail(lex *lx, enum lex_error_kind kind, int32_t line, int32_t col,
                 int32_t end_line, int32_t end_col, char *text, const char *fmt, ...)
{
    va_list ap;
    lex_error_clear(&lx->err);
    lx->err.kind = kind;
    va_start(ap, fmt);
    lx->err.msg = hv_vasprintf(fmt, ap);
    va_end(ap);
    lx->err.line = line;
    lx->err.col = col;
    lx->err.end_line = end_line;
    lx->err.end_col = end_col;
    lx->err.text = text;
    lx->failed = true;
}

/* s[0..n) decoded as UTF-8 with errors="replace": a U+FFFD for what each
 * decode error covers (malloc'd, NUL-terminated). */
static char *utf8_replaced(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    char *d = hv_malloc(3 * n + 1), *o = d;
    for (size_t i = 0; i < n;) {
        const char *why;
        size_t bad = 1, k = codecreg_utf8_valid(u + i, n - i, &why, &bad);
        if (k) {
            memcpy(o, s + i, k);
            o += k;
            i += k;
        } else {
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
            i += bad;
        }
    }
    *o = '\0';
    return d;
}

/* The line at `from` up to (not including) its newline, as CPython's
 * tokenizer errors decode it (errors="replace"). */
static char *line_text(const char *from)
{
    return utf8_replaced(from, strcspn(from, "\n"));
}

/* Where CPython's tokenizer reports its own errors (its syntaxerror()):
 * on line `lineno`, columns in characters from `ls`; the text is that line. */
static void tok_error_range(lex *lx, const char *ls, int32_t lineno, int32_t col,
                            int32_t end_col, const char *msg)
{
    fail(lx, LEX_ERR_SYNTAX, lineno, col, lineno, end_col, line_text(ls), "%s", msg);
    lx->raised = true;
}

/* The tokenizer's error at the current position `at` (CPython's tok->cur). */
static void tok_error_at(lex *lx, const char *at, const char *fmt, ...) HV_PRINTF(3, 4);
static void tok_error_at(lex *lx, const char *at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = hv_vasprintf(fmt, ap);
    va_end(ap);
    int32_t col = lex_char_count(lx->line_start, (size_t)(at - lx->line_start));
    tok_error_range(lx, lx->line_start, lx->lineno, col, col, msg);
    free(msg);
}

/* Errors CPython raises from the parser side of the tokenizer: the text is
 * re-read from the file, the columns are 1-based bytes converted to
 * characters when the encoding was declared.  `col` and `end_col` are
 * already in CPython's convention (see lex.h). */
static void peg_error(lex *lx, enum lex_error_kind kind, int32_t line, int32_t col,
                      int32_t end_line, int32_t end_col, const char *msg)
{
    lex_error e = {0};
    e.kind = kind;
    e.line = line;
    e.col = col;
    e.end_line = end_line;
    e.end_col = end_col;
    lex_locate(lx, &e);
    fail(lx, kind, e.line, e.col, e.end_line, e.end_col, e.text, "%s", msg);
}

/* An error without a location (the exception's lineno is None). */
static void bare_error(lex *lx, enum lex_error_kind kind, const char *fmt, ...) HV_PRINTF(3, 4);
static void bare_error(lex *lx, enum lex_error_kind kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = hv_vasprintf(fmt, ap);
    va_end(ap);
    fail(lx, kind, 0, 0, 0, 0, NULL, "%s", msg);
    lx->raised = true;
    free(msg);
}

static void warn(lex *lx, const char *msg)
{
    if (lx->nwarnings == lx->warncap) {
        lx->warncap = lx->warncap ? 2 * lx->warncap : 4;
        lx->warnings = realloc(lx->warnings, lx->warncap * sizeof *lx->warnings);
        if (!lx->warnings)
            hv_oom();
    }
    lx->warnings[lx->nwarnings].line = lx->lineno;
    lx->warnings[lx->nwarnings].msg = hv_strndup(msg, strlen(msg));
    lx->warnings[lx->nwarnings].text = lex_source_line(lx, lx->lineno);
    lx->warnings[lx->nwarnings].node = NULL;
    lx->nwarnings++;
}

/* ---- preparing the source ------------------------------------------------ */

/* CPython's get_normal_name: "utf-8", "iso-8859-1" or the name itself. */
static const char *normal_encoding(const char *s, char *tmp)
{
    int i;
    for (i = 0; i < 12 && s[i]; i++)
        tmp[i] = s[i] == '_' ? '-' : (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
    tmp[i] = '\0';
    if (!strcmp(tmp, "utf-8") || !strncmp(tmp, "utf-8-", 6))
        return "utf-8";
    if (!strcmp(tmp, "latin-1") || !strcmp(tmp, "iso-8859-1") || !strcmp(tmp, "iso-latin-1")
        || !strncmp(tmp, "latin-1-", 8) || !strncmp(tmp, "iso-8859-1-", 11)
        || !strncmp(tmp, "iso-latin-1-", 12))
        return "iso-8859-1";
    return s;
}

/* The coding spec of one line (CPython's get_coding_spec), copied into
 * name[64]; false when the line has none.  *code is set when the line holds
 * anything but blanks and a comment. */
static bool coding_spec(const char *s, size_t n, char *name, bool *code)
{
    size_t i = 0;
    *code = false;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f'))
        i++;
    if (i < n && s[i] != '#' && s[i] != '\n')
        *code = true;
    if (i >= n || s[i] != '#')
        return false;
    for (; i + 6 < n; i++) {
        const char *t = s + i;
        if (memcmp(t, "coding", 6) != 0 || (t[6] != ':' && t[6] != '='))
            continue;
        t += 7;
        while (t < s + n && (*t == ' ' || *t == '\t'))
            t++;
        size_t k = 0;
        while (t + k < s + n && k < 63
               && ((t[k] >= 'a' && t[k] <= 'z') || (t[k] >= 'A' && t[k] <= 'Z')
                   || (t[k] >= '0' && t[k] <= '9') || t[k] == '-' || t[k] == '_' || t[k] == '.'))
            k++;
        if (k == 0)
            continue;
        memcpy(name, t, k);
        name[k] = '\0';
        return true;
    }
    return false;
}

enum encoding { ENC_UTF8, ENC_LATIN1, ENC_ERROR };

/* "(unicode error) " and str(UnicodeDecodeError) for `bad` bytes from
 * position pos, the first being `byte` (malloc'd). */
static char *decode_error(const char *codec, unsigned char byte, size_t pos, size_t bad, const char *why)
{
    char text[160];
    if (bad == 1)
        snprintf(text, sizeof text, "(unicode error) '%s' codec can't decode byte 0x%02x in position %zu: %s",
                 codec, byte, pos, why);
    else
        snprintf(text, sizeof text, "(unicode error) '%s' codec can't decode bytes in position %zu-%zu: %s",
                 codec, pos, pos + bad - 1, why);
    return hv_strndup(text, strlen(text));
}

char *lex_utf8_error(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        const char *why;
        size_t bad = 1, k = u[i] < 0x80 ? 1 : codecreg_utf8_valid(u + i, n - i, &why, &bad);
        if (!k)
            return decode_error("utf-8", u[i], i, bad, why);
        i += k;
    }
    return NULL;
}

/* What TextIOWrapper.readline reads and decodes at once (_CHUNK_SIZE). */
#define READ_CHUNK 8192

/* The first error of the codec `module` (utf_8, utf_8_sig or ascii)
 * decoding s[0..n) as a TextIOWrapper does: READ_CHUNK bytes at a time,
 * an incomplete UTF-8 sequence carried into the next chunk, then a last,
 * empty read that ends the data.  *chunk is the read that meets it (the
 * one holding the byte that decides it), msg the UnicodeDecodeError's
 * text, its positions in that read's input (a carried sequence starts
 * it).  False when the whole decodes. */
static bool stream_error(const char *module, const unsigned char *s, size_t n, size_t *chunk, char **msg)
{
    bool ascii = !strcmp(module, "ascii");
    size_t i = 0, bad = 1;
    const char *why = "ordinal not in range(128)";
    while (i < n) {
        size_t k = ascii ? s[i] < 0x80 : codecreg_utf8_valid(s + i, n - i, &why, &bad);
        if (!k)
            break;
        i += k;
    }
    if (i >= n)
        return false;
    bool at_end = !strcmp(why, "unexpected end of data");
    size_t decided = i + (strcmp(why, "invalid continuation byte") ? 0 : bad);
    *chunk = at_end ? (n + READ_CHUNK - 1) / READ_CHUNK : decided / READ_CHUNK;
    size_t pos = *chunk == i / READ_CHUNK ? i % READ_CHUNK : 0;
    *msg = decode_error(ascii ? "ascii" : "utf-8", s[i], pos, bad, why);
    return true;
}

/* The encoding of a coding cookie whose name get_normal_name made cs
 * (check_coding_spec).  "utf-8" is read as it is; any other name goes to
 * fp_setreadl, io.open(fd, encoding=cs) from the end of the cookie's line
 * (`from`, back one byte), which finds the codec as the registry does and
 * must find a text encoding, then reads a first line: that first chunk
 * must decode, or it is "encoding problem" too.  A later chunk's error
 * is kept for the line that needs it (begin_line).  Latin-1, UTF-8 and
 * ASCII are heapviz's, and so is ASCII text in any codec that reads it
 * as ASCII; other codecs are refused. */
static enum encoding cookie_encoding(lex *lx, const char *cs, const char *s, size_t n, size_t from)
{
    if (!strcmp(cs, "utf-8"))
        return ENC_UTF8;
    const char *module = codecreg_module(cs);
    if (!module || !codecreg_is_text(module)) {
        bare_error(lx, LEX_ERR_SYNTAX, "encoding problem: %s", cs);
        return ENC_ERROR;
    }
    if (!strcmp(module, "latin_1"))
        return ENC_LATIN1;
    size_t start = from ? from - 1 : 0, chunk;
    char *msg;
    bool ours = !strcmp(module, "utf_8") || !strcmp(module, "utf_8_sig") || !strcmp(module, "ascii");
    if (!ours) {
        if (codecreg_keeps_ascii(module)) {
            if (!stream_error("ascii", (const unsigned char *)s + start, n - start, &chunk, &msg))
                return ENC_UTF8;            /* ASCII bytes: the same text in any of them */
            free(msg);
        }
        bare_error(lx, LEX_ERR_UNSUPPORTED, "heapviz does not support the source encoding '%s'", cs);
        return ENC_ERROR;
    }
    if (!stream_error(module, (const unsigned char *)s + start, n - start, &chunk, &msg))
        return ENC_UTF8;
    if (chunk == 0) {
        free(msg);
        bare_error(lx, LEX_ERR_SYNTAX, "encoding problem: %s", cs);
        return ENC_ERROR;
    }
    size_t read = start + chunk * READ_CHUNK;         /* the bytes decoded before it */
    int32_t lines = 0;
    for (size_t i = 0; i < read && i < n; i++)
        lines += s[i] == '\n';
    lx->decode_msg = msg;
    lx->decode_line = lines;
    return ENC_UTF8;
}

/* Reads the BOM and the coding cookie of lines 1 and 2 (a cookie on line
 * 2 counts only after a blank or comment line 1). */
static enum encoding detect_encoding(lex *lx, const char *s, size_t n, bool bom)
{
    char name[64], tmp[16];
    bool code;
    const char *line = s, *stop = s + n;
    for (int i = 0; i < 2 && line < stop; i++) {
        const char *nl = memchr(line, '\n', (size_t)(stop - line));
        const char *cr = memchr(line, '\r', (size_t)(stop - line));
        if (!nl || (cr && cr < nl))
            nl = cr;
        size_t ln = nl ? (size_t)(nl - line) : (size_t)(stop - line);
        if (coding_spec(line, ln, name, &code)) {
            const char *cs = normal_encoding(name, tmp);
            lx->declared = true;
            if (bom && strcmp(cs, "utf-8") != 0) {
                bare_error(lx, LEX_ERR_SYNTAX, "encoding problem: %s with BOM", cs);
                return ENC_ERROR;
            }
            size_t end = nl ? (size_t)(nl - s) + 1 : n;
            if (nl && *nl == '\r' && end < n && s[end] == '\n')
                end++;
            if (!bom)                       /* check_coding_spec, after reading line i + 1 */
                lx->utf8_from = i + 1;
            return cookie_encoding(lx, cs, s, n, end);
        }
        if (code || !nl)
            break;
        line = nl + 1;
        if (*nl == '\r' && line < stop && *line == '\n')
            line++;
    }
    return ENC_UTF8;
}

/* raw = s[0..n) with CRLF and CR turned into LF, latin-1 turned into UTF-8. */
static void make_raw(lex *lx, const char *s, size_t n, bool latin1)
{
    if (!latin1 && !memchr(s, '\r', n)) {  /* nothing to change: the common case */
        lx->raw = hv_strndup(s, n);
        lx->rawlen = n;
        return;
    }
    char *d = hv_malloc(2 * n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\r') {
            d[k++] = '\n';
            if (i + 1 < n && s[i + 1] == '\n')
                i++;
        } else if (latin1 && c >= 0x80) {
            k += hv_utf8_put(d + k, c);
        } else {
            d[k++] = (char)c;
        }
    }
    d[k] = '\0';
    lx->raw = d;
    lx->rawlen = k;
}

/* buf = raw without the BOM, each line holding a NUL cut there and joined
 * with the next (the newline is lost, as with fgets + strlen), ending in
 * '\n' (CPython fakes a newline after a last line without one). */
static void make_buf(lex *lx, size_t skip)
{
    const char *s = lx->raw + skip, *stop = lx->raw + lx->rawlen;
    char *d = hv_malloc((size_t)(stop - s) + 2);
    size_t k = 0;
    if (!memchr(s, '\0', (size_t)(stop - s))) {
        k = (size_t)(stop - s);
        memcpy(d, s, k);
        s = stop;
    }
    while (s < stop) {
        char c = *s++;
        if (c == '\0') {
            const char *nl = memchr(s, '\n', (size_t)(stop - s));
            s = nl ? nl + 1 : stop;
            continue;
        }
        d[k++] = c;
    }
    if (k > 0 && d[k - 1] != '\n')
        d[k++] = '\n';
    d[k] = '\0';
    lx->buf = d;
    lx->len = k;
}

/* How many lines io.open(file, encoding=...).readline reads before its
 * decode error (_Py_DisplaySourceLine, the unraisable hook's and the
 * compiler warnings' source lines): those whose newline lies before the
 * chunk that meets the error; -1 when the whole file decodes.  Only a
 * file that declared UTF-8 runs with bytes that do not decode. */
static int32_t readable_lines(const char *src, size_t len)
{
    size_t chunk;
    char *msg;
    if (!stream_error("utf_8", (const unsigned char *)src, len, &chunk, &msg))
        return -1;
    free(msg);
    size_t stop = chunk * READ_CHUNK < len ? chunk * READ_CHUNK : len;
    int32_t lines = 0;
    for (size_t i = 0; i < stop; i++)
        lines += src[i] == '\n' || (src[i] == '\r' && (i + 1 >= len || src[i + 1] != '\n'));
    return lines;
}

static void prepare_source(lex *lx, const char *src, size_t len)
{
    bool bom = len >= 3 && !memcmp(src, "\xEF\xBB\xBF", 3);
    enum encoding enc;
    lx->declared = bom;
    lx->utf8_from = bom ? 1 : 0;            /* check_bom: tok->encoding = "utf-8" */
    enc = detect_encoding(lx, src + (bom ? 3 : 0), len - (bom ? 3 : 0), bom);
    lx->readable = lx->utf8_from && enc == ENC_UTF8 ? readable_lines(src, len) : -1;
    lx->latin1 = enc == ENC_LATIN1;
    make_raw(lx, src, len, lx->latin1);
    make_buf(lx, bom ? 3 : 0);
    lx->end = lx->buf + lx->len;
    lx->p = lx->line_start = lx->checked = lx->buf;
}

lex *lex_new(const char *src, size_t len, const char *filename)
{
    lex *lx = hv_malloc(sizeof *lx);
    memset(lx, 0, sizeof *lx);
    lx->filename = hv_strndup(filename, strlen(filename));
    lx->atbol = lx->need_line = true;
    prepare_source(lx, src, len);
    return lx;
}

void lex_declare_utf8(lex *lx)
{
    lx->declared = true;
    lx->utf8_from = 1;
}

void lex_warnings_free(lex_warning *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(w[i].msg);
        free(w[i].text);
    }
    free(w);
}

void lex_free(lex *lx)
{
    if (!lx)
        return;
    lex_warnings_free(lx->warnings, lx->nwarnings);
    lex_error_clear(&lx->err);
    free(lx->raw);
    free(lx->buf);
    free(lx->filename);
    free(lx->decode_msg);
    free(lx);
}

/* ---- lines ----------------------------------------------------------------- */

/* Starts line lineno + 1 at p (just past a newline) and checks that it is
 * UTF-8, as CPython does for each line it reads.  False on error. */
static bool begin_line(lex *lx, const char *p)
{
    if (p >= lx->end)
        return true;                        /* end of file: no new line */
    if (lx->decode_msg && lx->lineno == lx->decode_line) {  /* the codec's readline fails */
        fail(lx, LEX_ERR_SYNTAX, lx->lineno, 0, lx->lineno, 0, lex_source_line(lx, lx->lineno), "%s",
             lx->decode_msg);
        lx->raised = true;
        return false;
    }
    lx->lineno++;
    lx->line_start = p;
    if (p < lx->checked || (lx->utf8_from && lx->lineno >= lx->utf8_from))
        return true;                        /* tok->encoding set: ensure_utf8 is skipped */
    const unsigned char *u = (const unsigned char *)p, *end = (const unsigned char *)lx->end;
    while (*u != '\n') {
        if (*u < 0x80) {                    /* ASCII, the common case */
            u++;
            continue;
        }
        int n = utf8_len(u, end);
        if (!n) {
            bare_error(lx, LEX_ERR_SYNTAX,
                       "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                       "but no encoding declared; see https://peps.python.org/pep-0263/ "
                       "for details", *u, lx->filename, lx->lineno);
            return false;
        }
        u += n;
    }
    lx->checked = (const char *)u + 1;
    return true;
}

/* ---- indentation ----------------------------------------------------------- */

/* A backslash at p: it must end the line.  Moves past the newline.  When it
 * is the last line, CPython reports "unexpected EOF" at the current
 * position (`at_bol`: reading the indentation, where its buffer was reset). */
static bool continuation(lex *lx, const char **pp, bool at_bol)
{
    const char *p = *pp + 1;
    if (*p != '\n') {
        int32_t col = (int32_t)(p - lx->line_start) + 1;
        peg_error(lx, LEX_ERR_SYNTAX, lx->lineno, col, lx->lineno, 0,
                  "unexpected character after line continuation character");
        return false;
    }
    p++;
    if (p >= lx->end) {
        int32_t col = at_bol ? 0 : (int32_t)(p - lx->line_start);
        peg_error(lx, LEX_ERR_SYNTAX, lx->lineno, col, lx->lineno, -1,
                  "unexpected EOF while parsing");
        return false;
    }
    if (!begin_line(lx, p))
        return false;
    *pp = p;
    return true;
}

static void inconsistent_tabs(lex *lx)
{
    peg_error(lx, LEX_ERR_TAB, lx->lineno, 1, lx->lineno, 0,
              "inconsistent use of tabs and spaces in indentation");
}

/* Compares the indentation of a line holding tokens with the stack and
 * queues INDENT or DEDENTs (CPython's rules, tabs checked both ways). */
static bool indent_change(lex *lx, int col, int altcol, const char *eol)
{
    if (col == lx->indstack[lx->indent]) {
        if (altcol != lx->altindstack[lx->indent])
            return inconsistent_tabs(lx), false;
    } else if (col > lx->indstack[lx->indent]) {
        if (lx->indent + 1 >= MAXINDENT) {
            peg_error(lx, LEX_ERR_INDENTATION, lx->lineno, 1, lx->lineno, 0,
                      "too many levels of indentation");
            return false;
        }
        if (altcol <= lx->altindstack[lx->indent])
            return inconsistent_tabs(lx), false;
        lx->pending++;
        lx->indent++;
        lx->indstack[lx->indent] = col;
        lx->altindstack[lx->indent] = altcol;
    } else {
        while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
            lx->pending--;
            lx->indent--;
        }
        if (col != lx->indstack[lx->indent]) {
            int32_t at = (int32_t)(eol - lx->line_start);
            peg_error(lx, LEX_ERR_INDENTATION, lx->lineno, at, lx->lineno, -1,
                      "unindent does not match any outer indentation level");
            return false;
        }
        if (altcol != lx->altindstack[lx->indent])
            return inconsistent_tabs(lx), false;
    }
    return true;
}

/* Reads the indentation at the beginning of a line. */
static bool read_indentation(lex *lx)
{
    int col = 0, altcol = 0, cont_col = 0;
    const char *p = lx->p;
    lx->atbol = false;
    for (;;) {
        if (*p == ' ') {
            col++, altcol++;
        } else if (*p == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            altcol++;
        } else if (*p == '\f') {
            col = altcol = 0;
        } else if (*p == '\\' && p < lx->end) {
            cont_col = cont_col ? cont_col : col;
            if (!continuation(lx, &p, true))
                return false;
            continue;
        } else {
            break;
        }
        p++;
    }
    lx->p = p;
    lx->blankline = p < lx->end && (*p == '#' || *p == '\n');
    if (lx->blankline || lx->level > 0)
        return true;
    if (cont_col)
        col = altcol = cont_col;
    const char *eol = p < lx->end ? strchr(p, '\n') + 1 : p;
    return indent_change(lx, col, altcol, p < lx->end ? eol : lx->line_start);
}

/* ---- tokens ---------------------------------------------------------------- */

static void set_token(lex *lx, lex_token *t, int kind, const char *start,
                      const char *stop, const char *start_line_start, int32_t start_line)
{
    t->kind = (uint8_t)kind;
    t->nopos = 0;
    t->level = (uint16_t)lx->level;
    t->start = start;
    t->len = (uint32_t)(stop - start);
    t->line = start_line;
    t->col = (int32_t)(start - start_line_start);
    t->end_line = lx->lineno;
    t->end_col = (int32_t)(stop - lx->line_start);
}

/* INDENT, DEDENT and ENDMARKER carry no column in CPython: errors on them
 * use the tokenizer's position instead (recorded in col). */
static bool set_bare_token(lex *lx, lex_token *t, int kind)
{
    t->kind = (uint8_t)kind;
    t->nopos = 1;
    t->level = (uint16_t)lx->level;
    t->start = lx->p;
    t->len = 0;
    t->line = t->end_line = lx->lineno;
    t->col = t->end_col = (int32_t)(lx->p - lx->line_start);
    if (lx->p >= lx->end)
        t->col = t->end_col = 0;
    return true;
}

/* The keyword spelled s[0..n), or LEX_NAME (a switch on the first letter:
 * this runs for every name of the file). */
static int keyword_kind(const char *s, size_t n)
{
#define KW(text, kind)                                                        \
    if (n == sizeof text - 1 && !memcmp(s, text, n))                          \
        return kind
    switch (s[0]) {
    case 'F': KW("False", LEX_KW_FALSE); break;
    case 'N': KW("None", LEX_KW_NONE); break;
    case 'T': KW("True", LEX_KW_TRUE); break;
    case 'a':
        KW("and", LEX_KW_AND); KW("as", LEX_KW_AS); KW("assert", LEX_KW_ASSERT);
        KW("async", LEX_KW_ASYNC); KW("await", LEX_KW_AWAIT);
        break;
    case 'b': KW("break", LEX_KW_BREAK); break;
    case 'c': KW("class", LEX_KW_CLASS); KW("continue", LEX_KW_CONTINUE); break;
    case 'd': KW("def", LEX_KW_DEF); KW("del", LEX_KW_DEL); break;
    case 'e': KW("elif", LEX_KW_ELIF); KW("else", LEX_KW_ELSE); KW("except", LEX_KW_EXCEPT); break;
    case 'f': KW("finally", LEX_KW_FINALLY); KW("for", LEX_KW_FOR); KW("from", LEX_KW_FROM); break;
    case 'g': KW("global", LEX_KW_GLOBAL); break;
    case 'i':
        KW("if", LEX_KW_IF); KW("import", LEX_KW_IMPORT); KW("in", LEX_KW_IN); KW("is", LEX_KW_IS);
        break;
    case 'l': KW("lambda", LEX_KW_LAMBDA); break;
    case 'n': KW("nonlocal", LEX_KW_NONLOCAL); KW("not", LEX_KW_NOT); break;
    case 'o': KW("or", LEX_KW_OR); break;
    case 'p': KW("pass", LEX_KW_PASS); break;
    case 'r': KW("raise", LEX_KW_RAISE); KW("return", LEX_KW_RETURN); break;
    case 't': KW("try", LEX_KW_TRY); break;
    case 'w': KW("while", LEX_KW_WHILE); KW("with", LEX_KW_WITH); break;
    case 'y': KW("yield", LEX_KW_YIELD); break;
    }
#undef KW
    return LEX_NAME;
}

static bool is_name_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || c == '_' || c >= 128;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_xdigit(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* A name holding bytes that are not UTF-8 (only after a utf-8 cookie or a
 * BOM): verify_identifier's PyUnicode_DecodeUTF8 fails (E_DECODE), which
 * the parser turns into "(unicode error) ..." at the end of the name
 * (_Pypegen_raise_decode_error, the error token without a column). */
static bool undecodable_name(lex *lx, const char *start, const char *stop)
{
    char *msg = lex_utf8_error(start, (size_t)(stop - start));
    if (msg)
        peg_error(lx, LEX_ERR_SYNTAX, lx->lineno, (int32_t)(stop - lx->line_start), lx->lineno, -1, msg);
    free(msg);
    return msg != NULL;
}

/* Checks a name holding non-ASCII bytes (CPython's verify_identifier). */
static bool verify_identifier(lex *lx, const char *start, const char *stop)
{
    const char *s = start;
    if (undecodable_name(lx, start, stop))
        return false;
    bool first = true;
    while (s < stop) {
        const char *at = s;
        uint32_t c = utf8_decode(&s);
        if (first ? cp_id_start(c) : cp_id_continue(c)) {
            first = false;
            continue;
        }
        if (lex_printable(c))
            tok_error_at(lx, s, "invalid character '%.*s' (U+%04X)", (int)(s - at), at, c);
        else
            tok_error_at(lx, s, "invalid non-printable character U+%04X", c);
        return false;
    }
    return true;
}

static bool scan_string(lex *lx, lex_token *t, const char *start, const char *q);

/* A name, a keyword, or a string with a prefix (b r u f in CPython's
 * combinations). */
static bool scan_name(lex *lx, lex_token *t, const char *start)
{
    const char *q = start;
    bool b = false, r = false, u = false, f = false, nonascii = false;
    for (;;) {
        char c = *q;
        if (!(b || u || f) && (c == 'b' || c == 'B'))
            b = true;
        else if (!(b || u || r || f) && (c == 'u' || c == 'U'))
            u = true;
        else if (!(r || u) && (c == 'r' || c == 'R'))
            r = true;
        else if (!(f || b || u) && (c == 'f' || c == 'F'))
            f = true;
        else
            break;
        q++;
        if (*q == '"' || *q == '\'')
            return scan_string(lx, t, start, q);
    }
    while (is_name_byte((unsigned char)*q)) {
        nonascii |= (unsigned char)*q >= 128;
        q++;
    }
    if (nonascii && !verify_identifier(lx, start, q))
        return false;
    lx->p = q;
    set_token(lx, t, keyword_kind(start, (size_t)(q - start)), start, q,
              lx->line_start, lx->lineno);
    return true;
}

/* ---- numbers --------------------------------------------------------------- */

/* True when the keyword `word` starts at q and no name character follows. */
static bool word_at(const char *q, const char *word)
{
    size_t n = strlen(word);
    return !strncmp(q, word, n) && !is_name_byte((unsigned char)q[n]);
}

/* CPython's check after a number: a keyword that may follow a number in
 * valid code ("1if x else y") gets a SyntaxWarning, any other name
 * character is an error. */
static bool end_of_number(lex *lx, const char *q, const char *kind)
{
    bool keyword = word_at(q, "and") || word_at(q, "else") || word_at(q, "for")
                   || word_at(q, "or") || word_at(q, "not")
                   || (q[0] == 'i' && (q[1] == 'f' || q[1] == 'n' || q[1] == 's'));
    if (keyword) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        warn(lx, msg);
        return true;
    }
    if (is_name_byte((unsigned char)*q)) {
        tok_error_at(lx, q, "invalid %s literal", kind);
        return false;
    }
    return true;
}

/* Digits with single underscores between them, from q (at a digit). */
static const char *decimal_tail(lex *lx, const char *q)
{
    for (;;) {
        while (is_digit(*q))
            q++;
        if (*q != '_')
            return q;
        q++;
        if (!is_digit(*q)) {
            tok_error_at(lx, q, "invalid decimal literal");
            return NULL;
        }
    }
}

/* 0x, 0o, 0b literals: q is just past the base letter. */
static const char *radix_number(lex *lx, const char *q, int base)
{
    const char *name = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
    for (;;) {
        if (*q == '_')
            q++;
        bool ok = base == 16 ? is_xdigit(*q) : (*q >= '0' && *q < '0' + base);
        if (!ok) {
            if (base != 16 && is_digit(*q))
                tok_error_at(lx, q + 1, "invalid digit '%c' in %s literal", *q, name);
            else
                tok_error_at(lx, q, "invalid %s literal", name);
            return NULL;
        }
        do
            q++;
        while (base == 16 ? is_xdigit(*q) : (*q >= '0' && *q < '0' + base));
        if (*q != '_')
            break;
    }
    if (base != 16 && is_digit(*q)) {
        tok_error_at(lx, q + 1, "invalid digit '%c' in %s literal", *q, name);
        return NULL;
    }
    return end_of_number(lx, q, name) ? q : NULL;
}

/* The fraction, exponent and imaginary suffix of a decimal number; q is
 * past the integer part, `dot` tells that a '.' was already read. */
static const char *number_tail(lex *lx, const char *q, bool dot)
{
    if (!dot && *q == '.') {
        q++;
        dot = true;
    }
    if (dot && is_digit(*q) && !(q = decimal_tail(lx, q)))
        return NULL;
    if (*q == 'e' || *q == 'E') {
        const char *e = q++;
        if (*q == '+' || *q == '-') {
            q++;
            if (!is_digit(*q)) {
                tok_error_at(lx, q, "invalid decimal literal");
                return NULL;
            }
        } else if (!is_digit(*q)) {
            return end_of_number(lx, e, "decimal") ? e : NULL;
        }
        if (!(q = decimal_tail(lx, q)))
            return NULL;
    }
    if (*q == 'j' || *q == 'J')
        return end_of_number(lx, q + 1, "imaginary") ? q + 1 : NULL;
    return end_of_number(lx, q, "decimal") ? q : NULL;
}

/* A number starting with '0' (start points at it). */
static const char *zero_number(lex *lx, const char *start)
{
    const char *q = start + 1;
    if (*q == 'x' || *q == 'X')
        return radix_number(lx, q + 1, 16);
    if (*q == 'o' || *q == 'O')
        return radix_number(lx, q + 1, 8);
    if (*q == 'b' || *q == 'B')
        return radix_number(lx, q + 1, 2);
    for (;;) {                              /* 0, 00, 0_0 ... */
        if (*q == '_') {
            q++;
            if (!is_digit(*q)) {
                tok_error_at(lx, q, "invalid decimal literal");
                return NULL;
            }
        }
        if (*q != '0')
            break;
        q++;
    }
    const char *zeros_end = q;
    bool nonzero = is_digit(*q);
    if (nonzero && !(q = decimal_tail(lx, q)))
        return NULL;
    if (*q == '.' || *q == 'e' || *q == 'E' || *q == 'j' || *q == 'J')
        return number_tail(lx, q, false);
    if (nonzero) {
        int32_t c0 = (int32_t)(start - lx->line_start) + 1;   /* bytes, as CPython */
        int32_t c1 = (int32_t)(zeros_end - lx->line_start) + 1;
        tok_error_range(lx, lx->line_start, lx->lineno, c0, c1,
                        "leading zeros in decimal integer literals are not permitted; "
                        "use an 0o prefix for octal integers");
        return NULL;
    }
    return end_of_number(lx, q, "decimal") ? q : NULL;
}

static bool scan_number(lex *lx, lex_token *t, const char *start)
{
    const char *q;
    if (*start == '.')
        q = number_tail(lx, start + 1, true);
    else if (*start == '0')
        q = zero_number(lx, start);
    else if ((q = decimal_tail(lx, start)))
        q = number_tail(lx, q, false);
    if (!q)
        return false;
    lx->p = q;
    set_token(lx, t, LEX_NUMBER, start, q, lx->line_start, lx->lineno);
    return true;
}

/* ---- strings --------------------------------------------------------------- */

static void unterminated(lex *lx, const char *start, const char *first_ls,
                         int32_t first_line, int quotes)
{
    int32_t col = lex_char_count(first_ls, (size_t)(start + 1 - first_ls));
    char msg[96];
    snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)",
             quotes == 3 ? "triple-quoted " : "", lx->lineno);
    tok_error_range(lx, first_ls, first_line, col, col, msg);
}

/* A string literal (any prefix; an f-string is one token too): q points at
 * the opening quote. */
static bool scan_string(lex *lx, lex_token *t, const char *start, const char *q)
{
    const char *first_ls = lx->line_start;
    int32_t first_line = lx->lineno;
    char quote = *q++;
    int size = 1, closing = 0;
    if (*q == quote) {
        if (q[1] == quote) {
            size = 3;
            q += 2;
        } else {
            closing = 1;
            q++;
        }
    }
    while (closing != size) {
        char c = *q;
        if (q >= lx->end || (size == 1 && c == '\n')) {
            unterminated(lx, start, first_ls, first_line, size);
            return false;
        }
        q++;
        if (c == quote) {
            closing++;
            continue;
        }
        closing = 0;
        if (c == '\\' && q < lx->end) {
            c = *q++;
        }
        if (c == '\n' && !begin_line(lx, q))
            return false;
    }
    lx->p = q;
    set_token(lx, t, LEX_STRING, start, q, first_ls, first_line);
    return true;
}

/* ---- operators ------------------------------------------------------------- */

static const char *const kind_text[LEX_NKINDS] = {
    [LEX_ENDMARKER] = "ENDMARKER", [LEX_NAME] = "NAME", [LEX_NUMBER] = "NUMBER",
    [LEX_STRING] = "STRING", [LEX_NEWLINE] = "NEWLINE", [LEX_INDENT] = "INDENT",
    [LEX_DEDENT] = "DEDENT", [LEX_OP_OTHER] = "OP",
#define LEX_TEXT(name, text) [LEX_##name] = text,
    LEX_OPERATORS(LEX_TEXT)
#undef LEX_TEXT
#define LEX_KW_TEXT(name, text) [LEX_KW_##name] = text,
    LEX_KEYWORDS(LEX_KW_TEXT)
#undef LEX_KW_TEXT
};

const char *lex_kind_text(int kind)
{
    return kind >= 0 && kind < LEX_NKINDS ? kind_text[kind] : "?";
}

/* The operator at s (the longest that matches): its kind, and its length
 * in *len; 0 when no operator starts there.  "<>" is CPython's NOTEQUAL
 * spelled the Barry way: the parser refuses it. */
static int operator_at(const char *s, int *len)
{
    char c1 = s[1], c2 = c1 ? s[2] : 0;
    *len = 2;
    switch (s[0]) {
    case '(': *len = 1; return LEX_LPAR;
    case ')': *len = 1; return LEX_RPAR;
    case '[': *len = 1; return LEX_LSQB;
    case ']': *len = 1; return LEX_RSQB;
    case '{': *len = 1; return LEX_LBRACE;
    case '}': *len = 1; return LEX_RBRACE;
    case ',': *len = 1; return LEX_COMMA;
    case ';': *len = 1; return LEX_SEMI;
    case '~': *len = 1; return LEX_TILDE;
    case ':': if (c1 == '=') return LEX_COLONEQUAL; *len = 1; return LEX_COLON;
    case '+': if (c1 == '=') return LEX_PLUSEQUAL; *len = 1; return LEX_PLUS;
    case '%': if (c1 == '=') return LEX_PERCENTEQUAL; *len = 1; return LEX_PERCENT;
    case '&': if (c1 == '=') return LEX_AMPEREQUAL; *len = 1; return LEX_AMPER;
    case '|': if (c1 == '=') return LEX_VBAREQUAL; *len = 1; return LEX_VBAR;
    case '^': if (c1 == '=') return LEX_CIRCUMFLEXEQUAL; *len = 1; return LEX_CIRCUMFLEX;
    case '@': if (c1 == '=') return LEX_ATEQUAL; *len = 1; return LEX_AT;
    case '=': if (c1 == '=') return LEX_EQEQUAL; *len = 1; return LEX_EQUAL;
    case '!': if (c1 == '=') return LEX_NOTEQUAL; *len = 0; return 0;
    case '-':
        if (c1 == '=') return LEX_MINEQUAL;
        if (c1 == '>') return LEX_RARROW;
        *len = 1; return LEX_MINUS;
    case '*':
        if (c1 == '*') { if (c2 == '=') { *len = 3; return LEX_DOUBLESTAREQUAL; } return LEX_DOUBLESTAR; }
        if (c1 == '=') return LEX_STAREQUAL;
        *len = 1; return LEX_STAR;
    case '/':
        if (c1 == '/') { if (c2 == '=') { *len = 3; return LEX_DOUBLESLASHEQUAL; } return LEX_DOUBLESLASH; }
        if (c1 == '=') return LEX_SLASHEQUAL;
        *len = 1; return LEX_SLASH;
    case '<':
        if (c1 == '<') { if (c2 == '=') { *len = 3; return LEX_LEFTSHIFTEQUAL; } return LEX_LEFTSHIFT; }
        if (c1 == '=') return LEX_LESSEQUAL;
        if (c1 == '>') return LEX_NOTEQUAL;
        *len = 1; return LEX_LESS;
    case '>':
        if (c1 == '>') { if (c2 == '=') { *len = 3; return LEX_RIGHTSHIFTEQUAL; } return LEX_RIGHTSHIFT; }
        if (c1 == '=') return LEX_GREATEREQUAL;
        *len = 1; return LEX_GREATER;
    case '.':
        if (c1 == '.' && c2 == '.') { *len = 3; return LEX_ELLIPSIS; }
        *len = 1; return LEX_DOT;
    default:
        *len = 0;
        return 0;
    }
}

/* Opening and closing brackets update the stack (errors are CPython's). */
static bool track_bracket(lex *lx, const char *at)
{
    char c = *at;
    if (c == '(' || c == '[' || c == '{') {
        if (lx->level >= MAXLEVEL) {
            tok_error_at(lx, at + 1, "too many nested parentheses");
            return false;
        }
        lx->parens[lx->level].c = c;
        lx->parens[lx->level].line = lx->lineno;
        lx->parens[lx->level].col = (int32_t)(at - lx->line_start);
        lx->level++;
    } else if (c == ')' || c == ']' || c == '}') {
        if (!lx->level) {
            tok_error_at(lx, at + 1, "unmatched '%c'", c);
            return false;
        }
        bracket *o = &lx->parens[--lx->level];
        if ((o->c == '(' && c != ')') || (o->c == '[' && c != ']') || (o->c == '{' && c != '}')) {
            if (o->line != lx->lineno)
                tok_error_at(lx, at + 1, "closing parenthesis '%c' does not match "
                             "opening parenthesis '%c' on line %d", c, o->c, o->line);
            else
                tok_error_at(lx, at + 1, "closing parenthesis '%c' does not match "
                             "opening parenthesis '%c'", c, o->c);
            return false;
        }
    }
    return true;
}

static bool scan_operator(lex *lx, lex_token *t, const char *start)
{
    int n;
    int kind = operator_at(start, &n);
    if (!kind) {
        unsigned char c = (unsigned char)*start;
        if (c < 0x20 || c == 0x7F) {
            tok_error_at(lx, start + 1, "invalid non-printable character U+%04X", c);
            return false;
        }
        kind = LEX_OP_OTHER;
        n = 1;
    }
    if (n == 1 && !track_bracket(lx, start))
        return false;
    lx->p = start + n;
    set_token(lx, t, kind, start, start + n, lx->line_start, lx->lineno);
    return true;
}

/* ---- the main loop --------------------------------------------------------- */

/* End of file: pending dedents were queued by read_indentation. */
static bool end_of_file(lex *lx, lex_token *t)
{
    if (lx->level > 0) {
        bracket *o = &lx->parens[lx->level - 1];
        char msg[32];
        snprintf(msg, sizeof msg, "'%c' was never closed", o->c);
        peg_error(lx, LEX_ERR_SYNTAX, o->line, o->col + 1, o->line, 0, msg);
        lx->unclosed = true;
        return false;
    }
    return set_bare_token(lx, t, LEX_ENDMARKER);
}

/* A newline: the end of a logical line unless it is blank or in brackets. */
static bool newline(lex *lx, lex_token *t, const char *start, const char *nl, bool *done)
{
    bool skip = lx->blankline || lx->level > 0;
    int32_t line = lx->lineno;
    const char *ls = lx->line_start;
    lx->p = nl + 1;
    lx->atbol = lx->need_line = true;
    *done = !skip;
    if (!skip) {
        set_token(lx, t, LEX_NEWLINE, start, nl, ls, line);
        t->end_line = line;
        t->end_col = (int32_t)(nl - ls);
        lx->cont_line = false;
    }
    return true;
}

/* One token, after the indentation was handled; *done is false when the
 * tokenizer must go on (a skipped newline or a continuation). */
static bool scan_token(lex *lx, lex_token *t, bool *done)
{
    const char *p = lx->p;
    *done = true;
    while (*p == ' ' || *p == '\t' || *p == '\f')
        p++;
    const char *start = p;
    if (*p == '#')
        p += strcspn(p, "\n");
    lx->p = p;
    if (p >= lx->end)
        return end_of_file(lx, t);
    unsigned char c = (unsigned char)*p;
    if (c == '\n')
        return newline(lx, t, start, p, done);
    if (is_name_byte(c) && !is_digit((char)c))
        return scan_name(lx, t, p);
    if (is_digit((char)c) || (c == '.' && is_digit(p[1])))
        return scan_number(lx, t, p);
    if (c == '"' || c == '\'')
        return scan_string(lx, t, p, p);
    if (c == '\\') {
        *done = false;
        if (!continuation(lx, &p, false))
            return false;
        lx->p = p;
        lx->cont_line = true;
        return true;
    }
    return scan_operator(lx, t, p);
}

bool lex_next(lex *lx, lex_token *t)
{
    if (lx->failed)
        return false;
    for (;;) {
        if (lx->need_line) {                /* CPython reads a line when it needs it */
            lx->need_line = false;
            if (!begin_line(lx, lx->p))
                return false;
        }
        if (lx->atbol && !read_indentation(lx))
            return false;
        if (lx->pending) {
            int kind = lx->pending > 0 ? LEX_INDENT : LEX_DEDENT;
            lx->pending += lx->pending > 0 ? -1 : 1;
            return set_bare_token(lx, t, kind);
        }
        bool done;
        if (!scan_token(lx, t, &done))
            return false;
        if (done)
            return true;
    }
}

/* ---- queries --------------------------------------------------------------- */

bool lex_failed(const lex *lx)
{
    return lx->failed;
}

const lex_error *lex_error_of(const lex *lx)
{
    return &lx->err;
}

void lex_take_error(lex *lx, lex_error *dst)
{
    *dst = lx->err;
    memset(&lx->err, 0, sizeof lx->err);
    lx->err.kind = dst->kind;               /* still failed */
}

void lex_open_brackets(const lex *lx, lex_brackets *b)
{
    b->depth = lx->level;
    if (lx->level) {
        const bracket *o = &lx->parens[lx->level - 1];
        b->kind = o->c;
        b->line = o->line;
        b->col = o->col;
    } else {
        b->kind = 0;
        b->line = b->col = 0;
    }
}

void lex_position(const lex *lx, int32_t *line, int32_t *col)
{
    *line = lx->lineno;
    *col = lx->p >= lx->end ? 0 : (int32_t)(lx->p - lx->line_start);
}

bool lex_unclosed(const lex *lx)
{
    return lx->unclosed;
}

bool lex_raised(const lex *lx)
{
    return lx->raised;
}

char *lex_source_line(const lex *lx, int32_t line)
{
    const char *s = lx->raw, *stop = lx->raw + lx->rawlen;
    for (int32_t i = 1; i < line && s < stop; i++) {
        const char *nl = memchr(s, '\n', (size_t)(stop - s));
        s = nl ? nl + 1 : stop;
    }
    if (line < 1 || s >= stop)
        return hv_strndup("", 0);
    const char *e = memchr(s, '\n', (size_t)(stop - s));
    if (!e)
        e = stop;
    while (s < e && (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\v'))
        s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\f' || e[-1] == '\v'))
        e--;
    return hv_strndup(s, (size_t)(e - s));
}

bool lex_encoding_declared(const lex *lx)
{
    return lx->declared;
}

const char *lex_text(const lex *lx, size_t *len)
{
    *len = lx->rawlen;
    return lx->raw;
}

int32_t lex_readable_lines(const lex *lx)
{
    return lx->readable;
}

size_t lex_warning_count(const lex *lx)
{
    return lx->nwarnings;
}

const lex_warning *lex_warning_at(const lex *lx, size_t i)
{
    return &lx->warnings[i];
}

/* CPython's err_programtext: physical line `line` of the file, read in
 * chunks of 999 bytes (only the last chunk of a long line survives), cut at
 * a NUL, decoded with errors="replace" when the file declared its encoding,
 * else strictly (NULL when that fails or there is no such line). */
static char *program_text(const lex *lx, int32_t line, bool replace)
{
    const char *s = lx->raw, *stop = lx->raw + lx->rawlen;
    if (line < 1)
        return NULL;
    for (int32_t i = 1; i < line; i++) {
        const char *nl = memchr(s, '\n', (size_t)(stop - s));
        if (!nl)
            return NULL;
        s = nl + 1;
    }
    if (s >= stop)
        return NULL;
    const char *nl = memchr(s, '\n', (size_t)(stop - s));
    size_t n = nl ? (size_t)(nl + 1 - s) : (size_t)(stop - s);
    size_t skip = n > 0 ? ((n - 1) / FGETS_CHUNK) * FGETS_CHUNK : 0;
    s += skip;
    n -= skip;
    const char *nul = memchr(s, '\0', n);
    size_t k = nul ? (size_t)(nul - s) : n;
    if (replace)                            /* PyUnicode_Decode(..., encoding, "replace") */
        return utf8_replaced(s, k);
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < k;) {
        if (lx->latin1 && u[i] >= 0x80)     /* the file's byte was not UTF-8 */
            return NULL;
        int m = utf8_len(u + i, u + k);
        if (!m)
            return NULL;
        i += (size_t)m;
    }
    return hv_strndup(s, k);
}

char *lex_file_line(const lex *lx, int32_t line)
{
    char *text = program_text(lx, line, lx->declared);
    if (text)
        return text;
    if (lx->lineno <= line && lx->lineno > 0) {
        const char *nl = strchr(lx->line_start, '\n');
        return hv_strndup(lx->line_start, nl ? (size_t)(nl + 1 - lx->line_start)
                                          : strlen(lx->line_start));
    }
    return hv_strndup("", 0);
}

char *lex_program_text(const lex *lx, int32_t line)
{
    return program_text(lx, line, false);
}

/* CPython's _PyPegen_byte_offset_to_character_offset. */
static int32_t char_offset(const char *text, int32_t col)
{
    int32_t len = (int32_t)strlen(text);
    if (col > len + 1)
        col = len + 1;
    if (col <= 0)
        return col < 0 ? col : 0;
    if (col == len + 1)
        return lex_char_count(text, (size_t)len) + 1;
    return lex_char_count(text, (size_t)col);
}

void lex_locate(const lex *lx, lex_error *e)
{
    free(e->text);
    e->text = lex_file_line(lx, e->line);
    if (!lx->declared)
        return;
    e->col = char_offset(e->text, e->col);
    if (e->end_col > 0)
        e->end_col = char_offset(e->text, e->end_col);
}
