/*
 * tkinput.h — the terminal's bytes made safe for libtermkey 0.22 (the key
 * parser under libtickit 0.4.3), which the tickit backend pushes them to.
 *
 * Four kinds of CSI sequence (ESC [ or the C1 byte 0x9b, parameters, a final
 * byte 0x40-0x7f) make that parser read or write memory it should not; any
 * terminal, a paste or line noise can send them:
 *   1. CSI u with no first parameter ("\e[u"): it takes the uninitialised
 *      first slot of its parameter array as a codepoint, and a negative one
 *      indexes its 32-entry C0 table anywhere (valgrind: "use of
 *      uninitialised value of size 8"; a SIGSEGV when the garbage is far).
 *   2. CSI ~ with no first parameter, or with 27 first and no third ("\e[~",
 *      "\e[27~"): the same, through the third slot.
 *   3. More than 16 parameters: the 17th is written past its 16-slot array
 *      on the stack; and a parameter of 19 digits or more overflows a long.
 *   4. An intermediate byte (0x20-0x2f) before the final ("\e[$A", "\e[ R",
 *      "\e[1 Z"): libtermkey folds it into the command it looks keys up
 *      with, and indexes its table of cursor keys far past its end (a
 *      SIGSEGV).  Only the mode report ("\e[?25;1$y", tickit asks for it)
 *      takes one by design.
 * The filter rewrites the final byte of 1, 2 and 4 to '@' (a CSI libtermkey
 * knows no key for: it drops it), drops every ';' after the 15th and every
 * digit after the 9th of a parameter, drops bytes of a parameter run longer
 * than TKINPUT_BODY_MAX (so libtermkey's 256-byte buffer never fills with
 * one and drops what follows) and drops 0x9b inside a sequence.
 *
 * A fifth hazard loses keys: a DCS or OSC string (ESC P, ESC ], or the C1
 * bytes 0x90, 0x9d) that never ends.  libtermkey ends one only at ST (ESC \
 * or 0x9c), not at BEL, and holds it whole: past its 256-byte buffer every
 * byte is dropped, keys typed after the string too.  So the filter holds a
 * string's body itself, passes only its intro at once, and at the end
 * passes the first TKINPUT_STRING_MAX body bytes with an ST (ESC \ for a
 * BEL, as it came otherwise); the rest of a longer body is dropped.  A
 * string ends at ST, at BEL, at an ESC not followed by '\' (which then
 * opens what follows, as a VT parser reads it), or when libtermkey gives up
 * waiting for it (tkinput_flushed: it read only the intro as a key, the held
 * body is dropped).  Keys typed after an unterminated string therefore
 * arrive once input has paused for libtermkey's wait time (the tickit
 * backend restarts that wait on every read, so a long string arriving in
 * pieces is still one string).
 *
 * ncurses knows no strings at all: it reads ESC ] as Alt+] and the body
 * as typed keys.  A filter made with tkinput_init_dropping (the ncurses
 * backend's, which feeds ncurses through a pipe) drops a string whole,
 * intro, body and end: it holds an ESC until the next byte says whether a
 * string opens, and tkinput_flush ends what it holds once input pauses (a
 * held ESC passes as the Esc key, an unterminated string is dropped).
 *
 * It follows libtermkey's reading: a sequence opens at ESC [ (or 0x9b that
 * does not continue a UTF-8 character), takes every byte outside 0x40-0x7f,
 * and ends at the first byte inside it; X10 mouse reports (CSI M with fewer
 * than three parameters) take the 3 bytes after M as data.  When libtermkey
 * gives up waiting for a sequence cut short (its timeout), it reads what it
 * held as keys: tkinput_flushed() says so.  The filter only ever drops or
 * rewrites bytes inside such a sequence or string, so typed text passes
 * unchanged.
 */
#ifndef HV_TKINPUT_H
#define HV_TKINPUT_H

#include <stddef.h>

enum { TKINPUT_BODY_MAX = 64 };    /* parameter bytes kept of one sequence */
enum { TKINPUT_STRING_MAX = 64 };  /* body bytes kept of one DCS/OSC string */
/* Room tkinput_filter's output needs for n bytes of input: a string's held
 * body comes out with a later read, and an ST or ESC it adds may make a
 * string's output longer than its input (by 2 bytes at most). */
#define TKINPUT_ROOM(n) (2 * (n) + TKINPUT_STRING_MAX)

typedef struct tkinput {
    int esc;                    /* the last byte outside a sequence was ESC */
    int utf8_left;              /* continuation bytes the current UTF-8 character still takes */
    int skip;                   /* X10 mouse data bytes still to pass unread */
    int open;                   /* inside a sequence (its final byte not read yet) */
    int len;                    /* parameter bytes kept so far */
    int param;                  /* index of the parameter being read */
    int digits;                 /* digits kept of it */
    int stopped;                /* an intermediate byte (0x20-0x2f) ended the parameters */
    long first;                 /* the first parameter, -1 while absent */
    int third;                  /* the third parameter has a digit */
    unsigned char last;         /* the last byte kept inside the sequence */
    int drop;                   /* strings are dropped whole (tkinput_init_dropping) */
    int str;                    /* inside a DCS/OSC string (its intro passed unless drop) */
    int str_esc;                /* an ESC was read inside it (held: ST or a new sequence) */
    int str_len;                /* body bytes held in str_body */
    unsigned char str_body[TKINPUT_STRING_MAX];  /* the string's first body bytes */
} tkinput;

/* A filter at the start of input (nothing open). */
void tkinput_init(tkinput *f);
/* A filter for a reader that knows no DCS/OSC strings (ncurses): strings
 * are dropped whole and an ESC is held until the byte after it. */
void tkinput_init_dropping(tkinput *f);
/* Filters n bytes of input into out, which has room for TKINPUT_ROOM(n)
 * bytes; returns how many it wrote.  State carries over between calls: a
 * sequence or string may be split across reads.  Cannot fail. */
size_t tkinput_filter(tkinput *f, const char *in, size_t n, char *out);
/* Nonzero while a sequence or string is open (libtermkey is waiting for
 * its end), or a dropping filter holds an ESC or awaits a mouse report's
 * data (ncurses reads it at once, so the report must reach it whole). */
int tkinput_open(const tkinput *f);
/* libtermkey's timeout flushed the sequence it was waiting for: its bytes
 * were read as keys, so the sequence is closed (an open string's held body
 * is dropped). */
void tkinput_flushed(tkinput *f);

/* Input paused: ends what a dropping filter holds.  Writes a held ESC to
 * out (room for 1 byte) and returns 1, else returns 0; an open string is
 * dropped, an open sequence closed (its bytes have passed already). */
size_t tkinput_flush(tkinput *f, char *out);

#endif
