/*
 * cli.c — parsing the command line.  Commands and options are two tables;
 * the help text is generated from them, so what is accepted and what is
 * documented cannot drift apart.
 */
#include "cli.h"

#include "buf.h"
#include "event.h"
#include "profile.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define C(cmd) (1u << (cmd))
#define ALL_COMMANDS (C(CMD_NCOMMANDS) - 1)
#define MIN_HEAP_LIMIT ((uint64_t)64 << 10)
#define MAX_HEAP_LIMIT ((uint64_t)1 << 40)
/* A program that never ends records 100-250 MB a second: by default a
 * recording stops at 4 GiB (a billion events and more), not at a full disk. */
#define MIN_RECORD_LIMIT ((uint64_t)1 << 20)
#define DEFAULT_RECORD_LIMIT ((uint64_t)4 << 30)

typedef struct command_def {
    const char *name;       /* as typed */
    const char *usage;      /* after the name */
    const char *summary;    /* one line */
    unsigned min_args, max_args;   /* positional arguments */
} command_def;

static const command_def commands[CMD_NCOMMANDS] = {
    [CMD_LIVE] = {"heapviz", "[OPTIONS] [SCRIPT.py]",
                  "interactive and live; a script is loaded and stepped from its start", 0, 1},
    [CMD_RUN] = {"run", "[OPTIONS] SCRIPT.py",
                 "headless: stdout, stderr and exit status as python3; records the session (SCRIPT -: stdin)", 1, 1},
    [CMD_REPLAY] = {"replay", "[OPTIONS] [SESSION]",
                    "interactive replay (default: the latest session)", 0, 1},
    [CMD_SESSIONS] = {"sessions", "[OPTIONS]", "list sessions: id, name, date, steps, events, status", 0, 0},
    [CMD_RENDER] = {"render", "[--session ID] [--at STEP] [--view NAME] [--size COLSxROWS]",
                    "one screen as plain text", 0, 0},
    [CMD_STATS] = {"stats", "[--session ID] [--at STEP]",
                   "the _debugmallocstats table of the simulated heap", 0, 0},
    [CMD_DIFF] = {"diff", "[--session ID] FROM TO",
                  "compare two snapshots or steps, by type and by line", 2, 2},
    [CMD_EXPORT] = {"export", "[--session ID] [--at STEP] --format json|dot|asciicast [--size COLSxROWS]",
                    "the heap model as JSON, the object graph as DOT, a replay as asciicast", 0, 0},
    [CMD_DEMOS] = {"demos", "", "list the bundled demos (play one with heapviz --demo NAME)", 0, 0},
};

enum opt_id {
    OPT_HELP, OPT_VERSION, OPT_DB, OPT_UI, OPT_PROFILE, OPT_THEME, OPT_NO_RECORD, OPT_HEAP_LIMIT, OPT_RECORD_LIMIT,
    OPT_COLLECTOR, OPT_DEMO, OPT_SESSION, OPT_AT, OPT_VIEW, OPT_SIZE, OPT_FORMAT, OPT_PRESENT, OPT_PREDICT
};

typedef struct option_def {
    enum opt_id id;
    const char *name;       /* long form, with the dashes */
    const char *arg;        /* its argument's name; NULL for a flag */
    unsigned commands;      /* C(cmd) set of the commands taking it */
    const char *help;
} option_def;

#define INTERACTIVE (C(CMD_LIVE) | C(CMD_REPLAY))
#define RUNS (C(CMD_LIVE) | C(CMD_RUN))
#define STORED (C(CMD_RENDER) | C(CMD_STATS) | C(CMD_DIFF) | C(CMD_EXPORT))

