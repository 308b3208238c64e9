/*
 * bench-run: `heapviz run --no-record` against python3 on allocation-heavy
 * programs (objects, containers, cycles, string building: hundreds of
 * thousands of statements each), both run here, one after the other.
 * Prints `bench NAME VALUE UNIT` lines: the CPU seconds of each (the best
 * of RUNS alternating runs, as the machine may be shared and busy), their
 * ratio (the target is heapviz ≤ 3 × python3 with the whole simulation on),
 * and the host memory heapviz spends per live simulated object (peak RSS of
 * a run keeping N objects alive minus one keeping none, over N).
 *
 * Then the cost of recording, as issue 5 states it: `heapviz run` (a
 * session written to a fresh database) ÷ `heapviz run --no-record` on the
 * same programs, the best of RUNS alternating runs of each, in wall time
 * (target ≤ 1.3) and in CPU time of all the threads (the recorder's
 * writer and checkpointer included: what a busy machine pays).
 *
 * Run from the build directory (`make bench`): ./heapviz is the binary;
 * the python3 is $PYTHON, else /usr/bin/python3.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <fcntl.h>
#include <unistd.h>

enum { RUNS = 3 };

typedef struct program {
    const char *name;
    const char *text;
} program;

static const program programs[] = {
    {"objects",
     "class Point:\n"
     "    def __init__(self, x, y):\n"
     "        self.x = x\n"
     "        self.y = y\n"
     "    def norm(self):\n"
     "        return self.x * self.x + self.y * self.y\n"
     "total = 0\n"
     "keep = []\n"
     "for i in range(200000):\n"
     "    p = Point(i, i + 1)\n"
     "    total += p.norm()\n"
     "    if i % 10 == 0:\n"
     "        keep.append(p)\n"
     "print(total, len(keep))\n"},
    {"containers",
     "d = {}\n"
     "rows = []\n"
     "for i in range(150000):\n"
     "    row = [i, i * 2, (i, str(i))]\n"
     "    rows.append(row)\n"
     "    d[i] = row\n"
     "    if len(rows) > 1000:\n"
     "        rows = rows[500:]\n"
     "s = {x % 1000 for x in range(100000)}\n"
     "print(len(d), len(rows), len(s))\n"},
    {"cycles",
     "import gc\n"
     "class Node:\n"
     "    def __init__(self):\n"
     "        self.other = None\n"
     "for i in range(100000):\n"
     "    a = Node()\n"
     "    b = Node()\n"
     "    a.other = b\n"
     "    b.other = a\n"
     "    l = [a]\n"
     "    l.append(l)\n"
     "print(gc.collect() >= 0)\n"},
    {"strings",
     "parts = []\n"
     "for i in range(200000):\n"
     "    parts.append(f\"item-{i}:{i * 3}\")\n"
     "text = \",\".join(parts)\n"
     "words = text.split(\",\")\n"
     "acc = \"\"\n"
     "for w in words[:20000]:\n"
     "    acc = acc + w[:2]\n"
     "print(len(text), len(words), len(acc))\n"},
};

static double wall_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Seconds of wall time the last run() took, fork to exit. */
static double last_wall;

/* Runs argv with stdout and stderr to /dev/null; CPU seconds and peak RSS
 * (KiB) of the child; -1 if it could not run or failed. */
static int run(char *const argv[], double *cpu, long *maxrss_kb)
{
    double start = wall_now();
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, 1);
            dup2(null, 2);
        }
        execv(argv[0], argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    last_wall = wall_now() - start;
    *cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + (double)ru.ru_stime.tv_sec +
           ru.ru_stime.tv_usec / 1e6;
    *maxrss_kb = ru.ru_maxrss;
    return 0;
}

static int write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fputs(text, f);
    return fclose(f);
}

static int heapviz(const char *script, double *cpu, long *rss)
{
    char *argv[] = {"./heapviz", "run", "--no-record", (char *)script, NULL};
    return run(argv, cpu, rss);
}

/* The least CPU time of RUNS runs of heapviz and of python3 on script,
 * alternating, so a burst of load elsewhere hits both alike. */
static int best_of(const char *py, const char *script, double *thv, double *tpy)
{
    char *pargv[] = {(char *)py, (char *)script, NULL};
    for (int k = 0; k < RUNS; k++) {
        double h, p;
        long rss;
        if (heapviz(script, &h, &rss) || run(pargv, &p, &rss))
            return -1;
        if (k == 0 || h < *thv)
            *thv = h;
        if (k == 0 || p < *tpy)
            *tpy = p;
    }
    return 0;
}

/* `heapviz run` recording script into a new database in dir ÷ `heapviz
 * run --no-record`, the best of RUNS alternating runs of each: prints the
 * wall and CPU figures named after the program. */
