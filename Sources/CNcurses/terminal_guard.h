/*
 * terminal_guard.h: signal handling that gives the terminal back, whatever ends the program.
 *
 * Everything a signal handler does must be async-signal-safe, and Swift code is not (it may
 * allocate, take locks, or initialise globals lazily), so the handlers live here, in C, and only
 * set flags, write a byte to a self-pipe, or restore the terminal with tcsetattr() and write()
 * and then end the process. The Swift side (NcursesBackend/Signals) polls the flags.
 *
 * State is one weak global (not a `static`): Swift compiles every file of a module on its own and
 * would give each file its own copy of a `static` (checked on Swift 6.3); the linker merges weak
 * definitions into one.
 */
#ifndef AGENDA_CNCURSES_TERMINAL_GUARD_H
#define AGENDA_CNCURSES_TERMINAL_GUARD_H

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

enum {
    AGENDA_GUARD_SEQUENCE_MAX = 512,
    AGENDA_GUARD_NAME_MAX = 64,
    AGENDA_GUARD_SIGNAL_MAX = 65,
    AGENDA_GUARD_STDERR_TAIL = 16384,
    AGENDA_GUARD_ALT_STACK = 65536,
};

/* Everything the handlers need, set up before they are installed. */
struct agenda_guard_state {
    volatile sig_atomic_t claimed;           /* one terminal object at a time */
    volatile sig_atomic_t active;            /* full-screen mode on, handlers installed */
    volatile sig_atomic_t terminate_signal;  /* last SIGINT/SIGTERM/SIGHUP/SIGQUIT not yet taken */
    volatile sig_atomic_t terminate_count;   /* termination signals since install */
    volatile sig_atomic_t last_terminate;    /* the latest one, for the exit status */
    volatile sig_atomic_t suspend_requested; /* SIGTSTP seen */
    volatile sig_atomic_t continued;         /* SIGCONT seen */
    volatile sig_atomic_t resized;           /* SIGWINCH seen */
    int wake_read, wake_write;               /* self-pipe, -1 until created */
    int tty_fd;                              /* the terminal whose modes are restored */
    int out_fd;                              /* where the restoring escape sequences go */
    int has_termios;
    struct termios termios;                  /* the modes before full-screen mode */
    char sequence[AGENDA_GUARD_SEQUENCE_MAX];/* leaves full-screen mode, shows the cursor */
    size_t sequence_length;
    char name[AGENDA_GUARD_NAME_MAX];        /* program name for messages */
    int saved_stderr;                        /* the real stderr while it is captured, else -1 */
    int capture_fd;                          /* the file that catches stderr, else -1 */
    int atexit_registered;
    unsigned char installed[AGENDA_GUARD_SIGNAL_MAX];
    struct sigaction previous[AGENDA_GUARD_SIGNAL_MAX];
    struct sigaction chained_winch;          /* ncurses' SIGWINCH handler, called from ours */
    int has_chained_winch;
    void *alt_stack;
};

__attribute__((weak)) struct agenda_guard_state agenda_guard_storage = {
    .wake_read = -1, .wake_write = -1, .tty_fd = -1, .out_fd = -1,
    .saved_stderr = -1, .capture_fd = -1,
};

static inline struct agenda_guard_state *agenda_guard(void) { return &agenda_guard_storage; }

/* ---- async-signal-safe helpers -------------------------------------------------------------- */

static inline void agenda_guard_write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, bytes, length);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        bytes += n;
        length -= (size_t)n;
    }
}

static inline void agenda_guard_write_text(int fd, const char *text) {
    agenda_guard_write_all(fd, text, strlen(text));
}

static inline void agenda_guard_write_number(int fd, int value) {
    char digits[16];
    int i = (int)sizeof digits;
    unsigned v = value < 0 ? (unsigned)(-value) : (unsigned)value;
    do { digits[--i] = (char)('0' + v % 10); v /= 10; } while (v > 0 && i > 1);
    if (value < 0) digits[--i] = '-';
    agenda_guard_write_all(fd, digits + i, sizeof digits - (size_t)i);
}

static inline void agenda_guard_wake(void) {
    struct agenda_guard_state *g = agenda_guard();
    if (g->wake_write >= 0) {
        char byte = 1;
        ssize_t ignored = write(g->wake_write, &byte, 1);
        (void)ignored;
    }
}

