/*
 * theme.h — colours, attributes and glyphs by role.  Views never name a
 * colour: they ask the theme for the style and glyph of a role ("a full
 * pool", "the selection"), and the canvas stores palette indexes that the
 * backend turns into terminal colours.  Every role also has a glyph, so the
 * meaning survives without colour (NO_COLOR, monochrome terminals, print).
 *
 * Themes are small text files (assets/themes/NAME.theme, built into the
 * binary; a user's own in $XDG_CONFIG_HOME/heapviz/themes/):
 *
 *   # comment
 *   theme    NAME  "one-line description"
 *   base     OTHER                      start from another theme's settings
 *   colour   NAME  C256  C16            an xterm-256 index and a basic one
 *                                       (0-15), either may be `default`
 *   role     ROLE  [fg=COLOUR] [bg=COLOUR] [attr=bold,underline,reverse,dim|none]
 *                  [glyph=CHAR|space|U+XXXX]
 *   paint    FG  BG                     every role's `default` fg and bg become
 *                                       these (the theme paints its own
 *                                       background: legible on a light or a
 *                                       dark terminal alike)
 *
 * COLOUR is a name from a `colour` line or `default`.  A role line changes
 * only the keys it names (a theme based on another inherits the rest).
 * Comments are lines whose first non-blank is '#'.  Every role must end up
 * defined (directly or through `base`).
 */
#ifndef HV_THEME_H
#define HV_THEME_H

#include "canvas.h"

#include <stddef.h>

enum theme_role {
    THEME_TEXT,             /* ordinary text */
    THEME_MUTED,            /* secondary text: addresses, hints */
    THEME_TITLE,            /* a panel's title */
    THEME_FRAME,            /* panel borders */
    THEME_FRAME_FOCUS,      /* the border of the panel with the focus */
    THEME_SELECTION,        /* the selected item (applied over its own glyph) */
    THEME_STATUS,           /* the status line */
    THEME_LEGEND,           /* legend text */
    THEME_WARNING,          /* "terminal too small", errors */
    THEME_POOL_UNCARVED,    /* a pool never handed out */
    THEME_POOL_EMPTY,       /* a carved pool with no block in use */
    THEME_POOL_LOW,         /* used, under a third of its blocks in use */
    THEME_POOL_MID,         /* used, a third to two thirds */
    THEME_POOL_HIGH,        /* used, over two thirds */
    THEME_POOL_FULL,        /* every block in use */
    THEME_ARENA_RELEASED,   /* an arena slot whose arena went back to the OS */
    THEME_BLOCK_USED,       /* a block in use */
    THEME_BLOCK_FREE,       /* a block on the free chain */
    THEME_BLOCK_VIRGIN,     /* a block never handed out (past the high-water mark) */
    THEME_BLOCK_HEAD,       /* the free chain's first block (the next one malloc returns) */
    THEME_RAW,              /* a large block from the malloc path */
    THEME_BAR_FULL,         /* the filled part of a bar */
    THEME_BAR_EMPTY,        /* the rest of a bar */
    THEME_CLASS_0,          /* size classes cycle through 8 colours: class i → CLASS_0 + i % 8 */
    THEME_CLASS_1, THEME_CLASS_2, THEME_CLASS_3, THEME_CLASS_4, THEME_CLASS_5, THEME_CLASS_6,
    THEME_CLASS_7,
    THEME_NROLES
};
#define THEME_NCLASS_COLOURS 8

typedef struct theme theme;

/* Loads the theme `name`: a path if it contains '/', else NAME.theme from
 * $XDG_CONFIG_HOME/heapviz/themes (or ~/.config/…), else a built-in one.
 * Returns NULL with a one-line message in err ("PATH:LINE: what") if it
 * cannot be found or read, or is not a valid theme. */
theme *theme_load(const char *name, char *err, size_t errlen);
/* Parses theme text; `origin` names it in messages.  NULL with err as above. */
theme *theme_parse(const char *text, const char *origin, char *err, size_t errlen);
void theme_delete(theme *th);

/* The theme for interactive use and render: `requested` (--theme) if given,
 * else "mono" when NO_COLOR is set and non-empty, else "default". */
const char *theme_choose(const char *requested);

const char *theme_name(const theme *th);
const char *theme_description(const theme *th);
canvas_style theme_style(const theme *th, enum theme_role role);
/* The role's glyph, one character as UTF-8 (never NULL). */
const char *theme_glyph(const theme *th, enum theme_role role);
const canvas_palette *theme_palette(const theme *th);
/* The role's name in theme files ("pool.full"), or NULL. */
const char *theme_role_name(enum theme_role role);

/* The themes built into the binary, generated from assets/themes/ at build
 * time (theme_builtin.c); the list ends with a NULL name. */
typedef struct theme_source {
    const char *name;       /* NAME of NAME.theme */
    const char *text;       /* the file's contents */
} theme_source;
extern const theme_source theme_builtin[];

#endif
