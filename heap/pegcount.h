/*
 * pegcount.h — how many string objects CPython 3.11's parser makes for
 * each identifier of a source (and how many objects for each number).
 *
 * CPython's PEG parser makes a new str for a NAME token each time one of
 * its rules reads that token as a NAME (_PyPegen_name_token), and keeps
 * every one in the AST arena until the code has run.  Rules backtrack, and
 * only some are memoized, so one occurrence makes one to a dozen of them
 * (`spam = 1` three, a parameter ten): sys.getrefcount of an identifier's
 * string counts them all.  This module replays the parser's first pass
 * (the `invalid_*` rules never run for a program that compiles) over the
 * token stream, as a recognizer that only counts, and reports the totals
 * per identifier.
 */
#ifndef HV_PEGCOUNT_H
#define HV_PEGCOUNT_H

#include "ast.h"
#include "map.h"

#include <stddef.h>
#include <stdint.h>

/* Adds to counts[id] (one entry per identifier of m, ast_ident_count) the
 * strings CPython's parser makes for identifier id while parsing
 * source[0..n) as a file (single = 0) or as one console input (single =
 * 1), f-string fields included; when numbers is not NULL, puts there how
 * many objects it makes for each NUMBER token outside f-strings, under
 * (line << 32 | byte column) of the token's start.  Returns 0, or -1
 * (counts and numbers untouched) when the replay cannot follow the source
 * (a construct it does not know, nesting deeper than CPython's parser
 * allows) or would cost too much (over 200,000 tokens). */
int pegcount_run(const char *source, size_t n, int single, const ast_module *m, uint32_t *counts,
                 map *numbers);

/* What CPython's parser adds to its arena's list (_PyArena_AddPyObject),
 * one event per object, in the order it adds them: a token's text as bytes
 * when the parser first reads that token (initialize_token), a NAME's
 * string each time a rule reads it as a name (_PyPegen_name_token), a
 * NUMBER's object likewise (_PyPegen_number_token), a STRING+ run's
 * constant once its f-string fields are parsed (_PyPegen_concatenate_strings;
 * the fields' parsers add theirs first).  In an f-string the literal text
 * before a field becomes a constant once that field (format spec included)
 * is parsed, the text after the last field at the end (make_str_node_and_del
 * from ConcatFstring and FstringParser_Finish); its JoinedStr adds nothing. */
enum pegcount_kind { PEG_TOKEN, PEG_NAME, PEG_NUMBER, PEG_STRINGS, PEG_FSTRINGS, PEG_LITERAL };

typedef struct pegcount_event {
    uint8_t kind;           /* enum pegcount_kind */
    uint32_t len;           /* the token's text: the log's text[off..off+len) */
    size_t off;
    uint32_t line, col;     /* the token's start (0, 0 inside an f-string field);
                               a PEG_LITERAL's: its STRING+ run's first token's */
} pegcount_event;

typedef struct pegcount_log {
    pegcount_event *ev;
    size_t n, cap;
    char *text;             /* the events' token texts, one after the other */
    size_t ntext, captext;
} pegcount_log;

/* pegcount_run, also appending the parser's arena events to *log (when it
 * returns 0). */
int pegcount_run_logged(const char *source, size_t n, int single, const ast_module *m,
                        uint32_t *counts, map *numbers, pegcount_log *log);
void pegcount_log_free(pegcount_log *log);

#endif
