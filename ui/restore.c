/*
 * restore.c — terminal restoration from signal handlers (see restore.h).
 *
 * Globals, all needed by the handlers and documented in restore.h:
 * tty_fd, saved, have_saved, seq/seq_len, old_crash/old_quit, quit_signal,
 * quit_pipe, busy/interrupt/pending/tick (and busy_modes, the modes busy
 * replaced, and old_alarm, the SIGALRM action the tick's timer replaced),
 * and the output gate (out_gate, and held_here, per thread).
 */
#include "restore.h"

#include "hv.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <termios.h>
#include <unistd.h>

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
static const int quit_signals[] = {SIGTERM, SIGHUP, SIGINT};

static int tty_fd = -1;                     /* the terminal; -1 when disarmed */
static struct termios saved;                /* its modes before the backend began */
static int have_saved;                      /* saved is valid (fd was a tty) */
static char seq[256];                       /* bytes that undo the backend's modes */
static volatile size_t seq_len;             /* its length; 0 while being replaced */
static struct sigaction old_crash[HV_COUNTOF(crash_signals)];
static struct sigaction old_quit[HV_COUNTOF(quit_signals)];
static int catching_quit;                   /* old_quit holds actions to put back */
static volatile sig_atomic_t quit_signal;   /* the last quit signal, 0 if none */
static int quit_taken;                      /* the last one restore_take_quit() returned */
static int quit_pipe[2] = {-1, -1};         /* the handler writes a byte to [1] */
static volatile sig_atomic_t busy;          /* a statement runs: quit signals interrupt it */
static volatile sig_atomic_t interrupt;     /* the interpreter's flag: look (restore.h) */
static volatile sig_atomic_t pending;       /* a quit signal asked to stop the program */
static volatile sig_atomic_t tick;          /* the timer fired: redraw the progress */
static struct sigaction old_alarm;          /* SIGALRM's action before restore_busy(1) */
static struct termios busy_modes;           /* the modes restore_busy(1) replaced */
static int have_busy_modes;                 /* busy_modes is valid */
static pthread_mutex_t out_gate = PTHREAD_MUTEX_INITIALIZER;   /* held while writing to the terminal */
static _Thread_local int held_here;         /* how deep this thread holds out_gate (0: not) */

static void write_all(int fd, const char *p, size_t n)
{
    size_t off = 0;
    while (off < n) {
        ssize_t w = write(fd, p + off, n - off);
        if (w <= 0)
            break;
        off += (size_t)w;
    }
}

void restore_now(void)
{
    if (tty_fd < 0)
        return;
    write_all(tty_fd, seq, seq_len);
    if (have_saved)
        tcsetattr(tty_fd, TCSANOW, &saved);
}

/* Restores, then lets the signal do what it would have done (a core dump):
 * the handler was installed with SA_RESETHAND | SA_NODEFER. */
static void on_crash(int sig)
{
    restore_now();
    raise(sig);
}

static void on_quit(int sig)
{
    int saved_errno = errno;
    if (busy) {
        pending = 1;
        interrupt = 1;
        if (sig == SIGINT) {        /* Ctrl-C: the statement stops, the screen stays */
            errno = saved_errno;
            return;
        }
    }
    quit_signal = sig;
    if (quit_pipe[1] >= 0) {
        ssize_t w = write(quit_pipe[1], "q", 1);    /* full pipe: one byte is enough */
        (void)w;
    }
    errno = saved_errno;
}

/* hv_oom's hook, on whichever thread ran out.  It takes the output gate
 * and keeps it (the process exits next), so the screen is not restored
 * under a frame another thread is writing, and no frame comes after: a
 * thread that would write waits at the gate until the exit ends it.  The
 * message goes out before the tty's modes come back, so no key typed
 * meanwhile is echoed into it. */
static void on_oom(const char *msg)
{
    if (!held_here++)
        pthread_mutex_lock(&out_gate);
    if (tty_fd >= 0)
        write_all(tty_fd, seq, seq_len);
    write_all(STDERR_FILENO, msg, strlen(msg));
    if (tty_fd >= 0 && have_saved)
        tcsetattr(tty_fd, TCSANOW, &saved);
}

void restore_output_begin(void)
{
    if (!held_here++)
        pthread_mutex_lock(&out_gate);
}

void restore_output_end(void)
{
    if (!--held_here)
        pthread_mutex_unlock(&out_gate);
}

int restore_arm(int fd)
{
    if (tty_fd >= 0)
        return -1;
    tty_fd = fd;
    have_saved = isatty(fd) && tcgetattr(fd, &saved) == 0;
    seq_len = 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < HV_COUNTOF(crash_signals); i++)
        sigaction(crash_signals[i], &sa, &old_crash[i]);
    hv_set_fatal_hook(on_oom);
    return 0;
}