static const option_def options[] = {
    {OPT_DB, "--db", "PATH", ALL_COMMANDS & ~C(CMD_DEMOS),
     "session database (default: $HEAPVIZ_DB, else $XDG_DATA_HOME/heapviz/sessions.db)"},
    {OPT_UI, "--ui", "ncurses|tickit", INTERACTIVE, "terminal backend (default: ncurses)"},
    {OPT_PROFILE, "--profile", "NAME", RUNS, "allocator geometry (default: cpython-3.11)"},
    {OPT_THEME, "--theme", "NAME", INTERACTIVE | C(CMD_RENDER) | C(CMD_EXPORT), "colour theme"},
    {OPT_NO_RECORD, "--no-record", NULL, RUNS, "do not record the session"},
    {OPT_HEAP_LIMIT, "--heap-limit", "SIZE", RUNS,
     "simulated heap size, e.g. 256M (default: 1G); past it the program gets MemoryError"},
    {OPT_RECORD_LIMIT, "--record-limit", "SIZE", RUNS,
     "the most a recording adds to the database (default: 4G); past it recording stops, the program runs on"},
    {OPT_COLLECTOR, "--collector", "generational|mark-sweep", RUNS,
     "the cyclic collector to simulate (default: generational)"},
    {OPT_DEMO, "--demo", "NAME", C(CMD_LIVE), "play a bundled demo (in presenter mode)"},
    {OPT_PRESENT, "--present", NULL, INTERACTIVE | C(CMD_RENDER),
     "presenter mode: big captions, large heap cells, the presenter theme; autoplay stops at captions"},
    {OPT_PREDICT, "--predict", NULL, INTERACTIVE, "prediction mode: say what a step will do before it runs"},
    {OPT_SESSION, "--session", "ID", STORED, "session to read (default: the latest)"},
    {OPT_AT, "--at", "STEP", C(CMD_RENDER) | C(CMD_STATS) | C(CMD_EXPORT),
     "a step number, `end`, or a snapshot name (default: end; asciicast: where it stops)"},
    {OPT_VIEW, "--view", "NAME", C(CMD_RENDER), "program heap graph gc stats timeline"},
    {OPT_SIZE, "--size", "COLSxROWS", C(CMD_RENDER) | C(CMD_EXPORT), "screen size (default: 120x40)"},
    {OPT_FORMAT, "--format", "json|dot|asciicast", C(CMD_EXPORT), "what to write"},
    {OPT_HELP, "--help", NULL, ALL_COMMANDS, "show this help"},
    {OPT_VERSION, "--version", NULL, ALL_COMMANDS, "show the version"},
};

const char *cli_script_label(const char *path)
{
    if (strcmp(path, "-") == 0)
        return "<stdin>";
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

const char *cli_command_name(enum cli_command c)
{
    return commands[c].name;
}

int cli_parse_size(const char *s, uint64_t *bytes)
{
    char *end;
    if (!s || *s < '0' || *s > '9')
        return -1;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno)
        return -1;
    unsigned shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    case 't': case 'T': shift = 40; end++; break;
    default: break;
    }
    if (shift && strcmp(end, "iB") == 0)
        end += 2;
    else if (shift && *end == 'B')
        end++;
    if (*end || (shift && v > (UINT64_MAX >> shift)))
        return -1;
    *bytes = (uint64_t)v << shift;
    return 0;
}

static enum cli_action fail(char *err, size_t len, const char *fmt, ...) HV_PRINTF(3, 4);
static enum cli_action fail(char *err, size_t len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, len, fmt, ap);
    va_end(ap);
    return CLI_ERROR;
}

static const option_def *find_option(const char *name, size_t n)
{
    for (size_t i = 0; i < HV_COUNTOF(options); i++)
        if (strlen(options[i].name) == n && strncmp(options[i].name, name, n) == 0)
            return &options[i];
    if (n == 2 && strncmp(name, "-h", 2) == 0)
        return find_option("--help", 6);
    return NULL;
}

static int parse_screen_size(const char *s, unsigned *cols, unsigned *rows)
{
    char *end;
    unsigned long c = strtoul(s, &end, 10);
    if (end == s || (*end != 'x' && *end != 'X'))
        return -1;
    const char *r = end + 1;
    unsigned long n = strtoul(r, &end, 10);
    if (end == r || *end || c < 1 || n < 1 || c > 10000 || n > 10000)
        return -1;
    *cols = (unsigned)c;
    *rows = (unsigned)n;
    return 0;
}

