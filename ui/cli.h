/*
 * cli.h — the command line, as DESIGN.md fixes it (a contract: scripts and
 * tests rely on it).  Parsing is separate from doing, so tests can check
 * every accepted and refused form without running anything.
 */
#ifndef HV_CLI_H
#define HV_CLI_H

#include <stddef.h>
#include <stdint.h>

enum cli_command {
    CMD_LIVE,       /* heapviz [SCRIPT.py]: interactive */
    CMD_RUN, CMD_REPLAY, CMD_SESSIONS, CMD_RENDER, CMD_STATS, CMD_DIFF, CMD_EXPORT,
    CMD_DEMOS,
    CMD_NCOMMANDS
};

enum cli_action { CLI_GO, CLI_HELP, CLI_VERSION, CLI_ERROR };

typedef struct cli_opts {
    enum cli_command command;
    const char *script;         /* SCRIPT.py */
    const char *session;        /* --session ID, or replay's SESSION */
    const char *at;             /* --at STEP */
    const char *from, *to;      /* diff FROM TO */
    const char *view;           /* --view NAME */
    unsigned cols, rows;        /* --size COLSxROWS */
    const char *format;         /* --format json|dot|asciicast */
    const char *demo;           /* --demo NAME */
    const char *db;             /* --db PATH */
    const char *ui;             /* --ui ncurses|tickit */
    const char *theme;          /* --theme NAME */
    const char *collector;      /* --collector generational|mark-sweep */
    const struct profile *profile; /* --profile NAME (default: profile_default()) */
    int profile_given;          /* --profile was on the command line (it wins over a demo's) */
    uint64_t heap_limit;        /* --heap-limit SIZE, bytes */
    uint64_t record_limit;      /* --record-limit SIZE, bytes: the most a recording adds to its file */
    int no_record;              /* --no-record */
    int present;                /* --present (--demo on a terminal: always) */
    int predict;                /* --predict */
} cli_opts;

/* Parses argv.  Returns CLI_GO with *o filled, CLI_HELP/CLI_VERSION when
 * asked, or CLI_ERROR with a one-line message (no newline) in err. */
enum cli_action cli_parse(int argc, char **argv, cli_opts *o, char *err, size_t errlen);

/* The name a session takes from its script: the file's name without its
 * folder (what `heapviz run`, the live screen and `sessions` show);
 * "<stdin>" for "-", as python3 names a program read from stdin. */
const char *cli_script_label(const char *path);
/* The collector --collector names (event.h's enum gc_collector), or
 * generational when it is not given. */
int cli_collector(const cli_opts *o);

struct buf;
/* Appends the help text for a command (CMD_LIVE: the general help). */
void cli_help(enum cli_command c, struct buf *out);
/* "heapviz 0.1.0" and the build's features, one line each. */
const char *cli_version(void);
/* The command's name as typed ("run"); "heapviz" for CMD_LIVE. */
const char *cli_command_name(enum cli_command c);

/* Parses a size such as "512M", "1G", "65536" (K, M, G, T are powers of
 * 1024).  Returns 0 and stores bytes, or -1. */
int cli_parse_size(const char *s, uint64_t *bytes);

#endif