static int record_overhead(const char *name, const char *script, const char *dir)
{
    char db[512], side[520];
    snprintf(db, sizeof db, "%s/record.db", dir);
    char *argv[] = {"./heapviz", "run", "--db", db, (char *)script, NULL};
    double wall[2] = {0, 0}, cpu[2] = {0, 0};
    for (int k = 0; k < RUNS; k++) {
        double c;
        long rss;
        if (heapviz(script, &c, &rss))
            return -1;
        if (k == 0 || last_wall < wall[0])
            wall[0] = last_wall;
        if (k == 0 || c < cpu[0])
            cpu[0] = c;
        unlink(db);
        snprintf(side, sizeof side, "%s-wal", db);
        unlink(side);
        if (run(argv, &c, &rss))
            return -1;
        if (k == 0 || last_wall < wall[1])
            wall[1] = last_wall;
        if (k == 0 || c < cpu[1])
            cpu[1] = c;
    }
    unlink(db);
    printf("bench run-%s-no-record-wall %.3f s\n", name, wall[0]);
    printf("bench run-%s-recorded-wall %.3f s\n", name, wall[1]);
    printf("bench run-%s-record-overhead %.2f x (wall; target <= 1.3)\n", name, wall[1] / wall[0]);
    printf("bench run-%s-record-cpu-overhead %.2f x (every thread)\n", name, cpu[1] / cpu[0]);
    return 0;
}

/* Writes a script of n straight-line statements, each with a name and a
 * constant of its own (`v17 = 17000017`): its compilation dominates. */
static int write_long_script(const char *path, int n)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    for (int i = 0; i < n; i++)
        fprintf(f, "v%d = %d\n", i, 17000000 + i);
    fprintf(f, "print(v%d)\n", n - 1);
    return fclose(f);
}

/* A long script against python3, and against a tenth of it: a compiler
 * that searches what it made so far for each name or constant is
 * quadratic (it took 40 s for 300,000 lines), which the second ratio
 * shows (linear: about 10). */
static int long_script(const char *py, const char *dir)
{
    enum { LINES = 200000 };
    char big[512], small[512];
    snprintf(big, sizeof big, "%s/long.py", dir);
    snprintf(small, sizeof small, "%s/long10.py", dir);
    double thv = 0, tpy = 0, tsmall = 0, unused = 0;
    if (write_long_script(big, LINES) || write_long_script(small, LINES / 10) ||
        best_of(py, big, &thv, &tpy) || best_of(py, small, &tsmall, &unused))
        return -1;
    printf("bench run-long-script-heapviz %.2f s (%d lines)\n", thv, LINES);
    printf("bench run-long-script-ratio %.2f x (python3: %.2f s)\n", tpy > 0 ? thv / tpy : 0, tpy);
    printf("bench run-long-script-vs-tenth %.1f x (linear: about 10)\n", tsmall > 0 ? thv / tsmall : 0);
    return 0;
}

/* Peak RSS per live object: N empty lists kept in a list, against none. */
static int memory_per_object(const char *dir)
{
    enum { N = 300000 };
    char path[512];
    double cpu;
    long rss0, rss1;
    snprintf(path, sizeof path, "%s/keep0.py", dir);
    write_file(path, "keep = [[] for i in range(0)]\nprint(len(keep))\n");
    if (heapviz(path, &cpu, &rss0))
        return -1;
    snprintf(path, sizeof path, "%s/keepN.py", dir);
    char text[128];
    snprintf(text, sizeof text, "keep = [[] for i in range(%d)]\nprint(len(keep))\n", N);
    write_file(path, text);
    if (heapviz(path, &cpu, &rss1))
        return -1;
    printf("bench run-host-bytes-per-live-object %.1f B\n", (double)(rss1 - rss0) * 1024.0 / N);
    return 0;
}

int main(void)
{
    const char *py = getenv("PYTHON");
    if (!py || !*py)
        py = "/usr/bin/python3";
    if (access("./heapviz", X_OK) != 0 || access(py, X_OK) != 0) {
        printf("bench run-skipped 0 (needs ./heapviz and %s)\n", py);
        return 0;
    }
    char dir[] = "/tmp/hv-bench-run.XXXXXX";
    if (!mkdtemp(dir))
        return 1;
    int rc = 0;
    double worst = 0;
    for (size_t i = 0; i < sizeof programs / sizeof *programs && !rc; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s.py", dir, programs[i].name);
        write_file(path, programs[i].text);
        double thv = 0, tpy = 0;
        if (best_of(py, path, &thv, &tpy)) {
            fprintf(stderr, "bench-run: %s failed to run\n", programs[i].name);
            rc = 1;
            break;
        }
        double ratio = tpy > 0 ? thv / tpy : 0;
        if (ratio > worst)
            worst = ratio;
        printf("bench run-%s-heapviz %.2f s\n", programs[i].name, thv);
        printf("bench run-%s-python3 %.2f s\n", programs[i].name, tpy);
        printf("bench run-%s-ratio %.2f x\n", programs[i].name, ratio);
        if (record_overhead(programs[i].name, path, dir)) {
            fprintf(stderr, "bench-run: %s failed to record\n", programs[i].name);
            rc = 1;
        }
    }
    if (!rc) {
        printf("bench run-worst-ratio %.2f x (target <= 3)\n", worst);
        rc = memory_per_object(dir) || long_script(py, dir) ? 1 : 0;
    }
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        rc = 1;
    return rc;
}