/* Stores one option's value; returns CLI_GO or an error/help action. */
static enum cli_action apply_option(const option_def *d, const char *v, cli_opts *o, char *err,
                                    size_t len)
{
    switch (d->id) {
    case OPT_HELP: return CLI_HELP;
    case OPT_VERSION: return CLI_VERSION;
    case OPT_DB: o->db = v; break;
    case OPT_THEME: o->theme = v; break;
    case OPT_NO_RECORD: o->no_record = 1; break;
    case OPT_PRESENT: o->present = 1; break;
    case OPT_PREDICT: o->predict = 1; break;
    case OPT_DEMO: o->demo = v; break;
    case OPT_SESSION: o->session = v; break;
    case OPT_AT: o->at = v; break;
    case OPT_VIEW: o->view = v; break;
    case OPT_UI:
        if (strcmp(v, "ncurses") && strcmp(v, "tickit"))
            return fail(err, len, "--ui: unknown backend '%s' (known: ncurses, tickit)", v);
        o->ui = v;
        break;
    case OPT_COLLECTOR:
        if (strcmp(v, "generational") && strcmp(v, "mark-sweep"))
            return fail(err, len, "--collector: unknown collector '%s' (known: generational, mark-sweep)", v);
        o->collector = v;
        break;
    case OPT_FORMAT:
        if (strcmp(v, "json") && strcmp(v, "dot") && strcmp(v, "asciicast"))
            return fail(err, len, "--format: unknown format '%s' (known: json, dot, asciicast)", v);
        o->format = v;
        break;
    case OPT_PROFILE:
        o->profile_given = 1;
        if (!(o->profile = profile_find(v))) {
            buf names = BUF_INIT;
            profile_names(&names);
            fail(err, len, "--profile: unknown profile '%s' (known: %s)", v, buf_str(&names));
            buf_free(&names);
            return CLI_ERROR;
        }
        break;
    case OPT_HEAP_LIMIT:
        if (cli_parse_size(v, &o->heap_limit) || o->heap_limit < MIN_HEAP_LIMIT ||
            o->heap_limit > MAX_HEAP_LIMIT)
            return fail(err, len, "--heap-limit: '%s' is not a size from 64K to 1T (e.g. 256M, 2G)", v);
        break;
    case OPT_RECORD_LIMIT:
        if (cli_parse_size(v, &o->record_limit) || o->record_limit < MIN_RECORD_LIMIT ||
            o->record_limit > MAX_HEAP_LIMIT)
            return fail(err, len, "--record-limit: '%s' is not a size from 1M to 1T (e.g. 512M, 16G)", v);
        break;
    case OPT_SIZE:
        if (parse_screen_size(v, &o->cols, &o->rows))
            return fail(err, len, "--size: '%s' is not COLSxROWS from 1x1 to 10000x10000 (e.g. 120x40)", v);
        break;
    }
    return CLI_GO;
}

/* Handles argv[*i], an option; advances *i past its argument. */
static enum cli_action parse_option(int argc, char **argv, int *i, cli_opts *o, char *err, size_t len)
{
    const char *a = argv[*i], *eq = strchr(a, '=');
    size_t n = eq ? (size_t)(eq - a) : strlen(a);
    const option_def *d = find_option(a, n);
    if (!d)
        return fail(err, len, "unknown option '%.*s' (see heapviz --help)", (int)n, a);
    if (!(d->commands & C(o->command)))
        return fail(err, len, "%s does not apply to '%s' (see heapviz %s%s--help)", d->name,
                    commands[o->command].name, o->command == CMD_LIVE ? "" : commands[o->command].name,
                    o->command == CMD_LIVE ? "" : " ");
    const char *v = NULL;
    if (d->arg) {
        if (eq)
            v = eq + 1;
        else if (*i + 1 < argc)
            v = argv[++*i];
        else
            return fail(err, len, "%s needs an argument: %s", d->name, d->arg);
    } else if (eq) {
        return fail(err, len, "%s takes no argument", d->name);
    }
    return apply_option(d, v, o, err, len);
}

static int command_named(const char *s)
{
    for (int c = CMD_RUN; c < CMD_NCOMMANDS; c++)
        if (strcmp(commands[c].name, s) == 0)
            return c;
    return -1;
}

