/*
 * restore.h — putting the terminal back however heapviz ends: a crash
 * (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT), host memory running out
 * (hv_oom), or a quit signal (SIGTERM, SIGHUP, SIGINT).
 *
 * A backend calls restore_arm() with the terminal's fd before it changes
 * any mode (the tty modes are saved then), and restore_set_sequence() once
 * it knows the escape sequences that undo its modes (leave the alternate
 * screen, show the cursor, mouse and keypad off, attributes off).  On a
 * crash the handler only write()s that sequence, puts the saved tty modes
 * back and re-raises the signal: nothing it does allocates or locks.
 *
 * This module holds the only mutable globals of the UI: a signal handler
 * can reach nothing else.  They are the fd, the saved modes, the sequence,
 * the previous signal actions, the last quit signal and its pipe; one
 * terminal per process.
 */
#ifndef HV_RESTORE_H
#define HV_RESTORE_H

#include <signal.h>
#include <stddef.h>

/* Saves fd's tty modes, installs the crash handlers and the hv_oom hook.
 * Returns 0, or -1 if already armed. */
int restore_arm(int fd);
/* The bytes that undo the backend's terminal modes (at most 255; longer
 * sequences are cut). */
void restore_set_sequence(const char *seq, size_t len);
/* Removes every handler restore_arm() and restore_catch_quit() installed,
 * putting the previous ones back.  Does not write anything. */
void restore_disarm(void);
/* Writes the sequence and puts the tty modes back, now (async-signal-safe). */
void restore_now(void);

/* The output gate.  Another thread (the recorder's) may run out of host
 * memory while the main thread draws; the hv_oom hook takes the gate and
 * keeps it until the process has exited, so the backends write to the
 * terminal, and change its modes, only between restore_output_begin() and
 * restore_output_end() (backend.c around init, present, bell and fini; a
 * backend around what its poll writes; restore_busy around its modes).
 * Not covered: what libtickit repaints by itself inside tickit_tick, which
 * also waits for input (a window a resize uncovered).  The pairs nest on one thread, and running out of host
 * memory while holding the gate is fine (the hook sees it is this thread's). */
void restore_output_begin(void);
void restore_output_end(void);

/* Makes SIGTERM, SIGHUP and SIGINT record their number and write a byte to
 * a pipe instead of killing the process (the self-pipe trick: an event
 * loop polling the pipe's read end cannot miss a signal that arrives just
 * before it blocks).  Returns that read end, or -1 if no pipe could be
 * made (the signals are still recorded).  restore_disarm() closes it. */
int restore_catch_quit(void);
/* The quit signal that arrived since the last call, or 0; empties the pipe. */
int restore_take_quit(void);
/* After the interactive screen ended and everything was saved: if it ended
 * because of a quit signal (restore_take_quit() returned one), dies of that
 * signal with its default action, so the caller sees 128 + N (SIGTERM:
 * 143) and not a clean exit.  Returns only if there was none. */
void restore_reraise(void);

/* ---- the program running (a loaded script, a console statement) --------
 *
 * While the program runs, the screen waits for it, so Ctrl-C must reach it
 * as python3's does: restore_busy(1) turns the terminal's ISIG on for
 * Ctrl-C alone (Ctrl-\ and Ctrl-Z stay plain keys) and makes the quit
 * signals set the interrupt flag, which the interpreter polls
 * (interp_options.interrupt: at the next loop jump or call).  SIGINT then
 * does only that — the screen stays — while SIGTERM and SIGHUP also quit
 * as usual once the program has stopped.
 *
 * It also starts a timer (SIGALRM, every RESTORE_TICK_MS) that sets the
 * same flag and a tick flag: the interpreter looks, its interrupt_check
 * (restore_take_interrupt) says whether a quit signal came or only the
 * tick, and the UI redraws its progress when restore_take_tick() says so
 * (live.h).  So the flag means "look", and:
 *
 *   SIGINT, SIGTERM, SIGHUP, restore_interrupt() ─▶ pending = 1, flag = 1
 *   SIGALRM (the tick)                           ─▶ tick = 1,    flag = 1
 *
 * each handler setting its own bit before the flag, so a reader that
 * clears the flag and then reads the bits misses nothing: a bit set after
 * its read sets the flag again.  restore_busy(0) stops the timer, puts the
 * terminal's modes back and clears all three. */
enum { RESTORE_TICK_FIRST_MS = 100, RESTORE_TICK_MS = 200 };
volatile sig_atomic_t *restore_interrupt_flag(void);
void restore_busy(int on);
/* 1 if a quit signal (or restore_interrupt) asked to stop the program since
 * the last call: KeyboardInterrupt now.  Clears it. */
int restore_take_interrupt(void);
/* Asks the running program to stop, as Ctrl-C does (q while it runs). */
void restore_interrupt(void);
/* The tick flag (read it to test cheaply, e.g. per event), and taking it:
 * 1 if the timer fired since the last take. */
const volatile sig_atomic_t *restore_tick_flag(void);
int restore_take_tick(void);

#endif