void restore_set_sequence(const char *s, size_t len)
{
    if (len > sizeof seq - 1)
        len = sizeof seq - 1;
    seq_len = 0;                /* a handler running now sees no half sequence */
    memcpy(seq, s, len);
    seq_len = len;
}

static void close_pipe(void)
{
    for (int i = 0; i < 2; i++) {
        if (quit_pipe[i] >= 0)
            close(quit_pipe[i]);
        quit_pipe[i] = -1;
    }
}

int restore_catch_quit(void)
{
    if (quit_pipe[0] < 0 && pipe2(quit_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        quit_pipe[0] = quit_pipe[1] = -1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_quit;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < HV_COUNTOF(quit_signals); i++)
        sigaction(quit_signals[i], &sa, &old_quit[i]);
    catching_quit = 1;
    return quit_pipe[0];
}

int restore_take_quit(void)
{
    char drain[16];
    if (quit_pipe[0] >= 0)
        while (read(quit_pipe[0], drain, sizeof drain) > 0)
            ;
    int s = quit_signal;
    quit_signal = 0;
    if (s)
        quit_taken = s;
    return s;
}

void restore_reraise(void)
{
    if (!quit_taken)
        return;
    fflush(NULL);
    signal(quit_taken, SIG_DFL);
    raise(quit_taken);
}

void restore_disarm(void)
{
    if (tty_fd < 0)
        return;
    for (size_t i = 0; i < HV_COUNTOF(crash_signals); i++)
        sigaction(crash_signals[i], &old_crash[i], NULL);
    if (catching_quit)
        for (size_t i = 0; i < HV_COUNTOF(quit_signals); i++)
            sigaction(quit_signals[i], &old_quit[i], NULL);
    catching_quit = 0;
    close_pipe();
    hv_set_fatal_hook(NULL);
    tty_fd = -1;
    seq_len = 0;
}

volatile sig_atomic_t *restore_interrupt_flag(void)
{
    return &interrupt;
}

_Static_assert(RESTORE_TICK_FIRST_MS < 1000 && RESTORE_TICK_MS < 1000, "ticking() sets microseconds only");

static void on_alarm(int sig)
{
    (void)sig;
    tick = 1;
    interrupt = 1;
}

/* The tick's timer on (SA_RESTART: a system call it lands in, the
 * recorder's thread's too, goes on) or off. */
static void ticking(int on)
{
    struct itimerval it = {{0, 0}, {0, 0}};
    if (on) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_alarm;
        sa.sa_flags = SA_RESTART;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGALRM, &sa, &old_alarm);
        it.it_value.tv_usec = RESTORE_TICK_FIRST_MS * 1000;
        it.it_interval.tv_usec = RESTORE_TICK_MS * 1000;
        setitimer(ITIMER_REAL, &it, NULL);
    } else {
        setitimer(ITIMER_REAL, &it, NULL);
        sigaction(SIGALRM, &old_alarm, NULL);
    }
}

int restore_take_interrupt(void)
{
    if (!pending)
        return 0;
    pending = 0;
    return 1;
}

void restore_interrupt(void)
{
    pending = 1;
    interrupt = 1;
}

const volatile sig_atomic_t *restore_tick_flag(void)
{
    return &tick;
}

int restore_take_tick(void)
{
    if (!tick)
        return 0;
    tick = 0;
    return 1;
}

void restore_busy(int on)
{
    if (on && !busy) {
        interrupt = pending = tick = 0;
        struct termios t;
        have_busy_modes = tty_fd >= 0 && isatty(tty_fd) && tcgetattr(tty_fd, &busy_modes) == 0;
        if (have_busy_modes) {
            t = busy_modes;
            t.c_lflag |= ISIG | NOFLSH;     /* NOFLSH: the screen being written is kept */
            if (t.c_cc[VINTR] == _POSIX_VDISABLE)
                t.c_cc[VINTR] = 3;          /* Ctrl-C */
            t.c_cc[VQUIT] = _POSIX_VDISABLE;
            t.c_cc[VSUSP] = _POSIX_VDISABLE;
            restore_output_begin();     /* not after the terminal was restored */
            tcsetattr(tty_fd, TCSANOW, &t);
            restore_output_end();
        }
        busy = 1;
        ticking(1);
    } else if (!on && busy) {
        ticking(0);
        busy = 0;
        if (have_busy_modes) {
            restore_output_begin();
            tcsetattr(tty_fd, TCSANOW, &busy_modes);
            restore_output_end();
        }
        have_busy_modes = 0;
        interrupt = pending = tick = 0;
    }
}