enum cli_action cli_parse(int argc, char **argv, cli_opts *o, char *err, size_t len)
{
    const char *pos[3];
    unsigned npos = 0;
    int only_args = 0;
    memset(o, 0, sizeof *o);
    o->profile = profile_default();
    o->heap_limit = (uint64_t)1 << 30;
    o->record_limit = DEFAULT_RECORD_LIMIT;
    o->command = CMD_LIVE;
    int i = 1;
    if (argc > 1 && command_named(argv[1]) >= 0)
        o->command = (enum cli_command)command_named(argv[i++]);
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (!only_args && strcmp(a, "--") == 0) {
            only_args = 1;
        } else if (!only_args && a[0] == '-' && a[1]) {
            enum cli_action r = parse_option(argc, argv, &i, o, err, len);
            if (r != CLI_GO)
                return r;
        } else if (npos < commands[o->command].max_args) {
            pos[npos++] = a;
        } else if (o->command == CMD_LIVE && command_named(pos[0]) >= 0 && access(pos[0], F_OK) != 0) {
            break;                          /* said below: a command after options */
        } else {
            return fail(err, len, "unexpected argument '%s' (see heapviz %s%s--help)", a,
                        o->command == CMD_LIVE ? "" : cli_command_name(o->command),
                        o->command == CMD_LIVE ? "" : " ");
        }
    }
    /* `heapviz --ui tickit replay 3`: options before the command made
     * "replay" a script's name (and 3 an extra argument) */
    if (o->command == CMD_LIVE && npos && command_named(pos[0]) >= 0 && access(pos[0], F_OK) != 0)
        return fail(err, len, "'%s' is a command: it comes first, then its options (heapviz %s %s)", pos[0], pos[0],
                    commands[command_named(pos[0])].usage);
    if (npos < commands[o->command].min_args)
        return fail(err, len, "%s needs %s (see heapviz %s --help)", commands[o->command].name,
                    commands[o->command].usage, commands[o->command].name);
    switch (o->command) {
    case CMD_LIVE: o->script = npos ? pos[0] : NULL; break;
    case CMD_RUN: o->script = pos[0]; break;
    case CMD_REPLAY: o->session = npos ? pos[0] : NULL; break;
    case CMD_DIFF: o->from = pos[0]; o->to = pos[1]; break;
    default: break;
    }
    if (o->command == CMD_EXPORT && !o->format)
        return fail(err, len, "export needs --format json|dot|asciicast");
    if (o->script && o->demo)
        return fail(err, len, "--demo plays a bundled program; it cannot be combined with '%s'", o->script);
    return CLI_GO;
}

static void add_options(buf *b, enum cli_command c)
{
    buf_adds(b, "\nOptions:\n");
    for (size_t i = 0; i < HV_COUNTOF(options); i++) {
        const option_def *d = &options[i];
        if (!(d->commands & C(c)))
            continue;
        char left[64];
        snprintf(left, sizeof left, "%s%s%s", d->name, d->arg ? " " : "", d->arg ? d->arg : "");
        buf_printf(b, "  %-32s %s\n", left, d->help);
    }
}

void cli_help(enum cli_command c, buf *b)
{
    if (c != CMD_LIVE) {
        buf_printf(b, "Usage: heapviz %s%s%s\n\n%s.\n", commands[c].name, *commands[c].usage ? " " : "",
                   commands[c].usage, commands[c].summary);
        add_options(b, c);
        return;
    }
    buf_adds(b, "heapviz: see how CPython 3.11 manages memory, step by step.\n\nUsage:\n");
    for (int k = 0; k < CMD_NCOMMANDS; k++)
        buf_printf(b, "  heapviz %s%s%s\n", k == CMD_LIVE ? "" : commands[k].name,
                   k == CMD_LIVE || !*commands[k].usage ? "" : " ", commands[k].usage);
    buf_adds(b, "  heapviz --demo NAME\n\nCommands:\n");
    for (int k = 0; k < CMD_NCOMMANDS; k++)
        buf_printf(b, "  %-9s %s\n", k == CMD_LIVE ? "(none)" : commands[k].name, commands[k].summary);
    buf_adds(b, "\nSTEP: a step number, `end`, or a snapshot name.\n"
                "Views: program heap graph gc stats timeline.\nProfiles: ");
    profile_names(b);
    buf_adds(b, ".\n");
    add_options(b, CMD_LIVE);
    buf_adds(b, "\nExit status: 0 success; 1 the program raised an uncaught exception;\n"
                "2 usage error or unusable input file.\n"
                "Run `heapviz COMMAND --help` for a command's options.\n");
}

const char *cli_version(void)
{
    return "heapviz " PACKAGE_VERSION "\n"
           "simulates: CPython 3.11 (pymalloc, reference counting, cyclic gc)\n"
           "backends:"
#ifdef HV_WITH_NCURSES
           " ncurses"
#endif
#ifdef HV_WITH_TICKIT
           " tickit"
#endif
           " text\n";
}

int cli_collector(const cli_opts *o)
{
    return event_gc_collector_named(o->collector);
}