/* Puts stderr back and copies what was caught to it (the last 16 KiB at most). */
static inline void agenda_guard_release_stderr(void) {
    struct agenda_guard_state *g = agenda_guard();
    if (g->saved_stderr < 0) return;
    dup2(g->saved_stderr, STDERR_FILENO);
    close(g->saved_stderr);
    g->saved_stderr = -1;
    if (g->capture_fd >= 0) {
        off_t end = lseek(g->capture_fd, 0, SEEK_END);
        off_t start = end > AGENDA_GUARD_STDERR_TAIL ? end - AGENDA_GUARD_STDERR_TAIL : 0;
        if (end > 0 && lseek(g->capture_fd, start, SEEK_SET) >= 0) {
            char buffer[1024];
            ssize_t n;
            while ((n = read(g->capture_fd, buffer, sizeof buffer)) > 0) {
                agenda_guard_write_all(STDERR_FILENO, buffer, (size_t)n);
            }
        }
        close(g->capture_fd);
        g->capture_fd = -1;
    }
}

/* Gives the terminal back at once: the saved modes, the restoring sequence, the caught stderr. */
static inline void agenda_guard_emergency_restore(void) {
    struct agenda_guard_state *g = agenda_guard();
    if (!g->active) return;
    g->active = 0;
    if (g->has_termios && g->tty_fd >= 0) tcsetattr(g->tty_fd, TCSANOW, &g->termios);
    if (g->out_fd >= 0) agenda_guard_write_all(g->out_fd, g->sequence, g->sequence_length);
    agenda_guard_release_stderr();
}

/* ---- the handlers --------------------------------------------------------------------------- */

/* SIGINT, SIGTERM, SIGHUP, SIGQUIT: ask the program to quit; a second one arms a 1 s deadline. */
static inline void agenda_guard_on_terminate(int sig) {
    int saved = errno;
    struct agenda_guard_state *g = agenda_guard();
    g->terminate_signal = sig;
    g->last_terminate = sig;
    g->terminate_count += 1;
    if (g->terminate_count >= 2) alarm(1);
    agenda_guard_wake();
    errno = saved;
}

/* SIGALRM after a second termination signal: the program did not quit in time. */
static inline void agenda_guard_on_deadline(int sig) {
    (void)sig;
    struct agenda_guard_state *g = agenda_guard();
    agenda_guard_emergency_restore();
    agenda_guard_write_text(STDERR_FILENO, g->name);
    agenda_guard_write_text(STDERR_FILENO, ": did not quit after signal ");
    agenda_guard_write_number(STDERR_FILENO, g->last_terminate);
    agenda_guard_write_text(STDERR_FILENO, "; the terminal was restored\n");
    _exit(128 + g->last_terminate);
}

static inline void agenda_guard_on_suspend(int sig) {
    (void)sig;
    int saved = errno;
    agenda_guard()->suspend_requested = 1;
    agenda_guard_wake();
    errno = saved;
}

static inline void agenda_guard_on_continue(int sig) {
    (void)sig;
    int saved = errno;
    agenda_guard()->continued = 1;
    agenda_guard_wake();
    errno = saved;
}

/* SIGWINCH: ncurses' own handler (which makes get_wch report KEY_RESIZE), then a wake-up. */
static inline void agenda_guard_on_resize(int sig) {
    int saved = errno;
    struct agenda_guard_state *g = agenda_guard();
    if (g->has_chained_winch) {
        void (*handler)(int) = g->chained_winch.sa_handler;
        if (handler != SIG_DFL && handler != SIG_IGN && !(g->chained_winch.sa_flags & SA_SIGINFO)) {
            handler(sig);
        }
    }
    g->resized = 1;
    agenda_guard_wake();
    errno = saved;
}

/* SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS: restore, say so, die by the signal. */
static inline void agenda_guard_on_crash(int sig) {
    struct agenda_guard_state *g = agenda_guard();
    int was_active = g->active;
    agenda_guard_emergency_restore();
    agenda_guard_write_text(STDERR_FILENO, g->name);
    agenda_guard_write_text(STDERR_FILENO, ": crashed (signal ");
    agenda_guard_write_number(STDERR_FILENO, sig);
    agenda_guard_write_text(STDERR_FILENO, was_active ? "); the terminal was restored\n" : ")\n");
    /* SA_RESETHAND put the default action back; the raised signal is delivered on return. */
    signal(sig, SIG_DFL);
    raise(sig);
}

