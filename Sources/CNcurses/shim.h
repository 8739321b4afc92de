// Wide-character ncurses for Swift. Only Sources/Screen/Curses/CursesBackend.swift imports this.
#ifndef REGIE_CNCURSES_SHIM_H
#define REGIE_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>

// A pseudo-terminal of rows x cols (for a benchmark that starts programs in a terminal):
// the master's descriptor, or -1; the slave's path is written to `name`.
static inline int regie_open_pty(unsigned short rows, unsigned short cols, char *name, size_t size) {
    int fd = posix_openpt(O_RDWR | O_NOCTTY);
    if (fd < 0) return -1;
    if (grantpt(fd) != 0 || unlockpt(fd) != 0 || ptsname_r(fd, name, size) != 0) { close(fd); return -1; }
    struct winsize ws = { rows, cols, 0, 0 };
    ioctl(fd, TIOCSWINSZ, &ws);
    return fd;
}

// C globals are not concurrency-safe in Swift 6; read them through functions.
static inline WINDOW *regie_stdscr(void) { return stdscr; }
static inline int regie_lines(void) { return LINES; }
static inline int regie_cols(void) { return COLS; }
static inline int regie_colors(void) { return COLORS; }
static inline int regie_color_pairs(void) { return COLOR_PAIRS; }

// Attribute macros are not imported.
static inline attr_t regie_a_normal(void) { return A_NORMAL; }
static inline attr_t regie_a_bold(void) { return A_BOLD; }
static inline attr_t regie_a_reverse(void) { return A_REVERSE; }
static inline attr_t regie_a_underline(void) { return A_UNDERLINE; }
static inline attr_t regie_a_dim(void) { return A_DIM; }
static inline attr_t regie_a_italic(void) { return A_ITALIC; }
static inline int regie_key_f(int n) { return KEY_F(n); }
static inline FILE *regie_stdout(void) { return stdout; }
static inline FILE *regie_stdin(void) { return stdin; }

// Writes one grapheme (a few wide characters) with attributes and a colour pair.
static inline int regie_put(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &c);
}

static inline int regie_wcwidth(wchar_t c) { return wcwidth(c); }

// Whether the terminal's string capability `name` (terminfo: "cup", "el", "ich", ...)
// exists and is an ANSI control sequence (starts with ESC [). Needs a current terminal.
static inline int regie_cap_is_ansi(const char *name) {
    const char *s = tigetstr(name);
    return s != NULL && s != (const char *)-1 && s[0] == '\033' && s[1] == '[';
}

// --- Giving the terminal back on every way out -------------------------------------
// A signal (SIGTERM, SIGHUP from a closed lid or dropped ssh, SIGINT, a crash) restores
// the terminal settings saved before curses started, leaves the alternate screen, shows
// the cursor, turns bracketed paste off, and then lets the signal do what it normally
// does. Only async-signal-safe calls (tcsetattr, write, signal, raise) are used here.
// State lives in function-local statics: file-level statics in a header are not emitted
// for Swift.
typedef struct {
    struct termios termios;
    volatile sig_atomic_t saved;
    int in_fd;
    int out_fd;
    volatile sig_atomic_t stop_signal;
    volatile sig_atomic_t continued;
} regie_terminal_state;
static inline regie_terminal_state *regie_state(void) {
    static regie_terminal_state state = {.saved = 0, .in_fd = 0, .out_fd = 1, .stop_signal = 0, .continued = 0};
    return &state;
}

static inline void regie_save_terminal(int in_fd, int out_fd) {
    regie_state()->in_fd = in_fd;
    regie_state()->out_fd = out_fd;
    regie_state()->saved = tcgetattr(in_fd, &regie_state()->termios) == 0 ? 1 : 0;
}

static inline void regie_restore_terminal(int in_fd) {
    static const char reset[] = "\033[?2004l\033[0m\033[?25h\033[?1l\033>\033[?1049l\r";
    if (regie_state()->saved) tcsetattr(in_fd, TCSANOW, &regie_state()->termios);
    ssize_t ignored = write(regie_state()->out_fd, reset, sizeof(reset) - 1);
    (void)ignored;
}

// SIGTERM, SIGHUP and SIGINT ask the program to stop: the first one is only noted, so the
// run loop can save what was typed and give the terminal back before the signal is raised
// again (`regie_reraise`). A second one, or any crash signal, restores and ends at once.
static void regie_on_signal(int sig) {
    if ((sig == SIGTERM || sig == SIGHUP || sig == SIGINT) && regie_state()->stop_signal == 0) {
        regie_state()->stop_signal = sig;
        return;
    }
    regie_restore_terminal(0);
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline int regie_stop_signal(void) { return regie_state()->stop_signal; }

static inline void regie_reraise(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
}

// C-z or `kill -TSTP`: give the terminal back as it was (leave the alternate screen, the
// shell's settings), then stop as the signal asks. On SIGCONT the run loop takes the
// terminal again and draws everything (`regie_take_continued`): curses' own handler would
// redraw only what curses thinks is on the screen, which is nothing, as the frames are
// written past it. In an orphaned process group the kernel drops the stop: the terminal is
// then taken again at once.
static void regie_on_continue(int sig) {
    (void)sig;
    regie_state()->continued = 1;
}

static void regie_on_stop_request(int sig) {
    int saved_errno = errno;
    regie_restore_terminal(regie_state()->in_fd);
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(sig, &sa, NULL);
    sigset_t mask;
    sigemptyset(&mask);
    sigaddset(&mask, sig);
    sigprocmask(SIG_UNBLOCK, &mask, NULL);
    raise(sig);
    // Continued (or the stop was dropped): catch the next one the same way.
    sa.sa_handler = regie_on_stop_request;
    sigaction(sig, &sa, NULL);
    regie_state()->continued = 1;
    errno = saved_errno;
}

// True once after the process was continued: the terminal must be taken again and redrawn.
static inline int regie_take_continued(void) {
    if (!regie_state()->continued) return 0;
    regie_state()->continued = 0;
    return 1;
}

static inline void regie_install_stop_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = regie_on_stop_request;
    sigaction(SIGTSTP, &sa, NULL);
    sa.sa_handler = regie_on_continue;
    sigaction(SIGCONT, &sa, NULL);
}

static inline void regie_install_signal_handlers(void) {
    int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (unsigned i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = regie_on_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(signals[i], &sa, NULL);
    }
    regie_install_stop_handlers();
}

static inline void regie_remove_signal_handlers(void) {
    int signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGTSTP, SIGCONT};
    for (unsigned i = 0; i < sizeof(signals) / sizeof(signals[0]); i++) signal(signals[i], SIG_DFL);
}

// Writes raw bytes to the terminal (escape sequences curses does not know).
static inline void regie_write_out(const char *s) {
    ssize_t ignored = write(regie_state()->out_fd, s, strlen(s));
    (void)ignored;
}

#endif
