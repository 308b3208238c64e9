/*
 * tkinput.h — the terminal's bytes made safe for libtermkey 0.22 (the key
 * parser under libtickit 0.4.3), which the tickit backend pushes them to.
 *
 * Three CSI sequences (ESC [ or the C1 byte 0x9b, parameters, a final byte
 * 0x40-0x7f) make that parser read or write memory it should not; any
 * terminal, a paste or line noise can send them:
 *   1. CSI u with no first parameter ("\e[u"): it takes the uninitialised
 *      first slot of its parameter array as a codepoint, and a negative one
 *      indexes its 32-entry C0 table anywhere (valgrind: "use of
 *      uninitialised value of size 8"; a SIGSEGV when the garbage is far).
 *   2. CSI ~ with no first parameter, or with 27 first and no third ("\e[~",
 *      "\e[27~"): the same, through the third slot.
 *   3. More than 16 parameters: the 17th is written past its 16-slot array
 *      on the stack; and a parameter of 19 digits or more overflows a long.
 * The filter rewrites the final byte of 1 and 2 to '@' (a CSI libtermkey
 * knows no key for: it drops it), drops every ';' after the 15th and every
 * digit after the 9th of a parameter, drops bytes of a parameter run longer
 * than TKINPUT_BODY_MAX (so libtermkey's 256-byte buffer never fills with
 * one and drops what follows) and drops 0x9b inside a sequence.
 *
 * It follows libtermkey's reading: a sequence opens at ESC [ (or 0x9b that
 * does not continue a UTF-8 character), takes every byte outside 0x40-0x7f,
 * and ends at the first byte inside it; X10 mouse reports (CSI M with fewer
 * than three parameters) take the 3 bytes after M as data.  When libtermkey
 * gives up waiting for a sequence cut short (its timeout), it reads what it
 * held as keys: tkinput_flushed() says so.  The filter only ever drops or
 * rewrites bytes inside such a sequence, so typed text passes unchanged.
 */
#ifndef HV_TKINPUT_H
#define HV_TKINPUT_H

#include <stddef.h>

enum { TKINPUT_BODY_MAX = 64 };    /* parameter bytes kept of one sequence */

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
} tkinput;

/* A filter at the start of input (nothing open). */
void tkinput_init(tkinput *f);
/* Filters n bytes of input into out, which has room for n bytes; returns
 * how many it wrote (never more than n).  State carries over between
 * calls: a sequence may be split across reads.  Cannot fail. */
size_t tkinput_filter(tkinput *f, const char *in, size_t n, char *out);
/* Nonzero while a sequence is open (libtermkey is waiting for its end). */
int tkinput_open(const tkinput *f);
/* libtermkey's timeout flushed the sequence it was waiting for: its bytes
 * were read as keys, so the sequence is closed. */
void tkinput_flushed(tkinput *f);

#endif