/* ---- setting up ----------------------------------------------------------------------------- */

/* Takes the one guard of the process; 0 when another terminal object holds it. */
static inline int agenda_guard_claim(void) {
    return __sync_bool_compare_and_swap(&agenda_guard()->claimed, 0, 1) ? 1 : 0;
}

static inline void agenda_guard_unclaim(void) { agenda_guard()->claimed = 0; }

/* Saves the terminal's modes and makes the self-pipe; call before ncurses starts. 0 on success. */
static inline int agenda_guard_prepare(int tty_fd, int out_fd, const char *name) {
    struct agenda_guard_state *g = agenda_guard();
    g->tty_fd = tty_fd;
    g->out_fd = out_fd;
    g->has_termios = tcgetattr(tty_fd, &g->termios) == 0;
    strncpy(g->name, name, sizeof g->name - 1);
    g->name[sizeof g->name - 1] = 0;
    if (g->wake_read < 0) {
        int fds[2];
        if (pipe(fds) != 0) return -1;
        for (int i = 0; i < 2; i++) {
            fcntl(fds[i], F_SETFD, FD_CLOEXEC);
            fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
        }
        g->wake_read = fds[0];
        g->wake_write = fds[1];
    }
    return 0;
}

/* Appends a terminfo string capability (when the terminal has it) to the restoring sequence. */
static inline void agenda_guard_append(const char *bytes) {
    struct agenda_guard_state *g = agenda_guard();
    if (bytes == NULL || bytes == (const char *)-1) return;
    size_t length = strlen(bytes);
    if (g->sequence_length + length >= sizeof g->sequence) return;
    memcpy(g->sequence + g->sequence_length, bytes, length);
    g->sequence_length += length;
}

static inline void agenda_guard_clear_sequence(void) { agenda_guard()->sequence_length = 0; }

static inline void agenda_guard_set_handler(int sig, void (*handler)(int), int flags, int block_all) {
    struct agenda_guard_state *g = agenda_guard();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    action.sa_flags = flags;
    if (block_all) sigfillset(&action.sa_mask); else sigemptyset(&action.sa_mask);
    struct sigaction old;
    if (sigaction(sig, &action, &old) == 0 && sig < AGENDA_GUARD_SIGNAL_MAX && !g->installed[sig]) {
        g->previous[sig] = old;
        g->installed[sig] = 1;
    }
}

static inline void agenda_guard_at_exit(void) {
    agenda_guard_emergency_restore();
}

/* Installs every handler (call before ncurses starts, so that ncurses leaves SIGINT, SIGTERM and
 * SIGTSTP to us) and marks full-screen mode on. SIGWINCH stays ncurses'; see chain_resize. */
static inline void agenda_guard_install(void) {
    struct agenda_guard_state *g = agenda_guard();
    g->terminate_signal = 0;
    g->terminate_count = 0;
    g->suspend_requested = 0;
    g->continued = 0;
    g->resized = 0;
    if (g->alt_stack == NULL) {
        stack_t current;
        if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
            stack_t stack;
            stack.ss_sp = malloc(AGENDA_GUARD_ALT_STACK);
            stack.ss_size = AGENDA_GUARD_ALT_STACK;
            stack.ss_flags = 0;
            if (stack.ss_sp != NULL && sigaltstack(&stack, NULL) == 0) g->alt_stack = stack.ss_sp;
        } else {
            g->alt_stack = (void *)1; /* the runtime already gave this thread one */
        }
    }
    if (!g->atexit_registered) {
        g->atexit_registered = 1;
        atexit(agenda_guard_at_exit);
    }
    const int terminate[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    for (size_t i = 0; i < sizeof terminate / sizeof terminate[0]; i++) {
        agenda_guard_set_handler(terminate[i], agenda_guard_on_terminate, SA_RESTART, 0);
    }
    agenda_guard_set_handler(SIGALRM, agenda_guard_on_deadline, 0, 1);
    agenda_guard_set_handler(SIGTSTP, agenda_guard_on_suspend, SA_RESTART, 0);
    agenda_guard_set_handler(SIGCONT, agenda_guard_on_continue, SA_RESTART, 0);
    const int crash[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS };
    for (size_t i = 0; i < sizeof crash / sizeof crash[0]; i++) {
        agenda_guard_set_handler(crash[i], agenda_guard_on_crash, SA_ONSTACK | SA_RESETHAND, 1);
    }
    /* A parent may have started us with these signals blocked (the mask is inherited across exec):
     * unblock them on this thread, or the handlers above would never run. */
    sigset_t handled;
    sigemptyset(&handled);
    const int unblock[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGALRM, SIGTSTP, SIGCONT, SIGWINCH };
    for (size_t i = 0; i < sizeof unblock / sizeof unblock[0]; i++) sigaddset(&handled, unblock[i]);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
    g->active = 1;
}

