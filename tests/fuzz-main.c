/*
 * fuzz-main: replays files through a libFuzzer target without libFuzzer,
 * so inputs that once crashed stay regression tests on any compiler.
 *
 *   tests/8N-fuzz-NAME.test [FILE|DIR...]
 *
 * Every file (every file of a directory, in name order) is passed once to
 * LLVMFuzzerTestOneInput.  Without arguments: the committed corpus
 * $TOP_SRCDIR/tests/fuzz/NAME (FUZZ_NAME is set when compiling).  Prints
 * TAP, one line per file: a crash ends the process, which fails the test.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static int tap_n;

static unsigned char *read_all(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, len = 0, k;
    unsigned char *p = malloc(cap);
    while (p && (k = fread(p + len, 1, cap - len, f)) > 0) {
        len += k;
        if (len == cap) {
            unsigned char *q = realloc(p, cap *= 2);
            if (!q)
                free(p);
            p = q;
        }
    }
    fclose(f);
    *n = len;
    return p;
}

static void replay(const char *path)
{
    size_t n;
    unsigned char *p = read_all(path, &n);
    if (!p) {
        printf("not ok %d - %s: cannot read\n", ++tap_n, path);
        return;
    }
    fflush(stdout);
    LLVMFuzzerTestOneInput(p, n);
    free(p);
    const char *base = strrchr(path, '/');
    printf("ok %d - %s\n", ++tap_n, base ? base + 1 : path);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void replay_dir(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        printf("not ok %d - %s: cannot open\n", ++tap_n, dir);
        return;
    }
    char **names = NULL;
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char **more = realloc(names, (n + 1) * sizeof *names);
        if (!more)
            abort();
        names = more;
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        names[n] = malloc(len);
        snprintf(names[n++], len, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        replay(names[i]);
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        const char *top = getenv("TOP_SRCDIR");
        char dir[4096];
        snprintf(dir, sizeof dir, "%s/tests/fuzz/%s", top ? top : ".", FUZZ_NAME);
        replay_dir(dir);
    }
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
            replay_dir(argv[i]);
        else
            replay(argv[i]);
    }
    printf("1..%d\n", tap_n);
    return 0;
}
