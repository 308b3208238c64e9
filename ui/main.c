/*
 * main.c — heapviz's entry point: parse the command line, then hand over to
 * the command.  Exit status (DESIGN.md): 0 success, 1 the program raised an
 * uncaught exception, 2 usage error or unusable input file.
 */
#include "asciicast.h"
#include "buf.h"
#include "cli.h"
#include "demo_cmd.h"
#include "interactive.h"
#include "render.h"
#include "restore.h"
#include "run.h"
#include "store_cmds.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* A script must be a readable regular file, or `-` for `heapviz run`
 * (stdin, as `python3 -`); says why not in one line. */
static int check_script(const cli_opts *o)
{
    const char *path = o->script;
    if (strcmp(path, "-") == 0) {
        if (o->command == CMD_RUN)
            return 0;
        fprintf(stderr, "heapviz: -: the interactive screen reads its keys from stdin, so the program cannot "
                        "come from there too: save it to a file, or use `heapviz run -`\n");
        return -1;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "heapviz: %s: %s\n", path, strerror(errno));
        return -1;
    }
    fclose(f);
    return 0;
}

/* The interactive screen's status, unless a quit signal ended it: then the
 * process dies of that signal (the session is saved by now). */
static int after_screen(int rc)
{
    restore_reraise();
    return rc;
}

int main(int argc, char **argv)
{
    cli_opts o;
    char err[256];
    buf out = BUF_INIT;
    switch (cli_parse(argc, argv, &o, err, sizeof err)) {
    case CLI_HELP:
        cli_help(o.command, &out);
        fputs(buf_str(&out), stdout);
        buf_free(&out);
        return 0;
    case CLI_VERSION:
        fputs(cli_version(), stdout);
        return 0;
    case CLI_ERROR:
        fprintf(stderr, "heapviz: %s\n", err);
        return 2;
    case CLI_GO:
        break;
    }
    if (o.script && check_script(&o))
        return 2;
    if (store_cmd_handles(&o)) {
        buf err2 = BUF_INIT;
        int rc = store_cmd_run(&o, &out, &err2);
        fputs(buf_str(&out), stdout);
        fputs(buf_str(&err2), stderr);
        buf_free(&out);
        buf_free(&err2);
        return rc;
    }
    if (o.command == CMD_RENDER)
        return render_command(&o);
    if (o.command == CMD_EXPORT)
        return asciicast_command(&o);
    if (o.command == CMD_DEMOS)
        return demo_cmd_list();
    if (o.command == CMD_LIVE && o.demo)
        return isatty(0) && isatty(1) ? after_screen(interactive_demo(&o)) : demo_cmd_play(&o);
    if (o.command == CMD_RUN)
        return run_script(&o);
    if (o.command == CMD_LIVE)
        return after_screen(interactive_live(&o));
    if (o.command == CMD_REPLAY)
        return after_screen(interactive_replay(&o));
    fprintf(stderr, "heapviz: '%s' is not implemented yet\n", cli_command_name(o.command));
    return 2;
}
