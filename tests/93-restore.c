/*
 * 93-restore: host memory running out on one thread while another draws
 * (ui/restore.h's output gate).  Each case runs in a child on a
 * pseudo-terminal, its stdin, stdout and stderr, and reads back what
 * reached the terminal and how the child ended:
 *   - another thread running out while the main thread is in the middle
 *     of a frame waits until the frame is written, then restores the
 *     terminal and prints the one-line message, and no frame comes after
 *     it (CI once saw a frame land on the restored screen);
 *   - the thread holding the gate running out itself does not wait for
 *     itself;
 *   - the message comes before the tty's modes are put back.
 */
#include "testutil.h"

#include "hv.h"
#include "restore.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <pty.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define SEQ "<undo modes>"
#define MSG "heapviz: out of host memory"

static void pause_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

static void say(const char *s)
{
    ssize_t w = write(STDOUT_FILENO, s, strlen(s));
    (void)w;
}

static void *run_out(void *arg)
{
    (void)arg;
    hv_oom();
}

/* The main thread writes a frame in two halves with a pause between, while
 * another thread runs out of host memory; then it tries a second frame. */
static void child_two_threads(void)
{
    restore_arm(STDOUT_FILENO);
    restore_set_sequence(SEQ, strlen(SEQ));
    restore_output_begin();
    say("[frame 1 begins ");
    pthread_t t;
    pthread_create(&t, NULL, run_out, NULL);
    pause_ms(200);                  /* the other thread is at the gate by now */
    say("frame 1 ends]");
    restore_output_end();
    pause_ms(200);                  /* it takes the gate and exits meanwhile */
    restore_output_begin();         /* ...or this waits there until it has */
    say("[frame 2]");
    restore_output_end();
    _exit(0);
}

/* Runs out of host memory while holding the gate (a frame's allocation). */
static void child_holding(void)
{
    restore_arm(STDOUT_FILENO);
    restore_set_sequence(SEQ, strlen(SEQ));
    restore_output_begin();
    restore_output_begin();         /* the pairs nest */
    say("[frame");
    hv_oom();
}

/* The terminal in raw mode without echo, as a backend leaves it, when the
 * memory runs out: the message is written while it still is (its newline
 * not turned into CR LF), then the modes come back. */
static void child_raw(void)
{
    restore_arm(STDOUT_FILENO);
    restore_set_sequence(SEQ, strlen(SEQ));
    struct termios raw;
    tcgetattr(STDOUT_FILENO, &raw);
    cfmakeraw(&raw);
    tcsetattr(STDOUT_FILENO, TCSANOW, &raw);
    hv_oom();
}

/* Runs fn in a child on a new pseudo-terminal; returns what the terminal
 * received (the child's output) and sets *status to its wait status.  A
 * child still there after 10 s is killed (a deadlock at the gate). */
static char *on_pty(void (*fn)(void), int *status, struct termios *modes)
{
    int master;
    pid_t pid = forkpty(&master, NULL, NULL, NULL);
    assert_true(pid >= 0);
    if (pid == 0) {
        alarm(10);
        fn();
        _exit(99);
    }
    buf out = BUF_INIT;
    char b[512];
    ssize_t n;
    while ((n = read(master, b, sizeof b)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0)
            buf_add(&out, b, (size_t)n);
    assert_int_equal(waitpid(pid, status, 0), pid);
    if (modes)
        assert_int_equal(tcgetattr(master, modes), 0);
    close(master);
    char *s = hv_strdup(buf_str(&out));     /* the test frees it */
    buf_free(&out);
    return s;
}

/* on_pty for a child that must end by running out: status 3. */
static char *ran_out(void (*fn)(void), struct termios *modes)
{
    int status;
    char *got = on_pty(fn, &status, modes);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 3);
    return got;
}

static void test_other_thread_waits_for_the_frame(void **state)
{
    (void)state;
    char *got = ran_out(child_two_threads, NULL);
    /* the whole frame, then the restoration and the message; no frame 2 */
    assert_string_equal(got, "[frame 1 begins frame 1 ends]" SEQ MSG "\r\n");
    free(got);
}

static void test_holder_runs_out(void **state)
{
    (void)state;
    char *got = ran_out(child_holding, NULL);
    assert_string_equal(got, "[frame" SEQ MSG "\r\n");
    free(got);
}

static void test_message_before_modes(void **state)
{
    (void)state;
    struct termios modes;
    char *got = ran_out(child_raw, &modes);
    assert_string_equal(got, SEQ MSG "\n");        /* raw: no CR added */
    assert_true(modes.c_lflag & ECHO);              /* then the saved modes */
    assert_true(modes.c_lflag & ICANON);
    free(got);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_other_thread_waits_for_the_frame),
        cmocka_unit_test(test_holder_runs_out),
        cmocka_unit_test(test_message_before_modes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