/* Wraps the SIGWINCH handler ncurses installed, so a resize also wakes the event loop. */
static inline void agenda_guard_chain_resize(void) {
    struct agenda_guard_state *g = agenda_guard();
    struct sigaction current;
    if (sigaction(SIGWINCH, NULL, &current) != 0) return;
    if (current.sa_handler == agenda_guard_on_resize) return;
    g->chained_winch = current;
    g->has_chained_winch = 1;
    agenda_guard_set_handler(SIGWINCH, agenda_guard_on_resize, SA_RESTART, 0);
}

/* Puts back the handlers that were there before install and cancels a pending deadline. */
static inline void agenda_guard_uninstall(void) {
    struct agenda_guard_state *g = agenda_guard();
    g->active = 0;
    alarm(0);
    for (int sig = 1; sig < AGENDA_GUARD_SIGNAL_MAX; sig++) {
        if (g->installed[sig]) {
            sigaction(sig, &g->previous[sig], NULL);
            g->installed[sig] = 0;
        }
    }
    g->has_chained_winch = 0;
}

/* Marks full-screen mode on or off, which decides whether a crash restores the terminal. */
static inline void agenda_guard_set_active(int active) { agenda_guard()->active = active; }

/* ---- polled by the event loop --------------------------------------------------------------- */

static inline int agenda_guard_wake_fd(void) { return agenda_guard()->wake_read; }

static inline void agenda_guard_drain_wake(void) {
    struct agenda_guard_state *g = agenda_guard();
    char buffer[64];
    while (g->wake_read >= 0 && read(g->wake_read, buffer, sizeof buffer) > 0) {}
}

/* The pending termination signal (0 when none), taken. */
static inline int agenda_guard_take_terminate(void) {
    struct agenda_guard_state *g = agenda_guard();
    int sig = g->terminate_signal;
    g->terminate_signal = 0;
    return sig;
}

static inline int agenda_guard_take_suspend(void) {
    struct agenda_guard_state *g = agenda_guard();
    int value = g->suspend_requested;
    g->suspend_requested = 0;
    return value;
}

static inline int agenda_guard_take_continued(void) {
    struct agenda_guard_state *g = agenda_guard();
    int value = g->continued;
    g->continued = 0;
    return value;
}

static inline int agenda_guard_take_resized(void) {
    struct agenda_guard_state *g = agenda_guard();
    int value = g->resized;
    g->resized = 0;
    return value;
}

/* Stops the process as the default SIGTSTP would (the shell's job control sees it), returning
 * after SIGCONT with our handler back. Call with the terminal already given back. */
static inline void agenda_guard_stop_self(void) {
    struct sigaction ours, dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &ours);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &ours, NULL);
}

/* ---- stderr while in full-screen mode ------------------------------------------------------- */

/* Sends stderr to a temporary file while the screen is ours (anything written there would garble
 * it, and a crash message such as Swift's "Fatal error" would vanish with the alternate screen);
 * release_stderr copies it back. Only when stderr is a terminal. */
static inline void agenda_guard_capture_stderr(void) {
    struct agenda_guard_state *g = agenda_guard();
    if (g->saved_stderr >= 0 || !isatty(STDERR_FILENO)) return;
    FILE *file = tmpfile();
    if (file == NULL) return;
    int capture = fcntl(fileno(file), F_DUPFD_CLOEXEC, 3);
    fclose(file);
    if (capture < 0) return;
    int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
    if (saved < 0) { close(capture); return; }
    fflush(stderr);
    if (dup2(capture, STDERR_FILENO) < 0) { close(capture); close(saved); return; }
    g->capture_fd = capture;
    g->saved_stderr = saved;
}

#endif
